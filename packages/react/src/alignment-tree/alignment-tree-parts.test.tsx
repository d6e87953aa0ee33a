import { domainExamples } from '@okrkit/core/examples';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AlignmentTreeControls, AlignmentTreeIssues } from './alignment-tree-parts';
import { exampleAlignment, examplesWith, examplesWithIssues } from './alignment-tree.fixtures';
import { defaultAlignmentTreeLabels as labels } from './alignment-tree.labels';
import { item, renderTree } from './alignment-tree.test-utils';

function renderIssues(okrSet = examplesWithIssues, matches?: number, locale = 'en-US') {
  const { graph, titleOf } = exampleAlignment(okrSet);
  return render(<AlignmentTreeIssues graph={graph} titleOf={titleOf} matches={matches} labels={labels} locale={locale} />);
}

describe('AlignmentTreeControls', () => {
  it('given the controls, each is a button named by its word (not its glyph) and calls its own action', () => {
    const actions = { zoomIn: vi.fn(), zoomOut: vi.fn(), fit: vi.fn(), reset: vi.fn() };
    render(<AlignmentTreeControls labels={labels} {...actions} />);
    const names = { zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Fit to view', reset: 'Reset zoom' } as const;
    for (const [action, name] of Object.entries(names) as [keyof typeof names, string][]) {
      fireEvent.click(screen.getByRole('button', { name }));
      expect(actions[action]).toHaveBeenCalledOnce();
    }
    // One click each: no button calls another's action.
    expect(Object.values(actions).map((action) => action.mock.calls.length)).toEqual([1, 1, 1, 1]);
    expect(screen.getAllByRole('button')).toHaveLength(4);
  });

  it('given translated labels, the buttons say them', () => {
    render(<AlignmentTreeControls labels={{ ...labels, zoomIn: 'Vergrößern' }} zoomIn={() => {}} zoomOut={() => {}} fit={() => {}} reset={() => {}} />);
    expect(screen.getByRole('button', { name: 'Vergrößern' })).toBeInTheDocument();
  });
});

describe('AlignmentTreeIssues in the tree', () => {
  it('given orphans and a loop, it groups the orphans under a warning and lists the loop as an error', async () => {
    const objectives = domainExamples.objectives.map((objective) =>
      objective.id === 'obj-training' ? { ...objective, parentId: undefined } : objective.id === 'obj-company-growth' ? { ...objective, contributesTo: ['obj-support'] } : objective,
    );
    await renderTree({ defaultExpanded: 'all' }, { ...domainExamples, objectives });
    expect(screen.getByText('1 objective serves nothing above it')).toBeInTheDocument();
    expect(item(/Not aligned/)).toHaveAttribute('aria-expanded', 'true');
    expect(item(/Make our internal training/)).toHaveAttribute('aria-level', '2');
    expect(screen.getByText(/Keep the users we win → Significantly increase user activity/)).toBeInTheDocument();
    expect(item(/Alignment loops/)).toBeInTheDocument();
  });
});

describe('AlignmentTreeIssues on its own', () => {
  it('given objectives whose parent or contributesTo names a missing objective, it warns and lists each with the ids it misses', () => {
    const { container } = renderIssues(examplesWith({ 'obj-training': { parentId: 'obj-deleted' }, 'obj-support': { contributesTo: ['gone-1', 'gone-2'] } }));
    const block = container.querySelector('[data-slot="alignment-tree-missing"]');
    expect(block).toHaveAttribute('data-state', 'warning');
    expect(block?.querySelector('[data-slot="alignment-tree-missing-title"]')).toHaveTextContent('2 objectives are aligned to objectives that do not exist');
    expect([...(block?.querySelectorAll('li') ?? [])].map((item) => item.textContent).sort()).toEqual([
      expect.stringMatching(/^Answer every customer quickly and well: “gone-1”, “gone-2” not found$/),
      expect.stringMatching(/: “obj-deleted” not found$/),
    ]);
  });

  it('given more than ten objectives with missing targets, it lists ten and counts the rest', () => {
    const objectives = Array.from({ length: 13 }, (_, at) => ({ id: `o${at}`, title: `Objective ${at}`, periodId: 'q1', teamId: 't', parentId: `gone-${at}` }));
    const { container } = renderIssues({ periods: [{ id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' }], objectives, keyResults: [], checkIns: [] });
    const items = [...container.querySelectorAll('[data-slot="alignment-tree-missing"] li')].map((item) => item.textContent);
    expect(items).toHaveLength(11);
    expect(items.at(-1)).toBe('and 3 more');
  });

  it('given a healthy alignment, it warns of nothing and reports no error', () => {
    const { container } = renderIssues(domainExamples);
    expect(container.querySelector('[data-slot="alignment-tree-warning"]')).toBeNull();
    expect(container.querySelector('[data-slot="alignment-tree-error"]')).toBeNull();
  });

  it('given orphans, the warning counts them, in the plural when there are several', () => {
    const { container } = renderIssues(examplesWith({ 'obj-training': { parentId: undefined }, 'obj-support': { parentId: undefined } }));
    expect(container.querySelector('[data-slot="alignment-tree-warning"]')).toHaveTextContent('2 objectives serve nothing above them');
  });

  it('given a loop, the error lists its chain, back to where it starts', () => {
    const { container } = renderIssues();
    const error = container.querySelector('[data-slot="alignment-tree-error"]') as HTMLElement;
    expect(error).toHaveAttribute('data-state', 'error');
    expect(error).toHaveTextContent('An alignment loop: these objectives serve each other in a circle');
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'Answer every customer quickly and well → Keep the users we win → Significantly increase user activity → Make Brightline the app our users open every day → Answer every customer quickly and well',
    );
  });

  it('given a filter, the summary counts the matches politely, says when none match, and is empty without a filter', () => {
    const { container, rerender } = renderIssues(domainExamples, undefined);
    const { graph, titleOf } = exampleAlignment(domainExamples);
    const summary = container.querySelector('[data-slot="alignment-tree-filter-summary"]') as HTMLElement;
    expect(summary).toHaveAttribute('aria-live', 'polite');
    expect(summary).toBeEmptyDOMElement();
    rerender(<AlignmentTreeIssues graph={graph} titleOf={titleOf} matches={3} labels={labels} locale="en-US" />);
    expect(summary).toHaveTextContent('3 matches');
    rerender(<AlignmentTreeIssues graph={graph} titleOf={titleOf} matches={0} labels={labels} locale="en-US" />);
    expect(summary).toHaveTextContent('No objective matches the filter');
  });
});
