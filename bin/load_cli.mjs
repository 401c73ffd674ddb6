// Loads the CommonJS bundle of the CLI (dist/bundle/tpy.cjs) with a V8 code cache, so that
// start-up skips parsing and compiling most of it. A cache V8 rejects (another Node version,
// a rebuilt bundle) is ignored: the bundle then compiles from source as usual.

import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';

/** Compiles and runs the bundle at `file`; returns the Script (for createCachedData) and its exports. */
export function loadCli(file, cachedData) {
  const source = readFileSync(file, 'utf8');
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapper, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { script, exports: module.exports };
}
