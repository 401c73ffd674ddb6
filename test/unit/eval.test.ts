// The eval loop: stackless calls, the block stack, generators, parking on the event loop.

import { describe, expect, test } from 'vitest';
import { createVM, runProgram, mainModule, compile } from '../../index.js';
import type { VM } from '../../vm/vm.js';
import { PyBuiltinFunction } from '../../vm/objects/function.js';
import { None } from '../../vm/objects/singletons.js';

async function run(source: string): Promise<string> {
  const r = await runProgram({ source, filename: 't.py' });
  if (r.exitCode !== 0) throw new Error(`exit ${r.exitCode}: ${r.stderr}`);
  return r.stdout;
}

function quietVM(): VM {
  return createVM({ io: { stdout() {}, stderr() {}, readLine: () => null } });
}

describe('stackless calls', () => {
  test('a 50,000-deep recursion runs in one JS loop', async () => {
    const out = await run(`
import sys
sys.setrecursionlimit(100000)
def d(n):
    return 0 if n == 0 else 1 + d(n - 1)
print(d(50000))
`);
    expect(out).toBe('50000\n');
  });

  test('past the limit it is RecursionError, and the VM is usable afterwards', async () => {
    const out = await run(`
def f(n): return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(sum(range(10)))
`);
    expect(out).toBe('RecursionError maximum recursion depth exceeded\n45\n');
  });

  test('deep recursion through a native callback becomes RecursionError, not a JS crash', async () => {
    const r = await runProgram({ source: `
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError:
    print('caught')
`, filename: 't.py' });
    expect(r.stdout).toBe('caught\n');
  });
});

describe('block stack', () => {
  test('try/finally with break, continue and return inside a loop leaves no blocks or values behind', () => {
    const vm = quietVM();
    const main = mainModule(vm);
    const code = compile(`
def f(n):
    total = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            if i % 3 == 1:
                total += 1
                continue
        finally:
            total += 1
    return total
def g():
    for i in range(10):
        try:
            return i
        finally:
            pass
r = 0
for _ in range(100000):
    try:
        r += 1
    finally:
        r -= 1
result = (f(100000), g(), r)
`, 't.py');
    const depthBefore = vm.depth;
    vm.runCode(code, main.dict);
    const result = main.dict.getStr('result') as unknown as { items: unknown[] };
    expect(result.items).toEqual([133333, 0, 0]);
    expect(vm.depth).toBe(depthBefore);
    expect(vm.frame).toBe(null);
    expect(vm.excInfo).toBe(null);
  });

  test('100,000 passes through try/finally, except, break and continue leave both stacks as they were', () => {
    const vm = quietVM();
    const main = mainModule(vm);
    // _probe() records the calling frame's value-stack depth and block-stack size.
    const probes: [number, number][] = [];
    vm.builtins.setStr('_probe', new PyBuiltinFunction('_probe', (v) => {
      const f = v.frame!;
      probes.push([f.sp - f.base, f.blocks.length]);
      return None;
    }));
    vm.runCode(compile(`
def f():
    _probe()
    for i in range(100000):
        try:
            try:
                if i % 4 == 0:
                    continue
                if i % 4 == 1:
                    raise ValueError(i)
            except ValueError:
                pass
            finally:
                if i % 4 == 2:
                    continue
        finally:
            pass
    for i in range(100000):
        try:
            pass
        finally:
            if i % 2:
                continue
    _probe()
    while True:
        try:
            break
        finally:
            pass
    _probe()
f()
`, 't.py'), main.dict);
    expect(probes.length).toBe(3);
    expect(probes[1]).toEqual(probes[0]);
    expect(probes[2]).toEqual(probes[0]);
  });

  test('return in finally overrides the pending return and swallows the exception', async () => {
    const out = await run(`
def a():
    try:
        return 1
    finally:
        return 2
def b():
    try:
        1 / 0
    finally:
        return 'swallowed'
def c():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return 'broke'
print(a(), b(), c())
`);
    expect(out).toBe('2 swallowed broke\n');
  });

  test('the handled exception is restored after nested handlers', async () => {
    const out = await run(`
import sys
try:
    raise KeyError('outer')
except KeyError:
    try:
        raise ValueError('inner')
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
`);
    expect(out).toBe('ValueError\nKeyError\n(None, None, None)\n');
  });
});

describe('generators', () => {
  test('send, yield from with a return value, and throw', async () => {
    const out = await run(`
def inner():
    x = yield 1
    y = yield x * 10
    return x + y
def outer():
    r = yield from inner()
    yield 'r=%d' % r
g = outer()
print(next(g), g.send(2), g.send(3))
def h():
    try:
        yield 1
    except KeyError as e:
        yield 'caught ' + str(e)
k = h()
next(k)
print(k.throw(KeyError('x')))
`);
    expect(out).toBe("1 20 r=5\ncaught 'x'\n");
  });
});

describe('parking on the event loop', () => {
  test('time.sleep lets Node run timers while the program waits', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const out = await run('import time\ntime.sleep(0.1)\nprint("done")\n');
    clearInterval(timer);
    expect(out).toBe('done\n');
    // A synchronous wait would have blocked every timer.
    expect(ticks).toBeGreaterThan(0);
  });

  test('it still parks under sys.setprofile, and through a bound built-in', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const out = await run('import sys, time\nsys.setprofile(lambda *a: None)\nnap = time.sleep\nnap(0.1)\nsys.setprofile(None)\nprint("done")\n');
    clearInterval(timer);
    expect(out).toBe('done\n');
    expect(ticks).toBeGreaterThan(0);
  });

  test('time.sleep in a loop hot enough to run compiled still parks there', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    // The loop is compiled after its first 200 turns; the sleeps after that leave it to park.
    const out = await run('import time\ndef nap(n):\n    for i in range(n):\n        time.sleep(0.0001 if i < 400 else 0.05)\nnap(401)\nprint("done")\n');
    clearInterval(timer);
    expect(out).toBe('done\n');
    expect(ticks).toBeGreaterThan(0);
  });

  test('inside a nested loop (a generator) sleep still works, synchronously', async () => {
    const out = await run(`
import time
def g():
    time.sleep(0.01)
    yield 'ok'
print(list(g()))
`);
    expect(out).toBe("['ok']\n");
  });
});

describe('KeyboardInterrupt', () => {
  /** Runs `source` with a Ctrl-C arriving after 50 ms: exit code, stdout and stderr. */
  async function interrupted(source: string): Promise<{ code: number; out: string; err: string }> {
    const { runMain } = await import('../../index.js');
    let out = '';
    let err = '';
    const vm = createVM({ io: { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, readLine: () => null } });
    vm.interruptible = true;
    // As the CLI's SIGINT handler does; it can only run because the loop yields to the event loop.
    setTimeout(() => { vm.pendingInterrupt = true; }, 50);
    const code = await runMain(vm, source, 't.py');
    return { code, out, err };
  }

  test('a Ctrl-C arriving during a tight loop is raised inside the program', async () => {
    const r = await interrupted(`
n = 0
try:
    while True:
        n += 1
except KeyboardInterrupt:
    print('interrupted', n > 0)
`);
    expect(r.code).toBe(0);
    expect(r.out + r.err).toBe('interrupted True\n');
  });

  test('uncaught, it prints a traceback and the exit code is 130', async () => {
    const r = await interrupted('def spin():\n    while True:\n        pass\nspin()\n');
    expect(r.code).toBe(130);
    // At the loop's head, as CPython 3.11 reports it (its backward jump has the loop's line).
    expect(r.err).toBe('Traceback (most recent call last):\n  File "t.py", line 4, in <module>\n    spin()\n' +
      '  File "t.py", line 2, in spin\n    while True:\nKeyboardInterrupt\n');
  });

  test('raised in a compiled generator body that stopped yielding', async () => {
    // Compiled generator bodies let the check interval run a while past its end (the loop
    // that resumed them checks it when they yield); one that never yields still stops.
    const r = await interrupted(`
def g():
    n = 0
    while True:
        n += 1
        if n < 3000 or n % 1000000000 == 0:
            yield n
def consume():
    for x in g():
        pass
try:
    consume()
except KeyboardInterrupt:
    print('interrupted')
`);
    expect(r.code).toBe(0);
    expect(r.out + r.err).toBe('interrupted\n');
  });

  test('a loop of calls: raised at the loop head or at the callee\'s entry, as CPython checks', async () => {
    const r = await interrupted('def f(x):\n    return x + 1\nn = 0\nfor i in iter(int, 1):\n    n = f(n)\n');
    expect(r.code).toBe(130);
    const frames = [...r.err.matchAll(/File "t.py", line (\d), in (\S+)/g)].map((m) => `${m[2]}:${m[1]}`);
    expect([['<module>:4'], ['<module>:5', 'f:1']]).toContainEqual(frames);
    expect(r.err.endsWith('\nKeyboardInterrupt\n')).toBe(true);
  });
});
