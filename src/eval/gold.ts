/** The gold annotations (gold.jsonl, see the corpus GUIDELINES.md): their schema and a validating reader. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const nullableCount = z.number().int().nonnegative().nullable();

export const goldMentionSchema = z.object({
  kind: z.enum(['attack', 'strike']),
  date: isoDate.nullable(),
  date_end: isoDate.nullable(),
  date_precision: z.enum(['day', 'range', 'month', 'unknown']),
  site: z.string().min(1).nullable(),
  place: z.string().nullable(),
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code').nullable(),
  attacker: z.string().min(1).nullable(),
  attribution: z.enum(['claimed', 'attributed', 'unknown']),
  target: z.string().min(1).nullable(),
  weapons: z.array(z.string().min(1)),
  killed: nullableCount,
  injured: nullableCount,
  outcome: z.enum(['intercepted', 'impact', 'unknown']),
  /** `YYYY-MM-DD|Canonical site` of the real incident, or null when it cannot be identified. */
  event: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}\|.+$/, 'an event key "YYYY-MM-DD|Site"')
    .nullable()
    .default(null),
  quote: z.string().min(1),
});

export const goldTallySchema = z.object({
  count: z.number().int().nonnegative(),
  qualifier: z.enum(['exact', 'at_least', 'more_than', 'about']),
  since: isoDate.nullable(),
  until: isoDate.nullable(),
  speaker: z.string().nullable(),
  quote: z.string(),
});

export const goldArticleSchema = z.object({
  article: z.string().min(1),
  published: isoDate.nullable(),
  mentions: z.array(goldMentionSchema),
  tallies: z.array(goldTallySchema),
});

export type GoldMention = z.infer<typeof goldMentionSchema>;
export type GoldTally = z.infer<typeof goldTallySchema>;
export type GoldArticle = z.infer<typeof goldArticleSchema>;

export class GoldFormatError extends Error {
  constructor(
    readonly location: string,
    problem: string,
  ) {
    super(`${location}: ${problem}`);
  }
}

/** Splits an event key into its true date and its site (or area) name. */
export function parseEventKey(key: string): { date: string; site: string } {
  const bar = key.indexOf('|');
  return { date: key.slice(0, bar), site: key.slice(bar + 1) };
}

/** Parses gold JSONL text; `source` names the file in errors ("gold.jsonl:12: ..."). */
export function parseGold(text: string, source: string): GoldArticle[] {
  const articles: GoldArticle[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const location = `${source}:${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new GoldFormatError(location, `not valid JSON (${(error as Error).message})`);
    }
    const parsed = goldArticleSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue && issue.path.length > 0 ? issue.path.join('.') : '(line)';
      throw new GoldFormatError(location, `${path}: ${issue?.message ?? 'invalid'}`);
    }
    if (seen.has(parsed.data.article)) {
      throw new GoldFormatError(location, `article "${parsed.data.article}" appears twice`);
    }
    seen.add(parsed.data.article);
    articles.push(parsed.data);
  });
  return articles;
}

/** Reads and validates a gold.jsonl file; errors name file:line and the offending field. */
export function readGold(path: string): GoldArticle[] {
  return parseGold(readFileSync(path, 'utf8'), path);
}
