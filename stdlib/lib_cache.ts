// Compiled library modules: the modules written in tpy (stdlib/lib) compiled once, when the
// bundle is built (scripts/bundle.mjs), and loaded at import instead of compiled again.
//
// Why: compiling is most of what importing them costs (`import typing` took ~0.4 s over
// `tpy -c pass`, nearly all of it the parser and compiler running cold), and CPython reads
// its standard library from .pyc files. Each module's code is written with marshal
// (code records in tpy's layout) under dist/bundle/lib-cache/, with a header that ties it to
// the build that wrote it and to its source text: a cache from another build, or for a source
// edited since, is not used (the module is compiled as before).
//
// Only a bundled build has a cache on disk (its build id is the esbuild `define` below); tsc's
// output, which bin/tpy runs when it is newer than the bundle, compiles each library module
// once per process and keeps it, marshalled, for the process's next VMs (compiledThisProcess).

import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Code } from '../vm/code.js';
import type { VM } from '../vm/vm.js';
import { marshalDumps, marshalLoads } from './marshal.js';
import { libDir } from './lib_dir.js';

/** Set by scripts/bundle.mjs (esbuild's define): a hash of the sources the bundle was built from. */
declare const __TPY_BUILD_ID__: string;

function buildId(): string | null {
  return typeof __TPY_BUILD_ID__ === 'string' ? __TPY_BUILD_ID__ : null;
}

const MAGIC = 'TPYC';
/** Magic, build id (its length, then its text), source length, source hash; then the marshalled code. */
function header(id: string, source: string): Uint8Array {
  const idBytes = new TextEncoder().encode(id);
  const h = new Uint8Array(4 + 1 + idBytes.length + 8);
  const view = new DataView(h.buffer);
  for (let i = 0; i < 4; i++) h[i] = MAGIC.charCodeAt(i);
  h[4] = idBytes.length;
  h.set(idBytes, 5);
  view.setUint32(5 + idBytes.length, source.length, true);
  view.setUint32(9 + idBytes.length, sourceHash(source), true);
  return h;
}

/** FNV-1a over the UTF-16 code units: tells an edited source from the one compiled. */
function sourceHash(s: string): number {
  // In chunks: tpy runs V8 without on-stack replacement, so one loop over a 100 KB source
  // would run unoptimised to its end; a function called once per chunk is optimised after
  // a few calls (importing typing hashed its source in ~3-10 ms, now well under 1).
  let h = 0x811c9dc5;
  for (let at = 0; at < s.length; at += HASH_CHUNK) h = fnvChunk(s, at, Math.min(at + HASH_CHUNK, s.length), h);
  return h >>> 0;
}

const HASH_CHUNK = 2048;

function fnvChunk(s: string, from: number, to: number, h: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

let cacheDirFound: string | undefined;

/** dist/bundle/lib-cache, beside the bundle (looked up at first use: the snapshot moves import.meta.url). */
function cacheDir(): string {
  return (cacheDirFound ??= fileURLToPath(new URL('./lib-cache/', import.meta.url)));
}

/** Where the compiled form of a library source file lives (null: not a library file). */
function cacheFile(file: string): string | null {
  const lib = libDir();
  if (!file.startsWith(lib + sep) || !file.endsWith('.py')) return null;
  return join(cacheDir(), `${relative(lib, file).slice(0, -3)}.tpyc`);
}

/**
 * The code object of a library module from the cache, or null when there is none for this
 * build and this source text. Its source is registered for tracebacks, as compiling does.
 */
export function cachedLibCode(vm: VM, file: string, source: string): Code | null {
  const remembered = compiledThisProcess.get(file);
  if (remembered !== undefined && remembered.source === source) return loadBody(vm, file, source, remembered.body);
  const id = buildId();
  const where = id === null ? null : cacheFile(file);
  if (where === null) return null;
  let data: Uint8Array;
  try {
    // A plain Uint8Array: a Buffer's slice() shares its memory, and marshal's reader copies with slice().
    const buf = readFileSync(where);
    data = new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  } catch {
    return null;
  }
  const want = header(id!, source);
  if (data.length < want.length) return null;
  for (let i = 0; i < want.length; i++) if (data[i] !== want[i]) return null;
  return loadBody(vm, file, source, data.subarray(want.length));
}

/** A code object from its marshalled form, its source registered for tracebacks (null: not a code object). */
function loadBody(vm: VM, file: string, source: string, body: Uint8Array): Code | null {
  let code;
  try {
    code = marshalLoads(vm, body, { filename: file }).value;
  } catch {
    return null;
  }
  if (!(code instanceof Code)) return null;
  vm.sources.register(file, source);
  return code;
}

/**
 * Library modules compiled in this process, marshalled: where there is no cache on disk (tsc's
 * output, as the test suite runs, or a source edited since the bundle was built), each VM
 * after the first loads them from here instead of compiling them again. A process that runs
 * many programs (the conformance suite: a VM per program) spent a third of its time compiling
 * the same library modules. A marshalled copy, not the code object: a VM's code objects carry
 * its caches and compiled loops.
 */
const compiledThisProcess = new Map<string, { source: string; body: Uint8Array }>();

/** After import compiled a module's source: a library module is kept for the next VM of this process. */
export function rememberLibCode(vm: VM, file: string, source: string, code: Code): void {
  if (cacheFile(file) === null) return;
  let body: Uint8Array;
  try {
    body = marshalDumps(vm, code, undefined, true);
  } catch {
    return; // as buildLibCache: a module marshal cannot write is compiled each time
  }
  compiledThisProcess.set(file, { source, body });
}

/**
 * Compiles every library module into the cache (scripts/bundle.mjs, from the bundle it has
 * just built). Returns how many were written; a module that does not compile is left out.
 */
export function buildLibCache(vm: VM): number {
  const id = buildId();
  if (id === null) throw new Error('buildLibCache: not a bundled build (no build id)');
  let written = 0;
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.py')) {
        const source = readFileSync(path, 'utf8');
        let code: Code;
        try {
          code = vm.compile(source, path, 'exec');
        } catch {
          continue;
        }
        const body = marshalDumps(vm, code, undefined, true);
        const out = cacheFile(path)!;
        mkdirSync(dirname(out), { recursive: true });
        const head = header(id, source);
        const whole = new Uint8Array(head.length + body.length);
        whole.set(head);
        whole.set(body, head.length);
        writeFileSync(out, whole);
        written++;
      }
    }
  };
  walk(libDir());
  return written;
}
