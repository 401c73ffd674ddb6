// set's and frozenset's methods (Objects/setobject.c), with CPython's algorithms so result order matches.

import type { PyObject } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { PyDict, dictType } from '../objects/dict.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { defMethod, KwArgs } from '../objects/function.js';
import { keyError, stopIteration } from '../objects/exceptions.js';
import {
  PySet, PyFrozenSet, PySetBase, PySetIterator, setType, frozensetType, setIteratorType, hashParts, lastHash, hashToInt,
  hashPartsOrFrozen, setContains,
} from '../objects/set.js';
import { repr } from '../ops/convert.js';
import { getIter, iterNext } from '../ops/sequence.js';
import { noArgs, oneArg, checkArgCount, noKwargs, noKwargsUnlessOwnInit } from './args.js';
import { reprGuard } from './repr_guard.js';
import { newClsArg, wrapperCheck, defClassGetItem } from './list.js';
import { defNew } from './object.js';
import { PyList } from '../objects/list.js';
import type { VM } from '../vm.js';

function isAnySet(o: PyObject): o is PySetBase {
  return o instanceof PySetBase;
}

function isExactAnySet(o: PyObject): o is PySetBase {
  return o instanceof PySetBase && (o.cls === setType || o.cls === frozensetType);
}

/** make_new_set_basetype: an empty set or frozenset (never a subclass) matching `t`. */
function newBaseType(t: PyType): PySetBase {
  return t.isSubtypeOf(setType) ? new PySet() : new PyFrozenSet();
}

/** set_update_internal: adds the elements of a set, a dict's keys, or any iterable. */
export function setUpdate(vm: VM, so: PySetBase, other: PyObject): void {
  so.update(vm, other);
}

/** set_copy: a new set of the same base type with the same elements. */
function setCopy(vm: VM, so: PySetBase): PySetBase {
  const r = newBaseType(so.cls);
  r.merge(vm, so);
  return r;
}

// The set algebra below walks a set's table slot by slot, as CPython's set_next does: each
// step reads the table afresh (a user __eq__ may have changed it), and nothing is copied
// (a snapshot of [key, hi, lo] triples was most of `(a | b) - (a & b)`'s time, in GC).

function setIntersection(vm: VM, so: PySetBase, other: PyObject): PySetBase {
  if (so === other) return setCopy(vm, so);
  const result = newBaseType(so.cls);
  if (isAnySet(other)) {
    let a = so;
    let b = other;
    if (b.used > a.used) [a, b] = [b, a];
    for (let i = b.nextSlot(0); i >= 0; i = b.nextSlot(i + 1)) {
      const k = b.keyAt(i), hi = b.hi[i], lo = b.lo[i];
      if (a.containsEntry(vm, k, hi, lo)) result.addEntry(vm, k, hi, lo);
    }
    return result;
  }
  const it = getIter(vm, other);
  for (let k = iterNext(vm, it); k !== undefined; k = iterNext(vm, it)) {
    hashParts(vm, k);
    const [hi, lo] = lastHash();
    if (so.containsEntry(vm, k, hi, lo)) {
      result.addEntry(vm, k, hi, lo);
      if (result.used >= so.used) break;
    }
  }
  return result;
}

function setIntersectionMulti(vm: VM, so: PySetBase, others: PyObject[]): PySetBase {
  if (others.length === 0) return setCopy(vm, so);
  let result: PySetBase = so;
  for (const o of others) result = setIntersection(vm, result, o);
  return result;
}

export function setIsDisjoint(vm: VM, so: PyObject, other: PyObject): boolean {
  if (so === other) return isAnySet(so) ? so.used === 0 : false;
  if (isAnySet(so) && isExactAnySet(other)) {
    let a = so;
    let b = other;
    if (b.used > a.used) [a, b] = [b, a];
    for (let i = b.nextSlot(0); i >= 0; i = b.nextSlot(i + 1)) {
      if (a.containsEntry(vm, b.keyAt(i), b.hi[i], b.lo[i])) return false;
    }
    return true;
  }
  const it = getIter(vm, other);
  for (let k = iterNext(vm, it); k !== undefined; k = iterNext(vm, it)) {
    if (isAnySet(so) ? so.has(vm, k) : false) return false;
  }
  return true;
}

/** set_difference_update_internal. */
export function setDifferenceUpdate(vm: VM, so: PySetBase, other: PyObject): void {
  if (so === other) {
    so.clear();
    return;
  }
  if (isAnySet(other)) {
    let o: PySetBase = other;
    if ((o.used >> 3) > so.used) o = setIntersection(vm, so, o);
    for (let i = o.nextSlot(0); i >= 0; i = o.nextSlot(i + 1)) so.discardEntry(vm, o.keyAt(i), o.hi[i], o.lo[i]);
  } else {
    const it = getIter(vm, other);
    for (let k = iterNext(vm, it); k !== undefined; k = iterNext(vm, it)) so.discard(vm, k);
  }
  // More than a quarter dummies: resize them away.
  if (so.fill - so.used <= Math.floor(so.mask / 4)) return;
  so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
}

function setCopyAndDifference(vm: VM, so: PySetBase, other: PyObject): PySetBase {
  const r = setCopy(vm, so);
  setDifferenceUpdate(vm, r, other);
  return r;
}

function setDifference(vm: VM, so: PySetBase, other: PyObject): PySetBase {
  let otherSize: number;
  if (isAnySet(other)) otherSize = other.used;
  else if (other instanceof PyDict && other.cls === dictType) otherSize = other.size;
  else return setCopyAndDifference(vm, so, other);
  if ((so.used >> 2) > otherSize) return setCopyAndDifference(vm, so, other);
  const result = newBaseType(so.cls);
  if (other instanceof PyDict) {
    for (let i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) {
      const k = so.keyAt(i), hi = so.hi[i], lo = so.lo[i];
      if (!other.hasWithHash(vm, k, hi, lo)) result.addEntry(vm, k, hi, lo);
    }
    return result;
  }
  const o = other as PySetBase;
  for (let i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) {
    const k = so.keyAt(i), hi = so.hi[i], lo = so.lo[i];
    if (!o.containsEntry(vm, k, hi, lo)) result.addEntry(vm, k, hi, lo);
  }
  return result;
}

function setDifferenceMulti(vm: VM, so: PySetBase, others: PyObject[]): PySetBase {
  if (others.length === 0) return setCopy(vm, so);
  const result = setDifference(vm, so, others[0]);
  for (let i = 1; i < others.length; i++) setDifferenceUpdate(vm, result, others[i]);
  return result;
}

export function setSymmetricDifferenceUpdate(vm: VM, so: PySetBase, other: PyObject): void {
  if (so === other) {
    so.clear();
    return;
  }
  if (other instanceof PyDict && other.cls === dictType) {
    for (const k of Array.from(other.keys())) {
      // The hash the dict keeps for the key, as CPython's _PyDict_Next gives it.
      const stored = other.storedHash(k);
      let hi: number, lo: number;
      if (stored !== undefined) ({ hi, lo } = stored);
      else [hi, lo] = (hashParts(vm, k), lastHash());
      if (!so.discardEntry(vm, k, hi, lo)) so.addEntry(vm, k, hi, lo);
    }
    return;
  }
  let o: PySetBase;
  if (isAnySet(other)) o = other;
  else {
    o = newBaseType(so.cls);
    setUpdate(vm, o, other);
  }
  for (let i = o.nextSlot(0); i >= 0; i = o.nextSlot(i + 1)) {
    const k = o.keyAt(i), hi = o.hi[i], lo = o.lo[i];
    if (!so.discardEntry(vm, k, hi, lo)) so.addEntry(vm, k, hi, lo);
  }
}

function setSymmetricDifference(vm: VM, so: PySetBase, other: PyObject): PySetBase {
  const result = newBaseType(so.cls);
  setUpdate(vm, result, other);
  setSymmetricDifferenceUpdate(vm, result, so);
  return result;
}

function setIsSubset(vm: VM, so: PySetBase, other: PyObject): boolean {
  if (!isAnySet(other)) {
    const tmp = new PySet();
    setUpdate(vm, tmp, other);
    return setIsSubset(vm, so, tmp);
  }
  if (so.used > other.used) return false;
  for (let i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) {
    if (!other.containsEntry(vm, so.keyAt(i), so.hi[i], so.lo[i])) return false;
  }
  return true;
}

function setIsSuperset(vm: VM, so: PySetBase, other: PyObject): boolean {
  if (isAnySet(other)) return setIsSubset(vm, other, so);
  const tmp = new PySet();
  setUpdate(vm, tmp, other);
  return setIsSubset(vm, tmp, so);
}

/** A key's hash for `in`, remove() and discard(): an unhashable set is looked up as a frozenset. */
function keyHash(vm: VM, key: PyObject): [number, number] {
  hashPartsOrFrozen(vm, key);
  return lastHash();
}

function setRepr(vm: VM, so: PySetBase): string {
  const name = so.cls.name;
  return reprGuard(vm, so, `${name}(...)`, () => {
    if (so.used === 0) return `${name}()`;
    const listRepr = repr(vm, new PyList(so.toArray()));
    const inner = listRepr.slice(1, -1);
    return so.cls === setType ? `{${inner}}` : `${name}({${inner}})`;
  });
}

function self(args: PyObject[]): PySetBase {
  return args[0] as PySetBase;
}

function setRichCompare(vm: VM, v: PySetBase, w: PyObject, op: string): PyObject {
  if (!isAnySet(w)) return NotImplemented;
  switch (op) {
    case '__eq__':
      if (v.used !== w.used) return false;
      if (v.hashCache !== null && w.hashCache !== null && v.hashCache !== w.hashCache) return false;
      return setIsSubset(vm, v, w);
    case '__ne__':
      return !(setRichCompare(vm, v, w, '__eq__') as boolean);
    case '__le__':
      return setIsSubset(vm, v, w);
    case '__ge__':
      return setIsSuperset(vm, v, w);
    case '__lt__':
      if (v.used >= w.used) return false;
      return setIsSubset(vm, v, w);
    default:
      if (v.used <= w.used) return false;
      return setIsSuperset(vm, v, w);
  }
}

/** The next element of a set iterator, or undefined when exhausted. */
export function setIterNext(it: PySetIterator): PyObject | undefined {
  return it.next();
}

/** Methods shared by set and frozenset. */
function installCommon(t: PyType): void {
  const q = t.name;
  defMethod(t, '__repr__', (vm, args) => setRepr(vm, self(args)));
  defMethod(t, '__len__', (_vm, args) => self(args).used);
  defMethod(t, '__iter__', (_vm, args) => new PySetIterator(self(args)));
  defMethod(t, '__contains__', (vm, args, kwargs) => {
    const key = oneArg(`${q}.__contains__`, args, kwargs);
    return setContains(vm, self(args), key);
  }, { call2: (vm, so, key) => setContains(vm, so as PySetBase, key) });
  defMethod(t, 'copy', (vm, args, kwargs) => {
    noArgs(`${q}.copy`, args, kwargs);
    const so = self(args);
    if (so.cls === frozensetType) return so;
    return setCopy(vm, so);
  });
  defMethod(t, 'union', (vm, args, kwargs) => {
    noKwargs(`${q}.union`, kwargs);
    const so = self(args);
    const result = setCopy(vm, so);
    for (let i = 1; i < args.length; i++) if (args[i] !== so) setUpdate(vm, result, args[i]);
    return result;
  });
  defMethod(t, 'intersection', (vm, args, kwargs) => {
    noKwargs(`${q}.intersection`, kwargs);
    return setIntersectionMulti(vm, self(args), args.slice(1));
  });
  defMethod(t, 'difference', (vm, args, kwargs) => {
    noKwargs(`${q}.difference`, kwargs);
    return setDifferenceMulti(vm, self(args), args.slice(1));
  });
  defMethod(t, 'symmetric_difference', (vm, args, kwargs) => {
    const other = oneArg(`${q}.symmetric_difference`, args, kwargs);
    return setSymmetricDifference(vm, self(args), other);
  });
  defMethod(t, 'isdisjoint', (vm, args, kwargs) => {
    const other = oneArg(`${q}.isdisjoint`, args, kwargs);
    return setIsDisjoint(vm, self(args), other);
  });
  defMethod(t, 'issubset', (vm, args, kwargs) => {
    const other = oneArg(`${q}.issubset`, args, kwargs);
    return setIsSubset(vm, self(args), other);
  });
  defMethod(t, 'issuperset', (vm, args, kwargs) => {
    const other = oneArg(`${q}.issuperset`, args, kwargs);
    return setIsSuperset(vm, self(args), other);
  });
  for (const name of ['__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__']) {
    defMethod(t, name, (vm, args, kwargs) => {
      wrapperCheck(args, 1, kwargs, `${q}.${name}`);
      return setRichCompare(vm, self(args), args[1], name);
    });
  }
  const binop = (name: string, fn: (vm: VM, a: PySetBase, b: PySetBase) => PyObject) => {
    defMethod(t, `__${name}__`, (vm, args, kwargs) => {
      wrapperCheck(args, 1, kwargs, `${q}.__${name}__`);
      const a = args[0];
      const b = args[1];
      if (!isAnySet(a) || !isAnySet(b)) return NotImplemented;
      return fn(vm, a, b);
    });
    defMethod(t, `__r${name}__`, (vm, args, kwargs) => {
      wrapperCheck(args, 1, kwargs, `${q}.__r${name}__`);
      const a = args[1];
      const b = args[0];
      if (!isAnySet(a) || !isAnySet(b)) return NotImplemented;
      return fn(vm, a, b);
    });
  };
  binop('or', (vm, a, b) => {
    const r = setCopy(vm, a);
    if (a !== b) setUpdate(vm, r, b);
    return r;
  });
  binop('and', (vm, a, b) => setIntersection(vm, a, b));
  binop('sub', (vm, a, b) => setDifference(vm, a, b));
  binop('xor', (vm, a, b) => setSymmetricDifference(vm, a, b));
  defClassGetItem(t);
}

/** set.__init__ / frozenset.__new__'s argument checks. */
function initArgs(name: string, cls: PyType, base: PyType, args: PyObject[], kwargs: KwArgs | null, selfCount: number): void {
  noKwargsUnlessOwnInit(name, cls, base, kwargs);
  checkArgCount(cls.name, args, 0, 1, selfCount);
}

/** set.remove: KeyError when the key is not there. */
function setRemove(vm: VM, so: PySetBase, key: PyObject): PyObject {
  const [hi, lo] = keyHash(vm, key);
  if (!so.discardEntry(vm, key, hi, lo)) throw keyError(key);
  return None;
}

export function installSetMethods(): void {
  const s = setType;
  const f = frozensetType;
  defNew(s, (_vm, args, kwargs) => {
    const cls = newClsArg(args, s);
    if (cls === setType) noKwargs('set', kwargs);
    return cls.allocate!(cls);
  });
  defMethod(s, '__init__', (vm, args, kwargs) => {
    const so = self(args);
    noKwargs('set', kwargs);
    initArgs('set', so.cls, setType, args, kwargs, 1);
    if (so.fill > 0) so.clear();
    if (args.length > 1) setUpdate(vm, so, args[1]);
    return None;
  });
  installCommon(s);
  s.setAttr('__hash__', None);
  defMethod(s, 'add', (vm, args, kwargs) => {
    const key = oneArg('set.add', args, kwargs);
    self(args).add(vm, key);
    return None;
  }, {
    call2: (vm, so, key) => {
      (so as PySetBase).add(vm, key);
      return None;
    },
  });
  defMethod(s, 'remove', (vm, args, kwargs) => setRemove(vm, self(args), oneArg('set.remove', args, kwargs)), {
    call2: (vm, so, key) => setRemove(vm, so as PySetBase, key),
  });
  defMethod(s, 'discard', (vm, args, kwargs) => {
    const key = oneArg('set.discard', args, kwargs);
    const so = self(args);
    const [hi, lo] = keyHash(vm, key);
    so.discardEntry(vm, key, hi, lo);
    return None;
  }, {
    call2: (vm, so, key) => {
      const [hi, lo] = keyHash(vm, key);
      (so as PySetBase).discardEntry(vm, key, hi, lo);
      return None;
    },
  });
  defMethod(s, 'pop', (_vm, args, kwargs) => {
    noArgs('set.pop', args, kwargs);
    return self(args).pop();
  }, { call1: (_vm, so) => (so as PySetBase).pop() });
  defMethod(s, 'clear', (_vm, args, kwargs) => {
    noArgs('set.clear', args, kwargs);
    self(args).clear();
    return None;
  });
  defMethod(s, 'update', (vm, args, kwargs) => {
    noKwargs('set.update', kwargs);
    for (let i = 1; i < args.length; i++) setUpdate(vm, self(args), args[i]);
    return None;
  });
  defMethod(s, 'intersection_update', (vm, args, kwargs) => {
    noKwargs('set.intersection_update', kwargs);
    const so = self(args);
    so.takeBody(setIntersectionMulti(vm, so, args.slice(1)));
    return None;
  });
  defMethod(s, 'difference_update', (vm, args, kwargs) => {
    noKwargs('set.difference_update', kwargs);
    for (let i = 1; i < args.length; i++) setDifferenceUpdate(vm, self(args), args[i]);
    return None;
  });
  defMethod(s, 'symmetric_difference_update', (vm, args, kwargs) => {
    const other = oneArg('set.symmetric_difference_update', args, kwargs);
    setSymmetricDifferenceUpdate(vm, self(args), other);
    return None;
  });
  const inplace = (name: string, fn: (vm: VM, so: PySetBase, other: PySetBase) => void): void => {
    defMethod(s, name, (vm, args, kwargs) => {
      wrapperCheck(args, 1, kwargs, `set.${name}`);
      const other = args[1];
      if (!isAnySet(other)) return NotImplemented;
      fn(vm, self(args), other);
      return args[0];
    });
  };
  inplace('__ior__', (vm, so, o) => setUpdate(vm, so, o));
  inplace('__iand__', (vm, so, o) => so.takeBody(setIntersection(vm, so, o)));
  inplace('__isub__', (vm, so, o) => setDifferenceUpdate(vm, so, o));
  inplace('__ixor__', (vm, so, o) => setSymmetricDifferenceUpdate(vm, so, o));

  defNew(f, (vm, args, kwargs) => {
    const cls = newClsArg(args, f);
    initArgs('frozenset', cls, frozensetType, args, kwargs, 1);
    const iterable = args[1];
    if (cls === frozensetType && iterable instanceof PyFrozenSet && iterable.cls === frozensetType) return iterable;
    const so = cls.allocate!(cls) as PySetBase;
    if (iterable !== undefined) setUpdate(vm, so, iterable);
    return so;
  });
  installCommon(f);
  defMethod(f, '__hash__', (_vm, args) => hashToInt(self(args).tableHash()));

  const it = setIteratorType;
  defMethod(it, '__iter__', (_vm, args) => args[0]);
  defMethod(it, '__next__', (_vm, args) => {
    const v = setIterNext(args[0] as PySetIterator);
    if (v === undefined) throw stopIteration();
    return v;
  });
  defMethod(it, '__length_hint__', (_vm, args) => {
    const i = args[0] as PySetIterator;
    return i.set !== null && i.startUsed === i.set.used ? i.remaining : 0;
  });
}

