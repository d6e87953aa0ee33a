'use client';
import { authorizationTarget, toStorageError, type AnyRecord, type OkrStorageError, type RecordKind } from '@okrkit/core';
import { csvImportBatch, previewCsvImport, readCsvTable, suggestColumnMapping, type CsvColumnMapping, type CsvField, type CsvImportPreview } from '@okrkit/core/interchange';
import * as Dialog from '@radix-ui/react-dialog';
import { createContext, useCallback, useContext, useId, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useControllableState } from '../internal/use-controllable-state';
import { useOkrContext, useOkrSelector, useReportError } from '../provider/index';
import { resolveImportDialogLabels, type ImportDialogLabels } from './import-dialog.labels';

/** Where the import stands: choosing and fixing the file, saving the batch, saved, or refused by storage. */
export type ImportDialogState = 'editing' | 'importing' | 'imported' | 'failed';

/** What every part of an `ImportDialog` reads: the text, the mapping, the dry-run preview and the import's state. */
export interface ImportDialogContextValue {
  labels: ImportDialogLabels;
  /** Formats a count in the provider's locale. */
  number: (value: number) => string;
  /** A prefix for the ids of the dialog's labelled elements. */
  id: string;
  text: string;
  setText: (text: string) => void;
  /** The header row of the text, as the parser reads it. */
  headers: readonly string[];
  /** The column each documented field is read from: the person's choice, else the suggestion from the headers. */
  mapping: CsvColumnMapping;
  /** Maps `field` to `header` ('' = not in the file). */
  setField: (field: CsvField, header: string) => void;
  /** The dry run of the text with the mapping; `null` while there is no text. */
  preview: CsvImportPreview | null;
  /** False when the provider's `can` refuses creating or changing one of the records. */
  allowed: boolean;
  /** Records the import would create or update. */
  changes: number;
  /** True when Import can run: a preview without problems, something to change, allowed, not already saving. */
  ready: boolean;
  state: ImportDialogState;
  /** Records written by the last import. */
  written: number;
  /** Why storage refused the last import (state 'failed'). */
  failure: OkrStorageError | null;
  /** Writes the preview as one batch (`store.restore`); does nothing unless `ready`. */
  runImport: () => void;
  /** Whether the dialog is open. */
  open: boolean;
  /** @internal The trigger, to read the host page's scheme and direction from. */
  triggerRef: RefObject<HTMLButtonElement | null>;
}

const ImportDialogContext = createContext<ImportDialogContextValue | null>(null);

/** The dialog's state, for a part rendered inside `ImportDialogRoot`; throws with the part's name outside it. */
export function useImportDialogContext(part: string): ImportDialogContextValue {
  const value = useContext(ImportDialogContext);
  if (!value) throw new Error(`<ImportDialog${part}> must be rendered inside <ImportDialogRoot>.`);
  return value;
}

export interface ImportDialogRootProps {
  /** Controlled open state. */
  open?: boolean;
  /** Open state at first, when uncontrolled. @default false */
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** CSV text in the dialog at first (a file a host already has, or a story's). @default '' */
  defaultText?: string;
  /** Called after storage accepted the batch, with what was written. */
  onImported?: (written: { objectives: number; keyResults: number }) => void;
  /** Words of this dialog over the provider's `labels.importer`. */
  labels?: Partial<ImportDialogLabels>;
  children?: ReactNode;
}

/**
 * Holds one import: the CSV text, the column mapping, the dry-run preview and the save, for
 * the parts inside it (`ImportDialogTrigger`, `ImportDialogContent`, `ImportDialogSource`,
 * `ImportDialogMapping`, `ImportDialogPreview`, `ImportDialogMessages`, `ImportDialogActions`).
 * A Radix `Dialog.Root`. A refused save keeps the text, the mapping and the preview, says
 * why, and reaches the provider's `onError`.
 */
export function ImportDialogRoot(props: ImportDialogRootProps) {
  const { open: openProp, defaultOpen = false, onOpenChange, defaultText = '', onImported, labels: ownLabels, children } = props;
  const [open, setOpen] = useControllableState({ value: openProp, defaultValue: defaultOpen, onChange: onOpenChange });
  const context = useOkrContext();
  const { store, can, locale } = context;
  const reportError = useReportError();
  const labels = resolveImportDialogLabels(context.labels, ownLabels);
  const okrSet = useOkrSelector(useCallback((snapshot) => snapshot.okrSet, []));
  const [text, setTextState] = useState(defaultText);
  const [chosenMapping, setChosenMapping] = useState<{ headers: string; mapping: CsvColumnMapping } | null>(null);
  const [state, setState] = useState<ImportDialogState>('editing');
  const [written, setWritten] = useState(0);
  const [failure, setFailure] = useState<OkrStorageError | null>(null);
  const id = useId();
  const triggerRef = useRef<HTMLButtonElement | null>(null);

  const headers = useMemo(() => readCsvTable(text.split(/\r\n|\n|\r/, 1)[0] ?? '').headers, [text]);
  const headerKey = headers.join('\u0000');
  // A new header row starts from the suggestion again; the person's choices hold while it stays the same.
  const mapping = useMemo(() => (chosenMapping && chosenMapping.headers === headerKey ? chosenMapping.mapping : suggestColumnMapping(headers)), [chosenMapping, headerKey, headers]);
  const preview: CsvImportPreview | null = useMemo(() => (text.trim() === '' ? null : previewCsvImport(text, { mapping, existing: okrSet })), [text, mapping, okrSet]);

  const allowed = useMemo(() => {
    if (!can || !preview) return true;
    const find = (kind: RecordKind, recordId: string) =>
      kind === 'objective' ? (preview.objectives.find((item) => item.record.id === recordId)?.record ?? okrSet.objectives.find((objective) => objective.id === recordId)) : undefined;
    const check = (kind: RecordKind, action: 'create' | 'update' | 'unchanged', record: AnyRecord) =>
      action === 'unchanged' || can(action, authorizationTarget(kind, record, find)) === true;
    return preview.objectives.every((item) => check('objective', item.action, item.record)) && preview.keyResults.every((item) => check('keyResult', item.action, item.record));
  }, [can, preview, okrSet]);

  const changes = preview ? preview.summary.create + preview.summary.update : 0;
  const ready = preview !== null && preview.errors.length === 0 && changes > 0 && allowed && state !== 'importing';

  const setText = (next: string) => {
    setTextState(next);
    setState('editing');
  };
  const setField = (field: CsvField, header: string) => {
    const next = { ...mapping };
    if (header === '') delete next[field];
    else next[field] = header;
    setChosenMapping({ headers: headerKey, mapping: next });
    setState('editing');
  };
  const runImport = () => {
    if (!preview || !ready) return;
    const batch = csvImportBatch(preview);
    setState('importing');
    setFailure(null);
    store.restore(batch).then(
      () => {
        setWritten(batch.objectives.length + batch.keyResults.length);
        setState('imported');
        onImported?.({ objectives: batch.objectives.length, keyResults: batch.keyResults.length });
      },
      (cause: unknown) => {
        const error = toStorageError(cause);
        setFailure(error);
        setState('failed');
        reportError(error, { widget: 'import', action: 'save' });
      },
    );
  };

  const value: ImportDialogContextValue = {
    labels,
    number: (count) => count.toLocaleString(locale),
    id,
    text,
    setText,
    headers,
    mapping,
    setField,
    preview,
    allowed,
    changes,
    ready,
    state,
    written,
    failure,
    runImport,
    open,
    triggerRef,
  };
  return (
    <ImportDialogContext.Provider value={value}>
      <Dialog.Root open={open} onOpenChange={setOpen}>
        {children}
      </Dialog.Root>
    </ImportDialogContext.Provider>
  );
}
