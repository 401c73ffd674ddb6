// Where the modules written in tpy itself live (socket.py, cProfile.py, pstats.py...):
// stdlib/lib in the package, appended to sys.path as CPython appends its own Lib/.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function findLibDir(): string {
  // From the sources (stdlib/lib_dir.ts, as vitest runs them) the folder is ./lib;
  // from the build (dist/stdlib/lib_dir.js, dist/bundle/tpy.cjs) it is ../../stdlib/lib.
  for (const rel of ['./lib/', '../../stdlib/lib/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(dir)) return dir.replace(/\/$/, '');
  }
  return fileURLToPath(new URL('./lib/', import.meta.url)).replace(/\/$/, '');
}

let found: string | undefined;

/**
 * Absolute path of the tpy-source standard library folder, looked up on first use: the
 * start-up snapshot (bin/snapshot.ts) evaluates this module where it was built, which need
 * not be where it runs.
 */
export function libDir(): string {
  return (found ??= findLibDir());
}
