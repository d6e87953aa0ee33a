import { keyResultProgress, type Metric, type Status } from '@okrkit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { KeyResultView } from '../provider/hooks';
import type { OkrLabels } from '../provider/labels';
import { KeyResultProgressView } from './key-result-progress-view';

/** A view as `useKeyResultView` would give it, from plain data: no store, no provider. */
function viewOf(title: string, metric: Metric, status: Status, expected = 0.5): KeyResultView {
  const keyResult = { id: title, objectiveId: 'objective', title, metric };
  return { keyResult, progress: keyResultProgress(keyResult), status, expected, confidence: { latest: null, previous: null, change: null, trend: 'unknown', at: null } };
}

/** One KR per metric kind and direction. */
const views = {
  numeric: viewOf('Sign 1,000 paying teams', { kind: 'numeric', direction: 'increase', start: 400, target: 1000, current: 520, unit: { kind: 'count' } }, 'at-risk'),
  decreasing: viewOf('Churn falls to 3 %', { kind: 'numeric', direction: 'decrease', start: 5, target: 3, current: 4, unit: { kind: 'percent' } }, 'on-track'),
  overAchieved: viewOf('Publish 40 help-centre articles', { kind: 'numeric', direction: 'increase', start: 0, target: 40, current: 46, unit: { kind: 'custom', label: 'articles' } }, 'achieved'),
  currency: viewOf('Annual recurring revenue reaches €12M', { kind: 'numeric', direction: 'increase', start: 8_000_000, target: 12_000_000, current: 8_600_000, unit: { kind: 'currency', currency: 'EUR' } }, 'off-track'),
  binary: viewOf('Ship the in-app onboarding checklist', { kind: 'binary', done: true }, 'achieved'),
  milestones: viewOf(
    'Training changes how people work',
    {
      kind: 'milestones',
      milestones: [
        { title: 'Every attendee names one practice to try', done: true },
        { title: 'Managers review the practice in 1:1s', done: true },
        { title: 'Teams share results at the all-hands', done: false },
      ],
    },
    'on-track',
  ),
  guardrail: viewOf('Support response time stays below 4 h', { kind: 'guardrail', bound: 'below', threshold: 4, current: 4.6, unit: { kind: 'custom', label: 'h' } }, 'off-track'),
  range: viewOf('Uptime stays between 99.5 % and 100 %', { kind: 'guardrail-range', min: 99.5, max: 100, current: 99.8, unit: { kind: 'percent' } }, 'achieved'),
  notStarted: viewOf('Partner sign-ups reach 5,000', { kind: 'numeric', direction: 'increase', start: 0, target: 5000, current: 0, unit: { kind: 'count' } }, 'not-started', 0),
} satisfies Record<string, KeyResultView>;

const meta = {
  title: 'Components/KeyResultProgress/KeyResultProgressView',
  component: KeyResultProgressView,
  tags: ['autodocs'],
  args: { view: views.numeric, size: 'md', showLabels: true, unstyled: false, locale: 'en-US' },
  argTypes: {
    view: { control: 'select', options: Object.keys(views), mapping: views, description: 'A view as `useKeyResultView` returns it' },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    locale: { control: 'text' },
    labels: { control: 'object' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The key-result progress bar drawn from plain data, without a store or provider: for hosts that already hold a `KeyResultView`, ' +
          'and for design work. Missing labels fall back to okrkit’s English words.',
      },
    },
  },
  render: (args) => (
    <div style={{ maxWidth: 420 }}>
      <KeyResultProgressView {...args} />
    </div>
  ),
} satisfies Meta<typeof KeyResultProgressView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One KR from plain data; pick another metric kind in the controls. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('progressbar', { name: 'Sign 1,000 paying teams' })).toHaveAttribute('aria-valuetext', '520 of 1,000, 20%, at risk');
  },
};

/** Every metric kind, each a single progressbar: numbers both ways, over-achieved, money, done/not, milestones, guardrails. */
export const EveryMetricKind: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 16, maxWidth: 420 }}>
      {Object.entries(views).map(([name, view]) => (
        <KeyResultProgressView key={name} {...args} view={view} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('progressbar')).toHaveLength(Object.keys(views).length);
  },
};

const german: Partial<OkrLabels> = {
  status: { 'not-started': 'Nicht begonnen', 'on-track': 'Im Plan', 'at-risk': 'Gefährdet', 'off-track': 'Verfehlt', achieved: 'Erreicht' },
  spokenStatus: { 'not-started': 'nicht begonnen', 'on-track': 'im Plan', 'at-risk': 'gefährdet', 'off-track': 'verfehlt', achieved: 'erreicht' },
  progressOf: (current, target) => `${current} von ${target}`,
  fromTo: (start, target) => `von ${start} bis ${target}`,
  expectedMarker: 'Bis jetzt erwartet',
};

/** Only some words replaced (German): the rest keep okrkit’s defaults, numbers follow the locale. */
export const PartialLabels: Story = {
  args: { locale: 'de-DE', labels: german },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('progressbar')).toHaveAttribute('aria-valuetext', expect.stringMatching(/^520 von 1\.000, 20\s%, gefährdet$/));
  },
};

