import type { ScoringStrategy } from '@okrkit/core';
import type { CycleStore } from '@okrkit/core/cycle';

/**
 * The strategy a close-out widget grades with: the widget's own `scoring` prop when given (an
 * explicit override), else the cycle store's `scoring` (what its `closeOut` suggests and checks
 * with, so the widget and the store agree), else the provider's (a hand-written store without one).
 * @example cycleScoringOf(cycleStore, props.scoring, useOkrContext().scoring)
 */
export function cycleScoringOf(cycleStore: CycleStore, override: ScoringStrategy | undefined, provider: ScoringStrategy): ScoringStrategy {
  return override ?? (cycleStore as Partial<CycleStore>).scoring ?? provider;
}
