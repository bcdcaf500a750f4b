/** Human-readable rendering of evaluation reports. */
import { describeDate } from './dates.js';
import type { EventReport } from './events.js';
import { SCORED_FIELDS, type FieldValue } from './fields.js';
import type { Prf } from './metrics.js';
import type { ArticleReport, EvalReport, GoldSummary, SystemSummary } from './score.js';
import type { SubsetReport, Spread } from './subsets.js';
import type { TallySummary } from './tallies.js';

export interface FormatOptions {
  /** Add the per-article breakdown: false positives, false negatives and field mismatches. */
  verbose?: boolean;
}

const number = (value: number | null): string => (value === null ? '  –  ' : value.toFixed(3));

function prfRow(label: string, score: Prf): string {
  return (
    `${label.padEnd(28)}${number(score.precision)}  ${number(score.recall)}  ${number(score.f1)}` +
    `   tp ${score.tp}  fp ${score.fp}  fn ${score.fn}`
  );
}

function describeMention(mention: GoldSummary | SystemSummary): string {
  const place = mention.site ?? mention.place ?? '?';
  return `${mention.kind} ${describeDate(mention)} ${place} (${mention.country ?? '?'})`;
}

const shownValue = (value: FieldValue): string =>
  value === null ? 'null' : Array.isArray(value) ? `[${value.join(', ')}]` : String(value);

const describeTally = (tally: TallySummary): string => `${tally.qualifier} ${tally.count}  "${tally.quote}"`;

function articleLines(article: ArticleReport): string[] {
  const { matched, falsePositives, falseNegatives, tallies } = article;
  const lines = [
    `${article.article}  tp ${matched.length}  fp ${falsePositives.length}  fn ${falseNegatives.length}` +
      (tallies.falsePositives.length + tallies.falseNegatives.length > 0
        ? `  tallies: ${tallies.matched} matched, ${tallies.falsePositives.length} fp, ${tallies.falseNegatives.length} fn`
        : ''),
  ];
  for (const pair of matched) {
    lines.push(`  TP ${describeMention(pair.gold)}  ← ${describeMention(pair.system)}`);
    for (const mismatch of pair.mismatches) {
      lines.push(`     ≠ ${mismatch.field}: gold ${shownValue(mismatch.gold)}, system ${shownValue(mismatch.system)}`);
    }
  }
  for (const mention of falsePositives) lines.push(`  FP ${describeMention(mention)}  "${mention.quote}"`);
  for (const mention of falseNegatives) lines.push(`  FN ${describeMention(mention)}  "${mention.quote}"`);
  for (const tally of tallies.falsePositives) lines.push(`  FP tally ${describeTally(tally)}`);
  for (const tally of tallies.falseNegatives) lines.push(`  FN tally ${describeTally(tally)}`);
  for (const tally of tallies.sinceMismatches) lines.push(`  ≠ tally ${describeTally(tally)}  since: gold ${tally.gold ?? 'null'}, system ${tally.system ?? 'null'}`);
  return lines;
}

export function formatReport(report: EvalReport, options: FormatOptions = {}): string {
  const pairs = report.mentions.tp;
  const lines = [
    `Scored ${report.articles} gold articles` +
      (report.systemOnlyArticles.length > 0 ? ` (${report.systemOnlyArticles.length} system articles have no gold)` : ''),
    '',
    `${''.padEnd(28)}prec.  recall  F1`,
    prfRow('Mentions', report.mentions),
    prfRow('Tallies (count, qualifier)', report.tallies.exact),
    prfRow('Tallies (count only)', report.tallies.countOnly),
    prfRow('Tallies (+ the day since)', report.tallies.withSince),
    '',
    `Field accuracy on ${pairs} matched pairs`,
    ...SCORED_FIELDS.map((field) => {
      const score = report.fields[field];
      return `  ${field.padEnd(12)}${number(score.accuracy)}  (${score.correct}/${score.total})`;
    }),
  ];
  if (options.verbose) {
    lines.push('', 'Per article');
    for (const article of report.perArticle) lines.push(...articleLines(article));
  }
  return lines.join('\n') + '\n';
}

export function formatEventReport(report: EventReport, options: FormatOptions = {}): string {
  const rate = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);
  const lines = [
    `Events: ${report.events} (${report.scoredEvents} hold matched mentions; ${report.scoredMentions} mentions scored, ` +
      `${report.excludedGoldMentions} gold mentions left out, ${report.matchesOutsideEvents} matches in no event)`,
    `  gold incidents found   ${report.incidentsFound}/${report.goldIncidents}  ${rate(report.incidentRecall)}`,
    `  split/duplicate rate   ${rate(report.splitRate)}  (${report.extraEvents} extra events)`,
    `  merge rate             ${rate(report.mergeRate)}  (${report.mergedEvents} merged events)`,
    `  B-cubed                P ${number(report.bcubed.precision)}  R ${number(report.bcubed.recall)}  F1 ${number(report.bcubed.f1)}`,
    `  event date (±1 day)    ${number(report.eventDate.accuracy)}  (${report.eventDate.correct}/${report.eventDate.total}; of dated events ${number(report.datedEventDate.accuracy)}, ${report.datedEventDate.correct}/${report.datedEventDate.total})`,
  ];
  if (options.verbose) {
    for (const split of report.splits) {
      lines.push(`  split ${split.key}: ${split.parts.map((p) => `${p.event} (${p.date ?? 'undated'}; ${p.articles.join(', ')})`).join(', ')}`);
    }
    for (const merge of report.merges) lines.push(`  merged ${merge.event}: ${merge.keys.join(', ')}`);
    for (const wrong of report.misdated) lines.push(`  misdated ${wrong.event}: ${wrong.date}, gold ${wrong.key}`);
  }
  return lines.join('\n') + '\n';
}

/** The parts' figures: pooled, with the lowest and highest part; every merge some part made, most frequent first. */
export function formatSubsetReport(report: SubsetReport, options: FormatOptions = {}): string {
  const rate = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);
  const spread = (s: Spread, show: (v: number | null) => string) => `${show(s.pooled)}  (parts ${show(s.min)} to ${show(s.max)})`;
  const lines = [
    `Random parts: ${report.runs}, each keeping ${Math.round(report.keep * 100)} % of the articles (${report.articles.min} to ${report.articles.max}; seed ${report.seed})`,
    `  split/duplicate rate   ${spread(report.splitRate, rate)}`,
    `  merge rate             ${spread(report.mergeRate, rate)}`,
    `  B-cubed F1             ${spread(report.bcubedF1, number)}`,
    ...report.merges.map((m) => `  merged in ${m.runs} part${m.runs === 1 ? '' : 's'}: ${m.keys.join(', ')}`),
    ...(options.verbose ? report.splits.map((s) => `  split in ${s.runs} part${s.runs === 1 ? '' : 's'} (${s.extra} extra): ${s.key}`) : []),
  ];
  return lines.join('\n') + '\n';
}
