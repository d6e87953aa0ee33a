/** The script-tag bundle: React, ReactDOM and okrkit inside; the elements define themselves. */
import { defineOkrElements } from './elements';

export * from './index';
defineOkrElements();
