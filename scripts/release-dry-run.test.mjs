// node --test: the release dry run's checks (the run itself is the last step of pnpm test).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publicPackages, unresolvedRanges } from './release-dry-run.mjs';

describe('release dry run', () => {
  it('given a packed manifest that still says workspace:, it names the range; resolved ranges pass', () => {
    assert.deepEqual(unresolvedRanges({ peerDependencies: { '@okrkit/core': 'workspace:^', react: '^19.0.0' }, dependencies: { local: 'file:../x' } }), [
      'dependencies.local: file:../x',
      'peerDependencies.@okrkit/core: workspace:^',
    ]);
    assert.deepEqual(unresolvedRanges({ peerDependencies: { '@okrkit/core': '^0.1.0' } }), []);
  });

  it('given the repository, the public packages are the seven under packages/, none private', () => {
    const names = publicPackages().map(({ manifest }) => manifest.name).sort();
    assert.deepEqual(names, ['@okrkit/adapter-browser', '@okrkit/adapter-memory', '@okrkit/adapter-postgres', '@okrkit/adapter-rest', '@okrkit/core', '@okrkit/elements', '@okrkit/react']);
  });
});
