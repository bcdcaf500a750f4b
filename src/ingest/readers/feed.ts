import { XMLParser } from 'fast-xml-parser';
import { buildArticle, type ReadContext } from '../build-article.js';
import { parseDocument } from '../dom.js';
import { blockText } from '../html-text.js';
import { problem, type IngestItem } from '../item.js';
import { outletFromUrl } from '../metadata.js';

type XmlValue = string | number | boolean | XmlObject | XmlValue[];
interface XmlObject {
  [key: string]: XmlValue;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

function isObject(value: XmlValue | undefined): value is XmlObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text of an element however the parser shaped it (plain value, {#text}, nested xhtml). */
function textOf(value: XmlValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  return Object.entries(value)
    .filter(([key]) => !key.startsWith('@_'))
    .map(([, child]) => textOf(child))
    .join(' ');
}

function first(value: XmlValue | undefined): XmlValue | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** RSS <link>text</link>, or the Atom <link rel="alternate" href> (the first link without rel). */
function linkOf(item: XmlObject): string | null {
  const links = Array.isArray(item['link']) ? item['link'] : item['link'] === undefined ? [] : [item['link']];
  for (const link of links) {
    if (isObject(link)) {
      const rel = textOf(link['@_rel']) || 'alternate';
      const href = textOf(link['@_href']).trim();
      if (rel === 'alternate' && href) return href;
    } else {
      const href = textOf(link).trim();
      if (href) return href;
    }
  }
  const guid = first(item['guid']);
  const permalink = isObject(guid) ? textOf(guid['@_isPermaLink']) !== 'false' : true;
  const guidText = textOf(guid).trim();
  return permalink && /^https?:\/\//.test(guidText) ? guidText : null;
}

function htmlFragmentText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  return blockText(parseDocument(`<!doctype html><html><body>${html}</body></html>`).documentElement);
}

interface FeedShape {
  items: XmlObject[];
  channelTitle: string | null;
  /** The language the feed states for its items (RSS `<language>`, `dc:language`, Atom `xml:lang`). */
  language: string | null;
}

const languageOf = (node: XmlObject): string | null => (textOf(node['language']) || textOf(node['dc:language']) || textOf(node['@_xml:lang'])).trim() || null;

function feedShape(root: XmlObject): FeedShape | null {
  const rss = root['rss'];
  const channel = isObject(rss) ? first(rss['channel']) : undefined;
  if (isObject(channel)) return { items: (channel['item'] as XmlObject[] | undefined) ?? [], channelTitle: textOf(channel['title']).trim() || null, language: languageOf(channel) };
  const atom = root['feed'];
  if (isObject(atom)) return { items: (atom['entry'] as XmlObject[] | undefined) ?? [], channelTitle: textOf(atom['title']).trim() || null, language: languageOf(atom) };
  const rdf = root['rdf:RDF'];
  if (isObject(rdf)) {
    const rdfChannel = first(rdf['channel']);
    return {
      items: (rdf['item'] as XmlObject[] | undefined) ?? [],
      channelTitle: isObject(rdfChannel) ? textOf(rdfChannel['title']).trim() || null : null,
      language: isObject(rdfChannel) ? languageOf(rdfChannel) : null,
    };
  }
  return null;
}

/** Each RSS item or Atom entry as an article: its content (or description), link, title and date. */
export function* articlesFromFeed(xml: string, origin: string, context: ReadContext = {}): Generator<IngestItem> {
  let root: XmlValue;
  try {
    root = parser.parse(xml) as XmlValue;
  } catch (error) {
    yield problem(origin, `unreadable feed (${error instanceof Error ? error.message : String(error)})`);
    return;
  }
  const shape = isObject(root) ? feedShape(root) : null;
  if (!shape) {
    yield problem(origin, 'not an RSS or Atom feed');
    return;
  }
  if (shape.items.length === 0) yield problem(origin, 'feed has no items');
  let index = 0;
  for (const item of shape.items) {
    index++;
    const itemOrigin = `${origin}:${index}`;
    const body = textOf(item['content:encoded']) || textOf(item['content']) || textOf(item['description']) || textOf(item['summary']);
    const text = htmlFragmentText(body);
    if (text.length === 0) {
      yield problem(itemOrigin, 'feed item has no content or description');
      continue;
    }
    const url = linkOf(item);
    const published = textOf(item['pubDate']) || textOf(item['published']) || textOf(item['dc:date']) || textOf(item['updated']) || null;
    yield buildArticle({
      origin: itemOrigin,
      text,
      url,
      title: htmlFragmentText(textOf(item['title'])) || null,
      outlet: outletFromUrl(url) ?? shape.channelTitle,
      lang: languageOf(item) ?? shape.language,
      published,
    }, context);
  }
}
