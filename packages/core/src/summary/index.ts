/** A team's or a period's OKRs at a glance: status counts, net confidence, stale KRs, grades. */
export { summarizeOkrs, type GradeBandCount, type OkrSummaryData, type OkrSummaryScope, type OutdatedKeyResult } from './okr-summary';
