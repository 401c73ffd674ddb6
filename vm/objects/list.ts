// The list type: a mutable JS array of objects.

import { PyObj, PyObject } from './object.js';
import { makeNativeType } from './type.js';

export const listType = makeNativeType('list', undefined, { allocate: (cls) => new PyList([], cls) });

export class PyList extends PyObj {
  constructor(public items: PyObject[], cls = listType) {
    super(cls);
  }
}
