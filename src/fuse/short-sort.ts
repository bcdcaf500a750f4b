/** Sorting the short lists fusion sorts for every event. */

/** Longer lists than this are left to Array.prototype.sort. */
const SHORT = 16;

/**
 * Sorts `list` in place and returns it, as `list.sort(compare)` does (stably). Array.prototype.sort
 * sets up close to a kilobyte of working state for every call, even for two elements, and fusion
 * sorts a few short lists for each of its events: a short list is sorted here by insertion instead.
 */
export function sortShort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > SHORT) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T;
    let j = i - 1;
    for (; j >= 0 && compare(list[j] as T, item) > 0; j--) list[j + 1] = list[j] as T;
    list[j + 1] = item;
  }
  return list;
}

/** Strings in the order of Array.prototype.sort without a comparison function (UTF-16 code units). */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
