import type { RecordKind, StoredRecord } from './adapter.types';

/**
 * One reference a record makes to another: where it sits in the record (`parentId`,
 * `contributesTo[1]`), and the kind and id it names.
 */
export interface RecordReference {
  path: string;
  kind: RecordKind;
  id: string;
}

function field(record: unknown, name: string): unknown {
  return typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[name] : undefined;
}

function text(record: unknown, name: string): string | undefined {
  const value = field(record, name);
  return typeof value === 'string' ? value : undefined;
}

function texts(record: unknown, field: string): Array<string | undefined> {
  const value = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[field] : undefined;
  return Array.isArray(value) ? value.map((each) => (typeof each === 'string' ? each : undefined)) : [];
}

/**
 * The references okrkit enforces for a record of a kind: objective → period, parent
 * objective and the objectives it contributes to; key result → objective and the objectives
 * it contributes to; check-in → key result; period → parent period; planning cycle → period;
 * proposal → cycle and objective; comment → proposal and the comment it replies to; vote →
 * cycle and each proposal its ballot ranks or gives points; close-out → objective, its
 * graded key results and the objective it was carried over to. Weekly reports name KRs and
 * objectives as history (what was planned that week), and a cycle's decision names
 * proposals as history too, so those are not enforced.
 * @example
 * referencesOf('keyResult', { id: 'kr-1', objectiveId: 'obj-1', contributesTo: ['obj-2'] })
 * // [{ path: 'objectiveId', kind: 'objective', id: 'obj-1' }, { path: 'contributesTo[0]', kind: 'objective', id: 'obj-2' }]
 */
export function referencesOf(kind: RecordKind, record: unknown): RecordReference[] {
  const references: RecordReference[] = [];
  const add = (path: string, target: RecordKind, id: string | undefined) => {
    if (id !== undefined) references.push({ path, kind: target, id });
  };
  const contributions = () => texts(record, 'contributesTo').forEach((id, index) => add(`contributesTo[${index}]`, 'objective', id));
  switch (kind) {
    case 'objective':
      add('periodId', 'period', text(record, 'periodId'));
      add('parentId', 'objective', text(record, 'parentId'));
      contributions();
      break;
    case 'keyResult':
      add('objectiveId', 'objective', text(record, 'objectiveId'));
      contributions();
      break;
    case 'checkIn':
      add('keyResultId', 'keyResult', text(record, 'keyResultId'));
      break;
    case 'period':
      add('parentId', 'period', text(record, 'parentId'));
      break;
    case 'weeklyReport':
      break;
    case 'planningCycle':
      add('periodId', 'period', text(record, 'periodId'));
      break;
    case 'proposal':
      add('cycleId', 'planningCycle', text(record, 'cycleId'));
      add('objectiveId', 'objective', text(record, 'objectiveId'));
      break;
    case 'proposalComment':
      add('proposalId', 'proposal', text(record, 'proposalId'));
      add('replyToId', 'proposalComment', text(record, 'replyToId'));
      break;
    case 'vote': {
      add('cycleId', 'planningCycle', text(record, 'cycleId'));
      const ballot = field(record, 'ballot');
      texts(ballot, 'ranking').forEach((id, index) => add(`ballot.ranking[${index}]`, 'proposal', id));
      const points = field(ballot, 'points');
      if (typeof points === 'object' && points !== null && !Array.isArray(points)) for (const id of Object.keys(points)) add(`ballot.points[${JSON.stringify(id)}]`, 'proposal', id);
      break;
    }
    case 'closeOut': {
      add('objectiveId', 'objective', text(record, 'objectiveId'));
      const grades = field(record, 'keyResults');
      if (Array.isArray(grades)) grades.forEach((entry, index) => add(`keyResults[${index}].keyResultId`, 'keyResult', text(entry, 'keyResultId')));
      add('carriedOverToId', 'objective', text(record, 'carriedOverToId'));
      break;
    }
    default:
      return kind satisfies never;
  }
  return references;
}

/** The kinds whose records may be referenced, so that deleting one needs a look for dependants. */
export function isReferencedKind(kind: RecordKind): boolean {
  return kind === 'period' || kind === 'objective' || kind === 'keyResult' || kind === 'planningCycle' || kind === 'proposal' || kind === 'proposalComment';
}

/**
 * A stored record that only marks a deleted one: it keeps the id and the last version, so
 * that a record created again under that id continues from there. Storage keeps tombstones;
 * `load` and `get` never return them.
 */
export interface Tombstone extends StoredRecord<{ id: string }> {
  deleted: true;
}

/**
 * Whether a stored entry is a {@link Tombstone} rather than a live record.
 * @example [...map.values()].filter((stored) => !isTombstone(stored))
 */
export function isTombstone(stored: StoredRecord | undefined): stored is Tombstone {
  return (stored as { deleted?: unknown } | undefined)?.deleted === true;
}

/** The id of a stored record, or undefined when it has none. */
export function storedId(stored: StoredRecord): string | undefined {
  return text(stored.record, 'id');
}
