import { createOkrStore, type OkrSet } from '@okrkit/core';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import { act, render, screen } from '@testing-library/react';
import { createRef, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { OkrProvider, type OkrProviderProps } from '../provider/okr-provider';
import { KeyResultProgress } from './key-result-progress';

const NBSP = '\u00a0';

async function renderWithStore(
  ui: ReactNode,
  { okrSet = domainExamples, load = true, ...providerProps }: Partial<OkrProviderProps> & { okrSet?: OkrSet; load?: boolean } = {},
) {
  const store = createOkrStore({ adapter: createMemoryAdapter({ initial: okrSet }), now: () => new Date(domainExamplesNow) });
  if (load) await store.load();
  const result = render(
    <OkrProvider store={store} now={domainExamplesNow} locale="en-US" {...providerProps}>
      {ui}
    </OkrProvider>,
  );
  return { store, ...result };
}

/** The domain examples with one KR's metric replaced. */
function withMetric(keyResultId: string, metric: OkrSet['keyResults'][number]['metric']): OkrSet {
  return { ...domainExamples, keyResults: domainExamples.keyResults.map((kr) => (kr.id === keyResultId ? { ...kr, metric } : kr)) };
}

const slot = (root: HTMLElement, name: string) => root.querySelector(`[data-slot="key-result-progress-${name}"]`);

describe('KeyResultProgress', () => {
  it('given a rising KR, it is one progressbar named by the KR title, with value and spoken text', async () => {
    await renderWithStore(<KeyResultProgress keyResultId="kr-patents" />);
    const bar = screen.getByRole('progressbar', { name: 'File at least 5 core patents' });
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '100');
    expect(bar).toHaveAttribute('aria-valuenow', '60');
    expect(bar).toHaveAttribute('aria-valuetext', '3 of 5 patents, 60%, on track');
    expect(screen.getAllByRole('progressbar')).toHaveLength(1);
  });

  it('shows the status as a word and an icon, and as data-state for colour', async () => {
    const { container } = await renderWithStore(<KeyResultProgress keyResultId="kr-mau" />);
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('data-state', 'at-risk');
    const status = slot(root, 'status') as HTMLElement;
    expect(status).toHaveTextContent('At risk');
    expect(status.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('formats start, current and target for the provider’s locale', async () => {
    await renderWithStore(<KeyResultProgress keyResultId="kr-mau" />, { locale: 'de-DE' });
    expect(screen.getByText('1.100.000')).toHaveAttribute('data-slot', 'key-result-progress-current');
    expect(screen.getByText('from 1.000.000 to 1.200.000')).toBeInTheDocument();
    // Testing Library normalises the no-break space to a plain one when matching text.
    expect(screen.getByText('50 %')).toHaveAttribute('data-slot', 'key-result-progress-percent');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', `1.100.000 of 1.200.000, 50${NBSP}%, at risk`);
  });

  it('given an Arabic locale, every number in the spoken text uses its digits', async () => {
    await renderWithStore(<KeyResultProgress keyResultId="kr-patents" />, { locale: 'ar-EG' });
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '٣ of ٥ patents, ٦٠٪؜, on track');
  });

  it('marks the expected progress with a text for assistive technology and a tooltip', async () => {
    const { container } = await renderWithStore(<KeyResultProgress keyResultId="kr-mau" />);
    const marker = slot(container, 'expected-marker') as HTMLElement;
    // At noon on 15 February, 45.5 of Q1 2026's 90 days have passed: 50.6 %.
    expect(marker).toHaveAttribute('title', 'Expected by now: 51%');
    expect(marker).toHaveTextContent('Expected by now: 51%');
  });

  it('given over-achievement, it announces 100 as the value but the real 115 % in words, and draws past the target', async () => {
    const { container } = await renderWithStore(<KeyResultProgress keyResultId="kr-help-articles" />);
    const bar = screen.getByRole('progressbar', { name: 'Publish 40 help-centre articles' });
    expect(bar).toHaveAttribute('aria-valuenow', '100');
    expect(bar).toHaveAttribute('aria-valuetext', '46 of 40 articles, 115%, achieved');
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('data-overachieved', 'true');
    expect(slot(root, 'overflow')).not.toBeNull();
    expect(slot(root, 'target-mark')).not.toBeNull();
    expect(screen.getByText('115%')).toBeInTheDocument();
  });

  it('given a KR that moved the wrong way, it draws no negative bar but says the real value', async () => {
    const okrSet = withMetric('kr-churn', { kind: 'numeric', direction: 'decrease', start: 5, target: 3, current: 5.5, unit: { kind: 'percent' } });
    const { container } = await renderWithStore(<KeyResultProgress keyResultId="kr-churn" />, { okrSet });
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect(bar).toHaveAttribute('aria-valuetext', '5.5% of target 3%, -25%, off track');
    expect((container.firstElementChild as HTMLElement).style.getPropertyValue('--okr-progress-fill')).toBe('0%');
    expect(screen.getByText('-25%')).toBeInTheDocument();
  });

  it('given a decreasing metric, it reads from the start down to the target', async () => {
    const { container } = await renderWithStore(<KeyResultProgress keyResultId="kr-churn" />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '4% of target 3%, 50%, at risk');
    expect(screen.getByText('from 5% to 3%')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-direction', 'decrease');
  });

  it('given a binary KR, it shows a check state instead of a bar, still as a 0/100 progressbar', async () => {
    const { container } = await renderWithStore(<KeyResultProgress keyResultId="kr-onboarding-checklist" />);
    const bar = screen.getByRole('progressbar', { name: 'Ship the in-app onboarding checklist' });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect(bar).toHaveAttribute('aria-valuetext', 'Not done, off track');
    expect(bar).toHaveAttribute('data-slot', 'key-result-progress-check');
    expect(slot(container, 'fill')).toBeNull();
    expect(slot(container, 'expected-marker')).toBeNull();
  });

  it('given a binary KR that is done, it says Done at 100', async () => {
    const okrSet = withMetric('kr-onboarding-checklist', { kind: 'binary', done: true });
    await renderWithStore(<KeyResultProgress keyResultId="kr-onboarding-checklist" />, { okrSet });
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '100');
    expect(bar).toHaveAttribute('aria-valuetext', 'Done');
    expect(bar).toHaveAttribute('data-state', 'done');
  });

  it('given milestones, it draws one segment per milestone, titled, and counts them', async () => {
    const { container } = await renderWithStore(<KeyResultProgress keyResultId="kr-training-application" />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '1 of 4 milestones, 25%, at risk');
    const segments = container.querySelectorAll('[data-slot="key-result-progress-segment"]');
    expect(segments).toHaveLength(4);
    expect(segments[0]).toHaveAttribute('title', 'Every attendee names one practice to try');
    expect(segments[0]).toHaveAttribute('data-state', 'done');
    expect(segments[1]).toHaveAttribute('data-state', 'open');
  });

  it('given a guardrail, it draws a band with the limit and says whether it holds', async () => {
    const { container } = await renderWithStore(<KeyResultProgress keyResultId="kr-support-response" />);
    const bar = screen.getByRole('progressbar', { name: 'Support response time stays below 4 h' });
    expect(bar).toHaveAttribute('aria-valuetext', '3.2 h, within limit (below 4 h)');
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('data-guardrail', 'held');
    expect(slot(root, 'status')).toHaveTextContent('Within limit');
    expect(slot(root, 'band')).not.toBeNull();
    expect(slot(root, 'limit')).not.toBeNull();
    expect(slot(root, 'current-marker')).not.toBeNull();
  });

  it('given a breached guardrail, it says so in words', async () => {
    const okrSet = withMetric('kr-support-response', { kind: 'guardrail', bound: 'below', threshold: 4, current: 5.5, unit: { kind: 'custom', label: 'h' } });
    const { container } = await renderWithStore(<KeyResultProgress keyResultId="kr-support-response" />, { okrSet });
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '5.5 h, limit breached (below 4 h)');
    expect(container.firstElementChild).toHaveAttribute('data-guardrail', 'breached');
    expect(screen.getByText('Limit breached')).toBeInTheDocument();
  });

  it('given unstyled, it drops okrkit’s styling class but keeps the parts’ hooks (data attributes, okr-slot-* classes) and the host’s class', async () => {
    const { container } = await renderWithStore(<KeyResultProgress keyResultId="kr-patents" unstyled className="my-bar" />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.className).toBe('okr-slot-key-result-progress my-bar');
    // Every rule of the bar's own starts from .okr-key-result-progress: without it nothing of okrkit's applies.
    expect(container.querySelector('.okr-key-result-progress')).toBeNull();
    expect([...container.querySelectorAll('[class]')].flatMap((element) => [...element.classList]).filter((name) => name.startsWith('okr-') && !name.startsWith('okr-slot-'))).toEqual([]);
    expect(root).toHaveAttribute('data-slot', 'key-result-progress');
    expect(root).toHaveAttribute('data-state', 'on-track');
  });

  it('given replaced labels on the provider, it speaks and shows them', async () => {
    const labels = {
      status: { 'not-started': 'Nicht begonnen', 'on-track': 'Im Plan', 'at-risk': 'Gefährdet', 'off-track': 'Verfehlt', achieved: 'Erreicht' },
      progressOf: (current: string, target: string) => `${current} von ${target}`,
    };
    await renderWithStore(<KeyResultProgress keyResultId="kr-patents" />, { locale: 'de-DE', labels });
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', `3 von 5 patents, 60${NBSP}%, Im Plan`);
    expect(screen.getByText('Im Plan')).toBeInTheDocument();
  });

  it('forwards its ref to the root element and puts className there, next to okrkit’s', async () => {
    const ref = createRef<HTMLDivElement>();
    await renderWithStore(<KeyResultProgress keyResultId="kr-patents" ref={ref} className="host" size="lg" />);
    expect(ref.current).toBeInstanceOf(HTMLDivElement);
    expect(ref.current?.className).toBe('okr-slot-key-result-progress okr-key-result-progress host');
    expect(ref.current).toHaveAttribute('data-size', 'lg');
  });

  it('given showLabels={false}, it hides the title and values but the bar keeps its name and the status its word', async () => {
    const { container } = await renderWithStore(<KeyResultProgress keyResultId="kr-patents" showLabels={false} />);
    expect(screen.getByRole('progressbar', { name: 'File at least 5 core patents' })).toHaveAttribute('aria-label', 'File at least 5 core patents');
    expect(slot(container, 'values')).toBeNull();
    expect(slot(container, 'label')).toBeNull();
    expect(slot(container, 'status')).toHaveTextContent('On track');
  });

  it('given labelledBy (a row that shows the title and value), the bar is named by it and shows only status, range and percentage', async () => {
    const { container } = await renderWithStore(
      <>
        <span id="row-title">Patents, as the row says</span>
        <KeyResultProgress keyResultId="kr-patents" labelledBy="row-title" />
      </>,
    );
    expect(screen.getByRole('progressbar', { name: 'Patents, as the row says' })).toHaveAttribute('aria-valuetext', '3 of 5 patents, 60%, on track');
    expect(slot(container, 'label')).toBeNull();
    expect(slot(container, 'current')).toBeNull();
    expect(slot(container, 'range')).toHaveTextContent('from 0 to 5 patents');
    expect(slot(container, 'percent')).toHaveTextContent('60%');
    expect(slot(container, 'status')).toHaveTextContent('On track');
    expect(container.querySelector('[labelledby]')).toBeNull();
  });

  it('given an unknown id once loaded in production, it renders nothing and stays quiet', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await renderWithStore(<KeyResultProgress keyResultId="kr-quiet" />);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    vi.unstubAllEnvs();
  });

  it('given a store that has not loaded yet, it shows a busy skeleton with a loading text', async () => {
    const { container } = await renderWithStore(<KeyResultProgress keyResultId="kr-patents" />, { load: false });
    expect(container.firstElementChild).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('given an unknown id once loaded, it renders nothing and warns once in development', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = await renderWithStore(<KeyResultProgress keyResultId="kr-nope" />);
    expect(container).toBeEmptyDOMElement();
    rerender(<span />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('kr-nope');
    warn.mockRestore();
  });

  it('given a check-in, it shows the new value', async () => {
    const { store } = await renderWithStore(<KeyResultProgress keyResultId="kr-patents" />);
    await act(() => store.recordCheckIn({ keyResultId: 'kr-patents', value: 5, confidence: 0.9 }));
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '5 of 5 patents, 100%, achieved');
  });
});
