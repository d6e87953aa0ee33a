import type { WeeklyFocus } from '@okrkit/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { FocusSection } from './focus-section';
import { surveySet, typicalWeek } from './weekly-report.fixtures';
import { defaultWeeklyReportBuilderLabels as labels } from './weekly-report.labels';

/** The section with the focus kept in state, as the builder keeps it. */
function EditableFocus({ initial, onFocusChange }: { initial: readonly WeeklyFocus[]; onFocusChange: (focus: WeeklyFocus[]) => void }) {
  const [focus, setFocus] = useState(initial);
  return (
    <FocusSection
      focus={focus}
      okrSet={surveySet}
      labels={labels}
      headingLevel={3}
      onFocusChange={(next) => {
        setFocus(next);
        onFocusChange(next);
      }}
    />
  );
}

describe('FocusSection', () => {
  it('given read-only, each entry shows its key result under its objective, its priority and its expected result, with no field', () => {
    render(<FocusSection focus={typicalWeek.focus} okrSet={surveySet} labels={labels} headingLevel={3} />);
    const section = screen.getByRole('region', { name: 'Focus' });
    const entries = within(section).getAllByRole('listitem');
    expect(entries.map((entry) => entry.textContent)).toEqual([
      'Finish the market survey100 valid questionnairesP140 more valid questionnaires',
      'Finish the market surveyMain demand and competitor trends analysedP2Competitor trends summarised',
    ]);
    expect(within(section).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(section).queryByRole('form')).not.toBeInTheDocument();
  });

  it('given nothing in focus, it says so', () => {
    render(<FocusSection focus={[]} okrSet={surveySet} labels={labels} headingLevel={3} />);
    expect(screen.getByText('Nothing in focus this week.')).toBeInTheDocument();
  });

  it('given an entry for a whole objective, it is named by the objective', () => {
    render(<FocusSection focus={[{ objectiveId: 'obj-survey', priority: 3, expectedResult: '' }]} okrSet={surveySet} labels={labels} headingLevel={3} />);
    expect(screen.getByRole('listitem')).toHaveTextContent(/^Finish the market surveyP3—$/);
  });

  it('when an expected result is edited, the priority changed or an entry removed, it reports the whole new focus', async () => {
    const user = userEvent.setup();
    const onFocusChange = vi.fn();
    render(<EditableFocus initial={typicalWeek.focus} onFocusChange={onFocusChange} />);
    const expected = screen.getByRole('textbox', { name: 'Expected result: 100 valid questionnaires' });
    await user.clear(expected);
    await user.type(expected, '45 more');
    expect(onFocusChange).toHaveBeenLastCalledWith([{ ...typicalWeek.focus[0], expectedResult: '45 more' }, typicalWeek.focus[1]]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority: Main demand and competitor trends analysed' }), 'P3');
    expect(onFocusChange.mock.lastCall?.[0][1]).toEqual({ ...typicalWeek.focus[1], priority: 3 });

    await user.click(screen.getByRole('button', { name: 'Remove “100 valid questionnaires” from focus' }));
    expect(onFocusChange).toHaveBeenLastCalledWith([{ ...typicalWeek.focus[1], priority: 3 }]);
    expect(screen.queryByRole('textbox', { name: 'Expected result: 100 valid questionnaires' })).not.toBeInTheDocument();
    // What was removed can be added again.
    expect(screen.getByRole('option', { name: '100 valid questionnaires' })).toBeInTheDocument();
  });

  it('given an editable section, it holds the add form, and what is added appears as an entry', async () => {
    const user = userEvent.setup();
    const onFocusChange = vi.fn();
    render(<EditableFocus initial={typicalWeek.focus.slice(0, 1)} onFocusChange={onFocusChange} />);
    const form = screen.getByRole('form', { name: 'Add to focus' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Objective or key result' }), 'Main demand and competitor trends analysed');
    await user.type(within(form).getByRole('textbox', { name: 'Expected result' }), 'Summary drafted{Enter}');
    expect(screen.getByRole('textbox', { name: 'Expected result: Main demand and competitor trends analysed' })).toHaveValue('Summary drafted');
    expect(onFocusChange).toHaveBeenCalledOnce();
  });
});
