// A class body's namespace when __prepare__ returned a dict subclass: LOAD_NAME, STORE_NAME and
// DELETE_NAME go through its __getitem__, __setitem__ and __delitem__ (PEP 3115), as CPython's
// do for anything but an exact dict. enum's member dict relies on that to refuse a name twice.

import type { PyObject } from './objects/object.js';
import type { PyDict } from './objects/dict.js';
import { KeyError, PyBaseException } from './objects/exceptions.js';
import { getItem, setItem, delItem } from './ops/sequence.js';
import type { VM } from './vm.js';

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
