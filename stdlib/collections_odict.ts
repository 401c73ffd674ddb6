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
import { PyDict } from '../vm/objects/dict.js';
import { defMethod, PyBuiltinFunction } from '../vm/objects/function.js';
import { newTuple } from '../vm/objects/tuple.js';
import { runtimeError, stopIteration, typeError } from '../vm/objects/exceptions.js';
import { DictIterKind, PyNativeIterator } from '../vm/objects/iterators.js';
import { PyDictView, dictKeysType, dictValuesType, dictItemsType } from '../vm/methods/dict.js';
import { checkArgCount } from '../vm/methods/args.js';
import { typeName } from '../vm/ops/typeof.js';
import type { VM } from '../vm/vm.js';

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
  constructor(od: PyDict, readonly kind: DictIterKind, reversed: boolean) {
    super(odictIteratorType);
    this.od = od;
    const map = od.map;
    this.size = map.size;
    this.removed = od.keysRemoved;
    this.cleared = od.keysCleared;
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

  next(_vm: VM): PyObject | undefined {
    const k = nextKey(this);
    if (k === undefined) return undefined;
    const od = this.od!;
    const key = od.keyObject(k as never);
    if (this.kind === DictIterKind.Keys) return key;
    const v = od.map.get(k as never)!;
    return this.kind === DictIterKind.Values ? v : newTuple([key, v]);
  }

  /** `for k, v in od.items()`: the pair into `out`, no tuple made (iterNextPair). */
  override nextPair(_vm: VM, out: PyObject[]): boolean | null {
    if (this.kind !== DictIterKind.Items) return null;
    const k = nextKey(this);
    if (k === undefined) return false;
    const od = this.od!;
    out[0] = od.keyObject(k as never);
    out[1] = od.map.get(k as never)!;
    return true;
  }

  /** Whether keys were added or removed (not by clear() alone) since the iterator was made. */
  stateChanged(od: PyDict): boolean {
    const removed = od.keysRemoved - this.removed;
    const added = od.size - this.size + removed + (od.keysCleared - this.cleared);
    return removed !== 0 || added > 0;
  }
}

/** odictiter_nextkey: the next map key, or undefined at the end; raises as CPython's. */
function nextKey(it: PyODictIterator): unknown {
  const od = it.od;
  if (od === null) return undefined;
  if (it.current === undefined) {
    it.od = null;
    return undefined;
  }
  // Unchanged keys (the usual case) cost three comparisons.
  if (od.keysRemoved === it.removed && od.keysCleared === it.cleared && od.size === it.size && !it.sizeChanged) {
    const key = it.current;
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
  it.current = it.advance();
  return key;
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
}
