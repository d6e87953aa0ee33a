'use client';
import { forwardRef } from 'react';
import { ObjectiveListExport, ObjectiveListNoticesPart, ObjectiveListPanelPart, ObjectiveListRoot, ObjectiveListToolbarPart, type ObjectiveListRootProps } from './objective-list-parts';
import { ObjectiveListNewRowPart, ObjectiveListTable } from './objective-list-table';
import type { ObjectiveListOptions } from './use-objective-list-state';

export interface ObjectiveListProps extends ObjectiveListOptions {
  className?: string;
}

const ObjectiveListComposed = /* @__PURE__ */ forwardRef<HTMLDivElement, ObjectiveListProps>(function ObjectiveList(props: ObjectiveListRootProps, ref) {
  return (
    <ObjectiveListRoot ref={ref} {...props}>
      <ObjectiveListToolbarPart />
      <ObjectiveListNoticesPart />
      <ObjectiveListTable>
        <ObjectiveListNewRowPart />
      </ObjectiveListTable>
      <ObjectiveListPanelPart />
    </ObjectiveListRoot>
  );
});

/**
 * A Notion-database-like list of objectives on TanStack Table: rows in priority order for a
 * team, owner or period; sort, filter and group by team, period or state; windowed rows; the
 * WAI-ARIA grid keyboard model. Re-rank by dragging the rank handle (dnd-kit) or with Alt+↑/↓
 * on a focused row — one `store.rerank` per move, optimistic, put back with a message when
 * storage refuses. Rows open in a side panel; delete asks first, lists what goes with it,
 * and offers Undo; "Export CSV" downloads the rows as shown. The provider's `can` policy hides
 * or disables what the person may not do.
 *
 * Compound parts, for a host that arranges the list itself or leaves parts out:
 * `ObjectiveList.Root` (state, live region, delete confirmation), `.Toolbar` (filters, grouping,
 * count, `.Export`), `.Notices`, `.Table` (hint, grid, empty message) with `.NewRow` inside it,
 * and `.Panel` (the side panel rows open in when there is no `onOpen`).
 * @example
 * <OkrProvider store={store} directory={directory} can={(action, target) => authorize(me, action, target)}>
 *   <ObjectiveList teamId="team-growth" periodId="2026-q1" onCreate={(title) => openEditor({ title })} />
 * </OkrProvider>
 * @example
 * <ObjectiveList.Root teamId="team-growth" onOpen={showObjective}>
 *   <ObjectiveList.Table />
 *   <ObjectiveList.Toolbar exportButton={false} />
 * </ObjectiveList.Root>
 */
export const ObjectiveList = /* @__PURE__ */ Object.assign(ObjectiveListComposed, {
  Root: ObjectiveListRoot,
  Toolbar: ObjectiveListToolbarPart,
  Export: ObjectiveListExport,
  Notices: ObjectiveListNoticesPart,
  Table: ObjectiveListTable,
  NewRow: ObjectiveListNewRowPart,
  Panel: ObjectiveListPanelPart,
});
