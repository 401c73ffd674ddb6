// chevrotain_runtime.ts for the bundled build: the bundler resolves 'chevrotain' to the
// package's single-file build and inlines it, so start-up loads no separate module.

import * as runtime from 'chevrotain';

export const chevrotain: typeof import('chevrotain') = runtime;
