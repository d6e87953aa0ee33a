import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

/**
 * The stylesheet selects okrkit's parts by class (`okr-slot-<slot>`, see internal/slot-class.ts),
 * so every element a widget draws with a `data-slot` must carry its class too, or it goes
 * unstyled. Checked after every test, on whatever the test left in the document.
 */
function assertSlotClasses(): void {
  if (typeof document === 'undefined') return; // the server-rendering tests run in Node
  const missing = [...document.querySelectorAll<Element>('[data-slot]')]
    .filter((element) => !element.closest('[data-host-markup]'))
    .filter((element) => !element.classList.contains(`okr-slot-${element.getAttribute('data-slot')}`))
    .map((element) => `<${element.localName} data-slot="${element.getAttribute('data-slot')}" class="${element.getAttribute('class') ?? ''}">`);
  if (missing.length > 0) throw new Error(`elements with a data-slot but without its okr-slot-* class:\n${[...new Set(missing)].join('\n')}`);
}

// Testing Library unmounts after each test only when test globals are on; they are not here.
afterEach(() => {
  try {
    assertSlotClasses();
  } finally {
    cleanup();
  }
});
