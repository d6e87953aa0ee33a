export { customUnitLabel, displayPercent, formatMetricValue, formatNumber, formatPercent, formatProgressPercent, isWordUnit } from './number-format';
export { formatAge, formatDateRange } from './date-format';
export {
  describeKeyResult,
  describeKeyResultProgress,
  formatCurrentValue,
  type KeyResultDescriptionLabels,
  type KeyResultProgressInput,
  type KeyResultProgressText,
} from './describe-progress';
