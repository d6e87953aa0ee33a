/** Storybook plumbing for the weekly-report stories (not part of the package). */
import { createMemoryDraftBackup, type DraftBackup, type OkrPolicy, type OkrStorageError, type WeeklyReport } from '@okrkit/core';
import type { Decorator } from '@storybook/react-vite';
import { useEffect, useState, type ReactNode } from 'react';
import { OkrProvider, type OkrLabelOverrides } from '../provider/index';
import { WeeklyReportProvider } from './weekly-report-context';
import { createReportStores, surveyNow, type ReportStores } from './weekly-report.fixtures';

export interface ReportStoryOptions {
  /** Runs once the stores are loaded, before the story renders (break storage, edit elsewhere). */
  setup?: (stores: ReportStores) => Promise<void> | void;
  latencyMs?: number;
  locale?: string;
  /** okrkit's words in another language (`de`, `fr` …). */
  labels?: OkrLabelOverrides;
  /** The provider's policy. */
  can?: OkrPolicy;
  /** The first weekly-report load fails with this (storage down, 403); the next one (Retry) succeeds. */
  loadFailure?: OkrStorageError;
}

function ReportStoryProviders({ report, options, locale, children }: { report: WeeklyReport; options: ReportStoryOptions; locale: string | undefined; children: ReactNode }) {
  const [stores, setStores] = useState<ReportStores | null>(null);
  useEffect(() => {
    let live = true;
    const failure = options.loadFailure ? { loadFailure: options.loadFailure } : {};
    void createReportStores([report], { latencyMs: options.latencyMs ?? 0, ...failure }).then(async (created) => {
      created.control.loadFailure = null;
      await options.setup?.(created);
      if (live) setStores(created);
    });
    return () => {
      live = false;
    };
  }, [report, options]);
  if (!stores) return null;
  return (
    <OkrProvider store={stores.okrStore} now={surveyNow} locale={options.locale ?? locale} labels={options.labels} can={options.can}>
      <WeeklyReportProvider store={stores.reportStore}>{children}</WeeklyReportProvider>
    </OkrProvider>
  );
}

/**
 * Renders the story over fresh memory storage holding `report` (DOMAIN's market survey),
 * with the OKR and weekly-report providers around it.
 */
export function withReport(report: WeeklyReport, options: ReportStoryOptions = {}): Decorator {
  return (Story, context) => (
    <ReportStoryProviders report={report} options={options} locale={context.globals.locale as string | undefined}>
      <Story />
    </ReportStoryProviders>
  );
}

/** A fresh in-memory backup per story render. */
export const storyBackup = (): DraftBackup => createMemoryDraftBackup({ now: () => new Date(surveyNow) });

/**
 * The builder's root around one part, so the part looks as it does in the builder (its
 * styles are scoped to `.okr-weekly-report`). The part stories draw from plain props,
 * without stores.
 */
export const inReport: Decorator = (Story) => (
  <div className="okr-weekly-report">
    <Story />
  </div>
);
