/** Extraction alone, and a tokenizer run over the same texts as the reference it is held to. */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { DomainPack } from '../src/domain/pack.js';
import { extract } from '../src/extract/extract.js';
import type { Article } from '../src/model.js';
import { timed } from './measure.js';

export interface SpeedFigure {
  articles: number;
  seconds: number;
  perSecond: number;
}

const figure = (articles: number, seconds: number): SpeedFigure => ({ articles, seconds, perSecond: articles / seconds });

/** One pass over the articles, timed. */
async function pass(articles: readonly Article[], work: (a: Article) => number): Promise<number> {
  const { seconds } = await timed(() => {
    let sink = 0;
    for (const a of articles) sink += work(a);
    return sink;
  });
  return seconds;
}

/**
 * Extraction and the tokenizer reference over the same articles, each the best of `runs` passes (after one warm-up
 * pass of each over the first articles). The passes alternate, so that the machine's slow and fast phases fall on
 * both alike and their ratio compares the two under the same load.
 */
export async function benchExtractAndTokenizer(articles: readonly Article[], pack: DomainPack, runs = 4): Promise<{ extracted: SpeedFigure; tokenized: SpeedFigure }> {
  const nlp = winkNLP(model, []);
  const extracting = (a: Article) => extract(a, pack).mentions.length;
  // wink-nlp with an empty pipeline: tokenization only, no sentence splitting, tagging or entities.
  const tokenizing = (a: Article) => nlp.readDoc(a.text).tokens().length();
  for (const a of articles.slice(0, 50)) {
    extracting(a);
    tokenizing(a);
  }
  let [extractBest, tokenizeBest] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  for (let run = 0; run < runs; run++) {
    extractBest = Math.min(extractBest, await pass(articles, extracting));
    tokenizeBest = Math.min(tokenizeBest, await pass(articles, tokenizing));
  }
  return { extracted: figure(articles.length, extractBest), tokenized: figure(articles.length, tokenizeBest) };
}
