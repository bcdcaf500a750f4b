import { Readability } from '@mozilla/readability';
import { parseDocument, type DomDocument, type DomNode } from './dom.js';
import { readHtmlMeta } from './html-meta.js';
import { blockText } from './html-text.js';

/** What an HTML page gives an article. */
export interface HtmlArticle {
  text: string;
  title: string | null;
  outlet: string | null;
  /** The publication time its markup states (unparsed), or null. */
  published: string | null;
  lang: string | null;
}

/** Page furniture that is never the article, removed before Readability scores the page. */
const FURNITURE = ['nav', 'aside', 'form', 'menu', 'footer', '[role="navigation"]', '[role="contentinfo"]', '[role="complementary"]'].join(',');

/** More furniture, removed only for the whole-body fallback (these selectors can hit article wrappers). */
const BOILERPLATE = [
  FURNITURE, 'header', '[role="banner"]', '[class*="subscribe"]', '[class*="newsletter"]', '[class*="related"]', '[class*="share"]', '[class*="cookie"]',
  '[class*="advert"]', '[class*="promo"]', '[id*="subscribe"]', '[id*="newsletter"]', '[id*="related"]',
].join(',');

function readabilityText(document: DomDocument): { text: string; title: string | null; siteName: string | null } | null {
  // Readability's typings name DOM types this project does not compile with; the linkedom document satisfies them.
  const reader = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode });
  const parsed = reader.parse();
  if (!parsed?.content) return null;
  const text = blockText(parsed.content);
  return text.length > 0 ? { text, title: parsed.title?.trim() || null, siteName: parsed.siteName?.trim() || null } : null;
}

function removeAll(document: DomDocument, selector: string): void {
  const found = document.querySelectorAll(selector);
  for (let i = found.length - 1; i >= 0; i--) found[i]?.remove();
}

function bodyText(html: string): string {
  const document = parseDocument(html);
  if (!document.body) return '';
  removeAll(document, BOILERPLATE);
  return blockText(document.body);
}

/** "Headline | Site" or "Headline - Site" → "Headline" when the site name is known. */
function withoutSiteSuffix(title: string | null, site: string | null): string | null {
  if (!title || !site) return title;
  const stripped = title.replace(new RegExp(`\\s*[|\\-–—:·]\\s*${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i'), '');
  return stripped.length > 0 ? stripped : title;
}

/**
 * The article in an HTML page: Readability's main content over a linkedom DOM, or the
 * page body without its furniture when Readability finds nothing; paragraphs kept as "\n\n".
 */
export function extractHtml(html: string): HtmlArticle {
  const document = parseDocument(html);
  const meta = readHtmlMeta(document);
  removeAll(document, FURNITURE);
  const main = readabilityText(document);
  const text = main?.text ?? bodyText(html);
  const outlet = meta.siteName ?? main?.siteName ?? null;
  return {
    text,
    title: withoutSiteSuffix(meta.title ?? main?.title ?? null, outlet),
    outlet,
    published: meta.published,
    lang: meta.lang,
  };
}
