// tpy -m pdb and breakpoint() with commands piped into stdin: the outputs CPython 3.11 gives for
// the same cases (test/pdb_cli/cases.json; the NAME.expected files are made by its regen.mjs).

import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain ES module shared with regen.mjs, without type declarations
import { normalize } from './pdb_cli/normalize.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TPY = join(ROOT, 'bin', 'tpy');
const FIXTURES = join(ROOT, 'test', 'pdb_cli');

interface Case { name: string; argv: string[]; stdin: string }
const cases: Case[] = JSON.parse(readFileSync(join(FIXTURES, 'cases.json'), 'utf8'));

function scratch(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'tpy-pdb-')));
  for (const name of readdirSync(FIXTURES)) if (name.endsWith('.py')) copyFileSync(join(FIXTURES, name), join(dir, name));
  return dir;
}

describe('tpy -m pdb and breakpoint(), commands on stdin: what CPython prints', () => {
  const dir = scratch();
  for (const c of cases) {
    test(`${c.name}: ${c.argv.join(' ')}`, () => {
      // HOME is the scratch folder: no ~/.pdbrc of the machine's user is read.
      const r = spawnSync(process.execPath, [TPY, ...c.argv], {
        cwd: dir, input: c.stdin, encoding: 'utf8', timeout: 60000,
        env: { ...process.env, HOME: dir, PYTHONBREAKPOINT: '' },
      });
      const got = `${normalize(r.stdout, dir)}\n--- stderr\n${normalize(r.stderr, dir)}\n--- exit ${r.status}\n`;
      expect(got).toBe(readFileSync(join(FIXTURES, `${c.name}.expected`), 'utf8'));
    });
  }
});
