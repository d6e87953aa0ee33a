import type { PlanningPhase } from '@okrkit/core';
import { CYCLE_REFUSAL_CODES, type CycleRefusal } from '@okrkit/core/cycle';
import { describe, expect, it } from 'vitest';
import { planningDe } from './locales/de';
import { planningEs } from './locales/es';
import { planningFr } from './locales/fr';
import { planningVi } from './locales/vi';
import { planningZh } from './locales/zh';
import { defaultPlanningBoardLabels, type PlanningBoardLabels } from './planning-board.labels';
import { describeRefusal } from './planning-board-refusal';

/** One refusal of every code, with facts as the core gives them. */
const refusals: CycleRefusal[] = [
  { code: 'wrong-phase', action: 'vote', phase: 'proposal', phases: ['screening', 'preliminary-presentation'], message: 'voting happens in screening or preliminary-presentation; the cycle is in proposal' },
  { code: 'deadline-passed', action: 'propose', phase: 'proposal', deadline: '2026-03-10', message: 'the proposal phase ended on 2026-03-10' },
  { code: 'not-a-proposer', personId: 'ben', message: 'ben may not propose in this cycle (no proposer role)' },
  { code: 'not-a-voter', personId: 'eve', message: 'eve may not vote in this cycle (no voter role)' },
  { code: 'not-a-discussant', personId: 'zed', message: 'zed may not discuss this proposal (only voters, the confirmer and its proposer)' },
  { code: 'not-the-confirmer', personId: 'ben', message: "ben is not this cycle's confirmer" },
  { code: 'last-phase', phase: 'announcement', message: 'announcement is the last phase' },
  { code: 'phase-backwards', from: 'confirmation', to: 'screening', message: 'phases only move forward: from confirmation to screening is back; reopen it with a reason instead' },
  { code: 'reopen-not-earlier', from: 'confirmation', to: 'announcement', message: 'reopening goes back to an earlier phase than confirmation' },
  { code: 'wrong-ballot-kind', expected: 'points', message: 'this cycle votes by points' },
  { code: 'over-budget', spent: 11, budget: 10, message: 'spends 11 points; the budget is 10' },
  { code: 'no-confirmer', message: 'name the confirmer (the CEO or a named person): someone with the confirmer role' },
];

const sets: Record<string, PlanningBoardLabels> = { en: defaultPlanningBoardLabels, de: planningDe, fr: planningFr, es: planningEs, vi: planningVi, zh: planningZh };
const format = (labels: PlanningBoardLabels) => ({ phaseName: (phase: PlanningPhase) => labels.phaseNames[phase], formatDate: (date: string) => `«${date}»`, formatNumber: (value: number) => `#${value}` });

describe('describeRefusal', () => {
  it('given the samples, every stable code of the core is covered once', () => {
    expect(refusals.map((refusal) => refusal.code).sort()).toEqual([...CYCLE_REFUSAL_CODES].sort());
  });

  it.each(Object.keys(sets))('given the %s words, every code reads as a sentence of its own, in that language, never the core\'s English message', (locale) => {
    const labels = sets[locale]!;
    for (const refusal of refusals) {
      const text = describeRefusal(labels, refusal, format(labels));
      expect(text.trim(), refusal.code).not.toBe('');
      expect(text, refusal.code).not.toContain(refusal.message);
      expect(text, refusal.code).not.toContain('undefined');
      if (locale !== 'en') expect(text, `${locale}: ${refusal.code}`).not.toBe(describeRefusal(defaultPlanningBoardLabels, refusal, format(defaultPlanningBoardLabels)));
    }
  });

  it('given facts, the sentence carries them in the reader\'s format: phase names, the deadline as a date, the budget as a number', () => {
    const labels = defaultPlanningBoardLabels;
    expect(describeRefusal(labels, refusals[0]!, format(labels))).toBe('This happens in Screening / Preliminary presentation; the cycle is in Proposal.');
    expect(describeRefusal(labels, refusals[1]!, format(labels))).toBe('The Proposal phase ended on «2026-03-10».');
    expect(describeRefusal(labels, refusals[4]!, format(labels))).toBe('Only the voters, the confirmer and the proposer of a proposal can discuss it.');
    expect(describeRefusal(labels, refusals[9]!, format(labels))).toBe('This cycle votes by spreading points.');
    expect(describeRefusal(labels, refusals[10]!, format(labels))).toBe('At most #10 points in all.');
    expect(describeRefusal(planningDe, refusals[6]!, format(planningDe))).toBe('Bekanntgabe ist die letzte Phase.');
  });
});
