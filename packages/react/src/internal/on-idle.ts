type IdleWindow = { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number; cancelIdleCallback?: (handle: number) => void };

/**
 * Runs `callback` in the browser's next idle moment (at most `timeout` ms later) and returns
 * what cancels it; `null`, and nothing scheduled, where there is no `requestIdleCallback`
 * (the server, older Safari): the caller decides whether to run the work at once or skip it.
 * @example useEffect(() => onIdle(() => table.getCoreRowModel(), 1000) ?? undefined, [table]);
 */
export function onIdle(callback: () => void, timeout: number): (() => void) | null {
  const host = (typeof window === 'undefined' ? {} : window) as IdleWindow;
  if (!host.requestIdleCallback) return null;
  const handle = host.requestIdleCallback(callback, { timeout });
  return () => host.cancelIdleCallback?.(handle);
}
