// Each examples/NAME.tpy, run by bin/tpy as a user runs it (the command, so from the start-up
// snapshot), prints exactly what CPython 3.11 printed for it (examples/NAME.expected).

import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportShape, rowsAbove } from './profile_report.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const EXAMPLES = join(ROOT, 'examples');
const TPY = join(ROOT, 'bin', 'tpy');
const ENV = { ...process.env, NODE_OPTIONS: '' };
const names = readdirSync(EXAMPLES).filter((f) => f.endsWith('.tpy')).map((f) => f.slice(0, -4)).sort();

describe('examples', () => {
  test('every example has its expected output checked in', () => {
    expect(names).toEqual(expect.arrayContaining(['classes', 'fib', 'generators', 'hello', 'profile_demo']));
    for (const name of names) expect(() => readFileSync(join(EXAMPLES, `${name}.expected`), 'utf8')).not.toThrow();
  });

  for (const name of names) {
    test(name, () => {
      const r = spawnSync(TPY, [`${name}.tpy`], { cwd: EXAMPLES, env: ENV, encoding: 'utf8', timeout: 60000 });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(readFileSync(join(EXAMPLES, `${name}.expected`), 'utf8'));
      expect(r.status).toBe(0);
    });
  }
});

// profile_demo.cprofile.expected is CPython's report for `-m cProfile profile_demo.tpy`
// (real clock): tpy must print the same layout and counts, and order the rows that
// hold the 0.4 s of sleeping as CPython does.
describe('examples under cProfile', () => {
  test('tpy -m cProfile profile_demo.tpy', () => {
    const r = spawnSync(TPY, ['-m', 'cProfile', 'profile_demo.tpy'], { cwd: EXAMPLES, env: ENV, encoding: 'utf8', timeout: 60000 });
    const expected = readFileSync(join(EXAMPLES, 'profile_demo.cprofile.expected'), 'utf8');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(reportShape(r.stdout)).toEqual(reportShape(expected));
    expect(rowsAbove(r.stdout, 'cumtime', 0.3)).toEqual(rowsAbove(expected, 'cumtime', 0.3));
    expect(r.stdout).toMatch(/^ {6}4\/1 .* profile_demo\.tpy:8\(foo\)$/m);
    expect(r.stdout).toMatch(/^ {8}4 .* \{built-in method time\.sleep\}$/m);
  });
});
