import type { AnyRecord, RecordKind } from '../store/adapter.types';
import type { Objective } from '../model/model.types';

/** What someone wants to do with a record: the same words on the server (`authorize`) and in widgets (`can`). */
export type OkrAction = 'read' | 'create' | 'update' | 'delete';

/**
 * The record an action is about, and, for a key result or a check-in, the objective it
 * belongs to (check-in → key result → objective, see {@link objectiveOfRecord}), so a policy
 * can decide by the objective's team or owner. `objective` is `null` when it cannot be found.
 */
export interface AuthorizationTarget {
  kind: RecordKind;
  record: AnyRecord;
  objective?: Objective | null;
}

/**
 * A policy as widgets ask it: may the signed-in person do `action` on `target`? A host writes
 * its rule once and shares it: `can={(action, target) => authorize(me, action, target)}` on the
 * client, `authorize` on the REST handler.
 */
export type OkrPolicy = (action: OkrAction, target: AuthorizationTarget) => boolean;

/** Finds a record by kind and id (synchronously: over a store snapshot or loaded records). */
export type RecordFinder = (kind: RecordKind, id: string) => AnyRecord | undefined;

/**
 * Finds a record by kind and id, synchronously or not: what the REST handler has, reading
 * its storage as it decides. See {@link resolveObjectiveOfRecord}.
 */
export type AsyncRecordFinder = (kind: RecordKind, id: string) => AnyRecord | undefined | Promise<AnyRecord | undefined>;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function stringField(record: unknown, name: string): string | undefined {
  const value = isPlainObject(record) ? record[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** Where the way from a record to its objective goes next: the objective itself, the record to look up, or nowhere. */
type ObjectiveStep = { objective: Objective } | { next: { kind: 'objective' | 'keyResult'; id: string } } | null;

// The one rule both walks follow: check-in → key result → objective.
function objectiveStep(kind: RecordKind, record: unknown): ObjectiveStep {
  switch (kind) {
    case 'period':
    case 'weeklyReport':
      return null;
    case 'objective':
      return isPlainObject(record) ? { objective: record as unknown as Objective } : null;
    case 'keyResult':
    case 'checkIn': {
      const id = stringField(record, kind === 'keyResult' ? 'objectiveId' : 'keyResultId');
      return id === undefined ? null : { next: { kind: kind === 'keyResult' ? 'objective' : 'keyResult', id } };
    }
    default:
      return kind satisfies never;
  }
}

/**
 * The objective a record belongs to: itself, its key result's, or its check-in's key result's;
 * null for periods and weekly reports, or when a link cannot be followed.
 * @example objectiveOfRecord('checkIn', checkIn, (kind, id) => records.get(`${kind}:${id}`)) // the objective of the KR checked in on
 */
export function objectiveOfRecord(kind: RecordKind, record: unknown, find: RecordFinder): Objective | null {
  let step = objectiveStep(kind, record);
  while (step !== null && 'next' in step) step = objectiveStep(step.next.kind, find(step.next.kind, step.next.id));
  return step?.objective ?? null;
}

/**
 * {@link objectiveOfRecord} with a finder that may answer later (a database read): the same
 * rule, so the REST handler's `authorize` sees the objective the widgets' `can` sees.
 * @example await resolveObjectiveOfRecord('keyResult', keyResult, (kind, id) => storage.get(kind, id)) // its objective, or null
 */
export async function resolveObjectiveOfRecord(kind: RecordKind, record: unknown, find: AsyncRecordFinder): Promise<Objective | null> {
  let step = objectiveStep(kind, record);
  while (step !== null && 'next' in step) step = objectiveStep(step.next.kind, await find(step.next.kind, step.next.id));
  return step?.objective ?? null;
}

/**
 * The target a policy is asked about, with `objective` resolved the way the REST handler does
 * for key results and check-ins.
 * @example can('update', authorizationTarget('keyResult', keyResult, find)) // decided by keyResult's objective
 */
export function authorizationTarget(kind: RecordKind, record: AnyRecord, find: RecordFinder): AuthorizationTarget {
  return kind === 'keyResult' || kind === 'checkIn' ? { kind, record, objective: objectiveOfRecord(kind, record, find) } : { kind, record };
}
