import type { OkrSet } from '../model/model.types';
import { validateOkrSet } from '../validation/validate';
import type { ValidationResult } from '../validation/validation.types';
import { CSV_IMPORT_LIMITS } from './csv-limits';

/** The envelope of a JSON export: a format tag and version, so a later okrkit can read older files. */
export const OKR_SET_JSON_FORMAT = 'okrkit/okr-set';

/**
 * A whole set as JSON, in an envelope `{ format, version, set }`; {@link importOkrSetJson}
 * reads it back to a deep-equal set.
 * @example const text = exportOkrSetJson(store.getSnapshot().okrSet);
 */
export function exportOkrSetJson(okrSet: OkrSet): string {
  return `${JSON.stringify({ format: OKR_SET_JSON_FORMAT, version: 1, set: okrSet }, null, 2)}\n`;
}

/**
 * Reads a JSON export (or a bare `OkrSet` object) and validates it whole with
 * {@link validateOkrSet}: every error with its path (`set.keyResults[2].metric.target`).
 * Broken JSON, a BOM, another format tag or a newer version are clear errors. Never throws.
 * @example
 * const result = importOkrSetJson(text);
 * if (result.ok) await store.restore(result.value); else show(result.errors);
 */
export function importOkrSetJson(input: string): ValidationResult<OkrSet> {
  if (input.length > CSV_IMPORT_LIMITS.characters) return { ok: false, errors: [{ path: '', message: `is too large: at most ${CSV_IMPORT_LIMITS.characters} characters` }] };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    return { ok: false, errors: [{ path: '', message: `is not JSON (${cause instanceof Error ? cause.message : 'unreadable'})` }] };
  }
  const isEnvelope = parsed !== null && typeof parsed === 'object' && 'format' in parsed;
  if (isEnvelope) {
    const envelope = parsed as { format: unknown; version?: unknown; set?: unknown };
    if (envelope.format !== OKR_SET_JSON_FORMAT) return { ok: false, errors: [{ path: 'format', message: `must be "${OKR_SET_JSON_FORMAT}"` }] };
    if (envelope.version !== 1) return { ok: false, errors: [{ path: 'version', message: 'must be 1 (this file comes from a newer okrkit, or was edited)' }] };
    const result = validateOkrSet(envelope.set);
    return result.ok ? result : { ok: false, errors: result.errors.map((error) => ({ ...error, path: error.path ? `set.${error.path}` : 'set' })) };
  }
  return validateOkrSet(parsed);
}
