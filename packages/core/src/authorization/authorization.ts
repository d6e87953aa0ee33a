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

function stringField(record: unknown, name: string): string | undefined {
  const value = record !== null && typeof record === 'object' ? (record as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/**
 * The objective a record belongs to: itself, its key result's, or its check-in's key result's;
 * null for periods and weekly reports, or when a link cannot be followed.
 * @example objectiveOfRecord('checkIn', checkIn, (kind, id) => records.get(`${kind}:${id}`)) // the objective of the KR checked in on
 */
export function objectiveOfRecord(kind: RecordKind, record: unknown, find: RecordFinder): Objective | null {
  switch (kind) {
    case 'period':
    case 'weeklyReport':
      return null;
    case 'objective':
      return record !== null && typeof record === 'object' ? (record as Objective) : null;
    case 'keyResult': {
      const id = stringField(record, 'objectiveId');
      return ((id === undefined ? undefined : find('objective', id)) as Objective | undefined) ?? null;
    }
    case 'checkIn': {
      const id = stringField(record, 'keyResultId');
      const keyResult = id === undefined ? undefined : find('keyResult', id);
      return keyResult ? objectiveOfRecord('keyResult', keyResult, find) : null;
    }
    default:
      return kind satisfies never;
  }
}

/**
 * The target a policy is asked about, with `objective` resolved the way the REST handler does
 * for key results and check-ins.
 * @example can('update', authorizationTarget('keyResult', keyResult, find)) // decided by keyResult's objective
 */
export function authorizationTarget(kind: RecordKind, record: AnyRecord, find: RecordFinder): AuthorizationTarget {
  return kind === 'keyResult' || kind === 'checkIn' ? { kind, record, objective: objectiveOfRecord(kind, record, find) } : { kind, record };
}
