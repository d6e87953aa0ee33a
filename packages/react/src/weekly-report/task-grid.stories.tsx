import type { Task } from '@okrkit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { TaskGrid, type TaskGridProps } from './task-grid';
import { surveyKeyResults, surveyPeople, typicalWeek } from './weekly-report.fixtures';
import { defaultWeeklyReportBuilderLabels } from './weekly-report.labels';
import { inReport } from './weekly-report.story-helpers';

const keyResults = surveyKeyResults;
const personName = (id: string) => surveyPeople.find((person) => person.id === id)?.name ?? id;

/** The grid over tasks kept in state, as the builder keeps them. */
function EditableGrid(props: TaskGridProps) {
  const [tasks, setTasks] = useState<readonly Task[]>(props.tasks);
  return <TaskGrid {...props} tasks={tasks} onTasksChange={setTasks} />;
}

const meta = {
  title: 'Components/WeeklyReport/Parts/TaskGrid',
  component: TaskGrid,
  tags: ['autodocs'],
  decorators: [inReport],
  args: { tasks: typicalWeek.tasks, keyResults, people: surveyPeople, personName, labels: defaultWeeklyReportBuilderLabels, locale: 'en-US' },
  argTypes: { tasks: { control: 'object' }, keyResults: { control: false }, people: { control: false }, personName: { control: false }, labels: { control: 'object' } },
  parameters: {
    docs: {
      description: {
        component:
          'The tasks as a WAI-ARIA grid: sortable headers, filters by key result, owner and status, cells edited in place (Enter or F2, ' +
          'Escape cancels), arrow keys between cells, rows windowed so thousands stay fast. Without `onTasksChange` it is read-only.',
      },
    },
  },
} satisfies Meta<typeof TaskGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

/** While drafting. The play function filters by status, then renames a task with F2. */
export const Editable: Story = {
  render: (args) => <EditableGrid {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Filter by status' }), 'To do');
    await expect(canvas.getByText('2 of 4 tasks')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('gridcell', { name: 'Tidy the results sheet' }));
    await userEvent.keyboard('{F2}Tidy and share the results sheet{Enter}');
    await expect(canvas.getByRole('gridcell', { name: 'Tidy and share the results sheet' })).toHaveFocus();
  },
};

/** Submitted, or in the view: sorting and filtering still work, editing does not. */
export const ReadOnly: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('grid', { name: 'Tasks' })).toHaveAttribute('aria-readonly', 'true');
  },
};

/** No tasks yet. */
export const Empty: Story = {
  args: { tasks: [] },
  render: (args) => <EditableGrid {...args} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No tasks yet.')).toBeInTheDocument();
  },
};

/**
 * Every header keeps its name and sort arrow inside its column: sorted by Priority (the
 * narrowest column), its arrow stays left of Due and its name is not clipped.
 */
export const HeadersFit: Story = {
  render: (args) => <EditableGrid {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Priority' }));
    await expect(canvas.getByRole('columnheader', { name: 'Priority' })).not.toHaveAttribute('aria-sort', 'none');
    for (const header of canvas.getAllByRole('columnheader')) {
      const cell = header.getBoundingClientRect();
      const icon = header.querySelector('[data-slot="weekly-report-sort-icon"]');
      if (icon) {
        const arrow = icon.getBoundingClientRect();
        await expect(arrow.right).toBeLessThanOrEqual(cell.right + 0.5);
        await expect(arrow.left).toBeGreaterThanOrEqual(cell.left - 0.5);
      }
      const name = header.querySelector<HTMLElement>('[data-slot="weekly-report-sort-label"]');
      if (name) await expect(name.scrollWidth).toBeLessThanOrEqual(name.clientWidth);
    }
  },
};
