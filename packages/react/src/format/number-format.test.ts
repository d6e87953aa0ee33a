import { describe, expect, it } from 'vitest';
import { customUnitLabel, displayPercent, formatMetricValue, formatNumber, formatPercent, formatProgressPercent } from './number-format';

// Intl separates numbers from "%" and "€" with no-break spaces; spelt out so a diff shows them.
const NBSP = '\u00a0'; // de-DE
const NNBSP = '\u202f'; // fr-FR groups digits with a narrow no-break space (and, in current ICU, uses NBSP before %)

describe('formatMetricValue', () => {
  const count = { kind: 'count' } as const;
  const percent = { kind: 'percent' } as const;
  const euro = { kind: 'currency', currency: 'EUR' } as const;
  const patents = { kind: 'custom', label: 'patents' } as const;
  const outOfFive = { kind: 'custom', label: '/5' } as const;

  it('given a count, it groups digits the locale’s way', () => {
    expect(formatMetricValue(1_100_000, count, 'en-US')).toBe('1,100,000');
    expect(formatMetricValue(1_100_000, count, 'de-DE')).toBe('1.100.000');
    expect(formatMetricValue(1_100_000, count, 'fr-FR')).toBe(`1${NNBSP}100${NNBSP}000`);
    expect(formatMetricValue(1_100_000, count, 'ar-EG')).toBe('١٬١٠٠٬٠٠٠');
  });

  it('given no unit, it formats like a count, with at most two decimals', () => {
    expect(formatMetricValue(3.14159, undefined, 'en-US')).toBe('3.14');
    expect(formatNumber(4.8, 'de-DE')).toBe('4,8');
  });

  it('given a percent unit, it reads the value as a percentage already (50 is 50 %, not 5000 %)', () => {
    expect(formatMetricValue(50, percent, 'en-US')).toBe('50%');
    expect(formatMetricValue(50, percent, 'de-DE')).toBe(`50${NBSP}%`);
    expect(formatMetricValue(50, percent, 'fr-FR')).toBe(`50${NBSP}%`);
    expect(formatMetricValue(50, percent, 'ar-EG')).toBe('٥٠٪؜');
  });

  it('given a fractional percentage, it keeps up to two decimals (99.5 % is not 100 %)', () => {
    expect(formatMetricValue(99.5, percent, 'en-US')).toBe('99.5%');
    expect(formatMetricValue(99.5, percent, 'de-DE')).toBe(`99,5${NBSP}%`);
  });

  it('given a currency, it uses the ISO code and drops the cents of whole amounts', () => {
    expect(formatMetricValue(12_000_000, euro, 'en-US')).toBe('€12,000,000');
    expect(formatMetricValue(12_000_000, euro, 'de-DE')).toBe(`12.000.000${NBSP}€`);
    expect(formatMetricValue(12_000_000, euro, 'fr-FR')).toBe(`12${NNBSP}000${NNBSP}000${NBSP}€`);
    expect(formatMetricValue(1234.5, { kind: 'currency', currency: 'USD' }, 'en-US')).toBe('$1,234.50');
  });

  it('given a custom word unit, it follows the number after a space; a symbol unit is attached', () => {
    expect(formatMetricValue(5, patents, 'en-US')).toBe('5 patents');
    expect(formatMetricValue(3, patents, 'ar-EG')).toBe('٣ patents');
    expect(formatMetricValue(4.8, outOfFive, 'en-US')).toBe('4.8/5');
    expect(formatMetricValue(4.8, outOfFive, 'fr-FR')).toBe('4,8/5');
  });
});

describe('custom units and plurals', () => {
  const patents = { kind: 'custom', label: 'patents', labelOne: 'patent' } as const;

  it('given an amount the locale counts as one, it writes labelOne: "1 patent"; other amounts keep the label', () => {
    expect(formatMetricValue(1, patents, 'en-US')).toBe('1 patent');
    expect(formatMetricValue(0, patents, 'en-US')).toBe('0 patents');
    expect(formatMetricValue(2, patents, 'en-US')).toBe('2 patents');
    expect(formatMetricValue(1.5, patents, 'en-US')).toBe('1.5 patents');
  });

  it('given an amount shown as "1" after rounding, it is one, as written', () => {
    expect(formatMetricValue(1.001, patents, 'en-US')).toBe('1 patent');
  });

  it('given another locale, its own plural rules decide (French 0 and 1.5 are one; Russian 21 is one; Arabic 2 is not)', () => {
    const brevets = { kind: 'custom', label: 'brevets', labelOne: 'brevet' } as const;
    expect(formatMetricValue(0, brevets, 'fr-FR')).toBe('0 brevet');
    expect(formatMetricValue(1.5, brevets, 'fr-FR')).toBe('1,5 brevet');
    expect(formatMetricValue(2, brevets, 'fr-FR')).toBe('2 brevets');
    expect(customUnitLabel(21, { kind: 'custom', label: 'патентов', labelOne: 'патент' }, 'ru-RU')).toBe('патент');
    expect(customUnitLabel(2, { kind: 'custom', label: 'براءات', labelOne: 'براءة' }, 'ar-EG')).toBe('براءات');
  });

  it('given no labelOne, it keeps the label as written for every amount (no guessed singular)', () => {
    expect(formatMetricValue(1, { kind: 'custom', label: 'products' }, 'en-US')).toBe('1 products');
    expect(formatMetricValue(1, { kind: 'custom', label: 'h' }, 'en-US')).toBe('1 h');
  });
});

describe('formatPercent', () => {
  it('given a fraction, it writes a whole percentage per locale', () => {
    expect(formatPercent(0.6, 'en-US')).toBe('60%');
    expect(formatPercent(0.6, 'de-DE')).toBe(`60${NBSP}%`);
    expect(formatPercent(0.6, 'fr-FR')).toBe(`60${NBSP}%`);
    expect(formatPercent(0.6, 'ar-EG')).toBe('٦٠٪؜');
  });

  it('given over-achievement or a step backwards, it writes the real value unclamped', () => {
    expect(formatPercent(1.15, 'en-US')).toBe('115%');
    expect(formatPercent(-0.25, 'en-US')).toBe('-25%');
  });
});

describe('displayPercent', () => {
  it('rounds to whole percent', () => {
    expect(displayPercent(2 / 3)).toBe(67);
    expect(displayPercent(1.15)).toBe(115);
    expect(displayPercent(-0.25)).toBe(-25);
  });

  it('given progress just short of the target, it never says 100', () => {
    expect(displayPercent(0.996)).toBe(99);
    expect(displayPercent(1)).toBe(100);
  });

  it('given a non-finite number, it says 0 rather than NaN', () => {
    expect(displayPercent(Number.NaN)).toBe(0);
  });
});

describe('formatProgressPercent', () => {
  it('given progress just short of the target, it never writes 100 %, in any locale', () => {
    expect(formatProgressPercent(0.996, 'en-US')).toBe('99%');
    expect(formatProgressPercent(0.996, 'de-DE')).toBe(`99${NBSP}%`);
  });

  it('given over-achievement or a setback, it writes the real value', () => {
    expect(formatProgressPercent(1.15, 'en-US')).toBe('115%');
    expect(formatProgressPercent(-0.25, 'de-DE')).toBe(`-25${NBSP}%`);
  });
});
