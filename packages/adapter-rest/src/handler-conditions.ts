import type { RecordCondition, RecordKind, ValidationError } from '@okrkit/core';
import { BadRequestError } from './handler-body';
import { RECORD_KINDS, isObject } from './wire';

/** Most conditions one request may carry (each is one key read inside the write). */
const MAX_CONDITIONS = 1000;

/**
 * Reads the optional `conditions` of a `POST /changes` body (`apply(changes, { conditions })`
 * of a REST client): `[{ kind, id, version }]`, version a whole number ≥ 1 or null.
 * @example parseConditions({ changes: [], conditions: [{ kind: 'objective', id: 'obj-1', version: 3 }] })
 * @throws BadRequestError (422) naming the path of every malformed entry
 */
export function parseConditions(body: unknown): RecordCondition[] {
  const input = isObject(body) ? body['conditions'] : undefined;
  if (input === undefined) return [];
  if (!Array.isArray(input) || input.length > MAX_CONDITIONS) {
    throw new BadRequestError(422, `"conditions" must be an array of at most ${MAX_CONDITIONS}`, [{ path: 'conditions', message: `must be an array of at most ${MAX_CONDITIONS} conditions` }]);
  }
  const errors: ValidationError[] = [];
  const conditions: RecordCondition[] = [];
  input.forEach((entry: unknown, index) => {
    const at = `conditions[${index}]`;
    if (!isObject(entry)) return void errors.push({ path: at, message: 'must be an object { kind, id, version }' });
    const { kind, id, version } = entry;
    if (typeof kind !== 'string' || !(RECORD_KINDS as readonly string[]).includes(kind)) return void errors.push({ path: `${at}.kind`, message: `must be one of ${RECORD_KINDS.join(', ')}` });
    if (typeof id !== 'string' || id === '' || id.length > 1000) return void errors.push({ path: `${at}.id`, message: 'must be a non-empty string of at most 1000 characters' });
    if (version !== null && !(typeof version === 'number' && Number.isSafeInteger(version) && version >= 1)) {
      return void errors.push({ path: `${at}.version`, message: 'must be a whole number of 1 or more, or null (must not exist)' });
    }
    conditions.push({ kind: kind as RecordKind, id, version: version as number | null });
  });
  if (errors.length > 0) throw new BadRequestError(422, 'invalid conditions', errors);
  return conditions;
}
