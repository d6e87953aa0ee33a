'use client';
export { CheckInDialog, type CheckInDialogProps } from './check-in-dialog';
export { checkInDialogLabels, type CheckInDialogLabels } from './check-in-dialog.labels';
