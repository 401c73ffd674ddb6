// The complex type: a boxed pair of JS numbers (real, imag), laid out as float is.

import { PyObj } from './object.js';
import type { PyDict } from './dict.js';
import { makeNativeType, type PyType } from './type.js';

export const complexType = makeNativeType('complex', undefined, { allocate: (cls) => complexOfClass(0, 0, cls) });

export class PyComplex extends PyObj {
  declare dict: PyDict | null;
  readonly real: number;
  readonly imag: number;
  constructor(real: number, imag: number) {
    super(complexType);
    this.real = real;
    this.imag = imag;
  }
}

/** A complex of class `cls` (complex or a subclass of it). */
export function complexOfClass(real: number, imag: number, cls: PyType): PyComplex {
  const c = new PyComplex(real, imag);
  c.cls = cls;
  return c;
}
