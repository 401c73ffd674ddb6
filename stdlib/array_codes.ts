// array.array's typecodes: each one's C item size on Linux x86-64, the typed array that holds
// its items, and the conversions of an item to and from a tpy object, with the messages of
// CPython's per-type setters (signed char, unsigned short, C long...).

import type { PyObject } from '../vm/objects/object.js';
import { PyFloat } from '../vm/objects/float.js';
import { normInt } from '../vm/objects/int.js';
import { typeError, overflowError, valueError } from '../vm/objects/exceptions.js';
import { index } from '../vm/ops/convert.js';
import { strLength } from '../vm/ops/convert.js';
import type { VM } from '../vm/vm.js';
import { toDouble } from './math.js';

/** One stored item: a number, a bigint for the 64-bit integer codes, a code point for 'u'. */
export type Raw = number | bigint;

/** What the array code needs of a typed array (the union of the built-in ones, read as one shape). */
export interface ItemView {
  [i: number]: Raw;
  readonly length: number;
}

export interface ArrayCode {
  readonly code: string;
  readonly itemsize: number;
  /** A view of `count` items over `buffer` (whose length is a multiple of itemsize). */
  view(buffer: ArrayBuffer, count: number): ItemView;
  /** An object converted for storage; OverflowError/TypeError as CPython's setter. */
  toRaw(vm: VM, o: PyObject): Raw;
  toObject(raw: Raw): PyObject;
}

export const TYPECODES = 'bBuhHiIlLqQfd';

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;

/** PyLong_AsLong first (C long overflow), then the C type's own range check. */
function smallInt(min: number, max: number, name: string): (vm: VM, o: PyObject) => Raw {
  return (vm, o) => {
    const v = index(vm, o);
    if (typeof v === 'bigint' && (v < LONG_MIN || v > LONG_MAX)) throw overflowError('Python int too large to convert to C long');
    const n = Number(v);
    if (n < min) throw overflowError(`${name} is less than minimum`);
    if (n > max) throw overflowError(`${name} is greater than maximum`);
    return n;
  };
}

function unsignedInt(vm: VM, o: PyObject): Raw {
  const v = index(vm, o);
  if (v < 0) throw overflowError("can't convert negative value to unsigned int");
  if (BigInt(v) > ULONG_MAX) throw overflowError('Python int too large to convert to C unsigned long');
  if (Number(v) > 0xffffffff) throw overflowError('unsigned int is greater than maximum');
  return Number(v);
}

function signedLong(vm: VM, o: PyObject): Raw {
  const v = BigInt(index(vm, o));
  if (v < LONG_MIN || v > LONG_MAX) throw overflowError('Python int too large to convert to C long');
  return v;
}

function unsignedLong(vm: VM, o: PyObject): Raw {
  const v = BigInt(index(vm, o));
  if (v < 0n) throw overflowError("can't convert negative value to unsigned int");
  if (v > ULONG_MAX) throw overflowError('Python int too large to convert to C unsigned long');
  return v;
}

function longLong(vm: VM, o: PyObject): Raw {
  const v = BigInt(index(vm, o));
  if (v < LONG_MIN || v > LONG_MAX) throw overflowError('int too big to convert');
  return v;
}

function unsignedLongLong(vm: VM, o: PyObject): Raw {
  const v = BigInt(index(vm, o));
  if (v < 0n) throw overflowError("can't convert negative int to unsigned");
  if (v > ULONG_MAX) throw overflowError('int too big to convert');
  return v;
}

function unicodeChar(_vm: VM, o: PyObject): Raw {
  if (typeof o !== 'string' || strLength(o) !== 1) throw typeError('array item must be unicode character');
  return o.codePointAt(0)!;
}

/** A stored wchar_t as a str (frombytes can store any 32-bit value). */
function codePointChar(raw: Raw): PyObject {
  const cp = raw as number;
  if (cp > 0x10ffff) throw valueError(`character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`);
  return String.fromCodePoint(cp);
}

const asInt = (raw: Raw): PyObject => (typeof raw === 'bigint' ? normInt(raw) : raw);
const asFloat = (raw: Raw): PyObject => new PyFloat(raw as number);

type ViewCtor = new (buffer: ArrayBuffer, byteOffset: number, length: number) => ItemView;

function code(c: string, itemsize: number, ctor: ViewCtor, toRaw: ArrayCode['toRaw'], toObject: ArrayCode['toObject']): ArrayCode {
  return { code: c, itemsize, view: (buffer, count) => new ctor(buffer, 0, count), toRaw, toObject };
}

const CODES: Record<string, ArrayCode> = Object.assign(Object.create(null) as Record<string, ArrayCode>, {
  b: code('b', 1, Int8Array, smallInt(-128, 127, 'signed char'), asInt),
  B: code('B', 1, Uint8Array, smallInt(0, 255, 'unsigned byte integer'), asInt),
  u: code('u', 4, Uint32Array, unicodeChar, codePointChar),
  h: code('h', 2, Int16Array, smallInt(-32768, 32767, 'signed short integer'), asInt),
  H: code('H', 2, Uint16Array, smallInt(0, 65535, 'unsigned short'), asInt),
  i: code('i', 4, Int32Array, smallInt(-(2 ** 31), 2 ** 31 - 1, 'signed integer'), asInt),
  I: code('I', 4, Uint32Array, unsignedInt, asInt),
  l: code('l', 8, BigInt64Array, signedLong, asInt),
  L: code('L', 8, BigUint64Array, unsignedLong, asInt),
  q: code('q', 8, BigInt64Array, longLong, asInt),
  Q: code('Q', 8, BigUint64Array, unsignedLongLong, asInt),
  f: code('f', 4, Float32Array, (vm, o) => toDouble(vm, o), asFloat),
  d: code('d', 8, Float64Array, (vm, o) => toDouble(vm, o), asFloat),
});

export function arrayCode(c: string): ArrayCode | undefined {
  return c.length === 1 ? CODES[c] : undefined;
}
