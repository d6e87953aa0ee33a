import { describe, it, type TestContext } from 'vitest';
import { create, period } from './fixtures';
import { applyOf, expectStorageError, type SubjectHandle } from './harness';

const NO_BREAK = 'no `breakStorage` given: failures cannot be simulated';

async function breakStorage(context: TestContext, handle: SubjectHandle): Promise<void> {
  const breakIt = handle.subject.breakStorage;
  if (!breakIt) return context.skip(NO_BREAK);
  await breakIt();
}

/** Failures surface as typed errors a UI can act on, never as a plain Error. */
export function describeFailures(handle: SubjectHandle): void {
  describe('failures', () => {
    it('given broken storage, when loading, it rejects with an OkrStorageError', async (context) => {
      await breakStorage(context, handle);
      await expectStorageError(handle.adapter.load());
      await expectStorageError(handle.adapter.load({ periodId: 'q1' }));
    });

    it('given broken storage, when applying a batch, it rejects with an OkrStorageError', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await breakStorage(context, handle);
      await expectStorageError(apply([create('period', period('q1'))]));
    });
  });
}
