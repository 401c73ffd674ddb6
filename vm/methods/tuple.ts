// tuple's methods (Objects/tupleobject.c), including CPython's xxHash-based tuple hash.

import type { PyObject } from '../objects/object.js';
import { PyTuple, tupleType, newTuple, emptyTuple } from '../objects/tuple.js';
import { PySlice } from '../objects/range.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { defMethod, raisedPlain, type NativeFn } from '../objects/function.js';
import { indexError, valueError } from '../objects/exceptions.js';
import { PyTupleIterator } from '../objects/iterators.js';
import { tupleHashInt } from '../objects/set.js';
import { repr } from '../ops/convert.js';
import { pyEq } from '../ops/compare.js';
import { sliceIndices, toArray, toArrayHinted } from '../ops/sequence.js';
import { noArgs, oneArg, checkArgCount, noKwargs, noKwargsUnlessOwnInit } from './args.js';
import { reprGuard } from './repr_guard.js';
import {
  newClsArg, subscriptIndex, wrapperCheck, isIndexable, repeatCount, repeatArray, defSequenceCompare, startStop,
  defClassGetItem, plainIndexOf,
} from './list.js';
import { defNew } from './object.js';
import type { VM } from '../vm.js';

function self(args: PyObject[]): PyTuple {
  return args[0] as PyTuple;
}

function isTuple(o: PyObject): o is PyTuple {
  return o instanceof PyTuple;
}

function tupleRepr(vm: VM, t: PyTuple): string {
  const items = t.items;
  if (items.length === 0) return '()';
  return reprGuard(vm, t, '(...)', () => {
    if (items.length === 1) return `(${repr(vm, items[0])},)`;
    const parts: string[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) parts[i] = repr(vm, items[i]);
    return '(' + parts.join(', ') + ')';
  });
}

/** A new tuple of `cls` (tuple itself or a subclass) from a JS array. */
function makeTuple(cls: typeof tupleType, items: PyObject[]): PyTuple {
  if (cls === tupleType) return newTuple(items);
  return new PyTuple(items, cls);
}

/** tuple[key]: an index or a slice. */
function tupleGetItem(vm: VM, tup: PyTuple, key: PyObject): PyObject {
  const items = tup.items;
  if (key instanceof PySlice) {
    const [start, stop, step, count] = sliceIndices(vm, key, items.length);
    if (step === 1 && start === 0 && count === items.length && tup.cls === tupleType) return tup;
    if (step === 1) return newTuple(items.slice(start, stop < start ? start : stop));
    const out: PyObject[] = new Array(count);
    for (let i = 0, j = start; i < count; i++, j += step) out[i] = items[j];
    return newTuple(out);
  }
  let i = typeof key === 'number' ? key : subscriptIndex(vm, key, 'tuple');
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError('tuple index out of range');
  return items[i];
}

export function installTupleMethods(): void {
  const t = tupleType;
  defNew(t, (vm, args, kwargs) => {
    const cls = newClsArg(args, t);
    noKwargsUnlessOwnInit('tuple', cls, tupleType, kwargs);
    checkArgCount('tuple', args, 0, 1, 1);
    if (args.length === 1) return cls === tupleType ? emptyTuple : new PyTuple([], cls);
    const it = args[1];
    if (cls === tupleType && it instanceof PyTuple && it.cls === tupleType) return it;
    return makeTuple(cls, toArrayHinted(vm, it));
  });
  // tuple(x): tuple.__new__'s one-argument case.
  t.call1 = (vm, it) => (it instanceof PyTuple && it.cls === tupleType ? it : makeTuple(tupleType, toArrayHinted(vm, it)));
  defMethod(t, '__repr__', (vm, args) => tupleRepr(vm, self(args)));
  defMethod(t, '__len__', (_vm, args) => self(args).items.length);
  defMethod(t, '__hash__', (vm, args) => tupleHashInt(vm, self(args).items));
  defMethod(t, '__getitem__', (vm, args, kwargs) => tupleGetItem(vm, self(args), oneArg('tuple.__getitem__', args, kwargs)), {
    call2: (vm, tup, key) => tupleGetItem(vm, tup as PyTuple, key),
  });
  defMethod(t, '__contains__', (vm, args, kwargs) => {
    wrapperCheck(args, 1, kwargs, 'tuple.__contains__');
    const items = self(args).items;
    const x = args[1];
    for (let i = 0; i < items.length; i++) if (items[i] === x || pyEq(vm, items[i], x)) return true;
    return false;
  });
  defMethod(t, '__iter__', (_vm, args) => new PyTupleIterator(self(args)));
  defMethod(t, '__add__', (_vm, args, kwargs) => {
    wrapperCheck(args, 1, kwargs, 'tuple.__add__');
    const a = self(args);
    const b = args[1];
    if (!isTuple(b)) return NotImplemented;
    if (b.items.length === 0 && a.cls === tupleType) return a;
    if (a.items.length === 0 && b.cls === tupleType) return b;
    return newTuple(a.items.concat(b.items));
  });
  const mul = (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject => {
    wrapperCheck(args, 1, kwargs, 'tuple.__mul__');
    if (!isIndexable(args[1])) return NotImplemented;
    const a = self(args);
    const n = repeatCount(vm, args[1]);
    if (n === 1 && a.cls === tupleType) return a;
    return newTuple(repeatArray(a.items, n));
  };
  defMethod(t, '__mul__', mul);
  defMethod(t, '__rmul__', mul);
  defSequenceCompare(t, (o) => (isTuple(o) ? o.items : null));
  defMethod(t, 'count', (vm, args, kwargs) => {
    const x = oneArg('tuple.count', args, kwargs);
    const items = self(args).items;
    let n = 0;
    for (let i = 0; i < items.length; i++) if (items[i] === x || pyEq(vm, items[i], x)) n++;
    return n;
  });
  const tupleIndex: NativeFn = (vm, args, kwargs) => {
    noKwargs('tuple.index', kwargs);
    checkArgCount('index', args, 1, 3);
    const items = self(args).items;
    const x = args[1];
    const [start, stop] = startStop(vm, args[2], args[3], items.length);
    for (let i = start; i < stop && i < items.length; i++) {
      if (items[i] === x || pyEq(vm, items[i], x)) return i;
    }
    throw valueError('tuple.index(x): x not in tuple');
  };
  defMethod(t, 'index', tupleIndex, {
    call2: (vm, tup, x) => tupleIndex(vm, [tup, x], null),
    // An int or str among items compared with no tpy code: its ValueError without a throw.
    plain2: (vm, tup, x) => {
      const i = plainIndexOf((tup as PyTuple).items, x);
      return i === -1 ? raisedPlain(vm, valueError('tuple.index(x): x not in tuple')) : i;
    },
  });
  defMethod(t, '__getnewargs__', (_vm, args, kwargs) => {
    noArgs('tuple.__getnewargs__', args, kwargs);
    return newTuple([newTuple(self(args).items.slice())]);
  });
  defClassGetItem(t);
}
