import { describe, expect, it } from 'vitest';
import { objectiveFromTemplate, objectiveTemplates, validateKeyResult, validateObjective, validateObjectiveTemplate, type ObjectiveTemplate } from '../src/index';

describe('objective templates', () => {
  it('given the built-in templates, every one is valid and they cover the method’s scenarios', () => {
    for (const template of objectiveTemplates) expect(validateObjectiveTemplate(template)).toMatchObject({ ok: true });
    expect(objectiveTemplates.map((template) => template.id)).toEqual(['template-mvp-launch', 'template-training-programme', 'template-company-quarter', 'template-department-under-company']);
    const mvp = objectiveTemplates[0]!.keyResults.map((keyResult) => keyResult.title.toLowerCase());
    expect(mvp.some((title) => title.includes('core features'))).toBe(true);
    expect(mvp.some((title) => title.includes('acquired'))).toBe(true);
    expect(mvp.some((title) => title.includes('active'))).toBe(true);
    expect(mvp.some((title) => title.includes('lessons'))).toBe(true);
    const training = objectiveTemplates[1]!.keyResults.map((keyResult) => keyResult.title.toLowerCase()).join(' | ');
    expect(training).not.toMatch(/sessions/);
    expect(training).toMatch(/content/);
    expect(training).toMatch(/complete/);
    expect(training).toMatch(/applied it in their work/);
  });

  it('given a broken template, it names each problem with its path', () => {
    const broken = {
      ...objectiveTemplates[0]!,
      name: '',
      keyResults: [objectiveTemplates[0]!.keyResults[0]!, { title: 'Churn', metric: { kind: 'numeric', direction: 'decrease', start: 5, target: 6, current: 5 } }],
    } as ObjectiveTemplate;
    const result = validateObjectiveTemplate(broken);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.errors.map((error) => error.path);
    expect(paths).toContain('name');
    expect(paths).toContain('keyResults[1].metric.target');
    expect(validateObjectiveTemplate({ ...objectiveTemplates[0]!, id: 'x'.repeat(500) }).ok).toBe(false);
    expect(validateObjectiveTemplate(null).ok).toBe(false);
  });

  it('given a template used for a department under a company objective, it makes a valid draft objective with fresh ids in the chosen period, parent, owner and team', () => {
    let counter = 0;
    const template = objectiveTemplates[3]!;
    const { objective, keyResults } = objectiveFromTemplate(template, { periodId: 'q2', parentId: 'obj-company', ownerId: 'ana', teamId: 'web', generateId: (kind) => `${kind}-${++counter}` });
    expect(objective).toMatchObject({ id: 'objective-1', title: template.name, state: 'draft', periodId: 'q2', parentId: 'obj-company', ownerId: 'ana', teamId: 'web' });
    expect(validateObjective(objective).ok).toBe(true);
    expect(keyResults.map((keyResult) => [keyResult.id, keyResult.objectiveId])).toEqual([
      ['keyResult-2', 'objective-1'],
      ['keyResult-3', 'objective-1'],
      ['keyResult-4', 'objective-1'],
    ]);
    for (const keyResult of keyResults) expect(validateKeyResult(keyResult).ok).toBe(true);
    // A copy: editing what was made never changes the template.
    keyResults[0]!.title = 'changed';
    expect(template.keyResults[0]!.title).not.toBe('changed');
  });

  it('given a host list, its own templates sit beside (or replace) the built-in ones and are checked the same way', () => {
    const mine: ObjectiveTemplate = { id: 'template-support', name: 'Answer customers faster', description: 'Support team quarter.', objective: {}, keyResults: [{ title: 'First reply within 2 hours', metric: { kind: 'numeric', direction: 'decrease', start: 8, target: 2, current: 8, unit: { kind: 'custom', label: 'h' } } }] };
    const list = [...objectiveTemplates, mine];
    expect(list.every((template) => validateObjectiveTemplate(template).ok)).toBe(true);
  });
});
