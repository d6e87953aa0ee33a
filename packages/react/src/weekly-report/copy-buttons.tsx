'use client';
import { weeklyReportToHtml, weeklyReportToMarkdown, weeklyReportToPlainText, type OkrSet, type WeeklyReport } from '@okrkit/core';
import { useState } from 'react';
import type { WeeklyReportBuilderLabels } from './weekly-report.labels';

type Format = 'markdown' | 'email' | 'chat';

/**
 * Puts text on the clipboard. Rich text for email goes as text/html with a text/plain
 * twin (`ClipboardItem`), so a mail client pastes formatting and a plain field still
 * gets words; browsers without `ClipboardItem` get the plain text.
 */
export async function copyToClipboard(plain: string, html?: string): Promise<void> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard) throw new Error('no clipboard');
  const Item = (globalThis as { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
  if (html !== undefined && Item && typeof clipboard.write === 'function') {
    try {
      await clipboard.write([new Item({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([plain], { type: 'text/plain' }) })]);
      return;
    } catch {
      // Some browsers refuse text/html; plain text is better than nothing.
    }
  }
  await clipboard.writeText(plain);
}

export interface CopyButtonsProps {
  report: WeeklyReport;
  okrSet: OkrSet;
  locale: string | undefined;
  personName: (id: string) => string;
  labels: WeeklyReportBuilderLabels;
}

/** "Copy as Markdown", "Copy for email" (rich text) and "Copy for chat" (plain), with the core's exports. */
export function CopyButtons({ report, okrSet, locale, personName, labels }: CopyButtonsProps) {
  const [message, setMessage] = useState('');
  const options = { locale: locale ?? 'en-US', personName };
  const buttons: { format: Format; label: string }[] = [
    { format: 'markdown', label: labels.copyMarkdown },
    { format: 'email', label: labels.copyEmail },
    { format: 'chat', label: labels.copyChat },
  ];
  const copy = async (format: Format) => {
    try {
      if (format === 'markdown') await copyToClipboard(weeklyReportToMarkdown(report, okrSet, options));
      else if (format === 'chat') await copyToClipboard(weeklyReportToPlainText(report, okrSet, options));
      else await copyToClipboard(weeklyReportToPlainText(report, okrSet, options), weeklyReportToHtml(report, okrSet, options));
      setMessage(labels.copied(format));
    } catch {
      setMessage(labels.copyFailed);
    }
  };
  return (
    <div data-slot="weekly-report-copy" className="okr-slot-weekly-report-copy">
      {buttons.map(({ format, label }) => (
        <button key={format} type="button" data-format={format} onClick={() => void copy(format)}>
          {label}
        </button>
      ))}
      <span role="status" data-slot="weekly-report-copy-status" className="okr-slot-weekly-report-copy-status">
        {message}
      </span>
    </div>
  );
}
