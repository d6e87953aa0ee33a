import Papa from 'papaparse';
import type { KeyResult, Metric, Objective, OkrSet } from '../model/model.types';
import { CSV_COLUMNS } from './csv-columns';
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
  return writeCsv(columns.map((column) => neutraliseFormula(column.header)), data, options);
}

function writeCsv(headers: string[], data: string[][], options: { bom?: boolean }): string {
  const text = Papa.unparse([headers, ...data], { newline: '\r\n', quotes: false });
  return `${options.bom ? '\uFEFF' : ''}${text}\r\n`;
}

type Cell = string | number | undefined;

/** The metric's cells in column order: metric_kind, direction, start, target, current, unit. */
function metricCells(metric: Metric): Cell[] {
  switch (metric.kind) {
    case 'numeric':
      return ['numeric', metric.direction, metric.start, metric.target, metric.current, formatUnit(metric.unit)];
    case 'binary':
      return ['binary', undefined, undefined, undefined, metric.done ? 'true' : 'false', undefined];
    case 'milestones':
      // For reading only: how many are done of how many; the milestones themselves travel in JSON.
      return ['milestones', undefined, undefined, metric.milestones.length, metric.milestones.filter((milestone) => milestone.done).length, undefined];
    case 'guardrail':
      return ['guardrail', undefined, undefined, undefined, metric.current, formatUnit(metric.unit)];
    case 'guardrail-range':
      return ['guardrail-range', undefined, undefined, undefined, metric.current, formatUnit(metric.unit)];
    default:
      return metric satisfies never;
  }
}

/** The objective's cells in column order (objective_id … objective_weight). */
function objectiveCells(objective: Objective): Cell[] {
  return [
    objective.id, objective.title, objective.description, objective.periodId, objective.ownerId, objective.teamId,
    objective.parentId, objective.priority, objective.kind, objective.state, objective.weight,
  ];
}

/** The key result's cells in column order (key_result_id … key_result_owner_id). */
function keyResultCells(keyResult: KeyResult | undefined): Cell[] {
  if (!keyResult) return Array.from({ length: 10 }, () => undefined);
  return [keyResult.id, keyResult.title, ...metricCells(keyResult.metric), keyResult.weight, keyResult.ownerId];
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
  const data: string[][] = [];
  for (const objective of okrSet.objectives) {
    const keyResults = [...(byObjective.get(objective.id) ?? [])].sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity));
    const objectivePart = objectiveCells(objective).map(cell);
    if (keyResults.length === 0) data.push([...objectivePart, ...keyResultCells(undefined).map(cell)]);
    for (const keyResult of keyResults) data.push([...objectivePart, ...keyResultCells(keyResult).map(cell)]);
  }
  return writeCsv([...CSV_COLUMNS], data, options);
}
