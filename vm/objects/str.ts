// The str type: values are JS strings (methods are added by stdlib/types).

import { makeNativeType, PyType } from './type.js';
import { PyObj, PyObject } from './object.js';

export const strType = makeNativeType('str');

/** An instance of a subclass of str: the string value boxed with its class (and instance dict). */
export class PyStrSub extends PyObj {
  constructor(readonly value: string, cls: PyType) {
    super(cls);
  }
}

/** The string value of a str or str-subclass instance, or undefined. */
export function strVal(o: PyObject): string | undefined {
  if (typeof o === 'string') return o;
  if (o instanceof PyStrSub) return o.value;
  return undefined;
}
