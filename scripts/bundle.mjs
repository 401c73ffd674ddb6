// Bundles the CLI and the library into one file each (dist/bundle/), for start-up and speed.
//
// Start-up: one file instead of ~150 ES modules to resolve and load, chevrotain included;
// the CLI bundle is CommonJS so that bin/tpy can compile it with a V8 code cache
// (dist/bundle/tpy.cache, made here by compiling and running a sample program once).
// Speed: esbuild inlines the values of TypeScript enums (Op.LOAD_FAST becomes 124), so the
// eval loop's `switch` has literal cases, which V8 compiles to a jump table; with
// property loads as cases it is a chain of compares.
// The tsc output in dist/ stays: it carries the .d.ts files and serves as a fallback.
//
// Then the start-up snapshot (dist/bundle/tpy.blob): bin/snapshot.ts bundled the same way and
// run once under `node --build-snapshot`; bin/tpy starts node from it when it was built by the
// same node binary (recorded in tpy.blob.node) with the same flags (bin/tpy's FLAGS line).

import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { loadCli } from '../bin/load_cli.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'bundle');

/**
 * chevrotain's lexer maps a char code past 255 to `255 + ~~(code / 255)` through a 65,536-entry
 * array it fills when a lexer is made: 512 KB of the start-up snapshot's heap, and of its blob,
 * for a division. The bundle computes it instead (the same values for every UTF-16 code unit).
 */
const CHEVROTAIN_PATCHES = [
  [
    'return charCode < minOptimizationVal ? charCode : charCodeToOptimizedIdxMap[charCode];',
    'return charCode < minOptimizationVal ? charCode : 255 + ~~(charCode / 255);',
  ],
  ['  if (isEmpty_default(charCodeToOptimizedIdxMap)) {\n    charCodeToOptimizedIdxMap = new Array(65536);', '  if (false) {\n    charCodeToOptimizedIdxMap = new Array(65536);'],
];

/** chevrotain's single-file build, statically, in place of the runtime loader of the sources. */
const chevrotainInline = {
  name: 'chevrotain-inline',
  setup(b) {
    const chevrotainMjs = join(root, 'node_modules', 'chevrotain', 'lib', 'chevrotain.mjs');
    b.onResolve({ filter: /\/chevrotain_runtime\.js$/ }, () => ({ path: join(root, 'compiler', 'chevrotain_bundled.ts') }));
    b.onResolve({ filter: /^chevrotain$/ }, () => ({ path: chevrotainMjs }));
    b.onLoad({ filter: /\/chevrotain\.mjs$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      // Another chevrotain version: bundled as it is (only bigger), with a warning.
      const missing = CHEVROTAIN_PATCHES.find(([from]) => text.split(from).length !== 2);
      if (missing) {
        console.warn(`bundle.mjs: chevrotain.mjs left unpatched, it no longer has ${JSON.stringify(missing[0].slice(0, 60))}`);
        return { contents: text, loader: 'js' };
      }
      return { contents: CHEVROTAIN_PATCHES.reduce((t, [from, to]) => t.replace(from, to), text), loader: 'js' };
    });
  },
};

/**
 * The build id (stdlib/lib_cache.ts): a hash of the sources bundled, so that the compiled
 * library modules written below are only ever loaded by the bundle built with them.
 */
function buildId() {
  const h = createHash('sha256');
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|mjs|json)$/.test(name)) h.update(path.slice(root.length)).update(readFileSync(path));
    }
  };
  for (const dir of ['bin', 'compiler', 'stdlib', 'vm', 'profiler']) walk(join(root, dir));
  h.update(readFileSync(join(root, 'index.ts'))).update(readFileSync(join(root, 'package-lock.json')));
  return h.digest('hex').slice(0, 16);
}

/** node_require.ts as node_require_bundled.ts: node:module loaded at its first use (see there). */
const nodeRequireBundled = {
  name: 'node-require-bundled',
  setup(b) {
    b.onResolve({ filter: /\/node_require\.js$/ }, () => ({ path: join(root, 'stdlib', 'node_require_bundled.ts') }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  tsconfig: join(root, 'tsconfig.json'),
  plugins: [chevrotainInline, nodeRequireBundled],
  logLevel: 'warning',
  define: { __TPY_BUILD_ID__: JSON.stringify(buildId()) },
};

rmSync(out, { recursive: true, force: true });
// The library, as an ES module (package.json's entry).
// An ES module has no require, and the modules loaded at their first use (node:crypto for
// random, node:module for sqlite3's package) are loaded with it: esbuild's stand-in for require
// uses the one the banner makes.
await build({
  ...common,
  entryPoints: { index: join(root, 'index.ts') },
  outdir: out,
  format: 'esm',
  banner: { js: 'import { createRequire as __tpy_createRequire } from "node:module"; const require = __tpy_createRequire(import.meta.url);' },
});
// The CLI and the snapshot's entry, as CommonJS scripts; import.meta.url (lib_dir.ts, the
// version line) from the file name (the snapshot's entry sets it again at run time).
await build({
  ...common,
  entryPoints: { tpy: join(root, 'bin', 'main.ts'), snapshot: join(root, 'bin', 'snapshot.ts') },
  outdir: out,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // import('node:readline') as require(): a snapshot has no ES module loader to import with.
  supported: { 'dynamic-import': false },
  define: { ...common.define, 'import.meta.url': '__tpy_module_url' },
  banner: { js: 'var __tpy_module_url = require("node:url").pathToFileURL(__filename).href;' },
});

// The library modules written in tpy, compiled (dist/bundle/lib-cache, stdlib/lib_cache.ts).
{
  const lib = await import(join(out, 'index.js'));
  lib.buildLibCache(lib.createVM());
}

// The code cache: compile the CLI, run it over a program touching most of the compiler and
// the VM (so their functions are compiled too), then save what V8 compiled.
const SAMPLE = `
import sys
class A(object):
    x = 1
    def __init__(self, v=2, *args, **kw):
        self.v = v
    @property
    def p(self):
        return [i * 2 for i in range(self.v) if i % 2] + list({1: 2}) + list({3})
def g(n):
    for i in range(n):
        yield i
try:
    t = (1, 2.5, 'a', b'b', None, True, f"{1!r:>3}", -3 // 2, 2 ** 10, 7 % 3, 1 << 3)
    s = sum(g(10)) + A().p[0] + len(str(t)) + len(sorted(t[:2], key=lambda x: -x))
    with open(sys.argv[0]) as fh:
        pass
except (OSError, ValueError) as e:
    s = 0
finally:
    s = s if s else 1
while s > 100:
    s -= 1
assert s
`;
const { script, exports } = loadCli(join(out, 'tpy.cjs'), undefined);
const savedArgv = process.argv;
process.argv = [process.argv[0], 'tpy', '-c', SAMPLE];
await exports.main(['-c', SAMPLE]);
process.argv = savedArgv;
writeFileSync(join(out, 'tpy.cache'), script.createCachedData());

// The start-up snapshot. Without it (a node that cannot build one) bin/tpy runs the bundle.
{
  const flags = /^FLAGS="([^"]*)"$/m.exec(readFileSync(join(root, 'bin', 'tpy'), 'utf8'))[1].split(' ').filter(Boolean);
  const blob = join(out, 'tpy.blob');
  const r = spawnSync(process.execPath, [...flags, '--snapshot-blob', blob, '--build-snapshot', join(out, 'snapshot.cjs')], { encoding: 'utf8' });
  if (r.status === 0) {
    // (Node warns here about a built-in module it has not verified in snapshots, such as
    // node:module: the bundle loads those at their first use, see stdlib/node_require_bundled.ts.)
    if (r.stderr.trim()) console.warn(r.stderr.trim());
    writeFileSync(`${blob}.node`, `${process.execPath}\n`);
  } else {
    rmSync(blob, { force: true });
    console.warn(`bundle.mjs: no start-up snapshot (bin/tpy will load the bundle instead): ${(r.stderr || r.error?.message || '').trim().split('\n').slice(-3).join(' ')}`);
  }
}
