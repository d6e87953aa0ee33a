/**
 * One problem found in an input: where it is and what is wrong, in plain language.
 * @example { path: 'keyResults[2].metric.target', message: 'must be a number' }
 */
export interface ValidationError {
  /**
   * Where the problem is, written the way you would reach it in JavaScript
   * (`objectives[0].periodId`). The empty string means the input as a whole.
   */
  path: string;
  /** What is wrong, meant to be shown to a person as it is. */
  message: string;
}

/**
 * The outcome of a validator: the checked value, or every problem found.
 * Validators never throw, whatever the input.
 * @example
 * const result = validatePeriod(input);
 * if (result.ok) store.savePeriod(result.value);
 * else for (const error of result.errors) console.warn(`${error.path}: ${error.message}`);
 */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };
