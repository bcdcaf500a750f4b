import type { Command } from 'commander';
import type { DomainPack } from '../domain/pack.js';
import { formatEventReport, formatReport, matchedPairs, readGold, scoreEvents, scoreMentions, type EvalReport, type EventReport, type SystemArticle } from '../eval/index.js';
import { fuse } from '../fuse/fuse.js';
import { readArticles } from '../ingest/read.js';
import type { StoredMention } from '../model.js';
import { extractForStore } from '../pipeline/ingest.js';
import { globals, oneOf, out, packOf, say } from './common.js';

export interface Evaluation {
  mentions: EvalReport;
  events: EventReport;
  articlesPerSecond: number;
}

/** Reads the articles as `ingest` would, extracts and fuses them in memory, and scores both against the gold. */
export async function evaluate(goldPath: string, inputs: string[], pack: DomainPack): Promise<Evaluation> {
  const gold = readGold(goldPath);
  const system = new Map<string, SystemArticle>();
  const texts = new Map<string, string>();
  const stored: StoredMention[] = [];
  let extractMs = 0;
  for await (const item of readArticles(inputs, { languages: pack.settings.languages })) {
    if (!item.ok) {
      say(`sitrep: ${item.origin}: ${item.reason}`);
      continue;
    }
    const { article } = item;
    const started = performance.now();
    const { extraction } = extractForStore(article, pack);
    extractMs += performance.now() - started;
    system.set(article.id, extraction);
    texts.set(article.id, article.text);
    for (const m of extraction.mentions) stored.push({ ...m, articleHash: article.hash, outlet: article.outlet, url: article.url, published: article.published, ...(article.publishedMonth ? { publishedMonth: article.publishedMonth } : {}) });
  }
  const mentions = scoreMentions(gold, system, pack, { texts });
  const { events } = fuse(stored, pack);
  const eventReport = scoreEvents(gold, events, matchedPairs(mentions));
  return { mentions, events: eventReport, articlesPerSecond: system.size / Math.max(extractMs / 1000, 1e-9) };
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction and fusion against gold annotations (GUIDELINES.md, Scoring)')
    .requiredOption('--gold <path>', 'gold annotations, one JSON line per article')
    .argument('<articles...>', 'the articles the gold annotates (JSONL, files or folders)')
    .option('--format <format>', 'text or json', 'text')
    .option('--verbose', 'list every false positive, false negative and field mismatch, article by article')
    .action(async (inputs: string[], opts: { gold: string; format: string; verbose?: boolean }, command: Command) => {
      const format = oneOf(opts.format, ['text', 'json'] as const, '--format');
      const result = await evaluate(opts.gold, inputs, packOf(globals(command)));
      if (format === 'json') return out(JSON.stringify(result, null, 2) + '\n');
      await out(formatReport(result.mentions, { verbose: opts.verbose }));
      await out('\n' + formatEventReport(result.events, { verbose: opts.verbose }));
      await out(`\nextract speed: ${result.articlesPerSecond.toFixed(0)} articles/s (one core, extraction only)\n`);
    });
}
