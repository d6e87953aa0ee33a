/**
 * Progress over time, read from the check-in log: a KR's history (points, expected line,
 * target, band), "as of" reads of a KR and an objective, and an objective's rolled-up
 * history. Pure: every instant is passed in.
 */
export type * from './history.types';
export { keyResultHistory, expectedValueAt, keyResultHistoryChange, compareHistoryPoints } from './key-result-history';
export { keyResultAsOf, objectiveProgressAsOf } from './as-of';
export { objectiveHistory } from './objective-history';
export { metricAtValue, baselineMetric } from './metric-at-value';
export { progressReader } from './progress-reader';
