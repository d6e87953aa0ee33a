export { objectiveTemplates } from './objective-templates';
export { objectiveFromTemplate, validateObjectiveTemplate } from './templates';
export type * from './templates.types';
