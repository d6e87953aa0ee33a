export declare const elementsDir: string;
export declare const defaultDataDir: string;
export interface ElementsHost {
  /** e.g. `http://127.0.0.1:4180/` */
  url: string;
  /** Stops the page's server and the demo server behind it. */
  close(): Promise<void>;
}
export declare function startElementsHost(options?: { port?: number; host?: string; dataDir?: string; log?: (message: string) => void }): Promise<ElementsHost>;
