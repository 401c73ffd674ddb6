// Profile files between tpy and CPython: a file tpy's pstats writes (dump_stats, marshal) is
// loaded and printed by CPython's pstats, and a file CPython's cProfile writes is loaded and
// printed by tpy's, each report identical to the other interpreter's.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runProgram } from '../../index.js';

const PYTHON = '/usr/bin/python3';
const dir = mkdtempSync(join(tmpdir(), 'tpy-pstats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Prints the report of a profile file, without the header line that holds the file's mtime. */
const REPORT = `
import sys, pstats
st = pstats.Stats(sys.argv[1])
st.files = []
st.print_stats()
st.sort_stats('cumulative', 'name').print_stats()
st.print_callers()
st.strip_dirs().sort_stats('time').print_callees()
`;

function python(source: string, args: string[]): string {
  const r = spawnSync(PYTHON, ['-c', source, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', PYTHONHASHSEED: '0' } });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

async function tpy(source: string, args: string[]): Promise<string> {
  const r = await runProgram({ source, filename: 'report.py', argv: ['report.py', ...args], cwd: dir });
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  return r.stdout;
}

describe.skipIf(!existsSync(PYTHON))('pstats files between tpy and CPython', () => {
  test("CPython's pstats reads what tpy's dump_stats wrote", async () => {
    const file = join(dir, 'from_tpy.prof');
    await tpy(`
import sys, pstats
class Profile:
    def create_stats(self):
        main = ('/w/app.py', 1, 'main')
        fib = ('/w/app.py', 5, 'fib')
        sleep = ('~', 0, '<built-in method time.sleep>')
        self.stats = {
            main: (1, 1, 0.001953125, 1.25, {}),
            fib: (1, 15, 0.5, 0.75, {main: (1, 1, 0.0625, 0.75), fib: (14, 0, 0.4375, 0.6875)}),
            sleep: (3, 3, 0.5, 0.5, {fib: (3, 3, 0.5, 0.5)}),
            ('/w/lib/util.py', 2**40, 'big_line'): (300, 300, 1e-9, 12345.678, {main: (300, 300, 1e-9, 12345.678)}),
        }
pstats.Stats(Profile()).dump_stats(sys.argv[1])
`, [file]);
    const tpyReport = await tpy(REPORT, [file]);
    expect(tpyReport).toContain('fib');
    expect(python(REPORT, [file])).toBe(tpyReport);
    expect(python('import marshal, sys; print(marshal.load(open(sys.argv[1], "rb"))[("/w/app.py", 5, "fib")][4])', [file]))
      .toBe("{('/w/app.py', 1, 'main'): (1, 1, 0.0625, 0.75), ('/w/app.py', 5, 'fib'): (14, 0, 0.4375, 0.6875)}\n");
  });

  test("tpy's pstats reads what CPython's cProfile wrote", async () => {
    const file = join(dir, 'from_cpython.prof');
    python(`
import cProfile, sys
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def main():
    return sorted([fib(12), len('abc')] + [x * 2 for x in range(10)])
cProfile.run('main()', sys.argv[1])
`, [file]);
    const cpythonReport = python(REPORT, [file]);
    expect(cpythonReport).toContain('fib');
    expect(await tpy(REPORT, [file])).toBe(cpythonReport);
    expect(readFileSync(file).length).toBeGreaterThan(100);
  });
});
