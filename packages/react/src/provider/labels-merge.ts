import type { OkrLabelOverrides, OkrSharedWords, ProvidedOkrLabels } from './labels';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * okrkit's words with a host's overrides on top, merged key by key at every level (a
 * section or a record such as `status` keeps the words the host did not name; a function
 * or a string replaces). Neither argument is changed.
 * @example mergeLabels(defaultLabels, { status: { 'at-risk': 'Wackelt' } }).status['on-track'] // 'On track'
 */
export function mergeLabels(base: OkrSharedWords, overrides: OkrLabelOverrides): ProvidedOkrLabels {
  return mergeRecords(base as unknown as Record<string, unknown>, overrides as Record<string, unknown>) as unknown as ProvidedOkrLabels;
}

function mergeRecords(base: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const key of Object.keys(overrides)) {
    const value = overrides[key];
    if (value === undefined) continue;
    const current = merged[key];
    merged[key] = isRecord(value) && isRecord(current) ? mergeRecords(current, value) : isRecord(value) ? mergeRecords({}, value) : value;
  }
  return merged;
}
