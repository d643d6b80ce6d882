/** Order statistics for benchmark samples (these machines are noisy: report medians and percentiles). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (position - low);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);
export const p95 = (values: readonly number[]) => quantile(values, 0.95);

/** "min–max" of the samples, to show how much a figure moved between runs. */
export function spread(values: readonly number[], digits = 1): string {
  if (values.length === 0) return '–';
  return `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
}

/** "median m (IQR a–b, range c–d)": the middle half and the extremes of the samples, for noisy figures. */
export function iqrSpread(values: readonly number[], digits = 3): string {
  if (values.length === 0) return '–';
  const f = (v: number) => v.toFixed(digits);
  return `median ${f(median(values))} (IQR ${f(quantile(values, 0.25))}–${f(quantile(values, 0.75))}, range ${f(Math.min(...values))}–${f(Math.max(...values))})`;
}

/**
 * The 95 % confidence interval of the median, without assuming a distribution: [x(r), x(n−r+1)] of the sorted samples,
 * with r the largest rank for which a median outside the interval is at most 2.5 % likely on each side (the sign
 * test: each sample is above the true median with probability ½). With 18 samples, the 5th and the 14th.
 */
export function medianInterval(values: readonly number[], confidence = 0.95): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return [Number.NaN, Number.NaN];
  const tail = (1 - confidence) / 2;
  let below = 0; // P(Binomial(n, ½) ≤ j), accumulated
  let coefficient = 1; // n choose j
  let r = 0;
  for (let j = 0; j < n; j++) {
    below += coefficient / 2 ** n;
    if (below > tail) break;
    r = j + 1;
    coefficient = (coefficient * (n - j)) / (j + 1);
  }
  const rank = Math.max(r, 1);
  return [sorted[rank - 1] as number, sorted[n - rank] as number];
}
