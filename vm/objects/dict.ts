// The dict type: insertion-ordered, with Python's key semantics (1 == 1.0 == True is one key).
//
// Keys are normalised to a JS Map key: str, int and float values map to primitives
// (so 1, 1.0 and True share the key 1), objects hashed by identity map to themselves,
// and objects hashed by value (tuples, frozensets, classes defining __hash__) map to
// the first equal key object inserted, found through a hash -> keys index.

import { PyObj, PyObject } from './object.js';
import { makeNativeType, PyType } from './type.js';
import { PyFloat, floatType } from './float.js';
import { PyComplex } from './complex.js';
import { PyStrSub, strType } from './str.js';
import { PyIntSub, intType, normInt } from './int.js';
import type { VM } from '../vm.js';
import { hashKeyKind, pyHash } from '../ops/hash.js';
import { hashParts, lastHashHi, lastHashLo, hashIntFromParts } from './set.js';
import { PyTuple, tupleType } from './tuple.js';
import { None } from './singletons.js';
import { pyEq } from '../ops/compare.js';
import { stampingAllocations, nextStamp } from '../alloc_stamps.js';

export const dictType = makeNativeType('dict', undefined, { allocate: (cls) => new PyDict(cls) });

export type MapKey = string | number | bigint | PyObject;

/**
 * The source of dict versions: every change to any dict takes the next number, so a
 * version identifies one dict in one state (PEP 509's ma_version_tag). The same clock gives
 * the keys stamps (keysVersion) that LOAD_GLOBAL's caches check, so that a stamp, too,
 * belongs to one dict.
 */
let versionClock = 0;

/**
 * The version a split instance dict takes when compiled code stores into it (jit_ops.ts
 * STORE_ATTR writes the value itself, so that the store needs no call V8 may leave out of
 * line): the same clock, read through this function so that compiled code shares it.
 */
export function nextDictVersion(): number {
  return ++versionClock;
}

/**
 * The attribute names the instances of one class have been given, in the order they were
 * first assigned (CPython's shared keys of split tables). Append-only, so a name's index
 * never changes: an inline cache can remember it.
 */
export class SharedKeys {
  readonly names: string[] = [];
  readonly index = new Map<string, number>();
}

/** A new instance dict for an object of type `t`: split over the class's shared keys for user classes. */
export function newInstanceDict(t: PyType): PyDict {
  return t.isHeapType ? PyDict.split(t.sharedKeys ??= new SharedKeys()) : new PyDict();
}

/** The map of every split dict: always empty, never written (a split dict's items are in `vals`). */
const NO_TABLE: Map<MapKey, PyObject> = new Map();
/**
 * The table of a dict made without one, shared and never written: the dict gets its own at
 * its first store (`map`, setStr). Many dicts stay empty (a **kwargs parameter's, most of
 * all), and a Map is most of an empty dict's allocation.
 */
const EMPTY_TABLE: Map<MapKey, PyObject> = new Map();

/**
 * One name's value in a dict that LOAD_GLOBAL caches read. CPython 3.11 caches a global's
 * index in the dict's keys; a JS Map has no index to keep, so the dict keeps this box per
 * cached name instead, and a store through it (a module-level loop's own variables) reaches
 * the table only when the table is next read (DictWatch.dirty). `value` is undefined once
 * the dict stopped keeping it (unwatch).
 */
export class GlobalSlot {
  /** Whether `value` is newer than the table's (the slot is in its dict's DictWatch.dirty). */
  dirty = false;
  constructor(public value: PyObject | undefined, readonly dict: PyDict, readonly key: string) {}
}

/**
 * What a dict keeps while LOAD_GLOBAL caches read it: a slot per name they cached, the slots
 * whose values the table has yet to take, and the builtins dict that caches resolved names
 * against (a name found there is only valid while this dict does not get it, and for that
 * builtins dict). Every read of the table's values takes the dirty slots' values first (flush).
 */
class DictWatch {
  readonly slots = new Map<string, GlobalSlot>();
  readonly dirty: GlobalSlot[] = [];
  builtins: PyDict | null = null;
}

/** A class stops adding names to its shared keys past this many (its instances' dicts combine instead). */
const MAX_SHARED_KEYS = 30;

/**
 * A PyObj by its prototype (linked below), not by `extends`, for the reason PyInstance gives
 * (vm/objects/object.ts): every instance's first attribute makes one of these.
 */
export interface PyDict extends PyObj {}
export class PyDict {
  declare cls: PyType;
  declare dict: PyDict | null;
  /** Normalised key -> value, in insertion order (NO_TABLE while the dict is split, EMPTY_TABLE until its first store). */
  private table: Map<MapKey, PyObject>;
  /**
   * Split form (instance dicts): the class's shared keys and this instance's values for
   * the first `nvals` of them, all present, in that order; `table` is unused. Any
   * other change (a deletion, an out-of-order or non-str key) combines the dict first.
   */
  shared: SharedKeys | null;
  /**
   * The split values: the first `nvals` are this instance's, the rest room made for the names
   * its class's instances have (an array grown by push has room for 17 values from its first,
   * ~120 bytes more than an instance with two attributes needs).
   */
  vals: PyObject[] | null;
  nvals: number;
  /** Changes whenever an item is set or removed (see versionClock); mutate `map` only through the methods below. */
  version: number;
  /**
   * While `watch` is set: a stamp of the dict's set of keys, from the version clock (so unique
   * to this dict), taken anew whenever a key is added or removed, but not when a value is
   * stored (CPython's dk_version): what a LOAD_GLOBAL cache entry is checked against. Not
   * kept while the dict is unwatched (no entry is valid then).
   */
  keysVersion: number;
  /** The slots of the names LOAD_GLOBAL caches read from this dict, or null (see DictWatch). */
  private watch: DictWatch | null;
  /** Normalised key -> the key object as inserted, when the two differ (True, 1.0, ...). */
  private keyObjs: Map<MapKey, PyObject> | null;
  /**
   * Bucket number (keyBucket) -> the key object hashed by value with it, or several in an
   * array (a key object is never a JS array), for the keys hashed by value in the dict.
   */
  private byHash: Map<number, PyObject | PyObject[]> | null;
  /**
   * The full hash of each key hashed by value whose hash runs code of the program, kept as
   * CPython keeps the hash in its entry: removing the key, copying it into another dict or
   * a set, or finding it in another dict does not call its __hash__ again.
   */
  private keyHashes: Map<PyObject, KeyHash> | null;
  /** How many of the map's keys are objects (hashed by identity or by value), not str or numbers. */
  private objectKeys: number;
  /** The keys in order, less those popitem took since, while the dict is at popOrderVersion (popLast). */
  private popOrder: MapKey[] | null;
  private popOrderVersion: number;
  /** When it was made (vm/alloc_stamps.ts), 0 if before stamps began or an instance's attribute dict. */
  born: number;
  /**
   * Keys removed one at a time, and keys removed by clear(), since the dict was made: with the
   * size they tell an OrderedDict iterator whether keys were added or removed meanwhile
   * (CPython's od_state, which clear() leaves alone). See stdlib/collections_odict.ts.
   */
  keysRemoved: number;
  keysCleared: number;
  /** What an OrderedDict keeps beside its table (stdlib/collections_odict.ts's ODictState), else null. */
  odict: object | null;

  constructor(cls: PyType = dictType, table: Map<MapKey, PyObject> = EMPTY_TABLE) {
    // PyObj's fields first, then the rest in the order they are declared.
    this.cls = cls;
    this.dict = null;
    this.shared = null;
    this.vals = null;
    this.nvals = 0;
    this.version = 0;
    this.keysVersion = 0;
    this.watch = null;
    this.keyObjs = null;
    this.byHash = null;
    this.keyHashes = null;
    this.objectKeys = 0;
    this.popOrder = null;
    this.popOrderVersion = -1;
    this.table = table;
    // An instance's attribute dict (split) is not a container of its own in CPython 3.11.
    this.born = stampingAllocations && table !== NO_TABLE ? nextStamp(this) : 0;
    this.keysRemoved = 0;
    this.keysCleared = 0;
    this.odict = null;
  }

  /** An empty instance dict in split form over `keys`. */
  static split(keys: SharedKeys): PyDict {
    // No map of its own until it combines: most instances never do.
    const d = new PyDict(dictType, NO_TABLE);
    d.shared = keys;
    const n = keys.names.length;
    d.vals = n === 0 ? [] : new Array(n);
    return d;
  }

  /** The normalised key -> value map (a split dict is combined first, for good). */
  get map(): Map<MapKey, PyObject> {
    if (this.shared !== null) this.combine();
    else if (this.table === EMPTY_TABLE) this.table = new Map();
    else if (this.watch !== null && this.watch.dirty.length !== 0) this.flush();
    return this.table;
  }

  /** Leaves the split form: the values move into the map, in order. */
  private combine(): void {
    const names = this.shared!.names;
    const vals = this.vals!;
    this.table = new Map();
    for (let i = 0; i < this.nvals; i++) this.table.set(names[i], vals[i]);
    this.shared = null;
    this.vals = null;
    this.nvals = 0;
  }

  get size(): number {
    return this.vals !== null ? this.nvals : this.table.size;
  }

  /** Looks a key up; `undefined` when absent. `knownHash`: the key's hash, stored by another dict or computed once by the caller (not computed again). */
  get(vm: VM, key: PyObject, knownHash?: KeyHash): PyObject | undefined {
    // Read on every call, hit or miss: code V8 optimised while every lookup hit (and that
    // inlined this) would otherwise be thrown away at the first miss, for want of feedback
    // on this read (a compiled loop doing `d.get(k, 0)` was compiled twice, 20-50 ms each).
    const byHash = this.byHash;
    if (typeof key === 'string') {
      // A str is its own map key; only a key object hashed by value (a str subclass with
      // its own __eq__, say) may equal it otherwise.
      const v = this.getStr(key);
      if (v !== undefined || byHash === null) return v;
    }
    if (typeof key === 'number') {
      // An int is its own map key; only a by-value key object can equal it otherwise.
      const v = this.map.get(key);
      if (v !== undefined || byHash === null) return v;
    }
    const k = this.findKey(vm, key, knownHash);
    return k === undefined ? undefined : this.map.get(k);
  }

  /** The hash stored for a key object hashed by value (as CPython's entry keeps it), or undefined. */
  storedHash(key: PyObject): KeyHash | undefined {
    return this.keyHashes !== null ? this.keyHashes.get(key) : undefined;
  }

  /**
   * Whether a key object hashed by value may equal a str the table does not hold as itself
   * (`globals()[K()] = 1` for a K equal to 'x'): name lookups miss in getStr, then ask get().
   */
  hasKeysByValue(): boolean {
    return this.byHash !== null;
  }

  getStr(key: string): PyObject | undefined {
    if (this.shared !== null) {
      const i = this.shared.index.get(key);
      return i !== undefined && i < this.nvals ? this.vals![i] : undefined;
    }
    if (this.watch !== null && this.watch.dirty.length !== 0) this.flush();
    return this.table.get(key);
  }

  /** The split value at `i` (an inline cache's index): undefined when this instance has none there yet. */
  splitValue(i: number): PyObject | undefined {
    return i < this.nvals ? this.vals![i] : undefined;
  }

  /** Sets the split value at `i` if this instance has it or it is the next one; false otherwise (take setStr). */
  setSplitValue(i: number, value: PyObject): boolean {
    const n = this.nvals;
    if (i < n) this.vals![i] = value;
    else if (i === n) this.vals![this.nvals++] = value;
    else return false;
    this.version = ++versionClock;
    return true;
  }

  setStr(key: string, value: PyObject): void {
    this.version = ++versionClock;
    const shared = this.shared;
    if (shared !== null) {
      const vals = this.vals!;
      const n = this.nvals;
      const i = shared.index.get(key);
      if (i !== undefined) {
        if (i < n) {
          vals[i] = value;
          return;
        }
        if (i === n) {
          vals[this.nvals++] = value;
          return;
        }
      } else if (n === shared.names.length && n < MAX_SHARED_KEYS) {
        // This instance is the first to get a new name: the class's keys grow by one.
        shared.index.set(key, shared.names.length);
        shared.names.push(key);
        vals[this.nvals++] = value;
        return;
      }
      this.combine();
    } else if (this.watch !== null) {
      this.setWatched(key, value);
      return;
    } else if (this.table === EMPTY_TABLE) this.table = new Map();
    this.table.set(key, value);
  }

  /** setStr for a watched dict: through the name's slot when it has one; a new key takes a new keys stamp. */
  private setWatched(key: string, value: PyObject): void {
    const slot = this.watch!.slots.get(key);
    if (slot !== undefined) {
      this.storeInSlot(slot, value);
      return;
    }
    const table = this.table;
    const n = table.size;
    table.set(key, value);
    if (table.size !== n) this.keysVersion = ++versionClock;
  }

  /**
   * The slot of `key` (present in the dict, its value `value`), made for a LOAD_GLOBAL cache
   * entry; the dict is watched from now on (it is combined: `map` was read to find the value).
   */
  slotFor(key: string, value: PyObject): GlobalSlot {
    const watch = this.watched();
    let slot = watch.slots.get(key);
    if (slot === undefined) watch.slots.set(key, slot = new GlobalSlot(value, this, key));
    return slot;
  }

  private watched(): DictWatch {
    let watch = this.watch;
    if (watch === null) {
      void this.map; // combined, with a table of its own: the slots follow that table
      watch = this.watch = new DictWatch();
      this.keysVersion = ++versionClock;
    }
    return watch;
  }

  /**
   * Notes the builtins dict a cache entry resolved a name in, for this dict as its globals: a
   * different one from the last (a new `__builtins__`) takes a new keys stamp, so that the
   * entries made against the other fail.
   */
  noteBuiltins(builtins: PyDict): void {
    const watch = this.watched();
    if (watch.builtins !== builtins) {
      if (watch.builtins !== null) this.keysVersion = ++versionClock;
      watch.builtins = builtins;
    }
  }

  /**
   * Stores a value through its slot, which must be current (a cache entry's, of this dict,
   * whose keys stamp is unchanged since): no table operation until the table is next read.
   */
  setInSlot(slot: GlobalSlot, value: PyObject): void {
    this.version = ++versionClock;
    this.storeInSlot(slot, value);
  }

  private storeInSlot(slot: GlobalSlot, value: PyObject): void {
    slot.value = value;
    if (!slot.dirty) {
      slot.dirty = true;
      this.watch!.dirty.push(slot);
    }
  }

  /**
   * Gives the table the values stored through slots since it was last read: for a holder of
   * the table's own iterator (a dict iterator), before each step, as `map` does for the others.
   */
  syncValues(): void {
    if (this.watch !== null && this.watch.dirty.length !== 0) this.flush();
  }

  /** Gives the table the values stored through slots since it was last read. */
  private flush(): void {
    const dirty = this.watch!.dirty;
    const table = this.table;
    for (let i = 0; i < dirty.length; i++) {
      const slot = dirty[i];
      table.set(slot.key, slot.value!);
      slot.dirty = false;
    }
    dirty.length = 0;
  }

  /**
   * Stops keeping slots (before any change other than a str key's value stored: a deletion,
   * clear(), a key object's store): the table takes the slots' values, every slot is emptied
   * and the keys stamp moves, so every cache entry made against this dict fails; the next
   * LOAD_GLOBAL miss watches it again.
   */
  private unwatch(): void {
    const watch = this.watch;
    if (watch === null) return;
    if (watch.dirty.length !== 0) this.flush();
    for (const slot of watch.slots.values()) slot.value = undefined;
    this.watch = null;
    this.keysVersion = ++versionClock;
  }

  deleteStr(key: string): boolean {
    if (this.shared !== null) {
      // An instance dict stays split when the key is its last value (an attribute set last and
      // deleted first, as temporary ones are): re-set, it is the next value again, and last in
      // order as in CPython. A missing key leaves it split too. Any other deletion combines it.
      const i = this.shared.index.get(key);
      if (i === undefined || i >= this.nvals) return false;
      if (i === this.nvals - 1) {
        this.version = ++versionClock;
        (this.vals as (PyObject | undefined)[])[--this.nvals] = undefined;
        this.keysRemoved++;
        return true;
      }
    }
    this.version = ++versionClock;
    if (this.watch !== null) this.unwatch();
    if (!this.map.delete(key)) return false;
    this.keysRemoved++;
    return true;
  }

  /**
   * The value under a str or int key, found without running tpy code (no key object hashed
   * by value may equal it): compiled code's `d[k]`. Undefined when absent, or when only
   * get() can tell.
   */
  getPlain(key: PyObject): PyObject | undefined {
    if (typeof key === 'string') return this.getStr(key); // a miss is get()'s to confirm
    return typeof key === 'number' && this.byHash === null && this.shared === null ? this.table.get(key) : undefined;
  }

  /**
   * get() for a str or int key when it runs no tpy code (as getPlain): the value, null when
   * the key is absent, undefined when only get() can tell.
   */
  lookupPlain(key: PyObject): PyObject | null | undefined {
    if (typeof key === 'string') {
      const v = this.getStr(key);
      return v !== undefined ? v : this.byHash === null ? null : undefined;
    }
    // A split dict holds str keys only (its table is empty).
    if (typeof key === 'number' && this.byHash === null) return this.table.get(key) ?? null;
    return undefined;
  }

  /** set() for a str or int key when it runs no tpy code (as getPlain); false when only set() can do it. */
  setPlain(key: PyObject, value: PyObject): boolean {
    // A new str key where a key object hashed by value may equal it: set() looks first.
    if (typeof key === 'string') {
      if (this.byHash !== null && this.getStr(key) === undefined) return false;
      this.setStr(key, value);
    }
    else if (typeof key === 'number' && this.byHash === null) {
      // An int is its own map key (an equal key inserted before as True or 1.0 keeps its
      // key object in keyObjs), unless a by-value key object may equal it.
      this.version = ++versionClock;
      if (this.watch !== null) this.unwatch();
      this.map.set(key, value);
    } else return false;
    return true;
  }

  /** has() for a str or int key when it runs no tpy code (as getPlain); undefined when only has() can tell. */
  hasPlain(key: PyObject): boolean | undefined {
    const byHash = this.byHash; // read hit or miss, as in get()
    if (typeof key === 'string') return this.getStr(key) !== undefined || (byHash === null ? false : undefined);
    return typeof key === 'number' && byHash === null ? this.map.has(key) : undefined;
  }

  has(vm: VM, key: PyObject): boolean {
    return this.hasPlain(key) ?? this.findKey(vm, key) !== undefined;
  }

  /** has() for a key whose hash halves are known (a set's entry: _PyDict_Contains_KnownHash). */
  hasWithHash(vm: VM, key: PyObject, hi: number, lo: number): boolean {
    return this.hasPlain(key) ?? this.findKey(vm, key, { hi, lo }) !== undefined;
  }

  /** Stores a value; `knownHash` as for get(). */
  set(vm: VM, key: PyObject, value: PyObject, knownHash?: KeyHash): void {
    if (this.setPlain(key, value)) return;
    this.version = ++versionClock;
    if (this.watch !== null) this.unwatch();
    const existing = this.findKey(vm, key, knownHash);
    if (existing !== undefined) {
      this.map.set(existing, value);
      return;
    }
    this.insertFound(vm, key, value, knownHash);
  }

  /** Inserts a key findKey just did not find, with the hash it found for it (none for a key stored by value). */
  private insertFound(vm: VM, key: PyObject, value: PyObject, knownHash: KeyHash | undefined): void {
    if (!foundHashed) this.insertNew(vm, key, value);
    else this.insertHashed(key, value, foundHi, foundLo, knownHash);
  }

  /** dict.setdefault: the key's value, or `dflt` stored for it; a key object is hashed once, as CPython's. */
  setDefault(vm: VM, key: PyObject, dflt: PyObject): PyObject {
    const plain = this.hasPlain(key);
    if (plain === true) return this.get(vm, key)!;
    if (plain === false) {
      this.set(vm, key, dflt);
      return dflt;
    }
    const existing = this.findKey(vm, key, undefined);
    if (existing !== undefined) return this.map.get(existing)!;
    this.insertFound(vm, key, dflt, undefined);
    return dflt;
  }

  /**
   * Stores a key known not to be in the dict (one of another dict's keys, copied into an
   * empty one): no lookup, so no __eq__ between keys of equal hash, as CPython copies a
   * table. `knownHash` as for get().
   */
  insertNew(vm: VM, key: PyObject, value: PyObject, knownHash?: KeyHash): void {
    if (this.setPlain(key, value)) return;
    const norm = normalise(key);
    if (norm === undefined) {
      if (knownHash !== undefined) this.insertHashed(key, value, knownHash.hi, knownHash.lo, knownHash);
      else {
        hashParts(vm, key);
        this.insertHashed(key, value, lastHashHi(), lastHashLo(), undefined);
      }
      return;
    }
    this.version = ++versionClock;
    if (this.watch !== null) this.unwatch();
    if (norm !== key) (this.keyObjs ??= new Map()).set(norm, key);
    if (typeof norm === 'object') this.objectKeys++;
    this.map.set(norm, value);
  }

  /**
   * insertNew for a key hashed by value whose hash halves are `hi`, `lo` (a set's entry copied
   * into a dict, dict.fromkeys(s)): `stored` is the same hash as a KeyHash when the caller has one.
   */
  insertHashed(key: PyObject, value: PyObject, hi: number, lo: number, stored: KeyHash | undefined): void {
    this.version = ++versionClock;
    if (this.watch !== null) this.unwatch();
    // The key object itself is the map key.
    const h = (hi ^ lo) & 0x3fffffff;
    // A hash that runs no code of the program is computed again when needed (forget).
    if (!plainHash(key)) (this.keyHashes ??= new Map()).set(key, stored ?? { hi, lo });
    const byHash = (this.byHash ??= new Map());
    const bucket = byHash.get(h);
    if (bucket === undefined) byHash.set(h, key);
    else if (Array.isArray(bucket)) bucket.push(key);
    else byHash.set(h, [bucket, key]);
    this.map.set(key, value);
    this.objectKeys++;
  }

  /**
   * delete() for a caller that needs no value (`del d[k]`): a str or int key of a dict holding
   * no key objects that may equal it is one map operation (delete() reads the value first).
   */
  remove(vm: VM, key: PyObject): boolean {
    if ((typeof key === 'string' || typeof key === 'number') && this.byHash === null && this.keyObjs === null && this.shared === null) {
      if (this.watch !== null) this.unwatch();
      if (!this.table.delete(key)) return false;
      this.version = ++versionClock;
      this.keysRemoved++;
      return true;
    }
    return this.delete(vm, key) !== undefined;
  }

  /** Removes a key; returns its value, or undefined when absent. */
  delete(vm: VM, key: PyObject): PyObject | undefined {
    // A str or int is its own map key unless a key object hashed by value may equal it.
    const plain = typeof key === 'string' || typeof key === 'number';
    const k = plain && (this.byHash === null || (typeof key === 'string' && this.getStr(key) !== undefined)) ? key : this.findKey(vm, key);
    if (k === undefined) return undefined;
    const v = this.map.get(k);
    if (v === undefined) return undefined;
    this.version = ++versionClock;
    if (this.watch !== null) this.unwatch();
    this.map.delete(k);
    this.keysRemoved++;
    this.forget(vm, k);
    return v;
  }

  clear(): void {
    this.version = ++versionClock;
    this.keysCleared += this.size;
    if (this.watch !== null) this.unwatch();
    if (this.vals !== null) {
      (this.vals as (PyObject | undefined)[]).fill(undefined); // nothing kept alive past nvals
      this.nvals = 0;
    }
    this.table.clear();
    this.keyObjs = null;
    this.byHash = null;
    this.keyHashes = null;
    this.objectKeys = 0;
  }

  /** The key object stored for a normalised map key. */
  keyObject(k: MapKey): PyObject {
    if (this.keyObjs !== null) {
      const o = this.keyObjs.get(k);
      if (o !== undefined) return o;
    }
    return k as PyObject;
  }

  *keys(): IterableIterator<PyObject> {
    if (this.shared !== null) {
      const names = this.shared.names;
      for (let i = 0; i < this.nvals; i++) yield names[i];
      return;
    }
    for (const k of this.table.keys()) yield this.keyObject(k);
  }

  /**
   * The keys, values or items (fresh [key, value] pairs as tuples) in order, as a new array:
   * V8 copies a Map's own iterator in one native step (`[...map.keys()]`), where a loop of
   * next() calls allocates a result and an entry per item.
   */
  keyArray(): PyObject[] {
    const keys = [...this.map.keys()] as PyObject[];
    if (this.keyObjs !== null) for (let i = 0; i < keys.length; i++) keys[i] = this.keyObject(keys[i] as MapKey);
    return keys;
  }

  valueArray(): PyObject[] {
    return [...this.map.values()];
  }

  itemArray(): PyObject[] {
    return Array.from(this.map.entries(), (e) => {
      const key = this.keyObject(e[0]);
      // The entry is a fresh array of the Map's iterator: the tuple's items.
      return key === e[0] ? new PyTuple(e as PyObject[]) : new PyTuple([key, e[1]]);
    });
  }

  /** Pushes the values onto `out` in order, as entries() would give them (a split dict stays split). */
  pushValues(out: PyObject[]): void {
    if (this.shared !== null) {
      const vals = this.vals!;
      for (let i = 0; i < this.nvals; i++) out.push(vals[i]);
      return;
    }
    this.syncValues();
    for (const v of this.table.values()) out.push(v);
  }

  *entries(): IterableIterator<[PyObject, PyObject]> {
    if (this.shared !== null) {
      const names = this.shared.names;
      for (let i = 0; i < this.nvals; i++) yield [names[i], this.vals![i]];
      return;
    }
    for (const [k, v] of this.map) {
      yield [this.keyObject(k), v];
      this.syncValues(); // the consumer may have run code storing through a slot
    }
  }

  /**
   * Removes and returns the last inserted item (dict.popitem). A JS Map cannot give its last
   * key without walking all of them, so the walk's keys are kept for the popitem calls that
   * follow with no other change between them (this dict's version): `while d: d.popitem()`
   * walks the map once, not once per item.
   */
  popLast(vm: VM): [PyObject, PyObject] | undefined {
    let order = this.popOrder;
    if (order === null || this.popOrderVersion !== this.version) order = this.popOrder = [...this.map.keys()];
    const last = order.pop();
    if (last === undefined) {
      this.popOrder = null;
      return undefined;
    }
    const v = this.map.get(last)!;
    const keyObj = this.keyObject(last);
    this.version = ++versionClock;
    if (this.watch !== null) this.unwatch();
    this.popOrderVersion = this.version;
    this.map.delete(last);
    this.keysRemoved++;
    this.forget(vm, last);
    return [keyObj, v];
  }

  /**
   * get() that also moves the item found to the end of the order, in one lookup (an LRU
   * cache's hit: the first item is then the least recently used). `knownHash` as for get().
   */
  getMovingToEnd(vm: VM, key: PyObject, knownHash?: KeyHash): PyObject | undefined {
    const k = (typeof key === 'string' || typeof key === 'number') && this.byHash === null
      ? key
      : this.findKey(vm, key, knownHash);
    if (k === undefined) return undefined;
    const map = this.map;
    const v = map.get(k);
    if (v === undefined) return undefined;
    this.version = ++versionClock;
    map.delete(k);
    map.set(k, v);
    this.keysRemoved++;
    return v;
  }

  /**
   * The map key under which `key` is stored, or undefined (a key hashed by value is hashed
   * once): for OrderedDict's operations on a key's place in the order.
   */
  mapKeyOf(vm: VM, key: PyObject): MapKey | undefined {
    return this.findKey(vm, key);
  }

  /** The value under a map key (keys(), mapKeyOf), with no hashing; undefined when absent. */
  valueAt(k: MapKey): PyObject | undefined {
    return this.map.get(k);
  }

  /** The first or last map key in order, or undefined when empty (the last walks the keys). */
  endMapKey(last: boolean): MapKey | undefined {
    const map = this.map;
    if (!last) return map.keys().next().value;
    let end: MapKey | undefined;
    for (const k of map.keys()) end = k;
    return end;
  }

  /**
   * Moves a present map key to the end of the order, or to its start (a new table: a Map can
   * only append), hashing nothing; counted as a key removed and added (see keysRemoved).
   */
  moveMapKey(k: MapKey, last: boolean): void {
    const map = this.map;
    const v = map.get(k)!;
    this.version = ++versionClock;
    if (this.watch !== null) this.unwatch();
    this.keysRemoved++;
    if (last) {
      map.delete(k);
      map.set(k, v);
      return;
    }
    const table = new Map<MapKey, PyObject>([[k, v]]);
    for (const [key, value] of map) if (key !== k) table.set(key, value);
    this.table = table;
  }

  /** Removes and returns the first item in order (OrderedDict.popitem(last=False)), hashing nothing. */
  popFirstItem(vm: VM): [PyObject, PyObject] | undefined {
    const map = this.map;
    const first = map.keys().next();
    if (first.done === true) return undefined;
    const k = first.value;
    const v = map.get(k)!;
    const keyObj = this.keyObject(k);
    this.version = ++versionClock;
    if (this.watch !== null) this.unwatch();
    map.delete(k);
    this.keysRemoved++;
    this.forget(vm, k);
    return [keyObj, v];
  }

  /** Removes the first item in order (an LRU cache's eviction), without hashing its key again. */
  popFirst(vm: VM): void {
    const map = this.map;
    const first = map.keys().next();
    if (first.done === true) return;
    this.version = ++versionClock;
    if (this.watch !== null) this.unwatch();
    map.delete(first.value);
    this.keysRemoved++;
    this.forget(vm, first.value);
  }

  copyInto(target: PyDict, vm: VM): boolean {
    // No key hashed by value on either side: no tpy code runs (no __eq__, no __hash__), so
    // the items go straight across, with no snapshot of them.
    if (this.byHash === null && target.byHash === null) {
      this.copyPlainInto(target, vm);
      return true;
    }
    const fresh = target.size === 0;
    const size = this.size;
    for (const [k, v] of Array.from(this.entries())) {
      if (fresh) target.insertNew(vm, k, v, this.storedHash(k));
      else target.set(vm, k, v, this.storedHash(k));
      // A key's __eq__ or __hash__ changed the source: the caller raises (CPython's dict_merge).
      if (this.size !== size) return false;
    }
    return true;
  }

  /** copyInto when neither dict has a key hashed by value. */
  private copyPlainInto(target: PyDict, vm: VM): void {
    if (this.shared !== null) {
      const names = this.shared.names;
      const vals = this.vals!;
      for (let i = 0; i < this.nvals; i++) target.setStr(names[i], vals[i]);
      return;
    }
    const table = this.map;
    if (table.size === 0) return;
    if (target.shared === null && target.table.size === 0) {
      // A fresh dict (dict.copy, dict(d), {**d}): the whole table at once.
      target.version = ++versionClock;
      if (target.watch !== null) target.unwatch();
      // A loop of set() is about twice as fast as new Map(table) in V8, small or large.
      let copy: Map<MapKey, PyObject>;
      if (table.size > 64) copy = copyLargeTable(table);
      else {
        copy = new Map();
        for (const [k, v] of table) copy.set(k, v);
      }
      target.table = copy;
      target.keyObjs = this.keyObjs === null ? null : new Map(this.keyObjs);
      target.objectKeys = this.objectKeys;
      return;
    }
    const keyObjs = this.keyObjs;
    for (const [k, v] of table) {
      const key = keyObjs === null ? k as PyObject : this.keyObject(k);
      if (typeof key === 'string') target.setStr(key, v);
      else target.set(vm, key, v);
    }
  }

  private forget(vm: VM, k: MapKey): void {
    if (typeof k === 'object') this.objectKeys--;
    if (this.keyObjs !== null) this.keyObjs.delete(k);
    if (this.byHash === null || typeof k !== 'object') return;
    const stored = this.keyHashes !== null ? this.keyHashes.get(k as PyObject) : undefined;
    let h: number | undefined;
    if (stored !== undefined) {
      this.keyHashes!.delete(k as PyObject);
      h = (stored.hi ^ stored.lo) & 0x3fffffff;
    } else if (plainHash(k as PyObject)) h = keyBucket(vm, k as PyObject);
    if (h !== undefined) {
      const bucket = this.byHash.get(h);
      if (bucket === k) this.byHash.delete(h);
      else if (Array.isArray(bucket)) {
        const i = bucket.indexOf(k as PyObject);
        if (i >= 0) bucket.splice(i, 1);
        if (bucket.length === 1) this.byHash.set(h, bucket[0]);
      }
    }
  }

  /**
   * The map key under which `key` is stored, or undefined. A by-value key's hash is
   * `knownHash` when given, else computed; either way its halves are left in foundHi and
   * foundLo (foundHashed false for a key stored by value) for an insertion that follows.
   */
  private findKey(vm: VM, key: PyObject, knownHash?: KeyHash): MapKey | undefined {
    const norm = normalise(key);
    if (norm !== undefined) {
      foundHashed = false;
      if (this.map.has(norm)) return norm;
      if (this.byHash !== null && typeof norm !== 'object') return this.findByHash(vm, key);
      return undefined;
    }
    // A key hashed by value: hash it (this raises TypeError for unhashable keys).
    let hi: number, lo: number;
    if (knownHash === undefined) {
      hashParts(vm, key);
      hi = lastHashHi();
      lo = lastHashLo();
    } else {
      hi = knownHash.hi;
      lo = knownHash.lo;
    }
    // Only a dict with keys other than objects needs the exact hash: to find an int or str key equal to it.
    const primitives = this.map.size !== this.objectKeys;
    const found = this.findByValue(vm, key, (hi ^ lo) & 0x3fffffff, primitives ? hashIntFromParts(hi, lo) : undefined);
    // Set after the lookup: a key's __eq__ may use other dicts meanwhile.
    foundHashed = true;
    foundHi = hi;
    foundLo = lo;
    return found;
  }

  /** findKey's search for a key object hashed by value, whose bucket number is `h`. */
  private findByValue(vm: VM, key: PyObject, h: number, exact: number | bigint | undefined): MapKey | undefined {
    if (this.byHash !== null) {
      const bucket = this.byHash.get(h);
      if (bucket !== undefined) {
        if (!Array.isArray(bucket)) {
          if (bucket === key || pyEq(vm, bucket, key)) return bucket;
        } else {
          for (let i = 0; i < bucket.length; i++) {
            const c = bucket[i];
            if (c === key || pyEq(vm, c, key)) return c;
          }
        }
      }
    }
    if (exact === undefined) return undefined;
    // The int with that hash (hash(n) is n, but hash(-1) is -2) may be a key equal to it, as
    // for a class hashing like the int it wraps: CPython's probe compares it too.
    const asInt = this.primitiveEqual(vm, key, exact) ?? (exact === -2 ? this.primitiveEqual(vm, key, -1) : undefined);
    if (asInt !== undefined || !(key instanceof PyObj) || !key.cls.isHeapType) return asInt;
    return this.primitiveWithHash(vm, key, exact);
  }

  /**
   * A str, float or big int key with hash `h` equal to `key`, an instance of a class of the
   * program's own (a Fraction equal to 0.25, a wrapper equal to the str it hashes like):
   * CPython compares every key of the same hash. Found by hashing the primitive keys, since
   * the map holds them by value, not by hash; no other key object can equal one. (Only
   * when the dict has keys other than objects: a dict of such instances is not scanned.)
   */
  private primitiveWithHash(vm: VM, key: PyObject, h: number | bigint): MapKey | undefined {
    const want = typeof h === 'number' ? h : normInt(h);
    for (const k of this.table.keys()) {
      if (typeof k === 'object' || (typeof k === 'number' && Number.isInteger(k))) continue; // ints: primitiveEqual's
      const o = this.keyObject(k);
      const kh = pyHash(vm, o);
      if ((typeof kh === 'number' ? kh : normInt(kh)) === want && pyEq(vm, o, key)) return k;
    }
    return undefined;
  }

  private primitiveEqual(vm: VM, key: PyObject, k: number | bigint): MapKey | undefined {
    return this.map.has(k) && pyEq(vm, this.keyObject(k), key) ? k : undefined;
  }

  /** A primitive key that may equal a by-value key object (a user class hashing like an int). */
  private findByHash(vm: VM, key: PyObject): MapKey | undefined {
    const bucket = this.byHash!.get(keyBucket(vm, key));
    if (bucket === undefined) return undefined;
    if (!Array.isArray(bucket)) return pyEq(vm, bucket, key) ? bucket : undefined;
    for (const c of bucket) if (pyEq(vm, c, key)) return c;
    return undefined;
  }
}
Object.setPrototypeOf(PyDict.prototype, PyObj.prototype);

/**
 * The hash findKey last found or was given for a key object hashed by value (foundHashed
 * false for other keys), which set() passes on to the insertion. Module variables, not fields
 * of an object passed in: such a field that held undefined and then a small int changed its
 * map's representation in V8, which threw away TurboFan's compile of the eval loop in flight
 * (it inlines dict stores): "Bailed out due to dependency change", 200-800 ms of compiling lost.
 */
let foundHashed = false;
let foundHi = 0;
let foundLo = 0;

/**
 * A key's full CPython hash as two int32 halves (set.ts's form, no BigInt), as a dict keeps
 * it beside each key whose hash runs code of the program, and as a "known hash" is passed to
 * get, set and insertNew (lru_cache and Counter compute it once per call; another dict's
 * stored hash is not computed again).
 */
export interface KeyHash {
  readonly hi: number;
  readonly lo: number;
}

/** The hash of a key, for the dict calls taking a known hash. */
export function keyHash(vm: VM, key: PyObject): KeyHash {
  hashParts(vm, key);
  return { hi: lastHashHi(), lo: lastHashLo() };
}

/**
 * The number a key hashed by value is filed under in a dict's byHash: its CPython hash folded
 * to 30 bits, which V8 keeps as a small int (a Map keyed by doubles or BigInts allocates at
 * every lookup). Equal keys have equal hashes, hence equal numbers; keys sharing a number
 * are compared with == as in any bucket.
 */
function keyBucket(vm: VM, key: PyObject): number {
  hashParts(vm, key);
  return (lastHashHi() ^ lastHashLo()) & 0x3fffffff;
}

/**
 * True for a key whose hash runs no code of the program: a tuple of the built-in type made
 * of str, int, float, bool, None and such tuples (the common compound key). Its bucket is
 * computed again when the key is removed instead of being kept (keyHashes).
 */
function plainHash(key: PyObject): boolean {
  if (!(key instanceof PyTuple) || key.cls !== tupleType) return false;
  const items = key.items;
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    const t = typeof v;
    if (t === 'string' || t === 'number' || t === 'boolean' || t === 'bigint' || v === None) continue;
    if (v instanceof PyFloat ? v.cls.isHeapType : !plainHash(v)) return false;
  }
  return true;
}

/**
 * The primitive or identity map key for `key`, or undefined when the key is
 * hashed by value and must be found through the hash index.
 */
/**
 * copyPlainInto's copy of a large table: by forEach, whose callback V8 optimises after its
 * first calls, where one loop in a call made once (dict(d) of a big dict) would run
 * unoptimised to its end (tpy runs node without on-stack replacement).
 */
function copyLargeTable(table: Map<MapKey, PyObject>): Map<MapKey, PyObject> {
  const copy = new Map<MapKey, PyObject>();
  table.forEach((v, k) => {
    copy.set(k, v);
  });
  return copy;
}

/** The map key a key new to a dict is stored under (no code of the program runs). */
export function newMapKey(key: PyObject): MapKey {
  return normalise(key) ?? key;
}

function normalise(key: PyObject): MapKey | undefined {
  switch (typeof key) {
    case 'string': case 'number': case 'bigint': return key;
    case 'boolean': return key ? 1 : 0;
  }
  // An exact tuple (the common compound key) is hashed by value: no type lookups for it.
  if (key instanceof PyTuple && key.cls === tupleType) return undefined;
  // (A float subclass with its own __hash__ or __eq__ is hashed by value, as any object.)
  if (key instanceof PyFloat && (!key.cls.isHeapType || keepsBuiltinHashAndEq(key))) return floatKey(key.value);
  // A real complex of the built-in type is the same key as its real part (hash and == agree).
  if (key instanceof PyComplex && !key.cls.isHeapType && key.imag === 0 && !Number.isNaN(key.real)) return floatKey(key.real);
  // A str or int subclass that keeps the built-in hash and equality is the same key as its value.
  if ((key instanceof PyStrSub || key instanceof PyIntSub) && keepsBuiltinHashAndEq(key)) return key.value;
  return hashKeyKind(key) === 'identity' ? key : undefined;
}

function floatKey(v: number): MapKey {
  if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
  return v === 0 ? 0 : v;
}

function keepsBuiltinHashAndEq(key: PyStrSub | PyIntSub | PyFloat): boolean {
  const base = key instanceof PyStrSub ? strType : key instanceof PyFloat ? floatType : intType;
  const t = key.cls;
  return t.lookup('__hash__') === base.typeDict.get('__hash__') && t.lookup('__eq__') === base.typeDict.get('__eq__');
}

/**
 * Whether PyDict_Merge may copy `o` table to table (a dict whose class keeps dict's
 * __iter__): a dict subclass overriding __iter__ is merged through its keys() and
 * __getitem__ instead, by dict(), update(), {**o} and f(**o) alike.
 */
export function mergesAsPlainDict(o: PyObject): o is PyDict {
  return o instanceof PyDict && (!o.cls.isHeapType || o.cls.lookup('__iter__') === dictType.typeDict.get('__iter__'));
}
