import type { KeyResult, Metric, MetricUnit, Objective, ObjectiveKind, ObjectiveState } from '../model/model.types';
import type { CsvField } from './csv-columns';
import { parseNumberCell } from './csv-cells';

/** A problem of one cell, before it is placed at its row. */
export interface CellProblem {
  field?: CsvField;
  path?: string;
  message: string;
}

export type Cells = Partial<Record<CsvField, string>>;

/** Reads a number field; a problem is pushed and `undefined` returned when it is not one. */
export function numberField(cells: Cells, field: CsvField, problems: CellProblem[]): number | undefined {
  const text = cells[field];
  if (text === undefined) return undefined;
  const result = parseNumberCell(text);
  if (result.ok) return result.value;
  problems.push({ field, message: result.message });
  return undefined;
}

/**
 * Writes a field onto a record: a column left out of the mapping keeps the stored value,
 * an empty cell clears an optional field, any other value replaces it.
 */
function assign<T extends object, K extends keyof T>(record: T, key: K, cells: Cells, field: CsvField, value: T[K] | undefined): void {
  if (!(field in cells)) return;
  if (value === undefined || (value as unknown) === '') delete record[key];
  else record[key] = value;
}

const KINDS: readonly ObjectiveKind[] = ['committed', 'aspirational'];
const STATES: readonly ObjectiveState[] = ['draft', 'proposed', 'active', 'closed'];

/** Builds the objective a row describes over the stored one (or a new one with `id`). */
export function objectiveFromCells(cells: Cells, id: string, stored: Objective | undefined, problems: CellProblem[]): Objective {
  const record = { ...(stored ?? { id, title: '', periodId: '' }), id } as Objective;
  if (cells.objective_title !== undefined && cells.objective_title !== '') record.title = cells.objective_title;
  if (cells.period_id !== undefined && cells.period_id !== '') record.periodId = cells.period_id;
  assign(record, 'description', cells, 'objective_description', cells.objective_description);
  assign(record, 'ownerId', cells, 'owner_id', cells.owner_id);
  assign(record, 'teamId', cells, 'team_id', cells.team_id);
  assign(record, 'parentId', cells, 'parent_id', cells.parent_id);
  assign(record, 'priority', cells, 'priority', numberField(cells, 'priority', problems));
  assign(record, 'weight', cells, 'objective_weight', numberField(cells, 'objective_weight', problems));
  const kind = cells.kind?.toLowerCase();
  if (kind && !KINDS.includes(kind as ObjectiveKind)) problems.push({ field: 'kind', message: `must be one of ${KINDS.join(', ')}` });
  else assign(record, 'kind', cells, 'kind', kind as ObjectiveKind | undefined);
  const state = cells.state?.toLowerCase();
  if (state && !STATES.includes(state as ObjectiveState)) problems.push({ field: 'state', message: `must be one of ${STATES.join(', ')}` });
  else assign(record, 'state', cells, 'state', state as ObjectiveState | undefined);
  if (record.title === '') problems.push({ field: 'objective_title', message: 'is needed for a new objective' });
  if (record.periodId === '') problems.push({ field: 'period_id', message: 'is needed for a new objective' });
  return record;
}

/**
 * Reads the unit column: `count`, `%` (or `percent`), an ISO 4217 code (`EUR`), or any other
 * text as a custom label (`patents`, `/5`). A stored custom unit with the same label keeps its `labelOne`.
 * @example parseUnit('EUR') // { kind: 'currency', currency: 'EUR' }
 */
export function parseUnit(text: string, stored?: MetricUnit): MetricUnit | undefined {
  if (text === '') return undefined;
  if (text.toLowerCase() === 'count') return { kind: 'count' };
  if (text === '%' || text.toLowerCase() === 'percent') return { kind: 'percent' };
  if (/^[A-Z]{3}$/.test(text)) return { kind: 'currency', currency: text };
  if (stored?.kind === 'custom' && stored.label === text) return stored;
  return { kind: 'custom', label: text };
}

/** Writes a unit the way {@link parseUnit} reads it. */
export function formatUnit(unit: MetricUnit | undefined): string {
  if (!unit) return '';
  switch (unit.kind) {
    case 'count':
      return 'count';
    case 'percent':
      return '%';
    case 'currency':
      return unit.currency;
    case 'custom':
      return unit.label;
    default:
      return unit satisfies never;
  }
}

const TRUE_WORDS = ['true', 'yes', '1', 'done', 'x'];
const FALSE_WORDS = ['false', 'no', '0', 'not done', ''];

function metricFromCells(cells: Cells, stored: Metric | undefined, problems: CellProblem[]): Metric | undefined {
  const kind = (cells.metric_kind || stored?.kind || 'numeric').toLowerCase();
  switch (kind) {
    case 'numeric': {
      const base = stored?.kind === 'numeric' ? stored : undefined;
      const start = numberField(cells, 'start', problems) ?? base?.start ?? 0;
      const target = numberField(cells, 'target', problems) ?? base?.target;
      if (target === undefined) {
        if (!problems.some((problem) => problem.field === 'target')) problems.push({ field: 'target', message: 'is needed for a numeric key result' });
        return undefined;
      }
      const current = numberField(cells, 'current', problems) ?? base?.current ?? start;
      const directionText = cells.direction?.toLowerCase() || base?.direction || (target < start ? 'decrease' : 'increase');
      if (directionText !== 'increase' && directionText !== 'decrease') {
        problems.push({ field: 'direction', message: 'must be increase or decrease' });
        return undefined;
      }
      const unit = cells.unit === undefined ? base?.unit : parseUnit(cells.unit, base?.unit);
      return { kind: 'numeric', direction: directionText, start, target, current, ...(unit ? { unit } : {}) };
    }
    case 'binary': {
      const text = (cells.current ?? (stored?.kind === 'binary' && stored.done ? 'true' : '')).toLowerCase();
      if (TRUE_WORDS.includes(text)) return { kind: 'binary', done: true };
      if (FALSE_WORDS.includes(text)) return { kind: 'binary', done: false };
      problems.push({ field: 'current', message: 'must be true or false for a binary key result' });
      return undefined;
    }
    case 'guardrail':
    case 'guardrail-range': {
      if (stored?.kind !== kind) {
        problems.push({ field: 'metric_kind', message: `a ${kind} key result is created through JSON import; CSV updates its current value` });
        return undefined;
      }
      const current = numberField(cells, 'current', problems);
      return current === undefined ? stored : { ...stored, current };
    }
    case 'milestones':
      if (stored?.kind === 'milestones') return stored;
      problems.push({ field: 'metric_kind', message: 'a milestones key result is created through JSON import (its milestones do not fit one cell)' });
      return undefined;
    default:
      problems.push({ field: 'metric_kind', message: 'must be numeric, binary, milestones, guardrail or guardrail-range' });
      return undefined;
  }
}

/** Builds the key result a row describes over the stored one (or a new one with `id`). */
export function keyResultFromCells(cells: Cells, id: string, objectiveId: string, stored: KeyResult | undefined, problems: CellProblem[]): KeyResult | undefined {
  const metric = metricFromCells(cells, stored?.metric, problems);
  const title = cells.key_result_title || stored?.title || '';
  if (title === '') problems.push({ field: 'key_result_title', message: 'is needed for a new key result' });
  if (!metric) return undefined;
  const record: KeyResult = { ...stored, id, objectiveId, title, metric } as KeyResult;
  assign(record, 'weight', cells, 'key_result_weight', numberField(cells, 'key_result_weight', problems));
  assign(record, 'ownerId', cells, 'key_result_owner_id', cells.key_result_owner_id);
  return record;
}

/** Field of the CSV that a validation path of an objective or a key result names. */
export function fieldOfPath(record: 'objective' | 'keyResult', path: string): CsvField | undefined {
  const top = path.split(/[.[]/)[0];
  if (record === 'objective') {
    const fields: Record<string, CsvField> = {
      id: 'objective_id', title: 'objective_title', description: 'objective_description', periodId: 'period_id', ownerId: 'owner_id',
      teamId: 'team_id', parentId: 'parent_id', priority: 'priority', kind: 'kind', state: 'state', weight: 'objective_weight',
    };
    return top === undefined ? undefined : fields[top];
  }
  if (path.startsWith('metric.')) {
    const metricField = path.slice('metric.'.length).split(/[.[]/)[0];
    const fields: Record<string, CsvField> = {
      start: 'start', target: 'target', current: 'current', direction: 'direction', unit: 'unit', kind: 'metric_kind', done: 'current', threshold: 'target',
    };
    return metricField === undefined ? 'metric_kind' : (fields[metricField] ?? 'metric_kind');
  }
  const fields: Record<string, CsvField> = { id: 'key_result_id', title: 'key_result_title', weight: 'key_result_weight', ownerId: 'key_result_owner_id', objectiveId: 'objective_id', metric: 'metric_kind' };
  return top === undefined ? undefined : fields[top];
}
