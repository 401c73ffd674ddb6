// repr(), str(), truth value, len() and __index__: conversions every part of the VM needs.

import type { PyObject } from '../objects/object.js';
import { PyFloat } from '../objects/float.js';
import { None } from '../objects/singletons.js';
import { typeError, overflowError, valueError, indexError, type PyBaseException } from '../objects/exceptions.js';
import { floatRepr } from '../format/float_repr.js';
import { intToString } from '../format/int_text.js';
import { strRepr } from '../format/str_repr.js';
import { PyList, listType } from '../objects/list.js';
import { PyTuple, tupleType } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { noSurrogate } from './str_surrogates.js';
import { cpLength } from './str_code_points.js';
import { typeOf } from './typeof.js';
import { strVal } from '../objects/str.js';
import { call, callDunder, callSpecialMethod } from './call.js';
import { PyMethodDescriptor, PyFunction, PyBuiltinFunction } from '../objects/function.js';
import { bindSpecialOrMissing } from './attribute.js';
import { hexId } from '../methods/object.js';
import { recursionError } from '../errors.js';
import type { VM } from '../vm.js';
import { PyIntSub, boolType } from '../objects/int.js';
import { warnStrictSubclassResult } from '../native_warn.js';

export function repr(vm: VM, o: PyObject): string {
  // PyObject_Repr counts as a level of recursion for every object, an int's too: where a
  // __repr__ recursing without end stops depends on it.
  if (vm.depth >= vm.recursionLimit) throw recursionError(' while getting the repr of an object');
  switch (typeof o) {
    case 'string': return strRepr(o);
    case 'number': return String(o);
    case 'bigint': return intToString(o);
    case 'boolean': return o ? 'True' : 'False';
  }
  const r = reprResult(vm, o);
  return typeof r === 'string' ? r : strVal(r)!;
}

/**
 * repr(o) as the object PyObject_Repr returns: a str, or the str subclass instance a
 * __repr__ returned (the builtin repr() hands that on unchanged).
 */
export function reprObject(vm: VM, o: PyObject): PyObject {
  if (typeof o !== 'object') return repr(vm, o);
  if (vm.depth >= vm.recursionLimit) throw recursionError(' while getting the repr of an object');
  return reprResult(vm, o);
}

/** The checked result of o's __repr__ (a str or str subclass instance), as one recursion level. */
function reprResult(vm: VM, o: PyObject): PyObject {
  if (o instanceof PyFloat && o.cls.isHeapType === false) return floatRepr(o.value);
  vm.depth++;
  let r: PyObject | undefined;
  try {
    r = callReprSlot(vm, o, '__repr__');
  } finally {
    vm.depth--;
  }
  if (r === undefined) throw typeError(`'${typeOf(o).tpName}' object has no __repr__`);
  // A str subclass is a string too (pdb's _rstr, whose repr is itself).
  if (strVal(r) === undefined) throw typeError(`__repr__ returned non-string (type ${typeOf(r).tpName})`);
  return r;
}

export function str(vm: VM, o: PyObject): string {
  if (typeof o === 'string') return o;
  // PyObject_Str counts as a level of recursion, as PyObject_Repr does (all but an exact str).
  if (vm.depth >= vm.recursionLimit) throw recursionError(' while getting the str of an object');
  switch (typeof o) {
    case 'number': return String(o);
    case 'bigint': return intToString(o);
    case 'boolean': return o ? 'True' : 'False';
  }
  const r = strResult(vm, o);
  return typeof r === 'string' ? r : strVal(r)!;
}

/** str(o) as the object PyObject_Str returns: a str, or the str subclass instance a __str__ returned. */
export function strObject(vm: VM, o: PyObject): PyObject {
  if (typeof o !== 'object') return str(vm, o);
  if (vm.depth >= vm.recursionLimit) throw recursionError(' while getting the str of an object');
  return strResult(vm, o);
}

/** The checked result of o's __str__ (or __repr__ without one), as one recursion level. */
function strResult(vm: VM, o: PyObject): PyObject {
  vm.depth++;
  let r: PyObject | undefined;
  try {
    r = callReprSlot(vm, o, '__str__');
  } finally {
    vm.depth--;
  }
  if (r === undefined) return reprObject(vm, o);
  // A str subclass is a string too (pdb's _rstr, whose repr is itself).
  if (strVal(r) === undefined) throw typeError(`__str__ returned non-string (type ${typeOf(r).tpName})`);
  return r;
}

/**
 * Calls `o.__repr__()` or `o.__str__()` (undefined when the type has none), a native one
 * directly: nested containers recurse through here, and each JS frame saved per level
 * lets a deeper repr finish before the JS stack runs out.
 */
function callReprSlot(vm: VM, o: PyObject, name: string): PyObject | undefined {
  const m = typeOf(o).lookup(name);
  if (m === undefined) return undefined;
  // (A method borrowed from an unrelated type goes on to callSpecialMethod, which refuses it.)
  if (m instanceof PyMethodDescriptor && typeOf(o).isSubtypeOf(m.owner)) return m.fn(vm, [o], null);
  if (name === '__repr__' && !(m instanceof PyMethodDescriptor) && !(m instanceof PyFunction) && !(m instanceof PyBuiltinFunction)) {
    // slot_tp_repr: a __repr__ that fails to bind (a property whose getter raises) is dropped
    // for the bare default, named by the type's plain name.
    const bound = bindSpecialOrMissing(vm, o, m);
    return bound === undefined ? `<${typeOf(o).tpName} object at ${hexId(o)}>` : call(vm, bound, []);
  }
  return callSpecialMethod(vm, o, m, []);
}

/** type(o).__repr__(o) as object.__str__ calls tp_repr: no recursion level, no check of the result. */
export function callTypeRepr(vm: VM, o: PyObject): PyObject {
  return callReprSlot(vm, o, '__repr__') ?? repr(vm, o);
}

/** The truth value of an object (PyObject_IsTrue). */
export function truthy(vm: VM, o: PyObject): boolean {
  switch (typeof o) {
    case 'boolean': return o;
    case 'number': return o !== 0;
    case 'string': return o.length !== 0;
    case 'bigint': return o !== 0n;
  }
  if (o === None) return false;
  if (o instanceof PyList && !o.cls.isHeapType) return o.items.length !== 0;
  if (o instanceof PyTuple && !o.cls.isHeapType) return o.items.length !== 0;
  if (o instanceof PyFloat && !o.cls.isHeapType) return o.value !== 0;
  if (o instanceof PyDict && !o.cls.isHeapType) return o.size !== 0;
  const t = typeOf(o);
  const b = t.lookup('__bool__');
  if (b !== undefined) {
    const r = callDunder(vm, o, '__bool__', []);
    if (typeof r !== 'boolean') throw typeError(`__bool__ should return bool, returned ${typeOf(r!).tpName}`);
    return r;
  }
  if (t.lookup('__len__') !== undefined) {
    const n = lenValue(vm, o);
    return n !== 0 && n !== 0n;
  }
  return true;
}

export function len(vm: VM, o: PyObject): number {
  if (typeof o === 'string') return strLength(o);
  // A subclass may override __len__: only exact lists and tuples take the shortcut.
  if (o instanceof PyList && o.cls === listType) return o.items.length;
  if (o instanceof PyTuple && o.cls === tupleType) return o.items.length;
  const n = lenValue(vm, o);
  // Only a virtual sequence (a range, a class's __len__) is this long: no JS array is.
  if (typeof n === 'bigint') throw overflowError("cannot fit 'int' into an index-sized integer");
  return n;
}

/**
 * len(o) as the builtin returns it: any Py_ssize_t, so past the safe integers (len(range(2**61)))
 * a bigint; len() above keeps to JS numbers for the callers that size or index something.
 */
export function lenValue(vm: VM, o: PyObject): number | bigint {
  if (typeof o === 'string') return strLength(o);
  if (o instanceof PyList && o.cls === listType) return o.items.length;
  if (o instanceof PyTuple && o.cls === tupleType) return o.items.length;
  const r = callDunder(vm, o, '__len__', []);
  if (r === undefined) throw typeError(`object of type '${typeOf(o).tpName}' has no len()`);
  const n = index(vm, r, () => `'${typeOf(r).tpName}' object cannot be interpreted as an integer`);
  // The sign first, as slot_sq_length checks it: a huge negative length is a ValueError.
  if (n < 0) throw valueError('__len__() should return >= 0');
  if (typeof n === 'bigint' && n > SSIZE_MAX_LEN) throw overflowError("cannot fit 'int' into an index-sized integer");
  return n;
}

/** Py_ssize_t's largest value (2**63 - 1), the longest length CPython can return. */
const SSIZE_MAX_LEN = 2n ** 63n - 1n;


/** Length in code points: JS strings count UTF-16 units, Python counts characters. */
export function strLength(s: string): number {
  // Most strings have no surrogate (see noSurrogate: a one-byte string is not scanned, the
  // last long two-byte one is remembered).
  if (noSurrogate(s)) return s.length;
  return cpLength(s);
}

/** operator.index(): an int from an int-like object, or TypeError with `message`. */
export function index(vm: VM, o: PyObject, message?: () => string): number | bigint {
  if (typeof o === 'number' || typeof o === 'bigint') return o;
  if (typeof o === 'boolean') return o ? 1 : 0;
  // An int subclass is an int already: PyNumber_Index never calls its __index__.
  if (o instanceof PyIntSub) return o.value;
  const r = callDunder(vm, o, '__index__', []);
  if (r === undefined) {
    throw typeError(message ? message() : `'${typeOf(o).tpName}' object cannot be interpreted as an integer`);
  }
  if (typeof r === 'number' || typeof r === 'bigint') return r;
  // A bool is a strict subclass of int too: CPython warns for it as for any other.
  if (typeof r === 'boolean') {
    warnStrictSubclassResult(vm, '__index__', boolType, 'int');
    return r ? 1 : 0;
  }
  if (r instanceof PyIntSub) {
    warnStrictSubclassResult(vm, '__index__', r.cls, 'int');
    return r.value;
  }
  throw typeError(`__index__ returned non-int (type ${typeOf(r).tpName})`);
}

/** An index-sized int (a JS number), raising OverflowError as CPython's PyNumber_AsSsize_t. */
export function indexSize(vm: VM, o: PyObject, message?: () => string): number {
  const n = index(vm, o, message);
  if (typeof n !== 'bigint') return n;
  const s = bigintToSsize(n);
  if (s === null) throw cannotFit(o, 'overflow');
  return s;
}

/** _Py_convert_optional_to_ssize_t's error for a size (read's, readlines' hint) that is neither an int nor None. */
export function optionalSizeMessage(o: PyObject): string {
  return `argument should be integer or None, not '${typeOf(o).tpName}'`;
}

/** indexSize without rounding: a Py_ssize_t past 2**53 stays a bigint (for size checks that must be exact). */
export function indexSizeExact(vm: VM, o: PyObject): number | bigint {
  const n = index(vm, o);
  if (typeof n !== 'bigint') return n;
  if (bigintToSsize(n) === null) throw cannotFit(o, 'overflow');
  return n >= -MAX_SAFE_BIG && n <= MAX_SAFE_BIG ? Number(n) : n;
}
const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * PyNumber_AsSsize_t's error for an index too large for a Py_ssize_t: IndexError for a
 * subscript, OverflowError for an argument, naming the type of the object given (an int, or
 * one with an __index__).
 */
export function cannotFit(item: PyObject, kind: 'index' | 'overflow' = 'index'): PyBaseException {
  const message = `cannot fit '${typeOf(item).tpName}' into an index-sized integer`;
  return kind === 'index' ? indexError(message) : overflowError(message);
}

const SSIZE_MIN = -(2n ** 63n);
const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * A bigint within C's Py_ssize_t range as a JS number, or null when CPython would
 * overflow. Past 2**53 the number is inexact, which is harmless: no sequence comes
 * near that length, so as an index or a count it is out of reach all the same.
 */
export function bigintToSsize(n: bigint): number | null {
  return n >= SSIZE_MIN && n <= SSIZE_MAX ? Number(n) : null;
}
