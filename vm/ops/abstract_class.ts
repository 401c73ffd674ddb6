// The "abstract class" protocol of isinstance()/issubclass(): any object whose __bases__ is a
// tuple passes for a class (CPython's abstract_get_bases / abstract_issubclass), so proxies
// and class-like objects can take part in subclass checks without being types.

import type { PyObject } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { lookupAttr } from './attribute.js';
import type { VM } from '../vm.js';

/** o.__bases__ when it is a tuple, else undefined (o then is no class for these checks). */
export function abstractBases(vm: VM, o: PyObject): PyTuple | undefined {
  const bases = lookupAttr(vm, o, '__bases__');
  return bases instanceof PyTuple ? bases : undefined;
}

/** Whether cls is derived itself or found walking __bases__ up from it, by identity. */
export function abstractIsSubclass(vm: VM, derived: PyObject, cls: PyObject): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = abstractBases(vm, derived);
    if (bases === undefined || bases.items.length === 0) return false;
    // A single base: walk on without recursing (deep single inheritance costs no stack).
    if (bases.items.length > 1) return bases.items.some((b) => abstractIsSubclass(vm, b, cls));
    derived = bases.items[0];
  }
}
