// dict's methods (Objects/dictobject.c) and the dict_keys / dict_values / dict_items views.

import type { PyObject } from '../objects/object.js';
import { PyObj } from '../objects/object.js';
import { makeNativeType, PyType } from '../objects/type.js';
import { PyDict, dictType, mergesAsPlainDict } from '../objects/dict.js';
import { PyList, listType } from '../objects/list.js';
import { PyTuple, newTuple, tupleType } from '../objects/tuple.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { defMethod, defGetter, PyBuiltinFunction, PyClassMethodDescriptor, KwArgs, raisedPlain } from '../objects/function.js';
import { typeError, valueError, keyError, runtimeError, PyBaseException, TypeError as TypeErrorType } from '../objects/exceptions.js';
import { PyDictIterator, DictIterKind } from '../objects/iterators.js';
import { PySet, PySetBase, setType } from '../objects/set.js';
import { typeOf } from '../ops/typeof.js';
import { repr, len } from '../ops/convert.js';
import { pyEq } from '../ops/compare.js';
import { call, callSpecialMethod } from '../ops/call.js';
import { getAttrOpt } from '../ops/attribute.js';
import { getItem, setItem, getIter, iterNext, contains, toArray } from '../ops/sequence.js';
import { noArgs, oneArg, checkArgCount, noKwargs } from './args.js';
import { reprGuard } from './repr_guard.js';
import { newClsArg, wrapperCheck, defClassGetItem } from './list.js';
import { setUpdate, setDifferenceUpdate, setSymmetricDifferenceUpdate } from './set.js';
import { defNew } from './object.js';
import { PyMappingProxy } from './mappingproxy.js';
import type { VM } from '../vm.js';

export const dictKeysType = makeNativeType('dict_keys', undefined, { final: true });
export const dictValuesType = makeNativeType('dict_values', undefined, { final: true });
export const dictItemsType = makeNativeType('dict_items', undefined, { final: true });
export const dictReverseKeyIteratorType = makeNativeType('dict_reversekeyiterator', undefined, { final: true });
export const dictReverseValueIteratorType = makeNativeType('dict_reversevalueiterator', undefined, { final: true });
export const dictReverseItemIteratorType = makeNativeType('dict_reverseitemiterator', undefined, { final: true });

/** dict.keys(), dict.values(), dict.items(): live views of a dict. */
export class PyDictView extends PyObj {
  /** `cls`: a subtype of the kind's view type (OrderedDict's odict_keys...), else the view type itself. */
  constructor(readonly mapping: PyDict, readonly kind: DictIterKind, cls?: PyType) {
    super(cls ?? (kind === DictIterKind.Keys ? dictKeysType : kind === DictIterKind.Values ? dictValuesType : dictItemsType));
  }
}

/** reversed(dict) and reversed(view): walks a snapshot of the keys backwards, checking the size. */
export class PyDictReverseIterator extends PyObj {
  readonly mapKeys: unknown[];
  index: number;
  readonly initialSize: number;
  constructor(readonly mapping: PyDict, readonly kind: DictIterKind) {
    super(kind === DictIterKind.Keys ? dictReverseKeyIteratorType : kind === DictIterKind.Values ? dictReverseValueIteratorType : dictReverseItemIteratorType);
    this.mapKeys = Array.from(mapping.map.keys());
    this.index = this.mapKeys.length - 1;
    this.initialSize = mapping.size;
  }
}

function reverseNext(it: PyDictReverseIterator): PyObject | undefined {
  if (it.index < 0) return undefined;
  if (it.mapping.size !== it.initialSize) {
    it.index = -1;
    throw runtimeError('dictionary changed size during iteration');
  }
  while (it.index >= 0) {
    const k = it.mapKeys[it.index--] as PyObject;
    const v = it.mapping.map.get(k as never);
    if (v === undefined) continue;
    const key = it.mapping.keyObject(k as never);
    if (it.kind === DictIterKind.Keys) return key;
    if (it.kind === DictIterKind.Values) return v;
    return newTuple([key, v]);
  }
  return undefined;
}

function self(args: PyObject[]): PyDict {
  return args[0] as PyDict;
}

function dictRepr(vm: VM, d: PyDict): string {
  if (d.size === 0) return '{}';
  return reprGuard(vm, d, '{...}', () => {
    const parts: string[] = [];
    for (const [k, v] of d.entries()) parts.push(`${repr(vm, k)}: ${repr(vm, v)}`);
    return '{' + parts.join(', ') + '}';
  });
}

/** PyDict_Merge: copies a mapping's items (dicts directly, anything else through keys() and []). */
export function dictMerge(vm: VM, d: PyDict, other: PyObject): void {
  if (mergesAsPlainDict(other)) {
    if (other === d) return;
    if (!other.copyInto(d, vm)) throw runtimeError('dict mutated during update');
    return;
  }
  const keys = callMethod(vm, other, 'keys', []);
  const it = getIter(vm, keys);
  for (let k = iterNext(vm, it); k !== undefined; k = iterNext(vm, it)) d.set(vm, k, getItem(vm, other, k));
}

/** PyDict_MergeFromSeq2: an iterable of key/value pairs. */
export function dictMergeFromSeq2(vm: VM, d: PyDict, seq: PyObject): void {
  const it = getIter(vm, seq);
  let i = 0;
  for (let item = iterNext(vm, it); item !== undefined; item = iterNext(vm, it), i++) {
    let pair: PyObject[];
    // PySequence_Fast takes only an exact list or tuple as it is; a subclass is iterated (its __iter__ may differ).
    if ((item instanceof PyList && item.cls === listType) || (item instanceof PyTuple && item.cls === tupleType)) pair = item.items;
    else {
      try {
        pair = toArray(vm, item);
      } catch (e) {
        if (e instanceof PyBaseException && e.cls.isSubtypeOf(TypeErrorType)) {
          throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
        }
        throw e;
      }
    }
    if (pair.length !== 2) {
      throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    }
    d.set(vm, pair[0], pair[1]);
  }
}

/** dict_update_arg: a mapping (anything with keys()) or an iterable of pairs. */
export function dictUpdateArg(vm: VM, d: PyDict, arg: PyObject): void {
  if (arg instanceof PyDict && arg.cls === dictType) {
    dictMerge(vm, d, arg);
    return;
  }
  if (getAttrOpt(vm, arg, 'keys') !== undefined) dictMerge(vm, d, arg);
  else dictMergeFromSeq2(vm, d, arg);
}

function dictUpdateCommon(vm: VM, d: PyDict, args: PyObject[], kwargs: KwArgs | null, fname: string): void {
  checkArgCount(fname, args, 0, 1);
  if (args.length > 1) dictUpdateArg(vm, d, args[1]);
  if (kwargs !== null) for (const [k, v] of kwargs) d.setStr(k, v);
}

function callMethod(vm: VM, o: PyObject, name: string, args: PyObject[]): PyObject {
  const m = getAttrOpt(vm, o, name);
  if (m === undefined) throw typeError(`'${typeOf(o).tpName}' object has no attribute '${name}'`);
  return call(vm, m, args);
}

/**
 * dict.fromkeys(src, value) into an empty exact dict when `src` is an exact dict or a set:
 * each key is stored with the hash its source keeps (CPython's _PyDict_FromKeys fast paths),
 * so a key's __hash__ is not called again (its __eq__ still is, for keys of equal hash).
 * False for any other source.
 */
function fromKeysWithHashes(vm: VM, d: PyDict, src: PyObject, value: PyObject): boolean {
  if (src instanceof PyDict && src.cls === dictType) {
    for (const k of src.keyArray()) d.set(vm, k, value, src.storedHash(k));
    return true;
  }
  if (!(src instanceof PySetBase)) return false;
  const slots: number[] = [];
  for (let i = src.nextSlot(0); i >= 0; i = src.nextSlot(i + 1)) slots.push(i);
  const keys = slots.map((i) => src.keyAt(i));
  const his = slots.map((i) => src.hi[i]);
  const los = slots.map((i) => src.lo[i]);
  for (let j = 0; j < keys.length; j++) {
    const k = keys[j];
    if (typeof k === 'string' || typeof k === 'number') d.set(vm, k, value);
    else d.set(vm, k, value, { hi: his[j], lo: los[j] });
  }
  return true;
}

function dictEqual(vm: VM, a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const [k, av] of Array.from(a.entries())) {
    const bv = b.get(vm, k, a.storedHash(k));
    if (bv === undefined) return false;
    if (av !== bv && !pyEq(vm, av, bv)) return false;
  }
  return true;
}

// ---- views ----

function viewSize(o: PyObject): number {
  return (o as PyDictView).mapping.size;
}

function isSetLikeView(o: PyObject): o is PyDictView {
  return o instanceof PyDictView && o.kind !== DictIterKind.Values;
}

function viewContains(vm: VM, v: PyDictView, x: PyObject): boolean {
  if (v.kind === DictIterKind.Keys) return v.mapping.has(vm, x);
  if (v.kind === DictIterKind.Items) {
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const found = v.mapping.get(vm, x.items[0]);
    return found !== undefined && (found === x.items[1] || pyEq(vm, found, x.items[1]));
  }
  return contains(vm, v, x);
}

/** dictviews_to_set: a new set of the view's elements (or of any iterable on the left of a reflected op). */
function viewToSet(vm: VM, o: PyObject): PySet {
  const s = new PySet();
  setUpdate(vm, s, o instanceof PyDictView && o.kind === DictIterKind.Keys ? o.mapping : o);
  return s;
}

/** all_contained_in(a, b): every element of a is in b. */
function allContainedIn(vm: VM, a: PyObject, b: PyObject): boolean {
  const it = getIter(vm, a);
  for (let x = iterNext(vm, it); x !== undefined; x = iterNext(vm, it)) if (!contains(vm, b, x)) return false;
  return true;
}

function viewIntersect(vm: VM, a: PyObject, b: PyObject): PyObject {
  // _PyDictView_Intersect: reuse set.intersection when the other side is a bigger set.
  let selfView = a;
  let other = b;
  if (!(selfView instanceof PyDictView)) {
    selfView = b;
    other = a;
  }
  const sv = selfView as PyDictView;
  if (other instanceof PySet && other.cls === setType && sv.mapping.size <= other.size) {
    return callMethod(vm, other, 'intersection', [sv]);
  }
  let view = sv;
  if (isSetLikeView(other) && other.mapping.size > sv.mapping.size) {
    view = other;
    other = sv;
  }
  const result = new PySet();
  const it = getIter(vm, other);
  for (let x = iterNext(vm, it); x !== undefined; x = iterNext(vm, it)) if (viewContains(vm, view, x)) result.add(vm, x);
  return result;
}

function installViews(): void {
  for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
    defMethod(t, '__len__', (_vm, args) => viewSize(args[0]));
    defMethod(t, '__iter__', (_vm, args) => {
      const v = args[0] as PyDictView;
      return new PyDictIterator(v.mapping, v.kind);
    });
    defMethod(t, '__reversed__', (_vm, args) => {
      const v = args[0] as PyDictView;
      return new PyDictReverseIterator(v.mapping, v.kind);
    });
    defMethod(t, '__repr__', (vm, args) => {
      const v = args[0] as PyDictView;
      // Named by the view's own type (odict_keys), as dictview_repr's tp_name.
      return reprGuard(vm, v, '...', () => `${typeOf(v).tpName}(${repr(vm, new PyList(toArray(vm, v)))})`);
    });
    defGetter(t, 'mapping', (_vm, v) => PyMappingProxy.ofMapping((v as PyDictView).mapping));
  }
  for (const t of [dictKeysType, dictItemsType]) {
    defMethod(t, '__contains__', (vm, args, kwargs) => {
      wrapperCheck(args, 1, kwargs, `${t.name}.__contains__`);
      return viewContains(vm, args[0] as PyDictView, args[1]);
    });
    t.setAttr('__hash__', None);
    const cmp = (name: string, fn: (vm: VM, a: PyObject, b: PyObject) => boolean) => {
      defMethod(t, name, (vm, args) => {
        const a = args[0];
        const b = args[1];
        if (!(b instanceof PySetBase) && !isSetLikeView(b)) return NotImplemented;
        return fn(vm, a, b);
      });
    };
    const size = (vm: VM, o: PyObject) => (o instanceof PyDictView ? o.mapping.size : len(vm, o));
    cmp('__eq__', (vm, a, b) => size(vm, a) === size(vm, b) && allContainedIn(vm, a, b));
    cmp('__ne__', (vm, a, b) => !(size(vm, a) === size(vm, b) && allContainedIn(vm, a, b)));
    cmp('__lt__', (vm, a, b) => size(vm, a) < size(vm, b) && allContainedIn(vm, a, b));
    cmp('__le__', (vm, a, b) => size(vm, a) <= size(vm, b) && allContainedIn(vm, a, b));
    cmp('__gt__', (vm, a, b) => size(vm, a) > size(vm, b) && allContainedIn(vm, b, a));
    cmp('__ge__', (vm, a, b) => size(vm, a) >= size(vm, b) && allContainedIn(vm, b, a));
    const binop = (name: string, fn: (vm: VM, a: PyObject, b: PyObject) => PyObject) => {
      defMethod(t, `__${name}__`, (vm, args) => fn(vm, args[0], args[1]));
      defMethod(t, `__r${name}__`, (vm, args) => fn(vm, args[1], args[0]));
    };
    binop('and', viewIntersect);
    binop('or', (vm, a, b) => {
      const r = viewToSet(vm, a);
      setUpdate(vm, r, b);
      return r;
    });
    binop('sub', (vm, a, b) => {
      const r = viewToSet(vm, a);
      setDifferenceUpdate(vm, r, b);
      return r;
    });
    binop('xor', (vm, a, b) => {
      const r = viewToSet(vm, a);
      setSymmetricDifferenceUpdate(vm, r, b);
      return r;
    });
    defMethod(t, 'isdisjoint', (vm, args, kwargs) => {
      const other = oneArg(`${t.name}.isdisjoint`, args, kwargs);
      const v = args[0] as PyDictView;
      if (other === v) return v.mapping.size === 0;
      let inside: PyObject = v;
      let iterated: PyObject = other;
      if ((other instanceof PySetBase || isSetLikeView(other)) && size(vm, other) > v.mapping.size) {
        inside = other;
        iterated = v;
      }
      const it = getIter(vm, iterated);
      for (let x = iterNext(vm, it); x !== undefined; x = iterNext(vm, it)) if (contains(vm, inside, x)) return false;
      return true;
    });
  }
  for (const t of [dictReverseKeyIteratorType, dictReverseValueIteratorType, dictReverseItemIteratorType]) {
    defMethod(t, '__iter__', (_vm, args) => args[0]);
    defMethod(t, '__next__', (_vm, args) => {
      const v = reverseNext(args[0] as PyDictReverseIterator);
      if (v === undefined) throw newStopIteration();
      return v;
    });
    defMethod(t, '__length_hint__', (_vm, args) => {
      const it = args[0] as PyDictReverseIterator;
      return it.mapping.size === it.initialSize ? Math.max(0, it.index + 1) : 0;
    });
  }
}

import { stopIteration } from '../objects/exceptions.js';
function newStopIteration(): PyBaseException {
  return stopIteration();
}

/** The next value of a reversed dict iterator, for iterNext fast paths (undefined when exhausted). */
export function dictReverseIterNext(it: PyDictReverseIterator): PyObject | undefined {
  return reverseNext(it);
}

/** d[key]: a subclass's __missing__ answers a key that is not there. */
function dictGetItem(vm: VM, d: PyDict, key: PyObject): PyObject {
  const v = d.get(vm, key);
  if (v !== undefined) return v;
  if (d.cls !== dictType) {
    const missing = d.cls.lookup('__missing__');
    if (missing !== undefined) return callSpecialMethod(vm, d, missing, [key]);
  }
  throw keyError(key);
}

function popitem(vm: VM, d: PyDict): PyObject {
  const kv = d.popLast(vm);
  if (kv === undefined) throw keyError('popitem(): dictionary is empty');
  return newTuple(kv);
}

function dictDelItem(vm: VM, d: PyDict, key: PyObject): PyObject {
  if (!d.remove(vm, key)) throw keyError(key);
  return None;
}

export function installDictMethods(): void {
  const t = dictType;
  defNew(t, (_vm, args) => {
    const cls = newClsArg(args, t);
    return cls.allocate!(cls);
  });
  defMethod(t, '__init__', (vm, args, kwargs) => {
    dictUpdateCommon(vm, self(args), args, kwargs, 'dict');
    return None;
  });
  defMethod(t, '__repr__', (vm, args) => dictRepr(vm, self(args)));
  defMethod(t, '__len__', (_vm, args) => self(args).size);
  t.setAttr('__hash__', None);
  // The fixed-arity entries are what d[k], d[k] = v, del d[k] and `k in d` call for a
  // subclass that does not override them (callSpecialMethod), without an argument array.
  defMethod(t, '__getitem__', (vm, args, kwargs) => dictGetItem(vm, self(args), oneArg('dict.__getitem__', args, kwargs)), {
    call2: (vm, d, key) => dictGetItem(vm, d as PyDict, key),
  });
  defMethod(t, '__setitem__', (vm, args, kwargs) => {
    wrapperCheck(args, 2, kwargs, 'dict.__setitem__');
    self(args).set(vm, args[1], args[2]);
    return None;
  }, {
    call3: (vm, d, key, value) => {
      (d as PyDict).set(vm, key, value);
      return None;
    },
  });
  defMethod(t, '__delitem__', (vm, args, kwargs) => {
    wrapperCheck(args, 1, kwargs, 'dict.__delitem__');
    return dictDelItem(vm, self(args), args[1]);
  }, { call2: (vm, d, key) => dictDelItem(vm, d as PyDict, key) });
  defMethod(t, '__contains__', (vm, args, kwargs) => self(args).has(vm, oneArg('dict.__contains__', args, kwargs)), {
    call2: (vm, d, key) => (d as PyDict).has(vm, key),
  });
  defMethod(t, '__iter__', (_vm, args) => new PyDictIterator(self(args), DictIterKind.Keys));
  defMethod(t, '__reversed__', (_vm, args, kwargs) => {
    noArgs('dict.__reversed__', args, kwargs);
    return new PyDictReverseIterator(self(args), DictIterKind.Keys);
  });
  const eq = (negate: boolean) => (vm: VM, args: PyObject[], kwargs: KwArgs | null): PyObject => {
    wrapperCheck(args, 1, kwargs, negate ? 'dict.__ne__' : 'dict.__eq__');
    const b = args[1];
    if (!(b instanceof PyDict)) return NotImplemented;
    return dictEqual(vm, self(args), b) !== negate;
  };
  defMethod(t, '__eq__', eq(false));
  defMethod(t, '__ne__', eq(true));
  for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) defMethod(t, name, () => NotImplemented);
  const or = (vm: VM, a: PyObject, b: PyObject): PyObject => {
    if (!(a instanceof PyDict) || !(b instanceof PyDict)) return NotImplemented;
    // PyDict_Copy: an empty dict stays empty; a subclass with its own __iter__ is copied through keys() and [].
    const r = new PyDict();
    if (a.size !== 0) dictMerge(vm, r, a);
    dictUpdateArg(vm, r, b);
    return r;
  };
  defMethod(t, '__or__', (vm, args, kwargs) => {
    wrapperCheck(args, 1, kwargs, 'dict.__or__');
    return or(vm, args[0], args[1]);
  });
  defMethod(t, '__ror__', (vm, args, kwargs) => {
    wrapperCheck(args, 1, kwargs, 'dict.__ror__');
    return or(vm, args[1], args[0]);
  });
  defMethod(t, '__ior__', (vm, args, kwargs) => {
    wrapperCheck(args, 1, kwargs, 'dict.__ior__');
    dictUpdateArg(vm, self(args), args[1]);
    return args[0];
  });
  defMethod(t, 'keys', (_vm, args, kwargs) => {
    noArgs('dict.keys', args, kwargs);
    return new PyDictView(self(args), DictIterKind.Keys);
  }, { call1: (_vm, d) => new PyDictView(d as PyDict, DictIterKind.Keys) });
  defMethod(t, 'values', (_vm, args, kwargs) => {
    noArgs('dict.values', args, kwargs);
    return new PyDictView(self(args), DictIterKind.Values);
  }, { call1: (_vm, d) => new PyDictView(d as PyDict, DictIterKind.Values) });
  defMethod(t, 'items', (_vm, args, kwargs) => {
    noArgs('dict.items', args, kwargs);
    return new PyDictView(self(args), DictIterKind.Items);
  }, { call1: (_vm, d) => new PyDictView(d as PyDict, DictIterKind.Items) });
  defMethod(t, 'get', (vm, args, kwargs) => {
    noKwargs('dict.get', kwargs);
    checkArgCount('get', args, 1, 2);
    const v = self(args).get(vm, args[1]);
    return v !== undefined ? v : args.length > 2 ? args[2] : None;
  }, {
    call2: (vm, d, key) => (d as PyDict).get(vm, key) ?? None,
    call3: (vm, d, key, dflt) => (d as PyDict).get(vm, key) ?? dflt,
    // A str or int key, compared with no tpy code (any other key may run __hash__ or __eq__).
    plain2: (_vm, d, key) => {
      const v = (d as PyDict).lookupPlain(key);
      return v === null ? None : v;
    },
    plain3: (_vm, d, key, dflt) => {
      const v = (d as PyDict).lookupPlain(key);
      return v === null ? dflt : v;
    },
  });
  defMethod(t, 'setdefault', (vm, args, kwargs) => {
    noKwargs('dict.setdefault', kwargs);
    checkArgCount('setdefault', args, 1, 2);
    return self(args).setDefault(vm, args[1], args.length > 2 ? args[2] : None);
  }, {
    call2: (vm, d, key) => setdefault(vm, d as PyDict, key, None),
    call3: (vm, d, key, dflt) => setdefault(vm, d as PyDict, key, dflt),
  });
  defMethod(t, 'pop', (vm, args, kwargs) => {
    noKwargs('dict.pop', kwargs);
    checkArgCount('pop', args, 1, 2);
    const v = self(args).delete(vm, args[1]);
    if (v !== undefined) return v;
    if (args.length > 2) return args[2];
    throw keyError(args[1]);
  }, {
    call2: (vm, d, key) => {
      const v = (d as PyDict).delete(vm, key);
      if (v !== undefined) return v;
      throw keyError(key);
    },
    call3: (vm, d, key, dflt) => (d as PyDict).delete(vm, key) ?? dflt,
    // A str or int key, compared with no tpy code (as get's); a missing one's KeyError
    // handed back without a throw (function.ts RAISED).
    plain2: (vm, d, key) => {
      const v = (d as PyDict).lookupPlain(key);
      if (v === undefined) return undefined;
      return v === null ? raisedPlain(vm, keyError(key)) : (d as PyDict).delete(vm, key);
    },
  });
  defMethod(t, 'popitem', (vm, args, kwargs) => {
    noArgs('dict.popitem', args, kwargs);
    return popitem(vm, self(args));
  }, { call1: (vm, d) => popitem(vm, d as PyDict) });
  defMethod(t, 'update', (vm, args, kwargs) => {
    dictUpdateCommon(vm, self(args), args, kwargs, 'update');
    return None;
  }, {
    call1: () => None,
    call2: (vm, d, other) => {
      dictUpdateArg(vm, d as PyDict, other);
      return None;
    },
  });
  defMethod(t, 'clear', (_vm, args, kwargs) => {
    noArgs('dict.clear', args, kwargs);
    self(args).clear();
    return None;
  });
  defMethod(t, 'copy', (vm, args, kwargs) => {
    noArgs('dict.copy', args, kwargs);
    const r = new PyDict();
    // PyDict_Copy merges: a subclass with its own __iter__ is copied through keys() and [].
    dictMerge(vm, r, self(args));
    return r;
  }, {
    call1: (vm, d) => {
      const r = new PyDict();
      dictMerge(vm, r, d);
      return r;
    },
  });
  function setdefault(vm: VM, d: PyDict, key: PyObject, dflt: PyObject): PyObject {
    return d.setDefault(vm, key, dflt);
  }
  t.setAttr('fromkeys', new PyClassMethodDescriptor(new PyBuiltinFunction('fromkeys', (vm, args, kwargs) => {
    noKwargs('dict.fromkeys', kwargs);
    checkArgCount('fromkeys', args, 1, 2);
    const cls = args[0];
    const value = args.length > 2 ? args[2] : None;
    const d = call(vm, cls, []);
    const exact = d instanceof PyDict && d.cls === dictType;
    // An exact dict from an exact dict or a set takes each key with the hash its source keeps.
    if (exact && fromKeysWithHashes(vm, d, args[1], value)) return d;
    const it = getIter(vm, args[1]);
    for (let k = iterNext(vm, it); k !== undefined; k = iterNext(vm, it)) {
      if (exact) (d as PyDict).set(vm, k, value);
      else setItem(vm, d, k, value);
    }
    return d;
  }), t));
  defClassGetItem(t);
  installViews();
}

export { PyType };
