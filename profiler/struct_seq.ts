// Struct sequences (PyStructSequence): tuple subclasses whose items also have names,
// such as _lsprof.profiler_entry; repr, field getters and the constructor as CPython's structseq.c.

import type { PyObject } from '../vm/objects/object.js';
import { PyTuple, tupleType } from '../vm/objects/tuple.js';
import { PyDict } from '../vm/objects/dict.js';
import { defGetter, defMethod } from '../vm/objects/function.js';
import { makeNativeType, PyType } from '../vm/objects/type.js';
import { PyBaseException, TypeError as TypeErrorType, typeError, newException, AttributeError } from '../vm/objects/exceptions.js';
import { repr } from '../vm/ops/convert.js';
import { toArray } from '../vm/ops/sequence.js';
import { parseArgs } from '../vm/methods/args.js';
import { defNew } from '../vm/methods/object.js';

/** A struct-sequence type `module.name` whose items are `fields`, in order (a null module: a builtins one, named `name`). */
export function makeStructSeqType(module: string | null, name: string, fields: string[]): PyType {
  const fullName = module === null ? name : `${module}.${name}`;
  const t = makeNativeType(fullName, tupleType, { allocate: (cls) => new PyTuple([], cls) });
  // Read-only members, as structseq.c's (assigning one says "readonly attribute").
  const readonly = (): never => {
    throw newException(AttributeError, 'readonly attribute');
  };
  fields.forEach((field, i) => defGetter(t, field, (vm, self) => (self as PyTuple).items[i], readonly));
  t.setAttr('n_fields', fields.length);
  t.setAttr('n_sequence_fields', fields.length);
  t.setAttr('n_unnamed_fields', 0);
  defMethod(t, '__repr__', (vm, args) => {
    const items = (args[0] as PyTuple).items;
    return `${fullName}(${fields.map((f, i) => `${f}=${repr(vm, items[i])}`).join(', ')})`;
  });
  defMethod(t, '__reduce__', (vm, args) => {
    const self = args[0] as PyTuple;
    return new PyTuple([self.cls, new PyTuple([new PyTuple(self.items.slice()), new PyDict()])]);
  });
  defNew(t, (vm, args, kwargs) => {
    const [seq] = parseArgs('structseq', args, kwargs, { names: ['sequence', 'dict'], required: 1 });
    let items: PyObject[];
    try {
      items = toArray(vm, seq!);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtypeOf(TypeErrorType)) throw typeError('constructor requires a sequence');
      throw e;
    }
    if (items.length !== fields.length) {
      throw typeError(`${fullName}() takes a ${fields.length}-sequence (${items.length}-sequence given)`);
    }
    return new PyTuple(items, args[0] as PyType);
  });
  return t;
}
