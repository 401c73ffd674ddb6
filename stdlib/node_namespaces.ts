// node:fs and node:os as one namespace object each, for all of tpy. esbuild's CommonJS bundle
// gives every `import * as fs from 'node:fs'` a copy of its own (an object with a getter
// closure per export, ~19 KB for node:fs), and the start-up snapshot keeps each copy; named
// imports (`import { statSync } from 'node:fs'`) share one require() and need no copy.

import * as fs from 'node:fs';
import * as os from 'node:os';

export { fs, os };
