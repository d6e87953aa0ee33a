'use client';
import { forwardRef, useState, type ComponentPropsWithoutRef, type CSSProperties, type ReactNode } from 'react';
import { ObjectiveEditorForm } from '../objective-editor/objective-editor';
import { blankObjectiveDraft } from '../objective-editor/objective-editor.utils';
import { ObjectiveListContext, useObjectiveListContext } from './objective-list-context';
import { ObjectiveListDeleteDialog } from './objective-list-delete';
import { downloadCsv, listCsvColumns, listRowsToCsv } from './objective-list-export';
import { ObjectiveListNotices } from './objective-list-notices';
import { ObjectiveListPanel } from './objective-list-panel';
import { ROW_HEIGHT } from './objective-list-table';
import { ObjectiveListToolbar } from './objective-list-toolbar';
import type { ObjectiveListRow } from './objective-list.types';
import { useObjectiveListState, type ObjectiveListOptions } from './use-objective-list-state';
import { slotClass } from '../internal/slot-class';

/** Props of {@link ObjectiveListRoot}: the list's options and a `div`'s. */
export interface ObjectiveListRootProps extends ObjectiveListOptions, Omit<ComponentPropsWithoutRef<'div'>, keyof ObjectiveListOptions | 'children'> {
  children?: ReactNode;
}

/**
 * The list's state (rows, sorting, filters, grouping, moves, deletes, the panel) for its parts,
 * the root element, the live region and the delete confirmation. Compose the parts inside it
 * in any order, or leave some out.
 * @example
 * <ObjectiveList.Root teamId="team-growth">
 *   <ObjectiveList.Toolbar />
 *   <ObjectiveList.Table />
 * </ObjectiveList.Root>
 */
export const ObjectiveListRoot = /* @__PURE__ */ forwardRef<HTMLDivElement, ObjectiveListRootProps>(function ObjectiveListRoot(props, ref) {
  const {
    teamId, ownerId, periodId, sorting, defaultSorting, onSortingChange, filters, defaultFilters, onFiltersChange, groupBy, defaultGroupBy, onGroupByChange,
    onCreate, onOpen, renderPanel, onExport, readOnly, labels, children, style, ...rest
  } = props;
  const state = useObjectiveListState({
    teamId, ownerId, periodId, sorting, defaultSorting, onSortingChange, filters, defaultFilters, onFiltersChange, groupBy, defaultGroupBy, onGroupByChange,
    onCreate, onOpen, renderPanel, onExport, readOnly, labels,
  });
  const rootStyle = { '--okr-objective-list-row-height': `${ROW_HEIGHT}px`, '--okr-objective-list-columns': state.columns.length, ...style } as CSSProperties;
  return (
    <ObjectiveListContext.Provider value={state}>
      <div
        {...rest} className={slotClass('objective-list', rest.className)}
        ref={(element) => {
          state.rootRef.current = element;
          if (typeof ref === 'function') ref(element);
          else if (ref) ref.current = element;
        }}
        data-slot="objective-list"
        data-state={state.sortable ? 'rerankable' : 'fixed'}
        style={rootStyle}
      >
        {children}
        <div role="status" aria-live="polite" data-slot="objective-list-live" className="okr-slot-objective-list-live">
          {state.message}
        </div>
        <ObjectiveListDeleteDialog
          dependants={state.deletion.pending}
          labels={state.labels}
          locale={state.locale}
          container={state.rootRef.current}
          onConfirm={() => void state.deletion.confirm()}
          onCancel={state.deletion.cancel}
        />
      </div>
    </ObjectiveListContext.Provider>
  );
});

/** Props of {@link ObjectiveListToolbarPart}. */
export interface ObjectiveListToolbarPartProps {
  /** The "Export CSV" button at the end of the toolbar. @default true */
  exportButton?: boolean;
  className?: string;
}

/**
 * Filters (owner, team, period, state, status; those fixed by the list's scope are not
 * offered), grouping, the count and "Export CSV".
 * @example <ObjectiveList.Toolbar exportButton={false} />
 */
export function ObjectiveListToolbarPart({ exportButton = true, className }: ObjectiveListToolbarPartProps) {
  const list = useObjectiveListContext('Toolbar');
  return (
    <ObjectiveListToolbar
      rows={list.scoped}
      filters={list.filters}
      onFiltersChange={list.setFilters}
      fixed={list.fixedFilters}
      groupBy={list.groupBy}
      onGroupByChange={list.setGroupBy}
      labels={list.labels}
      statusWords={list.context.labels.status}
      countText={list.labels.objectiveCount(list.formatNumber(list.rows.length), list.formatNumber(list.scoped.length))}
      className={className}
    >
      {exportButton ? <ObjectiveListExport /> : null}
    </ObjectiveListToolbar>
  );
}

/** Props of {@link ObjectiveListExport}. */
export interface ObjectiveListExportProps extends Omit<ComponentPropsWithoutRef<'button'>, 'onClick' | 'children'> {
  /** The file's name. @default 'objectives.csv' */
  fileName?: string;
}

/**
 * "Export CSV": the rows as shown — filtered, sorted, with the columns shown — as a CSV file
 * (the list's `onExport` gets the text instead when given). Numbers stay numbers, dates are
 * `YYYY-MM-DD HH:MM` UTC, and text a spreadsheet would run as a formula is neutralised.
 * @example <ObjectiveList.Export fileName="growth-q1.csv" />
 */
export function ObjectiveListExport({ fileName = 'objectives.csv', ...rest }: ObjectiveListExportProps) {
  const list = useObjectiveListContext('Export');
  const [busy, setBusy] = useState(false);
  const run = async (rows: readonly ObjectiveListRow[]) => {
    setBusy(true);
    try {
      const csv = await listRowsToCsv(rows, listCsvColumns(list.columns, list.labels, list.context.labels.status));
      if (list.onExport) list.onExport(csv, fileName);
      else downloadCsv(csv, fileName);
      list.announce(list.labels.exported(list.formatNumber(rows.length)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button {...rest} className={slotClass('objective-list-export', rest.className)} type="button" data-slot="objective-list-export" aria-disabled={busy ? true : undefined} onClick={() => (busy ? undefined : void run(list.rows))}>
      {list.labels.exportCsv}
    </button>
  );
}

/**
 * The notices above the grid: a refused move (the order is back), a delete with Undo, a failed delete or undo.
 * @example <ObjectiveList.Notices />
 */
export function ObjectiveListNoticesPart() {
  const list = useObjectiveListContext('Notices');
  return <ObjectiveListNotices refusal={list.refusal} onDismissRefusal={list.dismissRefusal} deletion={list.deletion} labels={list.labels} />;
}

/**
 * The side panel a row opens (when the list has no `onOpen`): the objective's card and its
 * editor, or the editor alone for a new objective typed in the "New objective" row.
 * @example <ObjectiveList.Panel />
 */
export function ObjectiveListPanelPart() {
  const list = useObjectiveListContext('Panel');
  const { panel, setPanel, labels, scoped, scope, context, renderPanel } = list;
  const openId = panel?.mode === 'open' ? panel.objectiveId : null;
  const openTitle = openId === null ? '' : (scoped.find((row) => row.objective.id === openId)?.objective.title ?? '');
  return (
    <ObjectiveListPanel open={panel !== null} objectiveId={openId} title={panel?.mode === 'create' ? labels.newObjective : openTitle} labels={labels} container={list.rootRef.current} onClose={() => setPanel(null)}>
      {panel?.mode === 'create' ? (
        <ObjectiveEditorForm
          defaultValue={blankObjectiveDraft({
            ...newObjectiveScope(scope.teamId, scope.ownerId ?? context.userId),
            id: newObjectiveId(),
            periodId: scope.periodId ?? scoped[0]?.objective.periodId ?? '',
            title: panel.title,
            priority: nextRank(scoped),
          })}
          onSaved={(draft) => setPanel({ mode: 'open', objectiveId: draft.objective.id })}
          onCancel={() => setPanel(null)}
        />
      ) : null}
      {openId !== null ? <ObjectiveEditorForm key={openId} objectiveId={openId} onCancel={() => setPanel(null)} /> : null}
      {openId !== null && renderPanel ? renderPanel(openId) : null}
    </ObjectiveListPanel>
  );
}

/** The team and owner a new objective of this list starts with. */
function newObjectiveScope(teamId: string | undefined, ownerId: string | undefined): { teamId?: string; ownerId?: string } {
  return { ...(teamId === undefined ? {} : { teamId }), ...(ownerId === undefined ? {} : { ownerId }) };
}

/** A new objective goes to the bottom of the ranking: one past the highest rank listed. */
function nextRank(rows: readonly ObjectiveListRow[]): number {
  return rows.reduce((highest, row) => Math.max(highest, row.rank ?? 0), 0) + 1;
}

function newObjectiveId(): string {
  return `objective-${typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : Math.random().toString(36).slice(2)}`;
}
