import type { WeeklyReport } from '@okrkit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalStorageDraftBackup } from '../src/index';

const draft = (notes = 'typed before the network went down'): WeeklyReport => ({
  id: 'wr-10',
  authorId: 'ana',
  week: { year: 2026, week: 10 },
  weekStart: '2026-03-02',
  state: 'draft',
  focus: [],
  tasks: [{ id: 't1', title: 'Send the reminder email', priority: 'P1', status: 'doing' }],
  problems: [],
  nextWeek: [],
  notes,
});

describe('createLocalStorageDraftBackup', () => {
  afterEach(() => {
    localStorage.clear();
    vi.restoreAllMocks();
  });

  it('given a draft written, when the page reloads (a new instance), it reads the draft back with the time it was written', () => {
    createLocalStorageDraftBackup({ now: () => new Date('2026-03-06T10:42:00Z') }).write(draft());
    const afterReload = createLocalStorageDraftBackup();
    expect(afterReload.read('wr-10')).toEqual(draft());
    expect(afterReload.writtenAt?.('wr-10')).toBe('2026-03-06T10:42:00.000Z');
    afterReload.clear('wr-10');
    expect(createLocalStorageDraftBackup().read('wr-10')).toBeNull();
  });

  it('given two keys, the backups do not see each other', () => {
    createLocalStorageDraftBackup({ key: 'app-a' }).write(draft('a'));
    expect(createLocalStorageDraftBackup({ key: 'app-b' }).read('wr-10')).toBeNull();
    expect(createLocalStorageDraftBackup({ key: 'app-a' }).read('wr-10')?.notes).toBe('a');
  });

  it('given a full quota, write warns and does not throw, and the previous backup stays', () => {
    const backup = createLocalStorageDraftBackup();
    backup.write(draft('first'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded.', 'QuotaExceededError');
    });
    expect(() => backup.write(draft('second'))).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
    expect(backup.read('wr-10')?.notes).toBe('first');
  });

  it('given a corrupt or invalid entry, read returns null', () => {
    localStorage.setItem('okrkit:weekly-report-draft:wr-10', '{not json');
    expect(createLocalStorageDraftBackup().read('wr-10')).toBeNull();
    localStorage.setItem('okrkit:weekly-report-draft:wr-10', JSON.stringify({ report: { id: 'wr-10' }, writtenAt: '2026-03-06T10:42:00Z' }));
    expect(createLocalStorageDraftBackup().read('wr-10')).toBeNull();
  });

  it('given another kind of draft (an objective in the editor), it is filed under the key the session passes and read back only while isValue accepts it', () => {
    interface ObjectiveDraft {
      title: string;
    }
    const isValue = (value: unknown): value is ObjectiveDraft => typeof (value as ObjectiveDraft | null)?.title === 'string';
    const backup = createLocalStorageDraftBackup<ObjectiveDraft>({ key: 'okrkit:objective-draft', isValue });
    backup.write({ title: 'Launch the beta' }, 'new:team-web');
    expect(createLocalStorageDraftBackup({ key: 'okrkit:objective-draft', isValue }).read('new:team-web')).toEqual({ title: 'Launch the beta' });
    localStorage.setItem('okrkit:objective-draft:other', JSON.stringify({ report: { title: 7 }, writtenAt: '2026-03-06T10:42:00Z' }));
    expect(backup.read('other')).toBeNull();
    expect(() => backup.write({ title: 'no key' })).toThrow(/pass a key/);
  });

  it('given no localStorage (server rendering, or storage denied), reads return null and writes do nothing', () => {
    vi.stubGlobal('localStorage', undefined);
    try {
      const backup = createLocalStorageDraftBackup();
      expect(() => backup.write(draft())).not.toThrow();
      expect(backup.read('wr-10')).toBeNull();
      expect(() => backup.clear('wr-10')).not.toThrow();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
