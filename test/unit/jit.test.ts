// The loop compiler (vm/jit.ts): hot loops run compiled, and a program prints the same
// with it as without it (-X nojit). The conformance corpus runs once more with every loop
// compiled at once (test/conformance_jit.test.ts); these tests check what it cannot see.
import { describe, expect, test } from 'vitest';
import { createVM, runMain, compile, mainModule } from '../../index.js';
import type { VM } from '../../vm/vm.js';
import { PyFunction } from '../../vm/objects/function.js';

async function run(source: string, setup: (vm: VM) => void = () => {}): Promise<{ out: string; err: string; code: number; vm: VM }> {
  let out = '';
  let err = '';
  const vm = createVM({ io: { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, readLine: () => null } });
  setup(vm);
  const code = await runMain(vm, source, 't.py');
  return { out, err, code, vm };
}

/**
 * The function `name`'s loop is still compiled at the end: a loop that leaves within a turn
 * again and again is given up (its entry set to null) and runs in the eval loop.
 */
function expectLoopKept(vm: VM, name: string): void {
  const code = (mainModule(vm).dict.getStr(name) as PyFunction).code;
  expect([...code.jitEntries!.values()].some((e) => e !== null)).toBe(true);
}

const FLOAT_LOOP = `
class P:
    def __init__(self, x):
        self.x = x
def walk(ps, n):
    t = 0.0
    for _ in range(n):
        for p in ps:
            p.x = p.x * 0.5 + 1.0
            t += p.x ** 0.5
    return t
print(repr(walk([P(float(i)) for i in range(4)], 3000)))
`;

describe('loop compiler', () => {
  test('a hot loop runs compiled, with the result of the eval loop', async () => {
    const jit = await run(FLOAT_LOOP);
    const plain = await run(FLOAT_LOOP, (vm) => { vm.jitEnabled = false; });
    expect(jit.vm.jitRuns).toBeGreaterThan(0);
    expect(plain.vm.jitRuns).toBe(0);
    expect(jit.out).toBe(plain.out);
    expect(jit.out).toBe('16969.748455540062\n'); // CPython 3.11's
  });

  test('a loop of module-level names runs compiled, its names in the module dict', async () => {
    const r = await run('t = 0\nfor i in range(5000):\n    t += i\nprint(t, i, len(str(t)))\n');
    expect(r.out).toBe('12497500 4999 8\n');
    expect(r.vm.jitRuns).toBeGreaterThan(0);
  });

  test('a module-level name that goes missing mid-loop raises NameError from the eval loop', async () => {
    const r = await run('t = 0\nfor i in range(5000):\n    if i == 4000:\n        del t\n    t += i\n');
    expect(r.err).toBe('Traceback (most recent call last):\n  File "t.py", line 5, in <module>\n    t += i\n    ^\nNameError: name \'t\' is not defined\n');
    expect(r.vm.jitRuns).toBeGreaterThan(0);
  });

  test('a loop whose names are not the globals (a class body, exec with locals) runs compiled, storing into its namespace', async () => {
    const src = [
      'class C:',
      '    t = 0',
      '    for i in range(5000):',
      '        t += i',
      'g = {}',
      'l = {}',
      "exec('s = 0\\nfor j in range(5000):\\n    s += j\\n', g, l)",
      "print(C.t, C.i, l['s'], 's' in g)",
    ].join('\n');
    const r = await run(src);
    expect(r.err).toBe('');
    expect(r.out).toBe('12497500 4999 12497500 False\n');
    expect(r.vm.jitRuns).toBeGreaterThan(0);
  });

  test('a loop whose namespace is a dict subclass (its __setitem__ must run) is left to the eval loop', async () => {
    const src = [
      'class NS(dict):',
      '    stores = 0',
      '    def __setitem__(self, k, v):',
      '        NS.stores += k == "t"',
      '        super().__setitem__(k, v)',
      "exec('t = 0\\nfor j in range(5000):\\n    t += 1\\n', {}, ns := NS())",
      "print(ns['t'], NS.stores)",
    ].join('\n');
    const r = await run(src);
    expect(r.err).toBe('');
    expect(r.out).toBe('5000 5001\n');
    expect(r.vm.jitRuns).toBe(0);
  });

  test('a loop that calls a tpy function every turn is dropped after a few runs', async () => {
    const r = await run('def f(x):\n    return x + 1\ndef g(n):\n    t = 0\n    for i in range(n):\n        t = f(t)\n    return t\nprint(g(20000))\n');
    expect(r.out).toBe('20000\n');
    expect(r.vm.jitRuns).toBeGreaterThan(0);
    expect(r.vm.jitRuns).toBeLessThan(100);
  });

  test('a masked int expression runs in 32-bit arithmetic, not through big ints', async () => {
    const src = 'def lcg(n):\n    s = 12345\n    for i in range(n):\n        s = (s * 1103515245 + 12345) & 0x7FFFFFFF\n        h = (s * 31 + i) % 2 ** 32\n    return s, h\nprint(lcg(5000))\n';
    const r = await run(src, (vm) => { vm.jitDump = true; });
    expect(r.out).toBe('(1019194865, 1530274742)\n'); // CPython 3.11's
    expect(r.err.match(/a masked int expression/g)).toHaveLength(2);
    expect(r.err).toContain('Math.imul((l1 | 0), 1103515245)');
  });

  test('findMaskedExprs: trees of int operators over locals and constants, ending with a mask', async () => {
    const { compile } = await import('../../index.js');
    const { findMaskedExprs } = await import('../../vm/masked_int.js');
    const funcCode = (src: string) => compile(src, 't.py').co_consts.find((c) => typeof c === 'object' && c !== null && 'co_name' in c) as never;
    const count = (body: string) => findMaskedExprs(funcCode(`def f(a, b):\n    return ${body}\n`)).size;
    expect(count('(a * b + 1) & 0xFFFFFFFF')).toBe(1);
    expect(count('((a << 5) ^ b) % 2 ** 32')).toBe(1);
    expect(count('(a * b) % 256')).toBe(1);
    expect(count('(a + b) & 0xFF')).toBe(0); // nothing that can leave the safe range
    expect(count('(a * b) % 1000')).toBe(0); // not a power of two
    expect(count('(a * b) & 0x1FFFFFFFF')).toBe(0); // a mask wider than 32 bits
    expect(count('(a * b) & -1')).toBe(0);
    expect(count('(a * b) >> 3 & 0xFF')).toBe(0); // >> reads the high bits
    expect(count('(a * b.c) & 0xFF')).toBe(0); // an attribute: not a local or constant
    expect(count('(a * 2.5) & 0xFF')).toBe(0);
    expect(count('(a << b) & 0xFF')).toBe(0); // a shift by a variable
  });

  test('a closure called through a local runs inline, for every closure of that code', async () => {
    const src = [
      'def make_adder(k):',
      '    def add(x):',
      '        return x + k',
      '    return add',
      'def run(n):',
      '    adders = [make_adder(k) for k in range(10)]',
      '    s = 0',
      '    for i in range(n):',
      '        f = adders[i % 10]',
      '        s += f(i)',
      '    return s',
      'print(run(3000))',
    ].join('\n');
    const r = await run(src, (vm) => { vm.jitDump = true; });
    expect(r.out).toBe('4512000\n'); // CPython 3.11's
    expect(r.err).toMatch(/inlined: make_adder\.<locals>\.add/);
    // The guard is the code (and globals), the cells those of the function called.
    expect(r.err).toMatch(/\.code === I0\.code && s\d+\.globals === I0\.globals/);
    expect(r.err).toMatch(/const v = s\d+\.closure\[0\]\.ref;/);
  });

  test('a method that several classes inherit runs inline; an override or an instance attribute is called', async () => {
    const src = [
      'class B:',
      '    def __init__(self, x):',
      '        self.x = x',
      '    def m(self):',
      '        return self.x * 2',
      'class C1(B):',
      '    def __init__(self, x):',
      '        self.y = 0',
      '        self.x = x',
      'class C2(B):',
      '    pass',
      'class D(B):',
      '    def m(self):',
      '        return -self.x',
      'def run(objs, n):',
      '    t = 0',
      '    for i in range(n):',
      '        for o in objs:',
      '            t += o.m()',
      '    return t',
      'objs = [B(1), C1(2), C2(3)]',
      'print(run(objs, 3000))',
      'objs[1].m = lambda: 100',
      'print(run(objs + [D(5)], 3000))',
    ].join('\n');
    const r = await run(src, (vm) => { vm.jitDump = true; });
    expect(r.out).toBe('36000\n309000\n'); // CPython 3.11's
    expect(r.err).toMatch(/inlined: B\.m/);
  });

  test('float arithmetic stored in a float local is compiled for floats alone, and other operands still work', async () => {
    // d is a float when the loop is compiled: \`x - y\` and \`d * d\` are written for floats alone
    // (jit_floats.ts). Ints from turn 3000 on, then a str-repeat and a Fraction-like class,
    // leave there, and the loop is compiled again with the slow path: results as the eval loop's.
    const source = `
class Half:
    def __init__(self, v):
        self.v = v
    def __sub__(self, o):
        return 0.5
    def __mul__(self, o):
        return self.v
def f(xs, ys):
    t = 0.0
    for i in range(len(xs)):
        d = xs[i] - ys[i]
        e = d * d
        t += e / 2
    return t
xs = [float(i) for i in range(3000)] + list(range(3000)) + [Half(1)] * 50 + [True] * 10
ys = [0.5] * 3000 + [1] * 3000 + [2] * 60
print(repr(f(xs, ys)))
`;
    const jit = await run(source, (vm) => { vm.jitDump = true; });
    const plain = await run(source, (vm) => { vm.jitEnabled = false; });
    expect(jit.err).toContain("if ((typeof a === 'object' && a.cls === floatType) && (typeof b === 'object' && b.cls === floatType)) r = new PyFloat(a.value - b.value);");
    expect(jit.vm.jitRuns).toBeGreaterThan(0);
    expect(jit.out).toBe(plain.out);
    expect(jit.out).toBe('8988754636.25\n'); // CPython 3.11's
  });

  test('values known to be floats skip the type tests; ints and unbound locals in between are not mistaken for them', async () => {
    // e is a float whatever d is (\`/\` makes floats); g mixes it with an int; h is reassigned an int and deleted.
    const source = `
def f(n):
    t = 0.0
    for i in range(n):
        e = i / 4
        g = e * 3 + i
        h = g - e
        if i % 1000 == 999:
            h = i
            t += h // 7
        t += h * e
        if i == n - 1:
            del h
            try:
                print(h)
            except UnboundLocalError as err:
                print(err)
    return t
print(repr(f(5000)))
`;
    const jit = await run(source, (vm) => { vm.jitDump = true; });
    const plain = await run(source, (vm) => { vm.jitEnabled = false; });
    expect(jit.err).toContain('r = new PyFloat(a.value * b.value);');
    expect(jit.vm.jitRuns).toBeGreaterThan(0);
    expect(jit.out).toBe(plain.out);
    expect(jit.out).toBe("cannot access local variable 'h' where it is not associated with a value\n15613443701.875\n"); // CPython 3.11's
  });

  test('-X jitdump shows the JavaScript of each compiled loop', async () => {
    const r = await run(FLOAT_LOOP, (vm) => { vm.jitDump = true; });
    expect(r.err).toMatch(/^# tpy jit: walk \(t\.py:5\), loop at offset \d+\n/);
    expect(r.err).toContain('return function jit_walk_');
    expect(r.err).toMatch(/\/\/ \d+ FOR_ITER \d+\n/);
  });

  test('trace events are the same whether the loop was compiled before the hook was set', async () => {
    const source = `
import sys
def spin(n):
    t = 0
    for i in range(n):
        t += i
    return t
spin(5000)
lines = []
def tr(frame, event, arg):
    if frame.f_code.co_name == 'spin':
        lines.append(event)
    return tr
sys.settrace(tr)
spin(3)
sys.settrace(None)
print(lines)
`;
    const jit = await run(source);
    const plain = await run(source, (vm) => { vm.jitEnabled = false; });
    expect(jit.vm.jitRuns).toBeGreaterThan(0);
    expect(jit.out).toBe(plain.out);
    expect(jit.out).toBe("['call', 'line', 'line', 'line', 'line', 'line', 'line', 'line', 'line', 'line', 'return']\n"); // CPython 3.11's
  });

  test('a Ctrl-C reaches a compiled loop, at its head', async () => {
    let out = '';
    let err = '';
    const vm = createVM({ io: { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, readLine: () => null } });
    vm.interruptible = true;
    setTimeout(() => { vm.pendingInterrupt = true; }, 100);
    const code = await runMain(vm, 'def spin():\n    x = 0.5\n    while True:\n        x = x * 0.5 + 0.25\nspin()\n', 't.py');
    expect(vm.jitRuns).toBeGreaterThan(0);
    expect(code).toBe(130);
    expect(out).toBe('');
    expect(err).toBe('Traceback (most recent call last):\n  File "t.py", line 5, in <module>\n    spin()\n' +
      '  File "t.py", line 3, in spin\n    while True:\nKeyboardInterrupt\n');
  });
});

const PIPELINE = `
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
def squares(src):
    for x in src:
        yield x * x
def run(n):
    t = 0
    for v in squares(numbers(n)):
        t = (t + v) % 1000003
    return t, sum(x % 7 for x in numbers(n) if x % 3)
print(run(5000))
`;

describe('compiled generator bodies (vm/jit_gen.ts)', () => {
  test('generators resumed by for loops and by sum() run compiled, with the eval loop results', async () => {
    const jit = await run(PIPELINE, (vm) => { vm.jitDump = true; });
    const plain = await run(PIPELINE, (vm) => { vm.jitEnabled = false; });
    expect(jit.out).toBe('(42538, 9997)\n'); // CPython 3.11's
    expect(plain.out).toBe(jit.out);
    expect(plain.vm.genJitRuns).toBe(0);
    // Every value of numbers() and squares() but the first few and the last one.
    expect(jit.vm.genJitRuns).toBeGreaterThan(3 * 5000 - 1000);
    for (const body of ['numbers', 'squares', '<genexpr>']) expect(jit.err).toMatch(new RegExp(`# tpy jit: (run\\.<locals>\\.)?${body} .*generator body at offset`));
  });

  test('a body that leaves before its next yield every time is dropped', async () => {
    // f is not small enough to run inline (a call of list.append): the body leaves at its call.
    const src = 'def f(x):\n    l = [x]\n    l.append(1)\n    return l[0] + 1\ndef g(n):\n    for i in range(n):\n        yield f(i)\nprint(sum(g(20000)))\nt = 0\nfor v in g(20000):\n    t += v\nprint(t)\n';
    const r = await run(src);
    expect(r.out).toBe('200010000\n200010000\n');
    expect(r.vm.genJitRuns).toBeGreaterThan(0);
    expect(r.vm.genJitRuns).toBeLessThan(200);
  });

  test('hooks see every resume of a generator whose body was compiled before they were set', async () => {
    const src = [
      'import sys',
      'def gen(n):',
      '    for i in range(n):',
      '        yield i',
      'g = gen(1000)',
      'for v in g:',
      '    if v == 900:',
      '        break',
      'calls = []',
      'def prof(frame, event, arg):',
      '    if frame.f_code.co_name == "gen":',
      '        calls.append(event)',
      'sys.setprofile(prof)',
      'for v in g:',
      '    pass',
      'sys.setprofile(None)',
      'print(v, len(calls), calls[:4], calls[-2:])',
    ].join('\n');
    const r = await run(src);
    expect(r.vm.genJitRuns).toBeGreaterThan(0);
    // CPython 3.11: 99 resumes (call + return each) and the final one.
    expect(r.out).toBe("999 200 ['call', 'return', 'call', 'return'] ['call', 'return']\n");
  });
});

describe('compiled function bodies (vm/jit_call.ts)', () => {
  const FIB = 'def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(22))\n';

  test('a function called often runs its compiled body, with the eval loop results', async () => {
    const jit = await run(FIB, (vm) => { vm.jitDump = true; });
    const plain = await run(FIB, (vm) => { vm.jitEnabled = false; });
    expect(jit.out).toBe('17711\n'); // CPython 3.11's
    expect(plain.out).toBe(jit.out);
    expect(jit.err).toMatch(/# tpy jit: fib .*function body/);
    expect(plain.err).toBe('');
  });

  test('a body that leaves its frame to the eval loop at most calls is dropped', async () => {
    // g's body leaves at IMPORT_NAME (not compiled) unless x < 0; after a few calls the eval loop runs it.
    const src = 'def g(x):\n    if x < 0:\n        return 0\n    import math\n    return x + 1\nt = 0\nfor i in range(5000):\n    t += g(i)\nprint(t)\n';
    const r = await run(src, (vm) => { vm.jitDump = true; });
    expect(r.out).toBe('12502500\n');
    expect(r.err).toMatch(/# tpy jit: g .*function body/);
    expect(r.vm.fnJitRuns).toBeGreaterThan(0);
    expect(r.vm.fnJitRuns).toBeLessThan(100);
  });

  test('a return through try blocks runs the finally body compiled (vm/jit_finally.ts)', async () => {
    const src = [
      'def step(i, box):',
      '    try:',
      '        try:',
      '            return i * 2',
      '        finally:',
      '            box[0] += 1',
      '    except KeyError:',
      '        return 0',
      'def main(box):',
      '    t = 0',
      '    for i in range(3000):',
      '        try:',
      '            t += step(i, box)',
      '        finally:',
      '            t += 1',
      '    return t',
      'box = [0]',
      'print(main(box), box)',
    ].join('\n');
    const r = await run(src, (vm) => { vm.jitDump = true; });
    expect(r.out).toBe('9000000 [3000]\n'); // CPython 3.11's
    expect(r.err).toMatch(/RETURN_VALUE, through 2 blocks/);
    expect(r.err).toMatch(/the finally body at \d+, for the return/);
    // main's loop (SETUP_FINALLY, END_FINALLY) runs compiled too, calling step's body.
    expect(r.err).toMatch(/# tpy jit: main .*loop at offset/);
    expect(r.vm.fnJitRuns).toBe(2801); // every call from the 200th (none left at the check interval: VM.checkQuietly)
  });

  test('a raise caught in compiled code stays there: handlers, finally bodies and raises out of bodies (vm/jit_except.ts)', async () => {
    const src = [
      'class Retry(Exception):',
      '    pass',
      'def check(i):',
      '    if i % 3 == 0:',
      '        raise Retry(i)',
      '    if i % 7 == 0:',
      '        raise KeyError(i)',
      '    return i',
      'def step(i, box):',
      '    try:',
      '        try:',
      '            return check(i)',
      '        finally:',
      '            box[0] += 1',
      '    except KeyError as e:',
      '        return -e.args[0]',
      'def main(box):',
      '    t = 0',
      '    for i in range(3000):',
      '        try:',
      '            t += step(i, box)',
      '        except Retry as e:',
      '            t += 1',
      '        finally:',
      '            t += 2',
      '    return t',
      'box = [0]',
      'print(main(box), box)',
    ].join('\n');
    const jit = await run(src, (vm) => { vm.jitDump = true; });
    const plain = await run(src, (vm) => { vm.jitEnabled = false; });
    expect(plain.out).toBe('2148142 [3000]\n'); // CPython 3.11's
    expect(jit.out).toBe(plain.out);
    expect(jit.err).toMatch(/enterHandlerUnpushed\(vm, f, rx, \d+, true, cb\)/); // a finally body's re-raise
    expect(jit.err).toMatch(/END_FINALLY: re-raises/);
    // The loop is entered once per check interval, not once per raise (1,000 of them).
    expect(jit.vm.jitRuns).toBeLessThan(20);
  });

  test('a native calling a body many times (min\'s __lt__) runs every call compiled past the check interval', async () => {
    const src = [
      'class P:',
      '    def __init__(self, n):',
      '        self.n = n',
      '    def __lt__(self, other):',
      '        return self.n < other.n',
      'ps = [P(i * 7919 % 10007) for i in range(20000)]',
      'print(min(ps).n, max(ps).n)',
    ].join('\n');
    const r = await run(src);
    expect(r.out).toBe('0 10006\n'); // CPython 3.11's
    // 20,000 __init__ and 2 x 19,999 __lt__ calls, each after its first 200 compiled: the
    // check interval (4,096 calls) falling due inside min() must not send the rest of them
    // to the eval loop (the body has no backward jump or call that would make the check).
    expect(r.vm.fnJitRuns).toBeGreaterThan(20000 + 2 * 19999 - 1000);
  });

  test('a generator a native resumes (sum over a generator expression) runs its compiled body between yields', async () => {
    const src = [
      'row = [float(i) for i in range(100)]',
      't = 0.0',
      'for k in range(500):',
      '    t += sum(a * b for a, b in zip(row, row))',
      'print(t)',
    ].join('\n');
    const r = await run(src);
    expect(r.out).toBe('164175000.0\n'); // CPython 3.11's
    // 500 generators of 100 values: all but each generator's first resume (to its first
    // yield) and the resumes before its code was compiled.
    expect(r.vm.genJitRuns).toBeGreaterThan(500 * 99 - 1000);
  });

  test('a generator a native drains is not given up when its body leaves only at check intervals', async () => {
    const src = [
      'def gen(n):',
      '    for x in range(n):',
      '        if x % 3:',
      '            yield x % 7',
      'print(sum(gen(1000000)))',
    ].join('\n');
    const r = await run(src);
    expect(r.out).toBe('1999998\n'); // CPython 3.11's
    // sum() takes every value at the compiled yield, so the body leaves only when the check
    // interval runs out; those exits must not count as short runs, which drop the body.
    const code = (mainModule(r.vm).dict.getStr('gen') as PyFunction).code;
    expect([...code.genEntries!.values()].some((e) => e !== null)).toBe(true);
    expect(r.vm.genJitRuns).toBeLessThan(1000);
  });

  test('a generator body with `del d[k]` runs compiled between its yields (not left, then dropped, at every deletion)', async () => {
    const src = [
      'def primes():',
      '    D = {}',
      '    q = 2',
      '    while True:',
      '        if q not in D:',
      '            yield q',
      '            D[q * q] = [q]',
      '        else:',
      '            for p in D[q]:',
      '                D.setdefault(p + q, []).append(p)',
      '            del D[q]',
      '        q += 1',
      'g = primes()',
      'print(sum(next(g) for _ in range(5000)))',
    ].join('\n');
    const r = await run(src);
    expect(r.out).toBe('114455259\n'); // CPython 3.11's
    // 5,000 resumes of primes(), nearly all compiled (the generator expression's values are
    // taken by sum() at its yield, in a few runs of its body); before, each `del D[q]` left
    // the body, which was dropped after 50 such resumes.
    expect(r.vm.genJitRuns).toBeGreaterThan(4500);
    expect(r.vm.genJitLeft).toBeLessThan(100);
  });

  test('a generator body runs cold instructions (slices, f-strings, displays) compiled, not left at each', async () => {
    const src = [
      'def parts(xs):',
      '    for i in range(len(xs)):',
      '        head = xs[:i]',
      '        yield f"{i}:{len(head)}", {"n": i}, {i % 3}',
      'xs = list(range(3000))',
      't = 0',
      'for label, d, s in parts(xs):',
      '    t += len(label) + d["n"] + len(s)',
      'print(t)',
    ].join('\n');
    const r = await run(src);
    expect(r.out).toBe('4526280\n'); // CPython 3.11's
    // BUILD_SLICE, BUILD_STRING, FORMAT_VALUE, BUILD_MAP and BUILD_SET run through executeCold on
    // the generator's slots; before, each was an exit, and the body was dropped after 50 resumes.
    expect(r.vm.genJitRuns).toBeGreaterThan(2500);
    expect(r.vm.genJitLeft).toBeLessThan(50);
  });

  test('attribute reads the eval loop saw take the slow path (Base.method, e.args) are compiled with it: the body is compiled once', async () => {
    const src = [
      'class AppError(Exception):',
      '    def __init__(self, code):',
      '        Exception.__init__(self, code)',
      'def step(i):',
      '    try:',
      '        raise KeyError(i)',
      '    except KeyError as e:',
      '        return e.args[0]',
      'def main():',
      '    t = 0',
      '    for i in range(3000):',
      '        t += step(i) + len(AppError(i).args)',
      '    return t',
      'print(main())',
    ].join('\n');
    const r = await run(src, (vm) => { vm.jitDump = true; });
    expect(r.out).toBe('4501500\n'); // CPython 3.11's
    expect(r.err.match(/# tpy jit: step /g)).toHaveLength(1);
    expect(r.err.match(/# tpy jit: AppError.__init__ /g)).toHaveLength(1);
  });

  test('calls across check intervals run compiled: a body calling others never leaves at the countdown', async () => {
    const src = [
      'def leaf(x):',
      '    return x + 1',
      'def mid(x):',
      '    return leaf(x) + leaf(x)',
      'def top(n):',
      '    t = 0',
      '    for i in range(n):',
      '        t += mid(i)',
      '    return t',
      'print(top(20000))',
    ].join('\n');
    const r = await run(src);
    expect(r.out).toBe('400020000\n'); // CPython 3.11's
    // Every call of mid (leaf runs inline in it) through its compiled body, across the check
    // intervals (each used to make one call leave to the eval loop).
    expect(r.vm.fnJitRuns).toBe(20000);
  });

  test('a body that leaves only to raise is not dropped', async () => {
    const src = 'def check(i):\n    if i % 2:\n        raise ValueError(i)\n    return i\nt = 0\nfor i in range(3000):\n    try:\n        t += check(i)\n    except ValueError:\n        t -= 1\nprint(t)\n';
    const r = await run(src);
    expect(r.out).toBe('2247000\n'); // CPython 3.11's
    // Called 3000 times, compiled after the first 200: every other call leaves at its raise.
    expect(r.vm.fnJitRuns).toBeGreaterThan(2500);
  });

  test('a body that calls built-in classes with any count runs them compiled, not left to the eval loop', async () => {
    const src = [
      'def fill(data, k):',
      '    for i in range(4):',
      '        data[i] = k + i',
      '    return len(list(range(k % 3, 5))) + len(dict()) + len(tuple(data))',
      'data = [0] * 4',
      't = 0',
      'for k in range(3000):',
      '    t += fill(data, k)',
      'print(t, data)',
    ].join('\n');
    const r = await run(src);
    expect(r.out).toBe('24000 [2999, 3000, 3001, 3002]\n'); // CPython 3.11's
    // Not dropped for leaving at range(4), range(a, b) or dict(): every call from the 200th.
    expect(r.vm.fnJitRuns).toBe(2801);
  });

  test('a built-in method of self\'s own type is called from the compiled site; a subclass\'s instance and errors as before', async () => {
    const src = [
      'class S(str):',
      '    pass',
      'def run(words):',
      '    out = []',
      '    for w in words:',
      "        out.append(w.lower() + w.strip('x') + str(w.find('b', 1)))",
      '    return out',
      "r = run(['xAbx', S('Qbq'), 'bb'] * 1000)",
      'print(len(r), r[:3])',
      'def bad(words):',
      '    t = 0',
      '    for w in words:',
      "        t += w.index('b')",
      '    return t',
      "bad(['ab'] * 3000 + ['zz'])",
    ].join('\n');
    const r = await run(src, (vm) => { vm.jitDump = true; });
    expect(r.out).toBe("3000 ['xabxAb2', 'qbqQbq1', 'bbbb1']\n"); // CPython 3.11's
    expect(r.err).toMatch(/s\d+ instanceof PyMethodDescriptor && s\d+\.call2 !== null && \(typeof s\d+ === 'object' \? s\d+\.cls : typeof s\d+ === 'string' \? strType : typeOf\(s\d+\)\) === s\d+\.owner \? s\d+\.call2\(vm, s\d+, s\d+\)/);
    expect(r.err).toContain([
      '  File "t.py", line 13, in bad',
      "    t += w.index('b')",
      '         ^^^^^^^^^^^^',
      'ValueError: substring not found',
    ].join('\n'));
  });

  test('natives without an entry for the count are called from compiled code, not left to the eval loop', async () => {
    const src = [
      'import random, heapq',
      'def run(n):',
      '    random.seed(5)',
      '    h = []',
      '    t = 0.0',
      '    for i in range(n):',
      '        t += random.random() + round(i / 3) + issubclass(bool, int)',
      '        heapq.heappush(h, i % 7)',
      '    return round(t, 6), len(h), sorted(set(h))',
      'print(run(3000))',
    ].join('\n');
    const r = await run(src);
    expect(r.out).toBe('(1503987.149145, 3000, [0, 1, 2, 3, 4, 5, 6])\n'); // CPython 3.11's
    // Left at a few slow paths until they are compiled in, not at every call of
    // random.random(), round(x) or issubclass(a, b): a loop that leaves within a turn
    // again and again is given up (its entry null).
    expect(r.vm.jitRuns).toBeLessThan(100);
    expectLoopKept(r.vm, 'run');
  });

  test('calls completed by defaults run compiled from compiled code, the defaults shared as in CPython', async () => {
    const src = [
      'def g(a, b=1, c=[]):',
      '    c.append(a)',
      '    return a + b + len(c)',
      'class P:',
      '    def __init__(self, x, y=0):',
      '        self.x = x',
      '        self.y = y',
      '    def m(self, k=2):',
      '        return self.x * k + self.y',
      'def run(n):',
      '    t = 0',
      '    for i in range(n):',
      '        t += g(i) + g(i, 5)',
      '        t += P(i).m() + P(i, 1).m(3)',
      '    return t',
      'print(run(3000), len(g.__defaults__[1]))',
    ].join('\n');
    const r = await run(src);
    expect(r.out).toBe('49513500 6000\n'); // CPython 3.11's
    // The loop is not given up for leaving at every call that uses a default.
    expectLoopKept(r.vm, 'run');
  });

  test('dict and set displays, f-strings and slices run compiled (executeCold), not left to the eval loop', async () => {
    const src = [
      'def run(n):',
      '    t = 0',
      '    s = "abcdefgh"',
      '    for i in range(n):',
      "        d = {'i': i, i % 3: s[i % 4:i % 4 + 2]}",
      '        t += len(d) + len({i, i % 5}) + len(f"{i:>4}{s[-2:]!r}")',
      '    return t',
      'print(run(3000))',
    ].join('\n');
    const r = await run(src);
    expect(r.out).toBe('35995\n'); // CPython 3.11's
    expect(r.vm.jitRuns).toBeLessThan(100);
    expectLoopKept(r.vm, 'run');
  });

  test('a break out of an inner loop runs compiled: the loop\'s block dropped, on at its end', async () => {
    const src = [
      'def primes(n):',
      '    out = []',
      '    for k in range(2, n):',
      '        for p in out:',
      '            if k % p == 0:',
      '                break',
      '        else:',
      '            out.append(k)',
      '    return len(out)',
      'print(primes(3000))',
    ].join('\n');
    const r = await run(src, (vm) => { vm.jitDump = true; });
    expect(r.out).toBe('430\n'); // CPython 3.11's
    expect(r.err).toMatch(/\/\/ \d+ BREAK_LOOP\n\s*if \(f\.blocks\.length < 3 \|\| f\.blocks\[f\.blocks\.length - 3\] !== \d+ .*\n(\s*if \(f\.ownedIters !== null\) dropOwned.*\n)?\s*popBlock\(f\.blocks\);/);
    expect(r.vm.jitRuns).toBeLessThan(100);
  });

  test('calls with keywords run compiled: bound into a tpy function\'s slots, or a native\'s keywords', async () => {
    const src = [
      'def g(a, b=2, c=3):',
      '    return a * b + c',
      'def run(n):',
      '    t = 0',
      '    for i in range(n):',
      "        t += g(i, c=1) + g(a=i) + int('11', base=2)",
      '    return t',
      'print(run(3000))',
    ].join('\n');
    const r = await run(src);
    expect(r.out).toBe('18015000\n'); // CPython 3.11's
    expect(r.vm.jitRuns).toBeLessThan(100);
    expectLoopKept(r.vm, 'run');
  });

  test('a compiled loop ends with its loop nest: a loop after it is compiled on its own', async () => {
    const src = [
      'def run(n):',
      '    a = 0',
      '    for i in range(n):',
      '        for j in range(3):',
      '            a += i * j',
      '    b = 0',
      '    for i in range(n):',
      '        b += i',
      '    return a, b',
      'print(run(3000))',
    ].join('\n');
    const r = await run(src, (vm) => { vm.jitDump = true; });
    expect(r.out).toBe('(13495500, 4498500)\n'); // CPython 3.11's
    const dumps = r.err.split(/^(?=# tpy jit: )/m).filter((d) => d.startsWith('# tpy jit: run '));
    expect(dumps.map((d) => d.split('\n')[0])).toEqual([
      '# tpy jit: run (t.py:1), loop at offset 14',
      '# tpy jit: run (t.py:1), loop at offset 66',
    ]);
    // The first holds the nest's two FOR_ITERs, not the third loop; it leaves where the nest ends.
    expect(dumps[0].match(/\/\/ \d+ FOR_ITER/g)).toHaveLength(2);
    expect(dumps[0]).toContain('// 52: past the compiled loop');
  });

  test('a loop too large for V8 to optimise its compiled function is left to the eval loop', async () => {
    const src = [
      'class P:',
      '    x = 1.5',
      '    y = 2.5',
      'def run(n):',
      '    p = P()',
      '    t = 0.0',
      '    for i in range(n):',
      ...Array.from({ length: 60 }, () => '        t += p.x * p.y - p.x'),
      '    return t',
      'print(run(3000))',
    ].join('\n');
    const r = await run(src);
    expect(r.out).toBe('405000.0\n'); // CPython 3.11's
    expect(r.vm.jitRuns).toBe(0);
    const code = (mainModule(r.vm).dict.getStr('run') as PyFunction).code;
    expect([...code.jitEntries!.values()]).toEqual([null]);
  });

  test('d[k], d[k] = v and k in d on a dict of str or int keys run inline, with no slow path compiled in', async () => {
    const src = [
      'def count(words):',
      '    d = {}',
      '    for w in words:',
      '        if w in d:',
      '            d[w] = d[w] + 1',
      '        else:',
      '            d[w] = 1',
      '        d[len(w)] = w',
      '    return sorted(d.items(), key=str)',
      "print(count(('to be or not to be ' * 500).split()))",
    ].join('\n');
    const r = await run(src);
    expect(r.out).toBe("[('be', 1000), ('not', 500), ('or', 500), ('to', 1000), (2, 'be'), (3, 'not')]\n"); // CPython 3.11's
    const code = (mainModule(r.vm).dict.getStr('count') as PyFunction).code;
    expect(code.jitSlow.size).toBe(0);
    expect(r.vm.jitRuns).toBeLessThan(100);
    expectLoopKept(r.vm, 'count');
  });

  test('a pipeline of generators runs compiled at every stage, and the check interval does not make them leave', async () => {
    // Three generators of the same code over a fourth: the stages were compiled before the
    // source, whose resumes then made every stage leave until the stages were given up; and
    // each check interval that ran out in a body sent every stage back to the eval loop.
    const src = [
      'def numbers(n):',
      '    i = 0',
      '    while i < n:',
      '        yield i',
      '        i += 1',
      'def stage(src):',
      '    for x in src:',
      '        yield x',
      'def run(n):',
      '    t = 0',
      '    for v in stage(stage(stage(numbers(n)))):',
      '        t += v',
      '    return t',
      'print(run(1000000))',
    ].join('\n');
    const r = await run(src);
    expect(r.out).toBe('499999500000\n'); // CPython 3.11's
    // 4,000,004 resumes in all; the eval loop makes those before the bodies are compiled.
    expect(r.vm.genJitRuns).toBeGreaterThan(3_999_000);
    // About 1,000 check intervals run out: none of them makes a stage leave.
    expect(r.vm.genJitLeft).toBeLessThan(50);
  });

  test('for a, b in enumerate/zip/items and for k in d run compiled with no slow path compiled in', async () => {
    const src = [
      'def run(xs, d):',
      '    t = 0',
      '    for i, x in enumerate(xs):',
      '        t += i * x',
      '    for a, b in zip(xs, xs):',
      '        t += a - b',
      '    for k, v in d.items():',
      '        t += k * v',
      '    for k in d:',
      '        t += k',
      '    return t',
      'print(run(list(range(3000)), {i: i % 7 for i in range(3000)}))',
    ].join('\n');
    const r = await run(src, (vm) => { vm.jitDump = true; });
    expect(r.out).toBe('9013488504\n'); // CPython 3.11's
    expect(r.err.match(/UNPACK_SEQUENCE 2: a pair made by the iterator, no tuple/g)?.length).toBeGreaterThanOrEqual(3);
    const code = (mainModule(r.vm).dict.getStr('run') as PyFunction).code;
    expect(code.jitSlow.size).toBe(0);
    expectLoopKept(r.vm, 'run');
  });

  test('a frame record taken back twice is a SystemError, not two calls sharing it', () => {
    const vm = createVM({ io: { stdout: () => {}, stderr: () => {}, readLine: () => null } });
    const globals = mainModule(vm).dict;
    const f = vm.newFrame(compile('pass', 't.py'), globals, vm.builtins, globals, null);
    vm.releaseFrame(f);
    let raised: { cls: { name: string }; args: unknown[] } | undefined;
    try {
      vm.releaseFrame(f);
    } catch (e) {
      raised = e as typeof raised;
    }
    expect(raised?.cls.name).toBe('SystemError');
    expect(raised?.args).toEqual(['frame record released twice']);
    expect(vm.newFrame(compile('pass', 't.py'), globals, vm.builtins, globals, null)).toBe(f);
  });
});
