import type { KeyResult, Objective } from '../model/model.types';
import { OKR_LIMITS } from '../validation/limits';
import { validateKeyResult, validateObjective } from '../validation/validate';
import type { ValidationError, ValidationResult } from '../validation/validation.types';
import type { ObjectiveFromTemplateOptions, ObjectiveTemplate } from './templates.types';

// Stand-ins for the fields a template leaves to its use, so the rest is checked by the same schemas.
const PLACEHOLDER_PERIOD = 'template-period';
const PLACEHOLDER_KEY_RESULT = 'template-key-result';
/** More key results than this is no focus (DOMAIN §8 flags more than five); a template never needs them. */
const MAX_TEMPLATE_KEY_RESULTS = 20;

function textErrors(path: string, value: unknown, max: number): ValidationError[] {
  if (typeof value !== 'string') return [{ path, message: 'must be text' }];
  if (value.trim() === '') return [{ path, message: 'must not be empty' }];
  if (value.length > max) return [{ path, message: `must be at most ${max} characters` }];
  return [];
}

/**
 * Checks a template like every other input: its id, name and description, its objective's
 * fields and each key result (metric included), with paths (`keyResults[1].metric.target`).
 * @example validateObjectiveTemplate({ ...mvpLaunch, keyResults: [] }).ok // true
 */
export function validateObjectiveTemplate(input: unknown): ValidationResult<ObjectiveTemplate> {
  if (input === null || typeof input !== 'object') return { ok: false, errors: [{ path: '', message: 'must be an object' }] };
  const template = input as Partial<ObjectiveTemplate>;
  const errors: ValidationError[] = [...textErrors('name', template.name, OKR_LIMITS.text.title), ...textErrors('description', template.description, OKR_LIMITS.text.description)];
  const objective = typeof template.objective === 'object' && template.objective !== null ? template.objective : {};
  if (template.objective === null || typeof template.objective !== 'object') errors.push({ path: 'objective', message: 'must be an object' });
  const checkedObjective = validateObjective({ title: template.name, ...objective, periodId: objective.periodId ?? PLACEHOLDER_PERIOD, id: template.id });
  if (!checkedObjective.ok) {
    for (const error of checkedObjective.errors) errors.push({ ...error, path: error.path === 'id' ? 'id' : `objective.${error.path}` });
  }
  if (!Array.isArray(template.keyResults)) errors.push({ path: 'keyResults', message: 'must be a list' });
  else if (template.keyResults.length > MAX_TEMPLATE_KEY_RESULTS) errors.push({ path: 'keyResults', message: `must have at most ${MAX_TEMPLATE_KEY_RESULTS} entries` });
  else
    template.keyResults.forEach((keyResult, index) => {
      const checked = validateKeyResult({ ...keyResult, id: PLACEHOLDER_KEY_RESULT, objectiveId: typeof template.id === 'string' ? template.id : 'template' });
      if (!checked.ok) for (const error of checked.errors) errors.push({ ...error, path: `keyResults[${index}].${error.path}` });
    });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: template as ObjectiveTemplate };
}

/**
 * A new objective and its key results from a template: fresh ids, the chosen period (and
 * parent, owner, team), state `draft`. Ready for the editor, or for `store.saveObjective`.
 * @example
 * const { objective, keyResults } = objectiveFromTemplate(objectiveTemplates[0], { periodId: 'q2', teamId: 'web', generateId });
 * await store.saveObjective({ objective, keyResults });
 */
export function objectiveFromTemplate(template: ObjectiveTemplate, options: ObjectiveFromTemplateOptions): { objective: Objective; keyResults: KeyResult[] } {
  const id = options.generateId('objective');
  const objective: Objective = {
    title: template.name,
    state: 'draft',
    ...structuredClone(template.objective),
    id,
    periodId: options.periodId,
    ...(options.parentId === undefined ? {} : { parentId: options.parentId }),
    ...(options.ownerId === undefined ? {} : { ownerId: options.ownerId }),
    ...(options.teamId === undefined ? {} : { teamId: options.teamId }),
  };
  const keyResults = template.keyResults.map((keyResult) => ({ ...structuredClone(keyResult), id: options.generateId('keyResult'), objectiveId: id }));
  return { objective, keyResults };
}
