// The tpy command line (bin/tpy over dist/, built by `npm test`'s tsc step) and the REPL loop (bin/repl.ts).

import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readdirSync, readFileSync, realpathSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVM } from '../index.js';
import { runRepl } from '../bin/repl.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TPY = join(ROOT, 'bin', 'tpy');
/** Programs writing to stdout in layers, with what CPython 3.11 wrote for them (its regen.sh). */
const STDOUT_PIPE = join(ROOT, 'test', 'stdout_pipe');
const STDOUT_UNBUFFERED = join(ROOT, 'test', 'stdout_unbuffered');

type Tpy = (args: string[], opts?: { cwd?: string; input?: string | Uint8Array; env?: NodeJS.ProcessEnv }) => { stdout: string; stderr: string; code: number | null };

/**
 * The two ways to start tpy: the command itself (sh, then node from the start-up snapshot;
 * NODE_OPTIONS would make it load the bundle instead) and `node bin/tpy` (the bundle).
 */
const RUNNERS: [string, string[], NodeJS.ProcessEnv][] = [
  ['bin/tpy', [TPY], { ...quietEnv(), NODE_OPTIONS: '' }],
  ['node bin/tpy', [process.execPath, TPY], quietEnv()],
];

/** This process's environment without PYTHONUNBUFFERED: stdout through a pipe is buffered, as by default. */
function quietEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.PYTHONUNBUFFERED;
  return env;
}

function runner([cmd, ...pre]: string[], env: NodeJS.ProcessEnv): Tpy {
  return (args, opts = {}) => {
    const r = spawnSync(cmd, [...pre, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input ?? '', env: { ...env, ...opts.env }, encoding: 'utf8', timeout: 30000 });
    return { stdout: r.stdout, stderr: r.stderr, code: r.status };
  };
}

function scratch(files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'tpy-cli-')));
  for (const [name, text] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(resolve(p, '..'), { recursive: true });
    writeFileSync(p, text);
  }
  return dir;
}

const USAGE = 'usage: tpy [option] ... [-c cmd | -m mod | file | -] [arg] ...';

/** The command-line tests, run once per way of starting tpy. */
function cliSuites(tpy: Tpy): void {
  describe('tpy FILE', () => {
    test('sys.argv is the file as given, then the arguments; sys.path[0] is its directory', () => {
      const dir = scratch({ 'show.py': 'import sys\nprint(sys.argv)\nprint(sys.path[0])\n' });
      const r = tpy(['show.py', 'a', '-c', '--x'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(`['show.py', 'a', '-c', '--x']\n${dir}\n`);
      expect(r.code).toBe(0);
    });

    test('a missing file is exit 2 with python3\'s message', () => {
      const dir = scratch({});
      const r = tpy(['nope.py'], { cwd: dir });
      expect(r.stderr).toBe(`tpy: can't open file '${join(dir, 'nope.py')}': [Errno 2] No such file or directory\n`);
      expect(r.code).toBe(2);
    });

    test('sys.exit(3) exits with 3', () => {
      const dir = scratch({ 'ex.py': 'import sys\nprint("before")\nsys.exit(3)\nprint("after")\n' });
      const r = tpy(['ex.py'], { cwd: dir });
      expect(r.stdout).toBe('before\n');
      expect(r.code).toBe(3);
    });

    test('os._exit(n) exits with n at once, after the output flushed before it, even past a full pipe', () => {
      const program = [
        'import os, socket',
        's = socket.socket()',
        "s.bind(('127.0.0.1', 0))",
        's.listen()', // a listening socket would keep node's event loop alive
        'for i in range(20000):',
        "    print('line', i)",
        'import sys; sys.stdout.flush()',
        "print('held back, then dropped, as by CPython')",
        'try:',
        '    os._exit(7)',
        'finally:',
        "    print('finally')",
      ].join('\n');
      const dir = scratch({ 'ex.py': program + '\n' });
      const r = tpy(['ex.py'], { cwd: dir });
      const lines = r.stdout.split('\n');
      expect(lines.length).toBe(20001);
      expect(lines[19999]).toBe('line 19999');
      expect(r.code).toBe(7);
    });

    test('an uncaught exception prints a traceback and exits with 1', () => {
      const dir = scratch({ 'boom.py': 'def f():\n    return 1 / 0\n\nf()\n' });
      const r = tpy(['boom.py'], { cwd: dir });
      expect(r.code).toBe(1);
      // As CPython 3.9+, the main script's path is absolute in tracebacks.
      const file = join(dir, 'boom.py');
      expect(r.stderr).toBe(
        'Traceback (most recent call last):\n'
        + `  File "${file}", line 4, in <module>\n    f()\n`
        + `  File "${file}", line 2, in f\n    return 1 / 0\n           ~~^~~\n`
        + 'ZeroDivisionError: division by zero\n',
      );
    });
  });

  describe('tpy -W', () => {
    test('-W options are sys.warnoptions, and filter the compiler\'s SyntaxWarnings as CPython\'s do', () => {
      const dir = scratch({ 'w.py': 'import sys\nprint(sys.warnoptions, 1 is 1)\n' });
      const file = join(dir, 'w.py');
      const warning = `${file}:2: SyntaxWarning: "is" with a literal. Did you mean "=="?\n  print(sys.warnoptions, 1 is 1)\n`;
      expect(tpy(['w.py'], { cwd: dir })).toEqual({ stdout: '[] True\n', stderr: warning, code: 0 });
      expect(tpy(['-W', 'ignore', 'w.py'], { cwd: dir })).toEqual({ stdout: "['ignore'] True\n", stderr: '', code: 0 });
      expect(tpy(['-Wbogus', 'w.py'], { cwd: dir })).toEqual({
        stdout: "['bogus'] True\n", stderr: `Invalid -W option ignored: invalid action: 'bogus'\n${warning}`, code: 0,
      });
      const r = tpy(['-W', 'error::SyntaxWarning', 'w.py'], { cwd: dir });
      expect(r.stderr.endsWith('SyntaxError: "is" with a literal. Did you mean "=="?\n')).toBe(true);
      expect(r.code).toBe(1);
    });

    test("a string literal's deprecated escape: hidden by default, shown by -W default, a SyntaxError at the literal under -W error, as python3 gives them", () => {
      const dir = scratch({ 'e.py': 'x = 1\ny = ("a"\n     "\\d" "\\400")\nz = b"\\q"\nprint(y if x is 1 else z)\n' });
      for (const options of [[], ['-W', 'default'], ['-W', 'error'], ['-W', 'error::SyntaxWarning'], ['-W', 'ignore::SyntaxWarning']]) {
        const args = [...options, 'e.py'];
        const py = spawnSync('python3', args, { cwd: dir, encoding: 'utf8', env: { ...quietEnv(), PYTHONWARNINGS: '' } });
        expect({ args, ...tpy(args, { cwd: dir, env: { PYTHONWARNINGS: '' } }) }).toEqual({ args, stdout: py.stdout, stderr: py.stderr, code: py.status });
      }
    });

    test('-X options are sys._xoptions; -X dev and -X int_max_str_digits act as in python3', () => {
      const dir = scratch({
        'x.py': 'import sys, faulthandler, warnings\n'
          + 'print(sys._xoptions, sys.warnoptions, sys.flags.dev_mode, sys.flags.int_max_str_digits, faulthandler.is_enabled())\n'
          + 'warnings.warn("shown in dev mode", DeprecationWarning)\n'
          + 'try:\n    int("1" * 700)\nexcept ValueError as e:\n    print(e)\n',
      });
      const env = { PYTHONWARNINGS: '', PYTHONDEVMODE: '', PYTHONFAULTHANDLER: '', PYTHONINTMAXSTRDIGITS: '' };
      for (const [options, extra] of [
        [[], {}], [['-X', 'dev', '-W', 'error::UserWarning'], {}], [['-Xfaulthandler=0', '-X', 'a=b=c', '-X', 'a'], {}],
        [['-X', 'int_max_str_digits=640'], {}], [['-X', 'int_max_str_digits=0'], {}], [['-X', 'int_max_str_digits=639'], {}],
        [['-X', 'int_max_str_digits'], {}], [[], { PYTHONDEVMODE: '1', PYTHONINTMAXSTRDIGITS: '650' }], [[], { PYTHONINTMAXSTRDIGITS: 'x' }],
        [['-E'], { PYTHONDEVMODE: '1' }],
      ] as [string[], NodeJS.ProcessEnv][]) {
        const args = [...options, 'x.py'];
        const py = spawnSync('python3', args, { cwd: dir, encoding: 'utf8', env: { ...quietEnv(), ...env, ...extra } });
        expect({ args, extra, ...tpy(args, { cwd: dir, env: { ...env, ...extra } }) }).toEqual({ args, extra, stdout: py.stdout, stderr: py.stderr, code: py.status });
      }
    });

    test('-b and -bb: str() of bytes and bytes == str or int warn (BytesWarning), or raise, as in python3; -R is accepted', () => {
      const dir = scratch({
        'b.py': 'import sys\nprint(sys.warnoptions, sys.flags.bytes_warning)\n'
          + 'print(b"a" == 1, b"a" == "a", bytearray(b"a") == "a", "a" == b"a", b"a" != "a", b"a" < b"b", 1 == b"", True != b"")\n'
          + 'print(format(b"x"), "%s" % b"x", str(bytearray()), repr(b"x"), f"{b\'y\'}", "{}".format(b"z"), [b"q"], str(b"w", "ascii"))\n'
          + 'print(b"a" == bytearray(b"a"), "a" in [b"a"], memoryview(b"a") == "a", bytearray(b"a") == 1)\n',
      });
      for (const options of [[], ['-b'], ['-bb'], ['-b', '-W', 'error::BytesWarning'], ['-W', 'ignore', '-b'], ['-R', '-b', '-b']]) {
        const args = [...options, 'b.py'];
        const py = spawnSync('python3', args, { cwd: dir, encoding: 'utf8', env: { ...quietEnv(), PYTHONWARNINGS: '' } });
        expect({ args, ...tpy(args, { cwd: dir, env: { PYTHONWARNINGS: '' } }) }).toEqual({ args, stdout: py.stdout, stderr: py.stderr, code: py.status });
      }
    });

    test('-i with piped input: prompts on stderr from sys.ps1 and sys.ps2, and the errors of an interactive session, as in python3', () => {
      const dir = scratch({ 'r.py': 'x = 5\n' });
      const input = [
        'x + 1', 'for i in range(2):', '    print(i)', '', 'def f():', '    return 1/0', 'f()', 'import sys', 'sys.ps1', '_',
        'sys.ps1 = "py> "', 'sys.ps2 = 42', 'def g(y):', '    return y / 0', '', 'g(1)', 'if x:', '    pass', 'x', '',
        'del sys.ps1', '1 +', 'print("done")',
      ].join('\n') + '\n';
      const py = spawnSync('python3', ['-i', 'r.py'], { cwd: dir, input, encoding: 'utf8', env: quietEnv() });
      expect(tpy(['-i', 'r.py'], { cwd: dir, input })).toEqual({ stdout: py.stdout, stderr: py.stderr, code: py.status });
    });

    test('PYTHONWARNINGS comes before -W in sys.warnoptions; options are read at start-up, -E ignores the variable', () => {
      const dir = scratch({ 'p.py': 'import sys, warnings\nprint(sys.warnoptions)\nwarnings.warn("u")\n' });
      const env = { PYTHONWARNINGS: 'error::RuntimeWarning,, ignore::UserWarning' };
      expect(tpy(['-W', 'always', 'p.py'], { cwd: dir, env })).toEqual({
        stdout: "['error::RuntimeWarning', ' ignore::UserWarning', 'always']\n", stderr: `${join(dir, 'p.py')}:3: UserWarning: u\n  warnings.warn("u")\n`, code: 0,
      });
      expect(tpy(['p.py'], { cwd: dir, env })).toEqual({ stdout: "['error::RuntimeWarning', ' ignore::UserWarning']\n", stderr: '', code: 0 });
      expect(tpy(['-E', 'p.py'], { cwd: dir, env }).stdout).toBe('[]\n');
      // A program that never imports warnings still has its options checked before it runs.
      expect(tpy(['-c', 'print(1)'], { env: { PYTHONWARNINGS: 'bogus' } })).toEqual({
        stdout: '1\n', stderr: "Invalid -W option ignored: invalid action: 'bogus'\n", code: 0,
      });
    });
  });

  describe('PYTHONPATH', () => {
    test('its directories follow the script directory on sys.path (made absolute, an empty entry the current one), -E and -P as CPython', () => {
      const dir = scratch({ 'lib/pp_mod.py': 'name = "from PYTHONPATH"\n', 'p.py': 'import sys, pp_mod\nprint(pp_mod.name, sys.path[1:4])\n' });
      const env = { PYTHONPATH: 'lib::/abs/x:' };
      expect(tpy(['p.py'], { cwd: dir, env })).toEqual({ stdout: `from PYTHONPATH ['${join(dir, 'lib')}', '${dir}', '/abs/x']\n`, stderr: '', code: 0 });
      expect(tpy(['-E', '-c', 'import sys; print(sys.path[1:2] == ["/abs/x"])'], { cwd: dir, env }).stdout).toBe('False\n');
      expect(tpy(['-P', '-c', 'import sys; print(sys.path[0])'], { cwd: dir, env }).stdout).toBe(`${join(dir, 'lib')}\n`);
    });
  });

  describe('tpy -c, -m, -', () => {
    test('-c runs the string with argv[0] == "-c" and sys.path[0] == ""', () => {
      const r = tpy(['-c', 'import sys; print(sys.argv, repr(sys.path[0]))', 'x', 'y']);
      expect(r.stdout).toBe("['-c', 'x', 'y'] ''\n");
      expect(r.code).toBe(0);
    });

    test('-m runs a module found next to the working directory, argv[0] its full path', () => {
      const dir = scratch({ 'mymod.py': 'import sys\nprint(__name__, sys.argv)\n' });
      const r = tpy(['-m', 'mymod', 'arg1'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(`__main__ ['${join(dir, 'mymod.py')}', 'arg1']\n`);
    });

    test("-m honours the module's coding declaration and BOM, as runpy's get_code does", () => {
      const dir = realpathSync(mkdtempSync(join(tmpdir(), 'tpy-cli-')));
      writeFileSync(join(dir, 'latin.py'), Buffer.from('# -*- coding: latin-1 -*-\nprint("caf\xe9")\n', 'latin1'));
      writeFileSync(join(dir, 'bom.py'), Buffer.from('\ufeffprint("bom")\n', 'utf8'));
      const latin = tpy(['-m', 'latin'], { cwd: dir });
      expect(latin.stderr).toBe('');
      expect(latin.stdout).toBe('caf\u00e9\n');
      expect(tpy(['-m', 'bom'], { cwd: dir }).stdout).toBe('bom\n');
    });

    test('-m of a module in a package imports the package first and gives __main__ its spec, so relative imports work (runpy)', () => {
      const show = 'import sys\nprint(__name__, repr(__package__), __spec__.name, __spec__.parent, __loader__.name, "pkg" in sys.modules)\n';
      const dir = scratch({
        'pkg/__init__.py': 'print("init")\n',
        'pkg/helper.py': 'x = 5\n',
        'pkg/rel.py': `from . import helper\nfrom .helper import x\nprint(helper.x, x)\n${show}`,
        'pkg/__main__.py': `from .helper import x\nprint("main", x)\n${show}`,
        'bare/__init__.py': 'print("bare init")\n',
        'top.py': show,
      });
      // What CPython 3.11 prints for each.
      expect(tpy(['-m', 'pkg.rel'], { cwd: dir })).toMatchObject({ stderr: '', code: 0, stdout: "init\n5 5\n__main__ 'pkg' pkg.rel pkg pkg.rel True\n" });
      expect(tpy(['-m', 'pkg'], { cwd: dir })).toMatchObject({ stderr: '', code: 0, stdout: "init\nmain 5\n__main__ 'pkg' pkg.__main__ pkg pkg.__main__ True\n" });
      expect(tpy(['-m', 'top'], { cwd: dir })).toMatchObject({ stderr: '', code: 0, stdout: "__main__ '' top  top False\n" });
      const bare = tpy(['-m', 'bare'], { cwd: dir });
      expect(bare.stdout).toBe('bare init\n');
      expect(bare.stderr).toBe("tpy: No module named bare.__main__; 'bare' is a package and cannot be directly executed\n");
      expect(bare.code).toBe(1);
    });

    test('-m of an unknown module', () => {
      const r = tpy(['-m', 'no_such_module_here']);
      expect(r.stderr).toBe('tpy: No module named no_such_module_here\n');
      expect(r.code).toBe(1);
    });

    test('-m encodings.rot_13 filters standard input and -m base64 encodes and decodes a file, as in python3', () => {
      const dir = scratch({ 'in.txt': 'Hello World\nA second line, caf\u00e9\n' });
      const input = 'Uryyb, jbeyq!\nNOP\n';
      for (const args of [['-m', 'encodings.rot_13'], ['-m', 'encodings.cp1252'], ['-m', 'base64', 'in.txt'], ['-m', 'base64', '-t'], ['-m', 'base64', '-d', '-']]) {
        const stdin = args.includes('-d') ? 'SGVsbG8gV29ybGQK\n' : input;
        const py = spawnSync('python3', args, { cwd: dir, input: stdin, encoding: 'utf8', env: quietEnv() });
        expect({ args, ...tpy(args, { cwd: dir, input: stdin }) }).toEqual({ args, stdout: py.stdout, stderr: py.stderr, code: py.status });
      }
    });

    test('-m dis reads its arguments as argparse does: -h is the help, other options and a second file are errors', () => {
      const dir = scratch({ 'f.py': 'x = 1\n' });
      for (const args of [['-h'], ['--help'], ['-x'], ['f.py', 'g.py'], ['f.py', '-q', '--z'], ['nofile', '-q'], ['f.py', '-h']]) {
        const py = spawnSync('python3', ['-m', 'dis', ...args], { cwd: dir, encoding: 'utf8', env: quietEnv() });
        const r = tpy(['-m', 'dis', ...args], { cwd: dir });
        expect({ args, stderr: r.stderr, code: r.code }).toEqual({ args, stderr: py.stderr, code: py.status });
        // A listing is tpy's bytecode; the help and the errors are the same text.
        if (py.status !== 0 || args.includes('-h') || args.includes('--help')) expect(r.stdout).toBe(py.stdout);
      }
    });

    test('-m dis FILE disassembles the module and its nested code objects', () => {
      const dir = scratch({ 'f.py': 'def f(x):\n    return x + 1\n' });
      const r = tpy(['-m', 'dis', 'f.py'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('MAKE_FUNCTION');
      expect(r.stdout).toMatch(/Disassembly of <code object f at 0x[0-9a-f]+, file "f.py", line 1>:/);
      expect(r.stdout).toContain('BINARY_ADD');
    });

    test('a program on standard input runs as <stdin>', () => {
      const r = tpy([], { input: 'import sys\nprint("from stdin", sys.argv)\n' });
      expect(r.stdout).toBe("from stdin ['']\n");
      expect(r.code).toBe(0);
    });

    test('"-" reads the program from standard input', () => {
      const r = tpy(['-', 'q'], { input: 'import sys\nprint(sys.argv)\n' });
      expect(r.stdout).toBe("['-', 'q']\n");
    });

    test('input() reads the lines after the program on a pipe', () => {
      const dir = scratch({ 'ask.py': 'name = input("name? ")\nprint("hi", name)\n' });
      const r = tpy(['ask.py'], { cwd: dir, input: 'Ada\n' });
      expect(r.stdout).toBe('name? hi Ada\n');
    });

    test('sys.stdin reads the piped input, sharing it with input()', () => {
      const program = [
        'import sys',
        'print(sys.stdin, sys.stdin.readable(), sys.stdin.writable(), sys.stdin.fileno())',
        'print(repr(sys.stdin.read(3)), repr(sys.stdin.readline()), repr(sys.stdin.readline(2)), repr(input()))',
        'print(sys.stdin.readlines(), repr(sys.stdin.read()))',
        'try:',
        '    print("x", file=sys.stdin)',
        'except Exception as e:',
        '    print(type(e).__name__, e)',
        'print(sys.stdin is sys.__stdin__, list(sys.stdin))',
      ].join('\n');
      const dir = scratch({ 'read.py': `${program}\n`, 'lines.py': 'import sys\nfor line in sys.stdin:\n    print(len(line), line.rstrip())\n' });
      const r = tpy(['read.py'], { cwd: dir, input: 'abcdef\nghij\nklm\nno\np\n' });
      // CPython 3.11's output for the same program and input.
      expect(r.stdout).toBe([
        "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'> True False 0",
        "'abc' 'def\\n' 'gh' 'ij'",
        "['klm\\n', 'no\\n', 'p\\n'] ''",
        'UnsupportedOperation not writable',
        'True []',
        '',
      ].join('\n'));
      const lines = tpy(['lines.py'], { cwd: dir, input: 'a\nbb\nccc' });
      expect(lines.stdout).toBe('2 a\n3 bb\n3 ccc\n');
    });
  });

  describe('options', () => {
    test('--version and -V', () => {
      for (const opt of ['--version', '-V']) {
        const r = tpy([opt]);
        expect(r.stdout).toBe('tpy 0.1.0 (Python 3.11 subset)\n');
        expect(r.code).toBe(0);
      }
    });

    test('-h prints the usage', () => {
      const r = tpy(['-h']);
      expect(r.stdout.startsWith(USAGE + '\n')).toBe(true);
      expect(r.stdout).toContain('-c cmd');
      expect(r.stdout).toContain('-m mod');
      expect(r.code).toBe(0);
    });

    test('an unknown option is a usage error, exit 2', () => {
      const r = tpy(['--foo']);
      expect(r.stderr).toBe(`unknown option --foo\n${USAGE}\nTry \`tpy -h' for more information.\n`);
      expect(r.code).toBe(2);
      const s = tpy(['-Z']);
      expect(s.stderr.split('\n')[0]).toBe('Unknown option: -Z');
      expect(s.code).toBe(2);
    });

    test('-c without its argument', () => {
      const r = tpy(['-c']);
      expect(r.stderr.split('\n')[0]).toBe('Argument expected for the -c option');
      expect(r.code).toBe(2);
    });

    test('-X trace prints each instruction with the stacks after it', () => {
      const dir = scratch({ 't.py': 'def f(x):\n    try:\n        return x * 2\n    finally:\n        pass\nprint(f(3))\n' });
      const r = tpy(['-X', 'trace', 't.py'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('6\n');
      const lines = r.stderr.split('\n');
      // The listing line as dis shows it, then the state once it has run.
      const i = lines.findIndex((l) => /^  f +2 +0 SETUP_FINALLY +8 \(to 10\)$/.test(l));
      expect(i).toBeGreaterThan(0);
      expect(lines[i + 1].trim()).toBe('stack []  blocks [SETUP_FINALLY to 10 @0]');
      // `return` inside try/finally: RETURN_VALUE leaves the value and WHY_RETURN (8) for END_FINALLY.
      const ret = lines.findIndex((l) => /^  f +8 RETURN_VALUE$/.test(l));
      expect(lines[ret + 1].trim()).toBe('stack [6, 8]  blocks []');
      expect(lines[ret + 2]).toMatch(/^  f +5 +>> +10 END_FINALLY$/);
      expect(lines[ret + 3]).toBe('  <-- return 6 from f');
      expect(lines).toContain('--> call <module> (' + join(dir, 't.py') + ':1)');
      expect(lines).toContain('  --> call f (' + join(dir, 't.py') + ':1)');
    });

    test('-X jitdump prints each compiled loop; -X nojit compiles none', () => {
      const src = 'def f(n):\n    t = 0\n    for i in range(n):\n        t += i * i\n    return t\nprint(f(3000))\n';
      const r = tpy(['-X', 'jitdump', '-c', src]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('8995500500\n');
      expect(r.stderr).toMatch(/^# tpy jit: f \(<string>:1\), loop at offset \d+\n/);
      const plain = tpy(['-X', 'nojit', '-X', 'jitdump', '-c', src]);
      expect(plain.stdout).toBe('8995500500\n');
      expect(plain.stderr).toBe('');
    });

    test('sys.stdin.buffer reads the input as bytes; sys.stdout.buffer writes bytes', () => {
      const src = [
        'import sys',
        'inp = sys.stdin.buffer',
        'first = inp.readline().decode()',
        'n = int(inp.readline())',
        'rows = [inp.readline().split() for _ in range(n)]',
        'sys.stdout.write(first)',
        'sys.stdout.flush()',
        'sys.stdout.buffer.write(repr(rows).encode() + b"\\n")',
        'sys.stdout.buffer.write(inp.read(3) + b"|" + inp.read())',
      ].join('\n');
      const r = tpy(['-c', src], { input: 'text\n2\n1 2\n\u00e9 4\nrest\nof it\n' });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe("text\n[[b'1', b'2'], [b'\\xc3\\xa9', b'4']]\nres|t\nof it\n");
    });

    test('sys.stdin.buffer gives bytes that are not UTF-8 as they are (a tar stream, say)', () => {
      const input = Uint8Array.from([0x00, 0xff, 0xfe, 0x0a, 0x80, 0xc3, 0x0a, 0xe9, 0x41]);
      const r = tpy(['-c', 'import sys\nprint(sys.stdin.buffer.readline(), sys.stdin.buffer.read(1), list(sys.stdin.buffer))'], { input });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe("b'\\x00\\xff\\xfe\\n' b'\\x80' [b'\\xc3\\n', b'\\xe9A']\n");
    });

    test('threads run under -m cProfile, whose exec makes the main thread wait in a nested loop', () => {
      // The first worker to run reaches the CLI's periodic yield to Node's event loop at once,
      // which cannot turn while the main thread waits inside exec().
      const dir = scratch({ 'th.py': [
        'import threading',
        'lock = threading.Lock()',
        'out = []',
        'def work(n):',
        '    t = sum(i * i for i in range(n))',
        '    with lock:',
        '        out.append((n, t))',
        'ts = [threading.Thread(target=work, args=(k * 1000,)) for k in range(4)]',
        'for t in ts: t.start()',
        'for t in ts: t.join()',
        'print(sorted(out))',
      ].join('\n') + '\n' });
      const r = tpy(['-m', 'cProfile', 'th.py'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n')[0]).toBe('[(0, 0), (1000, 332833500), (2000, 2664667000), (3000, 8995500500)]');
      expect(r.stdout).toMatch(/function calls (\(\d+ primitive calls\) )?in [0-9.]+ seconds/);
    });

    test('a worker given way at the CLI\'s periodic yield can run when the main thread then waits in a nested loop', () => {
      // Both threads switch at the loop's level; the main thread waits inside sum() (a nested
      // loop, where Node's event loop cannot turn) for what the worker makes. A worker parked on
      // a promise by the periodic yield was taken there for one waiting on a socket (a
      // RuntimeError about an outside event, in most runs: where the yield falls depends on timing).
      const dir = scratch({ 'nested.py': [
        'import queue, threading',
        'q = queue.Queue()',
        'N = 600',
        'def spin(n):',
        '    total = 0',
        '    for j in range(n):',
        '        total += j * j',
        '    return total',
        'def producer():',
        '    for i in range(N):',
        '        q.put(spin(3000 + i))',
        'def take_one():',
        '    yield q.get()',
        't = threading.Thread(target=producer)',
        't.start()',
        'total = 0',
        'for i in range(N):',
        '    total += spin(3000)',
        '    total += sum(take_one())',
        't.join()',
        'print(total)',
      ].join('\n') + '\n' });
      const r = tpy(['nested.py'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('12637549949900\n');
    });

    test('stdout is buffered through a pipe unless -u or PYTHONUNBUFFERED, as CPython', () => {
      // stdout and stderr into one pipe: the order of the lines tells when stdout was written.
      const src = 'import sys\nprint("out 1")\nsys.stderr.write("err\\n")\nprint("out 2")\n';
      const both = (args: string[], unbufferedEnv: string | undefined): string => {
        const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '' };
        delete env.PYTHONUNBUFFERED;
        if (unbufferedEnv !== undefined) env.PYTHONUNBUFFERED = unbufferedEnv;
        const r = spawnSync('sh', ['-c', `"${TPY}" "$@" 2>&1`, 'sh', ...args, '-c', src], { cwd: ROOT, env, encoding: 'utf8', timeout: 30000 });
        expect(r.status).toBe(0);
        return r.stdout;
      };
      const inOrder = 'out 1\nerr\nout 2\n';
      expect(both([], undefined)).toBe('err\nout 1\nout 2\n');
      expect(both(['-u'], undefined)).toBe(inOrder);
      expect(both([], '1')).toBe(inOrder);
      expect(both([], '')).toBe('err\nout 1\nout 2\n');
      expect(both(['-E'], '1')).toBe('err\nout 1\nout 2\n');
      expect(both(['-I'], '1')).toBe('err\nout 1\nout 2\n');
    });

    test.skipIf(!existsSync('/usr/bin/script'))('on a terminal stdout is line-buffered and isatty, as CPython (outputs of python3 under script)', () => {
      // A partial line waits for its newline (stderr goes first meanwhile); -u writes through.
      const src = 'import sys\nprint(sys.stdout.line_buffering, sys.stdout.isatty(), sys.stderr.isatty())\n' +
        'sys.stdout.write("partial ")\nsys.stderr.write("err\\n")\nprint("out")\nsys.stdout.write("tail")\n';
      const dir = scratch({ 'tty.py': src });
      const onTerminal = (args: string[]): string => {
        const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '' };
        delete env.PYTHONUNBUFFERED;
        const r = spawnSync('/usr/bin/script', ['-qc', [TPY, ...args, 'tty.py'].map((a) => `'${a}'`).join(' '), '/dev/null'], { cwd: dir, env, encoding: 'utf8', timeout: 30000 });
        expect(r.status).toBe(0);
        return r.stdout.replaceAll('\r\n', '\n');
      };
      expect(onTerminal([])).toBe('True True True\nerr\npartial out\ntail');
      expect(onTerminal(['-u'])).toBe('False True True\npartial err\nout\ntail');
    });

    test('print() and sys.stdout.buffer through a pipe come out in CPython\'s order (test/stdout_pipe/)', () => {
      // CPython's text layer holds printed text above the binary one: bytes written to
      // sys.stdout.buffer pass text printed before them until a flush or 8 KB of text, and a
      // long print() line is written item by item. print(flush=True) before os._exit keeps its line.
      const programs = readdirSync(STDOUT_PIPE).filter((n) => n.endsWith('.py'));
      expect(programs.length).toBeGreaterThanOrEqual(4);
      for (const prog of programs) {
        const name = join(STDOUT_PIPE, prog.slice(0, -3));
        const r = tpy([`${name}.py`], { env: { PYTHONUNBUFFERED: '' } });
        expect({ prog, stderr: r.stderr, stdout: r.stdout, code: r.code }).toEqual({
          prog, stderr: readFileSync(`${name}.err`, 'utf8'), stdout: readFileSync(`${name}.out`, 'utf8'), code: 0,
        });
      }
    });

    test('-u and PYTHONUNBUFFERED make sys.stdout and sys.stderr write-through, a level deeper at each write, as CPython (test/stdout_unbuffered/)', () => {
      const programs = readdirSync(STDOUT_UNBUFFERED).filter((n) => n.endsWith('.py'));
      expect(programs.length).toBeGreaterThanOrEqual(3);
      for (const prog of programs) {
        const name = join(STDOUT_UNBUFFERED, prog.slice(0, -3));
        const expected = { prog, stderr: readFileSync(`${name}.err`, 'utf8'), stdout: readFileSync(`${name}.out`, 'utf8'), code: 0 };
        const r = tpy(['-u', prog], { cwd: STDOUT_UNBUFFERED, env: { PYTHONUNBUFFERED: '' } });
        expect({ prog, stderr: r.stderr, stdout: r.stdout, code: r.code }).toEqual(expected);
      }
      const viaEnv = tpy(['write_through.py'], { cwd: STDOUT_UNBUFFERED, env: { PYTHONUNBUFFERED: '1' } });
      expect(viaEnv.stdout).toBe(readFileSync(join(STDOUT_UNBUFFERED, 'write_through.out'), 'utf8'));
    });

    test('a program file flushes its buffered output before its traceback, a -c command does not (as CPython)', () => {
      const dir = scratch({ 'fails.py': 'import sys\nprint("out")\nraise ValueError(1)\n', 'exits.py': 'import sys\nprint("out")\nsys.exit("bye")\n' });
      const both = (args: string[], input = ''): { out: string; code: number | null } => {
        const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '' };
        delete env.PYTHONUNBUFFERED;
        const r = spawnSync('sh', ['-c', `"${TPY}" "$@" 2>&1`, 'sh', ...args], { cwd: dir, env, input, encoding: 'utf8', timeout: 30000 });
        return { out: r.stdout, code: r.status };
      };
      const fails = both(['fails.py']);
      expect(fails.code).toBe(1);
      expect(fails.out).toMatch(/^out\nTraceback \(most recent call last\):\n[^]*ValueError: 1\n$/);
      expect(both(['exits.py'])).toEqual({ out: 'out\nbye\n', code: 1 });
      expect(both(['-'], 'print("out")\nraise ValueError(1)\n').out).toMatch(/^out\nTraceback/);
      // -c: the traceback first, the output at exit.
      expect(both(['-c', 'print("out"); raise ValueError(1)']).out).toMatch(/^Traceback[^]*ValueError: 1\nout\n$/);
    });

    test('the standard streams\' encoding and error handlers follow the locale, UTF-8 mode, PYTHONIOENCODING and -E, as CPython 3.11', () => {
      const show = 'import sys; print(sys.stdout.errors, sys.stdin.errors, sys.stderr.errors, sys.stdout.encoding, sys.stderr.encoding, sys.flags.utf8_mode)';
      // No locale or PYTHON* variable from this process: each case sets its own.
      const base = { LC_ALL: '', LC_CTYPE: '', LANG: '', PYTHONIOENCODING: '', PYTHONUTF8: '', PYTHONCOERCECLOCALE: '' };
      const streams = (env: NodeJS.ProcessEnv, ...opts: string[]): string => {
        const r = tpy([...opts, '-c', show], { env: { ...base, ...env } });
        expect(r.stderr).toBe('');
        return r.stdout;
      };
      const esc = 'surrogateescape surrogateescape backslashreplace';
      expect(streams({ LC_ALL: 'C' })).toBe(`${esc} utf-8 utf-8 1\n`);
      expect(streams({})).toBe(`${esc} utf-8 utf-8 1\n`); // no locale at all is C's
      expect(streams({ LANG: 'POSIX' })).toBe(`${esc} utf-8 utf-8 1\n`);
      expect(streams({ LANG: 'C.UTF-8' })).toBe(`${esc} utf-8 utf-8 0\n`);
      expect(streams({ LANG: 'C.UTF-8', PYTHONUTF8: '1' })).toBe(`${esc} utf-8 utf-8 1\n`);
      expect(streams({ LANG: 'C.UTF-8', PYTHONUTF8: '1' }, '-E')).toBe(`${esc} utf-8 utf-8 0\n`);
      expect(streams({ LANG: 'C.UTF-8' }, '-X', 'utf8')).toBe(`${esc} utf-8 utf-8 1\n`);
      // UTF-8 mode off in the C locale: its ASCII, still with surrogateescape.
      expect(streams({ LC_ALL: 'C', PYTHONUTF8: '0' })).toBe(`${esc} ascii ascii 0\n`);
      expect(streams({ LC_ALL: 'C', PYTHONUTF8: '0' }, '-E')).toBe(`${esc} utf-8 utf-8 1\n`);
      // Unless LC_ALL names it, the C locale is coerced to C.UTF-8 (PEP 538): UTF-8 without UTF-8 mode.
      expect(streams({ LANG: 'C', PYTHONUTF8: '0' })).toBe(`${esc} utf-8 utf-8 0\n`);
      expect(streams({ LC_CTYPE: 'POSIX', PYTHONUTF8: '0', PYTHONCOERCECLOCALE: '0' })).toBe(`${esc} ascii ascii 0\n`);
      // PYTHONIOENCODING: an encoding alone means 'strict'; stderr keeps backslashreplace.
      expect(streams({ LANG: 'C.UTF-8', PYTHONIOENCODING: 'latin-1:replace' })).toBe('replace replace backslashreplace iso8859-1 iso8859-1 0\n');
      expect(streams({ LANG: 'C.UTF-8', PYTHONIOENCODING: ':replace' })).toBe('replace replace backslashreplace utf-8 utf-8 0\n');
      expect(streams({ LANG: 'C.UTF-8', PYTHONIOENCODING: 'latin-1:' })).toBe('strict strict backslashreplace iso8859-1 iso8859-1 0\n');
      expect(streams({ LC_ALL: 'C', PYTHONIOENCODING: 'utf-8' })).toBe('strict strict backslashreplace utf-8 utf-8 1\n');
      expect(streams({ LC_ALL: 'C', PYTHONIOENCODING: 'utf-8' }, '-I')).toBe(`${esc} utf-8 utf-8 1\n`);
      // Bad settings stop the start-up, as CPython's fatal errors do.
      const bogus = tpy(['-c', 'print(1)'], { env: { ...base, PYTHONIOENCODING: 'bogus' } });
      expect(bogus.code).toBe(1);
      expect(bogus.stderr).toMatch(/^Fatal Python error: init_stdio_encoding: failed to get the Python codec name of the stdio encoding\nPython runtime state: core initialized\nLookupError: unknown encoding: bogus\n/);
      expect(tpy(['-c', 'print(1)'], { env: { ...base, PYTHONUTF8: '2' } })).toEqual({
        stdout: '', stderr: 'Fatal Python error: preconfig_init_utf8_mode: invalid PYTHONUTF8 environment variable value\nPython runtime state: preinitializing\n\n', code: 1,
      });
    });

    test('surrogateescape carries undecodable stdin bytes through to stdout; strict raises, latin-1 writes its bytes (as CPython)', () => {
      const base = { LC_ALL: '', LC_CTYPE: '', LANG: 'C.UTF-8', PYTHONIOENCODING: '', PYTHONUTF8: '' };
      const prog = 'import sys\nline = sys.stdin.readline()\nprint(ascii(line))\nprint(line, end="")\nprint("caf\\xe9 \\udcfe", file=sys.stderr)\nprint("caf\\xe9")\n';
      const dir = scratch({ 'echo.py': prog });
      const run = (env: NodeJS.ProcessEnv) => {
        const r = spawnSync(TPY, ['echo.py'], { cwd: dir, input: Buffer.from([0x61, 0xff, 0x62, 0x0a]), env: { ...process.env, NODE_OPTIONS: '', ...base, ...env }, timeout: 30000 });
        return { stdout: [...r.stdout].map((b) => b.toString(16)).join(' '), stderr: r.stderr.toString('latin1'), code: r.status };
      };
      const hex = (s: string) => [...Buffer.from(s, 'latin1')].map((b) => b.toString(16)).join(' ');
      expect(run({})).toEqual({ stdout: hex("'a\\udcffb\\n'\na\xffb\ncaf\xc3\xa9\n"), stderr: 'caf\xc3\xa9 \\udcfe\n', code: 0 });
      expect(run({ PYTHONIOENCODING: 'latin-1' })).toEqual({ stdout: hex("'a\\xffb\\n'\na\xffb\ncaf\xe9\n"), stderr: 'caf\xe9 \\udcfe\n', code: 0 });
      const strict = run({ PYTHONIOENCODING: 'utf-8' });
      expect(strict.code).toBe(1);
      expect(strict.stderr).toMatch(/UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte\n$/);
    });

    test('-X trace shows an exception unwinding', () => {
      const r = tpy(['-X', 'trace', '-c', 'try:\n    1/0\nexcept ZeroDivisionError:\n    pass']);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/BINARY_TRUE_DIVIDE\n!!! exception ZeroDivisionError in <module>, unwinding the block stack\n/);
    });
  });
}

for (const [name, command, env] of RUNNERS) describe(name, () => cliSuites(runner(command, env)));

/** Runs the REPL over `lines`, returning what it printed (prompts included) and its stderr. */
async function repl(lines: string[]) {
  let out = '';
  let err = '';
  const vm = createVM({ io: { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, readLine: () => null } });
  async function* feed() {
    for (const l of lines) yield l;
  }
  const code = await runRepl(vm, feed(), (s) => { out += s; });
  return { out, err, code };
}

describe('the REPL', () => {
  test('echoes expression results with repr and ignores None', async () => {
    const r = await repl(['1 + 2', "'a' * 3", 'None', 'x = 5', 'x']);
    expect(r.out).toBe(">>> 3\n>>> 'aaa'\n>>> >>> >>> 5\n>>> \n");
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  test('a multi-line def continues until an empty line', async () => {
    const r = await repl(['def double(x):', '    y = x * 2', '    return y', '', 'double(21)']);
    expect(r.out).toBe('>>> ... ... ... >>> 42\n>>> \n');
  });

  test('a compound statement on one line also waits for the empty line', async () => {
    const r = await repl(['for i in range(3): print(i)', '', 'i']);
    expect(r.out).toBe('>>> ... 0\n1\n2\n>>> 2\n>>> \n');
  });

  test('an error prints a traceback and the REPL goes on', async () => {
    const r = await repl(['1 / 0', 'print("still here")']);
    expect(r.err).toBe('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n');
    expect(r.out).toBe('>>> >>> still here\n>>> \n');
  });

  test('a syntax error is reported and the REPL goes on', async () => {
    const r = await repl(['x = = 1', '7']);
    expect(r.err).toContain('SyntaxError');
    expect(r.out).toBe('>>> >>> 7\n>>> \n');
  });

  test('exit() and sys.exit(n) end the loop with their code', async () => {
    expect((await repl(['exit()', 'print("no")'])).code).toBe(0);
    const r = await repl(['import sys', 'sys.exit(4)', 'print("no")']);
    expect(r.code).toBe(4);
    expect(r.out).not.toContain('no');
  });

  test('os._exit(n) ends the loop with its code, running no finally block', async () => {
    const r = await repl(['import os', 'try:', '    os._exit(5)', 'finally:', '    print("no")', '', 'print("no")']);
    expect(r.code).toBe(5);
    expect(r.out).not.toContain('no');
  });

  test('an open bracket continues onto the next line', async () => {
    const r = await repl(['print(1,', '2)']);
    expect(r.out).toBe('>>> ... 1 2\n>>> \n');
  });
});

describe('the REPL, continuation lines', () => {
  test('a backslash continues the line; decorators wait for their function', async () => {
    const r = await repl(['x = 1 + \\', '2', 'x', 'def deco(f):', '    return f', '', '@deco', 'def g():', '    return 7', '', 'g()']);
    expect(r.err).toBe('');
    expect(r.out).toBe('>>> ... >>> 3\n>>> ... ... >>> ... ... ... >>> 7\n>>> \n');
  });

  test('try: waits for its except clause', async () => {
    const r = await repl(['try:', '    1/0', 'except ZeroDivisionError:', '    print("caught")', '', '5']);
    expect(r.err).toBe('');
    expect(r.out).toBe('>>> ... ... ... ... caught\n>>> 5\n>>> \n');
  });
});
