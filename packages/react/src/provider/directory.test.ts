import { describe, expect, it } from 'vitest';
import { displayName, listEntries, lookUpEntry } from './directory';

describe('directory lookups', () => {
  const people = { ana: { name: 'Ana Souza', avatarUrl: '/ana.png' }, bo: { name: 'Bo' }, blank: { name: '  ' } };

  it('given a known id, it returns the entry; given an unknown one, the name falls back to the id', () => {
    expect(lookUpEntry(people, 'ana')).toEqual({ name: 'Ana Souza', avatarUrl: '/ana.png' });
    expect(displayName(people, 'ana')).toBe('Ana Souza');
    expect(displayName(people, 'u-17')).toBe('u-17');
    expect(displayName(undefined, 'u-17')).toBe('u-17');
  });

  it('given ids that name prototype members or an entry with a blank name, it never shows them as names', () => {
    expect(lookUpEntry(people, 'constructor')).toBeUndefined();
    expect(displayName(people, '__proto__')).toBe('__proto__');
    expect(displayName(people, 'blank')).toBe('blank');
  });

  it('when listing, it sorts by name for the locale and leaves out entries without a name', () => {
    expect(listEntries({ z: { name: 'Émile' }, a: { name: 'Zoë' }, b: { name: 'Anna' }, c: { name: '' } }, 'fr-FR').map((entry) => entry.id)).toEqual(['b', 'z', 'a']);
  });
});
