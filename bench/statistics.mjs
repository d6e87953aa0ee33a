/** The order statistics every okrkit benchmark reports (samples in milliseconds). */

/** The samples in ascending order, as a new array. */
export const ascending = (samples) => [...samples].sort((a, b) => a - b);

/** The median (upper middle for an even count), e.g. `median([3, 1, 2]) === 2`. */
export const median = (samples) => ascending(samples)[Math.floor(samples.length / 2)];

/** The 95th percentile, nearest rank, e.g. `p95([1, …, 100]) === 95`. */
export const p95 = (samples) => ascending(samples)[Math.min(samples.length - 1, Math.ceil(samples.length * 0.95) - 1)];
