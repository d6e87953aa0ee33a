// The backup port is the draft session's (every draft uses it); kept here for old import paths.
export { createMemoryDraftBackup, type DraftBackup, type MemoryDraftBackupOptions } from '../draft-session/draft-backup';
