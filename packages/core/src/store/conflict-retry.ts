/**
 * How the store retries a check-in whose key result was changed by someone else meanwhile.
 * A check-in is a new reading, so it can be re-applied to the fresh key result without
 * asking the user; waiting a random, growing time between attempts ("exponential backoff
 * with full jitter") spreads writers racing for one key result apart, so that each of
 * them gets through instead of the same few winning every round.
 */
export interface ConflictRetryOptions {
  /** Attempts in all, the first one included; 1 turns retrying off. @default 12 */
  attempts?: number;
  /** The ceiling of the first wait, doubled after each conflict. @default 10 */
  baseDelayMs?: number;
  /** The largest ceiling a wait can reach. @default 1000 */
  maxDelayMs?: number;
  /** Random numbers in [0, 1). Tests pass a seeded one. @default Math.random */
  random?: () => number;
  /** Waits. Tests may pass one that resolves at once. @default setTimeout */
  sleep?: (milliseconds: number) => Promise<void>;
}

/** The defaults of {@link ConflictRetryOptions}: at most 12 attempts, ≤ ~6.3 s of waiting in the worst case (~3.2 s expected). */
export const DEFAULT_CONFLICT_RETRY = { attempts: 12, baseDelayMs: 10, maxDelayMs: 1_000 } as const;

/**
 * The wait before retry number `retry` (1 for the first retry): a uniformly random time
 * between 0 and `min(maxDelayMs, baseDelayMs × 2^(retry − 1))` — "full jitter", which
 * spreads contending writers best for the least total waiting. Never NaN or negative.
 * @example
 * conflictRetryDelay(1, {}, () => 0.5); // 5 (half of the 10 ms ceiling)
 * conflictRetryDelay(20, {}, () => 0.999); // 999 (the ceiling stops at maxDelayMs)
 */
export function conflictRetryDelay(retry: number, options: ConflictRetryOptions = {}, random: () => number = options.random ?? Math.random): number {
  const base = finiteAtLeast(options.baseDelayMs, DEFAULT_CONFLICT_RETRY.baseDelayMs, 0);
  const max = finiteAtLeast(options.maxDelayMs, DEFAULT_CONFLICT_RETRY.maxDelayMs, 0);
  const exponent = Math.min(Math.max(0, Math.floor(retry) - 1), 30);
  const ceiling = Math.min(max, base * 2 ** exponent);
  const unit = Math.min(Math.max(random(), 0), 1);
  return Number.isFinite(unit) ? ceiling * unit : 0;
}

/**
 * The number of attempts the options allow, at least 1.
 * @example conflictRetryAttempts({ attempts: 0 }); // 1
 */
export function conflictRetryAttempts(options: ConflictRetryOptions = {}): number {
  return Math.max(1, Math.floor(finiteAtLeast(options.attempts, DEFAULT_CONFLICT_RETRY.attempts, 1)));
}

function finiteAtLeast(value: number | undefined, fallback: number, minimum: number): number {
  return value !== undefined && Number.isFinite(value) ? Math.max(minimum, value) : fallback;
}

/** Waits `milliseconds` with the host's timer. */
export function sleepFor(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
