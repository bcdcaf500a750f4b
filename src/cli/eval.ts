import type { Command } from 'commander';
import type { DomainPack } from '../domain/pack.js';
import {
  drawSubsets,
  formatEventReport,
  formatReport,
  formatSubsetReport,
  matchedPairs,
  readGold,
  scoreEvents,
  scoreMentions,
  summarizeSubsets,
  type EvalReport,
  type EventReport,
  type SubsetOptions,
  type SubsetReport,
  type SystemArticle,
} from '../eval/index.js';
import { fuse } from '../fuse/fuse.js';
import { readArticles } from '../ingest/read.js';
import type { StoredMention } from '../model.js';
import { extractForStore, storedMentionsOf } from '../pipeline/ingest.js';
import { globals, oneOf, out, packOf, say, UsageError } from './common.js';

export interface Evaluation {
  mentions: EvalReport;
  events: EventReport;
  articlesPerSecond: number;
  /** Fusion scored on random parts of the articles, when asked for. */
  subsets?: SubsetReport;
}

/** Reads the articles as `ingest` would, extracts and fuses them in memory, and scores both against the gold. */
export async function evaluate(goldPath: string, inputs: string[], pack: DomainPack, subsets?: SubsetOptions): Promise<Evaluation> {
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
    const extracted = extractForStore(article, pack);
    extractMs += performance.now() - started;
    system.set(article.id, extracted.extraction);
    texts.set(article.id, article.text);
    stored.push(...storedMentionsOf(extracted));
  }
  const mentions = scoreMentions(gold, system, pack, { texts });
  const { events } = fuse(stored, pack);
  const eventReport = scoreEvents(gold, events, matchedPairs(mentions));
  const evaluation: Evaluation = { mentions, events: eventReport, articlesPerSecond: system.size / Math.max(extractMs / 1000, 1e-9) };
  if (subsets) {
    // Each part is extracted as the whole was (extraction reads one article alone) and fused on its own.
    const parts = drawSubsets([...system.keys()], subsets).map((ids) => {
      const kept = new Set(ids);
      const goldPart = gold.filter((a) => kept.has(a.article));
      const systemPart = new Map([...system].filter(([id]) => kept.has(id)));
      const scored = scoreMentions(goldPart, systemPart, pack, { texts });
      const fused = fuse(stored.filter((m) => kept.has(m.article)), pack).events;
      return { articles: ids.length, report: scoreEvents(goldPart, fused, matchedPairs(scored)) };
    });
    evaluation.subsets = summarizeSubsets(parts, subsets);
  }
  return evaluation;
}

function positiveInteger(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a positive whole number (got "${value}")`);
  return n;
}

function share(value: string, flag: string): number {
  const n = Number(value);
  if (!(n > 0 && n < 1)) throw new UsageError(`${flag} must be a share between 0 and 1, such as 0.7 (got "${value}")`);
  return n;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction and fusion against gold annotations (GUIDELINES.md, Scoring)')
    .requiredOption('--gold <path>', 'gold annotations, one JSON line per article')
    .argument('<articles...>', 'the articles the gold annotates (JSONL, files or folders)')
    .option('--format <format>', 'text or json', 'text')
    .option('--verbose', 'list every false positive, false negative and field mismatch, article by article')
    .option('--subsets <n>', 'also score fusion on n random parts of the articles, as articles not seen before would try it')
    .option('--keep <share>', 'the share of the articles each part keeps', '0.7')
    .option('--seed <n>', 'the seed the parts are drawn with', '1')
    .action(async (inputs: string[], opts: { gold: string; format: string; verbose?: boolean; subsets?: string; keep: string; seed: string }, command: Command) => {
      const format = oneOf(opts.format, ['text', 'json'] as const, '--format');
      const subsets =
        opts.subsets === undefined
          ? undefined
          : { runs: positiveInteger(opts.subsets, '--subsets'), keep: share(opts.keep, '--keep'), seed: positiveInteger(opts.seed, '--seed') };
      const result = await evaluate(opts.gold, inputs, packOf(globals(command)), subsets);
      if (format === 'json') return out(JSON.stringify(result, null, 2) + '\n');
      await out(formatReport(result.mentions, { verbose: opts.verbose }));
      await out('\n' + formatEventReport(result.events, { verbose: opts.verbose }));
      if (result.subsets) await out('\n' + formatSubsetReport(result.subsets, { verbose: opts.verbose }));
      await out(`\nextract speed: ${result.articlesPerSecond.toFixed(0)} articles/s (one core, extraction only)\n`);
    });
}
