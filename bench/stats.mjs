// Small statistics and number formats for the bench table.

/** The q-quantile (0..1) of the values, by linear interpolation between order statistics. */
export function quantile(values, q) {
  if (!values.length) throw new Error('quantile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const index = (sorted.length - 1) * q;
  const low = Math.floor(index);
  return sorted[low] + (sorted[Math.ceil(index)] - sorted[low]) * (index - low);
}

export const median = (values) => quantile(values, 0.5);

/** "12.3 ms" */
export const ms = (value) => `${value.toFixed(1)} ms`;

/** "12,345 B" */
export const bytes = (value) => `${value.toLocaleString('en-US')} B`;

/** "12.3 ms (IQR 11.0–14.2)": the median and the middle half of the runs. */
export const spread = (values) =>
  `${ms(median(values))} (IQR ${quantile(values, 0.25).toFixed(1)}–${quantile(values, 0.75).toFixed(1)})`;

/**
 * Cumulative layout shift as Chromium and web-vitals define it: the largest session window of
 * shifts (each at most 1 s after the previous one, the window at most 5 s long).
 */
export function cumulativeLayoutShift(shifts) {
  let largest = 0;
  let windowValue = 0;
  let windowStart = -Infinity;
  let previous = -Infinity;
  for (const { value, startTime } of [...shifts].sort((a, b) => a.startTime - b.startTime)) {
    if (startTime - previous > 1000 || startTime - windowStart > 5000) {
      windowValue = 0;
      windowStart = startTime;
    }
    windowValue += value;
    previous = startTime;
    largest = Math.max(largest, windowValue);
  }
  return largest;
}
