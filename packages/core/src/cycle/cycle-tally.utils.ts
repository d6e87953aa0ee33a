import type { BallotIssue, PlanningCycle, TallyEntry, TallyResult, TallyTie, Vote } from './cycle.types';

/**
 * Tallies a cycle's votes into a proposed priority order. Pure: same input, same result.
 *
 * - **ranking**: Borda count — with `n` proposals, a first place earns `n` points, the
 *   second `n − 1`, … ; proposals a ballot leaves out earn nothing from it.
 * - **points**: the sum of the points each voter spread (within the cycle's budget).
 *
 * Only participants with the `voter` role count, one vote each (the first one listed). Voters
 * who did not vote are reported as abstentions; ballots of the wrong method, over budget or
 * naming unknown proposals are left out (or the bad line dropped) and reported. Equal scores are
 * broken by the number of first choices; what still ties shares a place, listed in the order
 * of `proposalIds`, and is reported as an unresolved tie for the confirmer to decide.
 *
 * @example
 * tallyVotes(cycle, ['p1', 'p2'], [{ id: 'v1', cycleId: 'c', voterId: 'ana', ballot: { kind: 'ranking', ranking: ['p2', 'p1'] } }])
 * // → { order: ['p2', 'p1'], entries: [{ proposalId: 'p2', place: 1, score: 2, … }, …], explanation: { … } }
 */
export function tallyVotes(cycle: PlanningCycle, proposalIds: readonly string[], votes: readonly Vote[]): TallyResult {
  // A proposal listed twice is one proposal.
  const uniqueIds = [...new Set(proposalIds)];
  const count = uniqueIds.length;
  interface Line { proposalId: string; index: number; score: number; supporters: number; firstChoices: number }
  const lineOf = new Map<string, Line>();
  const all: Line[] = uniqueIds.map((proposalId, index) => ({ proposalId, index, score: 0, supporters: 0, firstChoices: 0 }));
  for (const line of all) lineOf.set(line.proposalId, line);
  const issues: BallotIssue[] = [];
  const voters = new Set(cycle.participants.filter((participant) => participant.roles.includes('voter')).map((participant) => participant.personId));
  const voted = new Set<string>();
  const method = cycle.votingMethod;
  let ballotsCounted = 0;

  for (const vote of votes) {
    if (vote.cycleId !== cycle.id) continue;
    const { voterId } = vote;
    if (!voters.has(voterId)) { issues.push({ kind: 'not-a-voter', voterId }); continue; }
    if (voted.has(voterId)) { issues.push({ kind: 'duplicate-vote', voterId, voteId: vote.id }); continue; }
    voted.add(voterId);
    const { ballot } = vote;
    if (ballot.kind !== method.kind) { issues.push({ kind: 'wrong-method', voterId, voteId: vote.id }); continue; }
    if (ballot.kind === 'ranking') {
      const seen = new Set<Line>();
      let place = 0;
      for (const proposalId of ballot.ranking) {
        const line = lineOf.get(proposalId);
        if (line === undefined) { issues.push({ kind: 'unknown-proposal', voterId, voteId: vote.id, proposalId }); continue; }
        if (seen.has(line)) { issues.push({ kind: 'repeated-proposal', voterId, voteId: vote.id, proposalId }); continue; }
        seen.add(line);
        line.score += count - place;
        line.supporters += 1;
        if (place === 0) line.firstChoices += 1;
        place += 1;
      }
      ballotsCounted += 1;
      continue;
    }
    const budget = method.kind === 'points' ? method.budget : 0;
    const lines: Array<[Line, number]> = [];
    let spent = 0;
    for (const [proposalId, points] of Object.entries(ballot.points)) {
      const line = lineOf.get(proposalId);
      if (line === undefined) { issues.push({ kind: 'unknown-proposal', voterId, voteId: vote.id, proposalId }); continue; }
      if (!Number.isFinite(points) || points < 0) { issues.push({ kind: 'invalid-points', voterId, voteId: vote.id, proposalId }); continue; }
      if (points === 0) continue;
      lines.push([line, points]);
      spent += points;
    }
    if (spent > budget) { issues.push({ kind: 'over-budget', voterId, voteId: vote.id, spent, budget }); continue; }
    let most = 0;
    for (const [, points] of lines) most = Math.max(most, points);
    for (const [line, points] of lines) {
      line.score += points;
      line.supporters += 1;
      if (points === most) line.firstChoices += 1;
    }
    ballotsCounted += 1;
  }
  for (const voterId of voters) if (!voted.has(voterId)) issues.push({ kind: 'abstained', voterId });

  const sorted = [...all].sort((left, right) => right.score - left.score || right.firstChoices - left.firstChoices || left.index - right.index);
  const entries: TallyEntry[] = [];
  const ties: TallyTie[] = [];
  let previous: Line | undefined;
  let place = 0;
  let group: Line[] = [];
  const closeGroup = () => {
    if (group.length > 1) {
      const unresolved = group.some((line, offset) => offset > 0 && line.firstChoices === group[offset - 1]?.firstChoices);
      ties.push({ proposalIds: group.map((line) => line.proposalId), score: group[0]?.score ?? 0, resolvedBy: unresolved ? 'unresolved' : 'first-choices' });
    }
    group = [];
  };
  sorted.forEach((line, position) => {
    if (previous === undefined || previous.score !== line.score) closeGroup();
    // Tied proposals that first choices cannot separate share a place.
    if (previous === undefined || previous.score !== line.score || previous.firstChoices !== line.firstChoices) place = position + 1;
    group.push(line);
    entries.push({ proposalId: line.proposalId, place, score: line.score, supporters: line.supporters, firstChoices: line.firstChoices });
    previous = line;
  });
  closeGroup();
  return {
    entries,
    order: entries.map((entry) => entry.proposalId),
    explanation: {
      method: method.kind,
      rule: method.kind === 'ranking'
        ? `Borda count: with ${count} proposals a first place earns ${count} points, each lower place one fewer; unranked proposals earn none.`
        : `Points: each voter spreads at most ${method.budget} points; a proposal's score is the sum.`,
      ballotsCounted,
      issues,
      ties,
    },
  };
}
