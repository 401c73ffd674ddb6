// Rich comparison (PyObject_RichCompare): fast paths for numbers, strings and sequences, then dunders.

import type { PyObject } from '../objects/object.js';
import { PyFloat } from '../objects/float.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { typeError } from '../objects/exceptions.js';
import { recursionError } from '../errors.js';
import { Cmp } from '../opcodes.js';
import { typeOf } from './typeof.js';
import { call, callSpecialMethod } from './call.js';
import { bindSpecialOrMissing } from './attribute.js';
import { PyFunction, PyBuiltinFunction, PyMethodDescriptor } from '../objects/function.js';
import { truthy } from './convert.js';
import type { VM } from '../vm.js';

const DUNDER = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const SWAPPED = [Cmp.GT, Cmp.GE, Cmp.EQ, Cmp.NE, Cmp.LT, Cmp.LE];
const SYMBOL = ['<', '<=', '==', '!=', '>', '>='];

/** A number's value as a JS number or bigint, or undefined for non-numbers. */
function numeric(o: PyObject): number | bigint | undefined {
  switch (typeof o) {
    case 'number': case 'bigint': return o;
    case 'boolean': return o ? 1 : 0;
  }
  if (o instanceof PyFloat) return o.value;
  return undefined;
}

/** Compares two numeric values exactly: -1, 0, 1, or NaN when unordered. */
export function numCompare(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  // Mixed bigint and number: a number may be fractional or non-finite.
  if (typeof a === 'number') return -numCompare(b, a);
  const bn = b as number;
  if (Number.isNaN(bn)) return NaN;
  if (bn === Infinity) return -1;
  if (bn === -Infinity) return 1;
  const t = BigInt(Math.trunc(bn));
  if (a < t) return -1;
  if (a > t) return 1;
  const frac = bn - Math.trunc(bn);
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

function cmpResult(c: number, op: Cmp): boolean {
  switch (op) {
    case Cmp.LT: return c < 0;
    case Cmp.LE: return c <= 0;
    case Cmp.EQ: return c === 0;
    case Cmp.NE: return c !== 0;
    case Cmp.GT: return c > 0;
    default: return c >= 0;
  }
}

/** Compares two strings by code point, as Python orders them. */
export function strCompare(a: string, b: string): number {
  // Code-point order: UTF-16 order differs only where a surrogate meets a high BMP character.
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x < 0xd800 && y < 0xd800) return x < y ? -1 : 1;
    // Compare the code points the two units belong to (a low surrogate's starts one unit back).
    let j = i;
    if (j > 0 && isHigh(a.charCodeAt(j - 1)) && (isLow(x) || isLow(y))) j--;
    const cx = a.codePointAt(j)!;
    const cy = b.codePointAt(j)!;
    return cx < cy ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c < 0xdc00;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c < 0xe000;
}

/**
 * Compares two lists or two tuples lexicographically, as list_richcompare. Each level of
 * nesting counts against the recursion limit, as CPython's PyObject_RichCompare does
 * (" in comparison"), so comparing structures nested too deep fails as there.
 */
function sequenceCompare(vm: VM, a: PyObject[], b: PyObject[], op: Cmp): PyObject {
  if ((op === Cmp.EQ || op === Cmp.NE) && a.length !== b.length) return op === Cmp.NE;
  if (vm.depth >= vm.recursionLimit) throw recursionError(' in comparison');
  vm.depth++;
  try {
    return compareItems(vm, a, b, op);
  } finally {
    vm.depth--;
  }
}

function compareItems(vm: VM, a: PyObject[], b: PyObject[], op: Cmp): PyObject {
  // The lengths are read at each step, as CPython's list_richcompare does: an __eq__ that
  // empties a list ends the walk, and the sizes decide.
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y && !pyEq(vm, x, y)) break;
  }
  if (i >= a.length || i >= b.length) return cmpResult(a.length - b.length, op);
  if (op === Cmp.EQ) return false;
  if (op === Cmp.NE) return true;
  return richCompare(vm, a[i], b[i], op);
}

export function richCompare(vm: VM, a: PyObject, b: PyObject, op: Cmp): PyObject {
  if (typeof a === 'number' && typeof b === 'number') return cmpResult(a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN, op);
  if (typeof a === 'string' && typeof b === 'string') return cmpResult(strCompare(a, b), op);
  const na = numeric(a);
  if (na !== undefined) {
    const nb = numeric(b);
    if (nb !== undefined && (typeof a !== 'object' || !a.cls.isHeapType) && (typeof b !== 'object' || !b.cls.isHeapType)) {
      const c = numCompare(na, nb);
      return Number.isNaN(c) ? op === Cmp.NE : cmpResult(c, op);
    }
  }
  if (a instanceof PyList && b instanceof PyList && !a.cls.isHeapType && !b.cls.isHeapType) return sequenceCompare(vm, a.items, b.items, op);
  if (a instanceof PyTuple && b instanceof PyTuple && !a.cls.isHeapType && !b.cls.isHeapType) return sequenceCompare(vm, a.items, b.items, op);
  return genericCompare(vm, a, b, op);
}

/**
 * A comparison that may call a __eq__/__lt__... method: one recursion level of its own, as
 * CPython's PyObject_RichCompare takes (" in comparison"), under the method's frame; so a
 * method that compares again recurses two levels a step, as there.
 */
function genericCompare(vm: VM, a: PyObject, b: PyObject, op: Cmp): PyObject {
  // The compiler folds constants (a frozenset of complex numbers) with no VM: no level to take.
  if (vm === null) return dunderCompare(vm, a, b, op);
  if (vm.depth >= vm.recursionLimit) throw recursionError(' in comparison');
  vm.depth++;
  try {
    return dunderCompare(vm, a, b, op);
  } finally {
    vm.depth--;
  }
}

/**
 * Calls a comparison method found on self's type. As CPython's slot_tp_richcompare, a method
 * whose binding fails (a property whose getter raises) counts as absent: NotImplemented, the
 * error dropped; an error from the call itself propagates.
 */
export function callCompareMethod(vm: VM, self: PyObject, m: PyObject, other: PyObject): PyObject {
  if (m instanceof PyFunction || m instanceof PyMethodDescriptor || m instanceof PyBuiltinFunction) return callSpecialMethod(vm, self, m, [other]);
  const bound = bindSpecialOrMissing(vm, self, m);
  return bound === undefined ? NotImplemented : call(vm, bound, [other]);
}

function dunderCompare(vm: VM, a: PyObject, b: PyObject, op: Cmp): PyObject {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let checkedReflected = false;
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    const m = tb.lookup(DUNDER[SWAPPED[op]]);
    if (m !== undefined) {
      checkedReflected = true;
      const r = callCompareMethod(vm, b, m, a);
      if (r !== NotImplemented) return r;
    }
  }
  const m = ta.lookup(DUNDER[op]);
  if (m !== undefined) {
    const r = callCompareMethod(vm, a, m, b);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReflected) {
    const rm = tb.lookup(DUNDER[SWAPPED[op]]);
    if (rm !== undefined) {
      const r = callCompareMethod(vm, b, rm, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === Cmp.EQ) return a === b;
  if (op === Cmp.NE) return a !== b;
  throw typeError(`'${SYMBOL[op]}' not supported between instances of '${ta.tpName}' and '${tb.tpName}'`);
}

/** a == b as a JS boolean, with the identity shortcut containers use (PyObject_RichCompareBool). */
export function pyEq(vm: VM, a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return false;
  if (typeof a === 'number' && typeof b === 'number') return false;
  const r = richCompare(vm, a, b, Cmp.EQ);
  return typeof r === 'boolean' ? r : truthy(vm, r);
}

/** a < b as a JS boolean (sorting, min, max). */
export function pyLess(vm: VM, a: PyObject, b: PyObject): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return strCompare(a, b) < 0;
  const r = richCompare(vm, a, b, Cmp.LT);
  return typeof r === 'boolean' ? r : truthy(vm, r);
}
