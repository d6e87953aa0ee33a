import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ForbiddenError, UnavailableError } from '@okrkit/core';
import { useLayoutEffect, useRef, useState } from 'react';
import { WeeklyReportBuilder, type WeeklyReportBuilderProps } from './index';
import { emptyWeek, manyTasks, submittedWeek, surveyPeople, typicalWeek, weekWithProblems } from './weekly-report.fixtures';
import { storyBackup, withReport } from './weekly-report.story-helpers';

/** The builder with an in-memory backup that lives as long as the story. */
function BuilderWithBackup(props: WeeklyReportBuilderProps) {
  const [backup] = useState(storyBackup);
  return <WeeklyReportBuilder {...props} backup={backup} />;
}

const meta = {
  title: 'Components/WeeklyReportBuilder',
  component: WeeklyReportBuilder,
  tags: ['autodocs'],
  args: { reportId: 'wr-10', currentUserId: 'ana', autosaveMs: 800, readOnly: false, people: surveyPeople },
  argTypes: {
    reportId: { control: false },
    currentUserId: { control: 'select', options: ['ana', 'ben'] },
    autosaveMs: { control: { type: 'number', min: 0, step: 100 } },
    readOnly: { control: 'boolean' },
    people: { control: false },
    store: { control: false },
    backup: { control: false },
    personName: { control: false },
    labels: { control: 'object' },
  },
  render: (args) => <BuilderWithBackup {...args} />,
  parameters: {
    docs: {
      description: {
        component:
          'Writes the weekly report from the OKRs: Focus, Tasks (a keyboard grid on TanStack Table: sort, filter, edit in place, ' +
          'add/remove), Progress since last week (from the check-in log), Problems, Next week. Autosaves after a quiet moment ' +
          'with a visible status, backs every edit up locally, shows both versions on a conflict, and submits through a confirmation.',
      },
    },
  },
} satisfies Meta<typeof WeeklyReportBuilder>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A fresh week: the focus comes from the OKRs, nothing typed yet. The play function adds a task through the dialog. */
export const EmptyWeek: Story = {
  decorators: [withReport(emptyWeek)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Add task' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Add a task' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Task' }), 'Draft the questionnaire reminder');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Priority' }), 'P1');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await expect(canvas.getByRole('gridcell', { name: 'Draft the questionnaire reminder' })).toBeInTheDocument();
    await waitFor(() => expect(canvas.getByText(/^Saved · /)).toBeInTheDocument(), { timeout: 3000 });
  },
};

/**
 * The "Add a task" dialog and its overlay are drawn above the task grid: at the middle of
 * the grid's sticky header row, what the page shows is the overlay (or the dialog), not the
 * header (which has a z-index of its own, kept inside the grid's stacking context).
 */
export const AddTaskDialogAboveGrid: Story = {
  decorators: [withReport(typicalWeek)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('grid', { name: 'Tasks' });
    const head = canvasElement.querySelector<HTMLElement>('[data-slot="weekly-report-task-head"]')!;
    head.scrollIntoView({ block: 'center' });
    await userEvent.click(canvas.getByRole('button', { name: 'Add task' }));
    await canvas.findByRole('dialog', { name: 'Add a task' });
    const overlay = canvasElement.querySelector('[data-slot="weekly-report-dialog-overlay"]')!;
    const dialog = canvasElement.querySelector('[data-slot="weekly-report-dialog"]')!;
    // A modal Radix dialog turns pointer events off outside it, and elementFromPoint skips
    // such elements: turn them back on for the header, so the hit test sees what is painted.
    head.style.pointerEvents = 'auto';
    const box = head.getBoundingClientRect();
    for (const x of [box.left + 8, box.left + box.width / 2, box.right - 8]) {
      const top = canvasElement.ownerDocument.elementFromPoint(x, box.top + box.height / 2);
      await expect(top === overlay || dialog.contains(top)).toBe(true);
    }
  },
};

/** DOMAIN's "finish the market survey" week. The play function sorts by a header and edits a cell with the keyboard. */
export const TypicalWeek: Story = {
  decorators: [withReport(typicalWeek)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole('grid', { name: 'Tasks' });
    await userEvent.click(canvas.getByRole('button', { name: 'Task' }));
    await expect(canvas.getByRole('columnheader', { name: 'Task' })).toHaveAttribute('aria-sort', 'ascending');
    const first = within(grid).getAllByRole('gridcell')[0]!;
    await expect(first).toHaveTextContent('Call the panel provider');
    await userEvent.click(first);
    await userEvent.keyboard('{Enter}');
    const editor = canvas.getByRole('textbox', { name: 'Task' });
    await userEvent.clear(editor);
    await userEvent.type(editor, 'Call the panel provider again{Enter}');
    await expect(within(grid).getByRole('gridcell', { name: 'Call the panel provider again' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(within(grid).getAllByRole('gridcell')[1]).toHaveFocus();
  },
};

/** A blocker and a risk. The play function submits through the confirmation dialog. */
export const WithProblems: Story = {
  decorators: [withReport(weekWithProblems)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Submit' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Submit this report?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Submit report' }));
    await expect(await canvas.findByRole('button', { name: 'Reopen' })).toBeInTheDocument();
    await expect(canvas.queryByRole('button', { name: 'Add task' })).not.toBeInTheDocument();
  },
};

/**
 * Waits for the report and the sections it mounts after its first paint, so that axe checks
 * all of it rather than the empty canvas before storage loaded.
 */
const loaded: Story['play'] = async ({ canvasElement }) => {
  await within(canvasElement).findByRole('grid', { name: 'Tasks' });
  await waitFor(() => expect(canvasElement.querySelector('[data-slot="weekly-report-deferred"]')).toBeNull());
};

/** Where the parts above the task grid's end are, to the pixel. */
function aboveTheFold(root: HTMLElement): Record<string, string> {
  const parts = root.querySelectorAll<HTMLElement>(
    '[data-slot="weekly-report-header"], [data-section="focus"], [data-section="tasks"], [data-slot="weekly-report-task-row"], [data-slot="weekly-report-task-filters"]',
  );
  return Object.fromEntries(
    [...parts].map((part, at) => {
      const box = part.getBoundingClientRect();
      return [`${at} ${part.dataset.section ?? part.dataset.slot} ${part.getAttribute('aria-rowindex') ?? ''}`, `${box.x},${box.y} ${box.width}×${box.height}`];
    }),
  );
}

/** What the builder's first commit drew, measured before the browser painted it. */
const firstCommit: { layout: Record<string, string> | null; sections: string[] } = { layout: null, sections: [] };

/** Measures the builder in its first commit (a parent's layout effect runs after the builder's DOM is in). */
function FirstCommitProbe(props: WeeklyReportBuilderProps) {
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const builder = root.current!;
    firstCommit.layout = aboveTheFold(builder);
    firstCommit.sections = [...builder.querySelectorAll<HTMLElement>('[data-slot="weekly-report-section"]')].map((section) => section.dataset.section ?? '');
  }, []);
  return (
    <div ref={root}>
      <BuilderWithBackup {...props} />
    </div>
  );
}

/**
 * The first paint holds the header, the focus and the task grid; progress, problems, next week
 * and notes are mounted once it is painted. The play function checks that the first commit had
 * none of them, that they arrive, and that nothing drawn before moved by a pixel when they did.
 */
export const SectionsAfterFirstPaint: Story = {
  decorators: [withReport(typicalWeek)],
  render: (args) => <FirstCommitProbe {...args} />,
  play: async (context) => {
    const { canvasElement } = context;
    await loaded(context);
    await expect(firstCommit.sections).toEqual(['focus', 'tasks']);
    const canvas = within(canvasElement);
    for (const name of ['Progress since last week', 'Problems and risks', 'Next week', 'Notes']) {
      await expect(canvas.getByRole('heading', { name })).toBeInTheDocument();
    }
    await expect(aboveTheFold(canvasElement)).toEqual(firstCommit.layout);
    // The keyboard reaches them as before: from the notes field, Shift+Tab goes back through next week's lines.
    canvas.getByRole('textbox', { name: 'Notes' }).focus();
    await userEvent.tab({ shift: true });
    await expect(canvas.getByRole('button', { name: 'Add plan item' })).toHaveFocus();
  },
};

/** Submitted: read-only; only its author (ana) sees Reopen. */
export const Submitted: Story = {
  decorators: [withReport(submittedWeek)],
  play: async (context) => {
    await loaded(context);
    const canvas = within(context.canvasElement);
    await expect(canvas.queryByRole('textbox')).not.toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Reopen' })).toBeInTheDocument();
  },
};

/** Storage is down: every edit stays on screen and in the backup, and the status offers Retry. */
export const SaveFailure: Story = {
  args: { autosaveMs: 100 },
  decorators: [withReport(typicalWeek, { setup: (stores) => void (stores.control.failing = true) })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Add problem' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Problem 1' }), 'The survey tool is down');
    await expect(await canvas.findByRole('button', { name: 'Retry' }, { timeout: 3000 })).toBeInTheDocument();
    await expect(canvas.getByText('Not saved')).toBeInTheDocument();
  },
};

/** Someone else saved the report meanwhile: both versions side by side, per section that differs. */
export const Conflict: Story = {
  args: { autosaveMs: 100 },
  decorators: [withReport(typicalWeek, { setup: (stores) => stores.control.saveElsewhere(weekWithProblems) })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Add plan item' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Plan item 2' }), 'Present the first results');
    await expect(await canvas.findByRole('alert', { name: 'Someone else changed this report' }, { timeout: 3000 })).toBeInTheDocument();
  },
};

const twoThousand = { ...typicalWeek, tasks: manyTasks(2000) };

/** 2,000 tasks: rows are windowed. The play function sorts by status and moves with the keyboard. */
export const TwoThousandTasks: Story = {
  decorators: [withReport(twoThousand)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole('grid', { name: 'Tasks' });
    await expect(grid).toHaveAttribute('aria-rowcount', '2001');
    await expect(within(grid).getAllByRole('row').length).toBeLessThan(60);
    await userEvent.click(canvas.getByRole('button', { name: 'Status' }));
    await expect(canvas.getByRole('columnheader', { name: 'Status' })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(within(grid).getAllByRole('gridcell')[0]!);
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect(canvasElement.ownerDocument.activeElement).toHaveAttribute('data-row', '1999');
  },
};

/** The dark scheme, from `data-color-scheme="dark"` on an ancestor. */
export const Dark: Story = {
  decorators: [withReport(weekWithProblems)],
  globals: { colorScheme: 'dark' },
  play: loaded,
};

/** Right to left: the layout mirrors, and Arrow Left moves to the next cell. */
export const RightToLeft: Story = {
  decorators: [withReport(typicalWeek)],
  globals: { direction: 'rtl', locale: 'ar-EG' },
  play: async (context) => {
    await loaded(context);
    const grid = within(context.canvasElement).getByRole('grid', { name: 'Tasks' });
    const cells = within(grid).getAllByRole('gridcell');
    await userEvent.click(cells[0]!);
    await userEvent.keyboard('{ArrowLeft}');
    await expect(cells[1]).toHaveFocus();
  },
};

/**
 * Loading the reports failed: storage could not be reached. The builder says so in plain words
 * (not "does not exist") with Retry; the play function retries and the report appears.
 */
export const LoadFailed: Story = {
  decorators: [withReport(typicalWeek, { loadFailure: new UnavailableError('GET /api/okr/records failed: ECONNREFUSED') })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('The report could not be loaded. Storage could not be reached. Check the connection, then retry.');
    await expect(canvasElement).not.toHaveTextContent(/ECONNREFUSED|does not exist/);
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByRole('heading', { name: 'Weekly report' })).toBeInTheDocument();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** Storage refused the load (403): a state of its own, with Retry; the play function retries once access is back. */
export const NotAllowed: Story = {
  decorators: [withReport(typicalWeek, { loadFailure: new ForbiddenError('GET /api/okr/records answered 403') })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('You are not allowed to see this report.');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByRole('heading', { name: 'Weekly report' })).toBeInTheDocument();
  },
};

/** The reports loaded and this one is not among them: "does not exist", with Retry (it may be saved elsewhere meanwhile). */
export const NotFound: Story = {
  args: { reportId: 'wr-missing' },
  decorators: [withReport(typicalWeek)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('This report does not exist.')).toBeInTheDocument();
    await expect(canvasElement.querySelector('[data-slot="weekly-report"]')).toHaveAttribute('data-state', 'not-found');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByText('This report does not exist.')).toBeInTheDocument();
  },
};

/**
 * The provider's `can` refuses changing this report (a manager reading it): no inputs, and a
 * Submit that stays focusable and says why. The play function tabs to it and presses it.
 */
export const PolicyRefuses: Story = {
  decorators: [withReport(typicalWeek, { can: (action, target) => !(action === 'update' && target.kind === 'weeklyReport') })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const submit = await canvas.findByRole('button', { name: 'Submit' });
    await expect(canvas.queryByRole('button', { name: 'Add task' })).toBeNull();
    await expect(submit).toHaveAttribute('aria-disabled', 'true');
    submit.focus();
    await expect(submit).toHaveFocus();
    await expect(submit).toHaveAccessibleDescription('You may not change this report.');
    await userEvent.click(submit);
    await expect(canvas.queryByRole('dialog')).toBeNull();
  },
};
