import { createOkrStore } from '@okrkit/core';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import { act, render, screen } from '@testing-library/react';
import { version as reactVersion } from 'react';
import { version as reactDomVersion } from 'react-dom';
import { describe, expect, it } from 'vitest';
import { OkrProvider, useOkrSelector } from '../src/index';

// The `react18` project sets OKRKIT_REACT_MAJOR=18; the `unit` project runs the installed React 19.
const expectedMajor = process.env.OKRKIT_REACT_MAJOR ?? '19';

function ObjectiveCount() {
  const count = useOkrSelector((snapshot) => snapshot.okrSet.objectives.length);
  return <output aria-label="Objectives">{count}</output>;
}

describe('the React version under test', () => {
  it(`is React ${expectedMajor}, for react and react-dom alike`, () => {
    expect(reactVersion.split('.')[0]).toBe(expectedMajor);
    expect(reactDomVersion).toBe(reactVersion);
  });

  it('given a loaded store, when Testing Library renders the provider, its hooks share that one React', async () => {
    const store = createOkrStore({ adapter: createMemoryAdapter({ initial: domainExamples }), now: () => new Date(domainExamplesNow) });
    render(
      <OkrProvider store={store} now={domainExamplesNow}>
        <ObjectiveCount />
      </OkrProvider>,
    );
    expect(screen.getByRole('status', { name: 'Objectives' })).toHaveTextContent('0');
    await act(() => store.load());
    expect(screen.getByRole('status', { name: 'Objectives' })).toHaveTextContent(String(domainExamples.objectives.length));
  });
});
