export { ImportDialog, type ImportDialogProps, type ImportDialogState } from './import-dialog';
export { defaultImportDialogLabels, resolveImportDialogLabels, type ImportDialogLabels } from './import-dialog.labels';
