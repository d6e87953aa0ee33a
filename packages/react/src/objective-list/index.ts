export { ObjectiveList, type ObjectiveListProps } from './objective-list';
export { ObjectiveListExport, ObjectiveListNoticesPart, ObjectiveListPanelPart, ObjectiveListRoot, ObjectiveListToolbarPart, type ObjectiveListExportProps, type ObjectiveListRootProps, type ObjectiveListToolbarPartProps } from './objective-list-parts';
export { ObjectiveListNewRowPart, ObjectiveListTable, type ObjectiveListNewRowPartProps, type ObjectiveListTableProps } from './objective-list-table';
export { useObjectiveListContext, type ObjectiveListContextValue } from './objective-list-context';
export { listCsvColumns, spreadsheetDateTime } from './objective-list-export';
export type { ObjectiveListOptions, ObjectiveListPanelState } from './use-objective-list-state';
export { defaultListLabels, resolveListLabels, type ObjectiveListLabels } from './objective-list.labels';
export type { ObjectiveListColumnId, ObjectiveListFilters, ObjectiveListGrouping, ObjectiveListLine, ObjectiveListRow, ObjectiveListSorting } from './objective-list.types';
export { compareByRank, groupLines, moveItem } from './objective-list.utils';
