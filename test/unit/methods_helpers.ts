// Shared setup for the methods unit tests: a VM with the built-in methods installed, and call helpers.

import { VM } from '../../vm/vm.js';
import { installBuiltinMethods } from '../../vm/methods/index.js';
import type { PyObject } from '../../vm/objects/object.js';
import { call } from '../../vm/ops/call.js';
import { getAttr } from '../../vm/ops/attribute.js';
import { repr } from '../../vm/ops/convert.js';
import { PyBaseException } from '../../vm/objects/exceptions.js';

installBuiltinMethods();

export function makeVM(): VM {
  return new VM({ stdout() {}, stderr() {}, readLine() { return null; } });
}

export const vm = makeVM();

/** obj.name(*args, **kwargs) */
export function m(o: PyObject, name: string, args: PyObject[] = [], kwargs: Record<string, PyObject> | null = null): PyObject {
  return call(vm, getAttr(vm, o, name), args, kwargs === null ? null : new Map(Object.entries(kwargs)));
}

/** repr(obj.name(*args)) */
export function mr(o: PyObject, name: string, args: PyObject[] = [], kwargs: Record<string, PyObject> | null = null): string {
  return repr(vm, m(o, name, args, kwargs));
}

/** "TypeName: message" of the tpy exception `f` raises. */
export function err(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) {
      const a = e.args;
      const msg = a.length === 0 ? '' : a.length === 1 ? (typeof a[0] === 'string' ? a[0] : repr(vm, a[0])) : repr(vm, a[0]);
      return `${e.cls.name}: ${msg}`;
    }
    throw e;
  }
  return 'no exception';
}
