'use client';
import { authorizationTarget, type AnyRecord, type RecordKind } from '@okrkit/core';
import { CSV_COLUMNS, csvImportBatch, previewCsvImport, readCsvTable, suggestColumnMapping, type CsvColumnMapping, type CsvField, type CsvImportPreview } from '@okrkit/core/interchange';
import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ChangeEvent, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useControllableState } from '../internal/use-controllable-state';
import { useOkrContext, useOkrSelector } from '../provider/index';
import { resolveImportDialogLabels, type ImportDialogLabels } from './import-dialog.labels';

/** Where the import stands: choosing and fixing the file, saving the batch, saved, or refused by storage. */
export type ImportDialogState = 'editing' | 'importing' | 'imported' | 'failed';

export interface ImportDialogProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'defaultValue'> {
  /** Controlled open state. */
  open?: boolean;
  /** Open state at first, when uncontrolled. @default false */
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The element that opens the dialog (rendered through `Dialog.Trigger asChild`). */
  trigger?: ReactNode;
  /** CSV text in the dialog at first (a file a host already has, or a story's). @default '' */
  defaultText?: string;
  /** Called after storage accepted the batch, with what was written. */
  onImported?: (written: { objectives: number; keyResults: number }) => void;
  /** Where the dialog is portalled. @default the provider's `portalContainer`, else document.body */
  container?: HTMLElement | null;
  /** Words of this dialog over the provider's `labels.importer`. */
  labels?: Partial<ImportDialogLabels>;
}

const MAX_PREVIEW_ROWS = 200;

// Layout effect in the browser (no flash of the wrong scheme), plain effect on the server (no warning).
const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Imports objectives and key results from a CSV file in a modal dialog (Radix): choose or
 * paste the file, map its columns to okrkit's fields (suggested from the headers), read the
 * dry-run preview — every row with its problems at the column they are in, and how many
 * records would be created, updated or left as they are — then Import writes ONE batch
 * through the provider's store (`store.restore`). Import stays disabled while problems
 * remain or the provider's `can` refuses a record; a refused save keeps the file, the
 * mapping and the preview. Rules live in `@okrkit/core/interchange`; this only renders them.
 * @example <ImportDialog trigger={<button type="button">Import CSV</button>} onImported={({ objectives }) => toast(`${objectives} objectives`)} />
 */
export const ImportDialog = /* @__PURE__ */ forwardRef<HTMLDivElement, ImportDialogProps>(function ImportDialog(props, ref) {
  const { open: openProp, defaultOpen = false, onOpenChange, trigger, defaultText = '', onImported, container: containerProp, labels: ownLabels, className, ...contentProps } = props;
  const [open, setOpen] = useControllableState({ value: openProp, defaultValue: defaultOpen, onChange: onOpenChange });
  const context = useOkrContext();
  const { store, can, locale, portalContainer } = context;
  const container = containerProp ?? portalContainer;
  const labels = resolveImportDialogLabels(context.labels, ownLabels);
  const okrSet = useOkrSelector(useCallback((snapshot) => snapshot.okrSet, []));
  const [text, setText] = useState(defaultText);
  const [chosenMapping, setChosenMapping] = useState<{ headers: string; mapping: CsvColumnMapping } | null>(null);
  const [state, setState] = useState<ImportDialogState>('editing');
  const [written, setWritten] = useState(0);
  const id = useId();
  // Portalled to <body>, away from the host's `data-color-scheme` and `dir`: take them from the trigger's page.
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const [hostPage, setHostPage] = useState<{ colorScheme?: string | undefined; dir?: string | undefined }>({});
  useBrowserLayoutEffect(() => {
    const anchor = triggerRef.current;
    if (!open || container || !anchor) return;
    const colorScheme = anchor.closest('[data-color-scheme]')?.getAttribute('data-color-scheme') ?? undefined;
    const dir = anchor.closest('[dir]')?.getAttribute('dir') ?? undefined;
    setHostPage((previous) => (previous.colorScheme === colorScheme && previous.dir === dir ? previous : { colorScheme, dir }));
  }, [open, container]);

  const headers = useMemo(() => readCsvTable(text.split(/\r\n|\n|\r/, 1)[0] ?? '').headers, [text]);
  const headerKey = headers.join('\u0000');
  // A new header row starts from the suggestion again; the person's choices hold while it stays the same.
  const mapping = chosenMapping && chosenMapping.headers === headerKey ? chosenMapping.mapping : suggestColumnMapping(headers);
  const preview: CsvImportPreview | null = useMemo(() => (text.trim() === '' ? null : previewCsvImport(text, { mapping, existing: okrSet })), [text, mapping, okrSet]);

  const allowed = useMemo(() => {
    if (!can || !preview) return true;
    const planned = new Map<string, AnyRecord>();
    for (const item of [...preview.objectives, ...preview.keyResults]) planned.set(item.record.id, item.record);
    const find = (kind: RecordKind, recordId: string) =>
      kind === 'objective' ? (preview.objectives.find((item) => item.record.id === recordId)?.record ?? okrSet.objectives.find((objective) => objective.id === recordId)) : undefined;
    const check = (kind: RecordKind, action: 'create' | 'update' | 'unchanged', record: AnyRecord) =>
      action === 'unchanged' || can(action, authorizationTarget(kind, record, find)) === true;
    return preview.objectives.every((item) => check('objective', item.action, item.record)) && preview.keyResults.every((item) => check('keyResult', item.action, item.record));
  }, [can, preview, okrSet]);

  const number = (value: number) => value.toLocaleString(locale);
  const changes = preview ? preview.summary.create + preview.summary.update : 0;
  const ready = preview !== null && preview.errors.length === 0 && changes > 0 && allowed && state !== 'importing';

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    // `File.text()` decodes as UTF-8; a file in another encoding shows U+FFFD, which the preview reports.
    void file.text().then((content) => {
      setText(content);
      setState('editing');
    });
  };
  const onImport = () => {
    if (!preview || !ready) return;
    const batch = csvImportBatch(preview);
    setState('importing');
    store.restore(batch).then(
      () => {
        setWritten(batch.objectives.length + batch.keyResults.length);
        setState('imported');
        onImported?.({ objectives: batch.objectives.length, keyResults: batch.keyResults.length });
      },
      () => setState('failed'),
    );
  };
  const setField = (field: CsvField, header: string) => {
    const next = { ...mapping };
    if (header === '') delete next[field];
    else next[field] = header;
    setChosenMapping({ headers: headerKey, mapping: next });
    setState('editing');
  };
  const problemsByRow = new Map<number, string[]>();
  for (const error of preview?.errors ?? []) {
    const list = problemsByRow.get(error.row) ?? [];
    list.push(`${error.column ?? error.field ?? labels.wholeFile}: ${error.message}`);
    problemsByRow.set(error.row, list);
  }
  const shownFields = CSV_COLUMNS.filter((field) => mapping[field] !== undefined);

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      {trigger ? (
        <Dialog.Trigger ref={triggerRef} asChild>
          {trigger}
        </Dialog.Trigger>
      ) : null}
      <Dialog.Portal container={container}>
        <Dialog.Overlay data-slot="import-dialog-overlay" data-color-scheme={hostPage.colorScheme} />
        <Dialog.Content ref={ref} data-slot="import-dialog" data-import-state={state} data-color-scheme={hostPage.colorScheme} dir={hostPage.dir} className={className} {...contentProps}>
          <Dialog.Title data-slot="import-dialog-title">{labels.title}</Dialog.Title>
          <Dialog.Description data-slot="import-dialog-description">{labels.description}</Dialog.Description>
          <div data-slot="import-dialog-source">
            <label htmlFor={`${id}-file`}>{labels.chooseFile}</label>
            <input id={`${id}-file`} type="file" accept=".csv,text/csv,text/plain" onChange={onFile} />
            <label htmlFor={`${id}-text`}>{labels.pasteLabel}</label>
            <textarea id={`${id}-text`} rows={5} value={text} spellCheck={false} onChange={(event) => { setText(event.target.value); setState('editing'); }} />
          </div>
          {headers.length > 0 ? (
            <fieldset data-slot="import-dialog-mapping">
              <legend>{labels.mapping}</legend>
              {CSV_COLUMNS.map((field) => (
                <label key={field} data-slot="import-dialog-mapping-field">
                  <span>{labels.fieldLabel(field)}</span>
                  <select value={mapping[field] ?? ''} onChange={(event) => setField(field, event.target.value)}>
                    <option value="">{labels.notInFile}</option>
                    {headers.map((header) => (
                      <option key={header} value={header}>
                        {header}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
          ) : null}
          {preview ? (
            <div data-slot="import-dialog-preview">
              <h3 id={`${id}-preview`}>{labels.preview}</h3>
              <p data-slot="import-dialog-summary" role="status">
                {preview.errors.length > 0
                  ? labels.errorCount(number(preview.errors.length))
                  : labels.summary(number(preview.summary.create), number(preview.summary.update), number(preview.summary.unchanged))}
              </p>
              {problemsByRow.has(0) ? (
                <ul data-slot="import-dialog-file-errors">
                  {problemsByRow.get(0)!.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              ) : null}
              <div data-slot="import-dialog-table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-preview`}>
                <table data-slot="import-dialog-table">
                  <thead>
                    <tr>
                      <th scope="col">{labels.row}</th>
                      {shownFields.map((field) => (
                        <th key={field} scope="col">{mapping[field]}</th>
                      ))}
                      <th scope="col">{labels.problems}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.rows.slice(0, MAX_PREVIEW_ROWS).map((row) => {
                      const columns = new Set(row.errors.map((error) => error.field));
                      return (
                        <tr key={row.row} data-state={row.errors.length > 0 ? 'invalid' : 'valid'}>
                          <th scope="row">{number(row.row)}</th>
                          {shownFields.map((field) => (
                            <td key={field} data-state={columns.has(field) ? 'invalid' : undefined}>{row.cells[field]}</td>
                          ))}
                          <td>{row.errors.length > 0 ? row.errors.map((error) => `${error.column ?? error.field ?? labels.wholeFile}: ${error.message}`).join(' · ') : labels.noProblems}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </div>
          ) : null}
          {state === 'failed' ? <p data-slot="import-dialog-error" role="alert">{labels.importFailed}</p> : null}
          {state === 'imported' ? <p data-slot="import-dialog-done" role="status">{labels.imported(number(written))}</p> : null}
          {preview && !allowed ? <p data-slot="import-dialog-not-allowed">{labels.notAllowed}</p> : null}
          {preview && preview.errors.length === 0 && changes === 0 && state === 'editing' ? <p data-slot="import-dialog-nothing">{labels.nothingToImport}</p> : null}
          <div data-slot="import-dialog-actions">
            <button type="button" data-slot="import-dialog-import" disabled={!ready} onClick={onImport}>
              {state === 'importing' ? labels.importing : labels.import}
            </button>
            <Dialog.Close asChild>
              <button type="button" data-slot="import-dialog-close">{labels.close}</button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
});
