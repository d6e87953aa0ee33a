'use client';
import type { Instant, OkrPolicy, OkrStore, ScoringStrategy } from '@okrkit/core';
import { percentScoring } from '@okrkit/core';
import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';
import { emptyDirectory, type OkrDirectory } from './directory';
import type { OkrErrorHandler } from './error-reporting';
import { defaultLabels, type OkrLabelOverrides, type ProvidedOkrLabels } from './labels';
import { mergeLabels } from './labels-merge';

/** What every okrkit widget reads from the provider. */
export interface OkrContextValue {
  store: OkrStore;
  /** BCP 47 locale for numbers and dates. */
  locale: string | undefined;
  /** The time statuses are judged at. */
  now: Instant;
  scoring: ScoringStrategy;
  /** okrkit's English flat words with the host's `labels` merged in, and the sections the host gave. */
  labels: ProvidedOkrLabels;
  /** Roll aligned children into objective progress. */
  includeChildren: boolean;
  /** A KR is outdated after this many days without a check-in. */
  outdatedAfterDays: number;
  /** Who is using the widgets: recorded as the author of their check-ins. */
  userId: string | undefined;
  /** The people and teams widgets name instead of ids. */
  directory: OkrDirectory;
  /** Draw a progress sparkline in the card's key-result rows. */
  sparklines: boolean;
  /** The host's policy; undefined allows everything (the server still decides). */
  can: OkrPolicy | undefined;
  /** Where dialogs that would go to `document.body` are portalled; undefined means the body. */
  portalContainer: HTMLElement | undefined;
}

const OkrContext = /* @__PURE__ */ createContext<OkrContextValue | null>(null);

/** The host's `onError` (read at call time) and the load failures already reported. Never changes identity, so a new `onError` re-renders nothing. */
export interface OkrErrorHolder {
  onError: OkrErrorHandler | undefined;
  readonly heardLoads: WeakSet<object>;
}

/** @internal Read through `useReportError`. */
export const OkrErrorContext = /* @__PURE__ */ createContext<OkrErrorHolder | null>(null);

export interface OkrProviderProps {
  store: OkrStore;
  /** @default the browser's locale */
  locale?: string;
  /**
   * The time to judge statuses at. Pass it when rendering on the server, so the server
   * and the browser agree (no hydration mismatch). @default the time the provider mounted
   */
  now?: Instant;
  /** @default scoringPresets.percent */
  scoring?: ScoringStrategy;
  /**
   * okrkit's words in another language or other words: a complete set
   * (`import { de } from '@okrkit/react/locales/de'`), or any part of one, merged key by key
   * over okrkit's English (`{ checkIn: 'Einchecken', chart: { today: 'Heute' } }`). Pass a
   * stable object (a module constant or memoised): a new one re-renders every widget.
   * @default okrkit's English
   */
  labels?: OkrLabelOverrides;
  /** @default false */
  includeChildren?: boolean;
  /** @default 14 */
  outdatedAfterDays?: number;
  /** The signed-in person's id, recorded as `authorId` on the check-ins they make. */
  userId?: string;
  /**
   * The people and teams the host knows, by id: every widget shows their names (and
   * avatars) instead of raw ids. Replaces the widgets' own `renderOwner` / `people` /
   * `personName` props. Pass a stable object (memoise it): a new one re-renders every widget.
   * @default no one (ids are shown)
   */
  directory?: OkrDirectory;
  /** Draw a progress sparkline (with its text, "up 12 % since 3 Mar") in every card's key-result rows. @default true */
  sparklines?: boolean;
  /**
   * The host's policy, in the shape of the REST handler's `authorize` without the identity, so
   * one rule serves both: `can={(action, target) => authorize(me, action, target)}`. Widgets hide
   * or disable what it refuses and say why (`labels.notAllowed`); key results and check-ins are
   * asked with their `objective` resolved, as the handler does. Pass a stable function.
   * @default everything allowed (storage still refuses what the server's policy does)
   */
  can?: OkrPolicy;
  /**
   * Hears every failed load and save of every widget below (card, check-in, editor, list,
   * report, timeline), with the error as an `OkrStorageError` (its `detail` holds the URL,
   * status and server's words people are not shown) and which widget, action and record it
   * was: `onError={(error, { widget, action, recordId }) => log(error.detail ?? error.message, widget, action, recordId)}`.
   * Widgets still show people their plain message and Retry; a failed load is reported once,
   * however many widgets show it. Need not be stable.
   */
  onError?: OkrErrorHandler;
  /**
   * Where the dialogs that would otherwise go to `document.body` (the check-in and import
   * dialogs) are portalled, unless a dialog's own `container` says otherwise. Give an element
   * inside a shadow root so the dialogs sit where the widgets' stylesheet applies (this is
   * what `@okrkit/elements` does); the element's `data-color-scheme` and `dir` apply to them.
   * @default document.body
   */
  portalContainer?: HTMLElement;
  children?: ReactNode;
}

/**
 * Makes a store (and the locale, clock, scoring strategy and labels) available to every
 * okrkit widget below it. One store per page: widgets never talk to storage themselves.
 * @example
 * <OkrProvider store={store} locale="en-GB" scoring={scoringPresets.google} directory={{ people: { ana: { name: 'Ana Souza' } } }}>
 *   <ObjectiveCard objectiveId="obj-user-activity" />
 * </OkrProvider>
 */
export function OkrProvider(props: OkrProviderProps) {
  const { store, locale, scoring, labels, includeChildren = false, outdatedAfterDays = 14, userId, directory = emptyDirectory, sparklines = true, can, onError, portalContainer, children } = props;
  const errors = useRef<OkrErrorHolder | null>(null);
  errors.current ??= { onError, heardLoads: new WeakSet() };
  errors.current.onError = onError;
  // Captured once: a clock that ticks on every render would make every status unstable.
  const mountedAt = useMemo(() => new Date(), []);
  const now = props.now ?? mountedAt;
  const value = useMemo<OkrContextValue>(
    () => ({
      store,
      locale,
      now,
      scoring: scoring ?? percentScoring,
      labels: labels ? mergeLabels(defaultLabels, labels) : defaultLabels,
      includeChildren,
      outdatedAfterDays,
      userId,
      directory,
      sparklines,
      can,
      portalContainer,
    }),
    [store, locale, now, scoring, labels, includeChildren, outdatedAfterDays, userId, directory, sparklines, can, portalContainer],
  );
  return (
    <OkrErrorContext.Provider value={errors.current}>
      <OkrContext.Provider value={value}>{children}</OkrContext.Provider>
    </OkrErrorContext.Provider>
  );
}

/**
 * The provider's value. Throws a clear error when used outside `<OkrProvider>`.
 * @example const { store, locale } = useOkrContext();
 */
export function useOkrContext(): OkrContextValue {
  const value = useContext(OkrContext);
  if (!value) {
    throw new Error('okrkit: this component must be rendered inside <OkrProvider store={…}>. Wrap your widgets in an OkrProvider.');
  }
  return value;
}
