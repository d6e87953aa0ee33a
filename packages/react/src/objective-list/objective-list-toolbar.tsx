'use client';
import type { ObjectiveState, Status } from '@okrkit/core';
import { useMemo } from 'react';
import type { SharedLabels } from '../provider/labels';
import type { ObjectiveListLabels } from './objective-list.labels';
import type { ObjectiveListFilters, ObjectiveListGrouping, ObjectiveListRow } from './objective-list.types';

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

/** Filters (owner, team, period, state, status), grouping and the count above the grid. */
export function ObjectiveListToolbar({ rows, filters, onFiltersChange, fixed, groupBy, onGroupByChange, labels, statusWords, countText }: ObjectiveListToolbarProps) {
  // The owner, team and period choices change only with the scoped rows: made once per rows
  // array, not on every sort, filter or move (sorting 2,000 owners by name each time cost
  // several ms per change, bench/objective-list).
  const { owners, teams, periods } = useMemo(
    () => ({
      owners: choices(rows, (row) => [row.objective.ownerId, row.ownerName]),
      teams: choices(rows, (row) => [row.objective.teamId, row.teamName]),
      periods: choices(rows, (row) => [row.objective.periodId, row.periodName]),
    }),
    [rows],
  );
  const select = (key: keyof ObjectiveListFilters, column: string, options: { id: string; name: string }[]) =>
    fixed.has(key) ? null : (
      <label key={key} data-slot="objective-list-filter">
        <span>{labels.filterBy(column)}</span>
        <select
          value={filters[key] ?? ''}
          onChange={(event) => {
            const { [key]: _dropped, ...rest } = filters;
            onFiltersChange(event.target.value === '' ? rest : { ...rest, [key]: event.target.value });
          }}
        >
          <option value="">{labels.all}</option>
          {options.map((option) => (
            <option key={option.id} value={option.id} dir="auto">
              {option.name}
            </option>
          ))}
        </select>
      </label>
    );
  return (
    <div data-slot="objective-list-toolbar">
      {select('ownerId', labels.owner, owners)}
      {select('teamId', labels.team, teams)}
      {select('periodId', labels.period, periods)}
      {select('state', labels.state, STATES.map((state) => ({ id: state, name: labels.states[state] ?? state })))}
      {select('status', labels.status, STATUSES.map((status) => ({ id: status, name: statusWords[status] ?? status })))}
      <label data-slot="objective-list-group-by">
        <span>{labels.groupBy}</span>
        <select value={groupBy} onChange={(event) => onGroupByChange(event.target.value as ObjectiveListGrouping)}>
          <option value="none">{labels.noGrouping}</option>
          <option value="team">{labels.team}</option>
          <option value="period">{labels.period}</option>
          <option value="state">{labels.state}</option>
        </select>
      </label>
      <span data-slot="objective-list-count">{countText}</span>
    </div>
  );
}
