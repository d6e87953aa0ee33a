import type { WeeklyPlanItem, WeeklyProblem } from '@okrkit/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TextListSection } from './text-list-section';
import { surveyKeyResults, typicalWeek, weekWithProblems } from './weekly-report.fixtures';
import { defaultWeeklyReportBuilderLabels as labels } from './weekly-report.labels';

const keyResults = surveyKeyResults;

/** The section with its lines kept in state, as the builder keeps them. */
function EditableList<T extends WeeklyProblem | WeeklyPlanItem>({ kind, initial, onItemsChange }: { kind: 'problems' | 'nextWeek'; initial: readonly T[]; onItemsChange: (items: T[]) => void }) {
  const [items, setItems] = useState(initial);
  return (
    <TextListSection
      kind={kind}
      items={items}
      keyResults={keyResults}
      labels={labels}
      headingLevel={3}
      onItemsChange={(next) => {
        setItems(next);
        onItemsChange(next);
      }}
    />
  );
}

describe('TextListSection', () => {
  it('given read-only problems, each line says its severity, its text and its key result', () => {
    render(<TextListSection kind="problems" items={weekWithProblems.problems} keyResults={keyResults} labels={labels} headingLevel={3} />);
    const section = screen.getByRole('region', { name: 'Problems and risks' });
    expect(within(section).getAllByRole('listitem').map((line) => line.textContent)).toEqual([
      'Blocker: The panel provider is two weeks late (100 valid questionnaires)',
      'Risk: Half the answers come from one region (100 valid questionnaires)',
    ]);
    expect(within(section).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('given read-only and no lines, it says None', () => {
    render(<TextListSection kind="nextWeek" items={[]} keyResults={keyResults} labels={labels} headingLevel={3} />);
    expect(screen.getByRole('region', { name: 'Next week' })).toHaveTextContent('None');
  });

  it('when a problem is added, typed, given a severity and a key result, it reports each change; clearing a choice drops the field', async () => {
    const user = userEvent.setup();
    const onItemsChange = vi.fn();
    render(<EditableList kind="problems" initial={[] as WeeklyProblem[]} onItemsChange={onItemsChange} />);
    await user.click(screen.getByRole('button', { name: 'Add problem' }));
    expect(onItemsChange).toHaveBeenLastCalledWith([{ text: '' }]);
    await user.type(screen.getByRole('textbox', { name: 'Problem 1' }), 'Late panel');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity 1' }), 'Blocker');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Key result 1' }), '100 valid questionnaires');
    expect(onItemsChange).toHaveBeenLastCalledWith([{ text: 'Late panel', severity: 'blocker', keyResultId: 'kr-questionnaires' }]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity 1' }), '—');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Key result 1' }), 'No key result');
    expect(onItemsChange).toHaveBeenLastCalledWith([{ text: 'Late panel' }]);
  });

  it('when a plan item is removed, the others stay and are renumbered; plan items have no severity', async () => {
    const user = userEvent.setup();
    const onItemsChange = vi.fn();
    const plan = [...typicalWeek.nextWeek, { text: 'Present the first results' }];
    render(<EditableList kind="nextWeek" initial={plan} onItemsChange={onItemsChange} />);
    expect(screen.queryByRole('combobox', { name: 'Severity 1' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove plan item 1' }));
    expect(onItemsChange).toHaveBeenLastCalledWith([{ text: 'Present the first results' }]);
    expect(screen.getByRole('textbox', { name: 'Plan item 1' })).toHaveValue('Present the first results');
    expect(screen.queryByRole('textbox', { name: 'Plan item 2' })).not.toBeInTheDocument();
  });

  it.each([
    ['problems', 'Add problem', 'Problem 3', weekWithProblems.problems],
    ['nextWeek', 'Add plan item', 'Plan item 2', typicalWeek.nextWeek],
  ] as const)('given %s, when a line is added, the new line’s field has the focus and typing fills it', async (kind, button, field, initial) => {
    const user = userEvent.setup();
    const onItemsChange = vi.fn();
    render(<EditableList kind={kind} initial={initial} onItemsChange={onItemsChange} />);
    await user.click(screen.getByRole('button', { name: button }));
    expect(screen.getByRole('textbox', { name: field })).toHaveFocus();
    await user.keyboard('Typed without a click');
    expect(screen.getByRole('textbox', { name: field })).toHaveValue('Typed without a click');
    expect(onItemsChange.mock.lastCall?.[0]).toHaveLength(initial.length + 1);
  });
});
