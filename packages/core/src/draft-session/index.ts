export { createDraftSession, STAGE_BACKUP_MAX_WAIT_MS, STAGE_BACKUP_MS } from './draft-session';
export { createMemoryDraftBackup, draftBackupKey, type DraftBackup, type MemoryDraftBackupOptions } from './draft-backup';
export type * from './draft-session.types';
