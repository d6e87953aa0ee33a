import type { CheckIn, KeyResult, Objective, OkrSet, Period } from '../model/model.types';
import type { ValidationResult } from '../validation/index';
import { validateCheckIn, validateKeyResult, validateObjective, validatePeriod } from '../validation/index';
import { isValidCheckIn, isValidKeyResult, isValidObjective, isValidPeriod } from '../validation/record-checks';
import { findParentLoops } from '../validation/references';
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

const VALIDATORS: { [K in OkrRecordKind]: (input: unknown) => ValidationResult<RecordOfKind[K]> } = {
  period: validatePeriod,
  objective: validateObjective,
  keyResult: validateKeyResult,
  checkIn: validateCheckIn,
};

const PREDICATES: { [K in OkrRecordKind]: (input: unknown) => boolean } = {
  period: isValidPeriod,
  objective: isValidObjective,
  keyResult: isValidKeyResult,
  checkIn: isValidCheckIn,
};

/**
 * Validates one record a command is about to write (shape and bounds; references are checked
 * by the caller) with the valibot schemas, whose output is a copy: the caller's objects and
 * arrays (a `contributesTo` it keeps editing) never become the store's.
 */
export function validateRecord<K extends OkrRecordKind>(kind: K, input: unknown): ValidationResult<RecordOfKind[K]> {
  return (VALIDATORS[kind] as (input: unknown) => ValidationResult<RecordOfKind[K]>)(input);
}

/**
 * Validates one record storage handed over (a load, a change event): the hand-written
 * predicate of `record-checks.ts` decides, and the schemas are asked only for the messages
 * of a record it refuses. A valid record is taken as it is, not copied: adapters hand over
 * copies of their own.
 */
export function validateStoredRecord<K extends OkrRecordKind>(kind: K, input: unknown): ValidationResult<RecordOfKind[K]> {
  if (isValidFast(kind, input)) return { ok: true, value: input as RecordOfKind[K] };
  return validateRecord(kind, input);
}

function isValidFast(kind: OkrRecordKind, input: unknown): boolean {
  try {
    return PREDICATES[kind](input);
  } catch {
    // A getter that throws: the schemas say so ("could not be read").
    return false;
  }
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
/** Kinds on the same storage that other stores read (the weekly-report store, the cycle store). */
const SIBLING_KINDS = new Set<string>(['weeklyReport', 'planningCycle', 'proposal', 'proposalComment', 'vote', 'closeOut']);

/** Whether a kind is one of the OKR store's own (period, objective, key result, check-in). */
export function isOkrRecordKind(kind: string): kind is OkrRecordKind {
  return RECORD_KINDS.has(kind);
}

/**
 * Reads what an adapter loaded: validates every record, leaves out only those that fail
 * their own shape (an `error` issue each, with a path such as `keyResults["kr-mau"].metric.target`)
 * and keeps every other. A record whose reference does not resolve — a parent, period,
 * objective or KR that is missing (or was left out), an alignment loop — is kept and
 * reported as a `warning` that names what is missing: the alignment tree shows it as an
 * orphan, `lintOkrSet` as a `dangling-reference`, and the maths judge it without the missing
 * part. Nothing is ever dropped with its dependants. Linear in the number of records.
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
    // Weekly reports and the cycle's records share the storage; their own stores read them, not this one.
    if (typeof kind === 'string' && SIBLING_KINDS.has(kind)) continue;
    if (typeof kind !== 'string' || !RECORD_KINDS.has(kind)) {
      issues.push({ kind: 'unknown', id, path: 'kind', message: `is not a record kind: ${String(kind)}`, severity: 'error' });
      continue;
    }
    const recordKind = kind as OkrRecordKind;
    const record = entry.record as AnyRecord & { id: string };
    // The predicate alone on the hot path; the schemas only for the messages of a refused record.
    const result = isValidFast(recordKind, record) ? null : validateRecord(recordKind, record);
    if (result && !result.ok) {
      for (const error of result.errors) {
        issues.push({ kind: recordKind, id, path: recordPath(recordKind, id, error.path), message: error.message, severity: 'error' });
      }
      continue;
    }
    if (!Number.isSafeInteger(entry.version) || entry.version < 1) {
      issues.push({ kind: recordKind, id, path: recordPath(recordKind, id, 'version'), message: 'storage gave no valid version', severity: 'error' });
      continue;
    }
    (tables[recordKind] as Map<string, AnyRecord>).set(record.id, record);
    versions.set(versionKey(recordKind, record.id), entry.version);
  }
  issues.push(...referenceWarnings(tables));
  return { tables, versions, issues };
}

/** What each kind's records are called in messages (the wording of `validateOkrSet`). */
const NOUN_OF: Record<OkrRecordKind, string> = { period: 'period', objective: 'objective', keyResult: 'key result', checkIn: 'check-in' };

/**
 * The cross-record rules of `validateOkrSet` over loaded tables, as warnings: references
 * that name no record, an objective that contributes to itself, loops in objective
 * alignment and period nesting. The same messages, but paths by id, and lookups in the
 * tables themselves (ids are unique there by construction), so it is one pass with no new
 * sets or copies of the records.
 * @example referenceWarnings(tables) // [{ kind: 'keyResult', id: 'kr-1', path: 'keyResults["kr-1"].objectiveId', message: 'names no objective with id "gone"', severity: 'warning' }]
 */
export function referenceWarnings(tables: RecordTables): LoadIssue[] {
  const warnings: LoadIssue[] = [];
  const warn = (kind: OkrRecordKind, id: string, path: string, message: string) =>
    warnings.push({ kind, id, path: recordPath(kind, id, path), message, severity: 'warning' });
  const expect = (kind: OkrRecordKind, id: string, path: string, target: OkrRecordKind, targetId: string | undefined) => {
    if (targetId !== undefined && !tables[target].has(targetId)) warn(kind, id, path, `names no ${NOUN_OF[target]} with id "${targetId}"`);
  };
  const contributions = (kind: OkrRecordKind, id: string, targets: readonly string[] | undefined) => {
    targets?.forEach((target, position) => {
      if (kind === 'objective' && target === id) warn(kind, id, `contributesTo[${position}]`, 'names the objective itself');
      else expect(kind, id, `contributesTo[${position}]`, 'objective', target);
    });
  };
  for (const period of tables.period.values()) expect('period', period.id, 'parentId', 'period', period.parentId);
  for (const objective of tables.objective.values()) {
    expect('objective', objective.id, 'periodId', 'period', objective.periodId);
    expect('objective', objective.id, 'parentId', 'objective', objective.parentId);
    contributions('objective', objective.id, objective.contributesTo);
  }
  for (const keyResult of tables.keyResult.values()) {
    expect('keyResult', keyResult.id, 'objectiveId', 'objective', keyResult.objectiveId);
    contributions('keyResult', keyResult.id, keyResult.contributesTo);
  }
  for (const checkIn of tables.checkIn.values()) expect('checkIn', checkIn.id, 'keyResultId', 'keyResult', checkIn.keyResultId);
  for (const kind of ['objective', 'period'] as const) {
    const records: readonly (Objective | Period)[] = [...tables[kind].values()];
    for (const loop of findParentLoops(records)) {
      const first = records[loop[0] as number] as Objective | Period;
      const chain = [...loop, loop[0] as number].map((at) => `"${records[at]?.id}"`).join(' → ');
      warn(kind, first.id, 'parentId', `makes a loop: ${chain}`);
    }
  }
  return warnings;
}
