/**
 * Benchmark: tallying a planning cycle of 200 proposals × 50 voters (full rankings) with
 * @okrkit/core's tallyVotes, against a naive peer in the same run, interleaved: the textbook
 * nested-loop Borda count (for every proposal, scan every ballot with indexOf for its rank), then a
 * sort by score. Both produce the same order; the figures and the ratio are printed. Not a test.
 * `pnpm bench:tally`.
 */
import { performance } from 'node:perf_hooks';
import { tallyVotes } from '../packages/core/dist/cycle.js';
import { median } from './statistics.mjs';

const PROPOSALS = 200;
const VOTERS = 50;
const ROUNDS = 30;

/** A small deterministic generator so every run tallies the same ballots. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const next = random(11);
const proposalIds = Array.from({ length: PROPOSALS }, (_, index) => `p${index}`);
const cycle = {
  id: 'plan',
  periodId: 'q2',
  phase: 'screening',
  phases: [],
  participants: Array.from({ length: VOTERS }, (_, index) => ({ personId: `m${index}`, roles: ['voter'] })),
  votingMethod: { kind: 'ranking' },
};
const votes = cycle.participants.map(({ personId }) => {
  const ranking = [...proposalIds];
  for (let index = ranking.length - 1; index > 0; index -= 1) {
    const swap = Math.floor(next() * (index + 1));
    [ranking[index], ranking[swap]] = [ranking[swap], ranking[index]];
  }
  return { id: `v-${personId}`, cycleId: 'plan', voterId: personId, ballot: { kind: 'ranking', ranking } };
});

/** The straightforward peer: for each proposal, for each ballot, find its rank with indexOf. */
function naiveScores(ids, ballots) {
  return ids.map((proposalId) => {
    let score = 0;
    for (const vote of ballots) {
      const rank = vote.ballot.ranking.indexOf(proposalId);
      if (rank >= 0) score += ids.length - rank;
    }
    return { proposalId, score };
  });
}

function naiveBorda(ids, ballots) {
  const scores = ids.map((proposalId) => {
    let score = 0;
    for (const vote of ballots) {
      const rank = vote.ballot.ranking.indexOf(proposalId);
      if (rank >= 0) score += ids.length - rank;
    }
    return { proposalId, score };
  });
  scores.sort((left, right) => right.score - left.score);
  return scores.map((entry) => entry.proposalId);
}

// Both must give every proposal the same Borda score before their times mean anything.
const okrkitScores = new Map(tallyVotes(cycle, proposalIds, votes).entries.map((entry) => [entry.proposalId, entry.score]));
for (const { proposalId, score } of naiveScores(proposalIds, votes)) {
  if (okrkitScores.get(proposalId) !== score) throw new Error(`the tallies disagree on ${proposalId}`);
}

const okrkit = [];
const naive = [];
for (let round = 0; round < ROUNDS; round += 1) {
  let start = performance.now();
  tallyVotes(cycle, proposalIds, votes);
  okrkit.push(performance.now() - start);
  start = performance.now();
  naiveBorda(proposalIds, votes);
  naive.push(performance.now() - start);
}
const okrkitMedian = median(okrkit);
const naiveMedian = median(naive);
console.log(`tally ${PROPOSALS} proposals × ${VOTERS} voters (rankings), ${ROUNDS} interleaved rounds, median`);
console.log(`  okrkit tallyVotes (with explanation): ${okrkitMedian.toFixed(3)} ms`);
console.log(`  naive nested-loop Borda:              ${naiveMedian.toFixed(3)} ms`);
console.log(`  ratio okrkit / naive: ${(okrkitMedian / naiveMedian).toFixed(2)}×`);
