'use client';
import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { ObjectiveCard } from '../objective-card/objective-card';
import type { ObjectiveListLabels } from './objective-list.labels';

export interface ObjectiveListPanelProps {
  open: boolean;
  /** The objective whose card the panel shows; null when it creates one. */
  objectiveId: string | null;
  title: string;
  labels: ObjectiveListLabels;
  container: HTMLElement | null;
  onClose: () => void;
  /** What the panel shows under the card (an editor, a timeline): the list's `renderPanel`. */
  children?: ReactNode;
}

/** The side panel a row opens: a Radix dialog drawn as a sheet, with the objective's card and editor (or the editor alone for a new one). */
export function ObjectiveListPanel({ open, objectiveId, title, labels, container, onClose, children }: ObjectiveListPanelProps) {
  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next ? undefined : onClose())}>
      <Dialog.Portal container={container}>
        <Dialog.Overlay data-slot="objective-list-panel-overlay" className="okr-slot-objective-list-panel-overlay" />
        <Dialog.Content data-slot="objective-list-panel" className="okr-slot-objective-list-panel" aria-describedby={undefined}>
          <div data-slot="objective-list-panel-header" className="okr-slot-objective-list-panel-header">
            <Dialog.Title data-slot="objective-list-panel-title" className="okr-slot-objective-list-panel-title" dir="auto">
              {title}
            </Dialog.Title>
            <Dialog.Close data-slot="objective-list-panel-close" className="okr-slot-objective-list-panel-close" aria-label={labels.close}>
              ×
            </Dialog.Close>
          </div>
          {objectiveId !== null ? <ObjectiveCard objectiveId={objectiveId} /> : null}
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
