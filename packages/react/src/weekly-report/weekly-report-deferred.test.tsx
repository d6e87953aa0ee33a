import { createMemoryDraftBackup } from '@okrkit/core';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OkrProvider } from '../provider/index';
import { WeeklyReportBuilder } from './weekly-report-builder';
import { createReportStores, surveyNow, surveyPeople, surveySet, typicalWeek } from './weekly-report.fixtures';

/** The name a focus entry's controls carry: its key result's title. */
function focusName(at: number): string {
  const entry = typicalWeek.focus[at]!;
  return surveySet.keyResults.find((keyResult) => keyResult.id === entry.keyResultId)!.title;
}

/** The builder with the browser's frames held: nothing scheduled after the first paint runs. */
async function renderHeld() {
  const frames: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
  const stores = await createReportStores([typicalWeek]);
  const backup = createMemoryDraftBackup({ now: () => new Date(surveyNow) });
  const result = render(
    <OkrProvider store={stores.okrStore} locale="en-US" now={surveyNow}>
      <WeeklyReportBuilder store={stores.reportStore} reportId={typicalWeek.id} currentUserId="ana" backup={backup} people={surveyPeople} />
    </OkrProvider>,
  );
  return { ...result, frames };
}

describe('WeeklyReportBuilder: the sections below the task grid', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('given its first render, it shows header, focus and tasks, and holds hidden room for progress, problems, next week and notes', async () => {
    const { container } = await renderHeld();
    expect(screen.getByRole('grid', { name: 'Tasks' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Focus' })).toBeInTheDocument();
    for (const name of ['Progress since last week', 'Problems and risks', 'Next week', 'Notes']) expect(screen.queryByRole('heading', { name })).toBeNull();
    const room = container.querySelector('[data-slot="weekly-report-deferred"]');
    expect(room).toHaveAttribute('aria-hidden', 'true');
    expect(room).toBeEmptyDOMElement();
  });

  it('given its first render, the focus entries are text with room for the add form; their controls come after the first paint', async () => {
    const { container, frames } = await renderHeld();
    const focus = screen.getByRole('region', { name: 'Focus' });
    const entries = container.querySelectorAll('[data-slot="weekly-report-focus-item"]');
    expect(entries).toHaveLength(typicalWeek.focus.length);
    expect(focus.querySelectorAll('select, input, button')).toHaveLength(0);
    expect(focus).toHaveTextContent(typicalWeek.focus[0]!.expectedResult);
    const room = container.querySelector('[data-slot="weekly-report-focus-add-pending"]');
    expect(room).toHaveAttribute('aria-hidden', 'true');
    expect(room).toBeEmptyDOMElement();
    // The frame, then the task queued from it, then the idle moment (a plain task in jsdom).
    vi.useFakeTimers();
    await act(async () => {
      for (const frame of frames.splice(0)) frame(performance.now());
      await vi.runAllTimersAsync();
    });
    vi.useRealTimers();
    expect(await screen.findByRole('textbox', { name: `Expected result: ${focusName(0)}` })).toHaveValue(typicalWeek.focus[0]!.expectedResult);
    expect(screen.getByRole('combobox', { name: `Priority: ${focusName(0)}` })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Add to focus' })).toBeInTheDocument();
    expect(container.querySelector('[data-slot="weekly-report-focus-add-pending"]')).toBeNull();
    expect(container.querySelectorAll('[data-slot="weekly-report-focus-item"]')).toHaveLength(entries.length);
  });

  it('given a print before they are mounted, beforeprint mounts every section before the page is laid out for paper', async () => {
    const { container } = await renderHeld();
    expect(screen.queryByRole('textbox', { name: 'Notes' })).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
      for (const name of ['Progress since last week', 'Problems and risks', 'Next week', 'Notes']) expect(screen.getByRole('heading', { name })).toBeInTheDocument();
    });
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue(typicalWeek.notes ?? '');
    expect(container.querySelector('[data-slot="weekly-report-deferred"]')).toBeNull();
  });
});
