import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { CopyButtons } from './copy-buttons';
import { surveyPeople, surveySet, typicalWeek } from './weekly-report.fixtures';
import { defaultWeeklyReportBuilderLabels } from './weekly-report.labels';
import { inReport } from './weekly-report.story-helpers';

const personName = (id: string) => surveyPeople.find((person) => person.id === id)?.name ?? id;

/** Replaces the browser's clipboard for one story (a test browser may refuse the real one); returns the restore. */
function stubClipboard(clipboard: Partial<Clipboard>) {
  const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  return () => {
    if (original) Object.defineProperty(navigator, 'clipboard', original);
    else delete (navigator as { clipboard?: Clipboard }).clipboard;
  };
}

const meta = {
  title: 'Components/WeeklyReport/Parts/CopyButtons',
  component: CopyButtons,
  tags: ['autodocs'],
  decorators: [inReport],
  args: { report: typicalWeek, okrSet: surveySet, locale: 'en-US', personName, labels: defaultWeeklyReportBuilderLabels },
  argTypes: { report: { control: false }, okrSet: { control: false }, personName: { control: false }, labels: { control: 'object' } },
  parameters: {
    docs: {
      description: {
        component:
          'The report out of the page: Markdown, rich text for email (text/html with a plain-text twin) and plain text for chat, ' +
          'with a status that says what was copied or that the browser refused.',
      },
    },
  },
} satisfies Meta<typeof CopyButtons>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The play function copies as Markdown; the status confirms it. */
export const Default: Story = {
  beforeEach: () => stubClipboard({ writeText: async () => undefined }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy as Markdown' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('Copied as Markdown');
  },
};

/** The browser refuses the clipboard: the status says so rather than claiming a copy. */
export const ClipboardBlocked: Story = {
  beforeEach: () => stubClipboard({ writeText: () => Promise.reject(new Error('denied')) }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy for chat' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('Could not copy; your browser blocked the clipboard');
  },
};
