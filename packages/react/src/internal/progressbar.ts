import type { CSSProperties } from 'react';
import { displayPercent } from '../format/number-format';

/**
 * The ARIA of every okrkit progress bar (a KR's, an objective's): 0–100, `valuenow` clamped
 * to the track, `valuetext` saying the real result ("115%", "-25%").
 * @example <div {...progressbarProps(1.15, '46 of 40 articles, 115%, achieved')} />
 */
export function progressbarProps(raw: number, valueText: string) {
  return {
    role: 'progressbar',
    'aria-valuemin': 0,
    'aria-valuemax': 100,
    'aria-valuenow': Math.min(100, Math.max(0, displayPercent(raw))),
    'aria-valuetext': valueText,
  } as const;
}

/**
 * A fraction as a CSS custom property value (`--okr-progress`): finite and in [0, 1], so a
 * stylesheet's `calc()` never meets `NaN`.
 * @example cssFraction(Number.NaN) // '0'
 */
export function cssFraction(value: number): string {
  return String(value > 1 ? 1 : value > 0 ? value : 0);
}

/** okrkit's class (unless `unstyled`) followed by the host's. */
export function rootClassName(okrClass: string, unstyled: boolean | undefined, className: string | undefined): string | undefined {
  return [unstyled ? '' : okrClass, className].filter(Boolean).join(' ') || undefined;
}

/** Inline on purpose: hidden text must stay hidden in unstyled mode and without the stylesheet. */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
