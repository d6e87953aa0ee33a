'use client';
import { authorizationTarget, okrIndex, type AnyRecord, type AuthorizationTarget, type OkrAction, type OkrStoreSnapshot, type RecordKind } from '@okrkit/core';
import { useCallback } from 'react';
import { useOkrSelector } from './hooks';
import { useOkrContext } from './okr-provider';

/** What {@link useCan} answers: whether the action is allowed and, when not, why in words. */
export interface Permission {
  allowed: boolean;
  /** The sentence to show on focus or hover of the disabled control (`labels.notAllowed`); undefined when allowed. */
  reason: string | undefined;
}

const ALLOWED: Permission = Object.freeze({ allowed: true, reason: undefined });

/** Finds records of the snapshot by kind and id, for the objective of a key result or check-in. */
function finderOf(snapshot: OkrStoreSnapshot): (kind: RecordKind, id: string) => AnyRecord | undefined {
  const index = okrIndex(snapshot.okrSet);
  return (kind, id) => (kind === 'objective' ? index.objectivesById.get(id) : kind === 'keyResult' ? index.keyResultsById.get(id) : undefined);
}

/**
 * Asks the provider's `can` policy whether the signed-in person may do `action` on `target`,
 * resolving the objective of a key result or check-in from the store as the REST handler does.
 * Without a policy everything is allowed; a `null` target (not loaded yet) is not.
 * Re-renders only when the answer changes.
 * @example
 * const { allowed, reason } = useCan('update', { kind: 'objective', record: objective });
 * <button aria-disabled={!allowed} title={reason}>Edit</button>
 */
export function useCan(action: OkrAction, target: AuthorizationTarget | null): Permission {
  const { can, labels } = useOkrContext();
  const allowed = useOkrSelector(
    useCallback(
      (snapshot: OkrStoreSnapshot) => {
        if (!can) return true;
        if (!target) return false;
        const resolved = target.objective !== undefined ? target : authorizationTarget(target.kind, target.record, finderOf(snapshot));
        return can(action, resolved) === true;
      },
      [can, action, target],
    ),
  );
  if (allowed) return ALLOWED;
  return { allowed: false, reason: target ? labels.notAllowed(action, target.kind) : undefined };
}

/**
 * The provider's policy as a plain function, for many records at once (a tree's nodes, a
 * list's rows) where a hook per record cannot be called: `ask(action, target)` answers as
 * {@link useCan} does, at the moment it is called. Stable while the policy and words are.
 * @example
 * const ask = usePolicy();
 * const { allowed, reason } = ask('update', { kind: 'objective', record: objective, objective });
 */
export function usePolicy(): (action: OkrAction, target: AuthorizationTarget) => Permission {
  const { can, labels, store } = useOkrContext();
  return useCallback(
    (action: OkrAction, target: AuthorizationTarget): Permission => {
      if (!can) return ALLOWED;
      const resolved = target.objective !== undefined ? target : authorizationTarget(target.kind, target.record, finderOf(store.getSnapshot()));
      return can(action, resolved) === true ? ALLOWED : { allowed: false, reason: labels.notAllowed(action, target.kind) };
    },
    [can, labels, store],
  );
}

/**
 * Whether the signed-in person may edit an objective (its title, its key results' values):
 * `useCan('update', …)` on the objective as stored. Not allowed while it is not loaded.
 * @example const { allowed, reason } = useCanEditObjective('obj-activation');
 */
export function useCanEditObjective(objectiveId: string): Permission {
  const objective = useOkrSelector(useCallback((snapshot: OkrStoreSnapshot) => okrIndex(snapshot.okrSet).objectivesById.get(objectiveId), [objectiveId]));
  return useCan('update', objective ? targetOf('objective', objective) : null);
}

// One target object per record, so the selector of `useCan` stays the same while the record does.
const targets = new WeakMap<object, AuthorizationTarget>();
function targetOf(kind: RecordKind, record: AnyRecord): AuthorizationTarget {
  let target = targets.get(record);
  if (!target || target.kind !== kind) {
    target = { kind, record };
    targets.set(record, target);
  }
  return target;
}
