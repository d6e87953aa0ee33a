'use client';
import { forwardRef, type ReactNode } from 'react';
import { ImportDialogRoot, type ImportDialogRootProps } from './import-dialog-context';
import { ImportDialogActions, ImportDialogContent, ImportDialogMapping, ImportDialogMessages, ImportDialogPreview, ImportDialogSource, ImportDialogTrigger, type ImportDialogContentProps } from './import-dialog-parts';

export interface ImportDialogProps extends Omit<ImportDialogRootProps, 'children'>, Omit<ImportDialogContentProps, 'children' | 'defaultValue'> {
  /** The element that opens the dialog (rendered through `Dialog.Trigger asChild`). */
  trigger?: ReactNode;
  /** The parts inside the dialog, to rearrange or leave some out. @default Source, Mapping, Preview, Messages, Actions */
  children?: ReactNode;
}

/**
 * Imports objectives and key results from a CSV file in a modal dialog (Radix): choose or
 * paste the file, map its columns to okrkit's fields (suggested from the headers), read the
 * dry-run preview — every row with its problems at the column they are in, and how many
 * records would be created, updated or left as they are — then Import writes ONE batch
 * through the provider's store (`store.restore`). Import stays disabled while problems
 * remain or the provider's `can` refuses a record; a refused save keeps the file, the
 * mapping and the preview, says why and reaches the provider's `onError`. Rules live in
 * `@okrkit/core/interchange`; this only renders them. Built of parts (`ImportDialogRoot`,
 * `ImportDialogContent`, `ImportDialogSource` …) that a host can compose itself.
 * @example <ImportDialog trigger={<button type="button">Import CSV</button>} onImported={({ objectives }) => toast(`${objectives} objectives`)} />
 */
export const ImportDialog = /* @__PURE__ */ forwardRef<HTMLDivElement, ImportDialogProps>(function ImportDialog(props, ref) {
  const { open, defaultOpen, onOpenChange, defaultText, onImported, labels, trigger, children, ...contentProps } = props;
  return (
    <ImportDialogRoot open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange} defaultText={defaultText} onImported={onImported} labels={labels}>
      {trigger ? <ImportDialogTrigger>{trigger}</ImportDialogTrigger> : null}
      <ImportDialogContent ref={ref} {...contentProps}>
        {children ?? (
          <>
            <ImportDialogSource />
            <ImportDialogMapping />
            <ImportDialogPreview />
            <ImportDialogMessages />
            <ImportDialogActions />
          </>
        )}
      </ImportDialogContent>
    </ImportDialogRoot>
  );
});
