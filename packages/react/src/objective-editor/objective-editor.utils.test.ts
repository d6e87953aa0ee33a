import { domainExamples } from '@okrkit/core/examples';
import { describe, expect, it } from 'vitest';
import { draftHints } from './draft-hints';
import { filterObjectiveOptions, objectiveOptions } from './objective-picker.utils';
import { blankKeyResult, blankObjectiveDraft, draftForSave, metricOfKind, moveKeyResult, removeKeyResult, validateDraft } from './objective-editor.utils';

const draftWith = (titles: string[]) => {
  const draft = blankObjectiveDraft({ id: 'o-new', periodId: 'q1-2026', title: 'Win the mid-market segment this quarter' });
  return { ...draft, keyResults: titles.map((title, at) => ({ ...blankKeyResult(`kr-${at}`, 'o-new'), title })) };
};

describe('objective editor rules', () => {
  it('given a blank draft, when validated, it reports the title at objective.title in the core’s words', () => {
    const errors = validateDraft(blankObjectiveDraft({ id: 'o1', periodId: 'q1-2026' }));
    expect(errors.get('objective.title')).toMatch(/\S/);
    expect([...errors.keys()].every((path) => path.startsWith('objective.'))).toBe(true);
  });

  it('given a KR whose target is not a number, it reports keyResults[i].metric.target', () => {
    const draft = draftWith(['Reach 500 paying teams', 'Cut churn']);
    const second = draft.keyResults[1]!;
    draft.keyResults[1] = { ...second, metric: { kind: 'numeric', direction: 'increase', start: 0, target: Number.NaN, current: 0 } };
    const errors = validateDraft(draft);
    expect(errors.has('keyResults[1].metric.target')).toBe(true);
    expect(errors.has('keyResults[0].metric.target')).toBe(false);
  });

  it('given each metric kind, metricOfKind makes a metric the core accepts and keeps the unit', () => {
    const previous = { kind: 'numeric', direction: 'increase', start: 0, target: 10, current: 4, unit: { kind: 'percent' } } as const;
    for (const kind of ['increase', 'decrease', 'binary', 'milestones', 'guardrail', 'guardrail-range'] as const) {
      const draft = draftWith(['Reach 500 paying teams']);
      draft.keyResults[0] = { ...draft.keyResults[0]!, metric: metricOfKind(kind, previous) };
      if (kind === 'milestones') draft.keyResults[0].metric = { kind: 'milestones', milestones: [{ title: 'Beta shipped', done: false, weight: 1 }] };
      expect(validateDraft(draft).size, kind).toBe(0);
    }
    expect(metricOfKind('guardrail', previous)).toMatchObject({ unit: { kind: 'percent' }, current: 4 });
  });

  it('moves, removes (remembering stored ids) and numbers positions in the order shown', () => {
    const draft = draftWith(['a', 'b', 'c']);
    const moved = moveKeyResult(draft, 2, -1);
    expect(moved.keyResults.map((keyResult) => keyResult.title)).toEqual(['a', 'c', 'b']);
    expect(moveKeyResult(draft, 0, -1)).toBe(draft);
    const removed = removeKeyResult(moved, 0, new Set(['kr-0']));
    expect(removed.removedKeyResultIds).toEqual(['kr-0']);
    expect(removeKeyResult(moved, 1, new Set()).removedKeyResultIds).toEqual([]);
    expect(draftForSave(moved).keyResults.map((keyResult) => (keyResult as { position?: number }).position)).toEqual([1, 2, 3]);
  });

  it('given the examples, the picker disables the objective itself and everything aligned below it, with paths to the root', () => {
    const options = objectiveOptions(domainExamples, 'obj-user-activity');
    const byId = new Map(options.map((option) => [option.id, option]));
    expect(byId.get('obj-user-activity')?.disabledReason).toBe('self');
    expect(byId.get('obj-retention')?.disabledReason).toBe('descendant');
    expect(byId.get('obj-support')?.disabledReason).toBe('descendant');
    expect(byId.get('obj-company-growth')?.disabledReason).toBeUndefined();
    expect(byId.get('obj-support')?.path).toEqual([
      'Make Brightline the app our users open every day',
      'Significantly increase user activity',
      'Keep the users we win',
      'Answer every customer quickly and well',
    ]);
    expect(filterObjectiveOptions(options, 'brightline KEEP').map((option) => option.id)).toContain('obj-retention');
  });

  it('given a vague title, one KR written as a task and no parent, the hints say so for this objective only', () => {
    const draft = {
      ...draftWith(['Launch the new onboarding']),
      objective: { ...blankObjectiveDraft({ id: 'o-new', periodId: 'q1-2026' }).objective, title: 'Growth', teamId: 'brightline-growth', ownerId: 'priya-nair' },
    };
    draft.keyResults[0] = { ...draft.keyResults[0]!, metric: { kind: 'binary', done: false } };
    const codes = draftHints(domainExamples, draft).map((hint) => hint.code);
    expect(codes).toEqual(expect.arrayContaining(['vague-objective', 'task-as-key-result', 'too-few-key-results', 'orphan-objective']));
    const aligned = { ...draft, objective: { ...draft.objective, parentId: 'obj-user-activity' } };
    expect(draftHints(domainExamples, aligned).map((hint) => hint.code)).not.toContain('orphan-objective');
  });
});
