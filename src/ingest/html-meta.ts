import type { DomDocument } from './dom.js';

/** Meta tags that state the publication time, most specific first (Open Graph, schema.org, Parse.ly, Sailthru, Dublin Core, …). */
const DATE_META_KEYS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'article.published', 'published_time',
  'datepublished', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date',
  'dcterms.created', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'article_date_original',
  'cxenseparse:recs:publishtime', 'originalpublicationdate',
];

function metaContent(document: DomDocument, key: string): string | null {
  const metas = document.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i];
    if (!meta) continue;
    const name = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    if (name === key) {
      const content = meta.getAttribute('content')?.trim();
      if (content) return content;
    }
  }
  return null;
}

/** `datePublished` anywhere in the page's JSON-LD blocks (including @graph arrays). */
function jsonLdDate(document: DomDocument): string | null {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]?.textContent ?? '');
    } catch {
      continue;
    }
    const found = findKey(data, 'datePublished', 0);
    if (found) return found;
  }
  return null;
}

function findKey(value: unknown, key: string, depth: number): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findKey(item, key, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const direct = record[key];
  if (typeof direct === 'string' && direct.trim()) return direct.trim();
  for (const child of Object.values(record)) {
    const found = findKey(child, key, depth + 1);
    if (found) return found;
  }
  return null;
}

/** What the page's markup states about itself. */
export interface HtmlMeta {
  title: string | null;
  siteName: string | null;
  published: string | null;
  lang: string | null;
}

/** Read before Readability runs: it rewrites the document. */
export function readHtmlMeta(document: DomDocument): HtmlMeta {
  let published: string | null = null;
  for (const key of DATE_META_KEYS) {
    published = metaContent(document, key);
    if (published) break;
  }
  published ??= jsonLdDate(document);
  published ??= document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() || null;
  const title = metaContent(document, 'og:title') ?? metaContent(document, 'twitter:title') ?? (document.title.trim() || null);
  return {
    title,
    siteName: metaContent(document, 'og:site_name') ?? metaContent(document, 'application-name'),
    published,
    lang: document.documentElement.getAttribute('lang'),
  };
}
