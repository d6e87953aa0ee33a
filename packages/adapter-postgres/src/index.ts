export { createPostgresAdapter, type PostgresAdapter, type PostgresAdapterOptions } from './postgres-adapter';
export { migrate, migrations, type Migration, type PostgresLocation, type TableNames } from './migrations';
export {
  fromPg,
  fromPglite,
  type FromPgOptions,
  type PgListenConnectionLike,
  type PgPoolClientLike,
  type PgPoolLike,
  type PgliteLike,
  type SqlClient,
  type SqlListener,
  type SqlQueryable,
} from './sql-client';
export { changeFeedNames, type ChangeFeedNames, type ChangeFeedOptions } from './change-feed';
export { toPostgresStorageError } from './sql-errors';
