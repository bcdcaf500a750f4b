/** What makes two articles' mentions one report printed twice. */
import type { StoredMention } from '../model.js';

/** A sentence at least this long, word for word in two articles, is one report printed twice. */
const COPIED_SENTENCE = 80;

/** The mention's sentence with its spacing made plain, when it is long enough to tell a copy; else null. */
export function copiedSentence(m: Pick<StoredMention, 'quote'>): string | null {
  // Making the spacing plain only shortens a sentence: one already too short is not copied text (and costs no new string).
  if (m.quote.length < COPIED_SENTENCE) return null;
  const sentence = m.quote.replace(/\s+/g, ' ').trim();
  return sentence.length >= COPIED_SENTENCE ? sentence : null;
}
