/** How much of the gold quote a system mention's supporting text covers, from 0 to 1. */

function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function longestCommonSubstring(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        const run = (previous[j - 1] ?? 0) + 1;
        current[j] = run;
        if (run > best) best = run;
      }
    }
    previous = current;
  }
  return best;
}

/** Share of the gold quote inside the system's span, when the gold quote can be found in the article text. */
function spanOverlap(goldQuote: string, system: { start: number; end: number }, text: string): number | null {
  let bestOverlap: number | null = null;
  for (let at = text.indexOf(goldQuote); at !== -1; at = text.indexOf(goldQuote, at + 1)) {
    const shared = Math.max(0, Math.min(at + goldQuote.length, system.end) - Math.max(at, system.start));
    bestOverlap = Math.max(bestOverlap ?? 0, shared / goldQuote.length);
  }
  return bestOverlap;
}

/**
 * Overlap of a system mention's support with the gold quote: by offsets when the article text is
 * given and holds the gold quote, else by the longest run of characters the two quotes share.
 */
export function quoteOverlap(
  goldQuote: string,
  system: { quote: string; start: number; end: number },
  text?: string,
): number {
  if (goldQuote === '') return 0;
  if (text !== undefined) {
    const bySpan = spanOverlap(goldQuote, system, text);
    if (bySpan !== null) return bySpan;
  }
  const gold = squash(goldQuote);
  const found = squash(system.quote);
  if (gold === '' || found === '') return 0;
  if (found.includes(gold)) return 1;
  return longestCommonSubstring(gold, found) / gold.length;
}
