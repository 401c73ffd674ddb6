// tpy -m cProfile: the report (layout and counts as CPython's, see test/profile_cli/),
// sort options, exit codes, -m module, -o files, --trace-calls, usage errors.

import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { column, nonIncreasing, reportShape } from './profile_report.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TPY = join(ROOT, 'bin', 'tpy');
const FIXTURES = join(ROOT, 'test', 'profile_cli');
const PYTHON = '/usr/bin/python3';

function tpy(args: string[], cwd = FIXTURES) {
  const r = spawnSync(process.execPath, [TPY, ...args], { cwd, encoding: 'utf8', timeout: 60000 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

const USAGE = 'Usage: cProfile.py [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ...\n';

describe('tpy -m cProfile SCRIPT: the report CPython prints, counts and layout', () => {
  const cases: [string, number][] = [['calls', 0], ['exits', 0], ['raises', 1]];
  for (const [name, exit] of cases) {
    for (const sort of ['cumulative', 'time', 'calls']) {
      test(`${name}.py -s ${sort}`, () => {
        const r = tpy(['-m', 'cProfile', '-s', sort, `${name}.py`, 'a', 'b']);
        const expected = readFileSync(join(FIXTURES, `${name}.${sort}.expected`), 'utf8');
        expect(r.code).toBe(exit);
        if (name === 'raises') {
          expect(r.stderr).toMatch(/\n {2}File "raises\.py", line 3, in fail\n {4}raise ValueError\('boom'\)\nValueError: boom\n$/);
        } else {
          expect(r.stderr).toBe('');
        }
        expect(reportShape(r.stdout)).toEqual(reportShape(expected));
        const by = sort === 'cumulative' ? 'cumtime' : sort === 'time' ? 'tottime' : 'ncalls';
        expect(nonIncreasing(column(r.stdout, by))).toBe(true);
      });
    }
  }

  test('the script runs as __main__ with sys.argv and sys.path[0] set from its path', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'tpy-cprofile-')));
    writeFileSync(join(dir, 'show.py'), 'import sys\nprint(__name__, __file__, sys.argv, repr(sys.path[0]))\n');
    const r = tpy(['-m', 'cProfile', join(dir, 'show.py'), 'x', '-y'], ROOT);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe(`__main__ ${join(dir, 'show.py')} ['${join(dir, 'show.py')}', 'x', '-y'] '${dir}'`);
  });

  test('-m MODULE profiles a module found on sys.path, run as __main__', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'tpy-cprofile-')));
    writeFileSync(join(dir, 'target_mod.py'), 'import sys\ndef f():\n    return 42\nprint(__name__, f(), sys.argv[1:])\n');
    const r = tpy(['-m', 'cProfile', '-s', 'name', '-m', 'target_mod', 'arg'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe("__main__ 42 ['arg']");
    expect(r.stdout).toMatch(/Ordered by: function name/);
    expect(r.stdout).toMatch(/^\s+1\s.*target_mod\.py:2\(f\)$/m);
  });
});

describe('tpy -m cProfile SCRIPT whose calls block', () => {
  test('a socket echo and time.sleep wait under the profiler (the script runs as exec\'s frame in the outermost loop)', () => {
    const r = tpy(['-m', 'cProfile', '-s', 'name', 'echo.py']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("b'ONE'\nb'TWO'\nb'THREE'\nb''\n")).toBe(true);
    expect(r.stdout).toMatch(/Ordered by: function name/);
    // The script's own rows and the built-ins it waits in, counted as CPython counts them
    // (CPython's exec row also counts its imports, which its importlib runs through exec).
    const own = r.stdout.split('\n').filter((line) => /echo\.py:|time\.sleep|builtins\.exec/.test(line))
      .map((line) => line.trim().replace(/^(\S+)(\s+\S+){4}\s+/, '$1 '));
    expect(own).toEqual([
      '1 {built-in method builtins.exec}',
      '3 {built-in method time.sleep}',
      '1 echo.py:1(<module>)',
      '3 echo.py:12(echo)',
      '1 echo.py:7(serve)',
      '1 echo.py:18(talk)',
    ]);
  });
});

describe('tpy -m cProfile: options', () => {
  test('-h documents the options, --trace-calls included', () => {
    const r = tpy(['-m', 'cProfile', '-h']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(`${USAGE}\nOptions:\n  -h, --help            show this help message and exit\n`)).toBe(true);
    expect(r.stdout).toMatch(/ {2}--trace-calls {9}\(tpy\) Print to stderr/);
  });

  test('no arguments: the usage, exit 2; a bad option or sort key: optparse\'s error, exit 2', () => {
    expect(tpy(['-m', 'cProfile'])).toEqual({ stdout: `${USAGE}\n`, stderr: '', code: 2 });
    expect(tpy(['-m', 'cProfile', '-x', 'calls.py'])).toEqual({ stdout: '', stderr: `${USAGE}\ncProfile.py: error: no such option: -x\n`, code: 2 });
    const bad = tpy(['-m', 'cProfile', '-s', 'bogus', 'calls.py']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`${USAGE}\ncProfile.py: error: option -s: invalid choice: 'bogus' (choose from 'calls', 'cumtime', 'cumulative', 'filename', 'line', 'module', 'name', 'ncalls', 'nfl', 'pcalls', 'stdname', 'time', 'tottime')\n`);
    expect(tpy(['-m', 'cProfile', '-o'])).toEqual({ stdout: '', stderr: `${USAGE}\ncProfile.py: error: -o option requires 1 argument\n`, code: 2 });
  });

  test('long options and their prefixes: --sort=name, --so name', () => {
    for (const args of [['--sort=name'], ['--so', 'name']]) {
      const r = tpy(['-m', 'cProfile', ...args, 'exits.py']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Ordered by: function name/);
    }
  });

  test('--trace-calls: every context push and pop on stderr, indented by depth', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'tpy-cprofile-')));
    writeFileSync(join(dir, 'rec.py'), 'def f(n):\n    if n > 0:\n        f(n - 1)\nf(1)\nlen([])\n');
    const r = tpy(['-m', 'cProfile', '--trace-calls', 'rec.py'], dir);
    expect(r.code).toBe(0);
    const shape = r.stderr.replace(/tt=\d+\.\d{6}, it=\d+\.\d{6}/g, 'tt=T, it=I');
    expect(shape).toBe([
      'Entering func {built-in method builtins.exec}',
      '  Entering func rec.py:1(<module>)',
      '    Entering func rec.py:1(f)',
      '      Entering func rec.py:1(f)',
      '      Leaving func rec.py:1(f)  Timers: tt=T, it=I, nc=1, rl=1',
      '    Leaving func rec.py:1(f)  Timers: tt=T, it=I, nc=2, rl=0',
      '    Entering func {built-in method builtins.len}',
      '    Leaving func {built-in method builtins.len}  Timers: tt=T, it=I, nc=1, rl=0',
      '  Leaving func rec.py:1(<module>)  Timers: tt=T, it=I, nc=1, rl=0',
      'Leaving func {built-in method builtins.exec}  Timers: tt=T, it=I, nc=1, rl=0',
      "Entering func {method 'disable' of '_lsprof.Profiler' objects}",
      "Leaving func {method 'disable' of '_lsprof.Profiler' objects}  Timers: tt=T, it=I, nc=1, rl=0",
      '',
    ].join('\n'));
    // The inner recursive return adds nothing to f's total time: tt only grows at the outermost level.
    expect(r.stderr).toMatch(/ {6}Leaving func rec\.py:1\(f\) {2}Timers: tt=0\.000000, /);
    expect(r.stdout).toMatch(/^\s+2\/1\s.*rec\.py:1\(f\)$/m);
  });
});

describe('tpy -m cProfile -o FILE: stats files in CPython\'s marshal format', () => {
  test('a file tpy wrote loads in tpy\'s pstats and in CPython\'s', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'tpy-cprofile-')));
    const out = join(dir, 'out.prof');
    const r = tpy(['-m', 'cProfile', '-o', out, 'calls.py']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("144 30 5 16\n[] __main__ calls.py\n");
    expect(existsSync(out)).toBe(true);
    const load = `import pstats\npstats.Stats(${JSON.stringify(out)}).strip_dirs().sort_stats('cumulative').print_stats()\n`;
    writeFileSync(join(dir, 'load.py'), load);
    const mine = tpy(['load.py'], dir);
    expect(mine.stderr).toBe('');
    const lines = mine.stdout.split('\n');
    // The file's modification time, then its name, as pstats heads a report loaded from a file.
    expect(lines[0]).toMatch(/^\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4} {4}/);
    expect(lines[0].endsWith(` ${out}`)).toBe(true);
    expect(lines[2].startsWith('         492 function calls (28 primitive calls) in ')).toBe(true);
    expect(mine.stdout).toMatch(/^ +465\/1 .* calls\.py:5\(fib\)$/m);
    if (existsSync(PYTHON)) {
      const theirs = spawnSync(PYTHON, ['load.py'], { cwd: dir, encoding: 'utf8' });
      expect(theirs.stderr).toBe('');
      expect(reportShape(mine.stdout)).toEqual(reportShape(theirs.stdout));
    }
  });

  test('a file CPython wrote loads in tpy\'s pstats', () => {
    if (!existsSync(PYTHON)) return;
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'tpy-cprofile-')));
    const out = join(dir, 'cpython.prof');
    const made = spawnSync(PYTHON, ['-m', 'cProfile', '-o', out, 'calls.py'], { cwd: FIXTURES, encoding: 'utf8' });
    expect(made.status).toBe(0);
    writeFileSync(join(dir, 'load.py'), `import pstats\npstats.Stats(${JSON.stringify(out)}).strip_dirs().sort_stats('cumulative').print_stats()\n`);
    const mine = tpy(['load.py'], dir);
    const theirs = spawnSync(PYTHON, ['load.py'], { cwd: dir, encoding: 'utf8' });
    expect(mine.stderr).toBe('');
    expect(mine.stdout).toBe(theirs.stdout);
  });
});
