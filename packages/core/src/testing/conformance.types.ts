import type { StorageAdapter } from '../store/adapter.types';

/**
 * What the conformance suite needs to test an adapter. `create` must return a fresh,
 * empty storage each time it is called.
 */
export interface ConformanceTarget {
  create(): Promise<ConformanceSubject>;
}

export interface ConformanceSubject {
  adapter: StorageAdapter;
  /**
   * A second, independent client onto the same storage (another tab, another server
   * process). Enables the tests of concurrent writers and of `subscribe` hearing writes made
   * elsewhere. Omit when the storage cannot be shared.
   */
  peer?: () => Promise<StorageAdapter>;
  /**
   * Makes the storage fail (close the connection, stop the server…), so the suite can check
   * that failures surface as typed `OkrStorageError`s. Omit to skip those tests.
   */
  breakStorage?: () => Promise<void>;
  /** Releases resources after each test. */
  cleanup?: () => Promise<void>;
}
