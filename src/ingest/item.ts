import type { Article } from '../model.js';

/** One result of reading: an article, or the problem that kept one input from becoming an article. */
export type IngestItem = { ok: true; article: Article } | { ok: false; origin: string; reason: string };

/** A problem item; `reason` is one line that names the input, so it reads well on its own. */
export function problem(origin: string, reason: string): IngestItem {
  return { ok: false, origin, reason: `${origin}: ${reason}`.replace(/\s*\n\s*/g, ' ') };
}
