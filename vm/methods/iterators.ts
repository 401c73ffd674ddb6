// The iterator protocol for the built-in iterator types, and the iterator classes
// enumerate, zip, map, filter and reversed (Objects/enumobject.c, Python/bltinmodule.c).

import type { PyObject } from '../objects/object.js';
import { PyObj } from '../objects/object.js';
import { PyType, makeNativeType } from '../objects/type.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { defMethod, NativeFn } from '../objects/function.js';
import {
  typeError, valueError, stopIteration, PyBaseException, IndexError, StopIteration,
} from '../objects/exceptions.js';
import {
  listIteratorType, listReverseIteratorType, tupleIteratorType, strIteratorType, strUnicodeIteratorType, dictKeyIteratorType,
  dictValueIteratorType, dictItemIteratorType, rangeIteratorType, seqIteratorType, callableIteratorType,
  PyListIterator, PyListReverseIterator, PyTupleIterator, PyRangeIterator, PySeqIterator,
  PyCallableIterator, PyStrIterator, PyDictIterator, PyNativeIterator, isPlainIterator, plainNext,
} from '../objects/iterators.js';
import { newTuple } from '../objects/tuple.js';
import { typeOf, typeName } from '../ops/typeof.js';
import { index, len, truthy } from '../ops/convert.js';
import { call, callSpecialMethod } from '../ops/call.js';
import { getIter, iterNext, getItem } from '../ops/sequence.js';
import { checkArgCount, noArgs, noKwargs, noKwargsUnlessOwnInit, kwarg } from './args.js';
import { newClsArg, defClassGetItem } from './list.js';
import { defNew } from './object.js';
import { PyDict } from '../objects/dict.js';
import type { VM } from '../vm.js';

export { PyNativeIterator };

export const enumerateType = makeNativeType('enumerate', undefined, { allocate: null });
export const zipType = makeNativeType('zip', undefined, { allocate: null });
export const mapType = makeNativeType('map', undefined, { allocate: null });
export const filterType = makeNativeType('filter', undefined, { allocate: null });
export const reversedType = makeNativeType('reversed', undefined, { allocate: null });

export class PyEnumerate extends PyNativeIterator {
  constructor(cls: PyType, readonly it: PyObject, public count: number | bigint) {
    super(cls);
  }
  next(vm: VM): PyObject | undefined {
    const v = iterNext(vm, this.it);
    return v === undefined ? undefined : newTuple([this.take(), v]);
  }
  override nextPair(vm: VM, out: PyObject[]): boolean {
    const v = iterNext(vm, this.it);
    if (v === undefined) return false;
    out[0] = this.take();
    out[1] = v;
    return true;
  }
  override nextPairPlain(out: PyObject[]): boolean | null {
    if (typeof this.count !== 'number') return null;
    const v = plainNext(this.it);
    if (v === null) return null;
    if (v === undefined) return false;
    out[0] = this.take();
    out[1] = v;
    return true;
  }
  /** The count for this item; the next one's after it. */
  private take(): number | bigint {
    const i = this.count;
    if (typeof i === 'number' && i < Number.MAX_SAFE_INTEGER) this.count = i + 1;
    else this.count = BigInt(i) + 1n;
    return i;
  }
}

export class PyZip extends PyNativeIterator {
  constructor(cls: PyType, readonly iters: PyObject[], public strict: boolean) {
    super(cls);
  }
  next(vm: VM): PyObject | undefined {
    const n = this.iters.length;
    if (n === 0) return undefined;
    const out: PyObject[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = iterNext(vm, this.iters[i]);
      if (v === undefined) {
        if (this.strict) this.strictCheck(vm, i);
        return undefined;
      }
      out[i] = v;
    }
    return newTuple(out);
  }
  override nextPair(vm: VM, out: PyObject[]): boolean | null {
    if (this.iters.length !== 2) return null;
    // Both values first: the second iterator may run code that pairs values into `out` too.
    const a = iterNext(vm, this.iters[0]);
    if (a === undefined) {
      if (this.strict) this.strictCheck(vm, 0);
      return false;
    }
    const b = iterNext(vm, this.iters[1]);
    if (b === undefined) {
      if (this.strict) this.strictCheck(vm, 1);
      return false;
    }
    out[0] = a;
    out[1] = b;
    return true;
  }
  override nextPairPlain(out: PyObject[]): boolean | null {
    // strict=True may raise at the end: nextPair's to say. The second iterator is checked
    // before the first one is advanced.
    const iters = this.iters;
    if (iters.length !== 2 || this.strict || !isPlainIterator(iters[1])) return null;
    const a = plainNext(iters[0]);
    if (a === null) return null;
    if (a === undefined) return false;
    const b = plainNext(iters[1])!;
    if (b === undefined) return false;
    out[0] = a;
    out[1] = b;
    return true;
  }
  private strictCheck(vm: VM, i: number): void {
    if (i > 0) {
      const plural = i === 1 ? ' ' : 's 1-';
      throw valueError(`zip() argument ${i + 1} is shorter than argument${plural}${i}`);
    }
    for (let j = 1; j < this.iters.length; j++) {
      if (iterNext(vm, this.iters[j]) !== undefined) {
        const plural = j === 1 ? ' ' : 's 1-';
        throw valueError(`zip() argument ${j + 1} is longer than argument${plural}${j}`);
      }
    }
  }
}

export class PyMap extends PyNativeIterator {
  constructor(cls: PyType, readonly func: PyObject, readonly iters: PyObject[]) {
    super(cls);
  }
  next(vm: VM): PyObject | undefined {
    const n = this.iters.length;
    const args: PyObject[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = iterNext(vm, this.iters[i]);
      if (v === undefined) return undefined;
      args[i] = v;
    }
    return call(vm, this.func, args);
  }
}

export class PyFilter extends PyNativeIterator {
  constructor(cls: PyType, readonly func: PyObject, readonly it: PyObject) {
    super(cls);
  }
  next(vm: VM): PyObject | undefined {
    for (;;) {
      const v = iterNext(vm, this.it);
      if (v === undefined) return undefined;
      const ok = this.func === None || this.func === boolTypeRef() ? truthy(vm, v) : truthy(vm, call(vm, this.func, [v]));
      if (ok) return v;
    }
  }
}

/** reversed(seq) for sequences without __reversed__: __getitem__ from len-1 down to 0. */
export class PyReversed extends PyNativeIterator {
  /** Set once next() found the end: CPython then drops the sequence (its length is no longer asked). */
  exhausted = false;
  constructor(cls: PyType, readonly seq: PyObject, public index: number) {
    super(cls);
  }
  next(vm: VM): PyObject | undefined {
    if (this.index < 0) {
      this.exhausted = true;
      return undefined;
    }
    try {
      return getItem(vm, this.seq, this.index--);
    } catch (e) {
      if (e instanceof PyBaseException && (e.cls.isSubtypeOf(IndexError) || e.cls.isSubtypeOf(StopIteration))) {
        this.index = -1;
        this.exhausted = true;
        return undefined;
      }
      throw e;
    }
  }
}

import { boolType } from '../objects/int.js';
import { lengthHintMayRunUserCode } from '../ops/length_hint.js';
function boolTypeRef(): PyObject {
  return boolType;
}

/** reversed(o): o.__reversed__(), or a reversed iterator over a sequence. */
export function reversedOf(vm: VM, o: PyObject, cls: PyType = reversedType): PyObject {
  const t = typeOf(o);
  const m = t.lookup('__reversed__');
  if (m === None) throw typeError(`'${t.tpName}' object is not reversible`);
  if (m !== undefined) return callSpecialMethod(vm, o, m, []);
  // As reversed_new: a sequence (__getitem__, not a dict) or not reversible; then its len(),
  // which raises "object of type ... has no len()" for a sequence without __len__.
  if (t.lookup('__getitem__') === undefined || o instanceof PyDict) throw typeError(`'${t.tpName}' object is not reversible`);
  const n = len(vm, o);
  return new PyReversed(cls, o, n - 1);
}

/** __next__ for a native iterator: StopIteration when exhausted. */
const nativeNext: NativeFn = (vm, args) => {
  const v = (args[0] as PyNativeIterator).next(vm);
  if (v === undefined) throw stopIteration();
  return v;
};

const selfIter: NativeFn = (_vm, args) => args[0];

/** __next__ for the iterator types of vm/objects/iterators.ts, through iterNext's fast paths. */
const builtinNext: NativeFn = (vm, args) => {
  const v = iterNext(vm, args[0]);
  if (v === undefined) throw stopIteration();
  return v;
};

function lengthHint(it: PyObject): number {
  if (it instanceof PyListIterator) return it.list === null ? 0 : Math.max(0, it.list.items.length - it.index);
  if (it instanceof PyListReverseIterator) return it.index >= 0 && it.index < it.list.items.length ? it.index + 1 : 0;
  if (it instanceof PyTupleIterator) return Math.max(0, it.tuple.items.length - it.index);
  if (it instanceof PyRangeIterator) return Math.max(0, it.length - it.index);
  if (it instanceof PyStrIterator) return Math.max(0, [...it.str.slice(it.index)].length);
  // A dict that changed size has none left to promise (dictiter_len).
  if (it instanceof PyDictIterator) return !it.done && it.source.size === it.initialSize ? it.initialSize - it.taken : 0;
  return 0;
}

let installed = false;

export function installIteratorMethods(): void {
  if (installed) return;
  installed = true;
  for (const t of [listIteratorType, listReverseIteratorType, tupleIteratorType, strIteratorType, strUnicodeIteratorType, dictKeyIteratorType,
    dictValueIteratorType, dictItemIteratorType, rangeIteratorType, seqIteratorType, callableIteratorType]) {
    defMethod(t, '__iter__', selfIter);
    defMethod(t, '__next__', builtinNext);
    if (t !== seqIteratorType && t !== callableIteratorType) {
      defMethod(t, '__length_hint__', (_vm, args, kwargs) => {
        noArgs(`${t.name}.__length_hint__`, args, kwargs);
        return lengthHint(args[0]);
      });
    }
  }
  // iter() over a class with __getitem__: the sequence's len() less what was taken (iter_len),
  // NotImplemented for one without __len__, 0 once exhausted.
  defMethod(seqIteratorType, '__length_hint__', (vm, args) => {
    const it = args[0] as PySeqIterator;
    if (it.done) return 0;
    if (typeOf(it.seq).lookup('__len__') === undefined) return NotImplemented;
    return Math.max(0, len(vm, it.seq) - it.index);
  });
  lengthHintMayRunUserCode(seqIteratorType);
  void PyCallableIterator;

  for (const t of [enumerateType, zipType, mapType, filterType, reversedType]) {
    defMethod(t, '__iter__', selfIter);
    defMethod(t, '__next__', nativeNext);
  }
  defClassGetItem(enumerateType);
  // reversed_len: the sequence's len() asked each time (it may have shrunk), 0 once exhausted.
  defMethod(reversedType, '__length_hint__', (vm, args) => {
    const r = args[0] as PyReversed;
    if (r.exhausted) return 0;
    const position = r.index + 1;
    return len(vm, r.seq) < position ? 0 : position;
  });
  lengthHintMayRunUserCode(reversedType);

  defNew(enumerateType, (vm, args, kwargs) => {
    const cls = newClsArg(args, enumerateType);
    const n = args.length - 1 + (kwargs?.size ?? 0);
    if (n > 2) throw typeError(`enumerate() takes at most 2 arguments (${n} given)`);
    if (kwargs !== null) {
      for (const k of kwargs.keys()) {
        if (k !== 'iterable' && k !== 'start') throw typeError(`'${k}' is an invalid keyword argument for enumerate()`);
      }
    }
    let iterable = args.length > 1 ? args[1] : kwarg(kwargs, 'iterable');
    let start = args.length > 2 ? args[2] : kwarg(kwargs, 'start');
    if (args.length > 1 && kwarg(kwargs, 'iterable') !== undefined) {
      throw typeError("argument for enumerate() given by name ('iterable') and position (1)");
    }
    if (args.length > 2 && kwarg(kwargs, 'start') !== undefined) {
      throw typeError("argument for enumerate() given by name ('start') and position (2)");
    }
    if (iterable === undefined) throw typeError("enumerate() missing required argument 'iterable'");
    // The start is converted before the iterable is asked for its iterator (enum_new).
    let count: number | bigint = 0;
    if (start !== undefined) {
      count = index(vm, start);
      if (typeof count === 'bigint' && count >= -9007199254740991n && count <= 9007199254740991n) count = Number(count);
    }
    const it = getIter(vm, iterable);
    iterable = start = undefined;
    return new PyEnumerate(cls, it, count);
  });

  defNew(zipType, (vm, args, kwargs) => {
    const cls = newClsArg(args, zipType);
    let strict = false;
    if (kwargs !== null) {
      if (kwargs.size > 1) throw typeError(`zip() takes at most 1 keyword argument (${kwargs.size} given)`);
      for (const [k, v] of kwargs) {
        if (k !== 'strict') throw typeError(`'${k}' is an invalid keyword argument for zip()`);
        strict = truthy(vm, v);
      }
    }
    const iters = args.slice(1).map((a) => getIter(vm, a));
    return new PyZip(cls, iters, strict);
  });

  defNew(mapType, (vm, args, kwargs) => {
    const cls = newClsArg(args, mapType);
    noKwargsUnlessOwnInit('map', cls, mapType, kwargs);
    if (args.length < 3) throw typeError('map() must have at least two arguments.');
    const iters = args.slice(2).map((a) => getIter(vm, a));
    return new PyMap(cls, args[1], iters);
  });

  defNew(filterType, (vm, args, kwargs) => {
    const cls = newClsArg(args, filterType);
    noKwargsUnlessOwnInit('filter', cls, filterType, kwargs);
    checkArgCount('filter', args, 2, 2, 1);
    return new PyFilter(cls, args[1], getIter(vm, args[2]));
  });

  defNew(reversedType, (vm, args, kwargs) => {
    const cls = newClsArg(args, reversedType);
    noKwargsUnlessOwnInit('reversed', cls, reversedType, kwargs);
    checkArgCount('reversed', args, 1, 1, 1);
    return reversedOf(vm, args[1], cls);
  });
  void typeName;
}

/**
 * The iterator protocol of a native iterator type (a PyNativeIterator subclass's): its
 * docstring, __iter__ returning the iterator, __next__ its next() or StopIteration.
 */
export function defNativeIterator(t: PyType, doc: string): void {
  t.setAttr('__doc__', doc);
  defMethod(t, '__iter__', (_vm, args) => args[0]);
  defMethod(t, '__next__', (vm, args) => {
    const v = (args[0] as PyNativeIterator).next(vm);
    if (v === undefined) throw stopIteration();
    return v;
  });
}
