import { describe, expect, it } from 'vitest';
import { lintOkrSet, type OkrSet } from '../src/index';

const period = { id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' };

describe('lintOkrSet: parameters for other languages', () => {
  it('given a draft objective with one KR, its params name the state apart from the title, and a KR of it names its objective', () => {
    const okrSet: OkrSet = {
      periods: [period],
      objectives: [{ id: 'o1', title: 'Growth', periodId: 'q1', state: 'draft' }],
      keyResults: [{ id: 'k1', objectiveId: 'o1', title: 'Launch the app', metric: { kind: 'binary', done: false } }],
      checkIns: [],
    } as unknown as OkrSet;
    const issues = lintOkrSet(okrSet);
    expect(issues.find((issue) => issue.code === 'vague-objective')?.params).toEqual({ objective: { title: 'Growth', state: 'draft' }, minWords: 3 });
    expect(issues.find((issue) => issue.code === 'task-as-key-result')?.params).toEqual({ keyResult: { title: 'Launch the app', objective: { title: 'Growth', state: 'draft' } } });
  });

  it('given references that do not resolve, each dangling-reference names which reference and the missing id', () => {
    const okrSet = {
      periods: [period],
      objectives: [{ id: 'o1', title: 'Grow revenue in Europe', periodId: 'gone-period', contributesTo: ['gone-o'] }],
      keyResults: [],
      checkIns: [{ id: 'c1', keyResultId: 'gone-kr', at: '2026-01-05T09:00:00Z', value: 1 }],
    } as unknown as OkrSet;
    const params = lintOkrSet(okrSet)
      .filter((issue) => issue.code === 'dangling-reference')
      .map((issue) => issue.params);
    expect(params).toEqual([
      { via: 'objective-period', name: 'Grow revenue in Europe', missingId: 'gone-period' },
      { via: 'objective-contributes-to', name: 'Grow revenue in Europe', missingId: 'gone-o' },
      { via: 'check-in-key-result', name: '2026-01-05T09:00:00Z', missingId: 'gone-kr' },
    ]);
  });
});
