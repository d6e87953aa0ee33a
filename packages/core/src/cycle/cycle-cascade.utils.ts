import type { Objective } from '../model/model.types';

/** Whom a cascaded objective is for: a department (team) under a company objective, or a person under their department's. */
export type CascadeTarget = { teamId: string; ownerId?: string } | { ownerId: string };

/** The level of an objective in the cascade: company (no team), department (a team, no owner), personal (a team and an owner). */
export type CascadeLevel = 'company' | 'department' | 'personal';

/**
 * The level of an objective: `company` when it has no team — whoever owns it: a confirmed
 * proposal keeps its proposer as owner and is still the company's —, `department` when it has a
 * team and no owner, `personal` when it has a team and an owner (a person's objective keeps
 * their department's team when cascaded).
 * @example cascadeLevelOf({ id: 'o', title: 'Grow', periodId: 'q2', teamId: 'sales' }) // 'department'
 * @example cascadeLevelOf({ id: 'o', title: 'Grow', periodId: 'q2', ownerId: 'noah' }) // 'company'
 */
export function cascadeLevelOf(objective: Objective): CascadeLevel {
  if (objective.teamId === undefined || objective.teamId === '') return 'company';
  if (objective.ownerId !== undefined && objective.ownerId !== '') return 'personal';
  return 'department';
}

/**
 * Drafts an objective under a confirmed one (DOMAIN.md §3, §5 steps 5–6): a department's
 * (`{ teamId }`) under a company objective, or a person's (`{ ownerId }`) under their
 * department's, which keeps the department's team. The draft is in the parent's period, in
 * state `draft`, linked by `parentId`; the title starts as the parent's for the owner to
 * rewrite. Returns the problems instead when the parent is not active or the levels do not fit.
 * @example cascadeObjective(company, { teamId: 'sales' }, 'o-sales') // { ok: true, objective: { id: 'o-sales', parentId: 'company-1', teamId: 'sales', state: 'draft', … } }
 */
export function cascadeObjective(
  parent: Objective,
  target: CascadeTarget,
  id: string,
  draft: Partial<Pick<Objective, 'title' | 'description' | 'kind' | 'weight'>> = {},
): { ok: true; objective: Objective } | { ok: false; errors: Array<{ path: string; message: string }> } {
  const errors: Array<{ path: string; message: string }> = [];
  if ((parent.state ?? 'active') !== 'active') errors.push({ path: 'parentId', message: `objective "${parent.id}" is ${parent.state}; only a confirmed (active) objective is cascaded` });
  const level = cascadeLevelOf(parent);
  const personal = !('teamId' in target);
  if (personal && level !== 'department') errors.push({ path: 'ownerId', message: `personal objectives cascade from a department's objective; "${parent.id}" is a ${level} objective` });
  if (!personal && level !== 'company') errors.push({ path: 'teamId', message: `department objectives cascade from a company objective; "${parent.id}" is a ${level} objective` });
  if (errors.length > 0) return { ok: false, errors };
  const objective: Objective = {
    id,
    title: draft.title ?? parent.title,
    periodId: parent.periodId,
    parentId: parent.id,
    state: 'draft',
    ...(draft.description === undefined ? {} : { description: draft.description }),
    ...(draft.kind === undefined ? (parent.kind === undefined ? {} : { kind: parent.kind }) : { kind: draft.kind }),
    ...(draft.weight === undefined ? {} : { weight: draft.weight }),
    ...(personal ? { teamId: parent.teamId as string, ownerId: target.ownerId } : { teamId: target.teamId, ...(target.ownerId === undefined ? {} : { ownerId: target.ownerId }) }),
  };
  return { ok: true, objective };
}
