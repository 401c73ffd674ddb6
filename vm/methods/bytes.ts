// The methods of bytes and bytearray: construction, the sequence dunders, decode/hex/fromhex and the
// byte-string methods (split, strip, find, replace...), plus bytearray's mutators.
//
// Most byte-string methods work on a latin-1 JS string view of the data (one char per byte)
// and convert back, so they share the str algorithms without touching Unicode rules.

import { replaceStr } from './str_replace.js';
import { latin1 } from './latin1.js';
import { PyObj, PyObject } from '../objects/object.js';
import { PyType, makeNativeType } from '../objects/type.js';
import { PyBytes, PyByteArray, bytesType, bytearrayType, bufferBytes } from '../objects/bytes.js';
import { PyMemoryView } from '../objects/memoryview.js';
import { PyNativeIterator } from '../objects/iterators.js';
import { defMethod, KwArgs, NativeFn } from '../objects/function.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { PyList, listType } from '../objects/list.js';
import { subscriptIndex, sequenceFast } from './list.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { PySlice } from '../objects/range.js';
import { typeError, valueError, indexError, overflowError, newException, MemoryError } from '../objects/exceptions.js';
import { typeOf, argTypeName } from '../ops/typeof.js';
import { index, indexSize, indexSizeExact } from '../ops/convert.js';
import { repeatedLength } from './repeat_size.js';
import { call, callSpecialMethod } from '../ops/call.js';
import { sliceIndices, toArray, toArrayHinted } from '../ops/sequence.js';
import { strHash } from '../ops/hash.js';
import { bytesRepr } from '../format/str_repr.js';
import { encodeString, decodeBytes } from './codecs.js';
import { strVal, splitBy } from './str.js';
import { defNew, defClassMethod, defStaticMethod } from './object.js';
import { checkArgs, checkArgCount, noArgs, noKwargs, oneArg, parseArgs, wrapperArgs } from './args.js';
import { installByteArrayMethods } from './bytearray.js';
import { bytesPercent } from './bytes_format.js';
import type { VM } from '../vm.js';
import { warnFromNative } from '../native_warn.js';
import { BytesWarning } from '../objects/exceptions.js';
import { intType } from '../objects/int.js';
import { strType } from '../objects/str.js';
import { isInstance } from '../ops/typeof.js';

type ByteSeq = PyBytes | PyByteArray;

export const bytesIteratorType = makeNativeType('bytes_iterator', undefined, { final: true });
export const bytearrayIteratorType = makeNativeType('bytearray_iterator', undefined, { final: true });

/** A native iterator, so that `for b in data` steps it through iterNext without a __next__ call. */
export class PyBytesIterator extends PyNativeIterator {
  index = 0;
  constructor(readonly seq: ByteSeq) {
    super(seq instanceof PyByteArray ? bytearrayIteratorType : bytesIteratorType);
  }
  next(): PyObject | undefined {
    const d = this.seq.data;
    if (this.index < d.length) return d[this.index++];
    this.index = Number.MAX_SAFE_INTEGER; // exhausted for good, even if a bytearray grows
    return undefined;
  }
}

/**
 * The bytes of a bytes-like object, or undefined: bytes and bytearray, and any buffer exporter
 * (memoryview, array.array), which every argument taking bytes-like objects accepts in CPython.
 */
export function bytesData(o: PyObject): Uint8Array | undefined {
  return o instanceof PyBytes || o instanceof PyByteArray ? o.data : bufferBytes(o);
}

/** The right operand of `+`/`+=`: a released view is no buffer there (TypeError, not ValueError). */
export function concatData(o: PyObject): Uint8Array | undefined {
  return o instanceof PyMemoryView && o.released ? undefined : bytesData(o);
}

/** bytes or bytearray themselves, not other buffers (a fill byte of center/ljust/rjust). */
function exactBytesData(o: PyObject): Uint8Array | undefined {
  return o instanceof PyBytes || o instanceof PyByteArray ? o.data : undefined;
}

/**
 * What `__bytes__` gives, as bytes() and PyObject_Bytes ask it before anything else (even
 * before an int's count or a buffer): undefined when the type has no `__bytes__`. The
 * result must be bytes or a subclass of it (PyBytes_Check), not a bytearray.
 */
export function bytesFromDunder(vm: VM, src: PyObject): PyBytes | undefined {
  if (typeof src !== 'object' || (src instanceof PyBytes && src.cls === bytesType)) return undefined;
  const bm = typeOf(src).lookup('__bytes__');
  if (bm === undefined) return undefined;
  const r = callSpecialMethod(vm, src, bm, []);
  if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeOf(r).tpName})`);
  return r;
}

export function selfData(args: PyObject[]): Uint8Array {
  return (args[0] as ByteSeq).data;
}

export { latin1 } from './latin1.js';

export function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** A result of the same kind as self: bytearray for bytearray, else bytes. */
function like(self: PyObject, data: Uint8Array): PyObject {
  return self instanceof PyByteArray ? new PyByteArray(data) : new PyBytes(data);
}

function needBytes(o: PyObject): Uint8Array {
  const d = bytesData(o);
  if (d === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(o).tpName}'`);
  return d;
}

export function byteValue(vm: VM, o: PyObject): number {
  const v = index(vm, o);
  if (v < 0 || v > 255) throw valueError('byte must be in range(0, 256)');
  return Number(v);
}

/**
 * bytes(x) / bytearray(x) contents from any source (without an encoding); `target` names the type in errors.
 * `intCount` false is PyObject_Bytes (int.from_bytes): an int is not a count of zero bytes there.
 * Only bytes() and PyObject_Bytes ask `__bytes__` (first of all); bytearray() never does.
 */
export function dataFrom(vm: VM, src: PyObject, target: 'bytes' | 'bytearray' = 'bytes', intCount = true): Uint8Array {
  if (target === 'bytes') {
    const viaDunder = bytesFromDunder(vm, src);
    if (viaDunder !== undefined) return viaDunder.data.slice();
  }
  const d = bytesData(src);
  if (d !== undefined) return d.slice();
  const exported = bufferBytes(src);
  if (exported !== undefined) return exported.slice();
  if (typeof src === 'string' || strVal(src) !== undefined) {
    throw typeError(intCount ? 'string argument without an encoding' : `cannot convert '${typeOf(src).tpName}' object to bytes`);
  }
  if (intCount && (typeof src === 'number' || typeof src === 'bigint' || typeof src === 'boolean' || (typeof src === 'object' && typeOf(src).lookup('__index__') !== undefined))) {
    const n = index(vm, src);
    if (n < 0) throw valueError('negative count');
    if (typeof n === 'bigint') {
      if (n > 0x7fffffffffffffffn) throw overflowError("cannot fit 'int' into an index-sized integer");
      throw newException(MemoryError);
    }
    return new Uint8Array(n);
  }
  if (typeOf(src).lookup('__iter__') === undefined && typeOf(src).lookup('__getitem__') === undefined) {
    throw typeError(`cannot convert '${typeOf(src).tpName}' object to ${target}`);
  }
  // An exact list is read as it is at each step (_PyBytes_FromList; bytearray's list iterator
  // too): an item's __index__ that shrinks it ends the bytes there.
  if (src instanceof PyList && src.cls === listType) {
    const bytes: number[] = [];
    for (let i = 0; i < src.items.length; i++) {
      const v = index(vm, src.items[i]);
      if (v < 0 || v > 255) throw valueError(`${target === 'bytearray' ? 'byte' : 'bytes'} must be in range(0, 256)`);
      bytes.push(Number(v));
    }
    return Uint8Array.from(bytes);
  }
  // bytes() asks the iterable's length hint, bytearray() does not (as CPython's).
  const items = target === 'bytes' ? toArrayHinted(vm, src) : toArray(vm, src);
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = index(vm, items[i]);
    if (v < 0 || v > 255) throw valueError(`${target === 'bytearray' ? 'byte' : 'bytes'} must be in range(0, 256)`);
    out[i] = Number(v);
  }
  return out;
}

export function construct(vm: VM, name: string, args: PyObject[], kwargs: KwArgs | null): Uint8Array {
  const [src, encoding, errors] = parseArgs(name, args, kwargs, { names: ['source', 'encoding', 'errors'] });
  // Argument clinic converts encoding and errors to str before the body looks at the source.
  const enc = encoding === undefined ? undefined : strVal(encoding);
  if (enc === undefined && encoding !== undefined) throw typeError(`${name}() argument 'encoding' must be str, not ${argTypeName(encoding)}`);
  const err = errors === undefined ? undefined : strVal(errors);
  if (err === undefined && errors !== undefined) throw typeError(`${name}() argument 'errors' must be str, not ${argTypeName(errors)}`);
  if (src === undefined) {
    if (enc !== undefined || err !== undefined) throw typeError('encoding or errors without sequence argument');
    return new Uint8Array(0);
  }
  if (enc !== undefined || err !== undefined) {
    const s = strVal(src);
    if (s === undefined) throw typeError(enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    if (enc === undefined) throw typeError('string argument without an encoding');
    return encodeString(s, enc, err ?? 'strict', vm);
  }
  return dataFrom(vm, src, name === 'bytearray' ? 'bytearray' : 'bytes');
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function getItem(vm: VM, self: ByteSeq, key: PyObject): PyObject {
  const data = self.data;
  if (key instanceof PySlice) {
    const [start, stop, step, count] = sliceIndices(vm, key, data.length);
    if (step === 1) return like(self, data.slice(start, Math.max(start, stop)));
    const out = new Uint8Array(Math.max(0, count));
    for (let i = 0, j = start; i < count; i++, j += step) out[i] = data[j];
    return like(self, out);
  }
  const n = subscriptIndex(vm, key, self instanceof PyByteArray ? 'bytearray' : 'byte');
  const j = n < 0 ? n + data.length : n;
  if (j < 0 || j >= data.length) throw indexError(self instanceof PyByteArray ? 'bytearray index out of range' : 'index out of range');
  return data[j];
}

function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function splitWhite(s: string, maxsplit: number, reverse: boolean): string[] {
  const parts = s.split(/[ \t\n\r\x0b\x0c]+/).filter((p) => p !== '');
  // With exactly maxsplit + 1 words the last part keeps the whitespace at its far end.
  if (maxsplit < 0 || parts.length <= maxsplit) return parts;
  if (!reverse) {
    const out: string[] = [];
    let i = 0;
    for (let k = 0; k < maxsplit; k++) {
      while (isAsciiSpace(s.charCodeAt(i))) i++;
      let j = i;
      while (j < s.length && !isAsciiSpace(s.charCodeAt(j))) j++;
      out.push(s.slice(i, j));
      i = j;
    }
    while (i < s.length && isAsciiSpace(s.charCodeAt(i))) i++;
    out.push(s.slice(i));
    return out;
  }
  const out: string[] = [];
  let j = s.length;
  for (let k = 0; k < maxsplit; k++) {
    while (j > 0 && isAsciiSpace(s.charCodeAt(j - 1))) j--;
    let i = j;
    while (i > 0 && !isAsciiSpace(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
    j = i;
  }
  while (j > 0 && isAsciiSpace(s.charCodeAt(j - 1))) j--;
  out.push(s.slice(0, j));
  return out.reverse();
}

function rsplitBy(s: string, sep: string, maxsplit: number): string[] {
  // Scans from the right even when unlimited: b'aaa'.rsplit(b'aa') is [b'a', b''], not split()'s [b'', b'a'].
  if (maxsplit < 0) maxsplit = Infinity;
  const out: string[] = [];
  let j = s.length;
  while (maxsplit-- > 0 && j - sep.length >= 0) {
    const pos = s.lastIndexOf(sep, j - sep.length);
    if (pos < 0) break;
    out.push(s.slice(pos + sep.length, j));
    j = pos;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

/** The needle of find/count/index: bytes-like or an int byte value. */
function needle(vm: VM, o: PyObject): string {
  const d = bytesData(o);
  if (d !== undefined) return latin1(d);
  if (typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean' || (typeof o === 'object' && typeOf(o).lookup('__index__') !== undefined)) {
    return String.fromCharCode(byteValue(vm, o));
  }
  throw typeError(`argument should be integer or bytes-like object, not '${typeOf(o).tpName}'`);
}

function bound(vm: VM, o: PyObject | undefined): number | undefined {
  if (o === undefined || o === None) return undefined;
  const n = index(vm, o, () => 'slice indices must be integers or None or have an __index__ method');
  return typeof n === 'bigint' ? (n > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER) : n;
}

function adjust(vm: VM, len: number, a: PyObject | undefined, b: PyObject | undefined): [number, number] {
  let s = bound(vm, a) ?? 0;
  let e = bound(vm, b) ?? len;
  if (e > len) e = len;
  else if (e < 0) e = Math.max(0, e + len);
  if (s < 0) s = Math.max(0, s + len);
  return [s, e];
}

function find(vm: VM, args: PyObject[], reverse: boolean): number {
  const data = selfData(args);
  // start/end are converted before the needle is checked, as stringlib_parse_args_finds does.
  const [start, end] = adjust(vm, data.length, args[2], args[3]);
  const sub = fromLatin1(needle(vm, args[1]));
  if (start > data.length || end - start < sub.length) return -1;
  return searchBytes(data, sub, start, end, reverse);
}

/**
 * Where `sub` first (or last) starts inside data[start:end], or -1. Searched on the bytes
 * themselves: making a string of a large buffer at each call made a loop of finds (a
 * BytesIO read line by line) quadratic.
 */
function searchBytes(data: Uint8Array, sub: Uint8Array, start: number, end: number, reverse: boolean): number {
  const m = sub.length;
  if (m === 0) return reverse ? end : start;
  const last = end - m;                 // the last place a match can start
  const first = sub[0];
  const matchesAt = (i: number) => {
    for (let k = 1; k < m; k++) if (data[i + k] !== sub[k]) return false;
    return true;
  };
  if (!reverse) {
    for (let i = data.indexOf(first, start); i >= 0 && i <= last; i = data.indexOf(first, i + 1)) {
      if (matchesAt(i)) return i;
    }
    return -1;
  }
  // (lastIndexOf counts a negative position from the end: stop before reaching one)
  for (let i = data.lastIndexOf(first, last); i >= start; i = i === 0 ? -1 : data.lastIndexOf(first, i - 1)) {
    if (matchesAt(i)) return i;
  }
  return -1;
}

function strip(args: PyObject[], kwargs: KwArgs | null, owner: string, name: string, left: boolean, right: boolean): PyObject {
  noKwargs(`${owner}.${name}`, kwargs);
  checkArgCount(name, args, 0, 1);
  const d = selfData(args);
  const chars = args[1] === undefined || args[1] === None ? null : needBytes(args[1]);
  const strip1 = (c: number) => (chars === null ? isAsciiSpace(c) : chars.includes(c));
  let i = 0;
  let j = d.length;
  if (left) while (i < j && strip1(d[i])) i++;
  if (right) while (j > i && strip1(d[j - 1])) j--;
  return like(args[0], d.slice(i, j));
}

const HEX_DIGITS = '0123456789abcdef';
const HEX_PAIRS = Array.from({ length: 256 }, (_, b) => HEX_DIGITS[b >> 4] + HEX_DIGITS[b & 15]);
const HEX_CODES = Uint8Array.from(HEX_DIGITS, (c) => c.charCodeAt(0));

/** The lower-case hex digits of data, two ASCII bytes per byte. */
export function hexAscii(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length * 2);
  for (let i = 0; i < data.length; i++) {
    const b = data[i];
    out[2 * i] = HEX_CODES[b >> 4];
    out[2 * i + 1] = HEX_CODES[b & 15];
  }
  return out;
}

/**
 * The lower-case hex digits of data as a str: Node's native hex encoder on a view of the same
 * memory, but by a table for 64 bytes or fewer (V8 keeps typed arrays that small inside the
 * object, and reading their `.buffer` moves them out, which costs more than the loop).
 */
export function hexString(data: Uint8Array): string {
  const n = data.length;
  if (n > 64) return (Buffer.from(data.buffer, data.byteOffset, n) as unknown as HexSlicer).hexSlice(0, n);
  let s = '';
  for (let i = 0; i < n; i++) s += HEX_PAIRS[data[i]];
  return s;
}

/** Buffer's undocumented encoder (what toString('hex') calls, without its argument checks). */
interface HexSlicer {
  hexSlice(start: number, end: number): string;
}

/** bytes.hex(sep, bytes_per_sep) and binascii.hexlify: the hex digits, grouped from the right (or the left when negative). */
export function hexOf(vm: VM, data: Uint8Array, sepObj: PyObject | undefined, groupObj: PyObject | undefined): string {
  // bytes_per_sep is converted before sep is looked at (argument clinic's order).
  const g = groupObj === undefined ? 1 : Number(index(vm, groupObj));
  if (sepObj === undefined) return hexString(data);
  const hex = Array.from(data, (b) => HEX_PAIRS[b]);
  const sepS = strVal(sepObj) ?? (bytesData(sepObj) !== undefined ? latin1(bytesData(sepObj)!) : undefined);
  if (sepS === undefined) throw typeError(`object of type '${typeOf(sepObj).tpName}' has no len()`);
  if (sepS.length !== 1) throw valueError('sep must be length 1.');
  if (sepS.charCodeAt(0) > 0x7f) throw valueError('sep must be ASCII.');
  if (g === 0 || hex.length === 0) return hex.join('');
  const n = Math.abs(g);
  const groups: string[] = [];
  if (g > 0) {
    // Groups counted from the right.
    let end = hex.length;
    while (end > 0) {
      groups.unshift(hex.slice(Math.max(0, end - n), end).join(''));
      end -= n;
    }
  } else for (let i = 0; i < hex.length; i += n) groups.push(hex.slice(i, i + n).join(''));
  return groups.join(sepS);
}

// Whitespace may separate pairs (3.7+ skips any ASCII whitespace, not only spaces), never split one.
const HEX_SEPARATORS = ' \t\n\v\f\r';

function fromHex(text: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (HEX_SEPARATORS.includes(text[i])) {
      i++;
      continue;
    }
    const hi = parseInt(text[i], 16);
    if (Number.isNaN(hi)) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < text.length ? parseInt(text[i + 1], 16) : NaN;
    if (Number.isNaN(lo)) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return new Uint8Array(out);
}

function joinBytes(vm: VM, sep: Uint8Array, iterable: PyObject): Uint8Array {
  const items = sequenceFast(vm, iterable, 'can only join an iterable');
  const parts: Uint8Array[] = [];
  let total = 0;
  items.forEach((it, i) => {
    const d = bufferBytes(it);
    if (d === undefined) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeOf(it).tpName} found`);
    parts.push(d);
    total += d.length + (i > 0 ? sep.length : 0);
  });
  const out = new Uint8Array(total);
  let at = 0;
  parts.forEach((p, i) => {
    if (i > 0) {
      out.set(sep, at);
      at += sep.length;
    }
    out.set(p, at);
    at += p.length;
  });
  return out;
}

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The largest bytes object tpy makes; past it (CPython would try to allocate) MemoryError. */
const MAX_BYTES = 2 ** 31 - 1;

/** `d` repeated `n` times (n a Py_ssize_t); `overflowMessage` is null for bytearray, which reports MemoryError. */
export function repeat(d: Uint8Array, n: number | bigint, overflowMessage: string | null): Uint8Array {
  if (n <= 0 || d.length === 0) return new Uint8Array(0);
  const out = new Uint8Array(repeatedLength(d.length, n, MAX_BYTES, overflowMessage));
  if (d.length === 1) return out.fill(d[0]);
  // Doubling copies (as CPython's memcpy loop): log2(n) block moves, not n.
  out.set(d, 0);
  for (let filled = d.length; filled < out.length; filled *= 2) out.copyWithin(filled, 0, Math.min(filled, out.length - filled));
  return out;
}

/** Methods that map the latin-1 view through a string function and return the same kind. */
function textMethod(t: PyType, name: string, f: (s: string) => string): void {
  defMethod(t, name, (vm, args, kwargs) => {
    noArgs(`${t.name}.${name}`, args, kwargs);
    return like(args[0], fromLatin1(f(latin1(selfData(args)))));
  });
}

function asciiUpper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}

function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

function predicateMethod(t: PyType, name: string, re: RegExp): void {
  defMethod(t, name, (vm, args, kwargs) => {
    noArgs(`${t.name}.${name}`, args, kwargs);
    return re.test(latin1(selfData(args)));
  });
}

/** A bytearray's repr names its class (a subclass's too); a bytes subclass's is plain bytes. */
function bytesOrByteArrayRepr(self: PyObject): string {
  if (self instanceof PyByteArray) return `${typeOf(self).name}(${bytesRepr(self.data, 'b', true)})`;
  return bytesRepr(selfData([self]));
}

/**
 * -b's warning for `==`/`!=` between bytes and a str (or, for bytes, an int), which is always
 * False, as bytes_richcompare and bytearray_richcompare give it before returning NotImplemented.
 */
function warnMixedComparison(vm: VM, self: PyObject, other: PyObject): void {
  if (self instanceof PyByteArray) {
    if (bufferBytes(other) === undefined && isInstance(other, strType)) warnFromNative(vm, BytesWarning, 'Comparison between bytearray and string');
  } else if (isInstance(other, strType)) {
    warnFromNative(vm, BytesWarning, 'Comparison between bytes and string');
  } else if (isInstance(other, intType)) {
    warnFromNative(vm, BytesWarning, 'Comparison between bytes and int');
  }
}

function installCommon(t: PyType): void {
  const n = t.name;
  defMethod(t, '__repr__', (vm, args) => bytesOrByteArrayRepr(args[0]));
  defMethod(t, '__str__', (vm, args) => {
    // As bytes_str/bytearray_str: under -b the str of a bytes object is suspect (a missing decode()).
    if (vm.bytesWarning > 0) warnFromNative(vm, BytesWarning, `str() on a ${args[0] instanceof PyByteArray ? 'bytearray' : 'bytes'} instance`);
    return bytesOrByteArrayRepr(args[0]);
  });
  defMethod(t, '__len__', (vm, args, kwargs) => {
    wrapperArgs(args, 0, 1, kwargs, `${n}.__len__`);
    return selfData(args).length;
  });
  defMethod(t, '__getitem__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, `${n}.__getitem__`);
    return getItem(vm, args[0] as ByteSeq, args[1]);
  });
  defMethod(t, '__iter__', (vm, args) => new PyBytesIterator(args[0] as ByteSeq));
  defMethod(t, '__add__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, `${n}.__add__`);
    const b = concatData(args[1]);
    if (b === undefined) throw typeError(`can't concat ${typeOf(args[1]).tpName} to ${n}`);
    return like(args[0], concat(selfData(args), b));
  });
  const mul: NativeFn = (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, `${n}.__mul__`);
    const k = args[1];
    if (typeof k !== 'number' && typeof k !== 'bigint' && typeof k !== 'boolean' && typeOf(k).lookup('__index__') === undefined) return NotImplemented;
    const times = indexSizeExact(vm, k);
    // Exact bytes times 1 is the object itself, as CPython's bytes_repeat returns it.
    if (times === 1 && args[0] instanceof PyBytes && args[0].cls === bytesType) return args[0];
    return like(args[0], repeat(selfData(args), times, args[0] instanceof PyByteArray ? null : 'repeated bytes are too long'));
  };
  defMethod(t, '__mul__', mul);
  defMethod(t, '__rmul__', mul);
  const cmp = (name: string, test: (c: number) => boolean): NativeFn => (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, `${n}.${name}`);
    const b = bytesData(args[1]);
    // bytes compares only with bytes; bytearray with any bytes-like object (so bytes == bytearray goes through bytearray).
    if (b === undefined || (!(args[0] instanceof PyByteArray) && !(args[1] instanceof PyBytes))) {
      if (vm.bytesWarning > 0 && (name === '__eq__' || name === '__ne__')) warnMixedComparison(vm, args[0], args[1]);
      return NotImplemented;
    }
    return test(compareBytes(selfData(args), b));
  };
  defMethod(t, '__eq__', cmp('__eq__', (c) => c === 0));
  defMethod(t, '__ne__', cmp('__ne__', (c) => c !== 0));
  defMethod(t, '__lt__', cmp('__lt__', (c) => c < 0));
  defMethod(t, '__le__', cmp('__le__', (c) => c <= 0));
  defMethod(t, '__gt__', cmp('__gt__', (c) => c > 0));
  defMethod(t, '__ge__', cmp('__ge__', (c) => c >= 0));
  defMethod(t, '__contains__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, `${n}.__contains__`);
    const o = args[1];
    const d = bytesData(o);
    const s = latin1(selfData(args));
    if (d !== undefined) return s.includes(latin1(d));
    // As _Py_bytes_contains: an integer (anything with __index__) is a byte; anything else must be bytes-like.
    const integer = typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean' || typeOf(o).lookup('__index__') !== undefined;
    if (!integer) throw typeError(`a bytes-like object is required, not '${typeOf(o).tpName}'`);
    return s.includes(String.fromCharCode(byteValue(vm, o)));
  });
  defMethod(t, '__mod__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, `${n}.__mod__`);
    return like(args[0], bytesPercent(vm, selfData(args), args[1]));
  });
  defMethod(t, '__rmod__', () => NotImplemented);
  defMethod(t, 'decode', (vm, args, kwargs) => {
    const [enc, err] = parseArgs('decode', args, kwargs, { names: ['encoding', 'errors'] });
    const e = enc === undefined ? 'utf-8' : strVal(enc);
    if (e === undefined) throw typeError(`decode() argument 'encoding' must be str, not ${argTypeName(enc!)}`);
    const r = err === undefined ? 'strict' : strVal(err);
    if (r === undefined) throw typeError(`decode() argument 'errors' must be str, not ${argTypeName(err!)}`);
    return decodeBytes(selfData(args), e, r, vm);
  });
  defMethod(t, 'hex', (vm, args, kwargs) => {
    const [sep, group] = parseArgs('hex', args, kwargs, { names: ['sep', 'bytes_per_sep'] });
    return hexOf(vm, selfData(args), sep, group);
  });
  defClassMethod(t, 'fromhex', (vm, args, kwargs) => {
    const s = oneArg(`${n}.fromhex`, args, kwargs);
    const sv = strVal(s);
    if (sv === undefined) throw typeError(`fromhex() argument must be str, not ${argTypeName(s)}`);
    const data = fromHex(sv);
    const cls = args[0] as PyType;
    if (cls === bytesType) return new PyBytes(data);
    if (cls === bytearrayType) return new PyByteArray(data);
    return call(vm, cls, [new PyBytes(data)]);
  });
  defMethod(t, 'join', (vm, args, kwargs) => like(args[0], joinBytes(vm, selfData(args), oneArg(`${n}.join`, args, kwargs))));
  for (const [name, reverse] of [['split', false], ['rsplit', true]] as const) {
    defMethod(t, name, (vm, args, kwargs) => {
      const [sepObj, msObj] = parseArgs(name, args, kwargs, { names: ['sep', 'maxsplit'] });
      const s = latin1(selfData(args));
      const ms = msObj === undefined ? -1 : Number(index(vm, msObj));
      let parts: string[];
      if (sepObj === undefined || sepObj === None) parts = splitWhite(s, ms, reverse);
      else {
        const sep = latin1(needBytes(sepObj));
        if (sep.length === 0) throw valueError('empty separator');
        parts = reverse ? rsplitBy(s, sep, ms) : splitBy(s, sep, ms);
      }
      return new PyList(parts.map((p) => like(args[0], fromLatin1(p))));
    });
  }
  defMethod(t, 'strip', (vm, args, kwargs) => strip(args, kwargs, n, 'strip', true, true));
  defMethod(t, 'lstrip', (vm, args, kwargs) => strip(args, kwargs, n, 'lstrip', true, false));
  defMethod(t, 'rstrip', (vm, args, kwargs) => strip(args, kwargs, n, 'rstrip', false, true));
  for (const [name, atEnd] of [['startswith', false], ['endswith', true]] as const) {
    defMethod(t, name, (vm, args, kwargs) => {
      noKwargs(`${n}.${name}`, kwargs);
      checkArgs(name, args, 1, 3);
      const s = latin1(selfData(args));
      const [start, end] = adjust(vm, s.length, args[2], args[3]);
      const test = (p: string) => start <= s.length && end - start >= p.length && (atEnd ? s.slice(start, end).endsWith(p) : s.slice(start, end).startsWith(p));
      const p = args[1];
      if (p instanceof PyTuple) {
        return p.items.some((x) => {
          const d = bytesData(x);
          if (d === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(x).tpName}'`);
          return test(latin1(d));
        });
      }
      const d = bytesData(p);
      if (d === undefined) throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeOf(p).tpName}`);
      return test(latin1(d));
    });
  }
  for (const [name, reverse, raise] of [['find', false, false], ['rfind', true, false], ['index', false, true], ['rindex', true, true]] as const) {
    defMethod(t, name, (vm, args, kwargs) => {
      noKwargs(`${n}.${name}`, kwargs);
      checkArgs(name, args, 1, 3);
      const r = find(vm, args, reverse);
      if (r < 0 && raise) throw valueError('subsection not found');
      return r;
    });
  }
  defMethod(t, 'count', (vm, args, kwargs) => {
    noKwargs(`${n}.count`, kwargs);
    checkArgs('count', args, 1, 3);
    const s = latin1(selfData(args));
    const [start, end] = adjust(vm, s.length, args[2], args[3]);
    const sub = needle(vm, args[1]);
    if (start > s.length) return 0;
    if (sub.length === 0) return Math.max(0, end - start + 1);
    const w = s.slice(start, end);
    let c = 0;
    for (let i = w.indexOf(sub); i >= 0; i = w.indexOf(sub, i + sub.length)) c++;
    return c;
  });
  defMethod(t, 'replace', (vm, args, kwargs) => {
    noKwargs(`${n}.replace`, kwargs);
    checkArgCount('replace', args, 2, 3);
    const s = latin1(selfData(args));
    const old = latin1(needBytes(args[1]));
    const rep = latin1(needBytes(args[2]));
    // Bytes as latin1 strings: str.replace's rules, one character a byte.
    const out = replaceStr(s, old, rep, args.length > 3 ? Number(index(vm, args[3])) : -1);
    return like(args[0], fromLatin1(out));
  });
  for (const [name, rev] of [['partition', false], ['rpartition', true]] as const) {
    defMethod(t, name, (vm, args, kwargs) => {
      const sepObj = oneArg(`${n}.${name}`, args, kwargs);
      const sep = latin1(needBytes(sepObj));
      if (sep.length === 0) throw valueError('empty separator');
      const s = latin1(selfData(args));
      const i = rev ? s.lastIndexOf(sep) : s.indexOf(sep);
      const mk = (x: string) => like(args[0], fromLatin1(x));
      if (i < 0) return rev ? newTuple([mk(''), mk(''), mk(s)]) : newTuple([mk(s), mk(''), mk('')]);
      // bytes gives back the separator object itself (as CPython's immutable stringlib does); bytearray a copy.
      const middle = args[0] instanceof PyByteArray ? mk(sep) : sepObj;
      return newTuple([mk(s.slice(0, i)), middle, mk(s.slice(i + sep.length))]);
    });
  }
  for (const [name, how] of [['center', 'c'], ['ljust', 'l'], ['rjust', 'r']] as const) {
    defMethod(t, name, (vm, args, kwargs) => {
      noKwargs(`${n}.${name}`, kwargs);
      checkArgCount(name, args, 1, 2);
      const s = latin1(selfData(args));
      const width = Number(index(vm, args[1]));
      let fill = ' ';
      if (args.length > 2) {
        const f = exactBytesData(args[2]);
        if (f === undefined || f.length !== 1) throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${argTypeName(args[2])}`);
        fill = String.fromCharCode(f[0]);
      }
      const marg = width - s.length;
      if (marg <= 0) return like(args[0], fromLatin1(s));
      const left = how === 'l' ? 0 : how === 'r' ? marg : Math.floor(marg / 2) + (marg & width & 1);
      return like(args[0], fromLatin1(fill.repeat(left) + s + fill.repeat(marg - left)));
    });
  }
  defMethod(t, 'zfill', (vm, args, kwargs) => {
    const width = Number(index(vm, oneArg(`${n}.zfill`, args, kwargs)));
    const s = latin1(selfData(args));
    if (s.length >= width) return like(args[0], fromLatin1(s));
    const fill = '0'.repeat(width - s.length);
    const r = s[0] === '+' || s[0] === '-' ? s[0] + fill + s.slice(1) : fill + s;
    return like(args[0], fromLatin1(r));
  });
  for (const [name, atEnd] of [['removeprefix', false], ['removesuffix', true]] as const) {
    defMethod(t, name, (vm, args, kwargs) => {
      const p = latin1(needBytes(oneArg(`${n}.${name}`, args, kwargs)));
      const s = latin1(selfData(args));
      let r = s;
      if (p.length > 0 && !atEnd && s.startsWith(p)) r = s.slice(p.length);
      if (p.length > 0 && atEnd && s.endsWith(p)) r = s.slice(0, s.length - p.length);
      return like(args[0], fromLatin1(r));
    });
  }
  defMethod(t, 'splitlines', (vm, args, kwargs) => {
    const [ke] = parseArgs('splitlines', args, kwargs, { names: ['keepends'] });
    const keep = ke !== undefined && index(vm, ke) !== 0;
    const s = latin1(selfData(args));
    const out: PyObject[] = [];
    let i = 0;
    while (i < s.length) {
      let j = i;
      while (j < s.length && s[j] !== '\n' && s[j] !== '\r') j++;
      let eol = j;
      if (j < s.length) eol = s[j] === '\r' && s[j + 1] === '\n' ? j + 2 : j + 1;
      out.push(like(args[0], fromLatin1(s.slice(i, keep ? eol : j))));
      i = eol;
    }
    return new PyList(out);
  });
  defMethod(t, 'expandtabs', (vm, args, kwargs) => {
    const [ts] = parseArgs('expandtabs', args, kwargs, { names: ['tabsize'] });
    const size = ts === undefined ? 8 : Number(index(vm, ts));
    let out = '';
    let col = 0;
    for (const ch of latin1(selfData(args))) {
      if (ch === '\t') {
        if (size > 0) {
          const k = size - (col % size);
          out += ' '.repeat(k);
          col += k;
        }
      } else {
        out += ch;
        col = ch === '\n' || ch === '\r' ? 0 : col + 1;
      }
    }
    return like(args[0], fromLatin1(out));
  });
  defMethod(t, 'translate', (vm, args, kwargs) => {
    const [table, del] = parseArgs('translate', args, kwargs, { names: ['table', 'delete'], required: 1, posOnly: 1 });
    const tab = table === None ? null : needBytes(table!);
    if (tab !== null && tab.length !== 256) throw valueError('translation table must be 256 characters long');
    // The bytes to delete as a 256-entry mask: one lookup per byte, whatever their number.
    const removed = new Uint8Array(256);
    if (del !== undefined) for (const b of needBytes(del)) removed[b] = 1;
    const data = selfData(args);
    const out = new Uint8Array(data.length);
    let n = 0;
    for (const b of data) {
      if (removed[b] === 0) out[n++] = tab === null ? b : tab[b];
    }
    return like(args[0], out.slice(0, n));
  });
  defStaticMethod(t, 'maketrans', (vm, args, kwargs) => {
    noKwargs(`${n}.maketrans`, kwargs);
    checkArgCount('maketrans', args, 2, 2, 0);
    const a = needBytes(args[0]);
    const b = needBytes(args[1]);
    if (a.length !== b.length) throw valueError('maketrans arguments must have same length');
    const out = new Uint8Array(256);
    for (let i = 0; i < 256; i++) out[i] = i;
    for (let i = 0; i < a.length; i++) out[a[i]] = b[i];
    return new PyBytes(out);
  });
  textMethod(t, 'upper', asciiUpper);
  textMethod(t, 'lower', asciiLower);
  textMethod(t, 'swapcase', (s) => s.replace(/[a-zA-Z]/g, (c) => (c >= 'a' ? c.toUpperCase() : c.toLowerCase())));
  textMethod(t, 'capitalize', (s) => asciiUpper(s.slice(0, 1)) + asciiLower(s.slice(1)));
  textMethod(t, 'title', (s) => s.replace(/[a-zA-Z]+/g, (w) => asciiUpper(w[0]) + asciiLower(w.slice(1))));
  predicateMethod(t, 'isalpha', /^[a-zA-Z]+$/);
  predicateMethod(t, 'isdigit', /^[0-9]+$/);
  predicateMethod(t, 'isalnum', /^[a-zA-Z0-9]+$/);
  predicateMethod(t, 'isspace', /^[ \t\n\r\x0b\x0c]+$/);
  predicateMethod(t, 'isascii', /^[\x00-\x7f]*$/);
  predicateMethod(t, 'isupper', /^[^a-z]*[A-Z][^a-z]*$/);
  predicateMethod(t, 'islower', /^[^A-Z]*[a-z][^A-Z]*$/);
  predicateMethod(t, 'istitle', /^[^a-zA-Z]*(?:[A-Z][a-z]*[^a-zA-Z]+)*[A-Z][a-z]*[^a-zA-Z]*$/);
}

let installed = false;

export function installBytesMethods(): void {
  if (installed) return;
  installed = true;
  defNew(bytesType, (vm, args, kwargs) => {
    const cls = args[0] as PyType;
    // bytes(x) hands back what x.__bytes__() made (a subclass's instance too); bytes_subtype_new copies it.
    if (args.length === 2 && (kwargs === null || kwargs.size === 0)) {
      const made = bytesFromDunder(vm, args[1]);
      if (made !== undefined) return cls === bytesType ? made : new PyBytes(made.data.slice(), cls);
    }
    const data = construct(vm, 'bytes', args, kwargs);
    return new PyBytes(data, cls === bytesType ? bytesType : cls);
  });
  defMethod(bytesType, '__hash__', (vm, args) => strHash(latin1(selfData(args))));
  defMethod(bytesType, '__bytes__', (vm, args, kwargs) => {
    noArgs('bytes.__bytes__', args, kwargs);
    return args[0] instanceof PyBytes && args[0].cls === bytesType ? args[0] : new PyBytes(selfData(args));
  });
  defMethod(bytesType, '__getnewargs__', (vm, args) => newTuple([new PyBytes(selfData(args))]));
  installCommon(bytesType);
  installCommon(bytearrayType);
  installByteArrayMethods();
}
