import type { KeyResult, Objective, OkrSet } from '../model/model.types';
import { ValidationFailedError } from '../store/errors';
import { validateKeyResult, validateObjective } from '../validation/validate';
import { crossRecordErrors } from '../validation/references';
import type { ValidationError } from '../validation/validation.types';
import { CSV_COLUMNS, suggestColumnMapping, type CsvField } from './csv-columns';
import { encodingProblem } from './csv-cells';
import { CSV_IMPORT_LIMITS } from './csv-limits';
import type { CsvImportError, CsvImportOptions, CsvImportPreview, CsvPlannedRecord, CsvPreviewRow } from './csv-import.types';
import { fieldOfPath, keyResultFromCells, objectiveFromCells, type CellProblem, type Cells } from './csv-records';
import { readCsvTable } from './csv-table';

const EMPTY_SET: OkrSet = { periods: [], objectives: [], keyResults: [], checkIns: [] };

/** A deterministic id from a title, so that importing the same id-less file twice finds the same records. */
function slug(text: string): string {
  const base = text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return base || 'item';
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`;
  taken.add(id);
  return id;
}

/** The core's validation errors at their fields, one message per field (a cell already reported keeps its first message). */
function addValidationErrors(problems: CellProblem[], record: 'objective' | 'keyResult', errors: readonly ValidationError[]): void {
  for (const error of errors) {
    const field = fieldOfPath(record, error.path);
    if (field !== undefined && problems.some((problem) => problem.field === field)) continue;
    problems.push({ ...(field ? { field } : {}), path: error.path, message: error.message });
  }
}

/** Keys sorted, so that records equal in content compare equal whatever the order of their properties. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

/**
 * The dry run of a CSV import of objectives and key results (layout: {@link CSV_COLUMNS}, one
 * row per key result). Reads the file, maps its headers, builds every record over what is
 * stored, validates each with the core's rules and the references across records, and says
 * what would be created, updated or left unchanged. Nothing is written; every problem comes
 * back at its row and column (`{ row: 4, column: 'Target', path: 'metric.target', message }`).
 *
 * Matching: a row's `objective_id` (or, without one, an objective with the same title in
 * the same period) updates the stored objective; `key_result_id` (or the same title under the
 * objective) updates the stored key result. Re-importing an export therefore changes nothing.
 * @example
 * const preview = previewCsvImport(text, { existing: store.getSnapshot().okrSet });
 * if (preview.errors.length === 0) await store.restore(csvImportBatch(preview));
 */
export function previewCsvImport(text: string, options: CsvImportOptions = {}): CsvImportPreview {
  const existing = options.existing ?? EMPTY_SET;
  const table = readCsvTable(text);
  const mapping = options.mapping ?? suggestColumnMapping(table.headers);
  const errors: CsvImportError[] = [...table.errors];
  const headerIndex = new Map<string, number>();
  table.headers.forEach((header, index) => {
    if (!headerIndex.has(header)) headerIndex.set(header, index);
  });
  const fieldIndexes: [CsvField, number][] = [];
  for (const field of CSV_COLUMNS) {
    const header = mapping[field];
    if (header === undefined || header === '') continue;
    const index = headerIndex.get(header);
    if (index === undefined) errors.push({ row: 0, column: header, field, message: `The column "${header}" chosen for ${field} is not in the file.` });
    else fieldIndexes.push([field, index]);
  }
  if (table.headers.length > 0 && mapping.objective_title === undefined && mapping.objective_id === undefined) {
    errors.push({ row: 0, message: 'No column holds the objective: map objective_title (or objective_id) to one of the headers.' });
  }

  const storedObjectives = new Map(existing.objectives.map((objective) => [objective.id, objective]));
  const storedKeyResults = new Map(existing.keyResults.map((keyResult) => [keyResult.id, keyResult]));
  const objectiveByTitle = new Map(existing.objectives.map((objective) => [`${objective.periodId}\u0000${objective.title}`, objective.id]));
  const keyResultByTitle = new Map(existing.keyResults.map((keyResult) => [`${keyResult.objectiveId}\u0000${keyResult.title}`, keyResult.id]));
  const takenIds = new Set([...storedObjectives.keys(), ...storedKeyResults.keys()]);
  const objectives = new Map<string, { record: Objective; rows: number[]; cells: Cells; firstRow: number }>();
  const objectiveIdByKey = new Map<string, string>();
  const keyResults = new Map<string, { record: KeyResult; rows: number[] }>();
  const rows: CsvPreviewRow[] = [];

  for (const { row, cells: raw } of table.rows) {
    const cells: Cells = {};
    const rowErrors: CsvImportError[] = [];
    const problems: CellProblem[] = [];
    for (const [field, index] of fieldIndexes) {
      const value = (raw[index] ?? '').trim();
      cells[field] = value;
      const problem = value.length > CSV_IMPORT_LIMITS.cell ? `is longer than ${CSV_IMPORT_LIMITS.cell} characters` : encodingProblem(value);
      if (problem) problems.push({ field, message: problem });
    }
    const previewRow: CsvPreviewRow = { row, cells, errors: rowErrors };
    rows.push(previewRow);
    const place = (problem: CellProblem) => {
      const error: CsvImportError = { row, message: problem.message };
      if (problem.field) {
        error.field = problem.field;
        const column = mapping[problem.field];
        if (column !== undefined) error.column = column;
      }
      if (problem.path) error.path = problem.path;
      rowErrors.push(error);
    };
    if (problems.length > 0) {
      problems.forEach(place);
      continue;
    }

    // The objective: by id, or by title within its period, or the one an earlier row of this file started.
    const title = cells.objective_title ?? '';
    const key = cells.objective_id || `${cells.period_id ?? ''}\u0000${title}`;
    let objectiveId = objectiveIdByKey.get(key);
    const started = objectiveId === undefined ? undefined : objectives.get(objectiveId);
    if (started) {
      // Repeated objective columns must repeat the first row's values (or be left empty).
      for (const [field, value] of Object.entries(cells) as [CsvField, string][]) {
        if (!field.startsWith('objective') && !['period_id', 'owner_id', 'team_id', 'parent_id', 'priority', 'kind', 'state'].includes(field)) continue;
        if (value !== '' && (started.cells[field] ?? '') !== value) {
          problems.push({ field, message: `differs from row ${started.firstRow}, where this objective is first written ("${(started.cells[field] ?? '').slice(0, 40)}")` });
        }
      }
      started.rows.push(row);
    } else {
      if (!cells.objective_id && title === '') {
        place({ field: 'objective_title', message: 'is empty: each row needs its objective (a title, or the id of a stored objective)' });
        continue;
      }
      objectiveId = cells.objective_id || objectiveByTitle.get(key) || uniqueId(`o-${slug(title)}`, takenIds);
      takenIds.add(objectiveId);
      const record = objectiveFromCells(cells, objectiveId, storedObjectives.get(objectiveId), problems);
      const result = validateObjective(record);
      if (!result.ok) addValidationErrors(problems, 'objective', result.errors);
      if (problems.length === 0) {
        objectives.set(objectiveId, { record, rows: [row], cells, firstRow: row });
        objectiveIdByKey.set(key, objectiveId);
      }
    }
    previewRow.objectiveId = objectiveId;

    // The key result, when the row has one.
    const hasKeyResult = ['key_result_id', 'key_result_title', 'target', 'current', 'start'].some((field) => (cells[field as CsvField] ?? '') !== '');
    if (hasKeyResult && objectiveId !== undefined && problems.length === 0) {
      const keyResultTitle = cells.key_result_title ?? '';
      const keyResultId = cells.key_result_id || keyResultByTitle.get(`${objectiveId}\u0000${keyResultTitle}`) || uniqueId(`${objectiveId}-kr-${slug(keyResultTitle)}`, takenIds);
      const earlier = keyResults.get(keyResultId);
      if (earlier) {
        problems.push({ field: cells.key_result_id ? 'key_result_id' : 'key_result_title', message: `names the same key result as row ${earlier.rows[0]}` });
      } else {
        const record = keyResultFromCells(cells, keyResultId, objectiveId, storedKeyResults.get(keyResultId), problems);
        const result = record ? validateKeyResult(record) : undefined;
        if (result && !result.ok) addValidationErrors(problems, 'keyResult', result.errors);
        if (record && problems.length === 0) keyResults.set(keyResultId, { record, rows: [row] });
        previewRow.keyResultId = keyResultId;
      }
    }
    problems.forEach(place);
  }

  // References across records (period, parent, loops), checked on what storage would hold after the import.
  const plannedObjectives = [...objectives.values()];
  const plannedKeyResults = [...keyResults.values()];
  // Run even when some rows failed, over the records that were read, so a file shows all its problems at once.
  if (errors.length === 0) {
    const merged: OkrSet = {
      periods: existing.periods,
      objectives: [...existing.objectives.filter((objective) => !objectives.has(objective.id)), ...plannedObjectives.map((planned) => planned.record)],
      keyResults: [...existing.keyResults.filter((keyResult) => !keyResults.has(keyResult.id)), ...plannedKeyResults.map((planned) => planned.record)],
      checkIns: [],
    };
    const offsetObjectives = merged.objectives.length - plannedObjectives.length;
    const offsetKeyResults = merged.keyResults.length - plannedKeyResults.length;
    for (const error of crossRecordErrors(merged)) {
      const match = /^(objectives|keyResults)\[(\d+)\]\.?(.*)$/.exec(error.path);
      if (!match) continue;
      const isObjective = match[1] === 'objectives';
      const planned = isObjective ? plannedObjectives[Number(match[2]) - offsetObjectives] : plannedKeyResults[Number(match[2]) - offsetKeyResults];
      if (!planned) continue;
      const row = rows.find((candidate) => candidate.row === planned.rows[0])!;
      const field = fieldOfPath(isObjective ? 'objective' : 'keyResult', match[3] ?? '');
      const placed: CsvImportError = { row: row.row, path: match[3] ?? '', message: error.message };
      if (field) {
        placed.field = field;
        if (mapping[field] !== undefined) placed.column = mapping[field];
      }
      row.errors.push(placed);
    }
  }
  for (const row of rows) errors.push(...row.errors);

  const plan = <T extends { id: string }>(list: { record: T; rows: number[] }[], stored: Map<string, T>): CsvPlannedRecord<T>[] =>
    list.map(({ record, rows: from }) => {
      const before = stored.get(record.id);
      const action = before === undefined ? 'create' : canonical(before) === canonical(record) ? 'unchanged' : 'update';
      return { action, record, rows: from };
    });
  const objectivePlan = plan(plannedObjectives, storedObjectives);
  const keyResultPlan = plan(plannedKeyResults, storedKeyResults);
  const count = (action: string) => [...objectivePlan, ...keyResultPlan].filter((planned) => planned.action === action).length;
  return {
    headers: table.headers,
    mapping,
    rows,
    errors,
    objectives: objectivePlan,
    keyResults: keyResultPlan,
    summary: { rows: rows.length, create: count('create'), update: count('update'), unchanged: count('unchanged'), errors: errors.length },
  };
}

/**
 * The one batch an error-free preview writes: the objectives and key results it creates or
 * updates (unchanged ones are left out), for `store.restore(batch)`, which applies them in a
 * single atomic write. Throws a `ValidationFailedError` (paths `rows[4].Target`) while the
 * preview has errors, so a half-valid file is never half imported.
 * @example await store.restore(csvImportBatch(previewCsvImport(text, { existing: store.getSnapshot().okrSet })))
 */
export function csvImportBatch(preview: CsvImportPreview): { objectives: Objective[]; keyResults: KeyResult[] } {
  if (preview.errors.length > 0) {
    throw new ValidationFailedError(preview.errors.map((error) => ({ path: `rows[${error.row}]${error.column === undefined ? '' : `.${error.column}`}`, message: error.message })));
  }
  return {
    objectives: preview.objectives.filter((planned) => planned.action !== 'unchanged').map((planned) => planned.record),
    keyResults: preview.keyResults.filter((planned) => planned.action !== 'unchanged').map((planned) => planned.record),
  };
}
