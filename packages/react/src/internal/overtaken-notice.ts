import type { OvertakenCheckIns } from '@okrkit/core';
import { formatCurrentValue } from '../format/index';
import type { DirectoryNames, ProvidedOkrLabels } from '../provider/index';

/**
 * The polite sentence shown after a check-in that landed on someone else's: who checked in
 * (the latest of their check-ins this store heard of, named through the directory) and the
 * value they left, in the provider's locale. Null when nothing was overtaken.
 * @example overtakenNotice(recorded.overtook, labels, 'en-US', names) // 'Alex Kim checked in 4 patents meanwhile; your check-in was recorded after it.'
 */
export function overtakenNotice(
  overtook: OvertakenCheckIns | null,
  labels: ProvidedOkrLabels,
  locale: string | undefined,
  names: Pick<DirectoryNames, 'personName'>,
): string | null {
  if (!overtook) return null;
  const authorId = overtook.checkIns.at(-1)?.authorId;
  return labels.checkInOvertook(authorId === undefined ? null : names.personName(authorId), formatCurrentValue(overtook.keyResult.metric, labels, locale));
}
