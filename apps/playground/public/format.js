/**
 * Display formatting for the playground: one place for percentages, metric readings,
 * dates and status words, so the same number never looks different in two places.
 */

const locale = 'en-GB';
const numberFormats = new Map();

function numberFormat(options) {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A fraction as a percentage: 0.455 → "46 %" (or "45.5 %" with one digit). */
export function formatPercent(fraction, digits = 0) {
  const value = numberFormat({ maximumFractionDigits: digits }).format(fraction * 100);
  return `${value} %`;
}

/** A plain number in the page's locale. */
export function formatNumber(value, digits = 2) {
  return numberFormat({ maximumFractionDigits: digits }).format(value);
}

/** A metric value with its unit: "51 min", "4 %", "€8,600,000", "4.2/5", "1,100,000". */
export function formatValue(value, unit) {
  switch (unit?.kind) {
    case 'percent':
      return `${formatNumber(value)} %`;
    case 'currency':
      return numberFormat({ style: 'currency', currency: unit.currency, maximumFractionDigits: 0 }).format(value);
    case 'custom':
      // "/5" reads as a scale ("4.2/5"); other labels are units after a space ("51 min").
      return unit.label.startsWith('/') ? `${formatNumber(value)}${unit.label}` : `${formatNumber(value)} ${unit.label}`;
    case 'count':
    case undefined:
      return formatNumber(value);
    default:
      return formatNumber(value);
  }
}

/** What a KR aims for, in words. */
export function describeTarget(metric) {
  switch (metric.kind) {
    case 'numeric':
      return `${formatValue(metric.start, metric.unit)} → ${formatValue(metric.target, metric.unit)}`;
    case 'binary':
      return 'Not done → done';
    case 'milestones':
      return `${metric.milestones.length} milestones`;
    case 'guardrail': {
      const inclusive = metric.inclusive ?? true;
      const operator = metric.bound === 'below' ? (inclusive ? '≤' : '<') : inclusive ? '≥' : '>';
      return `Stay ${operator} ${formatValue(metric.threshold, metric.unit)}`;
    }
    case 'guardrail-range':
      return `Stay within ${formatValue(metric.min, metric.unit)}–${formatValue(metric.max, metric.unit)}`;
    default:
      return '';
  }
}

/** A KR's current reading, in words. */
export function describeCurrent(metric) {
  switch (metric.kind) {
    case 'numeric':
    case 'guardrail':
    case 'guardrail-range':
      return formatValue(metric.current, metric.unit);
    case 'binary':
      return metric.done ? 'Done' : 'Not done';
    case 'milestones':
      return `${metric.milestones.filter((milestone) => milestone.done).length} of ${metric.milestones.length} done`;
    default:
      return '';
  }
}

/** Status words and symbols: the symbol repeats the word for sighted users; colour only adds to both. */
export const statusDisplay = {
  'not-started': { symbol: '○', label: 'Not started' },
  'on-track': { symbol: '✓', label: 'On track' },
  'at-risk': { symbol: '!', label: 'At risk' },
  'off-track': { symbol: '✕', label: 'Off track' },
  achieved: { symbol: '★', label: 'Achieved' },
};

export const trendDisplay = {
  rising: { symbol: '↑', label: 'rising' },
  falling: { symbol: '↓', label: 'falling' },
  steady: { symbol: '→', label: 'steady' },
  unknown: { symbol: '', label: '' },
};

/** "13 Feb 2026" for an ISO date-time or date, read in UTC like the core reads periods. */
export function formatDate(iso) {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(iso),
  );
}

/** Capitalises the first letter: "aspirational" → "Aspirational". */
export function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
