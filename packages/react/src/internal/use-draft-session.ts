'use client';
import type { DraftSession, DraftSessionState } from '@okrkit/core';
import { useSyncExternalStore } from 'react';

const NO_SESSION = {
  subscribe: () => () => undefined,
  getState: () => null,
};

/**
 * Binds a core `DraftSession` to React: re-renders on every change of its (frozen) state.
 * Pass null while there is no session yet (the value is still loading).
 * @example
 * const { value, indicator, conflict } = useDraftSession(session);
 */
export function useDraftSession<T>(session: DraftSession<T>): DraftSessionState<T>;
export function useDraftSession<T>(session: DraftSession<T> | null): DraftSessionState<T> | null;
export function useDraftSession<T>(session: DraftSession<T> | null): DraftSessionState<T> | null {
  const source = session ?? NO_SESSION;
  return useSyncExternalStore(source.subscribe, source.getState, source.getState);
}
