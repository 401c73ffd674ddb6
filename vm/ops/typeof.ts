// type(x) for every value representation, and the type's name for messages.

import type { PyObject } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { intType, boolType } from '../objects/int.js';
import { strType } from '../objects/str.js';
import { None } from '../objects/singletons.js';

export function typeOf(v: PyObject): PyType {
  switch (typeof v) {
    case 'object': return v.cls;
    case 'number': case 'bigint': return intType;
    case 'string': return strType;
    default: return boolType;
  }
}

/** The type's name as error messages give it (tp_name). */
export function typeName(v: PyObject): string {
  return typeOf(v).tpName;
}

/**
 * The type's name as argument-checking messages give it ("argument 1 must be str, not None"):
 * CPython's _PyArg_BadArgument, behind every Argument Clinic signature, names None itself.
 */
export function argTypeName(v: PyObject): string {
  return v === None ? 'None' : typeOf(v).tpName;
}

export function isInt(v: PyObject): v is number | bigint | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

export function isType(v: PyObject): v is PyType {
  return v instanceof PyType;
}

export function isInstance(v: PyObject, t: PyType): boolean {
  return typeOf(v).isSubtypeOf(t);
}

/**
 * Whether the type has CPython's sequence slots (tp_as_sequence): every class does, and
 * the built-ins that support len() or `in`. Some messages depend on it.
 */
export function hasSequenceSlots(t: PyType): boolean {
  return t.isHeapType || t.lookup('__len__') !== undefined || t.lookup('__contains__') !== undefined;
}
