// Shared setup for the builtins/container unit tests: a VM with the builtins module installed and call helpers.

import { VM } from '../../vm/vm.js';
import { installBuiltinMethods } from '../../vm/methods/index.js';
import type { PyObject } from '../../vm/objects/object.js';
import { PyModule } from '../../vm/objects/module.js';
import { PyFloat } from '../../vm/objects/float.js';
import { PyList } from '../../vm/objects/list.js';
import { PyTuple } from '../../vm/objects/tuple.js';
import { PyDict } from '../../vm/objects/dict.js';
import { PyBaseException } from '../../vm/objects/exceptions.js';
import { call } from '../../vm/ops/call.js';
import { getAttr } from '../../vm/ops/attribute.js';
import { repr, str } from '../../vm/ops/convert.js';
import { initBuiltins } from '../../stdlib/builtins.js';

installBuiltinMethods();

export interface TestVM {
  vm: VM;
  out: string[];
  /** A builtins-module name: b('len'), b('list')... */
  b(name: string): PyObject;
}

export function makeVM(stdin: string[] = []): TestVM {
  const out: string[] = [];
  const vm = new VM({ stdout(s) { out.push(s); }, stderr() {}, readLine() { return stdin.shift() ?? null; } });
  const mod = new PyModule('builtins');
  initBuiltins(vm, mod);
  vm.builtins = mod.dict;
  vm.modules.setStr('builtins', mod);
  return { vm, out, b: (name) => mod.dict.getStr(name)! };
}

export const t = makeVM();
export const vm = t.vm;

export const F = (v: number): PyObject => new PyFloat(v);
export const T = (...items: PyObject[]): PyTuple => new PyTuple(items);
export const L = (...items: PyObject[]): PyList => new PyList(items);
export function D(...entries: [PyObject, PyObject][]): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) d.set(vm, k, v);
  return d;
}

function kw(kwargs: Record<string, PyObject> | null): Map<string, PyObject> | null {
  return kwargs === null ? null : new Map(Object.entries(kwargs));
}

/** builtin(*args, **kwargs) */
export function b(name: string, args: PyObject[] = [], kwargs: Record<string, PyObject> | null = null): PyObject {
  return call(vm, t.b(name), args, kw(kwargs));
}

/** repr(builtin(*args, **kwargs)) */
export function br(name: string, args: PyObject[] = [], kwargs: Record<string, PyObject> | null = null): string {
  return repr(vm, b(name, args, kwargs));
}

/** obj.name(*args, **kwargs) */
export function m(o: PyObject, name: string, args: PyObject[] = [], kwargs: Record<string, PyObject> | null = null): PyObject {
  return call(vm, getAttr(vm, o, name), args, kw(kwargs));
}

/** repr(obj.name(*args, **kwargs)) */
export function mr(o: PyObject, name: string, args: PyObject[] = [], kwargs: Record<string, PyObject> | null = null): string {
  return repr(vm, m(o, name, args, kwargs));
}

export function r(o: PyObject): string {
  return repr(vm, o);
}

/** "Type: message" of the tpy exception `f` raises, or 'no exception'. */
export function err(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.cls.name}: ${str(vm, e)}`;
    throw e;
  }
  return 'no exception';
}
