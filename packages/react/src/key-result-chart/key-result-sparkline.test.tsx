import { createOkrStore, type OkrSet } from '@okrkit/core';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ObjectiveCard } from '../objective-card/index';
import { OkrProvider } from '../provider/index';
import { chartScenarios } from './key-result-chart.fixtures';
import { KeyResultSparkline } from './index';

async function renderInProvider(okrSet: OkrSet, ui: React.ReactNode, sparklines?: boolean) {
  const store = createOkrStore({ adapter: createMemoryAdapter({ initial: okrSet }), now: () => new Date(domainExamplesNow) });
  await store.load();
  return render(
    <OkrProvider store={store} now={domainExamplesNow} locale="en-GB" sparklines={sparklines}>
      {ui}
    </OkrProvider>,
  );
}

const row = (title: string) => screen.getByText(title, { selector: '[data-slot="objective-card-key-result-title"]' }).closest('li') as HTMLElement;

describe('KeyResultSparkline', () => {
  it('given several check-ins, it draws a decorative line and says the change in words', async () => {
    const { container } = await renderInProvider(chartScenarios.offTrack, <KeyResultSparkline keyResultId="kr-chart" />);
    const sparkline = container.querySelector('[data-slot="key-result-sparkline"]') as HTMLElement;
    expect(sparkline.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    // NPS 20 → 23 of a 20 → 50 span: up 10 points since the first check-in on 1 Jan.
    expect(sparkline).toHaveTextContent('up 10% since 1 Jan');
    expect(sparkline).toHaveAttribute('data-direction', 'up');
  });

  it('given a falling KR that moves the wrong way, it says "down"', async () => {
    const set: OkrSet = {
      ...chartScenarios.decreasing,
      checkIns: chartScenarios.decreasing.checkIns.map((checkIn) => (checkIn.keyResultId === 'kr-chart' ? { ...checkIn, value: 5 + (Date.parse(checkIn.at) % 7) / 100 + Number(checkIn.id.slice(-2)) * 0.1 } : checkIn)),
    };
    const { container } = await renderInProvider(set, <KeyResultSparkline keyResultId="kr-chart" />);
    expect(container.querySelector('[data-slot="key-result-sparkline"]')).toHaveTextContent(/^down \d+% since 1 Jan$/);
  });

  it('given one check-in there is no line, only "40% on 1 Jan"-style text; none at all without check-ins', async () => {
    const { container, unmount } = await renderInProvider(chartScenarios.oneCheckIn, <KeyResultSparkline keyResultId="kr-chart" />);
    expect(container.querySelector('svg')).toBeNull();
    expect(container).toHaveTextContent('30% on 1 Jan');
    unmount();
    const empty = await renderInProvider(chartScenarios.noCheckIns, <KeyResultSparkline keyResultId="kr-chart" />);
    expect(empty.container.innerHTML).toBe('');
  });
});

describe('ObjectiveCard sparklines', () => {
  it('given the default, every KR row with check-ins has a sparkline', async () => {
    await renderInProvider(domainExamples, <ObjectiveCard objectiveId="obj-user-activity" />);
    expect(within(row('Average daily usage time +30 minutes')).getByText(/^(up|down|unchanged) /)).toBeInTheDocument();
  });

  it('given sparklines={false} on the card, or on the provider, no row has one', async () => {
    const { container, unmount } = await renderInProvider(domainExamples, <ObjectiveCard objectiveId="obj-user-activity" sparklines={false} />);
    expect(container.querySelector('[data-slot="key-result-sparkline"]')).toBeNull();
    unmount();
    const second = await renderInProvider(domainExamples, <ObjectiveCard objectiveId="obj-user-activity" />, false);
    expect(second.container.querySelector('[data-slot="key-result-sparkline"]')).toBeNull();
  });
});
