// The float type: a boxed JS number, so that 1 and 1.0 keep different types.

import { PyObj } from './object.js';
import type { PyDict } from './dict.js';
import { makeNativeType, type PyType } from './type.js';

export const floatType = makeNativeType('float', undefined, { allocate: (cls) => new PyFloat(0, cls) });

// PyFloat is a PyObj (its prototype is linked below, so `instanceof PyObj` holds) but not
// declared with `extends`: a derived constructor's super() call is a second constructor that
// V8 must inline too, and where the eval loop has used up its inlining budget, every float
// result went through the generic Construct builtin (a third of a float-heavy profile).
export interface PyFloat extends PyObj {}
export class PyFloat {
  cls: PyType;
  dict: PyDict | null = null;
  readonly value: number;
  constructor(value: number, cls: PyType = floatType) {
    this.cls = cls;
    this.value = value;
  }
}
Object.setPrototypeOf(PyFloat.prototype, PyObj.prototype);

export function newFloat(v: number): PyFloat {
  return new PyFloat(v);
}
