// __slots__ at class creation (CPython's type_new): validate the names, decide whether instances
// keep a __dict__, and give each name a member descriptor on the new class.

import type { PyObject } from './objects/object.js';
import type { PyType } from './objects/type.js';
import type { PyDict } from './objects/dict.js';
import { typeError, valueError } from './objects/exceptions.js';
import { PyMemberDescr } from './objects/slots.js';
import { typeOf } from './ops/typeof.js';
import { toArray } from './ops/sequence.js';
import { attributeErrorFor } from './ops/attribute.js';
import type { VM } from './vm.js';

/** What a class's __slots__ asks for: member names (mangled, sorted) and whether to add a __dict__. */
export interface SlotsSpec {
  members: string[];
  addDict: boolean;
}

const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

/** The __slots__ of namespace `ns`, validated against the bases; null when the class has none. */
export function readSlots(vm: VM, name: string, ns: PyDict, bases: PyType[]): SlotsSpec | null {
  const value = ns.getStr('__slots__');
  if (value === undefined) return null;
  const items: PyObject[] = typeof value === 'string' ? [value] : toArray(vm, value);
  const baseHasDict = bases.some((b) => b.hasInstanceDict);
  const solid = bases.find((b) => b.slotCount > 0 || !b.isHeapType) ?? bases[0]!;
  let addDict = false;
  const members: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string') throw typeError(`__slots__ items must be strings, not '${typeOf(item).tpName}'`);
    if (!IDENTIFIER.test(item)) throw typeError('__slots__ must be identifiers');
    if (item === '__dict__') {
      if (baseHasDict || addDict) throw typeError('__dict__ slot disallowed: we already got one');
      addDict = true;
      continue;
    }
    if (item === '__weakref__') continue; // tpy has no weak references to give a slot to
    const mangled = mangleSlot(name, item);
    if (ns.getStr(mangled) !== undefined) throw valueError(`'${mangled}' in __slots__ conflicts with class variable`);
    members.push(mangled);
  }
  if (members.length > 0 && (solid.name === 'int' || solid.name === 'tuple' || solid.name === 'bytes') && !solid.isHeapType) {
    throw typeError(`nonempty __slots__ not supported for subtype of '${solid.name}'`);
  }
  members.sort();
  return { members, addDict };
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

/** Exceptions CPython gives fields of their own (a struct of their own): tpy's share one allocator. */
const OWN_LAYOUT_EXCEPTIONS = new Set([
  'BaseExceptionGroup', 'StopIteration', 'SystemExit', 'ImportError', 'OSError', 'SyntaxError', 'AttributeError',
  'NameError', 'UnicodeEncodeError', 'UnicodeDecodeError', 'UnicodeTranslateError',
]);

/**
 * The class that lays out instances of `t`: a built-in type with an allocator of its own
 * (int, str, list, dict, BaseException...) or object; for a class, the most derived one
 * among its bases' (CPython's solid_base).
 */
function solidBase(t: PyType): PyType {
  if (!t.isHeapType) {
    let s = t;
    while (s.bases.length > 0 && !s.bases[0].isHeapType && s.allocate === s.bases[0].allocate && !OWN_LAYOUT_EXCEPTIONS.has(s.tpName)) s = s.bases[0];
    return s;
  }
  let best: PyType | null = null;
  for (const b of t.bases) {
    const s = solidBase(b);
    if (best === null || s.isSubtypeOf(best)) best = s;
  }
  return best ?? t;
}

/**
 * Bases whose instances are laid out by unrelated built-in types cannot be combined
 * (`class B(int, str)`): CPython's "lay-out conflict" from best_base.
 */
export function checkBaseLayouts(bases: PyType[]): void {
  let winner: PyType | null = null;
  for (const b of bases) {
    const s = solidBase(b);
    if (winner === null || s.isSubtypeOf(winner)) winner = s;
    else if (!winner.isSubtypeOf(s)) throw typeError('multiple bases have instance lay-out conflict');
  }
}

/** Adds the member descriptors of `spec` to `cls`, numbered after the `inherited` slots of its bases. */
export function installSlots(cls: PyType, spec: SlotsSpec, inherited: number): void {
  spec.members.forEach((m, i) => cls.typeDict.set(m, new PyMemberDescr(m, cls, inherited + i, attributeErrorFor)));
  cls.slotCount = inherited + spec.members.length;
}
