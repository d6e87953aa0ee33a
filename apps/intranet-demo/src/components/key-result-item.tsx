import { keyResultProgress, keyResultStatus, okrIndex, type KeyResult, type OkrSet } from '@okrkit/core';
import { useId, useRef, useState } from 'react';
import { describeMetric, formatDate, formatPercent } from '../format';
import { CheckInForm } from './check-in-form';
import { ProgressBar } from './progress-bar';
import { StatusBadge } from './status-badge';

export interface KeyResultItemProps {
  keyResult: KeyResult;
  okrSet: OkrSet;
  now: Date;
  /** The check-in's author. */
  authorId?: string;
  /** Names people by id (for "last check-in by …"). */
  personName?: (id: string) => string;
  forbiddenHint?: string;
  className?: string;
}

/**
 * One key result: its status and progress (both from the core), where the metric
 * stands, its last check-in, and a "Check in" disclosure with the form.
 */
export function KeyResultItem({ keyResult, okrSet, now, authorId, personName, forbiddenHint, className }: KeyResultItemProps) {
  const titleId = useId();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const toggleRef = useRef<HTMLButtonElement>(null);
  const status = keyResultStatus(keyResult.id, okrSet, { now });
  const last = okrIndex(okrSet).lastCheckInByKeyResult.get(keyResult.id);

  function close(message = '') {
    setOpen(false);
    setAnnouncement(message);
    toggleRef.current?.focus();
  }

  return (
    <li data-slot="key-result" data-state={status} aria-labelledby={titleId} className={className}>
      <div data-slot="key-result-header">
        <span id={titleId} data-slot="key-result-title">
          {keyResult.title}
        </span>
        <StatusBadge status={status} />
      </div>
      <ProgressBar progress={keyResultProgress(keyResult)} />
      <p data-slot="key-result-metric">{describeMetric(keyResult.metric)}</p>
      <p data-slot="key-result-last-check-in">
        {last
          ? `Last check-in ${formatDate(last.at)}${last.authorId && personName ? ` by ${personName(last.authorId)}` : ''}${
              last.confidence === undefined ? '' : ` · confidence ${formatPercent(last.confidence)}`
            }${last.note ? ` · “${last.note}”` : ''}`
          : 'No check-in yet'}
      </p>
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        aria-label={`Check in: ${keyResult.title}`}
        onClick={() => (open ? close() : (setAnnouncement(''), setOpen(true)))}
      >
        Check in
      </button>
      <div id={formId} hidden={!open}>
        {open ? (
          <CheckInForm keyResult={keyResult} authorId={authorId} forbiddenHint={forbiddenHint} onSaved={(message) => close(message)} onCancel={() => close()} />
        ) : null}
      </div>
      <p role="status" data-slot="announcement">
        {announcement}
      </p>
    </li>
  );
}
