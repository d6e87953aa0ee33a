'use client';
import type { OkrStorageError, OkrStoreSnapshot } from '@okrkit/core';
import { createContext, forwardRef, useContext, useEffect, useId, useMemo, type ComponentPropsWithoutRef } from 'react';
import { useCanEditObjective, useObjective, useOkrContext, useOkrSelector, useReportError } from '../provider/index';
import { slotClass } from '../internal/slot-class';

/** What every part of an objective card reads from its `ObjectiveCard.Root`. */
export interface ObjectiveCardContextValue {
  objectiveId: string;
  /** True when the card or the store is read-only: no edit affordance is shown. */
  readOnly: boolean;
  /** Id of the title element, which names the card. */
  titleId: string;
}

// A narrow selector (not useStoreStatus): `pendingWrites` changes on every save and would re-render every card.
const selectLoad = (snapshot: OkrStoreSnapshot) => (snapshot.status === 'error' ? snapshot.error : snapshot.status);
const selectReadOnly = (snapshot: OkrStoreSnapshot) => snapshot.readOnly;

const ObjectiveCardContext = /* @__PURE__ */ createContext<ObjectiveCardContextValue | null>(null);

// One console line per failed load, however many cards show it.
const reported = /* @__PURE__ */ new WeakSet<object>();

/** The developer's side of a failed load: the detail (URL, status, server's words) goes to the console, never on screen. */
function useReportLoadFailure(error: OkrStorageError | null, objectiveId: string): void {
  const reportError = useReportError();
  useEffect(() => {
    if (!error) return;
    // The host's onError hears it once per provider (useReportError keeps count).
    reportError(error, { widget: 'card', action: 'load', kind: 'objective', recordId: objectiveId });
    if (reported.has(error)) return;
    reported.add(error);
    console.error(`okrkit: loading the OKRs failed (${error.code}): ${error.detail ?? error.message}`, error);
  }, [error, reportError, objectiveId]);
}

/**
 * The card's context. Throws a clear error when a part is rendered outside
 * `<ObjectiveCard.Root>` (Radix convention): a silent `null` would hide the mistake.
 */
export function useObjectiveCardContext(part: string): ObjectiveCardContextValue {
  const value = useContext(ObjectiveCardContext);
  if (!value) {
    throw new Error(`okrkit: <ObjectiveCard.${part}> must be rendered inside <ObjectiveCard.Root objectiveId="…">.`);
  }
  return value;
}

export interface ObjectiveCardRootProps extends ComponentPropsWithoutRef<'article'> {
  objectiveId: string;
  /** Hide every edit affordance. The store's own read-only flag does the same. @default false */
  readOnly?: boolean;
}

/**
 * The card's root: an `<article>` named by its title that provides the objective to its parts.
 * While the store loads it shows a loading line; when loading failed, a plain message chosen by
 * the error's code with a Retry (the developer detail goes to the console); when the
 * objective does not exist, an empty state — so parts can assume an objective.
 * @example
 * <ObjectiveCard.Root objectiveId="obj-user-activity">
 *   <ObjectiveCard.Header><ObjectiveCard.Title /><ObjectiveCard.Status /></ObjectiveCard.Header>
 *   <ObjectiveCard.KeyResults />
 * </ObjectiveCard.Root>
 */
export const ObjectiveCardRoot = /* @__PURE__ */ forwardRef<HTMLElement, ObjectiveCardRootProps>(function ObjectiveCardRoot(props, ref) {
  const { objectiveId, readOnly = false, children, ...rest } = props;
  const { labels, store } = useOkrContext();
  const objective = useObjective(objectiveId);
  // The load status, or the error itself when loading failed.
  const load = useOkrSelector(selectLoad);
  const storeReadOnly = useOkrSelector(selectReadOnly);
  const titleId = useId();
  const reasonId = useId();
  // The provider's `can` policy: an objective the person may not update shows no edit affordance, and says why.
  const permission = useCanEditObjective(objectiveId);
  const refusedByPolicy = objective !== undefined && !permission.allowed;
  // A closed objective is read-only until it is reopened (no inline edit, no check-in).
  const closed = objective?.state === 'closed';
  const effectiveReadOnly = readOnly || storeReadOnly || refusedByPolicy || closed;
  const context = useMemo<ObjectiveCardContextValue>(
    () => ({ objectiveId, readOnly: effectiveReadOnly, titleId }),
    [objectiveId, effectiveReadOnly, titleId],
  );

  const state = objective ? 'ready' : typeof load === 'object' ? 'error' : load === 'ready' ? 'empty' : 'loading';
  const failure = state === 'error' && typeof load === 'object' ? load : null;
  useReportLoadFailure(failure, objectiveId);
  let content = children;
  if (state === 'loading') {
    content = (
      <p data-slot="objective-card-loading" className="okr-slot-objective-card-loading" role="status">
        {labels.loading}
      </p>
    );
  } else if (state === 'error') {
    // People get a plain sentence chosen by the error's code, and a way to try again.
    content = (
      <div data-slot="objective-card-error" className="okr-slot-objective-card-error" data-code={failure?.code}>
        <p role="alert">
          {labels.loadFailed} {failure ? labels.storageErrors[failure.code] : null}
        </p>
        <button type="button" data-slot="objective-card-retry" className="okr-slot-objective-card-retry" onClick={() => void store.load().catch(() => undefined)}>
          {labels.retry}
        </button>
      </div>
    );
  } else if (state === 'empty') {
    content = <p data-slot="objective-card-empty" className="okr-slot-objective-card-empty">{labels.unknownObjective}</p>;
  }

  return (
    <ObjectiveCardContext.Provider value={context}>
      <article
        ref={ref}
        data-slot="objective-card"
        data-state={state}
        data-readonly={effectiveReadOnly ? '' : undefined}
        data-closed={closed ? '' : undefined}
        aria-labelledby={state === 'ready' ? titleId : undefined}
        aria-describedby={state === 'ready' && refusedByPolicy && !readOnly && !storeReadOnly ? reasonId : undefined}
        aria-busy={state === 'loading' || undefined}
        {...rest} className={slotClass('objective-card', rest.className)}
      >
        {content}
        {state === 'ready' && refusedByPolicy && !readOnly && !storeReadOnly ? (
          <p id={reasonId} data-slot="objective-card-not-allowed" className="okr-slot-objective-card-not-allowed">
            {permission.reason}
          </p>
        ) : null}
      </article>
    </ObjectiveCardContext.Provider>
  );
});
