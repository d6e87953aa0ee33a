'use client';
import { forwardRef, useEffect, useId, useRef, type ComponentPropsWithoutRef } from 'react';
import { saveErrorMessage } from '../internal/save-error';
import { PersonName, useOkrContext, type Permission } from '../provider/index';
import { useCheckInTimelineContext } from './check-in-timeline-context';
import { CheckInTimelineEditor } from './check-in-timeline-editor';
import { describeChange, describeConfidence, formatCheckInDate, type TimelineEntry } from './check-in-timeline.utils';
import { slotClass } from '../internal/slot-class';

/**
 * A refused action's button: focusable and announced, `aria-disabled`, described by its entry
 * and the policy's reason (`reasonId`), which `title` shows on hover.
 */
function refusedProps(permission: Permission, titleId: string, reasonId: string) {
  if (permission.allowed) return { 'aria-describedby': titleId };
  return { 'aria-disabled': true as const, 'aria-describedby': `${titleId} ${reasonId}`, title: permission.reason };
}

export interface CheckInTimelineItemProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  entry: TimelineEntry;
  /** Its place in the feed, from 0 (for `aria-posinset`). */
  index: number;
}

/**
 * One check-in of the feed, as an `article` named by its KR and date: the value change
 * ("1,000 → 1,150"), confidence, author (from the provider's directory), note and date; and,
 * when it may be changed here, Edit and Delete (with a confirmation). `data-state` is
 * `idle`, `editing`, `confirming-delete`, `deleting` or `failed`.
 * @example <CheckInTimeline.Item entry={entry} index={0} />
 */
export const CheckInTimelineItem = /* @__PURE__ */ forwardRef<HTMLElement, CheckInTimelineItemProps>(function CheckInTimelineItem(props, ref) {
  const { entry, index, className, ...rest } = props;
  const context = useCheckInTimelineContext('Item');
  const { labels, entries, editingId, setEditingId, confirmingId, setConfirmingId, remove, deleteFailures, pendingDeletes, showKeyResult } = context;
  const { locale, labels: okrLabels } = useOkrContext();
  const { checkIn, keyResult } = entry;
  const titleId = useId();
  const confirmId = useId();
  const editButton = useRef<HTMLButtonElement | null>(null);
  const deleteButton = useRef<HTMLButtonElement | null>(null);
  const confirmButton = useRef<HTMLButtonElement | null>(null);
  const date = formatCheckInDate(checkIn.at, locale);
  const editing = editingId === checkIn.id;
  const confirming = confirmingId === checkIn.id;
  const deleting = pendingDeletes.has(checkIn.id);
  const failure = deleteFailures.get(checkIn.id);
  const actions = context.actionsOf(entry);
  const reasonId = useId();
  const state = editing ? 'editing' : deleting ? 'deleting' : confirming ? 'confirming-delete' : failure ? 'failed' : 'idle';

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  // When the editor or the confirmation closes, focus goes back to the button that opened it.
  const returnFocusTo = useRef<'edit' | 'delete' | null>(null);
  useEffect(() => {
    if (editing || confirming || !returnFocusTo.current) return;
    (returnFocusTo.current === 'edit' ? editButton : deleteButton).current?.focus();
    returnFocusTo.current = null;
  }, [editing, confirming]);

  function closeEditor() {
    returnFocusTo.current = 'edit';
    setEditingId(null);
  }

  return (
    <article
      ref={ref}
      tabIndex={0}
      aria-label={showKeyResult ? labels.checkInEntry(keyResult.title, date) : date}
      aria-posinset={index + 1}
      aria-setsize={entries.length}
      aria-busy={deleting || undefined}
      data-slot="check-in-timeline-item"
      data-state={state}
      className={slotClass('check-in-timeline-item', className)}
      {...rest}
    >
      <div id={titleId} data-slot="check-in-timeline-item-title" className="okr-slot-check-in-timeline-item-title" aria-hidden="true">
        {showKeyResult ? <span data-slot="check-in-timeline-key-result" className="okr-slot-check-in-timeline-key-result">{keyResult.title}</span> : null}
        <time dateTime={checkIn.at} data-slot="check-in-timeline-date" className="okr-slot-check-in-timeline-date">
          {date}
        </time>
      </div>
      <p data-slot="check-in-timeline-change" className="okr-slot-check-in-timeline-change">
        <bdi>{describeChange(entry, { ...okrLabels, ...labels }, locale)}</bdi>
      </p>
      {checkIn.confidence !== undefined ? <p data-slot="check-in-timeline-confidence" className="okr-slot-check-in-timeline-confidence">{describeConfidence(checkIn.confidence, labels, locale)}</p> : null}
      {checkIn.authorId !== undefined ? (
        <p data-slot="check-in-timeline-author" className="okr-slot-check-in-timeline-author">
          {labels.checkedInBy} <PersonName personId={checkIn.authorId} />
        </p>
      ) : null}
      {checkIn.note !== undefined && !editing ? (
        <p data-slot="check-in-timeline-note" className="okr-slot-check-in-timeline-note" dir="auto">
          {checkIn.note}
        </p>
      ) : null}
      {editing ? <CheckInTimelineEditor entry={entry} onDone={closeEditor} /> : null}
      {failure && !confirming ? (
        <p role="alert" data-slot="check-in-timeline-error" className="okr-slot-check-in-timeline-error">
          {saveErrorMessage(failure, okrLabels)}
        </p>
      ) : null}
      {confirming ? (
        <div
          role="group"
          aria-labelledby={confirmId}
          data-slot="check-in-timeline-confirm" className="okr-slot-check-in-timeline-confirm"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.stopPropagation();
            returnFocusTo.current = 'delete';
            setConfirmingId(null);
          }}
        >
          <p id={confirmId}>{labels.confirmDeleteCheckIn}</p>
          <button
            ref={confirmButton}
            type="button"
            data-slot="check-in-timeline-confirm-delete" className="okr-slot-check-in-timeline-confirm-delete"
            onClick={() => {
              setConfirmingId(null);
              void remove(checkIn.id);
            }}
          >
            {labels.deleteCheckIn}
          </button>
          <button
            type="button"
            data-slot="check-in-timeline-keep" className="okr-slot-check-in-timeline-keep"
            onClick={() => {
              returnFocusTo.current = 'delete';
              setConfirmingId(null);
            }}
          >
            {labels.keepCheckIn}
          </button>
        </div>
      ) : null}
      {actions && !editing && !confirming ? (
        <div data-slot="check-in-timeline-actions" className="okr-slot-check-in-timeline-actions">
          <button
            ref={editButton}
            type="button"
            data-slot="check-in-timeline-edit" className="okr-slot-check-in-timeline-edit"
            {...refusedProps(actions.edit, titleId, `${reasonId}-edit`)}
            disabled={deleting}
            onClick={actions.edit.allowed ? () => setEditingId(checkIn.id) : undefined}
          >
            {labels.editCheckIn}
          </button>
          <button
            ref={deleteButton}
            type="button"
            data-slot="check-in-timeline-delete" className="okr-slot-check-in-timeline-delete"
            {...refusedProps(actions.delete, titleId, !actions.edit.allowed && actions.delete.reason === actions.edit.reason ? `${reasonId}-edit` : `${reasonId}-delete`)}
            disabled={deleting}
            onClick={actions.delete.allowed ? () => setConfirmingId(checkIn.id) : undefined}
          >
            {failure ? okrLabels.retry : labels.deleteCheckIn}
          </button>
          {/* The policy's reasons: each refused button's description, shown while the actions have focus or hover (CSS); one sentence when both say the same. */}
          {actions.edit.allowed ? null : (
            <span id={`${reasonId}-edit`} data-slot="check-in-timeline-not-allowed" className="okr-slot-check-in-timeline-not-allowed" data-action="edit">
              {actions.edit.reason}
            </span>
          )}
          {actions.delete.allowed || actions.delete.reason === actions.edit.reason ? null : (
            <span id={`${reasonId}-delete`} data-slot="check-in-timeline-not-allowed" className="okr-slot-check-in-timeline-not-allowed" data-action="delete">
              {actions.delete.reason}
            </span>
          )}
        </div>
      ) : null}
    </article>
  );
});
