// Inline caches of LOAD_ATTR, STORE_ATTR and LOAD_METHOD: per instruction site, what the
// generic lookup (ops/attribute.ts) decided for one class, valid while no type changes.
//
// Every type change bumps the type epoch (vm/objects/type.ts), so an entry holds only the
// classes seen (up to four: a site in a base class's method sees its subclasses), the
// epoch, and per class a value; the eval loop finds the object's class among them and then
// does just the part that depends on the object itself:
//   LOAD_ATTR   the class has no attribute of that name and the generic __getattribute__:
//               the value is the instance dict's entry (a miss takes the generic path);
//   STORE_ATTR  no data descriptor of that name, the generic __setattr__: set the dict entry;
//   LOAD_METHOD a plain function or method descriptor on the class (entry.value), unless
//               the instance dict shadows it.
// For a class whose instances have no dict (all its attributes in __slots__), a LOAD_ATTR or
// STORE_ATTR entry's value is instead the name's member descriptor: the site reads or writes
// the instance's slot at its index (slotAtSite), as the descriptor would. Likewise for a tuple
// subclass without instance dicts (a namedtuple) and a _tuplegetter field: the site reads the
// tuple's item (tupleGetterAtSite). For such a class and a property of property's own type
// whose getter is a tpy function, the value is the property: the site calls the getter
// (propertyAtSite) without the generic lookup. (The eval loop's inline reads take an entry
// only for an object with a dict; compiled code also reads and writes a member descriptor's
// slot inline, as slotAtSite does, and leaves the rest to these functions.)
// Where the name sits in a class's split instance dicts, the eval loop remembers per site
// (keys, idx, with the pairs seen before); compiled code remembers it per class way
// (keysAt, idxAt), so that a site meeting several subclasses in turn swaps nothing.
// A site that reads an attribute of a class object itself (Base.__init__, Color.RED) keeps
// the one class and what it gave, when that is the class's own attribute as it stands
// (a function, a method descriptor, a static method's function, an int or str...): the
// eval loop misses its instance cache on a class, and the miss path answers from it.
// Likewise a getset descriptor of a native type (`e.args`, `z.real`), a data descriptor that
// comes before any instance dict: kept apart from the classes (getsetCls), so that the inline
// reads miss, and the miss path calls its getter without the generic lookup.

import { PyInstance, type PyObject, type PyObj } from '../objects/object.js';
import { PyMemberDescr } from '../objects/slots.js';
import { PyTupleGetter } from '../objects/tuple_getter.js';
import { PyTuple } from '../objects/tuple.js';
import { PyType, objectType, typeType, typeEpoch } from '../objects/type.js';
import { PyFunction, PyMethodDescriptor, PyStaticMethod, PyProperty, PyGetSet, propertyType, raisedPlain, RAISED, takeRaised } from '../objects/function.js';
import { None } from '../objects/singletons.js';
import { PyLruCacheWrapper } from '../objects/lru_cache.js';
import type { Code } from '../code.js';
import { type PyDict, type SharedKeys, newInstanceDict } from '../objects/dict.js';
import { typeOf } from './typeof.js';
import { getAttr, getAttrOrMissing, attributeErrorFor, setAttr, loadMethodOrMissing, isDataDescriptor, objectGetAttribute, typeGetAttributeMethod } from './attribute.js';
import { call } from './call.js';
import type { VM } from '../vm.js';

/** How many classes one site remembers (a site that sees more keeps the last ones). */
const WAYS = 4;

export class AttrCache {
  /** The classes seen at this site, and for LOAD_METHOD the function found on each. */
  readonly classes: PyType[] = [];
  readonly values: PyObject[] = [];
  /**
   * The shared keys of the split instance dicts last seen here, and the name's index in
   * them (LOAD_ATTR, STORE_ATTR); for LOAD_METHOD, how many names the keys had when the
   * name was not among them (the method is not shadowed while that count holds).
   */
  keys: SharedKeys | null = null;
  idx = -1;
  /**
   * Every (keys, idx) pair the site saw before, up to WAYS: a site in a base class's method
   * reads instances of several subclasses, each class with keys of its own, and finding the
   * pair here is cheaper than looking the name up again (keys only ever grow, so an index
   * found stays right). For LOAD_METHOD, as `keys` and `idx` above: keys without the name
   * and their count then.
   */
  readonly seenKeys: SharedKeys[] = [];
  readonly seenIdx: number[] = [];
  /**
   * Compiled code's pair per remembered class (parallel to `classes`): the shared keys of
   * that class's instance dicts and the name's index in them (LOAD_ATTR, STORE_ATTR), or
   * for LOAD_METHOD their count when the name was not among them. A site that meets
   * several subclasses in turn (a base class's method, a scheduler's task list) finds each
   * one's pair at the class's way instead of swapping `keys` and `idx` at every change of
   * class. Null / -1 until that class's first instance was read here.
   */
  readonly keysAt: (SharedKeys | null)[] = [];
  readonly idxAt: number[] = [];
  /** The class object last read here as the receiver, and the attribute it gave, for receiverEpoch. */
  receiver: PyType | null = null;
  receiverValue: PyObject = None;
  receiverEpoch = -1;
  /**
   * The class whose instances last read here a getset descriptor of a native type (`e.args`,
   * `z.real`), the descriptor, and the epoch then: kept apart from `classes`, which the
   * inline reads take as "the instance dict answers", when a getset comes before that dict.
   */
  getsetCls: PyType | null = null;
  getset: PyGetSet | null = null;
  getsetEpoch = -1;
  /**
   * The receiver's and its metaclass's dictVersion then: a class still being set up (no
   * subclasses, in no instance cache) changes its dict without moving the type epoch.
   */
  receiverVersion = -1;
  receiverMetaVersion = -1;
  constructor(public epoch: number) {}

  /** Index of `cls` among the remembered classes, or -1 (also when a type changed since). */
  find(cls: PyType): number {
    if (this.epoch !== typeEpoch) return -1;
    const classes = this.classes;
    for (let i = 0; i < classes.length; i++) if (classes[i] === cls) return i;
    return -1;
  }
}

/**
 * Whether the reads at LOAD_ATTR / LOAD_METHOD site `at` (a LOAD_METHOD's when `method`) met
 * what compiled code's inline read does not take: a class's attribute (`Base.method`), a
 * native getset (`e.args`), a property or a tuple field. jit.ts compiles such a site with
 * its slow path from the start, rather than leaving there until countExit recompiles it.
 */
export function readsPastInline(code: Code, at: number, method: boolean): boolean {
  const c = code.attrCache[at];
  if (c === undefined) return false;
  if (c.receiver !== null || c.getset !== null) return true;
  if (!method) for (const v of c.values) if (v !== None && !(v instanceof PyMemberDescr)) return true;
  return false;
}

function fill(code: Code, at: number, cls: PyType, value: PyObject): void {
  let c = code.attrCache[at];
  if (c === undefined) c = code.attrCache[at] = new AttrCache(typeEpoch);
  else if (c.epoch !== typeEpoch) {
    c.epoch = typeEpoch;
    c.classes.length = 0;
    c.values.length = 0;
    c.keysAt.length = 0;
    c.idxAt.length = 0;
  }
  const known = c.find(cls);
  if (known >= 0) {
    c.values[known] = value;
    return;
  }
  if (c.classes.length >= WAYS) {
    c.classes.shift();
    c.values.shift();
    c.keysAt.shift();
    c.idxAt.shift();
  }
  cls.seenByCaches = true;
  c.classes.push(cls);
  c.values.push(value);
  c.keysAt.push(null);
  c.idxAt.push(-1);
}

/** True when attribute access on instances of `t` is the generic one (no __getattribute__ of its own). */
function genericGetAttribute(t: PyType): boolean {
  if (t.getattro !== null) return false;
  return !t.isHeapType || t.lookup('__getattribute__') === objectGetAttribute();
}

/** `cls.name` read at `at` (LOAD_ATTR, LOAD_METHOD): what the site remembers, or the generic read, remembered when it may be. */
function loadClassAttrCaching(vm: VM, code: Code, at: number, cls: PyType, name: string): PyObject {
  const c = code.attrCache[at];
  if (c !== undefined && c.receiver === cls && c.receiverEpoch === typeEpoch && c.receiverVersion === cls.dictVersion && c.receiverMetaVersion === cls.cls.dictVersion) {
    return c.receiverValue;
  }
  const v = getAttr(vm, cls, name);
  rememberClassAttr(code, at, cls, name, v);
  return v;
}

/** Remembers `value`, read as `cls.name` at `at`, if the next read must give the same object with no side effect. */
function rememberClassAttr(code: Code, at: number, cls: PyType, name: string, value: PyObject): void {
  // A metaclass's own __getattribute__ sees every read (it may count them or answer differently).
  const meta = typeOf(cls);
  if (meta.isHeapType && meta.lookup('__getattribute__') !== typeGetAttributeMethod()) return;
  // typeGetAttr's order: a data descriptor on the metaclass first, then the class's MRO.
  const metaAttr = meta.lookup(name);
  // (type's own __doc__ getter gives a heap class's own docstring, a str in its dict: the
  // class's dictVersion, remembered below, moves when it changes.)
  const ownDoc = metaAttr === typeType.typeDict.get('__doc__') && cls.isHeapType && typeof value === 'string' && cls.typeDict.get(name) === value;
  if (metaAttr !== undefined && isDataDescriptor(metaAttr) && !ownDoc) return;
  const attr = cls.lookup(name);
  if (attr === undefined) return;
  const plain = typeof attr !== 'object' || attr instanceof PyFunction || attr instanceof PyMethodDescriptor || (attr instanceof PyType && attr.cls === typeType);
  if (!(plain ? value === attr : attr instanceof PyStaticMethod && value === attr.func)) return;
  let c = code.attrCache[at];
  if (c === undefined) c = code.attrCache[at] = new AttrCache(typeEpoch);
  // What cls.name gives depends on the metaclass too (a data descriptor it gains comes first):
  // a change to either dict moves its dictVersion when it does not move the epoch.
  c.receiver = cls;
  c.receiverValue = value;
  c.receiverEpoch = typeEpoch;
  c.receiverVersion = cls.dictVersion;
  c.receiverMetaVersion = cls.cls.dictVersion;
}

/** LOAD_ATTR on a cache miss: the generic lookup, then a cache entry when the class allows one. */
export function loadAttrCaching(vm: VM, code: Code, at: number, o: PyObject, name: string): PyObject {
  const v = loadAttrOrMissing(vm, code, at, o, name);
  if (v === undefined) throw attributeErrorFor(o, name);
  if (v === RAISED) throw takeRaised(vm);
  return v;
}

/**
 * loadAttrCaching for compiled code: a missing attribute's AttributeError answered as RAISED
 * (in vm.jitRaised) rather than thrown, which costs V8 0.4-1 us (`try: o.x except AttributeError`).
 */
export function loadAttrOrRaise(vm: VM, code: Code, at: number, o: PyObject, name: string): PyObject {
  const v = loadAttrOrMissing(vm, code, at, o, name);
  return v === undefined ? raisedPlain(vm, attributeErrorFor(o, name)) : v;
}

/**
 * loadAttrCaching's lookup: undefined for a missing attribute, RAISED (in vm.jitRaised) for what
 * a `__getattr__` function raised (getAttrOpt's orRaised); any other error is thrown.
 */
function loadAttrOrMissing(vm: VM, code: Code, at: number, o: PyObject, name: string): PyObject | undefined {
  if (o instanceof PyType) return loadClassAttrCaching(vm, code, at, o, name);
  if (typeof o === 'object') {
    const c = code.attrCache[at];
    if (c !== undefined && c.getsetCls === o.cls && c.getsetEpoch === typeEpoch) return c.getset!.get(vm, o);
  }
  const slot = slotAtSite(code, at, o);
  if (slot !== null) {
    const v = (o as PyInstance).slots?.[slot.index];
    if (v !== undefined) return v;
  }
  const getter = tupleGetterAtSite(code, at, o);
  if (getter !== null) {
    const v = (o as PyTuple).items[getter.index];
    if (v !== undefined) return v;
  }
  const prop = propertyAtSite(code, at, o);
  if (prop !== null) return call(vm, prop.fget, [o]);
  const v = getAttrOrMissing(vm, o, name, true);
  if (v === undefined || v === RAISED) return v;
  if (typeof o === 'object') {
    const t = o.cls;
    const descr = t.lookup(name);
    if (descr instanceof PyGetSet) {
      // A data descriptor always (CPython's getset_descriptor has __set__): read before any
      // instance dict. Not with a __getattr__, which answers the getter's AttributeError.
      if (genericGetAttribute(t) && (!t.isHeapType || t.lookup('__getattr__') === undefined)) rememberGetSet(code, at, t, descr);
    } else if (o.dict !== null) {
      if (genericGetAttribute(t) && descr === undefined) fill(code, at, t, None);
    } else if (slotsOnly(o)) {
      if ((descr instanceof PyMemberDescr || plainProperty(descr)) && genericGetAttribute(t)) fill(code, at, t, descr!);
    } else if (o instanceof PyTuple && !t.hasInstanceDict) {
      if (descr instanceof PyTupleGetter && genericGetAttribute(t)) fill(code, at, t, descr);
    }
  }
  return v;
}

/** Remembers that instances of `cls` read `descr`, a getset descriptor, at `at`. */
function rememberGetSet(code: Code, at: number, cls: PyType, descr: PyGetSet): void {
  let c = code.attrCache[at];
  if (c === undefined) c = code.attrCache[at] = new AttrCache(typeEpoch);
  // Remembered by a cache: a change to cls's dict must move typeEpoch (PyType.typeDictChanged).
  cls.seenByCaches = true;
  c.getsetCls = cls;
  c.getset = descr;
  c.getsetEpoch = typeEpoch;
}

/** The _tuplegetter the site at `at` remembers for o's class, when o is a tuple of a class without instance dicts, else null. */
function tupleGetterAtSite(code: Code, at: number, o: PyObject): PyTupleGetter | null {
  if (!(o instanceof PyTuple)) return null;
  const c = code.attrCache[at];
  if (c === undefined) return null;
  const k = c.find(o.cls);
  if (k < 0) return null;
  const g = c.values[k];
  return g instanceof PyTupleGetter ? g : null;
}

/** A property whose reading is its getter's call: property's own type (no __get__ of a subclass), a tpy function as fget. */
function plainProperty(descr: PyObject | undefined): boolean {
  return descr instanceof PyProperty && descr.cls === propertyType && descr.fget instanceof PyFunction;
}

/** The property the site at `at` remembers for o's class, when o is an instance of a class with only slots, else null. */
function propertyAtSite(code: Code, at: number, o: PyObject): PyProperty | null {
  if (!(o instanceof PyInstance) || o.dict !== null) return null;
  const c = code.attrCache[at];
  if (c === undefined) return null;
  const k = c.find(o.cls);
  if (k < 0) return null;
  const p = c.values[k];
  return p instanceof PyProperty ? p : null;
}

/** STORE_ATTR on a cache miss. */
export function storeAttrCaching(vm: VM, code: Code, at: number, o: PyObject, name: string, value: PyObject): void {
  const slot = slotAtSite(code, at, o);
  if (slot !== null) {
    ((o as PyInstance).slots ??= [])[slot.index] = value;
    return;
  }
  setAttr(vm, o, name, value);
  if (typeof o === 'object' && !(o instanceof PyType) && (o.dict !== null || slotsOnly(o))) {
    const t = o.cls;
    if (t.isHeapType) {
      const hook = t.lookup('__setattr__');
      if (hook !== undefined && hook !== objectType.typeDict.get('__setattr__')) return;
    }
    const descr = t.lookup(name);
    if (o.dict !== null) {
      if (descr === undefined || !isDataDescriptor(descr)) fill(code, at, t, None);
    } else if (descr instanceof PyMemberDescr) fill(code, at, t, descr);
  }
}

/** True when `o` keeps every attribute in __slots__: a plain instance of a class without instance dicts. */
function slotsOnly(o: PyObj): boolean {
  return o instanceof PyInstance && !o.cls.hasInstanceDict;
}

/**
 * The member descriptor the site at `at` remembers for o's class, when o is an instance
 * of a class with only slots (the descriptor is then what the generic read or write of the
 * name would use), else null.
 */
function slotAtSite(code: Code, at: number, o: PyObject): PyMemberDescr | null {
  if (!(o instanceof PyInstance) || o.dict !== null) return null;
  const c = code.attrCache[at];
  if (c === undefined) return null;
  const k = c.find(o.cls);
  if (k < 0) return null;
  const m = c.values[k];
  return m instanceof PyMemberDescr ? m : null;
}

/**
 * LOAD_METHOD on a cache miss: [method, self] as loadMethod gives them (self undefined
 * when the attribute is not a method to call unbound), caching plain methods.
 */
export function loadMethodCaching(vm: VM, code: Code, at: number, o: PyObject, name: string): [PyObject, PyObject | undefined] {
  const r = loadMethodOrMissingCaching(vm, code, at, o, name);
  if (r === undefined) throw attributeErrorFor(o, name);
  return r;
}

/**
 * loadMethodCaching for compiled code: a missing attribute's AttributeError answered as
 * RAISED (in vm.jitRaised) rather than thrown (`try: f.read() except AttributeError`).
 */
export function loadMethodOrRaise(vm: VM, code: Code, at: number, o: PyObject, name: string): [PyObject, PyObject | undefined] | PyObject {
  return loadMethodOrMissingCaching(vm, code, at, o, name) ?? raisedPlain(vm, attributeErrorFor(o, name));
}

function loadMethodOrMissingCaching(vm: VM, code: Code, at: number, o: PyObject, name: string): [PyObject, PyObject | undefined] | undefined {
  // Base.method(self, ...): the class's attribute, called with no self of its own.
  if (o instanceof PyType) return [loadClassAttrCaching(vm, code, at, o, name), undefined];
  const r = loadMethodOrMissing(vm, o, name);
  if (r === undefined) return undefined;
  const t = typeOf(o);
  if (r[1] !== undefined) {
    const m = r[0];
    if ((m instanceof PyFunction || m instanceof PyMethodDescriptor || m instanceof PyLruCacheWrapper) && genericGetAttribute(t) && t.lookup(name) === m) fill(code, at, t, m);
  } else if (typeof o === 'object' && o.dict !== null && genericGetAttribute(t) && t.lookup(name) === undefined && o.dict.getStr(name) === r[0]) {
    // module.function(), self.callback(): an object's own attribute, nothing of its class's.
    fill(code, at, t, FROM_DICT);
  }
  return r;
}

/**
 * A LOAD_METHOD cache's value for a class whose instances had the name in their own dict
 * (and the class had nothing by that name): the site reads it from there, with no self.
 * No method is None.
 */
export const FROM_DICT = None;

/**
 * LOAD_ATTR's read of instance dict `d`: a split dict over the keys the site remembers
 * is read at the remembered index; otherwise by name, remembering the index for next time.
 */
export function cachedDictGet(c: AttrCache, d: PyDict, name: string): PyObject | undefined {
  const keys = d.shared;
  if (keys === null) return d.getStr(name);
  if (keys === c.keys) return d.splitValue(c.idx);
  const i = indexAtSite(c, keys, name);
  if (i < 0) return undefined;
  c.keys = keys;
  c.idx = i;
  return d.splitValue(i);
}

/**
 * Compiled LOAD_ATTR's read of instance dict `d` of the class at way `k` of the site, when
 * its keys are not the way's (keysAt): by name, remembering the keys and index at that way.
 */
export function cachedDictGetAt(c: AttrCache, k: number, d: PyDict, name: string): PyObject | undefined {
  const keys = d.shared;
  if (keys === null) return d.getStr(name);
  const i = keys.index.get(name);
  if (i === undefined) return undefined;
  c.keysAt[k] = keys;
  c.idxAt[k] = i;
  return d.splitValue(i);
}

/** Compiled STORE_ATTR's write into instance dict `d` of the class at way `k`, when the inline store did not apply (cachedDictGetAt's counterpart). */
export function cachedDictSetAt(c: AttrCache, k: number, d: PyDict, name: string, value: PyObject): void {
  let keys = d.shared;
  if (keys !== null) {
    const i = keys.index.get(name);
    if (i !== undefined && d.setSplitValue(i, value)) {
      c.keysAt[k] = keys;
      c.idxAt[k] = i;
      return;
    }
  }
  d.setStr(name, value);
  keys = d.shared;
  if (keys === null) return;
  const i = keys.index.get(name);
  if (i !== undefined) {
    c.keysAt[k] = keys;
    c.idxAt[k] = i;
  }
}

/**
 * Compiled LOAD_ATTR past its inline read (the site's first class, its keys at their
 * index): the instance dict of a class at another way of the site, keys met for the first
 * time, or the slot of a class with only __slots__. Undefined when the site does not know
 * o's class (or the attribute is not there): the slow path's. Out of line so that each
 * site's compiled code stays small (V8's optimising compile of a body grows with it).
 */
export function attrAtSite(c: AttrCache | undefined, o: PyObject, name: string): PyObject | undefined {
  if (c === undefined || typeof o !== 'object') return undefined;
  const k = c.find(o.cls);
  if (k < 0) return undefined;
  const dict = o.dict;
  if (dict !== null) {
    const keys = dict.shared;
    if (keys !== null && keys === c.keysAt[k]) {
      const i = c.idxAt[k];
      return i < dict.nvals ? dict.vals![i] : undefined;
    }
    return cachedDictGetAt(c, k, dict, name);
  }
  const m = c.values[k];
  return m instanceof PyMemberDescr && (o as PyInstance).slots != null ? (o as PyInstance).slots![m.index] : undefined;
}

/**
 * Compiled STORE_ATTR past its inline write (attrAtSite's counterpart): true when stored,
 * into the instance dict (a new instance's made here, as the eval loop's store makes it)
 * or the slot of a class with only __slots__; false for the slow path.
 */
export function storeAttrAtSite(c: AttrCache | undefined, o: PyObject, name: string, v: PyObject): boolean {
  if (c === undefined || typeof o !== 'object') return false;
  const k = c.find(o.cls);
  if (k < 0) return false;
  const dict = o.dict ?? dictForStore(o);
  if (dict !== null) {
    const keys = dict.shared;
    if (keys === null || keys !== c.keysAt[k] || !dict.setSplitValue(c.idxAt[k], v)) cachedDictSetAt(c, k, dict, name, v);
    return true;
  }
  const m = c.values[k];
  if (m instanceof PyMemberDescr && (o as PyInstance).slots !== undefined) {
    ((o as PyInstance).slots ??= [])[m.index] = v;
    return true;
  }
  return false;
}

/**
 * Compiled LOAD_METHOD: true when instance dict `d` of the class at way `k` does not shadow
 * the class's method `name`, when its keys and their count are not the way's (keysAt, idxAt).
 */
export function notShadowedAt(c: AttrCache, k: number, d: PyDict, name: string): boolean {
  const keys = d.shared;
  if (keys === null) return d.getStr(name) === undefined;
  const i = keys.index.get(name);
  if (i !== undefined) return i >= d.nvals;
  c.keysAt[k] = keys;
  c.idxAt[k] = keys.names.length;
  return true;
}

/** The index of `name` in `keys` (-1: not there), from the pairs the site saw when it has one. */
function indexAtSite(c: AttrCache, keys: SharedKeys, name: string): number {
  const known = seenWith(c, keys);
  if (known !== undefined) return known;
  const i = keys.index.get(name);
  if (i === undefined) return -1;
  rememberKeys(c, keys, i);
  return i;
}

/** The number the site remembers with `keys` (seenKeys, seenIdx), if it does. */
function seenWith(c: AttrCache, keys: SharedKeys): number | undefined {
  const seen = c.seenKeys;
  for (let j = 0; j < seen.length; j++) if (seen[j] === keys) return c.seenIdx[j];
  return undefined;
}

/** Remembers `n` with `keys` at the site, in place of what it had for them; past WAYS pairs the oldest goes. */
function rememberKeys(c: AttrCache, keys: SharedKeys, n: number): void {
  const seen = c.seenKeys;
  const j = seen.indexOf(keys);
  if (j >= 0) {
    c.seenIdx[j] = n;
    return;
  }
  if (seen.length >= WAYS) {
    seen.shift();
    c.seenIdx.shift();
  }
  seen.push(keys);
  c.seenIdx.push(n);
}

/**
 * STORE_ATTR's instance dict of `o`, whose class the site's cache holds: a new instance has
 * none until its first attribute (as genericSetAttr gives it one), so that first store in
 * __init__ is a cache hit too. Null when `o`'s type has no instance dicts.
 */
export function dictForStore(o: PyObj): PyDict | null {
  if (o.dict !== null) return o.dict;
  return o.cls.hasInstanceDict && !(o instanceof PyType) ? (o.dict = newInstanceDict(o.cls)) : null;
}

/** STORE_ATTR's write into instance dict `d`: at the remembered index when it applies, else by name (remembering the index). */
export function cachedDictSet(c: AttrCache, d: PyDict, name: string, value: PyObject): void {
  if (d.shared !== null && d.shared === c.keys && d.setSplitValue(c.idx, value)) return;
  const keys = d.shared;
  if (keys !== null && keys !== c.keys) {
    // Another class's instance: its index as the site saw it before, when it did.
    const i = indexAtSite(c, keys, name);
    if (i >= 0 && d.setSplitValue(i, value)) {
      c.keys = keys;
      c.idx = i;
      return;
    }
  }
  d.setStr(name, value);
  const after = d.shared;
  if (after === null) return;
  const i = after.index.get(name);
  if (i !== undefined) {
    c.keys = after;
    c.idx = i;
  }
}

/** LOAD_METHOD: true when the instance dict `d` has no entry `name` shadowing the class's method. */
export function notShadowed(c: AttrCache, d: PyDict, name: string): boolean {
  const keys = d.shared;
  if (keys === null) return d.getStr(name) === undefined;
  const n = keys.names.length;
  if (keys === c.keys && n === c.idx) return true;
  // Instances of several classes (each with keys of its own) met here in turn: the keys of
  // each, with the count they had when found without the name, as cachedDictGet's pairs.
  if (seenWith(c, keys) !== n) {
    const i = keys.index.get(name);
    if (i !== undefined) return i >= d.nvals;
    rememberKeys(c, keys, n);
  }
  c.keys = keys;
  c.idx = n;
  return true;
}
