import { scoringPresets, type ScoringStrategy } from '@okrkit/core';
import { domainExamplesNow } from '@okrkit/core/examples';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadedStore } from '../objective-card/objective-card.test-utils';
import { useObjectiveAssessment } from './hooks';
import { OkrProvider } from './okr-provider';

function Grade({ objectiveId }: { objectiveId: string }) {
  const assessment = useObjectiveAssessment(objectiveId);
  return <p>{assessment ? `${assessment.status} ${assessment.grade.score}` : 'none'}</p>;
}

describe('hooks follow the provider settings, not only the store', () => {
  it('given another scoring strategy, when the provider changes it, the assessment is recomputed without any store change', async () => {
    const { store } = await loadedStore();
    const view = (scoring: ScoringStrategy, now: string = domainExamplesNow) => (
      <OkrProvider store={store} now={now} scoring={scoring} locale="en-GB">
        <Grade objectiveId="obj-user-activity" />
      </OkrProvider>
    );
    const { rerender } = render(view(scoringPresets.percent));
    const percentText = screen.getByText(/^\S+ \d/).textContent;
    expect(percentText).toMatch(/ 45$/);
    rerender(view(scoringPresets.google));
    expect(screen.getByText(/^\S+ \d/).textContent).toMatch(/ 0\.5$/);
    // Before the period starts, the same data is not started.
    rerender(view(scoringPresets.google, '2025-12-01T00:00:00Z'));
    expect(screen.getByText(/^\S+ \d/).textContent).toMatch(/^not-started /);
  });
});
