'use client';
import type { ObjectiveState, Status } from '@okrkit/core';
import { memo, useMemo, useRef, type ReactNode } from 'react';
import type { SharedLabels } from '../provider/labels';
import type { ObjectiveListLabels } from './objective-list.labels';
import type { ObjectiveListFilters, ObjectiveListGrouping, ObjectiveListRow } from './objective-list.types';
import { slotClass } from '../internal/slot-class';

const STATES: ObjectiveState[] = ['draft', 'proposed', 'active', 'closed'];
const STATUSES: Status[] = ['not-started', 'on-track', 'at-risk', 'off-track', 'achieved'];

export interface ObjectiveListToolbarProps {
  /** The scoped rows (before filters), for the owner, team and period choices. */
  rows: readonly ObjectiveListRow[];
  filters: ObjectiveListFilters;
  onFiltersChange: (filters: ObjectiveListFilters) => void;
  /** Filters fixed by the list's scope props are not offered. */
  fixed: ReadonlySet<keyof ObjectiveListFilters>;
  groupBy: ObjectiveListGrouping;
  onGroupByChange: (grouping: ObjectiveListGrouping) => void;
  labels: ObjectiveListLabels;
  statusWords: SharedLabels['status'];
  countText: string;
  className?: string;
  /** More controls at the end (the "Export CSV" button). */
  children?: ReactNode;
}

type Choice = { id: string; name: string };

/** The same choices as last time when nothing in them changed, so their options are not drawn again. */
function useStableChoices(rows: readonly ObjectiveListRow[]) {
  const last = useRef<{ rows: readonly ObjectiveListRow[]; value: { owners: Choice[]; teams: Choice[]; periods: Choice[] } } | null>(null);
  if (last.current?.rows === rows) return last.current.value;
  // A re-rank gives the same rows in another order (the moved ones as new objects with the same people): no choice changed.
  if (last.current && sameChoiceFields(last.current.rows, rows)) {
    last.current = { rows, value: last.current.value };
    return last.current.value;
  }
  const next = {
    owners: choices(rows, (row) => [row.objective.ownerId, row.ownerName]),
    teams: choices(rows, (row) => [row.objective.teamId, row.teamName]),
    periods: choices(rows, (row) => [row.objective.periodId, row.periodName]),
  };
  const previous = last.current?.value;
  const value = previous
    ? { owners: sameChoices(previous.owners, next.owners) ? previous.owners : next.owners, teams: sameChoices(previous.teams, next.teams) ? previous.teams : next.teams, periods: sameChoices(previous.periods, next.periods) ? previous.periods : next.periods }
    : next;
  last.current = { rows, value };
  return value;
}

function sameChoiceFields(previous: readonly ObjectiveListRow[], rows: readonly ObjectiveListRow[]): boolean {
  if (previous.length !== rows.length) return false;
  // A move replaces a few rows and keeps the rest (the same objects, maybe elsewhere): compare
  // only the rows that differ at their place, as sets of what a choice reads. Equal sets there
  // and the same rows elsewhere give the same choices, without a map of all 2,000 rows.
  const gone = new Map<string, ObjectiveListRow>();
  const added: ObjectiveListRow[] = [];
  for (let at = 0; at < rows.length; at++) {
    const before = previous[at]!;
    const row = rows[at]!;
    if (before === row) continue;
    gone.set(choiceKey(before), before);
    added.push(row);
  }
  if (added.length === 0) return true;
  const kept = new Set<string>();
  for (const row of added) {
    const key = choiceKey(row);
    if (!gone.has(key)) return false;
    kept.add(key);
  }
  return kept.size === gone.size;
}

/** What the owner, team and period choices read of a row, as one string (\u0001 for a missing value, \u0000 between). */
function choiceKey(row: ObjectiveListRow): string {
  const { ownerId, teamId, periodId } = row.objective;
  return [ownerId, row.ownerName, teamId, row.teamName, periodId, row.periodName].map((value) => value ?? '\u0001').join('\u0000');
}

function sameChoices(a: readonly Choice[], b: readonly Choice[]): boolean {
  return a.length === b.length && a.every((choice, at) => choice.id === b[at]!.id && choice.name === b[at]!.name);
}

function choices(rows: readonly ObjectiveListRow[], read: (row: ObjectiveListRow) => [string | undefined, string | null]) {
  const seen = new Map<string, string>();
  for (const row of rows) {
    const [id, name] = read(row);
    if (id !== undefined && !seen.has(id)) seen.set(id, name ?? id);
  }
  // One collator for the sort: `localeCompare` without one builds a collator per comparison
  // (most of the time a move took in the toolbar, bench/objective-list). Same default locale.
  const collator = new Intl.Collator();
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * Filters (owner, team, period, state, status), grouping and the count above the grid. Memoised:
 * a sort or a move does not draw it again, and its options are drawn only when they change.
 */
export const ObjectiveListToolbar = /* @__PURE__ */ memo(function ObjectiveListToolbar({ rows, filters, onFiltersChange, fixed, groupBy, onGroupByChange, labels, statusWords, countText, className, children }: ObjectiveListToolbarProps) {
  // The owner, team and period choices change only with the scoped rows' people, teams and
  // periods: made once per rows array and kept when equal, not on every sort, filter or move
  // (sorting and drawing 2,000 owners each time cost several ms per change, bench/objective-list).
  const { owners, teams, periods } = useStableChoices(rows);
  const ownerOptions = useOptions(owners);
  const teamOptions = useOptions(teams);
  const periodOptions = useOptions(periods);
  const stateOptions = useOptions(useMemo(() => STATES.map((state) => ({ id: state, name: labels.states[state] ?? state })), [labels]));
  const statusOptions = useOptions(useMemo(() => STATUSES.map((status) => ({ id: status, name: statusWords[status] ?? status })), [statusWords]));
  const select = (key: keyof ObjectiveListFilters, column: string, options: ReactNode) =>
    fixed.has(key) ? null : (
      <label key={key} data-slot="objective-list-filter" className="okr-slot-objective-list-filter">
        <span>{labels.filterBy(column)}</span>
        <select
          value={filters[key] ?? ''}
          onChange={(event) => {
            const { [key]: _dropped, ...rest } = filters;
            onFiltersChange(event.target.value === '' ? rest : { ...rest, [key]: event.target.value });
          }}
        >
          <option value="">{labels.all}</option>
          {options}
        </select>
      </label>
    );
  return (
    <div data-slot="objective-list-toolbar" className={slotClass('objective-list-toolbar', className)}>
      {select('ownerId', labels.owner, ownerOptions)}
      {select('teamId', labels.team, teamOptions)}
      {select('periodId', labels.period, periodOptions)}
      {select('state', labels.state, stateOptions)}
      {select('status', labels.status, statusOptions)}
      <label data-slot="objective-list-group-by" className="okr-slot-objective-list-group-by">
        <span>{labels.groupBy}</span>
        <select value={groupBy} onChange={(event) => onGroupByChange(event.target.value as ObjectiveListGrouping)}>
          <option value="none">{labels.noGrouping}</option>
          <option value="team">{labels.team}</option>
          <option value="period">{labels.period}</option>
          <option value="state">{labels.state}</option>
        </select>
      </label>
      <span data-slot="objective-list-count" className="okr-slot-objective-list-count">{countText}</span>
      {children}
    </div>
  );
});

/** The `<option>`s of a choice list, made once per list. */
function useOptions(options: readonly Choice[]): ReactNode {
  return useMemo(
    () =>
      options.map((option) => (
        <option key={option.id} value={option.id} dir="auto">
          {option.name}
        </option>
      )),
    [options],
  );
}
