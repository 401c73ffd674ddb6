// format(value, spec), the FORMAT_VALUE conversions, and str % args: formatting as the eval loop and str methods need it.

import type { PyObject } from '../objects/object.js';
import { PyFloat, floatType } from '../objects/float.js';
import { PyTuple } from '../objects/tuple.js';
import { PyIntSub } from '../objects/int.js';
import { None } from '../objects/singletons.js';
import { typeError, PyBaseException, TypeError as TypeErrorType } from '../objects/exceptions.js';
import { strType, strVal } from '../objects/str.js';
import { formatInt, formatFloat, formatStr } from '../format/format_spec.js';
import { intToString } from '../format/int_text.js';
import { percentFormat, PercentHooks } from '../format/percent_format.js';
import { intToFloat, floatToInt } from '../format/bigint_math.js';
import { typeOf } from './typeof.js';
import { call, callSpecialMethod } from './call.js';
import { repr, reprObject, str, index } from './convert.js';
import { getItem } from './sequence.js';
import { asciiEscape } from '../format/str_repr.js';
import type { VM } from '../vm.js';

/** The built-in format(value, spec): type(value).__format__(value, spec), which must return a str. */
export function format(vm: VM, value: PyObject, formatSpec: string): string {
  // Fast paths for the exact built-in types (subclasses may override __format__).
  switch (typeof value) {
    case 'string': return formatSpec === '' ? value : formatStr(value, formatSpec);
    case 'number': case 'bigint': case 'boolean':
      // A number with an empty spec formats as str() does, through PyObject_Str's recursion check.
      if (formatSpec === '') return str(vm, value);
      return formatInt(value, formatSpec);
  }
  if (value instanceof PyFloat && !value.cls.isHeapType) {
    if (formatSpec === '' && vm.depth >= vm.recursionLimit) return str(vm, value);
    return formatFloat(value.value, formatSpec);
  }
  const m = typeOf(value).lookup('__format__');
  if (m === undefined) throw typeError(`Type ${typeOf(value).tpName} doesn't define __format__`);
  const r = callSpecialMethod(vm, value, m, [formatSpec]);
  if (typeof r === 'string') return r;
  if (typeof r === 'object' && typeOf(r).isSubtypeOf(strType)) return str(vm, r);
  throw typeError(`__format__ must return a str, not ${typeOf(r).tpName}`);
}

/**
 * format() of an exact int or float as str.format renders a field: CPython's render_field calls
 * their formatter directly, with no PyObject_Format and so no recursion check. Undefined for
 * any other value.
 */
export function formatExactNumber(value: PyObject, formatSpec: string): string | undefined {
  if (typeof value === 'number' || typeof value === 'bigint') return formatSpec === '' ? (typeof value === 'number' ? String(value) : intToString(value)) : formatInt(value, formatSpec);
  if (value instanceof PyFloat && !value.cls.isHeapType) return formatFloat(value.value, formatSpec);
  return undefined;
}

/** FORMAT_VALUE: conversion 0 none, 1 !s, 2 !r, 3 !a, then format() with the spec. */
export function formatValue(vm: VM, value: PyObject, conversion: number, formatSpec: string): string {
  let v = value;
  switch (conversion) {
    case 1: v = str(vm, value); break;
    case 2: v = repr(vm, value); break;
    case 3: v = asciiOf(vm, value); break;
  }
  if (formatSpec === '' && typeof v === 'string') return v;
  return format(vm, v, formatSpec);
}

export { asciiEscape };

/** ascii(o): repr with every non-ASCII character escaped. */
export function asciiOf(vm: VM, o: PyObject): string {
  return asciiEscape(repr(vm, o));
}

/**
 * The builtin ascii(): an all-ASCII repr is returned as __repr__ gave it, a str subclass
 * instance included (PyObject_ASCII); only a repr needing escapes becomes a new plain str.
 */
export function asciiObject(vm: VM, o: PyObject): PyObject {
  const r = reprObject(vm, o);
  const text = typeof r === 'string' ? r : strVal(r)!;
  return /^[\x00-\x7f]*$/.test(text) ? r : asciiEscape(text);
}

function hasMethod(o: PyObject, name: string): boolean {
  const m = typeOf(o).lookup(name);
  return m !== undefined && m !== None;
}

/**
 * Each VM's hooks, made once, not per `%`. A WeakMap: the hooks close over their VM, which
 * must not outlive its program here (an ephemeron: the value does not keep its key alive).
 */
const hooksByVm = new WeakMap<VM, PercentHooks>();

function percentHooks(vm: VM): PercentHooks {
  let hooks = hooksByVm.get(vm);
  if (hooks === undefined) {
    hooks = makePercentHooks(vm);
    hooksByVm.set(vm, hooks);
  }
  return hooks;
}

function makePercentHooks(vm: VM): PercentHooks {
  return {
    str: (o) => str(vm, o as PyObject),
    repr: (o) => repr(vm, o as PyObject),
    ascii: (o) => asciiOf(vm, o as PyObject),
    toInt(o, conv) {
      const v = o as PyObject;
      // An int subclass formats as its value (formatlong's PyLong_Check), never by its __int__ or __index__.
      if (v instanceof PyIntSub) return v.value;
      if (conv === 'd' || conv === 'i' || conv === 'u') {
        // An exact float truncates here; a subclass goes through int(), so its own __int__ counts.
        if (v instanceof PyFloat && v.cls === floatType) return floatToInt(v.value);
        const wrongType = () => typeError(`%${conv} format: a real number is required, not ${typeOf(v).tpName}`);
        if (!hasMethod(v, '__int__') && !hasMethod(v, '__index__') && !hasMethod(v, '__float__')) throw wrongType();
        return asTypeError(() => index(vm, call(vm, typeOf(0), [v])), wrongType);
      }
      if (conv === 'c') {
        if (!hasMethod(v, '__index__')) throw typeError('%c requires int or char');
        return index(vm, v);
      }
      const wrongType = () => typeError(`%${conv} format: an integer is required, not ${typeOf(v).tpName}`);
      if (!hasMethod(v, '__index__')) throw wrongType();
      return asTypeError(() => index(vm, v), wrongType);
    },
    toFloat(o) {
      const v = o as PyObject;
      if (v instanceof PyFloat) return v.value;
      if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return intToFloat(typeof v === 'boolean' ? (v ? 1 : 0) : v);
      const f = typeOf(v).lookup('__float__');
      if (f !== undefined && f !== None) {
        const r = callSpecialMethod(vm, v, f, []);
        if (r instanceof PyFloat) return r.value;
        throw typeError(`${typeOf(v).tpName}.__float__ returned non-float (type ${typeOf(r).tpName})`);
      }
      if (hasMethod(v, '__index__')) return intToFloat(index(vm, v));
      throw typeError(`must be real number, not ${typeOf(v).tpName}`);
    },
    getItem: (mapping, key) => getItem(vm, mapping as PyObject, key),
  };
}

/** str % args (args a tuple, a single value, or a mapping), as str.__mod__. */
export function percentFormatObject(vm: VM, fmt: string, args: PyObject): string {
  if (args instanceof PyTuple) return percentFormat(fmt, { kind: 'tuple', items: args.items }, percentHooks(vm));
  const isMapping = typeof args === 'object' && hasMethod(args, '__getitem__') && !typeOf(args).isSubtypeOf(strType);
  return percentFormat(fmt, { kind: 'single', value: args, isMapping }, percentHooks(vm));
}

/** int.__format__: format(int, spec) for int, bool and int subclasses (`value` already an int value or bool). */
export function formatIntSpec(vm: VM, value: PyObject, formatSpec: string): string {
  void vm;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return formatInt(value, formatSpec);
  // An int subclass: its value, but the subclass's name in error messages.
  const v = (value as unknown as { value: number | bigint }).value;
  if (formatSpec === '') return str(vm, value);
  return formatInt(v, formatSpec, typeOf(value).name);
}

/** float.__format__. */
export function formatFloatSpec(vm: VM, value: number, formatSpec: string, typeName = 'float'): string {
  void vm;
  return formatFloat(value, formatSpec, typeName);
}

/** str.__format__. */
export function formatStrSpec(vm: VM, value: string, formatSpec: string, typeName = 'str'): string {
  void vm;
  return formatSpec === '' ? value : formatStr(value, formatSpec, typeName);
}

/** `convert()`, with a TypeError it raises replaced by `wrongType()` (formatlong's goto wrongtype: an __int__ or __index__ returning a non-int). */
function asTypeError<T>(convert: () => T, wrongType: () => PyBaseException): T {
  try {
    return convert();
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(TypeErrorType)) throw wrongType();
    throw e;
  }
}
