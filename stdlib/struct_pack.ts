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
  range: { lo: bigint; hi: bigint; label: string } | null;
}

const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
const U64_MAX = 2n ** 64n - 1n;

function range(label: string, bits: number, signed: boolean): IntRule['range'] {
  const lo = signed ? -(2n ** BigInt(bits - 1)) : 0n;
  const hi = signed ? 2n ** BigInt(bits - 1) - 1n : 2n ** BigInt(bits) - 1n;
  return { lo, hi, label };
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

const rules = new Map<string, IntRule>();

function ruleFor(mode: Mode, code: string): IntRule {
  const key = `${mode}${code}`;
  let r = rules.get(key);
  if (r === undefined) rules.set(key, (r = intRule(mode, code)));
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

/** Writes an integer already checked to fit `size` bytes (two's complement for negative values). */
function writeInt(view: DataView, at: number, size: number, little: boolean, n: Int): void {
  switch (size) {
    case 1: view.setUint8(at, Number(n) & 0xff); break;
    case 2: view.setUint16(at, Number(n) & 0xffff, little); break;
    case 4: view.setUint32(at, Number(n) >>> 0, little); break;
    default: view.setBigUint64(at, BigInt.asUintN(64, BigInt(n)), little);
  }
}

function readInt(view: DataView, at: number, size: number, little: boolean, signed: boolean): Int {
  switch (size) {
    case 1: return signed ? view.getInt8(at) : view.getUint8(at);
    case 2: return signed ? view.getInt16(at, little) : view.getUint16(at, little);
    case 4: return signed ? view.getInt32(at, little) : view.getUint32(at, little);
    default: return normInt(signed ? view.getBigInt64(at, little) : view.getBigUint64(at, little));
  }
}

/** Packs `values` (already counted) into `out` from `base`, which has room for the whole layout. */
export function packValues(vm: VM, layout: StructLayout, out: Uint8Array, base: number, values: PyObject[], first: number): void {
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
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
          view.setUint16(at, bits, little);
          break;
        }
        case 'f': {
          const x = floatArg(vm, v);
          const f = Math.fround(x);
          // The standard sizes refuse what would become an infinity; native packing is C's cast.
          if (layout.mode !== Mode.NATIVE && !Number.isFinite(f) && Number.isFinite(x)) {
            throw overflowError('float too large to pack with f format');
          }
          view.setFloat32(at, f, little);
          break;
        }
        case 'd':
          view.setFloat64(at, floatArg(vm, v), little);
          break;
        default: {
          const n = intArg(vm, v);
          checkInt(ruleFor(layout.mode, code), n);
          writeInt(view, at, size, little, n);
        }
      }
    }
  }
}

/** The values of the layout read from `data` at `base` (which holds the whole layout). */
export function unpackValues(layout: StructLayout, data: Uint8Array, base: number): PyObject[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
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
        case 'e': values.push(new PyFloat(fromHalfBits(view.getUint16(at, little)))); break;
        case 'f': values.push(new PyFloat(view.getFloat32(at, little))); break;
        case 'd': values.push(new PyFloat(view.getFloat64(at, little))); break;
        default: values.push(readInt(view, at, size, little, SIGNED_CODES.includes(code)));
      }
    }
  }
  return values;
}
