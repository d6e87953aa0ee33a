export { createBrowserAdapter, type BrowserAdapter, type BrowserAdapterOptions } from './browser-adapter';
export { createLocalStorageDraftBackup, type LocalStorageDraftBackupOptions } from './draft-backup';
