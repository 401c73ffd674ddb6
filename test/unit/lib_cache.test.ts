// Compiled library modules (stdlib/lib_cache.ts): code objects written with marshal and read
// back are the code the compiler makes, and the bundle's cache holds every library module,
// is used by import, and is refused for a source that is not the one compiled.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createVM, runMain, disassembleRecursive } from '../../index.js';
import { marshalDumps, marshalLoads } from '../../stdlib/marshal.js';
import { libDir } from '../../stdlib/lib_dir.js';
import { Code } from '../../vm/code.js';
import { PyBaseException } from '../../vm/objects/exceptions.js';

const SOURCE = `
"""doc"""
import sys
X = (1, 2.5, -0.0, 10**30, b'\\x00b', 'caf\\u00e9', None, ..., (), frozenset({1, 2}))
def f(a, /, b=1, *args, c, **kw):
    t = 1.5
    def inner():
        nonlocal t
        return t * 2
    return inner() + (a if a in {3, 4} else b)
class K:
    y = [i * i for i in range(4)]
    def m(self):
        try:
            return self.y[10]
        except IndexError as e:
            return str(e)
print(X, f(3, c=0), K().m(), K.y, f.__code__.co_varnames, f.__code__.co_flags, f.__code__.co_firstlineno)
`;

/** Every code object in a tree: the fields marshal writes, as text. */
function fields(c: Code): unknown[] {
  const own = [c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_stacksize, c.co_flags,
    c.co_firstlineno, [...c.co_code], c.co_names, c.co_varnames, c.co_freevars, c.co_cellvars, c.co_filename,
    c.co_name, c.co_qualname, [...c.lines], [...c.positions], c.hasDocstring];
  return [own, ...c.co_consts.filter((k): k is Code => k instanceof Code).map(fields)];
}

/**
 * A disassembly without the code objects' addresses (their ids, which differ between two
 * compiles), and with the items of frozenset constants sorted: marshal rebuilds a frozenset
 * by adding its items in the order written, as CPython's does for a .pyc, and colliding
 * hashes can then take other slots than when the compiler built it.
 */
const dis = (c: Code, d = disassembleRecursive) => d(c)
  .replace(/ at 0x[0-9a-f]+/g, '')
  .replace(/frozenset\(\{([^}]*)\}\)/g, (_, items: string) => `frozenset({${items.split(', ').sort().join(', ')}})`);

function run(code: Code): string {
  const out: string[] = [];
  const vm = createVM({ io: { stdout: (s) => { out.push(s); }, stderr: (s) => { out.push(s); }, readLine: () => null } });
  vm.runCode(code, vm.newModuleNamespace('__main__').dict);
  return out.join('');
}

describe('code objects through marshal', () => {
  const vm = createVM();
  const code = vm.compile(SOURCE, '/somewhere/else/m.py', 'exec');
  const data = marshalDumps(vm, code, undefined, true);
  const back = marshalLoads(vm, data, { filename: '/here/m.py' }).value as Code;

  test('read back, a code tree has the same fields, but the file name it is loaded from', () => {
    expect(back).toBeInstanceOf(Code);
    const renamed = vm.compile(SOURCE, '/here/m.py', 'exec');
    expect(fields(back)).toEqual(fields(renamed));
    expect(dis(back)).toBe(dis(renamed));
  });

  test('and runs as the compiled code does', () => {
    const out = run(back);
    expect(out).toContain("(1, 2.5, -0.0, 1000000000000000000000000000000, b'\\x00b', 'café', None, Ellipsis, (), frozenset({1, 2}))");
    expect(out).toBe(run(code));
  });

  test('the marshal module itself neither writes nor reads code objects', () => {
    const message = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (e instanceof PyBaseException) return `${e.cls.name}: ${String(e.args[0])}`;
        throw e;
      }
      return 'no error';
    };
    expect(message(() => marshalDumps(vm, code))).toBe('ValueError: unmarshallable object');
    expect(message(() => marshalLoads(vm, data))).toBe('ValueError: bad marshal data (code objects are not supported by tpy)');
  });
});

/** The library modules: stdlib/lib's .py files. */
function libFiles(dir = libDir()): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return libFiles(path);
    return name.endsWith('.py') ? [path] : [];
  });
}

// The bundle (dist/bundle/index.js, built by `npm test` before vitest runs) and its cache.
const bundle = await import(new URL('../../dist/bundle/index.js', import.meta.url).href) as typeof import('../../index.js');

describe("the bundle's cache of library modules", () => {
  const vm = bundle.createVM();

  test('holds every library module, as the compiler compiles it', () => {
    const files = libFiles();
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const cached = vm.cachedCode(file, source);
      expect(cached, file).not.toBeNull();
      expect(dis(cached!, bundle.disassembleRecursive)).toBe(dis(vm.compile(source, file, 'exec'), bundle.disassembleRecursive));
    }
  });

  test('is not used for a source edited since, nor for files outside the library', () => {
    const file = join(libDir(), 'fractions.py');
    const source = readFileSync(file, 'utf8');
    expect(vm.cachedCode(file, source)).not.toBeNull();
    expect(source).toContain('Fraction');
    expect(vm.cachedCode(file, source.replace('Fraction', 'FractioN'))).toBeNull();
    expect(vm.cachedCode(file, `${source}\n`)).toBeNull();
    expect(vm.cachedCode(join(libDir(), '..', 'fractions.py'), source)).toBeNull();
  });

  test('is what import runs: no library module is compiled', async () => {
    const compiled: string[] = [];
    const compile = vm.compile;
    vm.compile = (source, filename, mode, fileInput) => {
      compiled.push(filename);
      return compile(source, filename, mode, fileInput);
    };
    const out: string[] = [];
    const quiet = bundle.createVM({ io: { stdout: (s) => { out.push(s); }, stderr: (s) => { out.push(s); }, readLine: () => null } });
    quiet.compile = vm.compile;
    expect(await bundle.runMain(quiet, 'import typing, datetime, enum, json\nprint(datetime.date(2020, 2, 29) + datetime.timedelta(1))', '<string>')).toBe(0);
    expect(out.join('')).toBe('2020-03-01\n');
    expect(compiled).toEqual(['<string>']);
  });

  test("is what the loaders' get_code gives runpy (tpy -m) and importlib", async () => {
    const compiled: string[] = [];
    const out: string[] = [];
    const quiet = bundle.createVM({ io: { stdout: (s) => { out.push(s); }, stderr: (s) => { out.push(s); }, readLine: () => null } });
    const compile = quiet.compile;
    quiet.compile = (source, filename, mode, fileInput, optimize) => {
      compiled.push(filename);
      return compile(source, filename, mode, fileInput, optimize);
    };
    const program = [
      'import importlib.util, runpy',
      "code = importlib.util.find_spec('fractions').loader.get_code('fractions')",
      "print(code.co_name, code.co_filename.endswith('/fractions.py'))",
      "print(runpy.run_module('fractions')['Fraction'](6, 4))",
    ].join('\n');
    expect(await bundle.runMain(quiet, program, '<string>')).toBe(0);
    expect(out.join('')).toBe('<module> True\n3/2\n');
    expect(compiled).toEqual(['<string>']);
  });

  test('is what `tpy -m` runs for a library module (runMain of its source, not a program file)', async () => {
    const compiled: string[] = [];
    const out: string[] = [];
    const quiet = bundle.createVM({ argv: ['-m'], io: { stdout: (s) => { out.push(s); }, stderr: (s) => { out.push(s); }, readLine: () => null } });
    const compile = quiet.compile;
    quiet.compile = (source, filename, mode, fileInput, optimize) => {
      compiled.push(filename);
      return compile(source, filename, mode, fileInput, optimize);
    };
    const file = join(libDir(), 'this.py');
    expect(await bundle.runMain(quiet, readFileSync(file, 'utf8'), file, false)).toBe(0);
    expect(out.join('')).toContain('Beautiful is better than ugly.');
    expect(compiled).toEqual([]);
  });

  test('gives tracebacks through library code their source lines', async () => {
    const out: string[] = [];
    const quiet = bundle.createVM({ io: { stdout: (s) => { out.push(s); }, stderr: (s) => { out.push(s); }, readLine: () => null } });
    // fractions is tpy code in CPython too (datetime's frames are left out: CPython's is C).
    expect(await bundle.runMain(quiet, 'import fractions\nfractions.Fraction(1, 0)', '<string>')).toBe(1);
    const text = out.join('');
    expect(text).toMatch(/File ".*stdlib\/lib\/fractions\.py", line \d+, in /);
    expect(text).toContain('ZeroDivisionError: Fraction(1, 0)');
    expect(text).toContain("    raise ZeroDivisionError(f'Fraction({numerator}, 0)')\n");
  });
});

describe('library modules compiled in this process (no cache on disk: tsc\'s output, as here)', () => {
  /** A VM whose output is collected and whose compiles are listed by file name. */
  function recordingVM(): { vm: ReturnType<typeof createVM>; out: string[]; compiled: string[] } {
    const out: string[] = [];
    const compiled: string[] = [];
    const vm = createVM({ io: { stdout: (s) => { out.push(s); }, stderr: (s) => { out.push(s); }, readLine: () => null } });
    const compile = vm.compile;
    vm.compile = (source, filename, mode, fileInput, optimize) => {
      compiled.push(filename.slice(filename.lastIndexOf('/') + 1));
      return compile(source, filename, mode, fileInput, optimize);
    };
    return { vm, out, compiled };
  }
  const PROGRAM = 'import fractions\nprint(fractions.Fraction(1, 3) * 3)\nfractions.Fraction(1, 0)';

  test('are compiled by the first VM that imports them, and read back by the next', async () => {
    const first = recordingVM();
    expect(await runMain(first.vm, PROGRAM, '<string>')).toBe(1);
    expect(first.compiled).toContain('fractions.py');
    const second = recordingVM();
    expect(await runMain(second.vm, PROGRAM, '<string>')).toBe(1);
    expect(second.compiled).toEqual(['<string>']);
    // The same program, with the library's traceback lines.
    expect(second.out.join('')).toBe(first.out.join(''));
    expect(second.out.join('')).toContain("    raise ZeroDivisionError(f'Fraction({numerator}, 0)')\n");
  });

  test('are compiled again for another source text, and under -O', () => {
    const { vm, compiled } = recordingVM();
    const file = join(libDir(), 'fractions.py');
    const source = readFileSync(file, 'utf8');
    expect(vm.cachedCode(file, source)).not.toBeNull();
    expect(vm.cachedCode(file, source.replace('Fraction', 'FractioN'))).toBeNull();
    const optimized = recordingVM();
    optimized.vm.optimize = 1;
    expect(optimized.vm.cachedCode(file, source)).toBeNull();
    expect(compiled).toEqual([]);
  });
});
