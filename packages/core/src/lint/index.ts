export type { LintCode, LintIssue, LintOptions, LintSeverity } from './lint.types';
export { lintOkrSet } from './lint';
export { taskVerbs } from './lint.utils';
