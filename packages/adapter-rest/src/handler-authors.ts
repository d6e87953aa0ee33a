import { ForbiddenError, type Change } from '@okrkit/core';

const AUTHORED: Partial<Record<Change['kind'], string>> = { checkIn: 'check-in', weeklyReport: 'weekly report' };

/**
 * The person id a handler stamps on what a writer authors: `identity.id` when it is a
 * non-empty string, else `null` (nothing is stamped or checked).
 * @example defaultAuthorOf({ id: 'ana', teamId: 't' }) // 'ana'
 */
export function defaultAuthorOf(identity: unknown): string | null {
  const id = typeof identity === 'object' && identity !== null ? (identity as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? id : null;
}

/**
 * Check-ins and weekly reports are written by their author, whoever the client says it is:
 * a put without `authorId` gets the writer's; a put naming someone else is **refused**
 * (403, naming the change), never silently rewritten — the client would go on showing a
 * record the server does not hold, and a forged author is a bug or an attack worth hearing
 * about. That also means nobody edits someone else's check-in or report under that
 * person's name (a policy may still let them delete it). With `authorId` `null` (a trusted
 * import job, say) the changes pass unchanged.
 * @example
 * stampAuthors([{ op: 'put', kind: 'checkIn', record: { id: 'c1', keyResultId: 'kr', at, value: 3 }, expectedVersion: null }], 'ana')
 * // the check-in now has authorId: 'ana'
 * @throws ForbiddenError `changes[0].record.authorId: you may not write a check-in as "bob"`
 */
export function stampAuthors(changes: readonly Change[], authorId: string | null): Change[] {
  if (authorId === null) return [...changes];
  return changes.map((change, index) => {
    const noun = AUTHORED[change.kind];
    if (change.op !== 'put' || noun === undefined) return change;
    const written = (change.record as { authorId?: unknown }).authorId;
    if (written === undefined) return { ...change, record: { ...change.record, authorId } } as Change;
    if (written !== authorId) {
      throw new ForbiddenError(`changes[${index}].record.authorId: you may not write a ${noun} as ${JSON.stringify(written)} (you are ${JSON.stringify(authorId)})`);
    }
    return change;
  });
}
