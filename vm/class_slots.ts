// __slots__ at class creation (CPython's type_new): validate the names, decide whether instances
// keep a __dict__, and give each name a member descriptor on the new class.

import { PyObj, type PyObject } from './objects/object.js';
import { objectType, type PyType } from './objects/type.js';
import type { PyDict } from './objects/dict.js';
import { typeError, valueError } from './objects/exceptions.js';
import { PyMemberDescr } from './objects/slots.js';
import { PyGetSet } from './objects/function.js';
import { None } from './objects/singletons.js';
import { liveWeakRefsTo } from './weak_ref_registry.js';
import { strVal } from './objects/str.js';
import { typeOf } from './ops/typeof.js';
import { toArray } from './ops/sequence.js';
import { attributeErrorFor } from './ops/attribute.js';
import type { VM } from './vm.js';

/** What a class's __slots__ asks for: member names (mangled, sorted), whether to add a __dict__ and a __weakref__. */
export interface SlotsSpec {
  members: string[];
  addDict: boolean;
  addWeak: boolean;
}

/** Built-in types whose instances CPython can weakly reference (tp_weaklistoffset), among those a class may derive from. */
const WEAKREFABLE_BASES = new Set(['builtins.set', 'builtins.frozenset', 'builtins.type', 'builtins.module', 'collections.deque', 'array.array', '_thread.RLock']);

/** Whether instances of `t` already have a list of weak references (from a built-in base or a class's __weakref__). */
export function hasWeakrefs(t: PyType): boolean {
  return t.mro.some((c) => (c.isHeapType ? c.typeDict.get('__weakref__') instanceof PyGetSet : WEAKREFABLE_BASES.has(`${c.module}.${c.name}`)));
}

/**
 * Whether a new class may add __weakref__ (type_new's may_add_weak): not when a base gives its
 * instances weak references already, nor for variable-size built-ins (int, tuple, bytes).
 */
export function mayAddWeakref(bases: PyType[]): boolean {
  if (bases.some(hasWeakrefs)) return false;
  const solid = bases.find((b) => b.slotCount > 0 || !b.isHeapType) ?? bases[0]!;
  return !bases.some((b) => b.mro.some((c) => !c.isHeapType && (c === solid || solid.isSubtypeOf(c)) && VARSIZE.has(c.name)));
}

const VARSIZE = new Set(['int', 'tuple', 'bytes']);

// The ASCII test first: the Unicode one takes ~0.6 us a name in V8, the ASCII one ~20 ns.
const ASCII_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

function isIdentifier(s: string): boolean {
  return ASCII_IDENTIFIER.test(s) || IDENTIFIER.test(s);
}

/** The __slots__ of namespace `ns`, validated against the bases; null when the class has none. */
export function readSlots(vm: VM, name: string, ns: PyDict, bases: PyType[]): SlotsSpec | null {
  const value = ns.getStr('__slots__');
  if (value === undefined) return null;
  const items: PyObject[] = strVal(value) !== undefined ? [value] : toArray(vm, value);
  const baseHasDict = bases.some((b) => b.hasInstanceDict);
  const solid = bases.find((b) => b.slotCount > 0 || !b.isHeapType) ?? bases[0]!;
  // Checked before the names (so '__dict__' and '__weakref__' count too), as type_new does.
  if (items.length > 0 && VARSIZE.has(solid.name) && !solid.isHeapType) {
    throw typeError(`nonempty __slots__ not supported for subtype of '${solid.name}'`);
  }
  let addDict = false;
  let addWeak = false;
  const members: string[] = [];
  for (const slot of items) {
    // A str subclass's instance names a slot by its value, as type_new takes any str.
    const item = strVal(slot);
    if (item === undefined) throw typeError(`__slots__ items must be strings, not '${typeOf(slot).tpName}'`);
    if (!isIdentifier(item)) throw typeError('__slots__ must be identifiers');
    if (item === '__dict__') {
      if (baseHasDict || addDict) throw typeError('__dict__ slot disallowed: we already got one');
      addDict = true;
      continue;
    }
    if (item === '__weakref__') {
      if (addWeak || !mayAddWeakref(bases)) throw typeError('__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
      addWeak = true;
      continue;
    }
    const mangled = mangleSlot(name, item);
    if (ns.getStr(mangled) !== undefined) throw valueError(`'${mangled}' in __slots__ conflicts with class variable`);
    members.push(mangled);
  }
  members.sort();
  return { members, addDict, addWeak };
}

/** _Py_Mangle for one slot name inside class `cls`. */
function mangleSlot(cls: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__')) return name;
  const stripped = cls.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

/**
 * The number of slots instances inherit. Bases with slots must lie on one line of descent
 * (their slot indices would collide otherwise): CPython's "lay-out conflict".
 */
export function inheritedSlots(bases: PyType[]): number {
  let widest: PyType | null = null;
  for (const b of bases) if (b.slotCount > 0 && (widest === null || b.slotCount > widest.slotCount)) widest = b;
  if (widest === null) return 0;
  for (const b of bases) {
    if (b.slotCount > 0 && !widest.mro.some((t) => t === b || (t.slotCount === b.slotCount && b.mro.includes(t)))) {
      throw typeError('multiple bases have instance lay-out conflict');
    }
  }
  return widest.slotCount;
}

/** Adds the member descriptors of `spec` to `cls`, numbered after the `inherited` slots of its bases. */
export function installSlots(cls: PyType, spec: SlotsSpec, inherited: number): void {
  spec.members.forEach((m, i) => cls.typeDict.set(m, new PyMemberDescr(m, cls, inherited + i, attributeErrorFor)));
  cls.slotCount = inherited + spec.members.length;
}

/**
 * The descriptors a class adds for what its instances gain over its bases' (CPython's
 * subtype_getsets): `__dict__` when they gain an instance dict, `__weakref__` when they gain
 * a list of weak references.
 */
export function installInstanceGetsets(cls: PyType, addDict: boolean, addWeak: boolean): void {
  // A name the class body defined itself wins (PyType_Ready adds getsets with SetDefault).
  if (addDict && !cls.typeDict.has('__dict__')) {
    const base = objectType.typeDict.get('__dict__') as PyGetSet;
    cls.typeDict.set('__dict__', new PyGetSet('__dict__', cls, base.get, base.set, 'dictionary for instance variables'));
  }
  if (addWeak && !cls.typeDict.has('__weakref__')) {
    cls.typeDict.set('__weakref__', new PyGetSet('__weakref__', cls, weakrefHead, null, 'list of weak references to the object'));
  }
}

/** obj.__weakref__: the head of the list of weak references to obj (vm/weak_ref_registry.ts), None when there is none. */
function weakrefHead(vm: VM, o: PyObject): PyObject {
  return o instanceof PyObj ? (liveWeakRefsTo(vm, o)[0] ?? None) : None;
}
