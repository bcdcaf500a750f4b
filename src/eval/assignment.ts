/** Maximum-weight one-to-one assignment (Hungarian method, O(n²m)); exact, and ample for a few dozen mentions. */

/**
 * Given weights[row][col] (null where a pair may not be matched), returns the pairs of a matching
 * that first has as many pairs as possible and then the largest total weight. Weights must be ≥ 0.
 */
export function maxWeightMatching(weights: (number | null)[][]): [number, number][] {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : (weights[0]?.length ?? 0);
  if (rows === 0 || cols === 0) return [];
  // A bonus larger than any sum of weights makes every extra pair worth more than any reweighting.
  let total = 0;
  for (const row of weights) for (const weight of row) total += weight ?? 0;
  const bonus = total + 1;
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  const weightAt = (i: number, j: number): number | null =>
    (transpose ? weights[j]?.[i] : weights[i]?.[j]) ?? null;
  const cost = (i: number, j: number): number => {
    const weight = weightAt(i, j);
    return weight === null ? 0 : -(weight + bonus);
  };

  // Classic potentials formulation with 1-based indices; column 0 is the virtual start.
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const rowOfCol = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    rowOfCol[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = rowOfCol[j0] ?? 0;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const reduced = cost(i0 - 1, j - 1) - (u[i0] ?? 0) - (v[j] ?? 0);
        if (reduced < (minv[j] ?? Infinity)) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if ((minv[j] ?? Infinity) < delta) {
          delta = minv[j] ?? Infinity;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          const row = rowOfCol[j] ?? 0;
          u[row] = (u[row] ?? 0) + delta;
          v[j] = (v[j] ?? 0) - delta;
        } else {
          minv[j] = (minv[j] ?? 0) - delta;
        }
      }
      j0 = j1;
    } while ((rowOfCol[j0] ?? 0) !== 0);
    do {
      const j1 = way[j0] ?? 0;
      rowOfCol[j0] = rowOfCol[j1] ?? 0;
      j0 = j1;
    } while (j0 !== 0);
  }

  const pairs: [number, number][] = [];
  for (let j = 1; j <= m; j++) {
    const i = rowOfCol[j] ?? 0;
    if (i === 0 || weightAt(i - 1, j - 1) === null) continue;
    pairs.push(transpose ? [j - 1, i - 1] : [i - 1, j - 1]);
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
