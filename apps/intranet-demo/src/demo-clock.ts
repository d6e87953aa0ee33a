/**
 * The page's clock. okrkit reads no clock: the host passes `now`. The examples are
 * written for one day (`domainExamplesNow`, 15 Feb 2026), so the demo shows them as of
 * that day, with time running from the moment the page opened; a real host passes
 * `() => new Date()` instead.
 */
export interface DemoClock {
  now(): Date;
  /**
   * Moves the clock just past the latest of `instants` when it is behind it, so that a
   * check-in recorded now sorts after those recorded in earlier visits.
   */
  catchUp(instants: Iterable<string>): void;
  /** Hears the clock jump (after `catchUp`); returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** A clock that starts at `start` and runs at real speed. */
export function createDemoClock(start: string, realNow: () => number = () => Date.now()): DemoClock {
  let base = Date.parse(start);
  let origin = realNow();
  const listeners = new Set<() => void>();
  const current = () => base + (realNow() - origin);
  return {
    now: () => new Date(current()),
    catchUp(instants) {
      let latest = Number.NEGATIVE_INFINITY;
      for (const instant of instants) latest = Math.max(latest, Date.parse(instant));
      if (Number.isFinite(latest) && latest >= current()) {
        base = latest + 60_000;
        origin = realNow();
        for (const listener of Array.from(listeners)) listener();
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
