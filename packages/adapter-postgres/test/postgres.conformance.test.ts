import { describeStorageAdapterConformance } from '@okrkit/core/testing';
import { inject } from 'vitest';
import { postgresTarget } from './targets';

describeStorageAdapterConformance(
  'postgres adapter on a real PostgreSQL server',
  postgresTarget(() => inject('databaseUrl')),
);
