import type { ValidationError } from '../validation/index';
import type { Change, RecordKey, RecordKind, StoredRecord } from './adapter.types';
import { ValidationFailedError } from './errors';
import { isReferencedKind, referencesOf, storedId } from './record-references';

/**
 * Referential integrity of a batch, written once for every adapter. The rule is a generator
 * that *yields the reads it needs* (records by key, records that refer to some keys) and
 * gets their answers back, so the same logic runs synchronously over a `Map`
 * ({@link checkIntegritySync}, used by `applyToRecordMap`) and asynchronously inside a
 * database transaction ({@link checkIntegrity}, used by the PostgreSQL adapter).
 */

/** A read the rule needs. Readers answer from the state *before* the batch; the rule overlays the batch itself. */
export type IntegrityRead =
  /** The live records (no tombstones) with these keys; missing ones are simply absent. */
  | { read: 'records'; keys: RecordKey[] }
  /**
   * Live records that refer to any of `targets` (see `referencesOf`), leaving out the
   * `exclude` keys (the batch decides their state), at most `limit` of them, with `total`
   * saying how many there are in all.
   */
  | { read: 'dependants'; targets: RecordKey[]; exclude: RecordKey[]; limit: number };

/** The answer to an {@link IntegrityRead}. `total` is only asked of `dependants` reads. */
export interface IntegrityAnswer {
  records: StoredRecord[];
  total?: number;
}

/** The rule as a generator of reads, ending with the errors (empty when the batch keeps every reference whole). */
export type IntegrityRun = Generator<IntegrityRead, ValidationError[], IntegrityAnswer>;

/** How many dependants one refusal lists before it says "and N more". */
const LISTED_DEPENDANTS = 10;
/** How many errors one refusal carries at most. */
const MAX_ERRORS = 50;
/** A parent chain longer than this is treated as the end of the walk (no real alignment is this deep). */
const MAX_DEPTH = 10_000;

const keyOf = (kind: RecordKind, id: string) => `${kind}:${id}`;
const nouns: Record<RecordKind, string> = {
  period: 'period',
  objective: 'objective',
  keyResult: 'key result',
  checkIn: 'check-in',
  weeklyReport: 'weekly report',
  planningCycle: 'planning cycle',
  proposal: 'proposal',
  proposalComment: 'comment',
  vote: 'vote',
  closeOut: 'close-out',
};
const named = (kind: RecordKind, id: string) => `${nouns[kind]} "${id}"`;

interface FinalState {
  kind: RecordKind;
  id: string;
  /** The index of the last change of this key in the batch. */
  index: number;
  /** The record after the batch, or null when the batch deletes it. */
  record: unknown;
  deleted: boolean;
}

/**
 * The integrity rule as a generator (drive it with {@link checkIntegritySync} or
 * {@link checkIntegrity}). After the batch, every record it puts must refer only to records
 * that exist (objective → period, parent and contributed-to objectives; key result →
 * objective and contributed-to objectives; check-in → key result; period → parent period),
 * never to itself, and no chain of `parentId`s may loop. A record the batch deletes must not
 * be referred to by any record left after the batch (the batch may delete or re-point those
 * too). Weekly reports' references are history and are not checked.
 * @example
 * const errors = checkIntegritySync(changes, mapReader(records));
 * if (errors.length > 0) throw new ValidationFailedError(errors);
 */
export function* integrityChecks(changes: readonly Change[]): IntegrityRun {
  const final = new Map<string, FinalState>();
  changes.forEach((change, index) => {
    const id = change.op === 'put' ? change.record.id : change.id;
    final.set(keyOf(change.kind, id), { kind: change.kind, id, index, record: change.op === 'put' ? change.record : null, deleted: change.op === 'delete' });
  });
  const errors: ValidationError[] = [];
  const stored = new Map<string, StoredRecord | null>();

  /** Reads the keys the batch does not decide and that were not read yet. */
  function* fetch(keys: RecordKey[]): Generator<IntegrityRead, void, IntegrityAnswer> {
    const wanted = new Map<string, RecordKey>();
    for (const key of keys) {
      const name = keyOf(key.kind, key.id);
      if (!final.has(name) && !stored.has(name)) wanted.set(name, key);
    }
    if (wanted.size === 0) return;
    const answer = yield { read: 'records', keys: [...wanted.values()] };
    for (const record of answer.records) {
      const id = storedId(record);
      if (id !== undefined) stored.set(keyOf(record.kind, id), record);
    }
    for (const name of wanted.keys()) if (!stored.has(name)) stored.set(name, null);
  }
  /** The record under a key after the batch, or undefined when there is none. */
  const after = (kind: RecordKind, id: string): unknown => {
    const decided = final.get(keyOf(kind, id));
    if (decided) return decided.deleted ? undefined : decided.record;
    return stored.get(keyOf(kind, id))?.record;
  };

  const puts = [...final.values()].filter((state) => !state.deleted);
  // 1. Every reference of every record put resolves after the batch, and none names itself.
  const references = puts.map((state) => ({ state, references: referencesOf(state.kind, state.record) }));
  yield* fetch(references.flatMap((each) => each.references));
  for (const { state, references: list } of references) {
    for (const reference of list) {
      const path = `changes[${state.index}].record.${reference.path}`;
      if (reference.kind === state.kind && reference.id === state.id) {
        errors.push({ path, message: `${named(state.kind, state.id)} cannot refer to itself` });
      } else if (after(reference.kind, reference.id) === undefined) {
        const deletedHere = final.get(keyOf(reference.kind, reference.id))?.deleted === true;
        errors.push({
          path,
          message: `${named(state.kind, state.id)} would refer to ${named(reference.kind, reference.id)}, which ${deletedHere ? 'this batch deletes' : 'does not exist'}`,
        });
      }
    }
  }

  // 2. No parent chain loops: walk up from every objective and period put with a parent.
  let walkers = puts
    .map((state) => ({ state, at: parentOf(state.record), seen: new Set<string>() }))
    .filter((walker): walker is { state: FinalState; at: string; seen: Set<string> } => walker.at !== undefined && walker.at !== walker.state.id && (walker.state.kind === 'objective' || walker.state.kind === 'period'));
  for (let depth = 0; walkers.length > 0 && depth < MAX_DEPTH; depth += 1) {
    yield* fetch(walkers.map((walker) => ({ kind: walker.state.kind, id: walker.at })));
    const next: typeof walkers = [];
    for (const walker of walkers) {
      walker.seen.add(walker.at);
      const parent = parentOf(after(walker.state.kind, walker.at));
      if (parent === undefined || walker.seen.has(parent)) continue;
      if (parent === walker.state.id) {
        errors.push({
          path: `changes[${walker.state.index}].record.parentId`,
          message: `${named(walker.state.kind, walker.state.id)} would make a loop: "${parentOf(walker.state.record)}" already sits below it`,
        });
        continue;
      }
      next.push({ ...walker, at: parent });
    }
    walkers = next;
  }

  // 3. Nothing left after the batch refers to a record the batch deletes.
  const deletes = [...final.values()].filter((state) => state.deleted && isReferencedKind(state.kind) && changes[state.index]?.op === 'delete');
  if (deletes.length > 0) {
    const answer = yield {
      read: 'dependants',
      targets: deletes.map(({ kind, id }) => ({ kind, id })),
      exclude: [...final.values()].map(({ kind, id }) => ({ kind, id })),
      limit: LISTED_DEPENDANTS * deletes.length,
    };
    const byDelete = new Map<string, string[]>();
    let shown = 0;
    for (const dependant of answer.records) {
      const id = storedId(dependant);
      if (id === undefined || final.has(keyOf(dependant.kind, id))) continue;
      for (const reference of referencesOf(dependant.kind, dependant.record)) {
        const target = keyOf(reference.kind, reference.id);
        if (final.get(target)?.deleted !== true) continue;
        const list = byDelete.get(target) ?? [];
        if (list.length < LISTED_DEPENDANTS) {
          list.push(`${named(dependant.kind, id)} (${reference.path})`);
          shown += 1;
        }
        byDelete.set(target, list);
        break;
      }
    }
    const more = Math.max(0, (answer.total ?? answer.records.length) - shown);
    const entries = [...byDelete];
    if (entries.length === 0 && more > 0) {
      const first = deletes[0]!;
      errors.push({ path: `changes[${first.index}]`, message: `${named(first.kind, first.id)} cannot be deleted: ${more} records still refer to what this batch deletes.` });
    }
    entries.forEach(([target, list], at) => {
      const state = final.get(target)!;
      const tail = at === entries.length - 1 && more > 0 ? `, and ${more} more` : '';
      errors.push({
        path: `changes[${state.index}]`,
        message: `${named(state.kind, state.id)} cannot be deleted: ${list.join(', ')}${tail} still refer to it. Delete them or point them elsewhere in the same batch.`,
      });
    });
  }
  return errors.slice(0, MAX_ERRORS);
}

function parentOf(record: unknown): string | undefined {
  const value = typeof record === 'object' && record !== null ? (record as { parentId?: unknown }).parentId : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** Answers the rule's reads synchronously (from a `Map`, an in-process index). */
export interface IntegrityReader {
  records(keys: RecordKey[]): StoredRecord[];
  dependants(targets: RecordKey[], options: { exclude: RecordKey[]; limit: number }): IntegrityAnswer;
}

/** Answers the rule's reads asynchronously (inside a database transaction). */
export interface AsyncIntegrityReader {
  records(keys: RecordKey[]): Promise<StoredRecord[]>;
  dependants(targets: RecordKey[], options: { exclude: RecordKey[]; limit: number }): Promise<IntegrityAnswer>;
}

/**
 * Runs the integrity rule against a synchronous reader; returns the errors (empty = whole).
 * @example checkIntegritySync(changes, mapReader(records)) // [] or [{ path: 'changes[0].record.objectiveId', message: … }]
 */
export function checkIntegritySync(changes: readonly Change[], reader: IntegrityReader): ValidationError[] {
  const run = integrityChecks(changes);
  let step = run.next();
  while (!step.done) {
    const read = step.value;
    step = run.next(read.read === 'records' ? { records: reader.records(read.keys) } : reader.dependants(read.targets, read));
  }
  return step.value;
}

/**
 * Runs the integrity rule against an asynchronous reader, e.g. inside a SQL transaction
 * whose reads lock what they read.
 * @example const errors = await checkIntegrity(changes, sqlReader(transaction));
 */
export async function checkIntegrity(changes: readonly Change[], reader: AsyncIntegrityReader): Promise<ValidationError[]> {
  const run = integrityChecks(changes);
  let step = run.next();
  while (!step.done) {
    const read = step.value;
    step = run.next(read.read === 'records' ? { records: await reader.records(read.keys) } : await reader.dependants(read.targets, read));
  }
  return step.value;
}

/**
 * A reader over a map of stored records keyed `kind:id` (tombstones are skipped). Finding
 * dependants scans the map: fine for in-process storage; large storage should index references.
 * @example checkIntegritySync(changes, mapReader(records))
 */
export function mapReader(records: ReadonlyMap<string, StoredRecord>, mapKey: (kind: RecordKind, id: string) => string = keyOf): IntegrityReader {
  const live = (stored: StoredRecord | undefined): stored is StoredRecord => stored !== undefined && (stored as { deleted?: unknown }).deleted !== true;
  return {
    records: (keys) => keys.map((key) => records.get(mapKey(key.kind, key.id))).filter(live),
    dependants(targets, { exclude, limit }) {
      const wanted = new Set(targets.map((key) => `${key.kind}:${key.id}`));
      const skipped = new Set(exclude.map((key) => `${key.kind}:${key.id}`));
      const found: StoredRecord[] = [];
      let total = 0;
      for (const stored of records.values()) {
        if (!live(stored)) continue;
        const id = storedId(stored);
        if (id === undefined || skipped.has(`${stored.kind}:${id}`)) continue;
        if (!referencesOf(stored.kind, stored.record).some((reference) => wanted.has(`${reference.kind}:${reference.id}`))) continue;
        total += 1;
        if (found.length < limit) found.push(stored);
      }
      return { records: found, total };
    },
  };
}

/**
 * Throws the refusal of a batch that breaks references, as a `ValidationFailedError` whose
 * errors name each change's path (HTTP 422 through the REST handler).
 * @example assertIntegrity(checkIntegritySync(changes, mapReader(records)))
 */
export function assertIntegrity(errors: readonly ValidationError[]): void {
  if (errors.length > 0) throw new ValidationFailedError([...errors]);
}
