import type { OkrSet } from '../model/model.types';
import type { ValidationError } from './validation.types';

/**
 * The least a record needs to take part in a parent chain.
 * @example { id: 'q1-2026', parentId: 'fy-2026' }
 */
export interface ParentLink {
  id: string;
  parentId?: string | undefined;
}

/**
 * Every loop in the `parentId` chains of a list of records, each as the indexes of its
 * members in chain order, starting from the one that comes first in the list. A record that
 * is its own parent is a loop of one. A duplicate id is followed to its first occurrence.
 * Linear time: each record is walked once.
 * @example findParentLoops([{ id: 'a', parentId: 'b' }, { id: 'b', parentId: 'a' }, { id: 'c', parentId: 'a' }]) // [[0, 1]]
 */
export function findParentLoops(records: readonly ParentLink[]): number[][] {
  const indexById = new Map<string, number>();
  records.forEach((record, index) => indexById.has(record.id) || indexById.set(record.id, index));
  // 1: on the chain being walked; 2: walked before (ends, or leads into a loop already found).
  const state: (1 | 2 | undefined)[] = [];
  const loops: number[][] = [];
  records.forEach((_, first) => {
    const chain: number[] = [];
    let at: number | undefined = first;
    while (at !== undefined && !state[at]) {
      state[at] = 1;
      chain.push(at);
      const parentId: string | undefined = records[at]?.parentId;
      at = parentId === undefined ? undefined : indexById.get(parentId);
    }
    if (at !== undefined && state[at] === 1) {
      const loop = chain.slice(chain.indexOf(at));
      const start = loop.indexOf(Math.min(...loop));
      loops.push([...loop.slice(start), ...loop.slice(0, start)]);
    }
    for (const member of chain) state[member] = 2;
  });
  return loops;
}

/** What each collection's records are called in messages. */
const NOUNS = { periods: 'period', objectives: 'objective', keyResults: 'key result', checkIns: 'check-in' } as const;

/**
 * The rules that span records of a set whose records are each well-formed: unique ids per
 * collection, references that resolve, and no loop in objective alignment or period nesting.
 * Only `parentId` chains can loop: `contributesTo` links are cross-team support and may be mutual.
 * @example crossRecordErrors({ periods: [], objectives: [{ id: 'o1', title: 'Grow', periodId: 'q9' }], keyResults: [], checkIns: [] })
 * // [{ path: 'objectives[0].periodId', message: 'names no period with id "q9"' }]
 */
export function crossRecordErrors(okrSet: OkrSet): ValidationError[] {
  const errors: ValidationError[] = [];
  const ids = new Map<string, Set<string>>();
  for (const collection of Object.keys(NOUNS) as (keyof OkrSet)[]) {
    const first = new Map<string, number>();
    okrSet[collection].forEach(({ id }, index) => {
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, index);
      else errors.push({ path: `${collection}[${index}].id`, message: `repeats the id "${id}" of ${collection}[${earlier}]` });
    });
    ids.set(collection, new Set(first.keys()));
  }

  // Each reference: [collection, field, collection it points into]. A field may hold one id or a list.
  const references = [
    ['periods', 'parentId', 'periods'],
    ['objectives', 'periodId', 'periods'],
    ['objectives', 'parentId', 'objectives'],
    ['objectives', 'contributesTo', 'objectives'],
    ['keyResults', 'objectiveId', 'objectives'],
    ['keyResults', 'contributesTo', 'objectives'],
    ['checkIns', 'keyResultId', 'keyResults'],
  ] as const;
  for (const [collection, field, target] of references) {
    okrSet[collection].forEach((record, index) => {
      const value = (record as unknown as Record<string, string | string[] | undefined>)[field];
      const path = `${collection}[${index}].${field}`;
      const check = (id: string, at: string): void => {
        // An objective that contributes to itself is not a dangling id, but it is meaningless.
        if (field === 'contributesTo' && id === record.id && collection === 'objectives') {
          errors.push({ path: at, message: 'names the objective itself' });
        } else if (!ids.get(target)?.has(id)) {
          errors.push({ path: at, message: `names no ${NOUNS[target]} with id "${id}"` });
        }
      };
      if (typeof value === 'string') check(value, path);
      else value?.forEach((id, position) => check(id, `${path}[${position}]`));
    });
  }

  for (const collection of ['objectives', 'periods'] as const) {
    const records = okrSet[collection];
    for (const loop of findParentLoops(records)) {
      const chain = [...loop, loop[0] as number].map((at) => `"${records[at]?.id}"`).join(' → ');
      errors.push({ path: `${collection}[${loop[0]}].parentId`, message: `makes a loop: ${chain}` });
    }
  }
  return errors;
}
