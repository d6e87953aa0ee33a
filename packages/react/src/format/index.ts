export { displayPercent, formatMetricValue, formatNumber, formatPercent, isWordUnit } from './number-format';
export {
  describeKeyResult,
  describeKeyResultProgress,
  type KeyResultProgressInput,
  type KeyResultProgressText,
} from './describe-progress';
export {
  defaultKeyResultProgressLabels,
  resolveProgressLabels,
  type KeyResultProgressLabels,
  type ResolvedProgressLabels,
} from './progress-labels';
