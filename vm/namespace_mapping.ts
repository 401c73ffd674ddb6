// A class body's namespace when __prepare__ returned a dict subclass: LOAD_NAME, STORE_NAME and
// DELETE_NAME go through its __getitem__, __setitem__ and __delitem__ (PEP 3115), as CPython's
// do for anything but an exact dict. enum's member dict relies on that to refuse a name twice.
//
// A namespace that is no dict at all (any mapping __prepare__ returns, exec's locals) is run
// through a stand-in: a dict of a hidden type flagged as a heap type, so the eval loop takes
// the mapping path, whose item methods forward to the real mapping. What the program can
// see (locals(), frame.f_locals, the metaclass's argument) is the real mapping.

import type { PyObject } from './objects/object.js';
import { PyDict, dictType } from './objects/dict.js';
import { PyType, typeType } from './objects/type.js';
import { defMethod } from './objects/function.js';
import { None } from './objects/singletons.js';
import { KeyError, PyBaseException } from './objects/exceptions.js';
import { getItem, setItem, delItem } from './ops/sequence.js';
import type { VM } from './vm.js';

/** The mapping each stand-in forwards to. */
const standInTargets = new WeakMap<PyDict, PyObject>();
let standInType: PyType | null = null;

function makeStandInType(): PyType {
  // Made a heap type by the constructor: a store into isHeapType afterwards would make V8 take
  // that field, which the eval loop tests on every subscript, for mutable (vm/object_shapes.ts).
  const t = new PyType(typeType, 'dict', [dictType], { heap: true, instanceDict: false });
  const target = (d: PyObject): PyObject => standInTargets.get(d as PyDict)!;
  defMethod(t, '__getitem__', (vm, args) => getItem(vm, target(args[0]), args[1]));
  defMethod(t, '__setitem__', (vm, args) => {
    setItem(vm, target(args[0]), args[1], args[2]);
    return None;
  });
  defMethod(t, '__delitem__', (vm, args) => {
    delItem(vm, target(args[0]), args[1]);
    return None;
  });
  return t;
}

/** A dict the eval loop can run a frame on whose names live in `mapping`. */
export function namespaceStandIn(mapping: PyObject): PyDict {
  const d = new PyDict((standInType ??= makeStandInType()));
  standInTargets.set(d, mapping);
  return d;
}

/** The mapping a frame's locals stand in for, or the locals themselves. */
export function realNamespace(locals: PyDict): PyObject {
  return standInTargets.get(locals) ?? locals;
}

/** The namespace's value for `name`, or undefined where its __getitem__ raises KeyError. */
export function loadFromNamespace(vm: VM, ns: PyDict, name: string): PyObject | undefined {
  try {
    return getItem(vm, ns, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(KeyError)) return undefined;
    throw e;
  }
}

export function storeInNamespace(vm: VM, ns: PyDict, name: string, value: PyObject): void {
  setItem(vm, ns, name, value);
}

/** Deletes `name`; false where the namespace's __delitem__ raises KeyError (a NameError then). */
export function deleteFromNamespace(vm: VM, ns: PyDict, name: string): boolean {
  try {
    delItem(vm, ns, name);
    return true;
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(KeyError)) return false;
    throw e;
  }
}
