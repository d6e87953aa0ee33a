import type { MetricUnit } from '@okrkit/core';

/**
 * The short unit shown after a number field: `%`, the currency code, or a custom label.
 * @example unitSuffix({ kind: 'currency', currency: 'EUR' }) // 'EUR'
 */
export function unitSuffix(unit: MetricUnit | undefined): string {
  switch (unit?.kind) {
    case undefined:
    case 'count':
      return '';
    case 'percent':
      return '%';
    case 'currency':
      return unit.currency;
    case 'custom':
      return unit.label;
    default:
      return unit satisfies never;
  }
}
