// Abstract classes (Py_TPFLAGS_IS_ABSTRACT): a class whose __abstractmethods__ was set to a
// true value cannot be instantiated. CPython checks the flag in object.__new__; tpy checks it
// where instances are made, the class's allocate(), so no Python frame sits between a class
// call and its __init__ (a warnings.warn(stacklevel=2) in __init__ names the caller).

import type { NativeNew, PyType } from './objects/type.js';
import { typeError } from './objects/exceptions.js';
import { truthy, str } from './ops/convert.js';
import { toArray } from './ops/sequence.js';
import type { PyObject } from './objects/object.js';
import type { VM } from './vm.js';
import { objectNew } from './ops/call.js';
import { PyFunction, PyStaticMethod } from './objects/function.js';

/** The allocate() wrappers made here (a subclass inherits its base's). */
const guarded = new WeakSet<NativeNew>();
/** The wrapper made for each allocate(): one for all the abstract classes of one layout. */
const guardOf = new WeakMap<NativeNew, NativeNew>();

/** type.__abstractmethods__ was set (or deleted: value undefined) on the heap type `t`. */
export function abstractMethodsChanged(vm: VM, t: PyType, value: PyObject | undefined): void {
  if (value === undefined || !truthy(vm, value)) {
    t.abstractMessage = null;
    return;
  }
  const names = toArray(vm, value).map((n) => str(vm, n)).sort();
  t.abstractMessage = `Can't instantiate abstract class ${t.name} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`;
  const allocate = t.allocate;
  if (allocate === null || guarded.has(allocate)) return;
  // Only object.__new__ checks: a class made by a built-in's own __new__ (dict, Exception...)
  // is made even when abstract. A __new__ written in Python ends in object.__new__ mostly.
  const newFn = t.lookup('__new__');
  const plainNew = newFn === objectNew() || newFn instanceof PyFunction || (newFn instanceof PyStaticMethod && newFn.func instanceof PyFunction);
  if (!plainNew) return;
  let checked = guardOf.get(allocate);
  if (checked === undefined) {
    checked = guardAllocate(allocate);
    guardOf.set(allocate, checked);
    guarded.add(checked);
  }
  t.allocate = checked;
}

/**
 * allocate() refusing an abstract class. Made out here: a closure made inside
 * abstractMethodsChanged would share its scope's context (the VM, which `names` captures),
 * and the wrapper, kept for every VM of the process, would keep that VM alive.
 */
function guardAllocate(allocate: NativeNew): NativeNew {
  return (cls) => {
    const message = cls.abstractMessage;
    if (message !== null) throw typeError(message);
    return allocate(cls);
  };
}
