// Bundles the CLI and the library into one file each (dist/bundle/), for start-up and speed.
//
// Start-up: one file instead of ~150 ES modules to resolve and load, chevrotain included.
// Speed: esbuild inlines the values of TypeScript enums (Op.LOAD_FAST becomes 124), so the
// eval loop's `switch` has literal cases, which V8 compiles to a jump table; with
// property loads as cases it is a chain of compares.
// The tsc output in dist/ stays: it carries the .d.ts files and serves as a fallback.

import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** chevrotain's single-file build, statically, in place of the runtime loader of the sources. */
const chevrotainInline = {
  name: 'chevrotain-inline',
  setup(b) {
    b.onResolve({ filter: /\/chevrotain_runtime\.js$/ }, () => ({ path: join(root, 'compiler', 'chevrotain_bundled.ts') }));
    b.onResolve({ filter: /^chevrotain$/ }, () => ({ path: join(root, 'node_modules', 'chevrotain', 'lib', 'chevrotain.mjs') }));
  },
};

rmSync(join(root, 'dist', 'bundle'), { recursive: true, force: true });
await build({
  entryPoints: { cli: join(root, 'bin', 'main.ts'), index: join(root, 'index.ts') },
  outdir: join(root, 'dist', 'bundle'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  tsconfig: join(root, 'tsconfig.json'),
  plugins: [chevrotainInline],
  logLevel: 'warning',
});
