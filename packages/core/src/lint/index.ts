export type { LintCode, LintIssue, LintOptions, LintSeverity } from './lint.types';
export { lintObjective, lintOkrSet } from './lint';
export { taskVerbs } from './lint.utils';
