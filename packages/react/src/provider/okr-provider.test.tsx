import { percentScoring, scoringPresets } from '@okrkit/core';
import { domainExamplesNow } from '@okrkit/core/examples';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loadedStore } from '../objective-card/objective-card.test-utils';
import { defaultLabels } from './labels';
import { OkrProvider, useOkrContext, type OkrContextValue } from './okr-provider';

/** Hands out what a widget would read from the provider, on every render. */
function Probe({ onValue }: { onValue: (value: OkrContextValue) => void }) {
  onValue(useOkrContext());
  return <p>inside</p>;
}

describe('OkrProvider', () => {
  it('given a widget outside any provider, it throws an error that names the fix', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Probe onValue={() => undefined} />)).toThrow(
      'okrkit: this component must be rendered inside <OkrProvider store={…}>. Wrap your widgets in an OkrProvider.',
    );
    vi.restoreAllMocks();
  });

  it('given only a store, widgets get percent scoring, okrkit’s labels, 14 days to outdated, no children rolled up and no user', async () => {
    const { store } = await loadedStore();
    const onValue = vi.fn<(value: OkrContextValue) => void>();
    render(
      <OkrProvider store={store}>
        <Probe onValue={onValue} />
      </OkrProvider>,
    );
    expect(screen.getByText('inside')).toBeInTheDocument();
    const value = onValue.mock.lastCall![0];
    expect(value.store).toBe(store);
    expect(value.scoring).toBe(percentScoring);
    expect(value.labels).toBe(defaultLabels);
    expect(value).toMatchObject({ outdatedAfterDays: 14, includeChildren: false, userId: undefined, locale: undefined });
  });

  it('given some labels, it merges them over the defaults so every other word stays', async () => {
    const { store } = await loadedStore();
    const onValue = vi.fn<(value: OkrContextValue) => void>();
    render(
      <OkrProvider store={store} labels={{ checkIn: 'Einchecken' }}>
        <Probe onValue={onValue} />
      </OkrProvider>,
    );
    const { labels } = onValue.mock.lastCall![0];
    expect(labels.checkIn).toBe('Einchecken');
    expect(labels.save).toBe(defaultLabels.save);
    expect(labels.status).toEqual(defaultLabels.status);
  });

  it('given no `now`, it captures the time once at mount: later renders judge at the same instant', async () => {
    vi.useFakeTimers({ now: new Date('2026-02-15T12:00:00Z'), toFake: ['Date'] });
    try {
      const { store } = await loadedStore();
      const onValue = vi.fn<(value: OkrContextValue) => void>();
      const view = (locale: string) => (
        <OkrProvider store={store} locale={locale}>
          <Probe onValue={onValue} />
        </OkrProvider>
      );
      const { rerender } = render(view('en-US'));
      const first = onValue.mock.lastCall![0].now;
      vi.setSystemTime(new Date('2026-03-01T00:00:00Z'));
      rerender(view('de-DE'));
      const second = onValue.mock.lastCall![0];
      expect(second.locale).toBe('de-DE');
      expect(second.now).toBe(first);
      expect(new Date(second.now as Date).toISOString()).toBe('2026-02-15T12:00:00.000Z');
    } finally {
      vi.useRealTimers();
    }
  });

  it('given `now`, `scoring`, `userId` and the other settings, widgets get them as passed', async () => {
    const { store } = await loadedStore();
    const onValue = vi.fn<(value: OkrContextValue) => void>();
    render(
      <OkrProvider store={store} now={domainExamplesNow} locale="en-GB" scoring={scoringPresets.google} userId="priya" includeChildren outdatedAfterDays={7}>
        <Probe onValue={onValue} />
      </OkrProvider>,
    );
    expect(onValue.mock.lastCall![0]).toMatchObject({
      now: domainExamplesNow,
      locale: 'en-GB',
      scoring: scoringPresets.google,
      userId: 'priya',
      includeChildren: true,
      outdatedAfterDays: 7,
    });
  });

  it('given a re-render with the same props, widgets get the same value (no needless re-render below)', async () => {
    const { store } = await loadedStore();
    const onValue = vi.fn<(value: OkrContextValue) => void>();
    const labels = { checkIn: 'Einchecken' };
    const view = () => (
      <OkrProvider store={store} now={domainExamplesNow} labels={labels}>
        <Probe onValue={onValue} />
      </OkrProvider>
    );
    const { rerender } = render(view());
    rerender(view());
    const [first, second] = onValue.mock.calls.map(([value]) => value);
    expect(second).toBe(first);
  });
});
