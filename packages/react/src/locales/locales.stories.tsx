import { domainExamples } from '@okrkit/core/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, within } from 'storybook/test';
import { withOkrStore } from '../internal/story-store';
import { ObjectiveCard } from '../objective-card/index';
import type { OkrLabels } from '../provider/index';
import { WeeklyReportBuilder } from '../weekly-report/index';
import { surveyPeople, typicalWeek } from '../weekly-report/weekly-report.fixtures';
import { storyBackup, withReport } from '../weekly-report/weekly-report.story-helpers';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { vi } from './vi';
import { zh } from './zh';

/**
 * Every shipped label set on the objective card and the weekly report builder, with numbers
 * and dates in the same locale: what a German, French, Spanish, Vietnamese or Chinese team sees.
 * Each play function finds a translated name (the card's key-result list, the report's
 * Tasks heading) and axe checks the story.
 */
const meta = {
  title: 'Labels/Locales',
  tags: ['autodocs'],
  parameters: { docs: { description: { component: 'One story per shipped locale (`@okrkit/react/locales/*`) for the card and the weekly report builder.' } } },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

function ReportBuilder() {
  const [backup] = useState(storyBackup);
  return <WeeklyReportBuilder reportId="wr-10" currentUserId="ana" people={surveyPeople} backup={backup} />;
}

function cardStory(labels: OkrLabels, locale: string): Story {
  return {
    decorators: [withOkrStore(domainExamples, { labels, locale })],
    render: () => <ObjectiveCard objectiveId="obj-user-activity" />,
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      await expect(await canvas.findByRole('list', { name: labels.keyResults })).toBeInTheDocument();
      await expect(canvasElement.querySelector('[data-slot="objective-card"]')).toHaveAttribute('data-state', 'ready');
    },
  };
}

function reportStory(labels: OkrLabels, locale: string): Story {
  return {
    decorators: [withReport(typicalWeek, { labels, locale })],
    render: () => <ReportBuilder />,
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      await expect(await canvas.findByRole('heading', { name: labels.report.report })).toBeInTheDocument();
      await expect(canvas.getByRole('heading', { name: labels.report.tasks })).toBeInTheDocument();
    },
  };
}

export const CardEnglish = cardStory(en, 'en-US');
export const CardGerman = cardStory(de, 'de-DE');
export const CardFrench = cardStory(fr, 'fr-FR');
export const CardSpanish = cardStory(es, 'es-ES');
export const CardVietnamese = cardStory(vi, 'vi-VN');
export const CardChinese = cardStory(zh, 'zh-CN');
export const ReportEnglish = reportStory(en, 'en-US');
export const ReportGerman = reportStory(de, 'de-DE');
export const ReportFrench = reportStory(fr, 'fr-FR');
export const ReportSpanish = reportStory(es, 'es-ES');
export const ReportVietnamese = reportStory(vi, 'vi-VN');
export const ReportChinese = reportStory(zh, 'zh-CN');
