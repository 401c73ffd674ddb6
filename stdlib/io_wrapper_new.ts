// io.TextIOWrapper(buffer, ...), io.BufferedReader(raw, ...) and the like called by a program:
// open()'s files are native (io_file.ts); a wrapper around any other stream is an instance of
// the type's subclass in stdlib/lib/_text_wrapper.py or stdlib/lib/_buffered_wrapper.py.

import type { PyObject } from '../vm/objects/object.js';
import { PyInstance } from '../vm/objects/object.js';
import { PyType, typeType } from '../vm/objects/type.js';
import { PyDict } from '../vm/objects/dict.js';
import { newTuple } from '../vm/objects/tuple.js';
import { importModule } from '../vm/import.js';
import { getAttr } from '../vm/ops/attribute.js';
import { call } from '../vm/ops/call.js';
import type { VM } from '../vm/vm.js';

/** A program's subclass of one of the types, joined with the Python one (its methods come first). */
const joined = new WeakMap<PyType, PyType>();

/** T.__new__(cls, ...): an instance whose class's __init__ (the Python one's) then runs. */
export function newStreamWrapper(vm: VM, nativeType: PyType, module: string, cls: PyType): PyObject {
  const python = getAttr(vm, importModule(vm, module, null), nativeType.name) as PyType;
  if (cls === nativeType) return new PyInstance(python);
  if (cls.isSubtypeOf(python)) return new PyInstance(cls);
  let made = joined.get(cls);
  if (made === undefined) {
    const ns = new PyDict();
    for (const name of ['__module__', '__qualname__']) ns.setStr(name, getAttr(vm, cls, name));
    made = call(vm, typeType, [cls.name, newTuple([cls, python]), ns]) as PyType;
    joined.set(cls, made);
  }
  return new PyInstance(made);
}
