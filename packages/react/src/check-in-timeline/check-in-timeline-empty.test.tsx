import { domainExamplesNow } from '@okrkit/core/examples';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadedStore } from '../objective-card/objective-card.test-utils';
import { OkrProvider } from '../provider/index';
import { CheckInTimeline } from './index';
import { timelineStorySet } from './check-in-timeline.story-data';

// CheckInTimeline.Empty alone inside a real CheckInTimeline.Root over the timeline's story data.

async function renderEmpty(keyResultId: string, empty = <CheckInTimeline.Empty className="host-empty" />, labels?: { timelineEmpty: string }) {
  const { store } = await loadedStore({ initial: timelineStorySet });
  return render(
    <OkrProvider store={store} now={domainExamplesNow} locale="en-US">
      <CheckInTimeline.Root keyResultId={keyResultId} labels={labels}>
        {empty}
      </CheckInTimeline.Root>
    </OkrProvider>,
  );
}

describe('CheckInTimeline.Empty', () => {
  it('given a KR never checked in, it says so in the timeline’s words and keeps the host’s props', async () => {
    await renderEmpty('kr-story-none');
    const empty = screen.getByText('No check-ins yet');
    expect(empty).toHaveAttribute('data-slot', 'check-in-timeline-empty');
    expect(empty).toHaveClass('host-empty');
  });

  it('given the host’s own words or children, it says those', async () => {
    const { unmount } = await renderEmpty('kr-story-none', undefined, { timelineEmpty: 'Noch keine Check-ins' });
    expect(screen.getByText('Noch keine Check-ins')).toBeInTheDocument();
    unmount();
    await renderEmpty('kr-story-none', <CheckInTimeline.Empty>Check in on Friday to start the line.</CheckInTimeline.Empty>);
    expect(screen.getByText('Check in on Friday to start the line.')).toBeInTheDocument();
    expect(screen.queryByText('No check-ins yet')).toBeNull();
  });

  it('given a KR with one check-in, it draws nothing', async () => {
    const { container } = await renderEmpty('kr-story-once');
    expect(container.querySelector('[data-slot="check-in-timeline-empty"]')).toBeNull();
    expect(screen.queryByText('No check-ins yet')).toBeNull();
  });
});
