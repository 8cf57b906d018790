// Summaries of a case's runs: the median, and the quartiles as its spread.

/** The q-quantile (0..1) of `values`, linear between the two nearest runs. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  return sorted[below] + (sorted[Math.ceil(at)] - sorted[below]) * (at - below);
}

export const median = (values) => quantile(values, 0.5);

/** Median and interquartile range: half the runs lie between `low` and `high`. */
export const summary = (values) => ({median: median(values), low: quantile(values, 0.25), high: quantile(values, 0.75), runs: values.length});
