'use client';
export { CheckInTimeline, type CheckInTimelineProps } from './check-in-timeline';
export { CheckInTimelineRoot, useCheckInTimelineContext, type CheckInTimelineContextValue, type CheckInTimelineRootProps } from './check-in-timeline-context';
export { CheckInTimelineItem, type CheckInTimelineItemProps } from './check-in-timeline-item';
export { CheckInTimelineEmpty } from './check-in-timeline-empty';
export { defaultTimelineLabels, resolveTimelineLabels, type CheckInTimelineLabels } from './check-in-timeline.labels';
export { describeChange, formatCheckInDate, formatReading, timelineEntries, type TimelineEntry, type TimelineScope } from './check-in-timeline.utils';
