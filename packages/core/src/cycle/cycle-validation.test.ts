import { describe, expect, it } from 'vitest';
import type { ProposalComment } from './cycle.types';
import { validateProposalComment } from './index';

const top: ProposalComment = { id: 'c1', proposalId: 'p1', authorId: 'ana', stance: 'for', text: 'Fits the strategy' };
const reply: ProposalComment = { id: 'c2', proposalId: 'p1', authorId: 'ben', stance: 'question', text: 'With which budget?', replyToId: 'c1' };

describe('validateProposalComment', () => {
  it('given a reply to a top-level comment, when validated, it passes', () => {
    expect(validateProposalComment(reply, [top])).toEqual([]);
  });

  it('given a reply to a reply, or to another proposal, when validated, it refuses with the path', () => {
    expect(validateProposalComment({ ...reply, id: 'c3', replyToId: 'c2' }, [top, reply])).toEqual([{ path: 'replyToId', message: 'replies to a reply; threads are one level deep' }]);
    expect(validateProposalComment({ ...reply, proposalId: 'p2' }, [top])).toEqual([{ path: 'replyToId', message: 'replies to a comment on another proposal' }]);
  });

  it('given an empty or oversized text and an unknown stance, when validated, it names each field', () => {
    expect(validateProposalComment({ ...top, text: ' ', stance: 'maybe' as never }, []).map((error) => error.path)).toEqual(['stance', 'text']);
    expect(validateProposalComment({ ...top, text: 'x'.repeat(10_001) }, [])).toEqual([{ path: 'text', message: 'is longer than 10000 characters' }]);
  });
});
