export interface DemoServerOptions {
  /** @default 4173; when taken, the next free one (up to 20 tries). 0 asks the system for any free port. */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** PGlite's data directory. @default 'apps/intranet-demo/.okrkit-data/pglite' */
  dataDir?: string;
  /** A PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl?: string;
  /** The Vite build to serve. @default 'apps/intranet-demo/dist' */
  distDir?: string;
  /** Hears storage and handler errors. @default ignores them */
  log?: (message: string) => void;
}

export interface DemoServer {
  /** e.g. `http://127.0.0.1:4173/` */
  url: string;
  port: number;
  /** e.g. `PGlite at /…/.okrkit-data/pglite` */
  storage: string;
  /** True when this start wrote the examples into an empty database. */
  seeded: boolean;
  /** True when this start wrote the Q2 planning cycle (into a database that had no cycle). */
  seededPlanningCycle: boolean;
  /** Stops listening, ends open connections (event streams) and closes the database. */
  close(): Promise<void>;
}

export declare const defaultDataDir: string;
export declare const defaultDistDir: string;
export declare const apiBasePath: string;
export declare const appDirectory: string;
export declare function startDemoServer(options?: DemoServerOptions): Promise<DemoServer>;
