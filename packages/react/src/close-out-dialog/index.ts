'use client';
export { CloseOutDialog, type CloseOutDialogProps } from './close-out-dialog';
export { CloseOutCarryOver, CloseOutGrades, CloseOutResult, CloseOutRetrospective } from './close-out-form';
export { defaultCloseOutLabels, resolveCloseOutLabels, type CloseOutLabels } from './close-out-dialog.labels';
export type { CloseOutFormValues } from './close-out-form.utils';
