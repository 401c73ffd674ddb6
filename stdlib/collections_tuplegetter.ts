// The methods of _collections._tuplegetter (vm/objects/tuple_getter.ts), installed with _collections.

import type { PyObject } from '../vm/objects/object.js';
import { defMethod, defGetter } from '../vm/objects/function.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { attributeError, overflowError, typeError } from '../vm/objects/exceptions.js';
import { PyTupleGetter, tupleGetterType, tupleGetterRead } from '../vm/objects/tuple_getter.js';
import { index, repr } from '../vm/ops/convert.js';
import { checkArgCount, noKwargs } from '../vm/methods/args.js';
import { defNew } from '../vm/methods/object.js';

const self = (o: PyObject) => o as PyTupleGetter;

export function installTupleGetterMethods(): void {

  defNew(tupleGetterType, (vm, args, kwargs) => {
    noKwargs('_tuplegetter', kwargs);
    checkArgCount('_tuplegetter', args, 2, 2);
    const i = index(vm, args[1]);
    if (typeof i === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
    return new PyTupleGetter(i, args[2]);
  });
  defMethod(tupleGetterType, '__get__', (vm, args) => {
    checkArgCount('', args, 1, 2);
    const obj = args[1];
    if (obj === None) {
      if (args.length < 3 || args[2] === None) throw typeError('__get__(None, None) is invalid');
      return args[0];
    }
    return tupleGetterRead(self(args[0]), obj);
  });
  defMethod(tupleGetterType, '__set__', (vm, args) => {
    checkArgCount('', args, 2, 2);
    throw attributeError("can't set attribute");
  });
  defMethod(tupleGetterType, '__delete__', (vm, args) => {
    checkArgCount('', args, 1, 1);
    throw attributeError("can't delete attribute");
  });
  defMethod(tupleGetterType, '__repr__', (vm, args) => `_tuplegetter(${self(args[0]).index}, ${repr(vm, self(args[0]).fieldDoc)})`);
  defMethod(tupleGetterType, '__reduce__', (vm, args) => new PyTuple([tupleGetterType, new PyTuple([self(args[0]).index, self(args[0]).fieldDoc])]));
  defGetter(tupleGetterType, '__doc__', (vm, o) => self(o).fieldDoc, (vm, o, v) => {
    self(o).fieldDoc = v ?? None;
  });
}
