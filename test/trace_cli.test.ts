// tpy -m trace: the outputs and .cover files CPython 3.11 gives for the same commands
// (test/trace_cli/, made by its regen.sh), usage errors, and the filters.

import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TPY = join(ROOT, 'bin', 'tpy');
const FIXTURES = join(ROOT, 'test', 'trace_cli');

function scratch(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'tpy-trace-')));
  for (const name of ['prog.py', 'loops.py']) copyFileSync(join(FIXTURES, name), join(dir, name));
  return dir;
}

function tpy(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [TPY, '-m', 'trace', ...args], {
    cwd, encoding: 'utf8', timeout: 60000, env: { ...process.env, COLUMNS: '80' },
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

function expected(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** The calling pairs without the block for trace.py itself, whose path is the library's. */
function withoutTraceModule(text: string): string {
  return text.replace(/\n\*\*\* [^\n]*\/trace\.py \*\*\*\n(?:[^\n]+\n)*/, '');
}

describe('tpy -m trace prog.py: what CPython prints and writes', () => {
  test('--count -C cov --missing --summary', () => {
    const dir = scratch();
    const r = tpy(['--count', '-C', 'cov', '--missing', '--summary', 'prog.py', 'a', 'b'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected('count_missing_summary.expected'));
    expect(readFileSync(join(dir, 'cov', 'prog.cover'), 'utf8')).toBe(expected('count_missing_summary.cover.expected'));
  });

  test('--count writes prog.cover next to the program', () => {
    const dir = scratch();
    const r = tpy(['--count', 'prog.py'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expected('count.expected'));
    expect(readFileSync(join(dir, 'prog.cover'), 'utf8')).toBe(expected('count.cover.expected'));
  });

  test('--count --missing on loops, try/finally, a comprehension, with and except', () => {
    const dir = scratch();
    const r = tpy(['--count', '--missing', '-C', 'cov', 'loops.py'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expected('loops.expected'));
    expect(readFileSync(join(dir, 'cov', 'loops.cover'), 'utf8')).toBe(expected('loops.cover.expected'));
  });

  const printed: [string, string[]][] = [
    ['trace', ['--trace', 'prog.py', 'a']],
    ['trace_count_exit', ['--trace', '--count', '-R', 'prog.py', 'exit']],
    ['listfuncs', ['--listfuncs', 'prog.py']],
    ['trackcalls', ['--trackcalls', 'prog.py']],
    ['listfuncs_trackcalls', ['--listfuncs', '--trackcalls', 'prog.py']],
    ['help', ['--help']],
  ];
  for (const [name, args] of printed) {
    test(args.join(' '), () => {
      const r = tpy(args, scratch());
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(withoutTraceModule(r.stdout)).toBe(withoutTraceModule(expected(`${name}.expected`)));
    });
  }

  test('the trace.py block left out is the runctx call of the program', () => {
    const r = tpy(['--trackcalls', 'prog.py'], scratch());
    expect(r.stdout).toMatch(/\n\*\*\* \S+\/stdlib\/lib\/trace\.py \*\*\*\n {2}--> prog\.py\n {4}trace\.Trace\.runctx -> prog\.<module>\n/);
  });
});

describe('tpy -m trace: options and errors', () => {
  const usage = expected('no_options.expected').split('trace.py: error:')[0];

  test('no main option: usage and the error, exit 2', () => {
    const r = tpy([], scratch());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(expected('no_options.expected'));
  });

  const errors: [string[], string][] = [
    [['--listfuncs', '--count', 'prog.py'], 'cannot specify both --listfuncs and (--trace or --count)'],
    [['--summary', '--trace', 'prog.py'], '--summary can only be used with --count or --report'],
    [['--count'], 'progname is missing: required with the main options'],
    [['--report'], '-r/--report requires -f/--file'],
    [['-r', '-R', '-f', 'x'], 'argument -R/--no-report: not allowed with argument -r/--report'],
  ];
  for (const [args, message] of errors) {
    test(`${args.join(' ')}: ${message}`, () => {
      const r = tpy(args, scratch());
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`${usage}trace.py: error: ${message}\n`);
    });
  }

  test('--version', () => {
    const r = tpy(['--version'], scratch());
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('trace 2.0\n');
  });

  test('a program that cannot be read', () => {
    const r = tpy(['--count', 'nosuch.py'], scratch());
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("Cannot run file 'nosuch.py' because: [Errno 2] No such file or directory: 'nosuch.py'\n");
  });

  test('--ignore-dir (normalized) and --ignore-module leave the program untraced', () => {
    const dir = scratch();
    // The folder test is on the path the program was named by, so it needs an absolute one.
    const cases = [['--ignore-dir', `${dir}/../${dir.split('/').pop()}/`, join(dir, 'prog.py')],
      ['--ignore-module', 'other, prog', 'prog.py']];
    for (const args of cases) {
      const r = tpy(['--trace', ...args], dir);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('total 5 box 9 args []\n');
    }
    const relative = tpy(['--trace', '--ignore-dir', dir, 'prog.py'], dir);
    expect(relative.stdout.split('\n')[0]).toBe(' --- modulename: prog, funcname: <module>');
  });

  test('--file accumulates counts over runs, --report prints them', () => {
    const dir = scratch();
    const first = tpy(['--count', '-f', 'counts', 'prog.py'], dir);
    expect(first.stderr).toBe("Skipping counts file 'counts': [Errno 2] No such file or directory: 'counts'\n");
    const second = tpy(['--count', '-f', 'counts', 'prog.py'], dir);
    expect(second.stderr).toBe('');
    const r = tpy(['--report', '-f', 'counts', '--summary', '-C', 'cov'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('lines   cov%   module   (path)\n   19   100%   prog   (prog.py)\n');
    const cover = readFileSync(join(dir, 'cov', 'prog.cover'), 'utf8');
    expect(cover).toMatch(/^ {4}8: {5}return n \* n$/m);
    expect(cover).toMatch(/^ {4}2: main\(sys\.argv\[1:\]\)$/m);
  });

  test('--module runs a module found on sys.path as __main__', () => {
    const dir = scratch();
    const r = tpy(['--listfuncs', '--module', 'prog', 'x'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe("total 5 box 9 args ['x']");
    expect(r.stdout).toContain('modulename: prog, funcname: Box.grow\n');
  });
});
