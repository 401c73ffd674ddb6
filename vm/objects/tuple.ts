// The tuple type: an immutable array of objects.

import { PyObj, PyObject } from './object.js';
import { makeNativeType } from './type.js';

export const tupleType = makeNativeType('tuple', undefined, { allocate: (cls) => new PyTuple([], cls) });

export class PyTuple extends PyObj {
  constructor(readonly items: PyObject[], cls = tupleType) {
    super(cls);
  }
}

export const emptyTuple = new PyTuple([]);

export function newTuple(items: PyObject[]): PyTuple {
  return items.length === 0 ? emptyTuple : new PyTuple(items);
}
