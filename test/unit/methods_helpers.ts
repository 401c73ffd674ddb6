// Shared setup for the methods unit tests: a VM with the built-in methods installed, value builders and call helpers.

import { VM } from '../../vm/vm.js';
import { installBuiltinMethods } from '../../vm/methods/index.js';
import type { PyObject } from '../../vm/objects/object.js';
import { PyFloat } from '../../vm/objects/float.js';
import { PyBytes, PyByteArray } from '../../vm/objects/bytes.js';
import { PyList } from '../../vm/objects/list.js';
import { PyTuple } from '../../vm/objects/tuple.js';
import { PyDict } from '../../vm/objects/dict.js';
import { PySlice } from '../../vm/objects/range.js';
import { None } from '../../vm/objects/singletons.js';
import { PyBaseException } from '../../vm/objects/exceptions.js';
import { call } from '../../vm/ops/call.js';
import { getAttr } from '../../vm/ops/attribute.js';
import { repr, str } from '../../vm/ops/convert.js';

installBuiltinMethods();

export function makeVM(): VM {
  return new VM({ stdout() {}, stderr() {}, readLine() { return null; } });
}

export const vm = makeVM();

export const N = None;
export const F = (v: number): PyObject => new PyFloat(v);
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
export const B = (s: string): PyObject => new PyBytes(latin1(s));
export const BA = (s: string): PyObject => new PyByteArray(latin1(s));
export const T = (items: PyObject[]): PyObject => new PyTuple(items);
export const L = (items: PyObject[]): PyObject => new PyList(items);
export function D(entries: [PyObject, PyObject][]): PyObject {
  const d = new PyDict();
  for (const [k, v] of entries) d.set(vm, k, v);
  return d;
}

/** obj.name(*args, **kwargs) */
export function m(o: PyObject, name: string, args: PyObject[] = [], kwargs: Record<string, PyObject> | null = null): PyObject {
  return call(vm, getAttr(vm, o, name), args, kwargs === null ? null : new Map(Object.entries(kwargs)));
}

/** repr(obj.name(*args, **kwargs)) */
export function mr(o: PyObject, name: string, args: PyObject[] = [], kwargs: Record<string, PyObject> | null = null): string {
  return repr(vm, m(o, name, args, kwargs));
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

/** One generated case: repr of the result, or "!Type: message" when it raises. */
export function runCase(recv: PyObject, name: string, args: PyObject[], kwargs: Record<string, PyObject> | null, expected: string): string {
  void expected;
  // Mutating methods must not see an earlier run's changes to a shared receiver.
  const self = recv instanceof PyByteArray ? new PyByteArray(recv.data.slice()) : recv;
  try {
    return mr(self, name, args, kwargs);
  } catch (e) {
    if (e instanceof PyBaseException) return `!${e.cls.name}: ${str(vm, e)}`;
    throw e;
  }
}

export const S = (start: PyObject, stop: PyObject, step: PyObject): PyObject => new PySlice(start, stop, step);

/** A readable test title for a generated case: `'a,b'.split(',')`. */
export function caseTitle(recv: PyObject, name: string, args: PyObject[], kwargs: Record<string, PyObject> | null, expected: string): string {
  void expected;
  const show = (v: PyObject) => {
    try {
      return repr(vm, v);
    } catch {
      return '?';
    }
  };
  const parts = args.map(show);
  if (kwargs !== null) for (const [k, v] of Object.entries(kwargs)) parts.push(`${k}=${show(v)}`);
  return `${show(recv)}.${name}(${parts.join(', ')})`;
}
