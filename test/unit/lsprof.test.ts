// _lsprof.Profiler's native hook (profiler/lsprof.ts) fed events by hand: which events
// it counts, how it keys and names built-ins, and how it reads custom timers.

import { describe, expect, test } from 'vitest';
import { createVM, compile } from '../../index.js';
import type { VM } from '../../vm/vm.js';
import { Frame } from '../../vm/frame.js';
import { Code } from '../../vm/code.js';
import { PyDict } from '../../vm/objects/dict.js';
import { PyFloat } from '../../vm/objects/float.js';
import { PyList } from '../../vm/objects/list.js';
import { PyTuple } from '../../vm/objects/tuple.js';
import { PyModule } from '../../vm/objects/module.js';
import { PyBuiltinFunction, PyMethodDescriptor, builtin } from '../../vm/objects/function.js';
import { None } from '../../vm/objects/singletons.js';
import { listType } from '../../vm/objects/list.js';
import { importModule } from '../../vm/import.js';
import { PyProfiler } from '../../profiler/lsprof.js';

function setup() {
  let err = '';
  const vm = createVM({ io: { stdout() {}, stderr: (s) => (err += s), readLine: () => null } });
  const mod = compile('def f():\n    pass\ndef g():\n    pass\n', 'prog.py');
  const codes = mod.co_consts.filter((c): c is Code => c instanceof Code);
  const frame = (i: number) => new Frame(codes[i], new PyDict(), vm.builtins, null, null);
  const p = new PyProfiler();
  p.vm = vm;
  const clock = { t: 0 };
  p.core.timer = () => clock.t;
  return { vm, p, frame, clock, codes, stderr: () => err };
}

/** getstats() as plain rows: [name, callcount, reccallcount, totaltime, inlinetime, callee names]. */
function rows(p: PyProfiler): unknown[][] {
  return (p.getstats().items as PyTuple[]).map((e) => {
    const [code, cc, rcc, tt, it, calls] = e.items;
    const name = code instanceof Code ? code.co_name : code;
    const callees = calls === None ? null : (calls as PyList).items.map((s) => {
      const c = (s as PyTuple).items[0];
      return c instanceof Code ? c.co_name : c;
    });
    return [name, cc, rcc, (tt as PyFloat).value, (it as PyFloat).value, callees];
  });
}

function moduleFn(vm: VM, module: string, name: string): PyBuiltinFunction {
  return importModule(vm, module, null).dict.getStr(name) as PyBuiltinFunction;
}

function boundAppend(self: PyList): PyBuiltinFunction {
  const d = listType.lookup('append') as PyMethodDescriptor;
  return new PyBuiltinFunction('append', d.fn, null, self, d);
}

describe('the _lsprof hook', () => {
  test('call/return of frames and c_call/c_return of built-ins build entries named as CPython names them', () => {
    const { vm, p, frame, clock } = setup();
    const f = frame(0);
    const sleep = moduleFn(vm, 'time', 'sleep');
    const len = moduleFn(vm, 'builtins', 'len');
    p.hook(f, 'call', None);
    clock.t = 2;
    p.hook(f, 'c_call', sleep);
    clock.t = 5;
    p.hook(f, 'c_return', sleep);
    p.hook(f, 'c_call', len);
    clock.t = 6;
    p.hook(f, 'c_exception', len);
    p.hook(f, 'c_call', boundAppend(new PyList([])));
    p.hook(f, 'c_return', boundAppend(new PyList([1])));
    clock.t = 10;
    p.hook(f, 'return', None);
    // The default clock's unit is the millisecond.
    expect(rows(p)).toEqual([
      ['f', 1, 0, 0.01, 0.006, ['<built-in method time.sleep>', '<built-in method builtins.len>', "<method 'append' of 'list' objects>"]],
      ['<built-in method time.sleep>', 1, 0, 0.003, 0.003, null],
      ['<built-in method builtins.len>', 1, 0, 0.001, 0.001, null],
      // Two bound methods of one descriptor are one callable (CPython keys by the PyMethodDef).
      ["<method 'append' of 'list' objects>", 1, 0, 0, 0, null],
    ]);
  });

  test('with builtins off, c_call events are not counted; other objects never are', () => {
    const { vm, p, frame } = setup();
    p.core.builtins = false;
    const f = frame(1);
    p.hook(f, 'call', None);
    p.hook(f, 'c_call', moduleFn(vm, 'builtins', 'len'));
    p.hook(f, 'c_return', moduleFn(vm, 'builtins', 'len'));
    p.core.builtins = true;
    p.hook(f, 'c_call', new PyList([]));
    p.hook(f, 'return', None);
    expect(rows(p)).toEqual([['g', 1, 0, 0, 0, null]]);
  });

  test('a built-in static method and an unbound module-less built-in are <built-in method NAME>', () => {
    const { p, frame } = setup();
    const f = frame(0);
    const maketrans = new PyBuiltinFunction('maketrans', () => None, null);
    p.hook(f, 'c_call', maketrans);
    p.hook(f, 'c_return', maketrans);
    expect(rows(p)[0][0]).toBe('<built-in method maketrans>');
  });
});

describe('custom timers', () => {
  test('a timer returning float seconds is read in nanoseconds, rounded down', () => {
    const { p, frame } = setup();
    let t = 0;
    p.setTimer(builtin('t', () => new PyFloat((t += 0.3))), 0);
    const f = frame(0);
    p.hook(f, 'call', None);
    p.hook(f, 'return', None);
    // 0.6 - 0.3 seconds: floor(0.6e9) - floor(0.3e9) nanoseconds, scaled back by 1e-9.
    expect(rows(p)[0][3]).toBe(1e-9 * (Math.floor(0.6 * 1e9) - Math.floor(0.3 * 1e9)));
  });

  test('an integer timer with a unit: ints scaled by the unit; a float is "expect int", reported as unraisable and read as 0', () => {
    const { p, frame, stderr } = setup();
    let t = 0;
    p.setTimer(builtin('ticks', () => (t += 3)), 0.5);
    const f = frame(0);
    p.hook(f, 'call', None);
    p.hook(f, 'return', None);
    expect(rows(p)[0].slice(3, 5)).toEqual([1.5, 1.5]);
    p.core.clear();
    p.setTimer(builtin('bad', () => new PyFloat(1.0)), 0.5);
    p.hook(f, 'call', None);
    p.hook(f, 'return', None);
    expect(rows(p)[0].slice(3, 5)).toEqual([0, 0]);
    expect(stderr()).toBe('Exception ignored in: <built-in function bad>\nTypeError: expect int, got float\n'.repeat(2));
  });

  test('the profiler module is importable and its types are named as CPython names them', () => {
    const { vm } = setup();
    const m = importModule(vm, '_lsprof', null) as PyModule;
    expect([...m.dict.keys()].filter((k) => typeof k === 'string' && !k.startsWith('__')).sort())
      .toEqual(['Profiler', '_trace_calls', 'profiler_entry', 'profiler_subentry']);
  });
});
