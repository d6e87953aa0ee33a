import {
  ForbiddenError,
  assertExpectedVersion,
  isCycleRecordKind,
  resolveCycleOfRecord,
  resolveObjectiveOfRecord,
  type AnyRecord,
  type AuthorizationTarget,
  type OkrAction,
  type Change,
  type Proposal,
  type RecordCondition,
  type RecordKind,
  type StoredRecord,
} from '@okrkit/core';
import { isObject } from './wire';

// The action and target words are the core's, so a host shares one policy with the widgets' `can`.
export type { AuthorizationTarget, OkrAction } from '@okrkit/core';

/** The host's policy. Reads may be asked with a `null` identity (anonymous); writes never are. */
export type Authorize<Identity> = (
  identity: Identity | null,
  action: OkrAction,
  target: AuthorizationTarget,
) => boolean | Promise<boolean>;

/** Finds a record by kind and id, as the handler currently knows it. */
export type RecordLookup = (kind: RecordKind, id: string) => Promise<AnyRecord | undefined> | AnyRecord | undefined;

const key = (kind: RecordKind, id: string) => `${kind}:${id}`;

function field(record: unknown, name: string): string | undefined {
  const value = isObject(record) ? record[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Decides whether `identity` may read a record. Periods and objectives are asked of the
 * policy directly; a key result or check-in is readable exactly when its objective is
 * (the policy is asked about that objective, once per objective thanks to `memo`). One
 * whose objective cannot be found is asked about itself with `objective: null`.
 */
export function createReadCheck<Identity>(
  identity: Identity | null,
  authorize: Authorize<Identity>,
  lookup: RecordLookup,
): (kind: RecordKind, record: unknown) => Promise<boolean> {
  const memo = new Map<string, Promise<boolean>>();
  const ask = (target: AuthorizationTarget) => Promise.resolve(authorize(identity, 'read', target)).then((allowed) => allowed === true);
  return async (kind, record) => {
    if (kind === 'period' || kind === 'objective' || kind === 'weeklyReport') return ask({ kind, record: record as AnyRecord });
    // The cycle's records are asked about themselves, with their cycle (and objective) resolved.
    if (CYCLE_KINDS.has(kind)) return ask(await cycleTarget(kind, record as AnyRecord, lookup));
    const objective = await resolveObjectiveOfRecord(kind, record, lookup);
    if (!objective) return ask({ kind, record: record as AnyRecord, objective: null });
    const id = key('objective', String(objective.id));
    if (!memo.has(id)) memo.set(id, ask({ kind: 'objective', record: objective }));
    return memo.get(id)!;
  };
}

const CYCLE_KINDS: ReadonlySet<RecordKind> = new Set<RecordKind>(['planningCycle', 'proposal', 'proposalComment', 'vote', 'closeOut']);

/**
 * The target of a planning-cycle record: `cycle` for a cycle, proposal, comment or vote (the
 * cycle it belongs to, `null` when missing), `objective` for a proposal, comment or
 * close-out (the objective proposed or closed, `null` when missing), and `proposal` for a
 * comment (the proposal it discusses, `null` when missing).
 */
async function cycleTarget(kind: RecordKind, record: AnyRecord, lookup: RecordLookup): Promise<AuthorizationTarget> {
  const target: AuthorizationTarget = { kind, record };
  if (isCycleRecordKind(kind)) target.cycle = await resolveCycleOfRecord(kind, record, lookup);
  if (kind === 'proposal' || kind === 'proposalComment' || kind === 'closeOut') target.objective = await resolveObjectiveOfRecord(kind, record, lookup);
  if (kind === 'proposalComment') {
    const proposalId = field(record, 'proposalId');
    target.proposal = proposalId === undefined ? null : (((await lookup('proposal', proposalId)) as Proposal | undefined) ?? null);
  }
  return target;
}

/** A lookup over loaded records. */
export function lookupIn(records: readonly StoredRecord[]): RecordLookup {
  const byKey = new Map<string, AnyRecord>();
  for (const stored of records) {
    const id = field(stored.record, 'id');
    if (id !== undefined) byKey.set(key(stored.kind, id), stored.record as AnyRecord);
  }
  return (kind, id) => byKey.get(key(kind, id));
}

/** What {@link authorizeChanges} decided on. */
export interface AuthorizedBatch {
  /** The stored records that deletes remove (to filter their change events). */
  removed: Map<string, AnyRecord>;
  /**
   * The version of every stored record the decision read but the batch does not change
   * (`null`: it was looked for and did not exist): the key results and objectives owners
   * were resolved through. Passed to `apply` as `conditions`, the write commits only if none
   * of them moved between the authorisation and the write; the changed records themselves
   * are checked by their `expectedVersion`, which authorisation matched against storage.
   */
  conditions: RecordCondition[];
}

/**
 * Checks every change of a batch against the policy, in order, over the stored records as
 * the batch would leave them (so a key result created under an objective made earlier in
 * the same batch resolves). A put of an existing record needs `update` on the record as
 * stored *and* as written, so nobody can take over another team's objective or move their
 * own into a team they may not write to; a new record needs `create`; a delete needs
 * `delete` on the stored record. Also checks each first `expectedVersion` against the
 * loaded state, so the records authorised are exactly those the write replaces.
 * @example const { removed, conditions } = await authorizeChanges(identity, authorize, changes, stored);
 * @throws ForbiddenError naming the change, ConflictError / NotFoundError from the version check.
 */
export async function authorizeChanges<Identity>(
  identity: Identity,
  authorize: Authorize<Identity>,
  changes: readonly Change[],
  stored: readonly StoredRecord[],
): Promise<AuthorizedBatch> {
  const loaded = new Map<string, StoredRecord>();
  for (const record of stored) {
    const id = field(record.record, 'id');
    if (id !== undefined) loaded.set(key(record.kind, id), record);
  }
  const staged = new Map<string, AnyRecord | null>();
  // Every stored record (or absence) a decision rests on, by key.
  const used = new Map<string, RecordCondition>();
  const use = (kind: RecordKind, id: string) => {
    if (!used.has(key(kind, id))) used.set(key(kind, id), { kind, id, version: loaded.get(key(kind, id))?.version ?? null });
    return loaded.get(key(kind, id))?.record as AnyRecord | undefined;
  };
  const current = (kind: RecordKind, id: string) => (staged.has(key(kind, id)) ? (staged.get(key(kind, id)) ?? undefined) : use(kind, id));
  // Owners resolve through deletes made earlier in the batch, so "delete the objective, then its key results" works.
  const owner = (kind: RecordKind, id: string) => staged.get(key(kind, id)) ?? use(kind, id);
  const removed = new Map<string, AnyRecord>();
  for (const [index, change] of changes.entries()) {
    const id = change.op === 'put' ? change.record.id : change.id;
    const label = `changes[${index}]: you may not`;
    const existing = current(change.kind, id);
    const check = async (action: OkrAction, record: AnyRecord, message: string) => {
      let target: AuthorizationTarget;
      if (CYCLE_KINDS.has(change.kind)) target = await cycleTarget(change.kind, record, owner);
      else {
        const objective = change.kind === 'period' || change.kind === 'weeklyReport' ? undefined : await resolveObjectiveOfRecord(change.kind, record, owner);
        target = objective === undefined ? { kind: change.kind, record } : { kind: change.kind, record, objective };
      }
      if ((await authorize(identity, action, target)) !== true) throw new ForbiddenError(message);
    };
    if (existing) {
      const action = change.op === 'put' ? 'update' : 'delete';
      await check(action, existing, `${label} ${action} ${change.kind} "${id}"`);
    }
    if (!staged.has(key(change.kind, id))) assertExpectedVersion(change, loaded.get(key(change.kind, id)));
    if (change.op === 'put') {
      await check(
        existing ? 'update' : 'create',
        change.record,
        existing
          ? `${label} save ${change.kind} "${id}" with these values: it would belong where you may not write`
          : `${label} create ${change.kind} "${id}" there`,
      );
      staged.set(key(change.kind, id), change.record);
    } else {
      staged.set(key(change.kind, id), null);
      if (existing) removed.set(key(change.kind, id), existing);
    }
  }
  // A record the batch changes is already checked by its own expectedVersion inside the
  // write (authorisation read it at exactly that version): a condition on it would only add
  // a lock that writers of one busy record then contend for.
  const changed = new Set(changes.map((change) => key(change.kind, change.op === 'put' ? change.record.id : change.id)));
  return { removed, conditions: [...used].filter(([name]) => !changed.has(name)).map(([, condition]) => condition) };
}

export { key as recordKey };
