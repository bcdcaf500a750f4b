import { stringify } from 'csv-stringify/sync';
import { splitSentences, type Sentence } from '../extract/sentences.js';
import type { Citation, MentionField, SitrepEvent, Span, StoredMention } from '../model.js';
import { printable, renderTable } from './table.js';

export const EVENT_FORMATS = ['table', 'json', 'jsonl', 'csv', 'geojson'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

function range(low: number | null, high: number | null): string {
  if (low === null) return '';
  return high !== null && high !== low ? `${low}-${high}` : String(low);
}

function where(e: SitrepEvent): string {
  return e.site ?? e.place ?? e.country ?? '';
}

function when(e: SitrepEvent): string {
  if (!e.date) return 'unknown';
  return e.date_end && e.date_end !== e.date ? `${e.date}..${e.date_end}` : e.date;
}

/** The interchange form (GUIDELINES.md): the fused fields and every mention with its provenance. */
export function eventRecord(e: SitrepEvent): Record<string, unknown> {
  return {
    id: e.id,
    kind: e.kind,
    date: e.date,
    date_end: e.date_end,
    date_precision: e.date_precision,
    site: e.site,
    place: e.place,
    country: e.country,
    lat: e.lat,
    lon: e.lon,
    place_precision: e.place_precision,
    attacker: e.attacker,
    attribution: e.attribution,
    target: e.target,
    weapons: e.weapons,
    killed: e.killed,
    killed_high: e.killed_high,
    injured: e.injured,
    injured_high: e.injured_high,
    outcome: e.outcome,
    articles: e.articles,
    outlets: e.outlets,
    grade: e.grade,
    conflicts: e.conflicts,
    merged_from: e.merged_from,
    // Which mentions state each field, and where in its article each mention states it.
    support: e.support,
    mentions: e.mentions.map((m) => ({
      id: m.id,
      article: m.article,
      outlet: m.outlet,
      url: m.url,
      kind: m.kind,
      date: m.date,
      date_end: m.date_end,
      date_precision: m.date_precision,
      site: m.site,
      place: m.place,
      country: m.country,
      lat: m.lat,
      lon: m.lon,
      quote: m.quote,
      start: m.start,
      end: m.end,
      evidence: m.evidence,
    })),
  };
}

const CSV_COLUMNS = ['id', 'kind', 'date', 'date_end', 'date_precision', 'site', 'place', 'country', 'lat', 'lon', 'place_precision', 'attacker', 'attribution', 'target', 'weapons', 'killed', 'killed_high', 'injured', 'injured_high', 'outcome', 'articles', 'outlets', 'grade', 'conflicts'] as const;

export function formatEvents(events: SitrepEvent[], format: EventFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(events.map(eventRecord), null, 2) + '\n';
    case 'jsonl':
      return events.map((e) => JSON.stringify(eventRecord(e)) + '\n').join('');
    case 'csv':
      return stringify(
        events.map((e) => ({ ...e, weapons: e.weapons.join(';'), conflicts: e.conflicts.map((c) => c.field).join(';') })),
        { header: true, columns: [...CSV_COLUMNS], cast: { number: String } },
      );
    case 'geojson':
      return (
        JSON.stringify({
          type: 'FeatureCollection',
          features: events.map((e) => {
            const { lat, lon, mentions, ...properties } = eventRecord(e);
            return {
              type: 'Feature',
              id: e.id,
              geometry: e.lat !== null && e.lon !== null ? { type: 'Point', coordinates: [lon, lat] } : null,
              properties: { ...properties, sources: (mentions as unknown[]).length },
            };
          }),
        }) + '\n'
      );
    case 'table':
      return renderTable(
        ['id', 'date', 'kind', 'where', 'attacker', 'weapons', 'killed', 'injured', 'outcome', 'sources', 'grade'],
        events.map((e) => [e.id, when(e), e.kind, where(e), e.attacker ?? '', e.weapons.join(','), range(e.killed, e.killed_high), range(e.injured, e.injured_high), e.outcome, `${e.articles}/${e.outlets}`, e.grade]),
      );
  }
}

/**
 * The sentences, other than a mention's own, that state some of its fields ("injured: “No one was hurt.”"),
 * as lines of text; a field whose support lies in the mention's own sentence needs none.
 */
function evidenceLines(m: StoredMention, sentenceAt: SentenceAt): string[] {
  const bySentence = new Map<number, { fields: string[]; sentence: Sentence & { text: string } }>();
  for (const [field, span] of Object.entries(m.evidence) as [MentionField, Span][]) {
    if (span.start >= m.start && span.end <= m.end) continue;
    const sentence = sentenceAt(m.article, span.start);
    if (!sentence) continue;
    const entry = bySentence.get(sentence.start) ?? { fields: [], sentence };
    entry.fields.push(field);
    bySentence.set(sentence.start, entry);
  }
  return [...bySentence.values()].map(({ fields, sentence }) => `      ${fields.join(', ')}: “${sentence.text.replace(/\s+/g, ' ').trim()}” [${sentence.start}–${sentence.end}]`);
}

/** The sentence a citation points to: its mention's own, or the one of its article that states the field elsewhere. */
function citedSentence(cite: Citation, e: SitrepEvent, sentenceAt: SentenceAt): string {
  const m = e.mentions.find((x) => x.id === cite.mention);
  if (!m || (cite.start >= m.start && cite.end <= m.end)) return cite.quote;
  return sentenceAt(cite.article, cite.start)?.text ?? cite.quote;
}

/** The sentence of an article that holds a character offset, with its text; undefined without the article's text. */
type SentenceAt = (article: string, at: number) => (Sentence & { text: string }) | undefined;

/** Looks sentences up in `texts`, splitting each article once. */
function sentencesIn(texts: ReadonlyMap<string, string>): SentenceAt {
  const split = new Map<string, Sentence[]>();
  return (article, at) => {
    const text = texts.get(article);
    if (text === undefined) return undefined;
    let sentences = split.get(article);
    if (!sentences) split.set(article, (sentences = splitSentences(text, null)));
    const sentence = sentences.find((s) => at >= s.start && at < s.end);
    return sentence && { ...sentence, text: text.slice(sentence.start, sentence.end) };
  };
}

/**
 * One event for a reader: the fused fields with their precision, conflicts with their quotes, and the sources;
 * `texts` (article id → text) lets it quote the sentences behind fields a mention states apart from its own.
 */
export function describeEvent(e: SitrepEvent, texts: ReadonlyMap<string, string> = new Map()): string {
  const sentenceAt = sentencesIn(texts);
  const lines: string[] = [];
  const field = (name: string, value: string, support?: string[]) =>
    lines.push(`  ${name.padEnd(12)} ${value}${support?.length ? `   [${support.length} source${support.length > 1 ? 's' : ''}]` : ''}`);
  lines.push(`${e.id}  ${e.kind} · ${e.grade} · ${e.articles} article(s), ${e.outlets} independent outlet(s)`);
  field('date', `${when(e)} (${e.date_precision})`, e.support.date);
  field('place', `${where(e) || 'unknown'}${e.lat !== null ? ` (${e.lat}, ${e.lon})` : ''} (${e.place_precision})`, e.support.site ?? e.support.place);
  field('country', e.country ?? 'unknown', e.support.country);
  field('attacker', `${e.attacker ?? 'unknown'} (${e.attribution})`, e.support.attacker);
  field('target', e.target ?? 'unknown', e.support.target);
  field('weapons', e.weapons.join(', ') || 'not said', e.support.weapons);
  field('killed', range(e.killed, e.killed_high) || 'not said', e.support.killed);
  field('injured', range(e.injured, e.injured_high) || 'not said', e.support.injured);
  field('outcome', e.outcome, e.support.outcome);
  if (e.merged_from.length) lines.push(`  merged from  ${e.merged_from.join(', ')}`);
  if (e.conflicts.length) {
    lines.push('', 'Sources disagree:');
    for (const c of e.conflicts) {
      lines.push(`  ${c.field}:`);
      for (const v of c.values) {
        lines.push(`    ${JSON.stringify(v.value)}`);
        for (const cite of v.citations) lines.push(`      ${cite.outlet ?? cite.article}: “${citedSentence(cite, e, sentenceAt).replace(/\s+/g, ' ').trim()}”`);
      }
    }
  }
  lines.push('', 'Sources:');
  for (const m of e.mentions) {
    const day = m.published ? `, ${m.published}` : m.writtenOn ? `, undated, written ${m.writtenOn} by its text` : '';
    lines.push(`  ${m.outlet ?? 'unknown outlet'}${day} — ${m.url ?? m.article}`);
    lines.push(`    “${m.quote.replace(/\s+/g, ' ')}” [${m.start}–${m.end}]`);
    lines.push(...evidenceLines(m, sentenceAt));
  }
  return printable(lines.join('\n')) + '\n';
}
