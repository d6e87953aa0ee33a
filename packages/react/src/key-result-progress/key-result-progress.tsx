'use client';
import type { OkrStoreSnapshot } from '@okrkit/core';
import { forwardRef, useEffect } from 'react';
import { useKeyResultView, useOkrSelector } from '../provider/hooks';
import { useOkrContext } from '../provider/okr-provider';
import { isDevelopment } from '../internal/is-development';
import { rootClassName, visuallyHidden } from '../internal/progressbar';
import { KeyResultProgressBar, type KeyResultProgressOwnProps } from './key-result-progress-view';
import { slotClass } from '../internal/slot-class';

export interface KeyResultProgressProps extends KeyResultProgressOwnProps {
  /** The KR to show, read from the store of the nearest `OkrProvider`. */
  keyResultId: string;
}

// `@__PURE__` on the forwardRef calls: bundlers cannot know React's forwardRef has no side
// effects, and would otherwise keep every component of the package in an app that uses one.
// Module-level so the selector is stable: the bar re-renders when the load status changes,
// not on every write elsewhere in the store (as a whole `useStoreStatus()` object would).
const selectLoadStatus = (snapshot: OkrStoreSnapshot) => snapshot.status;
const warned = new Set<string>();

/**
 * The progress bar of one key result, read from the provider's store and formatted for
 * its locale and labels (see `KeyResultProgressView` for what it draws).
 *
 * - While the store is still loading (and the KR is not there yet) it shows a skeleton
 *   with `aria-busy="true"` and the `loading` label for screen readers.
 * - Once loaded, an unknown id renders nothing — a bar for a deleted KR simply goes
 *   away — and warns once per id in development, since it is usually a typo.
 * @example
 * <OkrProvider store={store} locale="en-GB">
 *   <KeyResultProgress keyResultId="kr-patents" size="sm" />
 * </OkrProvider>
 */
export const KeyResultProgress = /* @__PURE__ */ forwardRef<HTMLDivElement, KeyResultProgressProps>(function KeyResultProgress(props, ref) {
  const { keyResultId, ...rest } = props;
  const { locale, labels } = useOkrContext();
  const view = useKeyResultView(keyResultId);
  const loadStatus = useOkrSelector(selectLoadStatus);
  const loading = !view && (loadStatus === 'idle' || loadStatus === 'loading');
  const missing = !view && loadStatus === 'ready';

  useEffect(() => {
    if (missing && isDevelopment() && !warned.has(keyResultId)) {
      warned.add(keyResultId);
      console.warn(`okrkit: <KeyResultProgress keyResultId="${keyResultId}"> found no such key result in the store; nothing is rendered.`);
    }
  }, [missing, keyResultId]);

  if (view) return <KeyResultProgressBar ref={ref} view={view} locale={locale} labels={labels} {...rest} />;
  if (!loading) return null;
  const { size = 'md', unstyled = false, showLabels: _showLabels, labelledBy: _labelledBy, className, ...attributes } = rest;
  return (
    <div
      ref={ref}
      {...attributes}
      className={slotClass('key-result-progress', rootClassName('okr-key-result-progress', unstyled, className))}
      data-slot="key-result-progress"
      data-state="loading"
      data-size={size}
      aria-busy="true"
    >
      <span style={visuallyHidden}>{labels.loading}</span>
      <span data-slot="key-result-progress-skeleton" className="okr-slot-key-result-progress-skeleton" aria-hidden="true" />
    </div>
  );
});

