export { OkrProvider, useOkrContext, type OkrContextValue, type OkrProviderProps } from './okr-provider';
export {
  defaultLabels,
  spokenStatus,
  type CheckInDialogLabels,
  type EditingLabels,
  type ObjectiveCardLabels,
  type BandLabels,
  type LintFormat,
  type LintLabels,
  type OkrLabelOverrides,
  type OkrLabels,
  type OkrLabelSection,
  type OkrLabelSections,
  type OkrSharedWords,
  type PresetBandId,
  type ProvidedOkrLabels,
  type ProgressBarLabels,
  type SharedLabels,
} from './labels';
export { mergeLabels } from './labels-merge';
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
export { displayName, emptyDirectory, listEntries, lookUpEntry, type DirectoryEntry, type ListedEntry, type OkrDirectory } from './directory';
export {
  PersonName,
  useDirectoryNames,
  useLegacyPersonName,
  usePerson,
  useTeam,
  type DirectoryNames,
  type PersonNameProps,
} from './directory-hooks';
export { useCan, useCanEditObjective, usePolicy, type Permission } from './permission-hooks';
export { useReportError, type OkrErrorAction, type OkrErrorHandler, type OkrErrorInfo, type OkrWidgetName } from './error-reporting';
