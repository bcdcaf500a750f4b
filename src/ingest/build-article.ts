import type { Article } from '../model.js';
import { problem, type IngestItem } from './item.js';
import { detectLanguage, normalizeLanguageTag } from './language.js';
import { outletFromUrl, titleFromText } from './metadata.js';
import { textHash, shortId } from './normalize.js';
import { findPublished } from './published/find-published.js';

/** What a reader knows about one article before metadata is settled. */
export interface RawArticle {
  origin: string;
  /** The article text, used exactly as given: offsets into it are kept by later stages. */
  text: string;
  id?: string | null;
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  lang?: string | null;
  /** A publication date the caller states (JSONL `published`, a feed item's date). */
  published?: string | null;
  /** A publication time the page's markup states. */
  htmlPublished?: string | null;
}

/** What the reader knows of where articles will be read, which helps it settle their metadata. */
export interface ReadContext {
  /** The languages the domain pack is written in (ISO 639-1): a short text that states none is told among them. */
  languages?: readonly string[];
}

/** Settle an article's identity and metadata; an article without text is a problem. */
export function buildArticle(raw: RawArticle, context: ReadContext = {}): IngestItem {
  if (raw.text.trim().length === 0) return problem(raw.origin, 'no article text (empty after reading)');
  const url = raw.url?.trim() || null;
  const hash = textHash(raw.text);
  const lang = normalizeLanguageTag(raw.lang) ?? detectLanguage(raw.text, context.languages);
  const found = findPublished(raw.text, url, { given: raw.published ?? null, htmlMeta: raw.htmlPublished ?? null, lang });
  const article: Article = {
    id: raw.id?.trim() || shortId(hash),
    url,
    title: raw.title?.trim() || titleFromText(raw.text),
    outlet: raw.outlet?.trim() || outletFromUrl(url),
    lang,
    published: found.published,
    publishedSource: found.source,
    ...(found.published === null && found.month !== null ? { publishedMonth: found.month } : {}),
    text: raw.text,
    hash,
    origin: raw.origin,
  };
  return { ok: true, article };
}
