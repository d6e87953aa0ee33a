export { createBrowserAdapter, type BrowserAdapter, type BrowserAdapterOptions } from './browser-adapter';
