export { ImportDialog, type ImportDialogProps } from './import-dialog';
export { ImportDialogRoot, useImportDialogContext, type ImportDialogContextValue, type ImportDialogRootProps, type ImportDialogState } from './import-dialog-context';
export {
  ImportDialogActions,
  ImportDialogContent,
  ImportDialogMapping,
  ImportDialogMessages,
  ImportDialogPreview,
  ImportDialogSource,
  ImportDialogTrigger,
  type ImportDialogContentProps,
} from './import-dialog-parts';
export { defaultImportDialogLabels, resolveImportDialogLabels, type ImportDialogLabels } from './import-dialog.labels';
