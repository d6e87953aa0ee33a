import type { CheckIn, KeyResult, Objective, OkrSet, Period } from '../model/model.types';
import type { ValidationError, ValidationResult } from '../validation/index';
import { validateCheckIn, validateKeyResult, validateObjective, validateOkrSet, validatePeriod } from '../validation/index';
import type { AnyRecord, OkrRecordKind, RecordOfKind, StoredRecord } from './adapter.types';
import type { LoadIssue } from './store.types';

/** The store's normalised tables: one map per record kind, in insertion order. */
export interface RecordTables {
  period: Map<string, Period>;
  objective: Map<string, Objective>;
  keyResult: Map<string, KeyResult>;
  checkIn: Map<string, CheckIn>;
}

export const COLLECTION_OF: Record<OkrRecordKind, keyof OkrSet> = {
  period: 'periods',
  objective: 'objectives',
  keyResult: 'keyResults',
  checkIn: 'checkIns',
};

const KIND_OF: Record<keyof OkrSet, OkrRecordKind> = {
  periods: 'period',
  objectives: 'objective',
  keyResults: 'keyResult',
  checkIns: 'checkIn',
};

const VALIDATORS: { [K in OkrRecordKind]: (input: unknown) => ValidationResult<RecordOfKind[K]> } = {
  period: validatePeriod,
  objective: validateObjective,
  keyResult: validateKeyResult,
  checkIn: validateCheckIn,
};

/** Validates one record of a kind (shape only; references are checked by the caller). */
export function validateRecord<K extends OkrRecordKind>(kind: K, input: unknown): ValidationResult<RecordOfKind[K]> {
  return (VALIDATORS[kind] as (input: unknown) => ValidationResult<RecordOfKind[K]>)(input);
}

export function emptyTables(): RecordTables {
  return { period: new Map(), objective: new Map(), keyResult: new Map(), checkIn: new Map() };
}

export function versionKey(kind: OkrRecordKind, id: string): string {
  return `${kind}:${id}`;
}

export function tablesToOkrSet(tables: RecordTables): OkrSet {
  return {
    periods: [...tables.period.values()],
    objectives: [...tables.objective.values()],
    keyResults: [...tables.keyResult.values()],
    checkIns: [...tables.checkIn.values()],
  };
}

function recordPath(kind: OkrRecordKind, id: string | null, innerPath: string): string {
  const head = `${COLLECTION_OF[kind]}[${id === null ? '?' : JSON.stringify(id)}]`;
  if (!innerPath) return head;
  return innerPath.startsWith('[') ? `${head}${innerPath}` : `${head}.${innerPath}`;
}

function idOf(record: unknown): string | null {
  const id = record && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
}

const RECORD_KINDS = new Set<string>(['period', 'objective', 'keyResult', 'checkIn']);

/**
 * Reads what an adapter loaded: validates every record, leaves out the invalid ones and
 * those whose references dangle (a KR whose objective was left out, say), and reports each
 * with a path such as `keyResults["kr-mau"].metric.target`. The rest loads.
 */
export function readStoredRecords(stored: readonly StoredRecord[]): {
  tables: RecordTables;
  versions: Map<string, number>;
  issues: LoadIssue[];
} {
  const tables = emptyTables();
  const versions = new Map<string, number>();
  const issues: LoadIssue[] = [];
  for (const entry of stored) {
    const kind = entry?.kind;
    const id = idOf(entry?.record);
    // Weekly reports share the storage; the weekly-report store reads them, not this one.
    if (kind === 'weeklyReport') continue;
    if (typeof kind !== 'string' || !RECORD_KINDS.has(kind)) {
      issues.push({ kind: 'unknown', id, path: 'kind', message: `is not a record kind: ${String(kind)}` });
      continue;
    }
    const recordKind = kind as OkrRecordKind;
    const result = validateRecord(recordKind, entry.record);
    if (!result.ok) {
      for (const error of result.errors) issues.push({ kind: recordKind, id, path: recordPath(recordKind, id, error.path), message: error.message });
      continue;
    }
    if (!Number.isSafeInteger(entry.version) || entry.version < 1) {
      issues.push({ kind: recordKind, id, path: recordPath(recordKind, id, 'version'), message: 'storage gave no valid version' });
      continue;
    }
    (tables[recordKind] as Map<string, AnyRecord>).set(result.value.id, result.value);
    versions.set(versionKey(recordKind, result.value.id), entry.version);
  }
  // Cross-record rules: drop what they name and check again, as dropping one record can
  // leave another dangling (an objective's KRs). Bounded: each round removes at least one.
  for (let round = 0; round < 8; round++) {
    const okrSet = tablesToOkrSet(tables);
    const result = validateOkrSet(okrSet);
    if (result.ok) break;
    for (const error of result.errors) dropNamedRecord(error, okrSet, tables, versions, issues);
  }
  return { tables, versions, issues };
}

function dropNamedRecord(
  error: ValidationError,
  okrSet: OkrSet,
  tables: RecordTables,
  versions: Map<string, number>,
  issues: LoadIssue[],
): void {
  const match = /^(\w+)\[(\d+)\](.*)$/.exec(error.path);
  const collection = match?.[1] as keyof OkrSet | undefined;
  if (!match || !collection || !(collection in KIND_OF)) {
    issues.push({ kind: 'unknown', id: null, path: error.path, message: error.message });
    return;
  }
  const kind = KIND_OF[collection];
  const record = okrSet[collection][Number(match[2])];
  if (!record) return;
  const inner = (match[3] ?? '').replace(/^\./, '');
  issues.push({ kind, id: record.id, path: recordPath(kind, record.id, inner), message: error.message });
  tables[kind].delete(record.id);
  versions.delete(versionKey(kind, record.id));
}
