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

/** Best of `runs` passes (after one warm-up pass over the first articles). */
async function bestOf(runs: number, articles: readonly Article[], work: (a: Article) => number): Promise<SpeedFigure> {
  for (const a of articles.slice(0, 50)) work(a);
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const { seconds } = await timed(() => {
      let sink = 0;
      for (const a of articles) sink += work(a);
      return sink;
    });
    best = Math.min(best, seconds);
  }
  return figure(articles.length, best);
}

export function benchExtract(articles: readonly Article[], pack: DomainPack, runs = 2): Promise<SpeedFigure> {
  return bestOf(runs, articles, (a) => extract(a, pack).mentions.length);
}

/** wink-nlp with an empty pipeline: tokenization only, no sentence splitting, tagging or entities. */
export function benchTokenizer(articles: readonly Article[], runs = 2): Promise<SpeedFigure> {
  const nlp = winkNLP(model, []);
  return bestOf(runs, articles, (a) => nlp.readDoc(a.text).tokens().length());
}
