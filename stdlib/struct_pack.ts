// Packing values into bytes and reading them back for a parsed struct format (struct_format.ts),
// with CPython's checks and messages for each code in each mode.

import type { PyObject } from '../vm/objects/object.js';
import { PyBytes, PyByteArray } from '../vm/objects/bytes.js';
import { PyFloat } from '../vm/objects/float.js';
import { PyIntSub, normInt } from '../vm/objects/int.js';
import { PyBaseException, overflowError, newException, SystemError } from '../vm/objects/exceptions.js';
import { index, truthy } from '../vm/ops/convert.js';
import { typeOf } from '../vm/ops/typeof.js';
import type { VM } from '../vm/vm.js';
import { toDouble } from './math.js';
import { toHalfBits, fromHalfBits } from './float16.js';
import { Mode, structError, type StructLayout } from './struct_format.js';

type Int = number | bigint;

/**
 * How an integer code checks its value: first as the C type CPython reads it into
 * ('signed' or 'unsigned' 64 bits: "argument out of range"; 'bytes' and 'pointer':
 * "int too large to convert"), then, for the narrower codes, against the code's own range.
 */
interface IntRule {
  fetch: 'signed' | 'unsigned' | 'bytes' | 'pointer';
  signed: boolean;
  range: { lo: bigint; hi: bigint; loNum: number; hiNum: number; label: string } | null;
}

const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
const U64_MAX = 2n ** 64n - 1n;

function range(label: string, bits: number, signed: boolean): IntRule['range'] {
  const lo = signed ? -(2n ** BigInt(bits - 1)) : 0n;
  const hi = signed ? 2n ** BigInt(bits - 1) - 1n : 2n ** BigInt(bits) - 1n;
  return { lo, hi, loNum: Number(lo), hiNum: Number(hi), label };
}

/** The rule for an integer code in a mode (the cases follow what CPython 3.11 does, quirks included). */
function intRule(mode: Mode, code: string): IntRule {
  const big = mode === Mode.BIG;
  const std = mode !== Mode.NATIVE;
  switch (code) {
    case 'b': return { fetch: 'signed', signed: true, range: range('byte', 8, true) };
    case 'B': return { fetch: 'signed', signed: false, range: range('ubyte', 8, false) };
    case 'h': return { fetch: 'signed', signed: true, range: range(big ? "'h'" : 'short', 16, true) };
    case 'H': return { fetch: big ? 'unsigned' : 'signed', signed: false, range: range(big ? "'H'" : 'ushort', 16, false) };
    case 'i': return { fetch: 'signed', signed: true, range: range("'i'", 32, true) };
    case 'I': return { fetch: 'unsigned', signed: false, range: range("'I'", 32, false) };
    case 'l': return { fetch: 'signed', signed: true, range: std ? range("'l'", 32, true) : null };
    case 'L': return { fetch: 'unsigned', signed: false, range: std ? range("'L'", 32, false) : null };
    case 'q': case 'n': return { fetch: big ? 'bytes' : 'signed', signed: true, range: null };
    case 'Q': case 'N': return { fetch: big ? 'bytes' : 'unsigned', signed: false, range: null };
    default: return { fetch: 'pointer', signed: false, range: null }; // 'P'
  }
}

/** The rules met so far, per mode (indexed by the Mode number) and code. */
const rules = [new Map<string, IntRule>(), new Map<string, IntRule>(), new Map<string, IntRule>()];

function ruleFor(mode: Mode, code: string): IntRule {
  const known = rules[mode];
  let r = known.get(code);
  if (r === undefined) known.set(code, (r = intRule(mode, code)));
  return r;
}

const SIGNED_CODES = 'bhilqn';

/** The integer a value stands for: an int, or an object with __index__ (whose errors pass through). */
function intArg(vm: VM, v: PyObject): Int {
  switch (typeof v) {
    case 'number': case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
  }
  if (v instanceof PyIntSub) return v.value;
  if (typeOf(v).lookup('__index__') === undefined) throw structError('required argument is not an integer');
  return index(vm, v);
}

function checkInt(rule: IntRule, n: Int): void {
  if (typeof n === 'number') checkSmallInt(rule, n);
  else checkBigInt(rule, n);
}

/**
 * A safe integer always fits the signed and pointer fetches (64 bits), and the ranges' bounds
 * are exact as numbers: compared without BigInt (mixed number/BigInt comparisons are slow).
 */
function checkSmallInt(rule: IntRule, n: number): void {
  if (n < 0 && (rule.fetch === 'unsigned' || (rule.fetch === 'bytes' && !rule.signed))) {
    throw structError(rule.fetch === 'bytes' ? 'int too large to convert' : 'argument out of range');
  }
  const r = rule.range;
  if (r !== null && (n < r.loNum || n > r.hiNum)) throw structError(`${r.label} format requires ${r.lo} <= number <= ${r.hi}`);
}

function checkBigInt(rule: IntRule, n: bigint): void {
  switch (rule.fetch) {
    case 'signed':
      if (n < I64_MIN || n > I64_MAX) throw structError('argument out of range');
      break;
    case 'unsigned':
      if (n < 0 || n > U64_MAX) throw structError('argument out of range');
      break;
    case 'bytes':
      if (rule.signed ? n < I64_MIN || n > I64_MAX : n < 0 || n > U64_MAX) throw structError('int too large to convert');
      break;
    case 'pointer':
      if (n < I64_MIN || n > U64_MAX) throw structError('int too large to convert');
      break;
  }
  const r = rule.range;
  if (r !== null && (n < r.lo || n > r.hi)) throw structError(`${r.label} format requires ${r.lo} <= number <= ${r.hi}`);
}

/** A float argument: PyFloat_AsDouble, whose failure (of any kind) becomes one struct.error. */
function floatArg(vm: VM, v: PyObject): number {
  if (v instanceof PyFloat) return v.value;
  try {
    return toDouble(vm, v);
  } catch (e) {
    if (e instanceof PyBaseException) throw structError('required argument is not a float');
    throw e;
  }
}

function bytesArg(v: PyObject, code: string): Uint8Array {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.data;
  throw structError(`argument for '${code}' must be a bytes object`);
}

/**
 * Values are encoded and decoded in an 8-byte scratch buffer and copied: a DataView on the
 * caller's array would read its `.buffer`, which moves a small (on-heap) typed array out (~1 us).
 */
const scratch = new DataView(new ArrayBuffer(8));
const scratchBytes = new Uint8Array(scratch.buffer);

/** The first `size` scratch bytes into out at `at`. */
function put(out: Uint8Array, at: number, size: number): void {
  for (let i = 0; i < size; i++) out[at + i] = scratchBytes[i];
}

/** `size` bytes of data from `at` into the scratch buffer, returning it. */
function get(data: Uint8Array, at: number, size: number): DataView {
  for (let i = 0; i < size; i++) scratchBytes[i] = data[at + i];
  return scratch;
}

/** Writes an integer already checked to fit `size` bytes (two's complement for negative values). */
function writeInt(out: Uint8Array, at: number, size: number, little: boolean, n: Int): void {
  switch (size) {
    case 1: out[at] = Number(n) & 0xff; return;
    case 2: scratch.setUint16(0, Number(n) & 0xffff, little); break;
    case 4: scratch.setUint32(0, Number(n) >>> 0, little); break;
    default:
      if (typeof n === 'number') {
        // A safe integer in two words, without BigInt: high = floor(n / 2**32) in two's complement.
        const high = Math.floor(n / 4294967296);
        const low = n - high * 4294967296;
        scratch.setUint32(little ? 0 : 4, low, little);
        scratch.setUint32(little ? 4 : 0, high >>> 0, little);
      } else scratch.setBigUint64(0, BigInt.asUintN(64, n), little);
  }
  put(out, at, size);
}

function readInt(data: Uint8Array, at: number, size: number, little: boolean, signed: boolean): Int {
  switch (size) {
    case 1: return signed ? (data[at] << 24) >> 24 : data[at];
    case 2: return signed ? get(data, at, 2).getInt16(0, little) : get(data, at, 2).getUint16(0, little);
    case 4: return signed ? get(data, at, 4).getInt32(0, little) : get(data, at, 4).getUint32(0, little);
    default: {
      const v = get(data, at, 8);
      const low = v.getUint32(little ? 0 : 4, little);
      const high = signed ? v.getInt32(little ? 4 : 0, little) : v.getUint32(little ? 4 : 0, little);
      // Exact as a number while |high| < 2**21 (|value| < 2**53); beyond, through BigInt.
      if (high < 2097152 && high > -2097152) return high * 4294967296 + low;
      return normInt(signed ? v.getBigInt64(0, little) : v.getBigUint64(0, little));
    }
  }
}

/** Packs `values` (already counted) into `out` from `base`, which has room for the whole layout. */
export function packValues(vm: VM, layout: StructLayout, out: Uint8Array, base: number, values: PyObject[], first: number): void {
  const little = layout.mode !== Mode.BIG;
  let k = first;
  for (const item of layout.items) {
    const { code, count, size } = item;
    let at = base + item.offset;
    switch (code) {
      case 'x':
        out.fill(0, at, at + count);
        continue;
      case 's': case 'p': {
        const data = bytesArg(values[k++], code);
        out.fill(0, at, at + count);
        if (code === 's') out.set(data.subarray(0, Math.min(data.length, count)), at);
        else if (count > 0) {
          // A Pascal string: a length byte (at most 255), then up to count - 1 bytes.
          const n = Math.min(data.length, count - 1);
          out[at] = Math.min(n, 255);
          out.set(data.subarray(0, n), at + 1);
        }
        continue;
      }
    }
    for (let j = 0; j < count; j++, at += size) {
      const v = values[k++];
      switch (code) {
        case 'c':
          if (!(v instanceof PyBytes) || v.data.length !== 1) throw structError('char format requires a bytes object of length 1');
          out[at] = v.data[0];
          break;
        case '?':
          out[at] = truthy(vm, v) ? 1 : 0;
          break;
        case 'e': {
          const bits = toHalfBits(floatArg(vm, v));
          if (bits === null) throw overflowError('float too large to pack with e format');
          scratch.setUint16(0, bits, little);
          put(out, at, 2);
          break;
        }
        case 'f': {
          const x = floatArg(vm, v);
          const f = Math.fround(x);
          // The standard sizes refuse what would become an infinity; native packing is C's cast.
          if (layout.mode !== Mode.NATIVE && !Number.isFinite(f) && Number.isFinite(x)) {
            throw overflowError('float too large to pack with f format');
          }
          scratch.setFloat32(0, f, little);
          put(out, at, 4);
          break;
        }
        case 'd':
          scratch.setFloat64(0, floatArg(vm, v), little);
          put(out, at, 8);
          break;
        default: {
          const n = intArg(vm, v);
          checkInt(ruleFor(layout.mode, code), n);
          writeInt(out, at, size, little, n);
        }
      }
    }
  }
}

/** The values of the layout read from `data` at `base` (which holds the whole layout). */
export function unpackValues(layout: StructLayout, data: Uint8Array, base: number): PyObject[] {
  const little = layout.mode !== Mode.BIG;
  const values: PyObject[] = [];
  for (const item of layout.items) {
    const { code, count, size } = item;
    let at = base + item.offset;
    switch (code) {
      case 'x':
        continue;
      case 's':
        values.push(new PyBytes(data.slice(at, at + count)));
        continue;
      case 'p': {
        // CPython 3.11 asks for a bytes of size -1 for '0p' (min(length byte, count - 1)): its SystemError, kept.
        if (count === 0) throw newException(SystemError, 'Negative size passed to PyBytes_FromStringAndSize');
        const n = Math.min(data[at], count - 1);
        values.push(new PyBytes(data.slice(at + 1, at + 1 + n)));
        continue;
      }
    }
    for (let j = 0; j < count; j++, at += size) {
      switch (code) {
        case 'c': values.push(new PyBytes(data.slice(at, at + 1))); break;
        case '?': values.push(data[at] !== 0); break;
        case 'e': values.push(new PyFloat(fromHalfBits(get(data, at, 2).getUint16(0, little)))); break;
        case 'f': values.push(new PyFloat(get(data, at, 4).getFloat32(0, little))); break;
        case 'd': values.push(new PyFloat(get(data, at, 8).getFloat64(0, little))); break;
        default: values.push(readInt(data, at, size, little, SIGNED_CODES.includes(code)));
      }
    }
  }
  return values;
}
