/**
 * True when two stored records are the same by value. Records are plain JSON-like data
 * (strings, numbers, booleans, null, arrays, plain objects), so this is a structural walk with
 * no special cases; key order does not matter. The store uses it to keep the record it already
 * holds when storage confirms a write with a copy of it, so nothing that reads the snapshot sees
 * a new object (and redraws) for a value that did not change.
 * @example sameRecordValue({ id: 'o1', priority: 2, contributesTo: ['o9'] }, { priority: 2, id: 'o1', contributesTo: ['o9'] }) // true
 * @example sameRecordValue({ id: 'o1', priority: 2 }, { id: 'o1', priority: 3 }) // false
 */
export function sameRecordValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    if (!sameRecordValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
