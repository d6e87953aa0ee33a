export { KeyResultProgress, type KeyResultProgressProps } from './key-result-progress';
export {
  KeyResultProgressView,
  type KeyResultProgressOwnProps,
  type KeyResultProgressSize,
  type KeyResultProgressViewProps,
} from './key-result-progress-view';
export { barGeometry, guardrailGeometry, type BarGeometry, type GuardrailGeometry } from './key-result-progress.utils';
