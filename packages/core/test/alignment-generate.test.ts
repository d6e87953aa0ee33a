import { describe, expect, it } from 'vitest';
import * as core from '../src/index';
import { assessOkrSet, buildAlignmentGraph, lintOkrSet, validateOkrSet } from '../src/index';
import { generateOrganisation } from '../src/examples/index';

describe('generateOrganisation', () => {
  const organisation = generateOrganisation({ objectives: 5000, seed: 42, loop: true });
  const { okrSet, now, topLevelTeamIds } = organisation;

  it('given a size and a seed, when generated, it makes exactly that many objectives, the same ones each time', () => {
    expect(okrSet.objectives).toHaveLength(5000);
    const first = generateOrganisation({ objectives: 1000, seed: 42, loop: true });
    const again = generateOrganisation({ objectives: 1000, seed: 42, loop: true });
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    expect(generateOrganisation({ objectives: 5000, seed: 43 }).okrSet.objectives[10]).not.toEqual(okrSet.objectives[10]);
    for (const objectives of [0, 1, 7, 60]) expect(generateOrganisation({ objectives }).okrSet.objectives).toHaveLength(objectives);
  });

  it('given a loop asked for, when validated, the loop is the only error', () => {
    const result = validateOkrSet(okrSet);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]?.message).toMatch(/makes a loop/);
    }
    expect(validateOkrSet(generateOrganisation({ objectives: 800, seed: 1 }).okrSet)).toMatchObject({ ok: true });
  });

  it('given the organisation, when built, its orphans and loop are the ones it says it made, and lintOkrSet agrees', () => {
    const graph = buildAlignmentGraph(okrSet, { topLevelTeamIds });
    expect([...graph.orphans].sort()).toEqual([...organisation.orphanIds].sort());
    expect(organisation.orphanIds).toHaveLength(10);
    expect(graph.loops).toHaveLength(1);
    expect([...(graph.loops[0] ?? [])].sort()).toEqual([...organisation.loopIds].sort());
    const linted = lintOkrSet(okrSet, { topLevelTeamIds, ignore: ['too-many-objectives'] }).filter((issue) => issue.code === 'orphan-objective');
    expect(linted.map((issue) => issue.objectiveId).sort()).toEqual([...organisation.orphanIds].sort());
    expect(graph.roots).toHaveLength(4);
  });

  it('given the organisation, when looked at, it has company → department → team → person depth, cross-team links and people', () => {
    const graph = buildAlignmentGraph(okrSet, { topLevelTeamIds });
    expect(Math.max(...graph.nodes.map((node) => node.depth))).toBe(3);
    expect(graph.edges.filter((edge) => edge.via === 'objective-contributes-to').length).toBeGreaterThan(5);
    expect(graph.edges.filter((edge) => edge.via === 'key-result-contributes-to').length).toBeGreaterThan(5);
    expect(new Set(organisation.teams.map((team) => team.level))).toEqual(new Set(['company', 'department', 'team']));
    expect(organisation.people.length).toBeGreaterThan(1000);
    expect(okrSet.objectives.filter((objective) => objective.state === 'draft').length).toBeGreaterThan(20);
  });

  it('given the organisation at its now, when assessed, statuses spread over on track, at risk and off track', () => {
    const counts = new Map<string, number>();
    for (const assessment of assessOkrSet(okrSet, { now }).values()) counts.set(assessment.status, (counts.get(assessment.status) ?? 0) + 1);
    for (const status of ['on-track', 'at-risk', 'off-track']) expect(counts.get(status) ?? 0).toBeGreaterThan(300);
  });

  it('given the main entry, when imported, it does not carry the generator (it lives in @okrkit/core/examples)', () => {
    expect('generateOrganisation' in core).toBe(false);
    expect('buildAlignmentGraph' in core).toBe(true);
  });
});
