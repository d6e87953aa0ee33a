import type { WeeklyFocus } from '@okrkit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { FocusSection, type FocusSectionProps } from './focus-section';
import { surveySet, typicalWeek } from './weekly-report.fixtures';
import { defaultWeeklyReportBuilderLabels } from './weekly-report.labels';
import { inReport } from './weekly-report.story-helpers';

/** The section over a focus kept in state, as the builder keeps it. */
function EditableFocus(props: FocusSectionProps) {
  const [focus, setFocus] = useState<readonly WeeklyFocus[]>(props.focus);
  return <FocusSection {...props} focus={focus} onFocusChange={setFocus} />;
}

const meta = {
  title: 'Components/WeeklyReport/Parts/FocusSection',
  component: FocusSection,
  tags: ['autodocs'],
  decorators: [inReport],
  args: { focus: typicalWeek.focus, okrSet: surveySet, labels: defaultWeeklyReportBuilderLabels, headingLevel: 3 },
  argTypes: { focus: { control: 'object' }, okrSet: { control: false }, labels: { control: 'object' }, headingLevel: { control: 'inline-radio', options: [2, 3] } },
  parameters: {
    docs: {
      description: {
        component: 'The objectives and key results in focus this week, each with its priority and expected result; while drafting, each can be changed or removed, and more added.',
      },
    },
  },
} satisfies Meta<typeof FocusSection>;

export default meta;
type Story = StoryObj<typeof meta>;

/** While drafting. The play function removes one key result and adds it back as the whole objective. */
export const Editable: Story = {
  render: (args) => <EditableFocus {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Remove “100 valid questionnaires” from focus' }));
    await expect(canvas.getAllByRole('listitem')).toHaveLength(1);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Objective or key result' }), 'Finish the market survey (whole objective)');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Expected result' }), 'Survey closed{Enter}');
    await expect(canvas.getByRole('textbox', { name: 'Expected result: Finish the market survey' })).toHaveValue('Survey closed');
  },
};

/** Submitted, or in the view: text only. */
export const ReadOnly: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('textbox')).not.toBeInTheDocument();
  },
};
