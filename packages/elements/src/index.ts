export { OkrElement, commonAttributes, type OkrColorScheme, type OkrElementContent } from './okr-element';
export {
  defineOkrElements,
  okrElements,
  OkrAlignmentTreeElement,
  OkrCheckInTimelineElement,
  OkrKeyResultChartElement,
  OkrKeyResultProgressElement,
  OkrObjectiveCardElement,
  OkrObjectiveListElement,
  OkrWeeklyReportElement,
} from './elements';
export type {
  OkrCheckInChangedDetail,
  OkrCheckInSavedDetail,
  OkrElementEventMap,
  OkrFailureDetail,
  OkrObjectiveSavedDetail,
  OkrObjectiveSelectedDetail,
} from './events';
export { languageOf, okrLanguages, type OkrLanguage } from './locale-labels';
export { personHeader, resolveSource } from './shared-stores';
export { shadowCss } from './styles';
