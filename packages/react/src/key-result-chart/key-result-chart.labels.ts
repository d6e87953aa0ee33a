import type { ProvidedOkrLabels } from '../provider/labels';

/** What the chart's summary sentence is built from; every string is already formatted for the locale. */
export interface ChartSummaryParts {
  title: string;
  /** The period as a range ("1 Jan 2026 – 31 Mar 2026"), or null when unknown. */
  period: string | null;
  count: number;
  /** The latest reading ("1,250 users") and its date, or null without check-ins. */
  latest: string | null;
  latestDate: string | null;
  /** Where the expected line is today, or null (guardrails, no period). */
  expected: string | null;
  /** The target ("1,200 users"), or a guardrail's band ("between 99.5% and 100%"). */
  target: string | null;
}

/** One check-in, spoken or shown: every string formatted; null when not recorded. */
export interface ChartPointParts {
  date: string;
  value: string;
  progress: string;
  confidence: string | null;
  author: string | null;
  note: string | null;
}

/**
 * The words of `KeyResultChart` and the card's sparklines. Override them with the chart's
 * `labels` prop, or for every chart with the provider's `labels.chart` group.
 * @example <OkrProvider labels={{ chart: { showTable: 'Als Tabelle', today: 'Heute' } }}>
 */
export interface KeyResultChartLabels {
  /** The drawing's accessible name (`role="img"`). */
  summary: (parts: ChartSummaryParts) => string;
  /** The slider over the check-ins ("Check-ins of Weekly active users": a panel may hold several charts), and each check-in's spoken text. */
  checkIns: (title: string) => string;
  point: (parts: ChartPointParts) => string;
  noCheckIns: string;
  showTable: string;
  hideTable: string;
  tableCaption: (title: string) => string;
  date: string;
  value: string;
  progress: string;
  confidence: string;
  author: string;
  note: string;
  /** Legend words. */
  actual: string;
  expected: string;
  target: string;
  today: string;
  band: string;
  /** A sparkline's text: "up 12 % since 3 Mar". `change` is formatted without its sign. */
  sparklineChange: (direction: 'up' | 'down' | 'flat', change: string, since: string) => string;
  /** A sparkline with one check-in: "40 % on 3 Mar". */
  sparklineSingle: (progress: string, date: string) => string;
}

/** The sparkline's words: apart, so a card's rows don't ship the chart's. */
export type SparklineLabels = Pick<KeyResultChartLabels, 'sparklineChange' | 'sparklineSingle'>;

/** okrkit's English words for the sparkline. */
export const defaultSparklineLabels: SparklineLabels = {
  sparklineChange: (direction, change, since) => (direction === 'flat' ? `unchanged since ${since}` : `${direction} ${change} since ${since}`),
  sparklineSingle: (progress, date) => `${progress} on ${date}`,
};

/** okrkit's English words for the chart. */
export const defaultKeyResultChartLabels: KeyResultChartLabels = /* @__PURE__ */ Object.assign(
  {
    summary: ({ title, period, count, latest, latestDate, expected, target }) =>
      [
        `${title}: progress over time${period ? `, ${period}` : ''}.`,
        count === 0 ? 'No check-ins yet.' : `${count === 1 ? '1 check-in' : `${count} check-ins`}; latest ${latest} on ${latestDate}.`,
        expected ? `Expected by today: ${expected}.` : '',
        target ? `Target ${target}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    checkIns: (title) => `Check-ins of ${title}`,
    point: ({ date, value, progress, confidence, author, note }) =>
      [`${date}: ${value} (${progress})`, confidence ? `confidence ${confidence}` : '', author ? `by ${author}` : '', note ? `Note: ${note}` : '']
        .filter(Boolean)
        .join(', '),
    noCheckIns: 'No check-ins yet',
    showTable: 'Show as table',
    hideTable: 'Hide table',
    tableCaption: (title) => `Check-ins of ${title}`,
    date: 'Date',
    value: 'Value',
    progress: 'Progress',
    confidence: 'Confidence',
    author: 'Author',
    note: 'Note',
    actual: 'Actual',
    expected: 'Expected',
    target: 'Target',
    today: 'Today',
    band: 'Allowed range',
  } satisfies Omit<KeyResultChartLabels, keyof SparklineLabels>,
  defaultSparklineLabels,
);

/**
 * The chart's words: defaults, then the provider's `chart` group, then the component's own `labels`.
 * @example resolveKeyResultChartLabels(useOkrContext().labels, props.labels).showTable
 */
export function resolveKeyResultChartLabels(providerLabels: ProvidedOkrLabels | undefined, own: Partial<KeyResultChartLabels> | undefined): KeyResultChartLabels {
  // Read through a widened type: `OkrLabels.chart` is optional and a host's labels may predate it.
  const fromProvider = (providerLabels as (ProvidedOkrLabels & { chart?: Partial<KeyResultChartLabels> }) | undefined)?.chart;
  if (!fromProvider && !own) return defaultKeyResultChartLabels;
  return { ...defaultKeyResultChartLabels, ...fromProvider, ...own };
}
