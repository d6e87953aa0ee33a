import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { describeStorageAdapterConformance } from '@okrkit/core/testing';
import { createRestAdapter } from '../src/index';
import { createOkrHandler, toNodeListener } from '../src/server';
import { allowEveryone, identifyByHeader, startServer, type User } from './helpers';

describeStorageAdapterConformance('rest adapter → handler → memory', {
  async create() {
    // The suite writes check-ins and reports by many authors through one identity: it tests storage, so that
    // identity is trusted to write as anyone (`authorOf: null`); stamping is tested in authors.test.ts.
    const handler = createOkrHandler<User>({ storage: createMemoryAdapter(), identify: identifyByHeader, authorize: allowEveryone, authorOf: () => null });
    const server = await startServer(toNodeListener(handler));
    // Short timeouts and backoff: the suite stops the server and expects typed failures quickly.
    const client = () =>
      createRestAdapter({ baseUrl: server.baseUrl, headers: () => ({ 'x-user': 'alice' }), timeoutMs: 2000, retries: 2, backoffMs: 10 });
    return {
      adapter: client(),
      peer: async () => client(),
      breakStorage: () => server.close(),
      cleanup: () => server.close(),
    };
  },
});
