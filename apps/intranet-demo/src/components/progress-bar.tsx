import type { Progress } from '@okrkit/core';
import { formatPercent } from '../format';

export interface ProgressBarProps {
  progress: Progress;
  /** The share of the period elapsed: drawn as a marker, said in text. */
  expected?: number;
  className?: string;
}

/**
 * A bar for a progress the core computed. The bar is clamped to the track (`value`);
 * the text says the real figure (`raw`), so 115% reads as 115%, never as a broken bar.
 */
export function ProgressBar({ progress, expected, className }: ProgressBarProps) {
  const over = progress.raw > 1;
  return (
    <div data-slot="progress" data-state={over ? 'over' : 'normal'} className={className}>
      <div data-slot="progress-track" aria-hidden="true">
        <span data-slot="progress-fill" style={{ width: `${progress.value * 100}%` }} />
        {expected === undefined ? null : <span data-slot="progress-expected" style={{ left: `${Math.min(1, Math.max(0, expected)) * 100}%` }} />}
      </div>
      <span data-slot="progress-text">
        {formatPercent(progress.raw)} done
        {expected === undefined ? null : <span data-slot="progress-expected-text"> · {formatPercent(expected)} of the period gone</span>}
      </span>
    </div>
  );
}
