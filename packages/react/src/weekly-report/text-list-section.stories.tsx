import type { WeeklyProblem } from '@okrkit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { TextListSection, type TextListSectionProps } from './text-list-section';
import { surveyKeyResults, weekWithProblems } from './weekly-report.fixtures';
import { defaultWeeklyReportBuilderLabels } from './weekly-report.labels';
import { inReport } from './weekly-report.story-helpers';

const keyResults = surveyKeyResults;

/** The section over lines kept in state, as the builder keeps them. */
function EditableLines(props: TextListSectionProps<WeeklyProblem>) {
  const [items, setItems] = useState<readonly WeeklyProblem[]>(props.items);
  return <TextListSection {...props} items={items} onItemsChange={setItems} />;
}

const meta = {
  title: 'Components/WeeklyReport/Parts/TextListSection',
  component: TextListSection<WeeklyProblem>,
  tags: ['autodocs'],
  decorators: [inReport],
  args: { kind: 'problems', items: weekWithProblems.problems, keyResults, labels: defaultWeeklyReportBuilderLabels, headingLevel: 3 },
  argTypes: {
    kind: { control: 'inline-radio', options: ['problems', 'nextWeek'] },
    items: { control: 'object' },
    keyResults: { control: false },
    labels: { control: 'object' },
    headingLevel: { control: 'inline-radio', options: [2, 3] },
  },
  parameters: {
    docs: {
      description: {
        component: 'Problems and risks (with a severity), or next week’s plan: lines of text, each optionally tied to a key result. A blocker and a risk are marked by a coloured edge and a word.',
      },
    },
  },
} satisfies Meta<typeof TextListSection<WeeklyProblem>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** While drafting. The play function adds a risk: the new line has the focus, so it just types. */
export const Editable: Story = {
  render: (args) => <EditableLines {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add problem' }));
    await expect(canvas.getByRole('textbox', { name: 'Problem 3' })).toHaveFocus();
    await userEvent.keyboard('The survey tool may go down');
    await expect(canvas.getByRole('textbox', { name: 'Problem 3' })).toHaveValue('The survey tool may go down');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Severity 3' }), 'Risk');
    await expect(canvas.getAllByRole('listitem')[2]).toHaveAttribute('data-state', 'risk');
  },
};

/** Submitted, or in the view: a blocker and a risk, as text. */
export const ReadOnly: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('listitem')[0]).toHaveTextContent(/^Blocker: /);
  },
};
