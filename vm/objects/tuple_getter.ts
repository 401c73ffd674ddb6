// _collections._tuplegetter: the descriptor behind a namedtuple's fields (`P.x` reads item 0).
//
// It is a getset descriptor to the attribute machinery (a data descriptor read with a native
// call, no frame), and the attribute caches read the item straight from the tuple
// (ops/attr_cache.ts), as CPython's C descriptor makes field access as cheap as indexing.
// Its methods are stdlib/collections_tuplegetter.ts's.

import type { PyObject } from './object.js';
import { PyGetSet } from './function.js';
import { PyTuple } from './tuple.js';
import { objectType, makeNativeType } from './type.js';
import { attributeError, indexError, typeError } from './exceptions.js';
import { typeOf } from '../ops/typeof.js';

export const tupleGetterType = makeNativeType('_collections._tuplegetter', objectType, { final: true });

export class PyTupleGetter extends PyGetSet {
  /** The field's __doc__ (any object, settable), apart from PyGetSet's native doc string. */
  fieldDoc: PyObject;
  constructor(readonly index: number, doc: PyObject) {
    super('', objectType, (vm, o) => tupleGetterRead(this, o), (vm, o, value) => {
      throw attributeError(value === undefined ? "can't delete attribute" : "can't set attribute");
    });
    this.cls = tupleGetterType;
    this.fieldDoc = doc;
  }
}

/** The item the descriptor names, with CPython's errors for a non-tuple or a short tuple. */
export function tupleGetterRead(g: PyTupleGetter, o: PyObject): PyObject {
  if (!(o instanceof PyTuple)) {
    throw typeError(`descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${typeOf(o).tpName}' object`);
  }
  const v = o.items[g.index];
  if (v === undefined) throw indexError('tuple index out of range');
  return v;
}

