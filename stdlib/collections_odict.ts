// OrderedDict's iterators and views (Objects/odictobject.c's odict_iterator, odict_keys,
// odict_values, odict_items), for the OrderedDict class of stdlib/lib/collections.
//
// An OrderedDict iterator is not a dict iterator: it holds the key it will give next, and a
// change to the set of keys since it was made (od_state) ends it with "OrderedDict mutated
// during iteration", while a value stored under a present key does not; clear() alone is
// "changed size". With only one key left to give, a key added meanwhile goes unnoticed.

import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { makeNativeType, type PyType } from '../vm/objects/type.js';
import { PyDict, dictType, newMapKey, type MapKey } from '../vm/objects/dict.js';
import { defMethod, PyBuiltinFunction } from '../vm/objects/function.js';
import { newTuple, PyTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { keyError, runtimeError, stopIteration, typeError, valueError } from '../vm/objects/exceptions.js';
import { DictIterKind, PyNativeIterator } from '../vm/objects/iterators.js';
import { PyDictView, dictKeysType, dictValuesType, dictItemsType } from '../vm/methods/dict.js';
import { checkArgCount } from '../vm/methods/args.js';
import { typeName, typeOf } from '../vm/ops/typeof.js';
import { getAttrOpt } from '../vm/ops/attribute.js';
import { call } from '../vm/ops/call.js';
import { getItem, getIter, iterNext, setItem } from '../vm/ops/sequence.js';
import type { VM } from '../vm/vm.js';

/**
 * What an OrderedDict keeps beside its dict (PyDict.odict): the keys added through its own
 * __setitem__, which with the dict's keysRemoved make CPython's od_state (a key added by
 * dict.__setitem__(od, k, v) is not one: only "changed size"), and its last map key as last
 * seen, while the dict's keys are unchanged since (move_to_end of the last key moves nothing).
 */
class ODictState {
  added = 0;
  end: MapKey | undefined = undefined;
  endSize = -1;
  endRemoved = -1;
  endCleared = -1;
}

function stateOf(od: PyDict): ODictState {
  return (od.odict ??= new ODictState()) as ODictState;
}

function addedTo(od: PyDict): number {
  return od.odict === null ? 0 : (od.odict as ODictState).added;
}

/** Notes `k` as the last map key of `od` as it is now. */
function noteEnd(od: PyDict, st: ODictState, k: MapKey | undefined): void {
  st.end = k;
  st.endSize = od.size;
  st.endRemoved = od.keysRemoved;
  st.endCleared = od.keysCleared;
}

function endKnown(od: PyDict, st: ODictState): boolean {
  return st.endSize === od.size && st.endRemoved === od.keysRemoved && st.endCleared === od.keysCleared;
}

/** The last map key (walked for only when the keys changed since it was last noted). */
function lastMapKey(od: PyDict): MapKey | undefined {
  const st = stateOf(od);
  if (!endKnown(od, st)) noteEnd(od, st, od.endMapKey(true));
  return st.end;
}

const odictIteratorType = makeNativeType('odict_iterator', undefined, { final: true, allocate: null });
const odictKeysType = makeNativeType('odict_keys', dictKeysType, { final: true, allocate: null });
const odictValuesType = makeNativeType('odict_values', dictValuesType, { final: true, allocate: null });
const odictItemsType = makeNativeType('odict_items', dictItemsType, { final: true, allocate: null });

/**
 * The next map key to give, walked in order (a live Map iterator) or backwards (a snapshot).
 * A PyNativeIterator: `for` loops take its items without a call of __next__.
 */
class PyODictIterator extends PyNativeIterator {
  /** Null once the iterator is done (CPython clears di_odict). */
  od: PyDict | null;
  /** The map key to give next; undefined when there is none. */
  current: unknown;
  private readonly forward: Iterator<unknown> | null;
  private readonly backward: unknown[] | null;
  private back: number;
  readonly size: number;
  /** Once "changed size" was raised, it is raised again on every call (CPython's di_size = -1). */
  sizeChanged = false;
  readonly removed: number;
  readonly cleared: number;
  readonly added: number;
  constructor(od: PyDict, readonly kind: DictIterKind, reversed: boolean) {
    super(odictIteratorType);
    this.od = od;
    const map = od.map;
    this.size = map.size;
    this.removed = od.keysRemoved;
    this.cleared = od.keysCleared;
    this.added = addedTo(od);
    this.forward = reversed ? null : map.keys();
    this.backward = reversed ? Array.from(map.keys()) : null;
    this.back = this.backward === null ? 0 : this.backward.length;
    this.current = this.advance();
  }

  /** The key after `current` in the walk's order, or undefined at its end. */
  advance(): unknown {
    if (this.forward !== null) {
      const r = this.forward.next();
      return r.done === true ? undefined : r.value;
    }
    return this.back > 0 ? this.backward![--this.back] : undefined;
  }

  next(vm: VM): PyObject | undefined {
    const k = nextKey(vm, this);
    if (k === undefined) return undefined;
    const od = this.od!;
    const key = od.keyObject(k as never);
    if (this.kind === DictIterKind.Keys) return key;
    const v = valueOf(vm, od, k as MapKey, key);
    return this.kind === DictIterKind.Values ? v : newTuple([key, v]);
  }

  /** `for k, v in od.items()`: the pair into `out`, no tuple made (iterNextPair). */
  override nextPair(vm: VM, out: PyObject[]): boolean | null {
    if (this.kind !== DictIterKind.Items) return null;
    const k = nextKey(vm, this);
    if (k === undefined) return false;
    const od = this.od!;
    const key = od.keyObject(k as never);
    out[0] = key;
    out[1] = valueOf(vm, od, k as MapKey, key);
    return true;
  }

  /** Whether keys were added or removed (not by clear() alone) since the iterator was made (od_state). */
  stateChanged(od: PyDict): boolean {
    return od.keysRemoved !== this.removed || addedTo(od) !== this.added;
  }
}

/**
 * A value for an odict iterator: CPython looks it up by its key (PyODict_GetItem), which calls
 * the __hash__ of a key hashed by the program's own code; others are read without hashing.
 */
function valueOf(vm: VM, od: PyDict, k: MapKey, key: PyObject): PyObject {
  if (typeof k === 'object' && od.storedHash(key) !== undefined) {
    const v = od.get(vm, key);
    if (v === undefined) throw keyError(key);
    return v;
  }
  return od.valueAt(k)!;
}

/** odictiter_nextkey: the next map key, or undefined at the end; raises as CPython's. */
function nextKey(vm: VM, it: PyODictIterator): unknown {
  const od = it.od;
  if (od === null) return undefined;
  if (it.current === undefined) {
    it.od = null;
    return undefined;
  }
  // Unchanged keys (the usual case) cost three comparisons.
  if (od.keysRemoved === it.removed && od.keysCleared === it.cleared && od.size === it.size && !it.sizeChanged) {
    const key = it.current;
    if (typeof key === 'object') findNode(vm, od, key as MapKey);
    it.current = it.advance();
    return key;
  }
  if (it.stateChanged(od)) {
    it.od = null;
    throw runtimeError('OrderedDict mutated during iteration');
  }
  if (it.sizeChanged || it.size !== od.size) {
    it.sizeChanged = true;
    throw runtimeError('OrderedDict changed size during iteration');
  }
  const key = it.current;
  if (typeof key === 'object') findNode(vm, od, key as MapKey);
  it.current = it.advance();
  return key;
}

/**
 * CPython's odict iterator finds each key's node by hashing the key (_odict_find_node): a key
 * hashed by the program's own code has its __hash__ (and __eq__ on a collision) called, and a
 * KeyError if it is not found. Other keys run no code of the program: not looked up.
 */
function findNode(vm: VM, od: PyDict, k: MapKey): void {
  const key = k as PyObject;
  if (od.storedHash(key) !== undefined && od.mapKeyOf(vm, key) === undefined) throw keyError(key);
}

function odictIterNext(vm: VM, it: PyODictIterator): PyObject {
  const v = it.next(vm);
  if (v === undefined) throw stopIteration();
  return v;
}

function viewType(kind: DictIterKind): PyType {
  return kind === DictIterKind.Keys ? odictKeysType : kind === DictIterKind.Values ? odictValuesType : odictItemsType;
}

function asODict(fname: string, o: PyObject): PyDict {
  if (!(o instanceof PyDict)) throw typeError(`${fname}() argument must be an OrderedDict, not ${typeName(o)}`);
  return o;
}

let installed = false;

function install(): void {
  defMethod(odictIteratorType, '__iter__', (_vm, args) => args[0]);
  defMethod(odictIteratorType, '__next__', (vm, args) => odictIterNext(vm, args[0] as PyODictIterator));
  for (const t of [odictKeysType, odictValuesType, odictItemsType]) {
    defMethod(t, '__iter__', (_vm, args) => {
      const v = args[0] as PyDictView;
      return new PyODictIterator(v.mapping, v.kind, false);
    });
    defMethod(t, '__reversed__', (_vm, args) => {
      const v = args[0] as PyDictView;
      return new PyODictIterator(v.mapping, v.kind, true);
    });
  }
}

/** _collections._odict_iter(od, kind, reversed): kind 0 keys, 1 values, 2 items. */
const odictIterFn = new PyBuiltinFunction('_odict_iter', (_vm, args) => {
  checkArgCount('_odict_iter', args, 3, 3, 0);
  return new PyODictIterator(asODict('_odict_iter', args[0]), kindOf(args[1]), args[2] === true);
}, '_collections');

/** _collections._odict_view(od, kind): od.keys(), values() or items(). */
const odictViewFn = new PyBuiltinFunction('_odict_view', (_vm, args) => {
  checkArgCount('_odict_view', args, 2, 2, 0);
  const kind = kindOf(args[1]);
  return new PyDictView(asODict('_odict_view', args[0]), kind, viewType(kind));
}, '_collections');

/**
 * _collections._odict_install(cls): gives the OrderedDict class its __setitem__
 * (PyODict_SetItem): the dict's store, a new key counted in od_state and noted as the last key.
 */
const odictInstallFn = new PyBuiltinFunction('_odict_install', (_vm, args) => {
  checkArgCount('_odict_install', args, 1, 1, 0);
  defMethod(args[0] as PyType, '__setitem__', (vm, a) => {
    checkArgCount('__setitem__', a, 2, 2);
    odictSetItem(vm, asODict('__setitem__', a[0]), a[1], a[2]);
    return None;
  });
  return None;
}, '_collections');

function odictSetItem(vm: VM, od: PyDict, key: PyObject, value: PyObject): void {
  const n = od.size;
  od.set(vm, key, value);
  if (od.size !== n) {
    const st = stateOf(od);
    st.added++;
    noteEnd(od, st, newMapKey(key));
  }
}

/**
 * _collections._odict_update(od, args, kwds): OrderedDict.__init__'s and update()'s
 * mutablemapping_update: an exact dict's items, a mapping's keys() and [key], an object's
 * items(), or pairs, then the keywords' items, each stored by od[key] = value (its class's
 * __setitem__, hashing the key again as CPython does).
 */
const odictUpdateFn = new PyBuiltinFunction('_odict_update', (vm, args) => {
  checkArgCount('_odict_update', args, 3, 3, 0);
  const od = args[0];
  const pos = (args[1] as PyTuple).items;
  if (pos.length > 1) throw typeError(`update() takes at most 1 positional argument (${pos.length} given)`);
  if (pos.length === 1) {
    const other = pos[0];
    if (other instanceof PyDict && other.cls === dictType) addPairs(vm, od, other.itemArray());
    else {
      const keys = getAttrOpt(vm, other, 'keys');
      if (keys !== undefined) {
        const it = getIter(vm, call(vm, keys, []));
        for (let k = iterNext(vm, it); k !== undefined; k = iterNext(vm, it)) setItem(vm, od, k, getItem(vm, other, k));
      } else {
        const items = getAttrOpt(vm, other, 'items');
        addPairs(vm, od, items !== undefined ? call(vm, items, []) : other);
      }
    }
  }
  const kwds = args[2] as PyDict;
  if (kwds.size !== 0) addPairs(vm, od, kwds.itemArray());
  return None;
}, '_collections');

/** mutablemapping_add_pairs: each item of `pairs` unpacked to a key and a value, stored in `od`. */
function addPairs(vm: VM, od: PyObject, pairs: PyObject | PyObject[]): void {
  const it = Array.isArray(pairs) ? null : getIter(vm, pairs);
  for (let i = 0; ; i++) {
    const pair = it === null ? (pairs as PyObject[])[i] : iterNext(vm, it);
    if (pair === undefined) return;
    const p = getIter(vm, pair);
    const key = iterNext(vm, p);
    if (key === undefined) throw valueError('need more than 0 values to unpack');
    const value = iterNext(vm, p);
    if (value === undefined) throw valueError('need more than 1 value to unpack');
    if (iterNext(vm, p) !== undefined) throw valueError('too many values to unpack (expected 2)');
    setItem(vm, od, key, value);
  }
}

/**
 * _collections._odict_copy(od, exact): OrderedDict.copy (odict_copy). An exact OrderedDict's
 * values are looked up by key (hashing the key), stored with the hash the dict keeps; a
 * subclass's copy is type(od)() filled through od[key] and copy[key] = value.
 */
const odictCopyFn = new PyBuiltinFunction('_odict_copy', (vm, args) => {
  checkArgCount('_odict_copy', args, 2, 2, 0);
  const od = asODict('copy', args[0]);
  const copy = call(vm, typeOf(od), []);
  const keys = od.keyArray();
  if (args[1] === true && copy instanceof PyDict) {
    for (const key of keys) {
      const v = od.get(vm, key);
      if (v === undefined) throw keyError(key);
      const n = copy.size;
      copy.set(vm, key, v, od.storedHash(key));
      if (copy.size !== n) {
        const st = stateOf(copy);
        st.added++;
        noteEnd(copy, st, newMapKey(key));
      }
    }
  } else {
    for (const key of keys) setItem(vm, copy, key, getItem(vm, od, key));
  }
  return copy;
}, '_collections');

/**
 * _collections._odict_popitem(od, last): OrderedDict.popitem. The end key is removed with the
 * hash the dict keeps: nothing is hashed, and a subclass's own methods are not called (3.11).
 */
const odictPopItemFn = new PyBuiltinFunction('_odict_popitem', (vm, args) => {
  checkArgCount('_odict_popitem', args, 2, 2, 0);
  const od = asODict('popitem', args[0]);
  if (od.size === 0) throw keyError('dictionary is empty');
  const last = args[1] === true;
  const st = stateOf(od);
  const endKept = !last && endKnown(od, st);
  const item = last ? od.popLast(vm) : od.popFirstItem(vm);
  if (endKept && od.size !== 0) noteEnd(od, st, st.end);
  return newTuple(item!);
}, '_collections');

/**
 * _collections._odict_move_to_end(od, key, last): OrderedDict.move_to_end. The key at that end
 * already (the same object, which is not hashed, or an equal one) stays, changing nothing: an
 * iteration goes on. Any other is moved (od_state changes) or is a KeyError.
 */
const odictMoveToEndFn = new PyBuiltinFunction('_odict_move_to_end', (vm, args) => {
  checkArgCount('_odict_move_to_end', args, 3, 3, 0);
  const od = asODict('move_to_end', args[0]);
  const key = args[1];
  const last = args[2] === true;
  if (od.size === 0) throw keyError(key);
  const end = last ? lastMapKey(od) : od.endMapKey(false);
  if (end !== undefined && od.keyObject(end) === key) return None;
  const k = od.mapKeyOf(vm, key);
  if (k === undefined) throw keyError(key);
  if (k === (last ? lastMapKey(od) : od.endMapKey(false))) return None;
  od.moveMapKey(k, last);
  if (last) noteEnd(od, stateOf(od), k);
  return None;
}, '_collections');

function kindOf(o: PyObject): DictIterKind {
  return o === 1 ? DictIterKind.Values : o === 2 ? DictIterKind.Items : DictIterKind.Keys;
}

export function installODict(m: PyObj & { dict: PyDict | null }): void {
  if (!installed) {
    installed = true;
    install();
  }
  m.dict!.setStr('_odict_iter', odictIterFn);
  m.dict!.setStr('_odict_view', odictViewFn);
  m.dict!.setStr('_odict_install', odictInstallFn);
  m.dict!.setStr('_odict_update', odictUpdateFn);
  m.dict!.setStr('_odict_copy', odictCopyFn);
  m.dict!.setStr('_odict_popitem', odictPopItemFn);
  m.dict!.setStr('_odict_move_to_end', odictMoveToEndFn);
}
