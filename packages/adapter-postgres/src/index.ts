export { createPostgresAdapter, type PostgresAdapter, type PostgresAdapterOptions } from './postgres-adapter';
export { migrate, migrations, type Migration, type PostgresLocation, type TableNames } from './migrations';
export { fromPg, fromPglite, type PgPoolClientLike, type PgPoolLike, type PgliteLike, type SqlClient, type SqlQueryable } from './sql-client';
export { toPostgresStorageError } from './sql-errors';
