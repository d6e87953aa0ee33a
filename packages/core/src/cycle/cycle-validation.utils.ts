import { OKR_LIMITS } from '../validation/limits';
import type { ProposalComment } from './cycle.types';

const STANCES: ReadonlySet<string> = new Set(['for', 'against', 'question']);

/**
 * Checks a discussion comment against the comments already on its proposal: a known stance,
 * non-empty text within `OKR_LIMITS.text.description`, ids within `OKR_LIMITS.id`, and a reply
 * only to a top-level comment of the same proposal (threads are one level deep).
 * Returns the problems with their paths; an empty list means valid.
 *
 * @example
 * validateProposalComment({ id: 'c2', proposalId: 'p1', authorId: 'ben', stance: 'against', text: 'No budget', replyToId: 'c1' }, existing)
 * // → [] when c1 is a top-level comment on p1
 */
export function validateProposalComment(comment: ProposalComment, existing: readonly ProposalComment[]): Array<{ path: string; message: string }> {
  const errors: Array<{ path: string; message: string }> = [];
  for (const field of ['id', 'proposalId', 'authorId'] as const) {
    const value = comment[field];
    if (typeof value !== 'string' || value === '') errors.push({ path: field, message: 'is required' });
    else if (value.length > OKR_LIMITS.id) errors.push({ path: field, message: `is longer than ${OKR_LIMITS.id} characters` });
  }
  if (!STANCES.has(comment.stance)) errors.push({ path: 'stance', message: "must be 'for', 'against' or 'question'" });
  if (typeof comment.text !== 'string' || comment.text.trim() === '') errors.push({ path: 'text', message: 'is required' });
  else if (comment.text.length > OKR_LIMITS.text.description) errors.push({ path: 'text', message: `is longer than ${OKR_LIMITS.text.description} characters` });
  if (comment.replyToId !== undefined) {
    const parent = existing.find((candidate) => candidate.id === comment.replyToId);
    if (!parent) errors.push({ path: 'replyToId', message: `comment ${comment.replyToId} not found` });
    else if (parent.proposalId !== comment.proposalId) errors.push({ path: 'replyToId', message: 'replies to a comment on another proposal' });
    else if (parent.replyToId !== undefined) errors.push({ path: 'replyToId', message: 'replies to a reply; threads are one level deep' });
  }
  return errors;
}
