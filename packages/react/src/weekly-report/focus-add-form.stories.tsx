import type { WeeklyFocus } from '@okrkit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { FocusAddForm, type FocusAddFormProps } from './focus-add-form';
import { surveySet, typicalWeek } from './weekly-report.fixtures';
import { defaultWeeklyReportBuilderLabels } from './weekly-report.labels';
import { inReport } from './weekly-report.story-helpers';

/** The form over a focus kept in state, listed below it, as the focus section lists it. */
function FormWithFocus(props: FocusAddFormProps) {
  const [focus, setFocus] = useState<readonly WeeklyFocus[]>(props.focus);
  return (
    <>
      <FocusAddForm
        {...props}
        focus={focus}
        onFocusChange={(next) => {
          setFocus(next);
          props.onFocusChange(next);
        }}
      />
      <ul aria-label="In focus">
        {focus.map((entry) => (
          <li key={`${entry.objectiveId}/${entry.keyResultId}`}>{`P${entry.priority} ${entry.keyResultId ?? entry.objectiveId}: ${entry.expectedResult}`}</li>
        ))}
      </ul>
    </>
  );
}

const meta = {
  title: 'Components/WeeklyReport/Parts/FocusAddForm',
  component: FocusAddForm,
  tags: ['autodocs'],
  decorators: [inReport],
  args: { focus: typicalWeek.focus.slice(0, 1), okrSet: surveySet, labels: defaultWeeklyReportBuilderLabels, onFocusChange: fn(), onFocusTyping: fn() },
  argTypes: { focus: { control: false }, okrSet: { control: false }, labels: { control: 'object' } },
  render: (args) => <FormWithFocus {...args} />,
  parameters: {
    docs: {
      description: {
        component:
          '"Add to focus": an objective or one of its key results (what is in focus already is not offered), this week’s priority and ' +
          'the expected result. Enter in the expected result adds, like the button.',
      },
    },
  },
} satisfies Meta<typeof FocusAddForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One key result in focus. The play function adds the other one as P1. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const form = within(canvasElement).getByRole('form', { name: 'Add to focus' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Objective or key result' }), 'Main demand and competitor trends analysed');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Priority' }), 'P1');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Expected result' }), 'Competitor trends summarised{Enter}');
    await expect(args.onFocusChange).toHaveBeenCalledOnce();
    await expect(within(canvasElement).getByRole('list', { name: 'In focus' })).toHaveTextContent('P1 kr-trends: Competitor trends summarised');
  },
};

/**
 * The form's layout: each field's name sits above its control (not run into it), and the
 * controls and the button share one line when there is room.
 */
export const Layout: Story = {
  play: async ({ canvasElement }) => {
    const form = within(canvasElement).getByRole('form', { name: 'Add to focus' });
    for (const label of Array.from(form.querySelectorAll('label'))) {
      const name = label.querySelector('span')!.getBoundingClientRect();
      const control = label.querySelector('select, input')!.getBoundingClientRect();
      await expect(name.bottom).toBeLessThanOrEqual(control.top + 0.5);
      await expect(Math.abs(name.left - control.left)).toBeLessThan(1);
    }
    const button = within(form).getByRole('button', { name: 'Add to focus' }).getBoundingClientRect();
    const priority = within(form).getByRole('combobox', { name: 'Priority' }).getBoundingClientRect();
    await expect(Math.abs(button.bottom - priority.bottom)).toBeLessThan(4);
    await expect(getComputedStyle(form).columnGap).not.toBe('normal');
  },
};
