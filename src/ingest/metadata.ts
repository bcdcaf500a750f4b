/** Title and outlet guesses for texts that come without markup. */

const MAX_TITLE_CHARS = 160;
const MIN_TITLE_WORDS = 2;

/** The first short line that reads like a headline (not a date line, not a lone word), or null. */
export function titleFromText(text: string): string | null {
  const lines = text.replace(/^\s*date\s+\d{4}-\d{2}(?:-\d{2})?/, '').split('\n').slice(0, 8);
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length === 0 || line.length > MAX_TITLE_CHARS) continue;
    if (line.split(/\s+/).length < MIN_TITLE_WORDS) continue;
    if (/[^.][.]["”’)]?$/.test(line)) continue; // a first sentence, not a headline
    return line;
  }
  return null;
}

/** The URL's host without "www." ("https://www.example.com/a" → "example.com"), or null. */
export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.replace(/^www\d*\./, '') || null;
  } catch {
    return null;
  }
}
