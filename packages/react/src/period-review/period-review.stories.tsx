import type { OkrPolicy } from '@okrkit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { de } from '../locales/de';
import type { OkrLabelOverrides } from '../provider/labels';
import { reviewOkrSet, ReviewStory, type ReviewSeed } from './period-review.fixtures';
import { PeriodReview } from './index';

interface Args {
  seed: ReviewSeed;
  can?: OkrPolicy;
  labels?: OkrLabelOverrides;
}

const meta = {
  title: 'Components/PeriodReview',
  tags: ['autodocs'],
  args: { seed: {} },
  argTypes: { can: { control: false }, labels: { control: false } },
  render: (args, context) => (
    <ReviewStory seed={args.seed} can={args.can} labels={args.labels} locale={context.globals.locale as string | undefined}>
      {(cycleStore) => <PeriodReview cycleStore={cycleStore} periodId="q1-2026" />}
    </ReviewStory>
  ),
  parameters: {
    docs: {
      description: {
        component:
          'The review of a closed period: objectives closed and still open, the mean grade, the grade distribution by team and committed vs ' +
          'aspirational (band names in words), each objective’s retrospective, and Markdown / CSV exports. Grouped by team and kind only: ' +
          'OKRs are not an appraisal tool, so no person is rated.',
      },
    },
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

const review = async (canvasElement: HTMLElement, name = 'Review: Q1 2026') => {
  const region = await within(canvasElement).findByRole('region', { name });
  await waitFor(() => expect(region).not.toHaveAttribute('aria-busy'));
  return within(region);
};
const figure = (view: ReturnType<typeof within>, term: string) => view.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

/** Q1 2026 closed with mixed results (achieved, missed, postponed, carried over); the filters narrow it to one team, then one kind. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const view = await review(canvasElement);
    await expect(figure(view, 'Objectives closed')).toBe('6');
    await expect(figure(view, 'Mean grade')).toBe('0.5 (Yellow)');
    const growth = view.getByRole('row', { name: /Brightline · Growth team/ });
    await expect(growth).toHaveTextContent('Missed: 1Carried over: 1');
    await userEvent.selectOptions(view.getByRole('combobox', { name: 'Team' }), 'Brightline · Product');
    await expect(figure(view, 'Objectives closed')).toBe('2');
    await userEvent.click(view.getByRole('radio', { name: 'Aspirational' }));
    await expect(figure(view, 'Objectives closed')).toBe('1');
    await expect(view.getByText(/Aspirational objectives are expected to land around 0.6–0.7/)).toBeVisible();
  },
};

/** Some objectives not closed yet: how many are still open, and the review of what is closed. */
export const PartlyClosed: Story = {
  args: { seed: { close: ['obj-support', 'obj-mobile-lead', 'obj-retention'] } },
  play: async ({ canvasElement }) => {
    const view = await review(canvasElement);
    await expect(view.getByText('Not closed yet: 3 still open. The review shows the 3 closed so far.')).toBeVisible();
    await expect(figure(view, 'Still open')).toBe('3');
  },
};

/** Nothing closed out yet: the open count, no grade, no tables. */
export const Empty: Story = {
  args: { seed: { close: [] } },
  play: async ({ canvasElement }) => {
    const view = await review(canvasElement);
    await expect(view.getByText(/Nothing is closed out yet \(6 still open\)/)).toBeVisible();
    await expect(figure(view, 'Mean grade')).toBe('none yet');
    await expect(view.queryByRole('table', { name: /by team/ })).toBeNull();
  },
};

/** The close-outs are still loading. */
export const Loading: Story = {
  args: { seed: { cycleLoad: 'hang' } },
  play: async ({ canvasElement }) => {
    const region = await within(canvasElement).findByRole('region', { name: 'Review: Q1 2026' });
    await expect(region).toHaveAttribute('aria-busy', 'true');
    await expect(within(region).getByRole('status')).toHaveTextContent('Loading the review…');
  },
};

/** Loading failed: a plain message and Retry; Retry loads the review. */
export const LoadFailed: Story = {
  args: { seed: { cycleLoad: 'fail-once' } },
  play: async ({ canvasElement }) => {
    const view = await review(canvasElement);
    await expect(view.getByRole('alert')).toHaveTextContent('The review could not be loaded. Check the connection and try again.');
    await userEvent.click(view.getByRole('button', { name: 'Retry' }));
    await expect(await view.findByRole('table', { name: /by team/ })).toBeVisible();
  },
};

/** A read-only viewer (the policy allows reading only): the exports still work, since they write nothing. */
export const ReadOnlyViewer: Story = {
  args: { can: (action) => action === 'read' },
  play: async ({ canvasElement }) => {
    const view = await review(canvasElement);
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
    await userEvent.click(view.getByRole('button', { name: 'Copy CSV' }));
    await expect(await view.findByText('Copied.')).toBeInTheDocument();
    await expect(written[0]?.split('\r\n')[0]).toBe('objective_id,title,team_id,kind,result,grade,band,met,missed,lessons');
    await expect(view.getByRole('link', { name: 'Download Markdown' })).toHaveAttribute('download', 'Q1-2026-review.md');
  },
};

const long = 'We learned that the launch depended on a partner whose own release slipped twice, so next time we agree the dates in writing before the quarter starts and keep a fallback plan that does not depend on them at all. '.repeat(3).trim();
const longTitle = 'Significantly and sustainably increase daily user activity across every market and every platform we serve';

/** A long title and long retrospectives wrap inside the review; nothing scrolls sideways outside the tables. */
export const LongText: Story = {
  args: {
    seed: {
      initial: { ...reviewOkrSet, objectives: reviewOkrSet.objectives.map((objective) => (objective.id === 'obj-user-activity' ? { ...objective, title: `${longTitle}, while support costs stay flat and every team keeps a calm pace` } : objective)) },
      close: ['obj-user-activity', 'obj-support'],
      overrides: { 'obj-user-activity': { objectiveId: 'obj-user-activity', result: 'missed', retrospective: { met: long, missed: `${long} https://intranet.example.com/retrospectives/q1-2026/user-activity/android-launch-slip`, lessons: long } } },
    },
  },
  play: async ({ canvasElement }) => {
    const view = await review(canvasElement);
    const lessons = view.getByRole('region', { name: 'Lessons' });
    await expect(lessons.scrollWidth).toBeLessThanOrEqual(lessons.clientWidth + 1);
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '28rem' }}><Story /></div>],
};

/** Dark colour scheme. */
export const Dark: Story = {
  globals: { colorScheme: 'dark' },
  play: async ({ canvasElement }) => {
    const view = await review(canvasElement);
    await expect(view.getByRole('table', { name: /by team/ })).toBeVisible();
  },
};

/** Right to left, in Arabic digits: the numbers follow the locale, the user text keeps its own direction. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl', locale: 'ar-EG' },
  play: async ({ canvasElement }) => {
    const view = await review(canvasElement);
    await expect(figure(view, 'Objectives closed')).toBe('٦');
    await expect(view.getByText('Finish one onboarding step before starting the next.')).toHaveAttribute('dir', 'auto');
  },
};

/** German words (`labels={de}`) and German number format. */
export const German: Story = {
  args: { labels: de },
  globals: { locale: 'de-DE' },
  play: async ({ canvasElement }) => {
    const view = await review(canvasElement, 'Rückblick: Q1 2026');
    await expect(figure(view, 'Durchschnittliche Bewertung')).toBe('0,5 (Gelb)');
    await expect(view.getByRole('table', { name: /Abgeschlossene Ziele nach Team/ })).toBeVisible();
  },
};
