'use client';
export { CheckInDialog, type CheckInDialogProps } from './check-in-dialog';
