import type { OkrStorageError } from '@okrkit/core';
import type { OkrLabels } from '../provider/labels';

/**
 * Why a save was refused, in the words every editing part uses: "Not saved." with the
 * reason for the error's code and, when given, the store's details in brackets.
 * @example saveErrorMessage(new UnavailableError('offline'), defaultLabels) // 'Not saved. Storage could not be reached. …'
 */
export function saveErrorMessage(error: OkrStorageError, labels: Pick<OkrLabels, 'saveFailed' | 'storageErrors'>, details: readonly string[] = []): string {
  return `${labels.saveFailed} ${labels.storageErrors[error.code]}${details.length > 0 ? ` (${details.join('; ')})` : ''}`;
}
