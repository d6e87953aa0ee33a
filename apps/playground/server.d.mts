import type { IncomingMessage, ServerResponse } from 'node:http';

/** A URL prefix and the folder it is served from. */
export interface Mount {
  prefix: string;
  directory: string;
}

export interface ImportMap {
  imports: Record<string, string>;
}

export interface StartedServer {
  /** e.g. `http://127.0.0.1:5173/` */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface StartServerOptions {
  /** @default 5173; when taken, the next free port (up to 20 tries). 0 asks the system for any free port. */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  mounts?: Mount[];
  importMap?: ImportMap;
}

export declare const defaultMounts: Mount[];
export declare const defaultImportMap: ImportMap;
export declare function vendorPackages(fromDirectory?: string): { name: string; directory: string; entry: string }[];
export declare function resolveTarget(target: string, mounts?: Mount[]): { file: string; directory: string } | null;
export declare function createHandler(
  mounts?: Mount[],
  importMap?: ImportMap,
): (request: IncomingMessage, response: ServerResponse) => Promise<void>;
export declare function startServer(options?: StartServerOptions): Promise<StartedServer>;
