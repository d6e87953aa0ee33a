import Papa from 'papaparse';
import type { KeyResult, Metric, Objective, OkrSet } from '../model/model.types';
import { CSV_COLUMNS, type CsvField } from './csv-columns';
import { neutraliseFormula } from './csv-cells';
import { formatUnit } from './csv-records';

/** One column of {@link rowsToCsv}: its header and how to read a row's cell. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Numbers are written plainly with a point (spreadsheets in every locale read that from CSV); never NaN.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return neutraliseFormula(value);
}

/**
 * Writes any view's rows as CSV (RFC 4180: CRLF line ends, quotes where a cell holds a
 * delimiter, a quote or a line break) with papaparse. Text cells that a spreadsheet would run
 * as a formula (`=`, `+`, `-`, `@`, tab, CR first) get a leading `'`; numbers are written as
 * numbers. Starts with a UTF-8 byte-order mark when `bom` is set, so Excel reads accents right.
 * @example rowsToCsv([{ header: 'Objective', value: (o) => o.title }, { header: 'Score', value: (o) => o.score }], rows)
 * // 'Objective,Score\r\nGrow,0.7\r\n'
 */
export function rowsToCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[], options: { bom?: boolean } = {}): string {
  const data = rows.map((row) => columns.map((column) => cell(column.value(row))));
  const text = Papa.unparse({ fields: columns.map((column) => neutraliseFormula(column.header)), data }, { newline: '\r\n', quotes: false });
  return `${options.bom ? '\uFEFF' : ''}${text}\r\n`;
}

function metricCells(metric: Metric): Partial<Record<CsvField, string | number>> {
  switch (metric.kind) {
    case 'numeric':
      return { metric_kind: 'numeric', direction: metric.direction, start: metric.start, target: metric.target, current: metric.current, unit: formatUnit(metric.unit) };
    case 'binary':
      return { metric_kind: 'binary', current: metric.done ? 'true' : 'false' };
    case 'milestones':
      // For reading only: how many are done; the milestones themselves travel in JSON.
      return { metric_kind: 'milestones', current: metric.milestones.filter((milestone) => milestone.done).length, target: metric.milestones.length };
    case 'guardrail':
      return { metric_kind: 'guardrail', current: metric.current, unit: formatUnit(metric.unit) };
    case 'guardrail-range':
      return { metric_kind: 'guardrail-range', current: metric.current, unit: formatUnit(metric.unit) };
    default:
      return metric satisfies never;
  }
}

function objectiveCells(objective: Objective): Partial<Record<CsvField, string | number>> {
  return {
    objective_id: objective.id, objective_title: objective.title, objective_description: objective.description, period_id: objective.periodId,
    owner_id: objective.ownerId, team_id: objective.teamId, parent_id: objective.parentId, priority: objective.priority, kind: objective.kind,
    state: objective.state, objective_weight: objective.weight,
  };
}

function keyResultCells(keyResult: KeyResult): Partial<Record<CsvField, string | number>> {
  return {
    key_result_id: keyResult.id, key_result_title: keyResult.title, ...metricCells(keyResult.metric),
    key_result_weight: keyResult.weight, key_result_owner_id: keyResult.ownerId,
  };
}

/**
 * The objectives and key results of a set as CSV in the documented layout ({@link CSV_COLUMNS}):
 * one row per key result in position order, the objective's columns repeated, an objective
 * without key results on a row of its own. Importing it back changes nothing.
 * @example exportOkrSetCsv(store.getSnapshot().okrSet, { bom: true })
 */
export function exportOkrSetCsv(okrSet: Pick<OkrSet, 'objectives' | 'keyResults'>, options: { bom?: boolean } = {}): string {
  const byObjective = new Map<string, KeyResult[]>();
  for (const keyResult of okrSet.keyResults) {
    const list = byObjective.get(keyResult.objectiveId);
    if (list) list.push(keyResult);
    else byObjective.set(keyResult.objectiveId, [keyResult]);
  }
  const rows: Partial<Record<CsvField, string | number>>[] = [];
  for (const objective of okrSet.objectives) {
    const keyResults = [...(byObjective.get(objective.id) ?? [])].sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity));
    if (keyResults.length === 0) rows.push(objectiveCells(objective));
    for (const keyResult of keyResults) rows.push({ ...objectiveCells(objective), ...keyResultCells(keyResult) });
  }
  return rowsToCsv(CSV_COLUMNS.map((field) => ({ header: field, value: (row: (typeof rows)[number]) => row[field] })), rows, options);
}
