// _collections._count_elements(mapping, iterable): Counter.update's counting loop, native as
// CPython's is. A mapping whose get and __setitem__ are dict's own is updated in place;
// any other is driven through its get and item assignment, one element at a time.

import type { PyObject } from '../vm/objects/object.js';
import { PyDict, dictType, keyHash } from '../vm/objects/dict.js';
import { builtin } from '../vm/objects/function.js';
import { None } from '../vm/objects/singletons.js';
import { typeOf } from '../vm/ops/typeof.js';
import { getIter, iterNext, setItem } from '../vm/ops/sequence.js';
import { getAttr } from '../vm/ops/attribute.js';
import { binaryOp, BinOp } from '../vm/ops/arith.js';
import { call } from '../vm/ops/call.js';
import { checkArgCount } from '../vm/methods/args.js';
import { typeError } from '../vm/objects/exceptions.js';
import type { VM } from '../vm/vm.js';

function countElements(vm: VM, mapping: PyObject, iterable: PyObject): PyObject {
  const it = getIter(vm, iterable);
  const t = typeOf(mapping);
  if (mapping instanceof PyDict && t.lookup('get') === dictType.lookup('get') && t.lookup('__setitem__') === dictType.lookup('__setitem__')) {
    for (let key = iterNext(vm, it); key !== undefined; key = iterNext(vm, it)) {
      // A key hashed by its own code is hashed once, for both steps, as CPython's fast path does.
      const h = typeof key === 'string' || typeof key === 'number' ? undefined : keyHash(vm, key);
      const old = mapping.get(vm, key, h);
      mapping.set(vm, key, old === undefined ? 1 : typeof old === 'number' && old < Number.MAX_SAFE_INTEGER ? old + 1 : binaryOp(vm, old, 1, BinOp.ADD), h);
    }
    return None;
  }
  const get = getAttr(vm, mapping, 'get');
  for (let key = iterNext(vm, it); key !== undefined; key = iterNext(vm, it)) {
    setItem(vm, mapping, key, binaryOp(vm, call(vm, get, [key, 0]), 1, BinOp.ADD));
  }
  return None;
}

export const countElementsFn = builtin('_count_elements', (vm, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError('_collections._count_elements() takes no keyword arguments');
  checkArgCount('_count_elements', args, 2, 2, 0);
  return countElements(vm, args[0], args[1]);
}, '_collections');
