import { createHash } from 'node:crypto';
import type { Mention } from '../model.js';

/** A mention's stable id: the same article text read by the same extractor always yields the same ids. */
export function mentionId(articleHash: string, m: Mention): string {
  const key = [articleHash, m.kind, m.start, m.end, m.site ?? m.country ?? '', m.date ?? '', m.date_end ?? ''].join('|');
  return 'm_' + createHash('sha1').update(key).digest('hex').slice(0, 16);
}
