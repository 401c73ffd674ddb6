// Regenerates the NAME.expected files from CPython: `node test/pdb_cli/regen.mjs`, with python3
// (3.11.7) on PATH. Each case of cases.json runs `python3 ARGV` with the case's stdin in a
// scratch copy of this folder; test/pdb_cli.test.ts runs the same cases on tpy.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from './normalize.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const cases = JSON.parse(readFileSync(join(here, 'cases.json'), 'utf8'));
const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pdb-cli-')));
for (const name of readdirSync(here)) if (name.endsWith('.py')) copyFileSync(join(here, name), join(dir, name));
for (const c of cases) {
  const r = spawnSync('python3', c.argv, {
    cwd: dir, input: c.stdin, encoding: 'utf8', env: { ...process.env, HOME: dir, PYTHONBREAKPOINT: '' },
  });
  const text = `${normalize(r.stdout, dir)}\n--- stderr\n${normalize(r.stderr, dir)}\n--- exit ${r.status}\n`;
  writeFileSync(join(here, `${c.name}.expected`), text);
}
rmSync(dir, { recursive: true });
