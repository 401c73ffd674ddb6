// The tuple type: an immutable array of objects.

import { PyObj, PyObject } from './object.js';
import { makeNativeType, type PyType } from './type.js';
import type { PyDict } from './dict.js';

export const tupleType = makeNativeType('tuple', undefined, { allocate: (cls) => new PyTuple([], cls) });

/** A PyObj by its prototype, not by `extends`, for the reason PyInstance gives (vm/objects/object.ts). */
export interface PyTuple extends PyObj {}
export class PyTuple {
  declare cls: PyType;
  declare dict: PyDict | null;
  declare readonly items: PyObject[];
  constructor(items: PyObject[], cls: PyType = tupleType) {
    this.cls = cls;
    this.dict = null;
    (this as { items: PyObject[] }).items = items;
  }
}
Object.setPrototypeOf(PyTuple.prototype, PyObj.prototype);

export const emptyTuple = new PyTuple([]);

export function newTuple(items: PyObject[]): PyTuple {
  return items.length === 0 ? emptyTuple : new PyTuple(items);
}
