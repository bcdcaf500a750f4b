import type { Article, Extraction, Tally } from '../model.js';
import type { DomainPack } from '../domain/pack.js';
import { compilePack } from './lexicon.js';
import { findMentions } from './mentions.js';
import { findTallies } from './tallies.js';
import { splitSentences } from './sentences.js';

/** Stage `extract`: the event mentions and tallies of one article. No database, no network. */
export function extract(article: Article, pack: DomainPack): Extraction {
  const lex = compilePack(pack);
  const tallies: Tally[] = [];
  const tallySentences = new Set<number>();
  for (const sentence of splitSentences(article.text, article.lang)) {
    const found = findTallies(article, sentence, lex);
    if (found.length) {
      tallies.push(...found);
      tallySentences.add(sentence.start);
    }
  }
  const mentions = findMentions(article, lex, (s) => tallySentences.has(s.start));
  return { mentions, tallies };
}
