// Where the generated Unicode data files (names.txt, decompositions.txt) are: read at first
// use rather than bundled, since they are large and most programs never ask.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The lines of vm/unicode/<file>, comments left out. */
export function readDataLines(file: string): string[] {
  // From the sources (vitest) the file is beside this module; from dist/vm/unicode/*.js and
  // dist/bundle/tpy.cjs it is in the package's vm/unicode folder.
  for (const rel of [`./${file}`, `../../../vm/unicode/${file}`, `../../vm/unicode/${file}`]) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) return readFileSync(path, 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  }
  throw new Error(`tpy: vm/unicode/${file} is missing`);
}
