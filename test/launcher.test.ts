// bin/tpy as a command: sh starts node from the start-up snapshot (dist/bundle/tpy.blob, built
// by `npm test`'s bundle step), and nothing of the build's process (paths, clocks, argv,
// environment) shows in a run. test/cli.test.ts runs the command-line tests both ways.

import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TPY = join(ROOT, 'bin', 'tpy');
const BLOB = join(ROOT, 'dist', 'bundle', 'tpy.blob');

function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}) {
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NODE_OPTIONS: '', ...opts.env },
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 30000,
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

/** The node command line of the process running the program (Linux). */
const CMDLINE = "print(open('/proc/self/cmdline').read().split('\\0'))";

function scratch(): string {
  return realpathSync(mkdtempSync(join(tmpdir(), 'tpy-launcher-')));
}

describe('bin/tpy starts node from the start-up snapshot', () => {
  test('the blob is built and newer than the tsc output', () => {
    expect(existsSync(BLOB), 'dist/bundle/tpy.blob is missing: run `node scripts/bundle.mjs`').toBe(true);
    expect(statSync(BLOB).mtimeMs).toBeGreaterThanOrEqual(statSync(join(ROOT, 'dist', 'bin', 'main.js')).mtimeMs);
  });

  test.runIf(existsSync('/proc/self/cmdline'))('with the blob and its FLAGS; without it under NODE_OPTIONS or TPY_NO_SNAPSHOT', () => {
    const flags = /^FLAGS="([^"]*)"$/m.exec(readFileSync(TPY, 'utf8'))![1].split(' ');
    expect(flags).toContain('--stack-size=60000');
    const r = run(TPY, ['-c', CMDLINE]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain("'--snapshot-blob'");
    for (const f of flags) expect(r.stdout).toContain(`'${f}'`);
    for (const env of [{ NODE_OPTIONS: '--no-warnings' }, { TPY_NO_SNAPSHOT: '1' }]) {
      const s = run(TPY, ['-c', CMDLINE], { env });
      expect(s.stderr).toBe('');
      expect(s.stdout).not.toContain("'--snapshot-blob'");
      for (const f of flags) expect(s.stdout).toContain(`'${f}'`);
    }
  });

  test('argv, executable, the library folder and the version come from the run, not the build', () => {
    const r = run(TPY, ['-c', 'import sys, textwrap; print(sys.argv, sys.executable, sys.path[-1]); print(textwrap.dedent("  ok"))', 'a', '-c'], { cwd: tmpdir() });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`['-c', 'a', '-c'] ${TPY} ${join(ROOT, 'stdlib', 'lib')}\nok\n`);
    expect(run(TPY, ['--version']).stdout).toBe('tpy 0.1.0 (Python 3.11 subset)\n');
  });

  test('clocks, randomness, the environment and the working directory are the running process\'s', () => {
    const dir = scratch();
    const prog = 'import time, random, os\nprint(time.time(), random.random(), os.environ.get("TPY_PROBE"), os.getcwd(), os.getpid())';
    const a = run(TPY, ['-c', prog], { cwd: dir, env: { TPY_PROBE: 'one' } });
    const b = run(TPY, ['-c', prog], { cwd: dir, env: { TPY_PROBE: 'two' } });
    expect(a.stderr).toBe('');
    const [ta, ra, pa, cwdA, pidA] = a.stdout.trim().split(' ');
    const [tb, rb, pb, , pidB] = b.stdout.trim().split(' ');
    expect(Math.abs(Number(ta) - Date.now() / 1000)).toBeLessThan(30);
    expect(Number(tb)).toBeGreaterThanOrEqual(Number(ta));
    expect(ra).not.toBe(rb);
    expect([pa, pb]).toEqual(['one', 'two']);
    expect(cwdA).toBe(dir);
    expect(pidA).not.toBe(pidB);
  });

  test.runIf(existsSync('/proc/self/environ'))('node starts with its own environment, the program sees the one it was given', () => {
    // bin/tpy starts node without NODE_EXTRA_CA_CERTS (tpy has no TLS) and with malloc's huge
    // pages (GLIBC_TUNABLES); main.ts puts back what the caller set.
    const prog = "import os; print([(k, os.environ.get(k)) for k in sorted(os.environ) if 'EXTRA_CA' in k or 'TUNABLES' in k]); " +
      "print(sorted(e for e in open('/proc/self/environ').read().split('\\0') if e.startswith(('NODE_EXTRA_CA_CERTS=', 'GLIBC_TUNABLES='))))";
    const given = { NODE_EXTRA_CA_CERTS: '/no/such/bundle.pem', GLIBC_TUNABLES: 'glibc.malloc.tcache_count=7' };
    const r = run(TPY, ['-c', prog], { env: given });
    expect(r.stderr).toBe(''); // node did not try to read the missing bundle
    // (glibc rewrites GLIBC_TUNABLES in place as it reads it: node's copy is not compared here.)
    expect(r.stdout.split('\n')[0]).toBe("[('GLIBC_TUNABLES', 'glibc.malloc.tcache_count=7'), ('NODE_EXTRA_CA_CERTS', '/no/such/bundle.pem')]");
    expect(r.stdout).not.toContain('NODE_EXTRA_CA_CERTS=');
    const unset: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '' };
    delete unset.NODE_EXTRA_CA_CERTS;
    delete unset.GLIBC_TUNABLES;
    const u = spawnSync(TPY, ['-c', prog], { env: unset, encoding: 'utf8' });
    expect(u.stdout).toBe("[]\n['GLIBC_TUNABLES=glibc.malloc.hugetlb=1']\n");
  });

  test('through npm\'s links: node_modules/.bin/tpy -> ../tpy/bin/tpy, node_modules/tpy -> the package', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(ROOT, join(dir, 'node_modules', 'tpy'));
    symlinkSync(join('..', 'tpy', 'bin', 'tpy'), join(dir, 'node_modules', '.bin', 'tpy'));
    const bin = join(dir, 'node_modules', '.bin', 'tpy');
    const r = run(bin, ['-c', `import sys; print(sys.executable, sys.path[-1]); ${CMDLINE}`]);
    expect(r.stderr).toBe('');
    const [first] = r.stdout.split('\n');
    expect(first).toBe(`${bin} ${join(ROOT, 'stdlib', 'lib')}`);
    if (existsSync('/proc/self/cmdline')) expect(r.stdout).toContain("'--snapshot-blob'");
  });

  test('a package moved after it was built finds its library where it is now', () => {
    const dir = scratch();
    for (const p of ['package.json', 'bin/tpy', 'dist/bundle', 'stdlib/lib']) cpSync(join(ROOT, p), join(dir, p), { recursive: true, preserveTimestamps: true });
    const tpy = join(dir, 'bin', 'tpy');
    const r = run(tpy, ['-c', `import sys, textwrap; print(sys.path[-1]); ${CMDLINE}`]);
    expect(r.stderr).toBe('');
    const [lib] = r.stdout.split('\n');
    expect(lib).toBe(join(dir, 'stdlib', 'lib'));
    if (existsSync('/proc/self/cmdline')) expect(r.stdout).toContain(`'${dir}/bin/../dist/bundle/tpy.blob'`);
    expect(run(tpy, ['--version']).stdout).toBe('tpy 0.1.0 (Python 3.11 subset)\n');
  });

  test('-i reads further statements from a pipe (node:readline, loaded when the REPL starts)', () => {
    const r = run(TPY, ['-i', '-c', 'x = 20'], { input: 'x * 2\n' });
    // Prompts go to stderr when the input is not a terminal, as python3's do.
    expect(r.stderr).toBe('>>> >>> \n');
    expect(r.stdout).toBe('40\n');
    expect(r.code).toBe(0);
  });

  // 60 MB of JavaScript stack (the soft stack limit raised to 64 MB): a recursion through a
  // builtin at every level goes 10,000 deep under a raised limit, as in CPython; where the
  // hard limit is too low for that, V8 gets 4 MB without the snapshot and the same
  // recursion ends in a RecursionError, not a crash.
  test.runIf(existsSync('/proc/self/cmdline'))('a deep stack where the stack limit allows it, 4 MB where not', () => {
    const prog = 'import sys\nsys.setrecursionlimit(10**5)\n' +
      'def f(n):\n    return 0 if n == 0 else max(f(n - 1) for _ in [0]) + 1\n' +
      'try:\n    print(f(10000))\nexcept RecursionError as e:\n    print("RecursionError:", e)\n' +
      `${CMDLINE}\n`;
    const deep = run(TPY, ['-c', prog]);
    expect(deep.stderr).toBe('');
    expect(deep.stdout.split('\n')[0]).toBe('10000');
    expect(deep.stdout).toContain("'--stack-size=60000'");
    const low = spawnSync('sh', ['-c', 'ulimit -s 8192 && exec "$0" "$@"', TPY, '-c', prog], { env: { ...process.env, NODE_OPTIONS: '' }, encoding: 'utf8', timeout: 30000 });
    expect(low.stderr).toBe('');
    expect(low.stdout.split('\n')[0]).toBe('RecursionError: maximum recursion depth exceeded');
    expect(low.stdout).toContain("'--stack-size=4000'");
    expect(low.stdout).not.toContain("'--snapshot-blob'");
  });

  test('a file, its traceback and exit code', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'boom.py'), 'import sys\nprint(sys.argv)\nraise SystemExit(5)\n');
    const r = run(TPY, ['boom.py', 'x'], { cwd: dir });
    expect(r).toEqual({ stdout: "['boom.py', 'x']\n", stderr: '', code: 5 });
  });
});

describe('bin/tpy in a checkout nobody built', () => {
  test('says to run npm install, with exit code 1, not a stack trace', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'bin'));
    for (const f of ['tpy', 'load_cli.mjs']) cpSync(join(ROOT, 'bin', f), join(dir, 'bin', f));
    for (const r of [run(join(dir, 'bin', 'tpy'), ['-c', 'pass']), run(process.execPath, [join(dir, 'bin', 'tpy'), '-c', 'pass'])]) {
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`tpy: not built yet: run \`npm install\` (or \`npm run build\`) in ${dir}/\n`);
    }
  });
});

describe("the library bundle (package.json's main, dist/bundle/index.js)", () => {
  test('runs programs whose modules load node modules at their first use (random, hashlib, sqlite3)', () => {
    // In a fresh node process, as a package user imports it: the ES module bundle has no require
    // of its own, and these modules load node:crypto, node:zlib and sqlite3's package with one.
    const script = `
      const { runProgram } = await import(${JSON.stringify(join(ROOT, 'dist', 'bundle', 'index.js'))});
      const r = await runProgram({ filename: 'lib.py', source: [
        'import random, hashlib, zlib, sqlite3',
        'random.seed(1)',
        'print(round(random.random(), 6), hashlib.md5(b"x").hexdigest()[:8], zlib.crc32(b"x"))',
        'print(sqlite3.connect(":memory:").execute("select 6*7").fetchone())',
      ].join('\\n') });
      process.stdout.write(JSON.stringify(r));`;
    const r = run(process.execPath, ['--input-type=module', '-e', script]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ stdout: '0.134364 9dd4e461 2363233923\n(42,)\n', stderr: '', exitCode: 0 });
  });
});
