'use client';
import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { afterNextPaint } from './after-next-paint';
import { onIdle } from './on-idle';

/** Longest wait for an idle moment after the first paint, in ms. */
const IDLE_TIMEOUT_MS = 200;

/**
 * `false` until the browser has painted a render with `ready` true and found a quiet moment
 * (`requestIdleCallback`, at most {@link IDLE_TIMEOUT_MS} later; a plain task where there is
 * none), then `true` for good: for parts below the fold that need not hold up the first paint.
 * `ready` is for a widget that first shows a loading state: the wait starts with the render that
 * shows the content, not with the loading line's. The change is a transition, so a keystroke in
 * the parts already shown never waits behind it. Printing never misses the parts: `beforeprint`
 * mounts them at once (synchronously, before the page is laid out for paper).
 * On the server, and in the first client render that hydrates it, it is `false`, so both agree.
 * @example const later = useAfterFirstPaint(data !== null); return <>{visible}{later ? belowTheFold : <Placeholder />}</>;
 */
export function useAfterFirstPaint(ready = true): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted || !ready) return;
    let cancelIdle: (() => void) | null = null;
    const show = () => startTransition(() => setPainted(true));
    const cancelPaint = afterNextPaint(() => {
      cancelIdle = onIdle(show, IDLE_TIMEOUT_MS);
      if (!cancelIdle) show();
    });
    const beforePrint = () => flushSync(() => setPainted(true));
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      cancelPaint();
      cancelIdle?.();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [painted, ready]);
  return painted;
}
