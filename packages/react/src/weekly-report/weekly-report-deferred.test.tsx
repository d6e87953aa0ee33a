import { createMemoryDraftBackup } from '@okrkit/core';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OkrProvider } from '../provider/index';
import { WeeklyReportBuilder } from './weekly-report-builder';
import { createReportStores, surveyNow, surveyPeople, typicalWeek } from './weekly-report.fixtures';

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
