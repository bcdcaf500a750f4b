import { hexDigest } from '../digest.js';
import type { Mention } from '../model.js';

/**
 * The mentions' stable ids: the same article text read by the same extractor always yields the
 * same ids. Mentions that state the same kind, span, place and date (one sentence listing several
 * strikes it cannot date) are told apart by their order in the article.
 */
export function mentionIds(articleHash: string, mentions: readonly Mention[]): string[] {
  const seen = new Map<string, number>();
  return mentions.map((m) => {
    const key = [articleHash, m.kind, m.start, m.end, m.site ?? m.country ?? '', m.date ?? '', m.date_end ?? ''].join('|');
    const repeat = seen.get(key) ?? 0;
    seen.set(key, repeat + 1);
    return 'm_' + hexDigest('sha1', repeat === 0 ? key : `${key}|${repeat}`).slice(0, 16);
  });
}
