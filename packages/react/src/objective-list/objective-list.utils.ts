import type { ObjectiveListLine, ObjectiveListRow } from './objective-list.types';

/**
 * The ids with the one at `from` moved to `to` (both clamped into the list).
 * @example moveItem(['a', 'b', 'c'], 2, 0) // ['c', 'a', 'b']
 */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= items.length) return next;
  const target = Math.min(Math.max(to, 0), items.length - 1);
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved as T);
  return next;
}

/**
 * The rows as lines with a heading before each group, groups in the order their first row
 * appears (so a sort still decides the order of groups), rows keeping their order inside.
 * @example groupLines(rows, (row) => row.teamName ?? '—') // [{ kind: 'group', name: 'Growth', count: 2 }, { kind: 'row', … }, …]
 */
export function groupLines(rows: readonly ObjectiveListRow[], keyOf: ((row: ObjectiveListRow) => { key: string; name: string }) | null): ObjectiveListLine[] {
  if (!keyOf) return rows.map((row, index) => ({ kind: 'row', row, index }));
  const groups = new Map<string, { name: string; rows: ObjectiveListRow[] }>();
  for (const row of rows) {
    const { key, name } = keyOf(row);
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { name, rows: [row] });
  }
  const lines: ObjectiveListLine[] = [];
  let index = 0;
  for (const [key, group] of groups) {
    lines.push({ kind: 'group', key, name: group.name, count: group.rows.length });
    for (const row of group.rows) lines.push({ kind: 'row', row, index: index++ });
  }
  return lines;
}

/**
 * The priority order of rows: ranked ones by rank, unranked after them by title, ties by id,
 * so the order is the same on every render and every machine.
 * @example [...rows].sort(compareByRank(new Intl.Collator('en')))
 */
export function compareByRank(collator: Intl.Collator) {
  return (a: ObjectiveListRow, b: ObjectiveListRow): number => {
    if (a.rank !== b.rank) {
      if (a.rank === null) return 1;
      if (b.rank === null) return -1;
      return a.rank - b.rank;
    }
    return collator.compare(a.objective.title, b.objective.title) || (a.objective.id < b.objective.id ? -1 : a.objective.id > b.objective.id ? 1 : 0);
  };
}
