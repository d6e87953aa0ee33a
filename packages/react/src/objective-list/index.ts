export { ObjectiveList, type ObjectiveListProps } from './objective-list';
export { defaultListLabels, resolveListLabels, type ObjectiveListLabels } from './objective-list.labels';
export type { ObjectiveListColumnId, ObjectiveListFilters, ObjectiveListGrouping, ObjectiveListLine, ObjectiveListRow, ObjectiveListSorting } from './objective-list.types';
export { compareByRank, groupLines, moveItem } from './objective-list.utils';
