export { OkrProvider, useOkrContext, type OkrContextValue, type OkrProviderProps } from './okr-provider';
export { defaultLabels, type OkrLabels } from './labels';
export {
  useKeyResult,
  useKeyResultView,
  useKeyResultsOf,
  useObjective,
  useObjectiveAssessment,
  useOkrSelector,
  useStoreStatus,
  type KeyResultView,
} from './hooks';
