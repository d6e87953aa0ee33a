import type { KeyResult, OkrSet } from '@okrkit/core';
import { domainExamples } from '@okrkit/core/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { withOkrStore } from '../internal/story-store';
import type { OkrLabels } from '../provider/labels';
import { KeyResultProgress } from './key-result-progress';

/** The domain examples with one KR changed, for scenarios the examples do not hold. */
function withKeyResult(keyResultId: string, patch: Partial<KeyResult>): OkrSet {
  return { ...domainExamples, keyResults: domainExamples.keyResults.map((kr) => (kr.id === keyResultId ? { ...kr, ...patch } : kr)) };
}

const keyResultIds = domainExamples.keyResults.map((keyResult) => keyResult.id);

const meta = {
  title: 'Components/KeyResultProgress',
  component: KeyResultProgress,
  tags: ['autodocs'],
  decorators: [withOkrStore()],
  args: { keyResultId: 'kr-patents', size: 'md', unstyled: false, showLabels: true },
  argTypes: {
    keyResultId: { control: 'select', options: keyResultIds, description: 'A KR of the domain examples' },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    unstyled: { control: 'boolean' },
    showLabels: { control: 'boolean' },
    className: { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The progress bar of one key result: one `role="progressbar"` with a spoken `aria-valuetext`, values formatted for the ' +
          'provider’s locale, an expected-progress marker, and the status as word, icon and colour. Rendered here inside an ' +
          '`OkrProvider` over a memory store holding the domain examples, judged at 15 February 2026.',
      },
    },
  },
  render: (args) => (
    <div style={{ maxWidth: 420 }}>
      <KeyResultProgress {...args} />
    </div>
  ),
} satisfies Meta<typeof KeyResultProgress>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A rising count with a word unit, on track: "3 of 5 patents". */
export const Default: Story = {};

/** Behind the elapsed time: the fill stops short of the expected-progress marker. */
export const AtRisk: Story = { args: { keyResultId: 'kr-mau' } };

export const OffTrack: Story = { args: { keyResultId: 'kr-usage-time' } };

export const Achieved: Story = {
  args: { keyResultId: 'kr-training-sessions' },
  decorators: [
    withOkrStore(withKeyResult('kr-training-sessions', { metric: { kind: 'numeric', direction: 'increase', start: 0, target: 10, current: 10, unit: { kind: 'count' } } })),
  ],
};

/** 46 of 40 articles: the track rescales, the 100 % mark moves in and the stripes show the 15 % beyond. */
export const OverAchieved: Story = { args: { keyResultId: 'kr-help-articles' } };

/** Churn falls from 5 % to 3 %: progress still fills from the start. */
export const Decreasing: Story = { args: { keyResultId: 'kr-churn' } };

/** Done or not: a check state, no fake bar (still a 0/100 progressbar for screen readers). */
export const Binary: Story = {
  args: { keyResultId: 'kr-onboarding-checklist' },
  decorators: [
    withOkrStore({
      ...domainExamples,
      keyResults: [
        ...domainExamples.keyResults,
        { id: 'kr-launch', objectiveId: 'obj-tech-innovation', title: 'Launch the public API', metric: { kind: 'binary', done: true } },
      ],
    }),
  ],
  render: (args) => (
    <div style={{ display: 'grid', gap: 16, maxWidth: 420 }}>
      <KeyResultProgress {...args} />
      <KeyResultProgress {...args} keyResultId="kr-launch" />
    </div>
  ),
};

/** One segment per milestone, sized by weight; hover a segment for its title. */
export const Milestones: Story = { args: { keyResultId: 'kr-training-application' } };

/** A band: the allowed zone, the limit line and the current reading; held, breached, and a range. */
export const Guardrail: Story = {
  args: { keyResultId: 'kr-support-response' },
  decorators: [
    withOkrStore({
      ...domainExamples,
      keyResults: [
        ...domainExamples.keyResults,
        {
          id: 'kr-error-rate',
          objectiveId: 'obj-support',
          title: 'Error rate stays below 1 %',
          metric: { kind: 'guardrail', bound: 'below', threshold: 1, current: 1.4, unit: { kind: 'percent' } },
        },
        {
          id: 'kr-uptime',
          objectiveId: 'obj-support',
          title: 'Uptime stays between 99.5 % and 100 %',
          metric: { kind: 'guardrail-range', min: 99.5, max: 100, current: 99.8, unit: { kind: 'percent' } },
        },
      ],
    }),
  ],
  render: (args) => (
    <div style={{ display: 'grid', gap: 16, maxWidth: 420 }}>
      <KeyResultProgress {...args} />
      <KeyResultProgress {...args} keyResultId="kr-error-rate" />
      <KeyResultProgress {...args} keyResultId="kr-uptime" />
    </div>
  ),
};

/** Nothing yet: a KR of next quarter's draft, not started, at 0. */
export const Empty: Story = { args: { keyResultId: 'kr-partner-signups' } };

/** The store has not loaded: a skeleton with `aria-busy` and a hidden "Loading…". */
export const Loading: Story = { decorators: [withOkrStore(domainExamples, { load: false })] };

/** A long title wraps; large amounts keep their grouping. */
export const LongText: Story = {
  args: { keyResultId: 'kr-arr' },
  decorators: [
    withOkrStore(
      withKeyResult('kr-arr', {
        title:
          'Annual recurring revenue from self-serve and enterprise plans, across all regions and currencies, reaches twelve million euros by the end of the financial year',
      }),
    ),
  ],
  render: (args) => (
    <div style={{ maxWidth: 280 }}>
      <KeyResultProgress {...args} />
    </div>
  ),
};

const arabicLabels: Partial<OkrLabels> = {
  status: { 'not-started': 'لم يبدأ', 'on-track': 'على المسار', 'at-risk': 'معرّض للخطر', 'off-track': 'خارج المسار', achieved: 'تحقّق' },
  expectedMarker: 'المتوقع حتى الآن',
  progressOf: (current: string, target: string) => `${current} من ${target}`,
  fromTo: (start: string, target: string) => `من ${start} إلى ${target}`,
};

/** Arabic digits and words, right to left: the fill, marker and stripes mirror through logical properties. */
export const RightToLeft: Story = {
  args: { keyResultId: 'kr-help-articles' },
  globals: { direction: 'rtl', locale: 'ar-EG' },
  decorators: [withOkrStore(domainExamples, { locale: 'ar-EG', labels: arabicLabels })],
  render: (args) => (
    <div style={{ display: 'grid', gap: 16, maxWidth: 420 }}>
      <KeyResultProgress {...args} />
      <KeyResultProgress {...args} keyResultId="kr-mau" />
    </div>
  ),
};

/** Every status on the dark tokens (`data-color-scheme="dark"` on an ancestor). */
export const Dark: Story = {
  globals: { colorScheme: 'dark' },
  render: (args) => (
    <div style={{ display: 'grid', gap: 16, maxWidth: 420 }}>
      {['kr-patents', 'kr-mau', 'kr-usage-time', 'kr-help-articles', 'kr-partner-signups', 'kr-support-response', 'kr-training-application', 'kr-onboarding-checklist'].map(
        (keyResultId) => (
          <KeyResultProgress key={keyResultId} {...args} keyResultId={keyResultId} />
        ),
      )}
    </div>
  ),
};

/** No okrkit class names: the host styles from `data-slot`, `data-state` and the `--okr-progress-*` variables. */
export const Unstyled: Story = { args: { unstyled: true } };

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 20, maxWidth: 420 }}>
      <KeyResultProgress {...args} size="sm" />
      <KeyResultProgress {...args} size="md" />
      <KeyResultProgress {...args} size="lg" />
    </div>
  ),
};
