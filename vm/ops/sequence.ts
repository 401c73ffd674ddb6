// Subscripts, membership and iteration (PyObject_GetItem, PySequence_Contains, PyObject_GetIter, PyIter_Next).

import { strCharacters } from './str_surrogates.js';
import type { PyObject } from '../objects/object.js';
import { recursionError } from '../errors.js';
import { PyList, pushItem, MAX_LIST_LENGTH } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { PyRange, PySlice } from '../objects/range.js';
import { None } from '../objects/singletons.js';
import {
  typeError, indexError, valueError, keyError, PyBaseException, StopIteration, IndexError, attributeError, TypeError,
} from '../objects/exceptions.js';
import {
  PyListIterator, PyTupleIterator, PyStrIterator, PyDictIterator, DictIterKind, PyRangeIterator, PySeqIterator, plainNext,
  PyCallableIterator, PyListReverseIterator, LIST_REVERSE_EXHAUSTED, PyNativeIterator,
} from '../objects/iterators.js';
import { PyGenerator } from '../objects/generator.js';
import { PyType, typeType } from '../objects/type.js';
import { PyMethodDescriptor, PyFunction, PyBuiltinFunction, RAISED, takeRaised } from '../objects/function.js';
import { newTuple } from '../objects/tuple.js';
import { typeOf, hasSequenceSlots } from './typeof.js';
import { call, callSpecialMethod } from './call.js';
import { indexSize, index, bigintToSsize, cannotFit, truthy } from './convert.js';
import { pyEq } from './compare.js';
import { bindDescriptor, bindSpecialOrMissing, lookupAttr } from './attribute.js';
import { askLengthHint } from './length_hint.js';
import { strItemAt, strSliceAt } from './str_item.js';
import { PySetBase, setContains } from '../objects/set.js';
import type { VM } from '../vm.js';

/** Resolves a possibly negative index against `length`, raising IndexError(`what` index out of range). */
export function normIndex(i: number, length: number, what: string): number {
  const j = i < 0 ? i + length : i;
  if (j < 0 || j >= length) throw indexError(`${what} index out of range`);
  return j;
}

/** PySlice_GetIndicesEx: [start, stop, step, count] for a slice over a sequence of `length`. */
export function sliceIndices(vm: VM, s: PySlice, length: number): [number, number, number, number] {
  const msg = () => 'slice indices must be integers or None or have an __index__ method';
  let step = 1;
  if (s.step !== None) {
    const st = index(vm, s.step, msg);
    step = typeof st === 'bigint' ? (st > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER) : st;
    if (step === 0) throw valueError('slice step cannot be zero');
  }
  const clamp = (v: PyObject, dflt: number): number => {
    if (v === None) return dflt;
    const n0 = index(vm, v, msg);
    let n = typeof n0 === 'bigint' ? (n0 > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER) : n0;
    if (n < 0) {
      n += length;
      if (n < 0) n = step < 0 ? -1 : 0;
    } else if (n >= length) n = step < 0 ? length - 1 : length;
    return n;
  };
  const start = clamp(s.start, step < 0 ? length - 1 : 0);
  const stop = clamp(s.stop, step < 0 ? -1 : length);
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, count];
}

export function sliceArray<T>(vm: VM, items: T[], s: PySlice): T[] {
  const [start, stop, step, count] = sliceIndices(vm, s, items.length);
  if (step === 1) return items.slice(start, stop);
  const out: T[] = new Array(count);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = items[j];
  return out;
}

/** Builds type[key]; set by the GenericAlias module (which imports this one). */
let subscriptType: ((key: PyObject) => PyObject) | null = null;
export function setTypeSubscript(fn: (key: PyObject) => PyObject): void {
  subscriptType = fn;
}

export function getItem(vm: VM, o: PyObject, key: PyObject): PyObject {
  if (o instanceof PyList && typeof key === 'number' && !o.cls.isHeapType) return o.items[normIndex(key, o.items.length, 'list')];
  if (typeof o === 'string') {
    const c = typeof key === 'number' ? strItemAt(o, key) : key instanceof PySlice ? strSliceAt(o, key) : undefined;
    if (c !== undefined) return c;
  }
  if (o instanceof PyTuple && typeof key === 'number' && !o.cls.isHeapType) return o.items[normIndex(key, o.items.length, 'tuple')];
  if (o instanceof PyDict && !o.cls.isHeapType) {
    const v = o.get(vm, key);
    if (v !== undefined) return v;
    throw keyError(key);
  }
  const t = typeOf(o);
  const m = t.lookup('__getitem__');
  // A built-in type's __getitem__ (str, a list slice...): its fixed-arity entry, no argument array.
  // (A subclass's subscript calls the method, as CPython's slot_mp_subscript does, at its level.)
  // (A class's borrowed one, `__getitem__ = dict.get`, goes to callSpecialMethod, which checks self.)
  if (m instanceof PyMethodDescriptor && m.call2 !== null && (!t.isHeapType || t.isSubtypeOf(m.owner))) {
    return (m.slotCall2 !== null && !t.isHeapType ? m.slotCall2 : m.call2)(vm, o, key);
  }
  if (m !== undefined) return callSpecialMethod(vm, o, m, [key]);
  if (o instanceof PyType) {
    // type[int] is a GenericAlias, though type has no __class_getitem__ (which every class
    // would otherwise find through its metaclass).
    if (o === typeType && subscriptType !== null) return subscriptType(key);
    // Looked up as an attribute of the class (PyObject_GetItem): a classmethod binds to it, a
    // plain function assigned after the class was made stays unbound (only the class body's is
    // made implicit); None means not subscriptable.
    const cgi = lookupAttr(vm, o, '__class_getitem__');
    if (cgi !== undefined && cgi !== None) return call(vm, cgi, [key]);
    throw typeError(`type '${o.tpName}' is not subscriptable`);
  }
  throw typeError(`'${t.tpName}' object is not subscriptable`);
}

export function setItem(vm: VM, o: PyObject, key: PyObject, value: PyObject): void {
  if (o instanceof PyList && typeof key === 'number' && !o.cls.isHeapType) {
    o.items[normIndex(key, o.items.length, 'list assignment')] = value;
    return;
  }
  if (o instanceof PyDict && !o.cls.isHeapType) {
    o.set(vm, key, value);
    return;
  }
  const t = typeOf(o);
  const m = t.lookup('__setitem__');
  if (m === undefined) {
    // A class defining only __delitem__ still has the assignment slot, which fails on lookup.
    if (t.isHeapType && t.lookup('__delitem__') !== undefined) throw attributeError('__setitem__');
    throw noItemAssignment(vm, t, key);
  }
  callSpecialMethod(vm, o, m, [key, value]);
}

export function delItem(vm: VM, o: PyObject, key: PyObject): void {
  if (o instanceof PyDict && !o.cls.isHeapType) {
    if (!o.remove(vm, key)) throw keyError(key);
    return;
  }
  const t = typeOf(o);
  const m = t.lookup('__delitem__');
  if (m === undefined) {
    // A class defining only __setitem__ still has the deletion slot, which fails on lookup.
    if (t.isHeapType && t.lookup('__setitem__') !== undefined) throw attributeError('__delitem__');
    throw noItemDeletion(vm, t, key);
  }
  callSpecialMethod(vm, o, m, [key]);
}

/**
 * CPython words this refusal two ways: a type with sequence slots (every class, and the
 * builtin containers) given an int-like key fails in PySequence_DelItem ("doesn't"); any
 * other case fails in PyObject_DelItem ("does not").
 */
function noItemDeletion(vm: VM, t: PyType, key: PyObject): PyBaseException {
  if (indexFirst(vm, t, key)) return typeError(`'${t.tpName}' object doesn't support item deletion`);
  return typeError(`'${t.tpName}' object does not support item deletion`);
}

/** The TypeError of `o[key] = v` for an object without __setitem__, after the index check (as noItemDeletion). */
function noItemAssignment(vm: VM, t: PyType, key: PyObject): PyBaseException {
  indexFirst(vm, t, key);
  return typeError(`'${t.tpName}' object does not support item assignment`);
}

/**
 * PyObject_SetItem and PyObject_DelItem on a type with sequence slots (every class statement's,
 * tuple, str...) convert an int-like key before finding there is no item assignment: a key
 * too large raises IndexError first, and an __index__ method runs. True when that applied.
 */
function indexFirst(vm: VM, t: PyType, key: PyObject): boolean {
  const intLike = typeof key === 'number' || typeof key === 'bigint' || typeof key === 'boolean' || typeOf(key).lookup('__index__') !== undefined;
  if (!hasSequenceSlots(t) || !intLike) return false;
  const n = index(vm, key);
  if (typeof n === 'bigint' && bigintToSsize(n) === null) throw cannotFit(key);
  return true;
}

export function contains(vm: VM, container: PyObject, item: PyObject): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw typeError(`'in <string>' requires string as left operand, not ${typeOf(item).tpName}`);
    return container.includes(item);
  }
  if (container instanceof PyDict && !container.cls.isHeapType) return container.has(vm, item);
  if (container instanceof PySetBase && !container.cls.isHeapType) return setContains(vm, container, item);
  if ((container instanceof PyList || container instanceof PyTuple) && !container.cls.isHeapType) {
    const items = container.items;
    // Each comparison with an element not `item` itself is checked against the recursion
    // limit, as CPython's PyObject_RichCompare does: at the limit it fails " in comparison".
    const atLimit = vm.depth >= vm.recursionLimit;
    for (let i = 0; i < items.length; i++) {
      if (items[i] === item) return true;
      if (atLimit) throw recursionError(' in comparison');
      if (pyEq(vm, items[i], item)) return true;
    }
    return false;
  }
  const t = typeOf(container);
  const m = t.lookup('__contains__');
  if (m !== undefined && m !== None) return truthy(vm, callSpecialMethod(vm, container, m, [item]));
  // `__contains__ = None` blocks the fallback to iteration, as CPython's slot_sq_contains.
  if (m === None) throw typeError(`'${t.tpName}' object is not a container`);
  const it = iterForContains(vm, container, t);
  for (let v = iterNext(vm, it); v !== undefined; v = iterNext(vm, it)) if (v === item || pyEq(vm, v, item)) return true;
  return false;
}

/**
 * The iterator `in` searches when there is no __contains__: as CPython's _PySequence_IterSearch,
 * any TypeError getting it (no __iter__, `__iter__ = None`, a non-iterator returned, a TypeError
 * raised inside __iter__) becomes "argument of type ... is not iterable", with no context.
 */
function iterForContains(vm: VM, container: PyObject, t: PyType): PyObject {
  try {
    return getIter(vm, container);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(TypeError)) throw typeError(`argument of type '${t.tpName}' is not iterable`);
    throw e;
  }
}

/** o.__iter__(): undefined when binding a descriptor that is no function fails (slot_tp_iter then tries __getitem__). */
function iterMethodResult(vm: VM, o: PyObject, m: PyObject): PyObject | undefined {
  if (m instanceof PyFunction || m instanceof PyMethodDescriptor || m instanceof PyBuiltinFunction) return callSpecialMethod(vm, o, m, []);
  const bound = bindSpecialOrMissing(vm, o, m);
  return bound === undefined ? undefined : call(vm, bound, []);
}

export function getIter(vm: VM, o: PyObject): PyObject {
  if (typeof o === 'string') return new PyStrIterator(o);
  if (typeof o === 'object' && !o.cls.isHeapType) {
    if (o instanceof PyList) return new PyListIterator(o);
    if (o instanceof PyTuple) return new PyTupleIterator(o);
    if (o instanceof PyRange) return new PyRangeIterator(o);
    if (o instanceof PyDict) return new PyDictIterator(o, DictIterKind.Keys);
    if (o instanceof PyGenerator) return o;
  }
  const t = typeOf(o);
  const m = t.lookup('__iter__');
  if (m !== undefined && m !== None) {
    const it = iterMethodResult(vm, o, m);
    if (it !== undefined) {
      if (typeOf(it).lookup('__next__') === undefined) throw typeError(`iter() returned non-iterator of type '${typeOf(it).tpName}'`);
      return it;
    }
  }
  if (m !== None && t.lookup('__getitem__') !== undefined) return new PySeqIterator(o);
  throw typeError(`'${t.tpName}' object is not iterable`);
}

export function isStopIteration(e: unknown): e is PyBaseException {
  return e instanceof PyBaseException && e.cls.isSubtypeOf(StopIteration);
}

/** next(it): the next value, or undefined when the iterator is exhausted (StopIteration swallowed). */
export function iterNext(vm: VM, it: PyObject): PyObject | undefined {
  const v = plainNext(it); // a list's, tuple's, range's or str's
  if (v !== null) return v;
  if (it instanceof PyGenerator) return vm.generatorSend(it, None, true);
  // enumerate, zip, map...: unless a subclass may have overridden __next__.
  if (it instanceof PyNativeIterator && !it.cls.isHeapType) return it.next(vm);
  if (it instanceof PyDictIterator) return dictIterNext(it);
  if (it instanceof PyListReverseIterator) {
    if (it.index >= 0 && it.index < it.list.items.length) return it.list.items[it.index--];
    it.index = LIST_REVERSE_EXHAUSTED;
    return undefined;
  }
  if (it instanceof PySeqIterator) {
    if (it.done) return undefined;
    try {
      return getItem(vm, it.seq, it.index++);
    } catch (e) {
      if (e instanceof PyBaseException && (e.cls.isSubtypeOf(IndexError) || e.cls.isSubtypeOf(StopIteration))) {
        it.done = true;
        return undefined;
      }
      throw e;
    }
  }
  if (it instanceof PyCallableIterator) {
    // As calliter_iternext: a StopIteration from the callable ends the iteration; so does an
    // exhaustion during the call (a re-entrant next()), whatever the call returned; the
    // sentinel is compared first (its __eq__ is asked before the value's).
    if (it.done) return undefined;
    let v: PyObject;
    try {
      v = call(vm, it.callable, []);
    } catch (e) {
      if (!isStopIteration(e)) throw e;
      it.done = true;
      return undefined;
    }
    if (it.done) return undefined;
    if (v === it.sentinel || pyEq(vm, it.sentinel, v)) {
      it.done = true;
      return undefined;
    }
    return v;
  }
  const m = typeOf(it).lookup('__next__');
  if (m === undefined) throw typeError(`'${typeOf(it).tpName}' object is not an iterator`);
  let e: unknown;
  try {
    // A class's __next__ function ends by raising StopIteration: taken without a JavaScript
    // throw when its compiled body raised it (vm.callFunctionWithSelfOrRaised).
    if (!(m instanceof PyFunction)) return callSpecialMethod(vm, it, m, []);
    const v = vm.callFunctionWithSelfOrRaised(m, it, NO_ARGS);
    if (v !== RAISED) return v;
    e = takeRaised(vm);
  } catch (thrown) {
    e = thrown;
  }
  if (isStopIteration(e)) {
    // A class's __next__ raised it (built-in iterators just end): FOR_ITER reports it to a tracer.
    if (typeOf(it).isHeapType) swallowedStop = e;
    return undefined;
  }
  throw e;
}

const NO_ARGS: PyObject[] = [];

/** The last StopIteration a class's __next__ raised and iterNext swallowed (see takeSwallowedStop). */
let swallowedStop: PyBaseException | null = null;

/**
 * The StopIteration that ended the last iterNext call, if a class's __next__ raised one
 * after the previous call of this function (FOR_ITER's 'exception' trace event); null if none.
 */
export function takeSwallowedStop(): PyBaseException | null {
  const e = swallowedStop;
  swallowedStop = null;
  return e;
}

/**
 * FOR_ITER followed by UNPACK_SEQUENCE 2 (`for i, x in enumerate(xs)`, zip(a, b),
 * d.items()): the next item's two values into `out`, with no tuple made to unpack, and
 * true; false at the end; null when `it` makes no pairs this way (iterNext then).
 */
export function iterNextPair(vm: VM, it: PyObject, out: PyObject[]): boolean | null {
  if (it instanceof PyNativeIterator) return it.cls.isHeapType ? null : it.nextPair(vm, out);
  if (it instanceof PyDictIterator && it.kind === DictIterKind.Items) {
    const e = nextDictEntry(it);
    if (e === undefined) return false;
    out[0] = it.source.keyObject(e[0] as never);
    out[1] = e[1];
    return true;
  }
  return null;
}

/**
 * iterNextPair for compiled code, when it runs no tpy code and cannot raise: enumerate or zip
 * over lists, tuples or ranges, a dict's items while its size is unchanged. The same answer;
 * null when only iterNextPair can tell.
 */
export function iterNextPairPlain(it: PyObject, out: PyObject[]): boolean | null {
  if (it instanceof PyNativeIterator) return it.cls.isHeapType ? null : it.nextPairPlain(out);
  if (it instanceof PyDictIterator && it.kind === DictIterKind.Items) {
    const e = dictEntryPlain(it);
    if (e === null) return null;
    if (e === undefined) return false;
    out[0] = it.source.keyObject(e[0] as never);
    out[1] = e[1];
    return true;
  }
  return null;
}

/** dictIterNext of a dict's keys or values for compiled code: null when it would raise (the dict changed size). */
export function dictIterNextPlain(it: PyDictIterator): PyObject | undefined | null {
  if (it.kind === DictIterKind.Items) return null;
  const e = dictEntryPlain(it);
  if (e === null || e === undefined) return e;
  return it.kind === DictIterKind.Keys ? it.source.keyObject(e[0] as never) : e[1];
}

/** nextDictEntry, or null where it would raise. */
function dictEntryPlain(it: PyDictIterator): [unknown, PyObject] | undefined | null {
  return !it.done && (it.source.size !== it.initialSize || it.taken >= it.initialSize) ? null : nextDictEntry(it);
}

/** The next [map key, value] entry of a dict iterator, or undefined at its end; raises if the dict changed size. */
function nextDictEntry(it: PyDictIterator): [unknown, PyObject] | undefined {
  if (it.done) return undefined;
  if (it.source.size !== it.initialSize) {
    it.done = true;
    throw newRuntimeError('dictionary changed size during iteration');
  }
  it.source.syncValues(); // values stored through globals' slots since the last step
  const r = it.iter.next();
  if (r.done) {
    it.done = true;
    return undefined;
  }
  // More entries than the dict had: keys were deleted and others added meanwhile (same size).
  if (it.taken >= it.initialSize) keysChanged(it);
  it.taken++;
  return r.value;
}

/** CPython's iterator counts down the items it may still give; one more means the keys changed. */
function keysChanged(it: PyDictIterator): never {
  it.done = true;
  throw newRuntimeError('dictionary keys changed during iteration');
}

function dictIterNext(it: PyDictIterator): PyObject | undefined {
  const e = nextDictEntry(it);
  if (e === undefined) return undefined;
  const key = it.source.keyObject(e[0] as never);
  if (it.kind === DictIterKind.Keys) return key;
  if (it.kind === DictIterKind.Values) return e[1];
  return newTuple([key, e[1]]);
}

import { runtimeError } from '../objects/exceptions.js';
function newRuntimeError(msg: string): PyBaseException {
  return runtimeError(msg);
}

/** Collects any iterable into a JS array (list(x)), with fast paths for lists and tuples. */
export function toArray(vm: VM, o: PyObject): PyObject[] {
  if ((o instanceof PyList || o instanceof PyTuple) && !o.cls.isHeapType) return o.items.slice();
  const it = getIter(vm, o);
  const rest = it instanceof PyDictIterator ? dictRestArray(it) : null;
  if (rest !== null) return rest;
  const out: PyObject[] = [];
  pushAll(vm, it, out);
  return out;
}

/**
 * Everything a built-in dict iterator not yet started would give, as a new array (the iterator
 * then exhausted), taken in one step (PyDict.keyArray); null for any other iterator.
 */
export function dictRestArray(it: PyDictIterator): PyObject[] | null {
  if (it.done || it.taken !== 0 || it.cls.isHeapType || it.source.size !== it.initialSize || it.initialSize > MAX_LIST_LENGTH) return null;
  const src = it.source;
  const out = it.kind === DictIterKind.Keys ? src.keyArray() : it.kind === DictIterKind.Values ? src.valueArray() : src.itemArray();
  it.taken = out.length;
  it.done = true;
  return out;
}

/**
 * toArray as list_extend and PySequence_Tuple fill from an iterable: its iterator taken, then its
 * length hint asked (askLengthHint: a class's __len__ runs, as in CPython).
 */
export function toArrayHinted(vm: VM, o: PyObject): PyObject[] {
  if ((o instanceof PyList || o instanceof PyTuple) && !o.cls.isHeapType) return o.items.slice();
  if (typeof o === 'string' && o.length <= MAX_LIST_LENGTH) return strCharacters(o);
  const it = getIter(vm, o);
  askLengthHint(vm, o);
  const rest = it instanceof PyDictIterator ? dictRestArray(it) : null;
  if (rest !== null) return rest;
  const out: PyObject[] = [];
  pushAll(vm, it, out);
  return out;
}

/** Appends every item of the iterator `it` to `items`, as pushItem does (MemoryError past the list limit). */
export function pushAll(vm: VM, it: PyObject, items: PyObject[]): void {
  if (it instanceof PyGenerator) {
    // One nested run of the generator for all its values instead of a resume per value.
    const sink = (v: PyObject): boolean => {
      if (items.length >= MAX_LIST_LENGTH) return false;
      items.push(v);
      return true;
    };
    for (let v = vm.generatorPump(it, sink); v !== undefined; v = vm.generatorPump(it, sink)) pushItem(items, v);
    return;
  }
  // A dict's keys, values or items: straight from its table (no tpy code runs, so it cannot change meanwhile).
  if (it instanceof PyDictIterator && !it.cls.isHeapType) {
    pushDictRest(it, items);
    return;
  }
  for (let v = iterNext(vm, it); v !== undefined; v = iterNext(vm, it)) pushItem(items, v);
}

/** pushAll of a dict iterator: what iterNext would give, to its end, without a call per item. */
function pushDictRest(it: PyDictIterator, items: PyObject[]): void {
  if (it.done) return;
  const src = it.source;
  if (src.size !== it.initialSize) {
    it.done = true;
    throw newRuntimeError('dictionary changed size during iteration');
  }
  const kind = it.kind;
  if (items.length + src.size > MAX_LIST_LENGTH) {
    for (let v = dictIterNext(it); v !== undefined; v = dictIterNext(it)) pushItem(items, v);
    return;
  }
  src.syncValues();
  for (let r = it.iter.next(); r.done !== true; r = it.iter.next()) {
    if (it.taken++ >= it.initialSize) keysChanged(it);
    const e = r.value;
    if (kind === DictIterKind.Values) items.push(e[1]);
    else {
      const key = src.keyObject(e[0] as never);
      if (kind === DictIterKind.Keys) items.push(key);
      // The entry is a fresh [key, value] array of the Map's iterator: the tuple's items.
      else if (key === e[0]) items.push(new PyTuple(e as PyObject[]));
      else items.push(newTuple([key, e[1]]));
    }
  }
  it.done = true;
}

/** An index for a sequence subscript, with CPython's "indices must be integers" message. */
export function sequenceIndex(vm: VM, key: PyObject, typeName: string): number {
  return indexSize(vm, key, () => `${typeName} indices must be integers or slices, not ${typeOf(key).tpName}`);
}

