export type { LintCode, LintIssue, LintIssueOf, LintKeyResultName, LintObjectiveName, LintOptions, LintParams, LintSeverity } from './lint.types';
export { lintObjective, lintOkrSet } from './lint';
export { taskVerbs } from './lint.utils';
