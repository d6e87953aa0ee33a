import type { MetricUnit } from '@okrkit/core';

/**
 * Every number okrkit shows goes through these functions, so a value reads the same in a
 * progress bar, a card and a check-in dialog. Pure: the locale is always passed in
 * (`undefined` means the runtime's default locale).
 */

// Building an Intl.NumberFormat is far slower than using one; a page of cards formats
// thousands of numbers with a handful of distinct (locale, options) pairs.
const formatters = new Map<string, Intl.NumberFormat>();

/** The shared formatter for (locale, options), built once. Internal to okrkit's widgets. */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

const PLAIN: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };

/**
 * What a widget shows in place of a number that is not one (NaN, ±Infinity): no okrkit
 * widget ever prints "NaN" or "∞", whatever a host's data or a custom strategy produces.
 * @example formatNumber(Number.NaN, 'en-US') // '—'
 */
export const NOT_A_NUMBER_TEXT = '—';

/** From this magnitude on, numbers are written in scientific notation ("1.8E308"), not as 309 digits. */
const SCIENTIFIC_FROM = 1e15;

/** Formats a finite number (scientific when huge); anything else is {@link NOT_A_NUMBER_TEXT}. */
function guardedFormat(value: number, locale: string | undefined, options: Intl.NumberFormatOptions, magnitude = value): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER_TEXT;
  const huge = Math.abs(magnitude) >= SCIENTIFIC_FROM;
  return numberFormat(locale, huge ? { ...options, notation: 'scientific', minimumFractionDigits: 0, maximumFractionDigits: 2 } : options).format(value);
}
const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * A plain number with the locale's grouping and digits, at most two decimals.
 * @example formatNumber(1100000, 'en-US') // '1,100,000'
 * @example formatNumber(4.8, 'ar-EG') // '٤٫٨'
 */
export function formatNumber(value: number, locale: string | undefined): string {
  return guardedFormat(value, locale, PLAIN);
}

/**
 * A custom unit's label for an amount: `labelOne` when the locale counts the amount as one
 * (`Intl.PluralRules`, with the same rounding as {@link formatNumber}, so 1.001 shown as "1"
 * is one), otherwise `label` as written. okrkit does not guess singulars.
 * @example customUnitLabel(1, { kind: 'custom', label: 'patents', labelOne: 'patent' }, 'en-US') // 'patent'
 * @example customUnitLabel(1, { kind: 'custom', label: 'patents' }, 'en-US') // 'patents'
 */
export function customUnitLabel(value: number, unit: Extract<MetricUnit, { kind: 'custom' }>, locale: string | undefined): string {
  if (unit.labelOne === undefined) return unit.label;
  const key = locale ?? '';
  let rules = pluralRules.get(key);
  if (!rules) pluralRules.set(key, (rules = new Intl.PluralRules(locale, PLAIN)));
  return rules.select(value) === 'one' ? unit.labelOne : unit.label;
}

/**
 * Whether a custom unit is a word ("patents", "min") rather than a symbol ("/5").
 * Words are spaced from the number and, in "3 of 5 patents", said only once.
 */
export function isWordUnit(unit: MetricUnit | undefined): boolean {
  return unit?.kind === 'custom' && /^\p{L}/u.test(unit.label);
}

/**
 * A metric value with its unit, for the given locale.
 *
 * - `count` (and no unit): grouped number, e.g. `1,100,000`.
 * - `percent`: the value is already a percentage (50 means 50 %), written the locale's
 *   way: `50%` (en-US), `50 %` (de-DE, fr-FR), `٥٠٪؜` (ar-EG).
 * - `currency`: the ISO 4217 code formats it; whole amounts drop the cents (`€12,000,000`).
 * - `custom`: a word label follows after a space (`5 patents`); a symbol label is attached
 *   (`4.8/5`), as people write scores. `labelOne` is used for an amount of one (`1 patent`).
 * @example formatMetricValue(3, { kind: 'custom', label: 'patents' }, 'en-US') // '3 patents'
 * @example formatMetricValue(8600000, { kind: 'currency', currency: 'EUR' }, 'de-DE') // '8.600.000 €'
 */
export function formatMetricValue(value: number, unit: MetricUnit | undefined, locale: string | undefined): string {
  switch (unit?.kind) {
    case undefined:
    case 'count':
      return formatNumber(value, locale);
    case 'percent':
      return guardedFormat(value, locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 2 });
    case 'currency':
      return guardedFormat(
        value,
        locale,
        // Whole amounts without ".00": a KR target of €12,000,000 is not about cents.
        Number.isInteger(value)
          ? { style: 'currency', currency: unit.currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }
          : { style: 'currency', currency: unit.currency },
      );
    case 'custom':
      return `${formatNumber(value, locale)}${isWordUnit(unit) ? ' ' : ''}${customUnitLabel(value, unit, locale)}`;
    default:
      return unit satisfies never;
  }
}

/**
 * A fraction (0.6) as a whole percentage for the locale. Over-achievement and negative
 * progress are written as they are (`115%`, `-25%`): clamping is the caller's choice.
 * NaN and ±Infinity are written as {@link NOT_A_NUMBER_TEXT}, huge values in scientific notation.
 * @example formatPercent(0.6, 'en-US') // '60%'
 * @example formatPercent(0.6, 'fr-FR') // '60 %' (with a no-break space)
 */
export function formatPercent(fraction: number, locale: string | undefined): string {
  return guardedFormat(fraction, locale, { style: 'percent', maximumFractionDigits: 0 }, fraction * 100);
}

/**
 * A progress fraction written as the percentage a progress bar shows and speaks: whole,
 * never "100%" before the target is reached, over-achievement and setbacks as they are.
 * @example formatProgressPercent(0.996, 'en-US') // '99%'
 * @example formatProgressPercent(1.15, 'de-DE') // '115 %'
 */
export function formatProgressPercent(fraction: number, locale: string | undefined): string {
  return formatPercent(displayPercent(fraction) / 100, locale);
}

/**
 * A progress fraction as the whole percentage a progress bar announces: rounded, but never
 * 100 before the target is reached (99.6 % is not done). Negative and over-achieved
 * progress keep their sign and size; the bar clamps, the text does not.
 * @example displayPercent(0.996) // 99
 * @example displayPercent(1.15) // 115
 */
export function displayPercent(fraction: number): number {
  if (Number.isNaN(fraction)) return 0;
  const rounded = Math.round(fraction * 100);
  if (fraction < 1 && rounded >= 100) return 99;
  // A fraction past 1.8e306 would overflow: saturate instead of turning into 0 or Infinity.
  return Number.isFinite(rounded) ? rounded : rounded > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
}
