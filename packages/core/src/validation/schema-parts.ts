import {
  array,
  check,
  custom,
  lazy,
  looseObject,
  picklist,
  pipe,
  string,
  type BaseIssue,
  type GenericSchema,
  type ObjectEntries,
} from 'valibot';
import { TEXT_MESSAGES } from './text-rules';

/**
 * The valibot building blocks shared by the OKR schemas (`schemas.ts`) and the weekly-report
 * schema: plain messages, written to be read after a path ("keyResults[2].metric.target:
 * must be a number"). Internal: valibot types never reach the public API.
 *
 * The builders are marked free of side effects, like valibot's own, so that a host
 * importing only `lintOkrSet` bundles neither the schemas nor valibot.
 */

/** valibot asks an object's own message for a missing key too; only then does the issue carry a path. */
const objectMessage = (issue: BaseIssue<unknown>): string => (issue.path ? 'is required' : 'must be an object');

const listOf = (options: readonly (string | number)[]): string =>
  `must be one of ${options.map((option) => (typeof option === 'string' ? `"${option}"` : String(option))).join(', ')}`;

/**
 * An object that keeps unknown properties, with plain messages.
 * @example object({ id: ruled(idProblem) })
 */
/* @__NO_SIDE_EFFECTS__ */
export function object<const TEntries extends ObjectEntries>(entries: TEntries) {
  return looseObject(entries, objectMessage);
}

/**
 * One of a few literal values: `must be one of "draft", "submitted"`.
 * @example oneOf(['draft', 'submitted'])
 */
/* @__NO_SIDE_EFFECTS__ */
export function oneOf<const TOptions extends readonly [string | number, ...(string | number)[]]>(options: TOptions) {
  return picklist(options, listOf(options));
}

/**
 * A list of at most `max` items. The length is checked before any item, so that a list of a
 * million entries is refused at once rather than validated entry by entry.
 * @example list(ruled(idProblem), OKR_LIMITS.list.contributesTo)
 */
/* @__NO_SIDE_EFFECTS__ */
export function list<const TItem extends GenericSchema>(item: TItem, max: number) {
  const items = array(item, 'must be a list');
  const tooMany = custom<never>(() => false, TEXT_MESSAGES.tooMany(max));
  return lazy((input) => (Array.isArray(input) && input.length > max ? tooMany : items) as typeof items);
}

/**
 * A string checked by one of the text rules of `text-rules.ts`; the rule's own message says what is wrong.
 * @example ruled((value) => lineProblem(value, OKR_LIMITS.text.title))
 */
/* @__NO_SIDE_EFFECTS__ */
export function ruled(rule: (value: string) => string | undefined) {
  return pipe(
    string('must be text'),
    check(
      (value) => rule(value) === undefined,
      (issue) => rule(issue.input as string) ?? '',
    ),
  );
}

/**
 * Writes a valibot path the way you reach the value in JavaScript: `keyResults[2].metric.target`.
 * Keys are the schemas' own property names and array indexes, so no quoting is needed.
 * @example formatPath([{ key: 'tasks' }, { key: 3 }, { key: 'due' }]) // 'tasks[3].due'
 */
export function formatPath(path: readonly { key: unknown }[] = []): string {
  return path.map(({ key }, at) => (typeof key === 'number' ? `[${key}]` : at ? `.${String(key)}` : String(key))).join('');
}
