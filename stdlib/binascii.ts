// The binascii module: hex and base64 between binary data and ASCII, crc32 and crc_hqx, and its
// Error (a ValueError) and Incomplete exceptions, with CPython's messages. base64 (stdlib/lib)
// and the codecs module's 'hex' and 'base64' transforms are built on the functions here.

import type { PyObject } from '../vm/objects/object.js';
import { PyType, makeNativeType } from '../vm/objects/type.js';
import { PyBytes } from '../vm/objects/bytes.js';
import { builtin, NativeFn } from '../vm/objects/function.js';
import { PyBaseException, Exception, ValueError, newException, typeError, valueError } from '../vm/objects/exceptions.js';
import { strVal } from '../vm/objects/str.js';
import { bytesData, fromLatin1, hexAscii, hexOf } from '../vm/methods/bytes.js';
import { checkArgCount, noKwargs, oneArg, parseArgs } from '../vm/methods/args.js';
import { typeName } from '../vm/ops/typeof.js';
import { index } from '../vm/ops/convert.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { a2bQp, a2bUu, b2aQp, b2aUu } from './binascii_qp_uu.js';

const exceptionType = (name: string, base: PyType) =>
  makeNativeType(name, base, { module: 'binascii', allocate: (cls) => new PyBaseException(cls, []), instanceDict: true });

/** binascii.Error: malformed input (a ValueError, so callers catching ValueError see it too). */
export const binasciiError = exceptionType('Error', ValueError);
/** binascii.Incomplete: kept for the API; nothing here raises it. */
export const binasciiIncomplete = exceptionType('Incomplete', Exception);

const error = (msg: string) => newException(binasciiError, msg);
const failWith = (msg: string): never => {
  throw error(msg);
};

/** A bytes-like argument: "a bytes-like object is required, not 'str'". */
export function needBytesLike(o: PyObject): Uint8Array {
  const d = bytesData(o);
  if (d === undefined) throw typeError(`a bytes-like object is required, not '${typeName(o)}'`);
  return d;
}

/** The a2b_* functions' argument: bytes-like, or a str of ASCII characters only. */
export function asciiData(o: PyObject): Uint8Array {
  const d = bytesData(o);
  if (d !== undefined) return d;
  const s = strVal(o);
  if (s === undefined) throw typeError(`argument should be bytes, buffer or ASCII string, not '${typeName(o)}'`);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) throw valueError('string argument should contain only ASCII characters');
    out[i] = c;
  }
  return out;
}


function hexDigit(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  const l = b | 0x20;
  return l >= 0x61 && l <= 0x66 ? l - 0x61 + 10 : -1;
}

/** a2b_hex: pairs of hex digits, either case, nothing else. */
export function unhexlify(data: Uint8Array): Uint8Array {
  if (data.length % 2 !== 0) throw error('Odd-length string');
  const out = new Uint8Array(data.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexDigit(data[2 * i]);
    const lo = hexDigit(data[2 * i + 1]);
    if (hi < 0 || lo < 0) throw error('Non-hexadecimal digit found');
    out[i] = hi * 16 + lo;
  }
  return out;
}

export function hexlify(data: Uint8Array): Uint8Array {
  return hexAscii(data);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE[B64.charCodeAt(i)] = i;
const B64_CODES = Uint8Array.from(B64, (c) => c.charCodeAt(0));
const PAD = 0x3d; // '='

/** b2a_base64: groups of three bytes as four characters, '=' padded, and a newline unless told not. */
export function base64Encode(data: Uint8Array, newline: boolean): Uint8Array {
  const len = data.length;
  const out = new Uint8Array(Math.ceil(len / 3) * 4 + (newline ? 1 : 0));
  let o = 0;
  for (let i = 0; i < len; i += 3) {
    const n = len - i;
    const v = (data[i] << 16) | ((n > 1 ? data[i + 1] : 0) << 8) | (n > 2 ? data[i + 2] : 0);
    out[o++] = B64_CODES[v >> 18];
    out[o++] = B64_CODES[(v >> 12) & 63];
    out[o++] = n > 1 ? B64_CODES[(v >> 6) & 63] : PAD;
    out[o++] = n > 2 ? B64_CODES[v & 63] : PAD;
  }
  if (newline) out[o] = 0x0a;
  return out;
}

/**
 * a2b_base64. By default characters outside the alphabet are skipped, padding ends the data
 * once it completes a group (a '=' too early is ignored) and only a bad length is an error;
 * strict_mode refuses anything but clean, correctly padded base64.
 */
export function base64Decode(data: Uint8Array, strict: boolean): Uint8Array {
  const out: number[] = [];
  let quadPos = 0;
  let leftChar = 0;
  let pads = 0;
  let dataChars = 0;
  let paddingStarted = false;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === PAD) {
      paddingStarted = true;
      if (strict && i === 0) throw error('Leading padding not allowed');
      if (quadPos >= 2 && quadPos + ++pads >= 4) {
        if (strict && i + 1 < data.length) throw error('Excess data after padding');
        return Uint8Array.from(out);
      }
      continue;
    }
    const v = B64_VALUE[c];
    if (v < 0) {
      if (strict) throw error('Only base64 data is allowed');
      continue;
    }
    if (strict && paddingStarted) throw error('Discontinuous padding not allowed');
    pads = 0;
    dataChars++;
    switch (quadPos) {
      case 0:
        leftChar = v;
        break;
      case 1:
        out.push((leftChar << 2) | (v >> 4));
        leftChar = v & 0x0f;
        break;
      case 2:
        out.push((leftChar << 4) | (v >> 2));
        leftChar = v & 0x03;
        break;
      default:
        out.push((leftChar << 6) | v);
    }
    quadPos = (quadPos + 1) % 4;
  }
  if (quadPos === 1) {
    throw error(`Invalid base64-encoded string: number of data characters (${dataChars}) cannot be 1 more than a multiple of 4`);
  }
  if (quadPos !== 0) throw error('Incorrect padding');
  return Uint8Array.from(out);
}

const CRC32_TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC32_TABLE[n] = c >>> 0;
}

/** CRC-32 (zlib's polynomial), continuing from `crc`. */
export function crc32(data: Uint8Array, crc: number): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC32_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** CRC-CCITT (polynomial 0x1021, as binhex uses it), continuing from `crc`. */
function crcHqx(data: Uint8Array, crc: number): number {
  let c = crc & 0xffff;
  for (let i = 0; i < data.length; i++) {
    c ^= data[i] << 8;
    for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  }
  return c;
}

/** The low 32 bits of an int argument, as CPython's crc32 takes its starting value. */
export function low32(vm: VM, o: PyObject): number {
  const v = index(vm, o);
  return typeof v === 'bigint' ? Number(BigInt.asUintN(32, v)) : Number(BigInt.asUintN(32, BigInt(v)));
}

function hexFn(name: string): NativeFn {
  return (vm, args, kwargs) => {
    const [data, sep, perSep] = parseArgs(name, args, kwargs, { names: ['data', 'sep', 'bytes_per_sep'], required: 1 }, 0);
    const d = needBytesLike(data!);
    if (sep === undefined) return new PyBytes(hexlify(d));
    // DIVERGENCE: a non-ASCII separator is refused as bytes.hex refuses it; CPython's binascii takes a latin-1 one.
    return new PyBytes(fromLatin1(hexOf(vm, d, sep, perSep)));
  };
}

function unhexFn(name: string): NativeFn {
  return (vm, args, kwargs) => new PyBytes(unhexlify(asciiData(oneArg(`binascii.${name}`, args, kwargs, 0))));
}

const truthyIndex = (vm: VM, o: PyObject | undefined, dflt: boolean) => (o === undefined ? dflt : index(vm, o) != 0);

const functions: [string, NativeFn][] = [
  ['hexlify', hexFn('hexlify')],
  ['b2a_hex', hexFn('b2a_hex')],
  ['unhexlify', unhexFn('unhexlify')],
  ['a2b_hex', unhexFn('a2b_hex')],
  ['b2a_base64', (vm, args, kwargs) => {
    const [data, newline] = parseArgs('b2a_base64', args, kwargs, { names: ['data', 'newline'], required: 1, posOnly: 1, kwOnly: 1 }, 0);
    return new PyBytes(base64Encode(needBytesLike(data!), truthyIndex(vm, newline, true)));
  }],
  ['a2b_base64', (vm, args, kwargs) => {
    const [data, strict] = parseArgs('a2b_base64', args, kwargs, { names: ['data', 'strict_mode'], required: 1, posOnly: 1, kwOnly: 1 }, 0);
    return new PyBytes(base64Decode(asciiData(data!), truthyIndex(vm, strict, false)));
  }],
  ['a2b_qp', (vm, args, kwargs) => {
    const [data, header] = parseArgs('a2b_qp', args, kwargs, { names: ['data', 'header'], required: 1 }, 0);
    return new PyBytes(a2bQp(asciiData(data!), truthyIndex(vm, header, false)));
  }],
  ['b2a_qp', (vm, args, kwargs) => {
    const [data, quotetabs, istext, header] = parseArgs('b2a_qp', args, kwargs, { names: ['data', 'quotetabs', 'istext', 'header'], required: 1 }, 0);
    return new PyBytes(b2aQp(needBytesLike(data!), truthyIndex(vm, quotetabs, false), truthyIndex(vm, istext, true), truthyIndex(vm, header, false)));
  }],
  ['a2b_uu', (vm, args, kwargs) => new PyBytes(a2bUu(asciiData(oneArg('binascii.a2b_uu', args, kwargs, 0)), failWith))],
  ['b2a_uu', (vm, args, kwargs) => {
    const [data, backtick] = parseArgs('b2a_uu', args, kwargs, { names: ['data', 'backtick'], required: 1, posOnly: 1, kwOnly: 1 }, 0);
    return new PyBytes(b2aUu(needBytesLike(data!), truthyIndex(vm, backtick, false), failWith));
  }],
  ['crc32', (vm, args, kwargs) => {
    noKwargs('binascii.crc32', kwargs);
    checkArgCount('crc32', args, 1, 2, 0);
    return crc32(needBytesLike(args[0]), args.length > 1 ? low32(vm, args[1]) : 0);
  }],
  ['crc_hqx', (vm, args, kwargs) => {
    noKwargs('binascii.crc_hqx', kwargs);
    checkArgCount('crc_hqx', args, 2, 2, 0);
    return crcHqx(needBytesLike(args[0]), low32(vm, args[1]));
  }],
];

export const init_binascii: ModuleInit = (vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', 'Conversion between binary data and ASCII');
  d.setStr('Error', binasciiError);
  d.setStr('Incomplete', binasciiIncomplete);
  for (const [name, fn] of functions) d.setStr(name, builtin(name, fn, 'binascii'));
};
