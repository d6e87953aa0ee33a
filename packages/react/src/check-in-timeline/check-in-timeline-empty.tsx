'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useCheckInTimelineContext } from './check-in-timeline-context';
import { slotClass } from '../internal/slot-class';

/**
 * What the timeline says before the first check-in ("No check-ins yet"); renders nothing once there is one.
 * @example <CheckInTimeline.Root keyResultId="kr-new"><CheckInTimeline.Empty /></CheckInTimeline.Root>
 */
export const CheckInTimelineEmpty = /* @__PURE__ */ forwardRef<HTMLParagraphElement, ComponentPropsWithoutRef<'p'>>(function CheckInTimelineEmpty(props, ref) {
  const { entries, labels } = useCheckInTimelineContext('Empty');
  if (entries.length > 0) return null;
  return (
    <p ref={ref} data-slot="check-in-timeline-empty" {...props} className={slotClass('check-in-timeline-empty', props.className)}>
      {props.children ?? labels.timelineEmpty}
    </p>
  );
});
