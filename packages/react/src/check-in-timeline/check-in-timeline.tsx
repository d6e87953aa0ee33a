'use client';
import { forwardRef } from 'react';
import { CheckInTimelineRoot, type CheckInTimelineRootProps } from './check-in-timeline-context';
import { CheckInTimelineEmpty } from './check-in-timeline-empty';
import { CheckInTimelineItem } from './check-in-timeline-item';

export type CheckInTimelineProps = Omit<CheckInTimelineRootProps, 'children'>;

const CheckInTimelineComposed = /* @__PURE__ */ forwardRef<HTMLDivElement, CheckInTimelineProps>(function CheckInTimeline(props, ref) {
  return (
    <CheckInTimelineRoot ref={ref} {...props}>
      {(entries) => (entries.length === 0 ? <CheckInTimelineEmpty /> : entries.map((entry, index) => <CheckInTimelineItem key={entry.checkIn.id} entry={entry} index={index} />))}
    </CheckInTimelineRoot>
  );
});

/**
 * The check-ins of a key result (`keyResultId`) or of an objective (`objectiveId`), newest
 * first: each one's value change, confidence, author (named by the provider's `directory`),
 * note and date. With the provider's `can` policy (or the deprecated `canEdit` override), a past check-in can be corrected or deleted (after a
 * confirmation); the store recomputes the KR's current value from the log in the same write,
 * optimistically, and a refused write keeps what was typed. For your own layout compose
 * `CheckInTimeline.Root`, `.Item` and `.Empty`.
 * @example
 * <OkrProvider store={store} directory={directory} can={(action, target) => target.kind !== 'checkIn' || (target.record as CheckIn).authorId === userId}>
 *   <CheckInTimeline keyResultId="kr-mau" />
 * </OkrProvider>
 */
export const CheckInTimeline = /* @__PURE__ */ Object.assign(CheckInTimelineComposed, {
  Root: CheckInTimelineRoot,
  Item: CheckInTimelineItem,
  Empty: CheckInTimelineEmpty,
});
