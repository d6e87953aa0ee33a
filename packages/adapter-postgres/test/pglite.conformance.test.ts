import { describeStorageAdapterConformance } from '@okrkit/core/testing';
import { afterAll } from 'vitest';
import { pgliteTarget } from './targets';

const target = pgliteTarget();
afterAll(() => target.close());

describeStorageAdapterConformance('postgres adapter on PGlite (in memory)', target);
