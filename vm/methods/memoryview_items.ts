// memoryview items: the native struct formats a view can read and write (CPython's on Linux
// x86-64, little-endian), one item to a tpy object and back, with memoryview's messages.

import type { PyObject } from '../objects/object.js';
import { PyBytes } from '../objects/bytes.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { normInt } from '../objects/int.js';
import { typeError, valueError, notImplementedError } from '../objects/exceptions.js';
import { typeOf } from '../ops/typeof.js';
import { index, truthy } from '../ops/convert.js';
import type { VM } from '../vm.js';

/** Item sizes of the formats cast() accepts: native single characters, '@' allowed before them. */
const ITEM_SIZES: Record<string, number> = {
  c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, P: 8, f: 4, d: 8,
};

/** Integer formats: [min, max] as bigints (the 64-bit ones read back as bigints). */
const INT_RANGES: Record<string, [bigint, bigint]> = {
  b: [-128n, 127n], B: [0n, 255n], h: [-32768n, 32767n], H: [0n, 65535n],
  i: [-(2n ** 31n), 2n ** 31n - 1n], I: [0n, 2n ** 32n - 1n],
  l: [-(2n ** 63n), 2n ** 63n - 1n], q: [-(2n ** 63n), 2n ** 63n - 1n], n: [-(2n ** 63n), 2n ** 63n - 1n],
  L: [0n, 2n ** 64n - 1n], Q: [0n, 2n ** 64n - 1n], N: [0n, 2n ** 64n - 1n], P: [0n, 2n ** 64n - 1n],
};

/** The format's character without its '@' (formats from an exporter are one character too). */
export function formatChar(format: string): string {
  return format.startsWith('@') ? format.slice(1) : format;
}

/** The item size of a cast() destination format, or undefined when cast() refuses it. */
export function castItemSize(format: string): number | undefined {
  const c = formatChar(format);
  return c.length === 1 && Object.hasOwn(ITEM_SIZES, c) ? ITEM_SIZES[c] : undefined;
}

/** 'B', 'b' and 'c': the formats any other may be cast to and from, and the hashable ones. */
export function isByteFormat(format: string): boolean {
  const c = formatChar(format);
  return c === 'B' || c === 'b' || c === 'c';
}

function supported(format: string): string {
  const c = formatChar(format);
  if (!Object.hasOwn(ITEM_SIZES, c)) throw notImplementedError(`memoryview: format ${format} not supported`);
  return c;
}

function dataView(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

/** The item at byte `at` of `data`. */
export function readItem(data: Uint8Array, at: number, format: string): PyObject {
  const c = supported(format);
  const dv = dataView(data);
  switch (c) {
    case 'c': return new PyBytes(data.slice(at, at + 1));
    case '?': return data[at] !== 0;
    case 'b': return dv.getInt8(at);
    case 'B': return data[at];
    case 'h': return dv.getInt16(at, true);
    case 'H': return dv.getUint16(at, true);
    case 'i': return dv.getInt32(at, true);
    case 'I': return dv.getUint32(at, true);
    case 'f': return newFloat(dv.getFloat32(at, true));
    case 'd': return newFloat(dv.getFloat64(at, true));
    case 'l': case 'q': case 'n': return normInt(dv.getBigInt64(at, true));
    default: return normInt(dv.getBigUint64(at, true));
  }
}

function isIntLike(o: PyObject): boolean {
  return typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean' || (typeof o === 'object' && typeOf(o).lookup('__index__') !== undefined);
}

/** Stores `value` as the item at byte `at`, refused as CPython's memoryview refuses it. */
export function writeItem(vm: VM, data: Uint8Array, at: number, format: string, value: PyObject): void {
  const c = supported(format);
  const invalidType = () => typeError(`memoryview: invalid type for format '${format}'`);
  const invalidValue = () => valueError(`memoryview: invalid value for format '${format}'`);
  const dv = dataView(data);
  if (c === 'c') {
    if (!(value instanceof PyBytes)) throw invalidType();
    if (value.data.length !== 1) throw invalidValue();
    data[at] = value.data[0];
    return;
  }
  if (c === '?') {
    data[at] = truthy(vm, value) ? 1 : 0;
    return;
  }
  if (c === 'f' || c === 'd') {
    let x: number;
    if (value instanceof PyFloat) x = value.value;
    else if (isIntLike(value)) x = Number(index(vm, value));
    else throw invalidType();
    if (c === 'f') dv.setFloat32(at, x, true);
    else dv.setFloat64(at, x, true);
    return;
  }
  if (!isIntLike(value)) throw invalidType();
  const v = BigInt(index(vm, value));
  const [min, max] = INT_RANGES[c];
  if (v < min || v > max) throw invalidValue();
  const size = ITEM_SIZES[c];
  if (size === 8) {
    if (min < 0n) dv.setBigInt64(at, v, true);
    else dv.setBigUint64(at, v, true);
    return;
  }
  const n = Number(v);
  if (size === 1) data[at] = n & 0xff;
  else if (size === 2) dv.setUint16(at, n & 0xffff, true);
  else dv.setUint32(at, n >>> 0, true);
}
