import { buildArticle, type ReadContext } from '../build-article.js';
import { extractHtml } from '../html.js';
import { problem, type IngestItem } from '../item.js';
import { looksLikeFeed, looksLikeHtml } from '../sniff.js';
import { articlesFromFeed } from './feed.js';

/** How a decoded document is to be read: by its name or media type when it says, else by its content. */
export type ContentHint = 'html' | 'text' | 'feed' | 'unknown';

/** The article(s) in one decoded document: a feed's items, an HTML page's article, or plain text. */
export function* articlesFromContent(content: string, origin: string, url: string | null, hint: ContentHint, context: ReadContext = {}): Generator<IngestItem> {
  if (content.trim().length === 0) {
    yield problem(origin, 'empty file (only whitespace)');
    return;
  }
  if (hint === 'feed' || looksLikeFeed(content)) {
    yield* articlesFromFeed(content, origin, context);
    return;
  }
  if (hint === 'html' || (hint !== 'text' && looksLikeHtml(content))) {
    const page = extractHtml(content);
    if (page.text.trim().length === 0) {
      yield problem(origin, 'no article text found in the HTML page');
      return;
    }
    yield buildArticle({ origin, text: page.text, url, title: page.title, outlet: page.outlet, lang: page.lang, htmlPublished: page.published }, context);
    return;
  }
  yield buildArticle({ origin, text: content.trim(), url }, context);
}
