'use client';
import { toStorageError, type OkrStorageError } from '@okrkit/core';
import { useCallback, useContext } from 'react';
import { OkrErrorContext } from './okr-provider';

/** The widget a failure happened in. */
export type OkrWidgetName = 'card' | 'check-in' | 'close-out' | 'editor' | 'import' | 'list' | 'report' | 'review' | 'timeline';

/** What the widget was doing when storage failed. */
export type OkrErrorAction = 'load' | 'save' | 'submit' | 'reopen' | 'delete' | 'move';

/** Where a failure reported to `OkrProvider`'s `onError` came from. */
export interface OkrErrorInfo {
  widget: OkrWidgetName;
  action: OkrErrorAction;
  /** The kind of record the action was about, when it was about one. */
  kind?: 'objective' | 'keyResult' | 'checkIn' | 'weeklyReport' | 'period';
  /** The id of that record (the report, objective, key result or check-in). */
  recordId?: string;
}

/** `OkrProvider`'s `onError`: hears every failed load and save of every widget below it. */
export type OkrErrorHandler = (error: OkrStorageError, context: OkrErrorInfo) => void;

/**
 * The function a widget calls when storage refused or failed: it hands the error (as an
 * `OkrStorageError`, with its developer `detail`) to the provider's `onError`. A failed load
 * is reported once per error, however many widgets show it. A no-op without `onError` or
 * outside an `OkrProvider`, and it never throws: a host hook that throws is logged.
 * @example const reportError = useReportError(); … catch (cause) { reportError(cause, { widget: 'editor', action: 'save', kind: 'objective', recordId }) }
 */
export function useReportError(): (error: unknown, context: OkrErrorInfo) => void {
  const holder = useContext(OkrErrorContext);
  return useCallback(
    (error: unknown, context: OkrErrorInfo) => {
      const onError = holder?.onError;
      if (!onError) return;
      const storageError = toStorageError(error);
      if (context.action === 'load') {
        if (holder.heardLoads.has(storageError)) return;
        holder.heardLoads.add(storageError);
      }
      try {
        onError(storageError, context);
      } catch (thrown) {
        console.error('okrkit: the OkrProvider onError hook threw', thrown);
      }
    },
    [holder],
  );
}
