/**
 * After `tsup`: the script-tag bundle's types are the entry's (it exports the same and defines
 * the elements). Written last, because tsup's declaration step clears dist/*.d.ts it did not emit.
 */
import { writeFileSync } from 'node:fs';

writeFileSync(new URL('dist/okrkit-elements.d.ts', import.meta.url), "export * from './index.js';\n");
