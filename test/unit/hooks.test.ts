// Native hooks (vm.setProfile / vm.setTrace): the events a TypeScript callback sees.

import { describe, expect, test } from 'vitest';
import { createVM, mainModule, runMain } from '../../index.js';
import type { HookFn, VM } from '../../index.js';
import { PyBuiltinFunction } from '../../vm/objects/function.js';
import type { PyObject } from '../../vm/objects/object.js';
import { None } from '../../vm/objects/singletons.js';
import { call } from '../../vm/ops/call.js';

function quietVM(): VM {
  return createVM({ io: { stdout() {}, stderr() {}, readLine: () => null } });
}

function describeArg(arg: PyObject): string {
  if (arg instanceof PyBuiltinFunction) return arg.name;
  return typeof arg === 'number' || typeof arg === 'string' ? String(arg) : '';
}

/** Runs `source` as __main__ with `install` setting hooks first; returns the events as text. */
async function events(source: string, install: (vm: VM, hook: HookFn) => void): Promise<string[]> {
  const vm = quietVM();
  const seen: string[] = [];
  install(vm, (frame, event, arg) => {
    seen.push(`${event} ${frame.f_code.co_name} ${describeArg(arg)}`.trimEnd());
  });
  mainModule(vm);
  const code = await runMain(vm, source, 't.py');
  expect(code).toBe(0);
  return seen;
}

describe('vm.setProfile', () => {
  test('calls, returns and built-ins, in order, with the module frame first', async () => {
    const seen = await events('def f(x):\n    return len([x])\nf(2)\n', (vm, hook) => vm.setProfile(hook));
    expect(seen).toEqual([
      'call <module>', 'call f', 'c_call f len', 'c_return f len', 'return f 1', 'return <module>',
    ]);
  });

  test('an exception leaving frames: c_exception, then return None from each frame', async () => {
    const seen = await events(
      "def g():\n    len(5)\ndef f():\n    g()\ntry:\n    f()\nexcept TypeError:\n    pass\n",
      (vm, hook) => vm.setProfile(hook),
    );
    expect(seen).toEqual([
      'call <module>', 'call f', 'call g', 'c_call g len', 'c_exception g len', 'return g', 'return f', 'return <module>',
    ]);
  });

  test("the hook's own tpy calls report nothing (hooks are off while a hook runs)", async () => {
    const vm = quietVM();
    const seen: string[] = [];
    let result: PyObject = None;
    vm.setProfile((frame, event) => {
      seen.push(`${event} ${frame.f_code.co_name}`);
      // A tpy call from inside the hook: it runs, and reports no events.
      if (event === 'call' && frame.f_code.co_name === 'f') result = call(vm, mainModule(vm).dict.getStr('h')!, []);
    });
    expect(await runMain(vm, 'def h():\n    return 1\ndef f():\n    return h()\nf()\n', 't.py')).toBe(0);
    expect(seen).toEqual(['call <module>', 'call f', 'call h', 'return h', 'return f', 'return <module>']);
    expect(result).toBe(1);
  });

  test('a built-in that parks (time.sleep) reports c_return when the run resumes', async () => {
    const vm = quietVM();
    const times: [string, number][] = [];
    vm.setProfile((frame, event, arg) => {
      if (arg instanceof PyBuiltinFunction && arg.name === 'sleep') times.push([event, performance.now()]);
    });
    expect(await runMain(vm, 'import time\ntime.sleep(0.05)\n', 't.py')).toBe(0);
    expect(times.map((t) => t[0])).toEqual(['c_call', 'c_return']);
    expect(times[1][1] - times[0][1]).toBeGreaterThanOrEqual(40);
  });

  test('setProfile(null) stops the events; vm.hooked follows', async () => {
    const vm = quietVM();
    let n = 0;
    vm.setProfile(() => { n++; });
    expect(vm.hooked).toBe(true);
    vm.setProfile(null);
    expect(vm.hooked).toBe(false);
    expect(await runMain(vm, 'def f():\n    pass\nf()\n', 't.py')).toBe(0);
    expect(n).toBe(0);
  });
});

describe('vm.setTrace', () => {
  test('line events follow the line table; no c_* events', async () => {
    const seen = await events('def f(x):\n    y = x + 1\n    return len([y])\nf(1)\n', (vm, hook) => vm.setTrace(hook));
    expect(seen).toEqual([
      'call <module>', 'line <module>', 'line <module>', 'call f', 'line f', 'line f', 'return f 1', 'return <module>',
    ]);
  });

  test('opcode events when the frame asks for them', async () => {
    const vm = quietVM();
    const ops: number[] = [];
    vm.setTrace((frame, event) => {
      if (event === 'call' && frame.f_code.co_name === 'f') frame.traceOpcodes = true;
      if (event === 'opcode') ops.push(frame.f_lasti);
    });
    expect(await runMain(vm, 'def f():\n    return 1\nf()\n', 't.py')).toBe(0);
    // LOAD_CONST at 0, RETURN_VALUE at 2.
    expect(ops).toEqual([0, 2]);
  });

  test('an exception event carries (type, value, traceback)', async () => {
    const vm = quietVM();
    const got: string[] = [];
    vm.setTrace((frame, event, arg) => {
      if (event === 'exception') {
        const items = (arg as unknown as { items: PyObject[] }).items;
        got.push(`${frame.f_code.co_name} ${(items[0] as unknown as { name: string }).name} ${items.length}`);
      }
    });
    expect(await runMain(vm, 'try:\n    {}[1]\nexcept KeyError:\n    pass\n', 't.py')).toBe(0);
    expect(got).toEqual(['<module> KeyError 3']);
  });
});
