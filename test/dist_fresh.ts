// Global set-up: the conformance files run tsc's output (dist/), so it must be built from
// the sources as they are now. `npm test` builds first; a bare `npx vitest run` after an
// edit finds dist/ older than a source and rebuilds it here (tsc, ~30 s) rather than
// testing the old build.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SOURCES = ['compiler', 'vm', 'stdlib', 'profiler', 'bin', 'index.ts'];

function newestTs(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return path.endsWith('.ts') ? st.mtimeMs : 0;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestTs(join(path, entry)));
  return newest;
}

export default function setup(): void {
  const built = join(ROOT, 'dist', 'index.js');
  const sources = Math.max(...SOURCES.map((s) => newestTs(join(ROOT, s))));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('dist/ is older than the sources: running tsc -p tsconfig.json');
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
}
