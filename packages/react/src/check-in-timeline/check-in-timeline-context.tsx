'use client';
import { authorizationTarget, okrIndex, toStorageError, type CheckInPatch, type OkrStorageError, type OkrStoreSnapshot } from '@okrkit/core';
import { createContext, forwardRef, useCallback, useContext, useEffect, useMemo, useRef, useState, type ComponentPropsWithoutRef, type KeyboardEvent } from 'react';
import { formatNumber } from '../format/index';
import { visuallyHidden } from '../internal/progressbar';
import { useControllableState } from '../internal/use-controllable-state';
import { useOkrContext, useOkrSelector, useReportError, useStoreStatus, type Permission } from '../provider/index';
import { resolveTimelineLabels, type CheckInTimelineLabels } from './check-in-timeline.labels';
import { timelineEntries, type TimelineEntry, type TimelineScope } from './check-in-timeline.utils';
import { slotClass } from '../internal/slot-class';

/** What the timeline's parts share. */
export interface CheckInTimelineContextValue {
  /** Every entry in scope, newest first. */
  entries: readonly TimelineEntry[];
  /** The entries shown so far (the newest `pageSize`, more after "Show older"). */
  shownEntries: readonly TimelineEntry[];
  labels: CheckInTimelineLabels;
  /** Whether this check-in may be edited or deleted here (store writable and `canEdit` allows). */
  mayEdit: (entry: TimelineEntry) => boolean;
  /**
   * What the provider's `can` answers for Edit (`'update'`) and Delete (`'delete'`) of this
   * check-in, with the reason when refused: the Item shows refused buttons `aria-disabled` with
   * it. `null` when the actions are not offered at all (read-only store, `canEdit` false, no policy).
   */
  actionsOf: (entry: TimelineEntry) => { edit: Permission; delete: Permission } | null;
  /** Whether entries name their KR (an objective's timeline). */
  showKeyResult: boolean;
  editingId: string | null;
  setEditingId: (checkInId: string | null) => void;
  confirmingId: string | null;
  setConfirmingId: (checkInId: string | null) => void;
  /** Sends an edit; resolves on success, rejects with a typed error (the editor keeps its text). */
  update: (checkInId: string, patch: CheckInPatch) => Promise<void>;
  /** Deletes; a failure is kept per check-in (the entry comes back with the reason). */
  remove: (checkInId: string) => Promise<void>;
  deleteFailures: ReadonlyMap<string, OkrStorageError>;
  pendingDeletes: ReadonlySet<string>;
}

const ALLOWED: Permission = Object.freeze({ allowed: true, reason: undefined });
const BOTH_ALLOWED = Object.freeze({ edit: ALLOWED, delete: ALLOWED });

const TimelineContext = /* @__PURE__ */ createContext<CheckInTimelineContextValue | null>(null);

/**
 * The timeline's shared state, for custom parts. Throws a clear error outside `CheckInTimeline.Root`.
 * @example const { entries } = useCheckInTimelineContext('MyPart');
 */
export function useCheckInTimelineContext(part: string): CheckInTimelineContextValue {
  const value = useContext(TimelineContext);
  if (!value) throw new Error(`okrkit: <CheckInTimeline.${part}> must be rendered inside <CheckInTimeline.Root>.`);
  return value;
}

export type CheckInTimelineRootProps = Omit<ComponentPropsWithoutRef<'div'>, 'role'> &
  TimelineScope & {
    /**
     * Whether a past check-in may be corrected or deleted here (the store must also be
     * writable). A function decides per check-in, e.g. only the author's own.
     * When left out, the provider's `can` policy decides (`'update'` for Edit, `'delete'` for
     * Delete, on each check-in, its objective found from the store): a refused action stays
     * visible, `aria-disabled`, with the reason on hover and focus; with neither, no check-in is editable.
     * @deprecated Pass `can` to `OkrProvider` instead; kept one release as an override.
     */
    canEdit?: boolean | ((entry: TimelineEntry) => boolean);
    /** The check-in being edited (controlled); null for none. */
    editingId?: string | null;
    /** @default null */
    defaultEditingId?: string | null;
    onEditingIdChange?: (checkInId: string | null) => void;
    /** Called after storage accepted an edit or a deletion. */
    onCheckInChange?: (change: { type: 'updated' | 'deleted'; checkInId: string }) => void;
    /** Words of this timeline only (over the provider's `labels.timeline`). */
    labels?: Partial<CheckInTimelineLabels>;
    /**
     * How many entries are drawn at first and added by each "Show older" (a long log stays
     * light; the feed's `aria-setsize` still counts them all). Whole, 1 to 1,000.
     * @default 25
     */
    pageSize?: number;
  };

/**
 * The feed of a KR's or an objective's check-ins (WAI-ARIA `feed`: Page Down / Page Up move
 * between entries, Home / End to the first and last), newest first, with the state its
 * entries share: which one is being edited, which delete is being confirmed, and the
 * outcome of each write (announced politely). A long log is drawn `pageSize` entries at a
 * time, with a "Show older" button after the feed.
 * @example
 * <CheckInTimeline.Root keyResultId="kr-mau" canEdit>
 *   {(entries) => entries.map((entry, index) => <CheckInTimeline.Item key={entry.checkIn.id} entry={entry} index={index} />)}
 * </CheckInTimeline.Root>
 */
export const CheckInTimelineRoot = /* @__PURE__ */ forwardRef<HTMLDivElement, Omit<CheckInTimelineRootProps, 'children'> & { children?: React.ReactNode | ((entries: readonly TimelineEntry[]) => React.ReactNode) }>(
  function CheckInTimelineRoot(props, ref) {
    const { keyResultId, objectiveId, canEdit, editingId: editingProp, defaultEditingId = null, onEditingIdChange, onCheckInChange, labels: ownLabels, pageSize: pageSizeProp, children, className, onKeyDown, ...rest } = props;
    const pageSize = Number.isFinite(pageSizeProp) ? Math.min(1000, Math.max(1, Math.floor(pageSizeProp as number))) : 25;
    const { store, labels: providerLabels, locale, can } = useOkrContext();
    const reportError = useReportError();
    const { readOnly, status } = useStoreStatus();
    const labels = useMemo(() => resolveTimelineLabels(providerLabels, ownLabels), [providerLabels, ownLabels]);
    const scope = useMemo<TimelineScope>(() => (keyResultId !== undefined ? { keyResultId } : { objectiveId: objectiveId as string }), [keyResultId, objectiveId]);
    const entries = useOkrSelector(
      useCallback((snapshot: OkrStoreSnapshot) => timelineEntries(snapshot.okrSet, scope), [scope]),
      sameEntries,
    );
    const [editingId, setEditingId] = useControllableState<string | null>({ value: editingProp, defaultValue: defaultEditingId, onChange: onEditingIdChange });
    const [confirmingId, setConfirmingId] = useState<string | null>(null);
    const [shownCount, setShownCount] = useState(pageSize);
    const shownEntries = useMemo(() => (entries.length <= shownCount ? entries : entries.slice(0, shownCount)), [entries, shownCount]);
    const firstNewIndex = useRef<number | null>(null);
    const [deleteFailures, setDeleteFailures] = useState<ReadonlyMap<string, OkrStorageError>>(() => new Map());
    const [pendingDeletes, setPendingDeletes] = useState<ReadonlySet<string>>(() => new Set());
    const [announcement, setAnnouncement] = useState('');
    const feedRef = useRef<HTMLDivElement | null>(null);
    const onChangeRef = useRef(onCheckInChange);
    onChangeRef.current = onCheckInChange;

    const okrSet = useOkrSelector(useCallback((snapshot: OkrStoreSnapshot) => snapshot.okrSet, []));
    const policyAllows = useMemo(() => {
      if (!can) return undefined;
      const index = okrIndex(okrSet);
      const find = (kind: string, id: string) => (kind === 'objective' ? index.objectivesById.get(id) : kind === 'keyResult' ? index.keyResultsById.get(id) : undefined);
      return (action: 'update' | 'delete', entry: TimelineEntry) => can(action, authorizationTarget('checkIn', entry.checkIn, find)) === true;
    }, [can, okrSet]);
    const actionsOf = useCallback(
      (entry: TimelineEntry): { edit: Permission; delete: Permission } | null => {
        if (readOnly) return null;
        if (canEdit !== undefined) return (typeof canEdit === 'function' ? canEdit(entry) : canEdit) ? BOTH_ALLOWED : null;
        if (!policyAllows) return null;
        const answer = (action: 'update' | 'delete'): Permission =>
          policyAllows(action, entry) ? ALLOWED : { allowed: false, reason: providerLabels.notAllowed(action, 'checkIn') };
        return { edit: answer('update'), delete: answer('delete') };
      },
      [readOnly, canEdit, policyAllows, providerLabels],
    );
    const mayEdit = useCallback((entry: TimelineEntry) => actionsOf(entry)?.edit.allowed ?? false, [actionsOf]);
    const update = useCallback(
      async (checkInId: string, patch: CheckInPatch) => {
        await store.updateCheckIn(checkInId, patch);
        setAnnouncement(labels.checkInUpdated);
        onChangeRef.current?.({ type: 'updated', checkInId });
      },
      [store, labels],
    );
    const remove = useCallback(
      async (checkInId: string) => {
        setPendingDeletes((previous) => new Set(previous).add(checkInId));
        setDeleteFailures((previous) => without(previous, checkInId));
        try {
          await store.deleteCheckIn(checkInId);
          setAnnouncement(labels.checkInDeleted);
          onChangeRef.current?.({ type: 'deleted', checkInId });
        } catch (cause) {
          const error = toStorageError(cause);
          reportError(error, { widget: 'timeline', action: 'delete', kind: 'checkIn', recordId: checkInId });
          setDeleteFailures((previous) => new Map(previous).set(checkInId, error));
        } finally {
          setPendingDeletes((previous) => {
            const next = new Set(previous);
            next.delete(checkInId);
            return next;
          });
        }
      },
      [store, labels, reportError],
    );

    const value = useMemo<CheckInTimelineContextValue>(
      () => ({ entries, shownEntries, labels, mayEdit, actionsOf, showKeyResult: keyResultId === undefined, editingId, setEditingId, confirmingId, setConfirmingId, update, remove, deleteFailures, pendingDeletes }),
      [entries, shownEntries, labels, mayEdit, actionsOf, keyResultId, editingId, setEditingId, confirmingId, update, remove, deleteFailures, pendingDeletes],
    );

    useEffect(() => {
      const index = firstNewIndex.current;
      if (index === null) return;
      firstNewIndex.current = null;
      feedRef.current?.querySelectorAll<HTMLElement>('[data-slot="check-in-timeline-item"]')[index]?.focus();
    }, [shownEntries]);

    const setRefs = useCallback(
      (element: HTMLDivElement | null) => {
        feedRef.current = element;
        if (typeof ref === 'function') ref(element);
        else if (ref) ref.current = element;
      },
      [ref],
    );

    function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
      onKeyDown?.(event);
      if (event.defaultPrevented) return;
      const feed = feedRef.current;
      if (!feed) return;
      const articles = Array.from(feed.querySelectorAll<HTMLElement>('[data-slot="check-in-timeline-item"]'));
      const current = articles.findIndex((article) => article.contains(event.target as Node));
      if (current < 0) return;
      // Home and End only from the entry itself: inside a text field they move the caret.
      const onEntry = event.target === articles[current];
      const next =
        event.key === 'PageDown' ? current + 1 : event.key === 'PageUp' ? current - 1 : onEntry && event.key === 'Home' ? 0 : onEntry && event.key === 'End' ? articles.length - 1 : null;
      if (next === null) return;
      event.preventDefault();
      articles[Math.max(0, Math.min(articles.length - 1, next))]?.focus();
    }

    return (
      <TimelineContext.Provider value={value}>
        <div
          ref={setRefs}
          // A feed owns articles; with none yet it is a named group holding the empty message.
          role={entries.length > 0 ? 'feed' : 'group'}
          aria-label={labels.timeline}
          aria-busy={status === 'loading' || status === 'idle' || pendingDeletes.size > 0}
          data-slot="check-in-timeline"
          data-state={entries.length === 0 ? 'empty' : 'filled'}
          className={slotClass('check-in-timeline', ['okr-check-in-timeline', className].filter(Boolean).join(' '))}
          onKeyDown={moveFocus}
          {...rest}
        >
          {typeof children === 'function' ? children(shownEntries) : children}
        </div>
        {entries.length > shownEntries.length ? (
          // Outside the feed (a feed holds only its articles); focus goes to the first entry it adds.
          <button
            type="button"
            data-slot="check-in-timeline-show-older" className="okr-slot-check-in-timeline-show-older"
            onClick={() => {
              firstNewIndex.current = shownEntries.length;
              setShownCount((count) => count + pageSize);
            }}
          >
            {labels.showOlder(formatNumber(Math.min(pageSize, entries.length - shownEntries.length), locale))}
          </button>
        ) : null}
        <p role="status" data-slot="check-in-timeline-announcement" className="okr-slot-check-in-timeline-announcement" style={visuallyHidden}>
          {announcement}
        </p>
      </TimelineContext.Provider>
    );
  },
);

function without<K, V>(map: ReadonlyMap<K, V>, key: K): ReadonlyMap<K, V> {
  if (!map.has(key)) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
}

function sameEntries(a: readonly TimelineEntry[], b: readonly TimelineEntry[]): boolean {
  return a === b || (a.length === b.length && a.every((entry, index) => entry.checkIn === b[index]?.checkIn && entry.keyResult === b[index]?.keyResult && entry.previousValue === b[index]?.previousValue));
}
