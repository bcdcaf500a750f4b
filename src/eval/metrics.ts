/** Precision, recall, F1 and accuracy, with null where a ratio has nothing to divide by. */

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number | null;
}

export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function harmonicMean(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { tp, fp, fn, precision, recall, f1: harmonicMean(precision, recall) };
}

export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: ratio(correct, total) };
}
