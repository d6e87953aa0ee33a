import { OKR_LIMITS } from '../validation/limits';

/** FNV-1a over UTF-16 units, twice with different offsets: 16 hex digits, enough to keep derived ids apart. */
function hash(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    first = Math.imul(first ^ unit, 0x01000193) >>> 0;
    second = Math.imul(second ^ unit, 0x01000193 + 2) >>> 0;
  }
  return first.toString(16).padStart(8, '0') + second.toString(16).padStart(8, '0');
}

function derived(prefix: string, parts: readonly string[]): string {
  const plain = `${prefix}:${parts.map((part) => part.replaceAll('\\', '\\\\').replaceAll(':', '\\:')).join(':')}`;
  return plain.length <= OKR_LIMITS.id ? plain : `${prefix}#${hash(plain)}`;
}

/**
 * The id of a voter's vote in a cycle: derived, so there is one per voter per cycle and
 * voting again replaces it (storage refuses a second create of the same id). Within
 * `OKR_LIMITS.id`: a hash when the plain form would be longer.
 * @example voteIdOf('plan-q2', 'ben') // 'vote:plan-q2:ben'
 */
export function voteIdOf(cycleId: string, voterId: string): string {
  return derived('vote', [cycleId, voterId]);
}

/**
 * The id of an objective's close-out: one per objective.
 * @example closeOutIdOf('o1') // 'close-out:o1'
 */
export function closeOutIdOf(objectiveId: string): string {
  return derived('close-out', [objectiveId]);
}
