/** Data for the timeline's and the summary's stories (not part of the package). */
import type { OkrSet } from '@okrkit/core';
import { domainExamples } from '@okrkit/core/examples';

const longNote =
  'Export from the analytics warehouse was re-run after the February double-count: the numbers here replace the ones shared in the all-hands. ' +
  'مراجعة الأرقام تمت مع فريق البيانات. Next: automate the weekly export so this cannot happen again, and add a check that flags a jump of more than 5 % week on week.';

/**
 * The domain examples plus three KRs for the timeline's edge states: one never checked in, one
 * checked in once, and one whose check-ins carry long, mixed-direction notes.
 */
export const timelineStorySet: OkrSet = {
  ...domainExamples,
  keyResults: [
    ...domainExamples.keyResults,
    { id: 'kr-story-none', objectiveId: 'obj-user-activity', title: 'Referral sign-ups reach 5,000', metric: { kind: 'numeric', direction: 'increase', start: 0, target: 5000, current: 0 } },
    { id: 'kr-story-once', objectiveId: 'obj-user-activity', title: 'Launch the referral page', metric: { kind: 'binary', done: true } },
    { id: 'kr-story-long', objectiveId: 'obj-user-activity', title: 'Weekly active teams grow from 800 to 1,200 after the spring onboarding redesign ships', metric: { kind: 'numeric', direction: 'increase', start: 800, target: 1200, current: 905 } },
  ],
  checkIns: [
    ...domainExamples.checkIns,
    { id: 'ci-story-once', keyResultId: 'kr-story-once', at: '2026-02-10T16:00:00Z', value: 1, confidence: 1, note: 'Live for everyone.', authorId: 'priya-nair' },
    { id: 'ci-story-long-1', keyResultId: 'kr-story-long', at: '2026-01-23T16:00:00Z', value: 860, confidence: 0.6, note: longNote, authorId: 'jonas-weber' },
    { id: 'ci-story-long-2', keyResultId: 'kr-story-long', at: '2026-02-13T16:00:00Z', value: 905, confidence: 0.55, note: longNote, authorId: 'someone-not-in-the-directory' },
  ],
};
