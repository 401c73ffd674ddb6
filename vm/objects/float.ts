// The float type: a boxed JS number, so that 1 and 1.0 keep different types.

import { PyObj } from './object.js';
import type { PyDict } from './dict.js';
import { makeNativeType, type PyType } from './type.js';

export const floatType = makeNativeType('float', undefined, { allocate: (cls) => floatOfClass(0, cls) });

// PyFloat is a PyObj (its prototype is linked below, so `instanceof PyObj` holds) but not
// declared with `extends`: a derived constructor's super() call is a second constructor that
// V8 must inline too, and where the eval loop has used up its inlining budget, every float
// result went through the generic Construct builtin (a third of a float-heavy profile).
// The constructor is also kept under V8's 27 bytes of bytecode (no default argument, no
// field initialisers): functions that small are inlined whatever budget is left.
export interface PyFloat extends PyObj {}
export class PyFloat {
  declare cls: PyType;
  declare dict: PyDict | null;
  declare readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
}
Object.setPrototypeOf(PyFloat.prototype, PyObj.prototype);
// A float's class and dict live on the prototype, not in each float: an arithmetic result is
// then an object of one field (32 bytes with its heap number, not 48), made by one store.
// Objects of a float subclass set their own `cls` (and `dict` when they get attributes), so
// they have a map of their own; code reading `.cls` sees both maps.
PyFloat.prototype.cls = floatType;
PyFloat.prototype.dict = null;

/** A float of class `cls` (float or a subclass of it). */
export function floatOfClass(v: number, cls: PyType): PyFloat {
  const f = new PyFloat(v);
  if (cls !== floatType) {
    f.cls = cls;
    f.dict = null;
  }
  return f;
}

export function newFloat(v: number): PyFloat {
  return new PyFloat(v);
}
