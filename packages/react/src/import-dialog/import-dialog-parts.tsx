'use client';
import { CSV_COLUMNS } from '@okrkit/core/interchange';
import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, type ChangeEvent, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useHostPage } from '../internal/use-host-page';
import { useOkrContext } from '../provider/index';
import { useImportDialogContext } from './import-dialog-context';
import { slotClass } from '../internal/slot-class';

const MAX_PREVIEW_ROWS = 200;

/** The element that opens the dialog: the host's own button, through `Dialog.Trigger asChild`. */
export function ImportDialogTrigger({ children }: { children: ReactNode }) {
  const { triggerRef } = useImportDialogContext('Trigger');
  return (
    <Dialog.Trigger ref={triggerRef} asChild>
      {children}
    </Dialog.Trigger>
  );
}

export interface ImportDialogContentProps extends ComponentPropsWithoutRef<'div'> {
  /** Where the dialog is portalled. @default the provider's `portalContainer`, else document.body */
  container?: HTMLElement | null;
}

/**
 * The modal itself: overlay, title, description, then its children (the parts). Portalled
 * to `container` (else `<body>`), it takes the trigger page's `data-color-scheme` and `dir`.
 */
export const ImportDialogContent = /* @__PURE__ */ forwardRef<HTMLDivElement, ImportDialogContentProps>(function ImportDialogContent(props, ref) {
  const { container: containerProp, children, ...contentProps } = props;
  const { labels, state, open, triggerRef } = useImportDialogContext('Content');
  const { portalContainer } = useOkrContext();
  const container = containerProp ?? portalContainer;
  const hostPage = useHostPage({ triggerRef, open, container });
  return (
    <Dialog.Portal container={container}>
      <Dialog.Overlay data-slot="import-dialog-overlay" className="okr-slot-import-dialog-overlay" data-color-scheme={hostPage.colorScheme} />
      <Dialog.Content ref={ref} data-slot="import-dialog" data-import-state={state} data-color-scheme={hostPage.colorScheme} dir={hostPage.dir} {...contentProps} className={slotClass('import-dialog', contentProps.className)}>
        <Dialog.Title data-slot="import-dialog-title" className="okr-slot-import-dialog-title">{labels.title}</Dialog.Title>
        <Dialog.Description data-slot="import-dialog-description" className="okr-slot-import-dialog-description">{labels.description}</Dialog.Description>
        {children}
      </Dialog.Content>
    </Dialog.Portal>
  );
});

/** Choose a file or paste its text (a file is read as UTF-8; another encoding shows in the preview as U+FFFD). */
export const ImportDialogSource = /* @__PURE__ */ forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function ImportDialogSource(props, ref) {
  const { id, labels, text, setText } = useImportDialogContext('Source');
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) void file.text().then(setText);
  };
  return (
    <div ref={ref} data-slot="import-dialog-source" {...props} className={slotClass('import-dialog-source', props.className)}>
      <label htmlFor={`${id}-file`}>{labels.chooseFile}</label>
      <input id={`${id}-file`} type="file" accept=".csv,text/csv,text/plain" onChange={onFile} />
      <label htmlFor={`${id}-text`}>{labels.pasteLabel}</label>
      <textarea id={`${id}-text`} rows={5} value={text} spellCheck={false} onChange={(event) => setText(event.target.value)} />
    </div>
  );
});

/** One select per documented field, naming the file's column it is read from. Nothing until the text has a header row. */
export const ImportDialogMapping = /* @__PURE__ */ forwardRef<HTMLFieldSetElement, ComponentPropsWithoutRef<'fieldset'>>(function ImportDialogMapping(props, ref) {
  const { labels, headers, mapping, setField } = useImportDialogContext('Mapping');
  if (headers.length === 0) return null;
  return (
    <fieldset ref={ref} data-slot="import-dialog-mapping" {...props} className={slotClass('import-dialog-mapping', props.className)}>
      <legend>{labels.mapping}</legend>
      {CSV_COLUMNS.map((field) => (
        <label key={field} data-slot="import-dialog-mapping-field" className="okr-slot-import-dialog-mapping-field">
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
  );
});

/**
 * The dry run: a live summary (created / updated / unchanged, or how many problems), the
 * problems of the whole file, and the first 200 rows with each problem at its column.
 */
export const ImportDialogPreview = /* @__PURE__ */ forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function ImportDialogPreview(props, ref) {
  const { id, labels, number, mapping, preview } = useImportDialogContext('Preview');
  if (!preview) return null;
  const problem = (error: { column?: string | undefined; field?: string | undefined; message: string }) => `${error.column ?? error.field ?? labels.wholeFile}: ${error.message}`;
  const fileProblems = preview.errors.filter((error) => error.row === 0);
  const shownFields = CSV_COLUMNS.filter((field) => mapping[field] !== undefined);
  return (
    <div ref={ref} data-slot="import-dialog-preview" {...props} className={slotClass('import-dialog-preview', props.className)}>
      <h3 id={`${id}-preview`}>{labels.preview}</h3>
      <p data-slot="import-dialog-summary" className="okr-slot-import-dialog-summary" role="status">
        {preview.errors.length > 0
          ? labels.errorCount(number(preview.errors.length))
          : labels.summary(number(preview.summary.create), number(preview.summary.update), number(preview.summary.unchanged))}
      </p>
      {fileProblems.length > 0 ? (
        <ul data-slot="import-dialog-file-errors" className="okr-slot-import-dialog-file-errors">
          {fileProblems.map((error) => (
            <li key={problem(error)}>{problem(error)}</li>
          ))}
        </ul>
      ) : null}
      <div data-slot="import-dialog-table-scroll" className="okr-slot-import-dialog-table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-preview`}>
        <table data-slot="import-dialog-table" className="okr-slot-import-dialog-table">
          <thead>
            <tr>
              <th scope="col">{labels.row}</th>
              {shownFields.map((field) => (
                <th key={field} scope="col">
                  {mapping[field]}
                </th>
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
                    <td key={field} data-state={columns.has(field) ? 'invalid' : undefined}>
                      {row.cells[field]}
                    </td>
                  ))}
                  <td>{row.errors.length > 0 ? row.errors.map(problem).join(' · ') : labels.noProblems}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
});

/** What happened: refused by storage (with the reason; the preview stays for a retry), imported, not allowed, or nothing to change. */
export const ImportDialogMessages = /* @__PURE__ */ forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function ImportDialogMessages(props, ref) {
  const { labels, number, preview, allowed, changes, state, written, failure } = useImportDialogContext('Messages');
  const { labels: okrLabels } = useOkrContext();
  return (
    <div ref={ref} data-slot="import-dialog-messages" {...props} className={slotClass('import-dialog-messages', props.className)}>
      {state === 'failed' ? (
        <p data-slot="import-dialog-error" className="okr-slot-import-dialog-error" role="alert">
          {labels.importFailed} {failure ? okrLabels.storageErrors[failure.code] : null}
        </p>
      ) : null}
      {state === 'imported' ? (
        <p data-slot="import-dialog-done" className="okr-slot-import-dialog-done" role="status">
          {labels.imported(number(written))}
        </p>
      ) : null}
      {preview && !allowed ? <p data-slot="import-dialog-not-allowed" className="okr-slot-import-dialog-not-allowed">{labels.notAllowed}</p> : null}
      {preview && preview.errors.length === 0 && changes === 0 && state === 'editing' ? <p data-slot="import-dialog-nothing" className="okr-slot-import-dialog-nothing">{labels.nothingToImport}</p> : null}
    </div>
  );
});

/** Import (disabled until the preview is ready; again after a refusal, it is the retry) and Close. */
export const ImportDialogActions = /* @__PURE__ */ forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function ImportDialogActions(props, ref) {
  const { labels, ready, state, runImport } = useImportDialogContext('Actions');
  return (
    <div ref={ref} data-slot="import-dialog-actions" {...props} className={slotClass('import-dialog-actions', props.className)}>
      <button type="button" data-slot="import-dialog-import" className="okr-slot-import-dialog-import" disabled={!ready} onClick={runImport}>
        {state === 'importing' ? labels.importing : labels.import}
      </button>
      <Dialog.Close asChild>
        <button type="button" data-slot="import-dialog-close" className="okr-slot-import-dialog-close">
          {labels.close}
        </button>
      </Dialog.Close>
    </div>
  );
});
