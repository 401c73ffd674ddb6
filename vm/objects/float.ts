// The float type: a boxed JS number, so that 1 and 1.0 keep different types.

import { PyObj } from './object.js';
import { makeNativeType } from './type.js';

export const floatType = makeNativeType('float', undefined, { allocate: (cls) => new PyFloat(0, cls) });

export class PyFloat extends PyObj {
  constructor(readonly value: number, cls = floatType) {
    super(cls);
  }
}

export function newFloat(v: number): PyFloat {
  return new PyFloat(v);
}
