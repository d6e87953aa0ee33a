/**
 * Bounds of an import, so that a wrong file (a database dump, a binary) fails fast with a
 * clear message instead of freezing a tab.
 * @example CSV_IMPORT_LIMITS.rows // 50000
 */
export const CSV_IMPORT_LIMITS = Object.freeze({
  /** Largest file, in UTF-16 code units of its text (about 20 MB). */
  characters: 20_000_000,
  /** Most data rows. */
  rows: 50_000,
  /** Most columns. */
  columns: 200,
  /** Longest cell, in UTF-16 code units (an objective's description is the longest field). */
  cell: 10_000,
});
