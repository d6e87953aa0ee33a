import type { ObjectiveTemplate } from './templates.types';

const count = { kind: 'count' } as const;
const percent = { kind: 'percent' } as const;

/**
 * The method's own scenarios (DOMAIN §9–§10) as templates. Plain data: a host passes its own
 * list, or `[...objectiveTemplates, ...mine]`. Numbers are starting points to overwrite.
 * @example objectiveTemplates.map((template) => template.name) // ['Launch a minimum viable product', …]
 */
export const objectiveTemplates: readonly ObjectiveTemplate[] = [
  {
    id: 'template-mvp-launch',
    name: 'Launch a minimum viable product',
    description:
      'A team launching an MVP: the objective is the launch and what it should teach. The key results measure the core features shipped on time, users acquired and users active, and end with the lessons written down for the next iteration.',
    objective: { kind: 'committed', description: 'Ship only the core features that meet users’ basic needs, then measure and learn.' },
    keyResults: [
      { title: 'Core features shipped on time', metric: { kind: 'milestones', milestones: [{ title: 'Sign-up', done: false }, { title: 'First core task', done: false }, { title: 'Feedback in the product', done: false }] } },
      { title: 'Users acquired', metric: { kind: 'numeric', direction: 'increase', start: 0, target: 500, current: 0, unit: { kind: 'custom', label: 'users', labelOne: 'user' } } },
      { title: 'Weekly active users among those acquired', metric: { kind: 'numeric', direction: 'increase', start: 0, target: 40, current: 0, unit: percent } },
      { title: 'Lessons for the next iteration written and shared', metric: { kind: 'binary', done: false } },
    ],
  },
  {
    id: 'template-training-programme',
    name: 'Run an internal training programme that changes how we work',
    description:
      'Measured by what the training achieves, not by the number of sessions: the quality of the content, who takes part, and whether people apply it at work.',
    objective: { kind: 'committed' },
    keyResults: [
      { title: 'Participants rate the content at least 4.5 out of 5', metric: { kind: 'numeric', direction: 'increase', start: 0, target: 4.5, current: 0, unit: { kind: 'custom', label: '/5' } } },
      { title: 'People invited who complete the programme', metric: { kind: 'numeric', direction: 'increase', start: 0, target: 80, current: 0, unit: percent } },
      { title: 'Participants who applied it in their work within a month (manager check)', metric: { kind: 'numeric', direction: 'increase', start: 0, target: 60, current: 0, unit: percent } },
    ],
  },
  {
    id: 'template-company-quarter',
    name: 'Significantly increase user activity',
    description: 'A quarterly company objective the teams align to: an ambitious outcome with two or three measurable key results.',
    objective: { kind: 'aspirational' },
    keyResults: [
      { title: 'Average daily usage up by 30 minutes', metric: { kind: 'numeric', direction: 'increase', start: 0, target: 30, current: 0, unit: { kind: 'custom', label: 'min' } } },
      { title: 'Monthly active users up 20 %', metric: { kind: 'numeric', direction: 'increase', start: 0, target: 20, current: 0, unit: percent } },
    ],
  },
  {
    id: 'template-department-under-company',
    name: 'Make the first week in the product a success',
    description:
      'A department objective under a company one: pick the company objective as its parent, then measure the part this department moves (here: activation for the company’s user-activity objective).',
    objective: { kind: 'committed' },
    keyResults: [
      { title: 'New users who finish onboarding', metric: { kind: 'numeric', direction: 'increase', start: 0, target: 70, current: 0, unit: percent } },
      { title: 'Activated teams in their first week', metric: { kind: 'numeric', direction: 'increase', start: 0, target: 300, current: 0, unit: count } },
      { title: 'Support tickets about onboarding per week, down to 20', metric: { kind: 'numeric', direction: 'decrease', start: 60, target: 20, current: 60, unit: count } },
    ],
  },
];
