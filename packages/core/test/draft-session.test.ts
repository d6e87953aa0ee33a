import { describe, expect, it } from 'vitest';
import { ConflictError, UnavailableError, ValidationFailedError, createDraftSession, createMemoryDraftBackup, type DraftTimers } from '../src/index';

interface Note {
  id: string;
  text: string;
}

/** Timers a test moves by hand: no global clock, no waiting. */
function manualTimers(): DraftTimers & { advance(ms: number): void; readonly pending: number } {
  let time = 0;
  let nextId = 1;
  const due = new Map<number, { at: number; callback: () => void }>();
  return {
    setTimeout(callback, ms) {
      const id = nextId++;
      due.set(id, { at: time + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      due.delete(handle as number);
    },
    advance(ms) {
      const end = time + ms;
      for (;;) {
        const next = [...due.entries()].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!next) break;
        due.delete(next[0]);
        time = next[1].at;
        next[1].callback();
      }
      time = end;
    },
    get pending() {
      return due.size;
    },
  };
}

/** A storage of one note that can fail, refuse or have been changed by someone else. */
function noteStorage(initial: Note) {
  let current = initial;
  let version = 1;
  const control = { failing: false, refusing: false, saves: [] as Note[] };
  return {
    control,
    get current() {
      return current;
    },
    elsewhere(next: Note) {
      current = next;
      version += 1;
    },
    saveAt(expected: { version: number }) {
      return async (note: Note): Promise<Note> => {
        await Promise.resolve();
        if (control.failing) throw new UnavailableError('storage is down');
        if (control.refusing) throw new ValidationFailedError([{ path: 'text', message: 'is too long' }]);
        if (expected.version !== version) throw new ConflictError('objective', note.id, expected.version, { kind: 'objective', record: current, version });
        control.saves.push(note);
        current = note;
        version += 1;
        expected.version = version;
        return note;
      };
    },
    get version() {
      return version;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const note: Note = { id: 'n1', text: 'Ship the beta' };
const sameNote = (a: Note, b: Note) => a.text === b.text;

describe('createDraftSession: autosave', () => {
  it('given edits 300 ms apart, it shows each at once, says saving, and saves once 800 ms after the last, then says saved at the time', async () => {
    const timers = manualTimers();
    const storage = noteStorage(note);
    const session = createDraftSession({ initial: note, save: storage.saveAt({ version: 1 }), autosaveMs: 800, timers, equals: sameNote, now: () => new Date('2026-03-02T10:42:00Z') });
    let notified = 0;
    session.subscribe(() => (notified += 1));
    for (const text of ['S', 'Sh', 'Ship v2']) {
      session.edit((value) => ({ ...value, text }));
      expect(session.getState().value.text).toBe(text);
      timers.advance(300);
    }
    expect(session.getState()).toMatchObject({ dirty: true, indicator: { state: 'saving' } });
    timers.advance(499);
    expect(storage.control.saves).toEqual([]);
    timers.advance(1);
    await settle();
    expect(storage.control.saves.map((saved) => saved.text)).toEqual(['Ship v2']);
    expect(session.getState()).toMatchObject({ dirty: false, indicator: { state: 'saved', at: '2026-03-02T10:42:00.000Z' } });
    expect(notified).toBeGreaterThan(3);
  });

  it('given autosave off (the editor), edits wait as "unsaved" until flush, which saves once and resolves true', async () => {
    const timers = manualTimers();
    const storage = noteStorage(note);
    const session = createDraftSession({ initial: note, save: storage.saveAt({ version: 1 }), timers });
    session.edit((value) => ({ ...value, text: 'Ship the beta to 50 users' }));
    timers.advance(10_000);
    expect(timers.pending).toBe(0);
    expect(session.getState().indicator).toEqual({ state: 'unsaved' });
    await expect(session.flush()).resolves.toBe(true);
    await expect(session.flush()).resolves.toBe(true);
    expect(storage.control.saves).toHaveLength(1);
  });

  it('given a new draft (isNew), flush saves it even before any edit', async () => {
    const storage = noteStorage(note);
    const session = createDraftSession({ initial: { id: 'n2', text: 'From a template' }, isNew: true, save: storage.saveAt({ version: 1 }), timers: manualTimers() });
    expect(session.getState().dirty).toBe(true);
    await expect(session.flush()).resolves.toBe(true);
    expect(storage.control.saves).toEqual([{ id: 'n2', text: 'From a template' }]);
    expect(session.getState().dirty).toBe(false);
  });

  it('given two flushes while a save is running, the saves run one after the other and the second sends the later text', async () => {
    const order: string[] = [];
    let release: (() => void) | undefined;
    const session = createDraftSession<Note>({
      initial: note,
      timers: manualTimers(),
      save: async (value) => {
        order.push(`start ${value.text}`);
        if (!release) await new Promise<void>((resolve) => (release = resolve));
        order.push(`end ${value.text}`);
      },
    });
    session.edit((value) => ({ ...value, text: 'one' }));
    const first = session.flush();
    await settle();
    session.edit((value) => ({ ...value, text: 'two' }));
    const second = session.flush();
    await settle();
    expect(order).toEqual(['start one']);
    release?.();
    await Promise.all([first, second]);
    expect(order).toEqual(['start one', 'end one', 'start two', 'end two']);
    expect(session.getState().dirty).toBe(false);
  });
});

describe('createDraftSession: nothing typed is lost', () => {
  it('given storage down, the draft and the backup stay as typed, the indicator fails with the error, and a retry saves and clears the backup', async () => {
    const backup = createMemoryDraftBackup<Note>();
    const storage = noteStorage(note);
    const session = createDraftSession({ initial: note, save: storage.saveAt({ version: 1 }), backup, backupKey: 'note:n1', timers: manualTimers() });
    storage.control.failing = true;
    session.edit((value) => ({ ...value, text: 'Ship the beta to 50 users' }));
    expect(backup.read('note:n1')?.text).toBe('Ship the beta to 50 users');
    await expect(session.flush()).resolves.toBe(false);
    const state = session.getState();
    expect(state.value.text).toBe('Ship the beta to 50 users');
    expect(state.indicator.state === 'failed' && state.indicator.error.code).toBe('unavailable');
    expect(backup.read('note:n1')?.text).toBe('Ship the beta to 50 users');
    storage.control.failing = false;
    await expect(session.flush()).resolves.toBe(true);
    expect(backup.read('note:n1')).toBeNull();
    expect(storage.current.text).toBe('Ship the beta to 50 users');
  });

  it('given a refused save (validation), flush resolves false and keeps the value; the error carries its paths', async () => {
    const storage = noteStorage(note);
    storage.control.refusing = true;
    const session = createDraftSession({ initial: note, save: storage.saveAt({ version: 1 }), timers: manualTimers() });
    session.edit((value) => ({ ...value, text: 'x'.repeat(5000) }));
    await expect(session.flush()).resolves.toBe(false);
    const { indicator, value } = session.getState();
    expect(value.text).toHaveLength(5000);
    expect(indicator.state === 'failed' && indicator.error instanceof ValidationFailedError && indicator.error.errors[0]?.path).toBe('text');
  });

  it('given a backup left by a reload that differs from storage, it is offered back; edits wait; Restore makes it the draft and (autosaving) saves it', async () => {
    const backup = createMemoryDraftBackup<Note>({ now: () => new Date('2026-03-02T10:40:00Z') });
    backup.write({ id: 'n1', text: 'typed before the crash' }, 'note:n1');
    const storage = noteStorage(note);
    const session = createDraftSession({ initial: note, save: storage.saveAt({ version: 1 }), backup, backupKey: 'note:n1', autosaveMs: 800, timers: manualTimers(), equals: sameNote });
    expect(session.getState().restore).toEqual({ value: { id: 'n1', text: 'typed before the crash' }, writtenAt: '2026-03-02T10:40:00.000Z' });
    session.edit((value) => ({ ...value, text: 'overwrite?' }));
    expect(session.getState().value.text).toBe('Ship the beta');
    expect(backup.read('note:n1')?.text).toBe('typed before the crash');
    session.acceptRestore();
    expect(session.getState()).toMatchObject({ restore: null, value: { text: 'typed before the crash' } });
    await settle();
    expect(storage.current.text).toBe('typed before the crash');
    expect(backup.read('note:n1')).toBeNull();
  });

  it('given a backup equal to storage, nothing is offered and the backup is cleared; Discard drops an offered one', () => {
    const backup = createMemoryDraftBackup<Note>();
    backup.write({ ...note }, 'note:n1');
    const plain = createDraftSession<Note>({ initial: note, save: async () => undefined, backup, backupKey: 'note:n1', equals: sameNote, timers: manualTimers() });
    expect(plain.getState().restore).toBeNull();
    expect(backup.size).toBe(0);
    backup.write({ id: 'n1', text: 'other' }, 'note:n1');
    const offered = createDraftSession<Note>({ initial: note, save: async () => undefined, backup, backupKey: 'note:n1', equals: sameNote, timers: manualTimers() });
    offered.discardRestore();
    expect(offered.getState()).toMatchObject({ restore: null, value: note });
    expect(backup.read('note:n1')).toBeNull();
  });

  it('given staged text, it reaches the backup 250 ms after the last keystroke (or every 1 s of typing) without touching the draft; dropped, the backup goes back to the draft', () => {
    const timers = manualTimers();
    const backup = createMemoryDraftBackup<Note>();
    const session = createDraftSession<Note>({ initial: note, save: async () => undefined, backup, backupKey: 'note:n1', timers });
    session.stage('title', (value) => ({ ...value, text: 'Ship t' }));
    timers.advance(249);
    expect(backup.read('note:n1')).toBeNull();
    timers.advance(1);
    expect(backup.read('note:n1')?.text).toBe('Ship t');
    for (let key = 0; key < 6; key += 1) {
      session.stage('title', (value) => ({ ...value, text: `burst ${key}` }));
      timers.advance(200);
    }
    expect(backup.read('note:n1')?.text).toBe('burst 4');
    expect(session.getState().value).toBe(note);
    session.stage('title', null);
    expect(backup.read('note:n1')).toBeNull();
  });

  it('given staged text and a page being hidden, flushBackup writes it at once; dispose saves a pending autosave', async () => {
    const timers = manualTimers();
    const backup = createMemoryDraftBackup<Note>();
    const storage = noteStorage(note);
    const session = createDraftSession({ initial: note, save: storage.saveAt({ version: 1 }), backup, backupKey: 'note:n1', autosaveMs: 800, timers });
    session.stage('title', (value) => ({ ...value, text: 'half typ' }));
    session.flushBackup();
    expect(backup.read('note:n1')?.text).toBe('half typ');
    session.stage('title', null);
    session.edit((value) => ({ ...value, text: 'kept' }));
    session.dispose();
    await settle();
    expect(storage.current.text).toBe('kept');
    expect(timers.pending).toBe(0);
  });
});

describe('createDraftSession: someone else saved', () => {
  it('given a clean draft, a change stored elsewhere replaces it', () => {
    const session = createDraftSession<Note>({ initial: note, save: async () => undefined, timers: manualTimers() });
    session.storedChanged({ id: 'n1', text: 'their text' });
    expect(session.getState()).toMatchObject({ value: { text: 'their text' }, stored: { text: 'their text' }, dirty: false });
  });

  it('given unsaved edits, a change elsewhere does not replace them; the save meets a conflict with both versions, nothing saves meanwhile, and Keep mine writes mine', async () => {
    const timers = manualTimers();
    const storage = noteStorage(note);
    const expected = { version: 1 };
    const backup = createMemoryDraftBackup<Note>();
    const session = createDraftSession({
      initial: note,
      save: storage.saveAt(expected),
      keepMine: (mine) => {
        expected.version = storage.version;
        return storage.saveAt(expected)(mine);
      },
      backup,
      backupKey: 'note:n1',
      autosaveMs: 100,
      timers,
      equals: sameNote,
    });
    session.edit((value) => ({ ...value, text: 'mine' }));
    storage.elsewhere({ id: 'n1', text: 'theirs' });
    session.storedChanged({ id: 'n1', text: 'theirs' });
    expect(session.getState().value.text).toBe('mine');
    timers.advance(100);
    await settle();
    const { conflict, indicator } = session.getState();
    expect(conflict).toEqual({ theirs: { id: 'n1', text: 'theirs' }, mine: { id: 'n1', text: 'mine' } });
    expect(indicator.state === 'failed' && indicator.error.code).toBe('conflict');
    session.edit((value) => ({ ...value, text: 'mine, edited' }));
    timers.advance(1000);
    await expect(session.flush()).resolves.toBe(false);
    expect(storage.current.text).toBe('theirs');
    await session.keepMine();
    expect(storage.current.text).toBe('mine, edited');
    expect(session.getState()).toMatchObject({ conflict: null, dirty: false, indicator: { state: 'saved' } });
    expect(backup.read('note:n1')).toBeNull();
  });

  it('given a conflict, Take theirs drops mine for theirs (read through readTheirs), clears the backup and tells the host', async () => {
    const storage = noteStorage(note);
    const backup = createMemoryDraftBackup<Note>();
    const told: Array<Note | null> = [];
    const session = createDraftSession({
      initial: note,
      save: storage.saveAt({ version: 1 }),
      readTheirs: (error) => (error.current?.record as Note | undefined) ?? null,
      takeTheirs: (theirs) => told.push(theirs),
      backup,
      backupKey: 'note:n1',
      timers: manualTimers(),
    });
    storage.elsewhere({ id: 'n1', text: 'theirs, unseen' });
    session.edit((value) => ({ ...value, text: 'mine' }));
    await session.flush();
    expect(session.getState().conflict?.theirs).toEqual({ id: 'n1', text: 'theirs, unseen' });
    session.takeTheirs();
    expect(told).toEqual([{ id: 'n1', text: 'theirs, unseen' }]);
    expect(session.getState()).toMatchObject({ conflict: null, dirty: false, value: { text: 'theirs, unseen' }, indicator: { state: 'saved', at: null } });
    expect(backup.read('note:n1')).toBeNull();
  });

  it('given a value that may not be edited (editable false), edits are ignored and no backup is offered for it', () => {
    const backup = createMemoryDraftBackup<Note>();
    backup.write({ id: 'n1', text: 'old' }, 'note:n1');
    const session = createDraftSession<Note>({ initial: note, save: async () => undefined, backup, backupKey: 'note:n1', editable: () => false, timers: manualTimers() });
    session.edit((value) => ({ ...value, text: 'typed' }));
    expect(session.getState()).toMatchObject({ value: note, restore: null });
    expect(backup.size).toBe(0);
  });

  it('given state snapshots, each is frozen and stays the same object until something changes', () => {
    const session = createDraftSession<Note>({ initial: note, save: async () => undefined, timers: manualTimers() });
    const first = session.getState();
    expect(Object.isFrozen(first)).toBe(true);
    expect(session.getState()).toBe(first);
    session.edit((value) => ({ ...value, text: 'next' }));
    expect(session.getState()).not.toBe(first);
  });
});
