// os.listdir, os.scandir, os.walk, glob and pathlib list a directory in the order the file
// system gives (readdir), as CPython does, not sorted: the order is the file system's, so
// the test compares with CPython listing the same directory at test time.

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { runProgram } from '../../index.js';

const PYTHON = '/usr/bin/python3';
const dir = mkdtempSync(join(tmpdir(), 'tpy-listdir-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Names made in an order that is neither sorted nor reverse-sorted.
for (let i = 0; i < 40; i++) writeFileSync(join(dir, `f${(i * 17) % 40}.txt`), '');
mkdirSync(join(dir, 'sub'));
for (const name of ['zeta', 'alpha', 'mid']) writeFileSync(join(dir, 'sub', name), '');

const LISTING = `
import glob, os, pathlib
print(os.listdir('.'))
print([e.name for e in os.scandir('.')])
print([(d, sorted(ds), fs) for d, ds, fs in os.walk('.')])
print(glob.glob('f1*.txt'))
print([p.name for p in pathlib.Path('sub').iterdir()])
`;

test.skipIf(!existsSync(PYTHON))('directory listings come in the file system\'s order, as CPython\'s', async () => {
  const py = spawnSync(PYTHON, ['-c', LISTING], { cwd: dir, encoding: 'utf8' });
  expect(py.status).toBe(0);
  const r = await runProgram({ source: LISTING, filename: 'listing.py', argv: ['listing.py'], cwd: dir });
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe(py.stdout);
});
