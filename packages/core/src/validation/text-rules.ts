import { OKR_LIMITS } from './limits';

/**
 * The character and length rules of {@link OKR_LIMITS} as pure functions, shared by the
 * valibot schemas (the reference, and the source of every message), the fast checker of
 * the store's load path and the weekly-report validator. Each returns the plain message of
 * the first rule a string breaks, or `undefined` when it keeps them all.
 */

// Written with escapes, not the characters: a control character in a source file is invisible.
// oxlint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// Long text keeps tab (U+0009), line feed (U+000A) and carriage return (U+000D).
// oxlint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_IN_LONG_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const DIRECTION_OR_SEPARATOR = /[\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
// Every character any rule looks at: a string without one needs no further character check.
// oxlint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * A whole number with English thousands separators, as `toLocaleString('en-US')` writes it,
 * without Intl: the schemas word their limits when they are built, and the first Intl
 * formatter of a page costs more than loading a 2,000-task report.
 * @example grouped(10000) // '10,000'
 */
function grouped(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The messages, worded to follow a path: "title: must be at most 200 characters". */
export const TEXT_MESSAGES = {
  blank: 'must not be empty',
  control: 'must not contain control characters',
  surrogate: 'must not contain a broken character (half of a UTF-16 surrogate pair)',
  direction: 'must not contain direction-changing or line-separator characters',
  tooLong: (max: number): string => `must be at most ${grouped(max)} characters`,
  tooMany: (max: number): string => `must have at most ${grouped(max)} entries`,
} as const;

function characterProblem(value: string, control: RegExp, direction: boolean): string | undefined {
  if (!SUSPECT.test(value)) return undefined;
  if (control.test(value)) return TEXT_MESSAGES.control;
  if (LONE_SURROGATE.test(value)) return TEXT_MESSAGES.surrogate;
  if (direction && DIRECTION_OR_SEPARATOR.test(value)) return TEXT_MESSAGES.direction;
  return undefined;
}

/**
 * What is wrong with an id (or any field naming a record or a person): blank, longer than
 * `OKR_LIMITS.id`, or holding a control, lone-surrogate, direction or separator character.
 * @example idProblem('obj-growth') // undefined
 * @example idProblem('x'.repeat(3000)) // 'must be at most 128 characters'
 */
export function idProblem(value: string): string | undefined {
  if (value.length > OKR_LIMITS.id) return TEXT_MESSAGES.tooLong(OKR_LIMITS.id);
  if (value.trim() === '') return TEXT_MESSAGES.blank;
  return characterProblem(value, CONTROL, true);
}

/**
 * What is wrong with one line of text (a title, a name, a unit label): blank, longer than
 * `max`, or holding any control character (tab and line feed included) or a lone surrogate.
 * @example lineProblem('Grow revenue', 200) // undefined
 * @example lineProblem('Grow\u0000', 200) // 'must not contain control characters'
 */
export function lineProblem(value: string, max: number): string | undefined {
  if (value.length > max) return TEXT_MESSAGES.tooLong(max);
  if (value.trim() === '') return TEXT_MESSAGES.blank;
  return characterProblem(value, CONTROL, false);
}

/**
 * What is wrong with long text (a description, a note, a retrospective; may be empty):
 * longer than `max`, or holding a control character other than tab, line feed and carriage
 * return, or a lone surrogate.
 * @example longTextProblem('First line\r\nsecond line', 5000) // undefined
 * @example longTextProblem('a\u0000b', 5000) // 'must not contain control characters'
 */
export function longTextProblem(value: string, max: number): string | undefined {
  if (value.length > max) return TEXT_MESSAGES.tooLong(max);
  return characterProblem(value, CONTROL_IN_LONG_TEXT, false);
}

/**
 * Whether a number is finite and within `±limit`.
 * @example isWithin(1e15, 1e15) // true
 * @example isWithin(Number.NaN, 1e15) // false
 */
export function isWithin(value: number, limit: number): boolean {
  return value >= -limit && value <= limit;
}

/**
 * The message for a number outside `min..max`, written as people read numbers.
 * @example rangeMessage(0, 1e6) // 'must be from 0 to 1,000,000'
 */
export function rangeMessage(min: number, max: number): string {
  const format = (value: number): string =>
    Math.abs(value) >= 1e9 ? value.toExponential().replace('e+', 'e') : value.toLocaleString('en-US');
  return `must be from ${format(min)} to ${format(max)}`;
}
