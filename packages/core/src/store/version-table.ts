/**
 * The store's record versions (`'objective:o1' → 3`), which every snapshot hands out as a
 * `ReadonlyMap` while the store goes on writing. Copying the whole map on the first write
 * after a snapshot cost a full copy per write — 26,000 entries for 2,000 objectives with their
 * KRs and check-ins, most of a keyboard re-rank in bench/objective-list. Here a snapshot
 * shares an immutable base and a small map of the changes since; a write copies only the
 * changes, and when they grow past about √(base) entries they are folded into a new base
 * (one full copy per ~√n writes instead of one per write).
 */
export class VersionTable {
  private base: ReadonlyMap<string, number>;
  /** Changes over `base`; null marks a deleted key. */
  private changes = new Map<string, number | null>();
  /** A view holds `changes`: copy it before the next write. */
  private shared = false;

  constructor(initial: ReadonlyMap<string, number> = new Map()) {
    this.base = initial;
  }

  get(key: string): number | undefined {
    const changed = this.changes.get(key);
    if (changed !== undefined) return changed ?? undefined;
    return this.base.get(key);
  }

  set(key: string, version: number): void {
    this.writable().set(key, version);
  }

  delete(key: string): void {
    if (this.get(key) === undefined) return;
    this.writable().set(key, null);
  }

  /** An immutable view of the versions as they are now; later writes do not show in it. */
  view(): ReadonlyMap<string, number> {
    this.shared = true;
    return new VersionsView(this.base, this.changes);
  }

  private writable(): Map<string, number | null> {
    if (!this.shared) return this.changes;
    this.shared = false;
    if (this.changes.size * this.changes.size > this.base.size) {
      // Folded into a new base (the old one stays as the views hold it).
      const merged = new Map(this.base);
      for (const [key, version] of this.changes) {
        if (version === null) merged.delete(key);
        else merged.set(key, version);
      }
      this.base = merged;
      this.changes = new Map();
    } else {
      this.changes = new Map(this.changes);
    }
    return this.changes;
  }
}

/** A frozen base with changes over it, read as one map. */
class VersionsView implements ReadonlyMap<string, number> {
  private counted: number | undefined;

  constructor(
    private readonly base: ReadonlyMap<string, number>,
    private readonly changes: ReadonlyMap<string, number | null>,
  ) {}

  get(key: string): number | undefined {
    const changed = this.changes.get(key);
    if (changed !== undefined) return changed ?? undefined;
    return this.base.get(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    if (this.counted === undefined) {
      let size = this.base.size;
      for (const [key, version] of this.changes) {
        const inBase = this.base.has(key);
        if (version === null && inBase) size -= 1;
        else if (version !== null && !inBase) size += 1;
      }
      this.counted = size;
    }
    return this.counted;
  }

  *entries(): MapIterator<[string, number]> {
    for (const [key, version] of this.base) {
      const changed = this.changes.get(key);
      if (changed === undefined) yield [key, version];
      else if (changed !== null) yield [key, changed];
    }
    for (const [key, version] of this.changes) if (version !== null && !this.base.has(key)) yield [key, version];
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<number> {
    for (const [, version] of this.entries()) yield version;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (const [key, version] of this.entries()) callback.call(thisArg, version, key, this);
  }
}
