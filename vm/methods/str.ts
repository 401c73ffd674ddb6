// The methods of str: construction, the dunders, searching, splitting, case and padding methods.
//
// Python indexes strings by code point while JS strings are UTF-16: every position a
// method takes or returns is a code point index, with a fast path for the common
// strings that have no surrogates (where the two coincide).

import { PyObj, PyObject } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { strType } from '../objects/str.js';
import { defMethod, KwArgs, NativeFn, raisedPlain } from '../objects/function.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { PyList } from '../objects/list.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { PyDict, dictType } from '../objects/dict.js';
import { PySlice } from '../objects/range.js';
import { PyBytes, PyByteArray, bufferBytes } from '../objects/bytes.js';
import { PyStrIterator, strUnicodeIteratorType } from '../objects/iterators.js';
import {
  typeError, valueError, indexError, overflowError, PyBaseException, LookupError, newException,
} from '../objects/exceptions.js';
import { typeOf, argTypeName } from '../ops/typeof.js';
import { str as toStr, strObject, index, indexSize, indexSizeExact, strLength, bigintToSsize, cannotFit } from '../ops/convert.js';
import { repeatStr } from './str_repeat.js';
import { sliceIndices, getItem } from '../ops/sequence.js';
import { strHash } from '../ops/hash.js';
import { noSurrogate } from '../ops/str_surrogates.js';
import { cpLength, cpAt, cpSliceOf } from '../ops/str_code_points.js';
import { strRepr } from '../format/str_repr.js';
import { percentFormatObject, formatStrSpec } from '../ops/format.js';
import { strFormat } from './str_format.js';
import { replaceStr } from './str_replace.js';
import { encodeString, decodeBytes } from './codecs.js';
import { encodeUtf8 } from './codec_utf8.js';
import {
  isSpaceCode, isLineBreak, isDecimalChar, isDigitChar, isNumericChar, isAlphaChar, isAlnumChar, isPrintableChar,
  isIdentifier, strTitle, strCapitalize, strSwapcase, strCasefold, strIsUpper, strIsLower, strIsTitle, allChars,
  strUpper, strLower,
} from './str_chars.js';
import { defNew, defStaticMethod } from './object.js';
import {
  checkArgs, checkArgCount, noArgs, noKwargs, oneArg, parseArgs, wrapperArgs,
} from './args.js';
import { strCompare } from '../ops/compare.js';
import type { VM } from '../vm.js';

export { PyStrSub, strVal } from '../objects/str.js';
import { PyStrSub, strVal } from '../objects/str.js';
import { sequenceFast } from './list.js';
import { joinOneByte } from './str_join_bytes.js';

function selfStr(args: PyObject[]): string {
  return strVal(args[0])!;
}

/** True when UTF-16 offsets and code point indexes coincide. */
export const isSimple = noSurrogate;

/** s[start:end] by code point indexes (0 <= start <= end). */
function cpSlice(s: string, start: number, end: number): string {
  return isSimple(s) ? s.slice(start, end) : cpSliceOf(s, start, end);
}

/** The code point index of UTF-16 offset `off` in s. */
function cpIndex(s: string, off: number): number {
  return off <= 0 || isSimple(s) ? off : strLength(s.slice(0, off));
}

/** An optional slice bound of find/count/startswith: None or an index. */
function boundArg(vm: VM, o: PyObject | undefined): number | undefined {
  if (o === undefined || o === None) return undefined;
  const n = index(vm, o, () => 'slice indices must be integers or None or have an __index__ method');
  if (typeof n === 'bigint') return n > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return n;
}

/** CPython's ADJUST_INDICES: [start, end] clamped against length. */
function adjustIndices(start: number | undefined, end: number | undefined, len: number): [number, number] {
  let s = start ?? 0;
  let e = end ?? len;
  if (e > len) e = len;
  else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += len;
    if (s < 0) s = 0;
  }
  return [s, e];
}

/** The searched window of find/count/...: the text, its code point offset, and whether start is past the end. */
function window(vm: VM, s: string, args: PyObject[], at: number): { text: string; start: number; end: number; len: number } {
  const len = strLength(s);
  const [start, end] = adjustIndices(boundArg(vm, args[at]), boundArg(vm, args[at + 1]), len);
  const text = start >= end ? '' : start === 0 && end === len ? s : cpSlice(s, start, end);
  return { text, start, end, len };
}

function needStr(o: PyObject, msg: () => string): string {
  const v = strVal(o);
  if (v === undefined) throw typeError(msg());
  return v;
}

const mustBeStr = (o: PyObject) => () => `must be str, not ${typeOf(o).tpName}`;

/** str.find and friends: the code point index of sub in s[start:end], or -1. */
function findIn(vm: VM, s: string, args: PyObject[], reverse: boolean): number {
  // start/end are converted before the substring is checked, as stringlib_parse_args_finds does.
  const w = window(vm, s, args, 2);
  const sub = needStr(args[1], mustBeStr(args[1]));
  if (w.start > w.len || w.end - w.start < strLength(sub)) return -1;
  const i = reverse ? w.text.lastIndexOf(sub) : w.text.indexOf(sub);
  return i < 0 ? -1 : w.start + cpIndex(w.text, i);
}

/** s.find(sub) over the whole of s: no window to cut, no length of s to count. */
function findWhole(s: string, sub: string, reverse: boolean): number {
  const i = reverse ? s.lastIndexOf(sub) : s.indexOf(sub);
  return i < 0 ? -1 : cpIndex(s, i);
}

/** s.count(sub) over the whole of s, for a non-empty sub. */
function countWhole(s: string, sub: string): number {
  let n = 0;
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

function countIn(vm: VM, s: string, args: PyObject[]): number {
  // start/end are converted before the substring is checked, as stringlib_parse_args_finds does.
  const w = window(vm, s, args, 2);
  const sub = needStr(args[1], mustBeStr(args[1]));
  if (w.start > w.len) return 0;
  if (sub.length === 0) return w.end >= w.start ? w.end - w.start + 1 : 0;
  let n = 0;
  for (let i = w.text.indexOf(sub); i >= 0; i = w.text.indexOf(sub, i + sub.length)) n++;
  return n;
}

function tailMatch(vm: VM, name: string, s: string, args: PyObject[], atEnd: boolean): boolean {
  checkArgs(name, args, 1, 3);
  const w = window(vm, s, args, 2);
  const test = (p: string) => {
    const plen = strLength(p);
    if (w.start > w.len || w.end - w.start < plen) return false;
    return atEnd ? w.text.endsWith(p) : w.text.startsWith(p);
  };
  const prefix = args[1];
  if (prefix instanceof PyTuple) {
    for (const p of prefix.items) {
      const v = strVal(p);
      if (v === undefined) throw typeError(`tuple for ${name} must only contain str, not ${typeOf(p).tpName}`);
      if (test(v)) return true;
    }
    return false;
  }
  const v = strVal(prefix);
  if (v === undefined) throw typeError(`${name} first arg must be str or a tuple of str, not ${typeOf(prefix).tpName}`);
  return test(v);
}

// ------------------------------------------------------------------ splitting

/**
 * Texts longer than this are split in chunks, each a call: V8 optimises a function when it
 * is called, and tpy runs node without on-stack replacement, so one loop over a long text
 * (text.split() of a whole file) would run unoptimised to its end.
 */
const SPLIT_CHUNK = 1 << 14;

function splitWhitespace(s: string, maxsplit: number): string[] {
  if (maxsplit < 0 && s.length > SPLIT_CHUNK) {
    const words: string[] = [];
    for (let i = 0; i < s.length;) i = wordsFrom(s, words, i, Math.min(i + SPLIT_CHUNK, s.length));
    return words;
  }
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  let count = maxsplit < 0 ? Infinity : maxsplit;
  while (count-- > 0) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i++;
    while (i < n && !isSpaceCode(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  if (i < n) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return out;
}

/** Pushes onto `out` the words of s from i that start before `end` (each whole); returns where it stopped. */
function wordsFrom(s: string, out: string[], i: number, end: number): number {
  const n = s.length;
  while (i < end) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i === n) return n;
    const j = i++;
    while (i < n && !isSpaceCode(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  return i;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  // Every word, whichever end it starts from: split()'s (chunked) scan.
  if (maxsplit < 0 && s.length > SPLIT_CHUNK) return splitWhitespace(s, -1);
  const out: string[] = [];
  let i = s.length - 1;
  let count = maxsplit < 0 ? Infinity : maxsplit;
  while (count-- > 0) {
    while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i--;
    while (i >= 0 && !isSpaceCode(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}

export function splitBy(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) return sep.length === 1 && s.length <= SHORT_SPLIT ? splitShort(s, sep.charCodeAt(0)) : s.split(sep);
  const out: string[] = [];
  let i = 0;
  while (maxsplit-- > 0) {
    const pos = s.indexOf(sep, i);
    if (pos < 0) break;
    out.push(s.slice(i, pos));
    i = pos + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

/**
 * Texts up to this long are split by one character with a scan: V8's String.prototype.split
 * caches its answers only for internalized strings, which a str made at run time is not, and
 * its uncached path costs about twice the scan on a short text ('a,b,c'.split(',')).
 */
const SHORT_SPLIT = 256;

/** s.split(sep) for a one-unit separator (its char code `c`). */
function splitShort(s: string, c: number): string[] {
  const out: string[] = [];
  let i = 0;
  for (let j = 0; j < s.length; j++) {
    if (s.charCodeAt(j) === c) {
      out.push(s.slice(i, j));
      i = j + 1;
    }
  }
  out.push(s.slice(i));
  return out;
}

function rsplitBy(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let j = s.length;
  let count = maxsplit < 0 ? Infinity : maxsplit;
  while (count-- > 0 && j - sep.length >= 0) {
    const pos = s.lastIndexOf(sep, j - sep.length);
    if (pos < 0) break;
    out.push(s.slice(pos + sep.length, j));
    j = pos;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

function maxsplitArg(vm: VM, o: PyObject | undefined): number {
  if (o === undefined) return -1;
  const n = index(vm, o);
  return typeof n === 'bigint' ? (n > 0n ? Number.MAX_SAFE_INTEGER : -1) : n;
}

function doSplit(vm: VM, name: string, args: PyObject[], kwargs: KwArgs | null, reverse: boolean): PyObject {
  const s = selfStr(args);
  const [sepArg, msArg] = parseArgs(name, args, kwargs, { names: ['sep', 'maxsplit'] });
  return splitStr(vm, s, sepArg, msArg, reverse);
}

/** str.split / str.rsplit once the arguments are bound (undefined: not passed). */
function splitStr(vm: VM, s: string, sepArg: PyObject | undefined, msArg: PyObject | undefined, reverse: boolean): PyObject {
  const maxsplit = maxsplitArg(vm, msArg);
  let parts: string[];
  if (sepArg === undefined || sepArg === None) parts = reverse ? rsplitWhitespace(s, maxsplit) : splitWhitespace(s, maxsplit);
  else {
    const sep = needStr(sepArg, () => `must be str or None, not ${typeOf(sepArg).tpName}`);
    if (sep.length === 0) throw valueError('empty separator');
    parts = reverse ? rsplitBy(s, sep, maxsplit) : splitBy(s, sep, maxsplit);
  }
  return new PyList(parts);
}

function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length;) i = linesFrom(s, keepends, out, i, Math.min(i + SPLIT_CHUNK, s.length));
  return out;
}

/** Pushes onto `out` the lines of s from i that start before `end` (each whole); returns where it stopped (see SPLIT_CHUNK). */
function linesFrom(s: string, keepends: boolean, out: string[], i: number, end: number): number {
  const n = s.length;
  while (i < end) {
    let j = i;
    while (j < n && !isLineBreak(s.charCodeAt(j))) j++;
    let eol = j;
    if (j < n) {
      eol = s.charCodeAt(j) === 0x0d && j + 1 < n && s.charCodeAt(j + 1) === 0x0a ? j + 2 : j + 1;
    }
    out.push(s.slice(i, keepends ? eol : j));
    i = eol;
  }
  return i;
}

// ------------------------------------------------------------------ other helpers

function stripChars(vm: VM, name: string, args: PyObject[], kwargs: KwArgs | null, left: boolean, right: boolean): PyObject {
  noKwargs(`str.${name}`, kwargs);
  checkArgCount(name, args, 0, 1);
  return stripStr(name, selfStr(args), args[1], left, right);
}

/** str.strip / lstrip / rstrip of s by `arg` (undefined: not passed). */
function stripStr(name: string, s: string, arg: PyObject | undefined, left: boolean, right: boolean): string {
  let i = 0;
  let j = s.length;
  if (arg === undefined || arg === None) {
    if (left) while (i < j && isSpaceCode(s.charCodeAt(i))) i++;
    if (right) while (j > i && isSpaceCode(s.charCodeAt(j - 1))) j--;
    return s.slice(i, j);
  }
  const chars = strVal(arg);
  if (chars === undefined) throw typeError(`${name} arg must be None or str`);
  if (isSimple(chars) && isSimple(s)) {
    if (left) while (i < j && chars.includes(s[i])) i++;
    if (right) while (j > i && chars.includes(s[j - 1])) j--;
    return s.slice(i, j);
  }
  const set = new Set(Array.from(chars));
  const cps = Array.from(s);
  let a = 0;
  let b = cps.length;
  if (left) while (a < b && set.has(cps[a])) a++;
  if (right) while (b > a && set.has(cps[b - 1])) b--;
  return cps.slice(a, b).join('');
}

function widthArg(vm: VM, o: PyObject): number {
  const n = index(vm, o);
  if (typeof n !== 'bigint') return n;
  // PyArg's "n" format: past a Py_ssize_t is an OverflowError; a width that fits is too large to make.
  if (bigintToSsize(n) === null) throw overflowError('Python int too large to convert to C ssize_t');
  return n > 0n ? Number.MAX_SAFE_INTEGER : 0;
}

function fillArg(name: string, o: PyObject | undefined): string {
  if (o === undefined) return ' ';
  const f = strVal(o);
  if (f === undefined) throw typeError(`The fill character must be a unicode character, not ${typeOf(o).tpName}`);
  if (strLength(f) !== 1) throw typeError('The fill character must be exactly one character long');
  void name;
  return f;
}

function pad(vm: VM, name: string, args: PyObject[], kwargs: KwArgs | null, how: 'l' | 'r' | 'c'): PyObject {
  noKwargs(`str.${name}`, kwargs);
  checkArgCount(name, args, 1, 2);
  return padStr(vm, name, selfStr(args), args[1], args[2], how);
}

/** s.center/ljust/rjust(width[, fillchar]) once the arguments are counted (the fixed-arity entries' and pad's). */
function padStr(vm: VM, name: string, s: string, widthObj: PyObject, fillObj: PyObject | undefined, how: 'l' | 'r' | 'c'): string {
  const width = widthArg(vm, widthObj);
  const fill = fillArg(name, fillObj);
  const len = strLength(s);
  const marg = width - len;
  if (marg <= 0) return s;
  if (how === 'l') return s + fill.repeat(marg);
  if (how === 'r') return fill.repeat(marg) + s;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return fill.repeat(left) + s + fill.repeat(marg - left);
}

function expandTabs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}


/** s[key]: a character by code point index, or a slice. */
function strGetItem(vm: VM, s: string, key: PyObject): PyObject {
  if (key instanceof PySlice) {
    const simple = isSimple(s);
    const len = simple ? s.length : cpLength(s);
    const [start, stop, step, count] = sliceIndices(vm, key, len);
    if (count <= 0) return '';
    if (step === 1) return simple ? s.slice(start, stop) : cpSliceOf(s, start, stop);
    let out = '';
    for (let i = 0, j = start; i < count; i++, j += step) out += simple ? s[j] : cpAt(s, j);
    return out;
  }
  if (typeof key === 'number') {
    const simple = isSimple(s);
    const len = simple ? s.length : cpLength(s);
    const i = key < 0 ? key + len : key;
    if (i < 0 || i >= len) throw indexError('string index out of range');
    return simple ? s[i] : cpAt(s, i);
  }
  const n = index(vm, key, () => `string indices must be integers, not '${typeOf(key).tpName}'`);
  if (typeof n === 'bigint') {
    if (bigintToSsize(n) === null) throw cannotFit(key);
    throw indexError('string index out of range');
  }
  return strGetItem(vm, s, n);
}

function joinStr(vm: VM, sep: string, iterable: PyObject): string {
  // PySequence_Fast: an exact list or tuple as it is, anything else listed from its iterator.
  const items = (iterable instanceof PyList || iterable instanceof PyTuple) && !iterable.cls.isHeapType
    ? iterable.items
    : sequenceFast(vm, iterable, 'can only join an iterable');
  // Usually all plain strs: join the items themselves, with no copy of them.
  if (allStrs(items)) return joinChunked(items as string[], sep);
  const parts: string[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = strVal(items[i]);
    if (v === undefined) throw typeError(`sequence item ${i}: expected str instance, ${typeOf(items[i]).tpName} found`);
    parts[i] = v;
  }
  return joinChunked(parts, sep);
}

/**
 * Whether every item is a plain str, looked at in chunks, each a call: V8 optimises a
 * function when it is called (tpy runs node without on-stack replacement), so one loop over
 * a long list (" ".join of a million words) would run unoptimised to its end.
 */
function allStrs(items: PyObject[]): boolean {
  if (items.length <= JOIN_CHUNK) return strsIn(items, 0, items.length);
  for (let lo = 0; lo < items.length; lo += JOIN_CHUNK) if (!strsIn(items, lo, Math.min(lo + JOIN_CHUNK, items.length))) return false;
  return true;
}

function strsIn(items: PyObject[], lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) if (typeof items[i] !== 'string') return false;
  return true;
}

/** How many strings joinChunked joins at a time. */
const JOIN_CHUNK = 4096;

/**
 * parts.join(sep): a very large array of one-byte strings through a byte buffer
 * (str_join_bytes.ts), others in chunks: V8's join of a very large array is several times
 * slower than joining slices of a few thousand strings and then joining those.
 */
export function joinChunked(parts: string[], sep: string): string {
  // A few parts (' '.join((a, b)), ', '.join(pair)): concatenation, 3-4x faster than V8's
  // Array.prototype.join, which sets up for cycles and holes first.
  if (parts.length <= 8) {
    let r = parts.length === 0 ? '' : parts[0];
    for (let i = 1; i < parts.length; i++) r += sep + parts[i];
    return r;
  }
  if (parts.length <= JOIN_CHUNK) return parts.join(sep);
  const bytes = joinOneByte(parts, sep);
  if (bytes !== null) return bytes;
  const chunks: string[] = [];
  for (let i = 0; i < parts.length; i += JOIN_CHUNK) chunks.push(parts.slice(i, i + JOIN_CHUNK).join(sep));
  return chunks.join(sep);
}


function compareMethod(name: string, test: (c: number) => boolean): NativeFn {
  return (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, `str.${name}`);
    const b = strVal(args[1]);
    if (b === undefined) return NotImplemented;
    return test(strCompare(selfStr(args), b));
  };
}

function predicate(name: string, test: (s: string) => boolean): void {
  const fname = `str.${name}`;
  defMethod(strType, name, (vm, args, kwargs) => {
    noArgs(fname, args, kwargs);
    return test(selfStr(args));
  }, { call1: (vm, self) => test(strVal(self)!), plain: true });
}

function transform(name: string, f: (s: string) => string): void {
  const fname = `str.${name}`;
  defMethod(strType, name, (vm, args, kwargs) => {
    noArgs(fname, args, kwargs);
    return f(selfStr(args));
  }, { call1: (vm, self) => f(strVal(self)!), plain: true });
}

/** str(object='', encoding=..., errors=...). */
const str_new: NativeFn = (vm, args, kwargs) => {
  const cls = args[0] as PyType;
  if (!(cls instanceof PyType) || !cls.isSubtypeOf(strType)) {
    throw typeError(`str.__new__(${cls instanceof PyType ? cls.name : 'X'}): ${cls instanceof PyType ? cls.name : 'X'} is not a subtype of str`);
  }
  const [obj, encoding, errors] = parseArgs('str', args, kwargs, { names: ['object', 'encoding', 'errors'] });
  let value: string;
  if (obj === undefined) value = '';
  else if (encoding === undefined && errors === undefined) {
    // str(x) returns what x.__str__ returned, a str subclass instance included (as CPython).
    if (cls === strType) return strObject(vm, obj);
    value = toStr(vm, obj);
  }
  else {
    const enc = encoding === undefined ? 'utf-8' : needStr(encoding, () => `str() argument 'encoding' must be str, not ${argTypeName(encoding)}`);
    const err = errors === undefined ? 'strict' : needStr(errors, () => `str() argument 'errors' must be str, not ${argTypeName(errors)}`);
    if (obj instanceof PyBytes || obj instanceof PyByteArray) value = decodeBytes(obj.data, enc, err, vm);
    else if (bufferBytes(obj) !== undefined) value = decodeBytes(bufferBytes(obj)!, enc, err, vm);
    else if (strVal(obj) !== undefined) throw typeError('decoding str is not supported');
    else throw typeError(`decoding to str: need a bytes-like object, ${typeOf(obj).tpName} found`);
  }
  return cls === strType ? value : new PyStrSub(value, cls);
};

/** str.maketrans(x[, y[, z]]). */
const str_maketrans: NativeFn = (vm, args, kwargs) => {
  noKwargs('str.maketrans', kwargs);
  checkArgCount('maketrans', args, 1, 3, 0);
  const out = new PyDict();
  if (args.length === 1) {
    const m = args[0];
    if (!(m instanceof PyDict)) throw typeError('if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of m.entries()) {
      const ks = strVal(k);
      if (ks !== undefined) {
        if (strLength(ks) !== 1) throw valueError('string keys in translate table must be of length 1');
        out.set(vm, ks.codePointAt(0)!, v);
      } else if (typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean') out.set(vm, k, v);
      else throw typeError('keys in translate table must be strings or integers');
    }
    return out;
  }
  const x = needStr(args[0], () => 'first maketrans argument must be a string if there is a second argument');
  const y = needStr(args[1], () => `maketrans() argument 2 must be str, not ${argTypeName(args[1])}`);
  const xs = Array.from(x);
  const ys = Array.from(y);
  if (xs.length !== ys.length) throw valueError('the first two maketrans arguments must have equal length');
  for (let i = 0; i < xs.length; i++) out.set(vm, xs[i].codePointAt(0)!, ys[i].codePointAt(0)!);
  if (args.length === 3) {
    const z = needStr(args[2], () => `maketrans() argument 3 must be str, not ${argTypeName(args[2])}`);
    for (const ch of z) out.set(vm, ch.codePointAt(0)!, None);
  }
  return out;
};

function translate(vm: VM, s: string, table: PyObject): string {
  // A plain dict is read without raising a KeyError per unmapped character.
  const plainDict = table instanceof PyDict && table.cls === dictType ? table : null;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    let v: PyObject;
    if (plainDict !== null) {
      const found = plainDict.get(vm, cp);
      if (found === undefined) {
        out += ch;
        continue;
      }
      v = found;
    } else {
      try {
        v = getItem(vm, table, cp);
      } catch (e) {
        if (e instanceof PyBaseException && e.cls.isSubtypeOf(LookupError)) {
          out += ch;
          continue;
        }
        throw e;
      }
    }
    if (v === None) continue;
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
      const n = Number(v);
      if (n < 0 || n > 0x10ffff) throw valueError('character mapping must be in range(0x110000)');
      out += String.fromCodePoint(n);
      continue;
    }
    const sv = strVal(v);
    if (sv === undefined) throw typeError('character mapping must return integer, None or str');
    out += sv;
  }
  return out;
}

/** s.zfill(width). */
function zfill(vm: VM, s: string, widthObj: PyObject): string {
  const width = widthArg(vm, widthObj);
  const len = strLength(s);
  if (len >= width) return s;
  const fill = '0'.repeat(width - len);
  if (s[0] === '+' || s[0] === '-') return s[0] + fill + s.slice(1);
  return fill + s;
}

/** s.partition(sep) / s.rpartition(sep). */
function partition(self: PyObject, sepObj: PyObject, reverse: boolean): PyObject {
  const s = strVal(self)!;
  const sep = needStr(sepObj, mustBeStr(sepObj));
  if (sep.length === 0) throw valueError('empty separator');
  const i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
  // Not found: the object itself, a str subclass's instance included, as CPython's.
  if (i < 0) return reverse ? newTuple(['', '', self]) : newTuple([self, '', '']);
  return newTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
}

/** s.removeprefix(p) / s.removesuffix(p). */
function removeAffix(s: string, p: PyObject, suffix: boolean): string {
  const pv = needStr(p, () => `${suffix ? 'removesuffix' : 'removeprefix'}() argument must be str, not ${argTypeName(p)}`);
  if (pv.length === 0) return s;
  if (suffix) return s.endsWith(pv) ? s.slice(0, s.length - pv.length) : s;
  return s.startsWith(pv) ? s.slice(pv.length) : s;
}

let installed = false;

export function installStrMethods(): void {
  if (installed) return;
  installed = true;
  const t = strType;
  defNew(t, str_new);
  // str(x): what str_new does for one argument.
  t.call1 = strObject;
  // An int, bool or str has no __str__ of the program's.
  t.plain1 = (vm, o) => (typeof o !== 'object' ? strObject(vm, o) : undefined);
  defMethod(t, '__repr__', (vm, args, kwargs) => {
    wrapperArgs(args, 0, 1, kwargs, 'str.__repr__');
    return strRepr(selfStr(args));
  });
  defMethod(t, '__str__', (vm, args, kwargs) => {
    wrapperArgs(args, 0, 1, kwargs, 'str.__str__');
    return selfStr(args);
  });
  defMethod(t, '__hash__', (vm, args, kwargs) => {
    wrapperArgs(args, 0, 1, kwargs, 'str.__hash__');
    return strHash(selfStr(args));
  });
  defMethod(t, '__eq__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, 'str.__eq__');
    const b = strVal(args[1]);
    return b === undefined ? NotImplemented : selfStr(args) === b;
  });
  defMethod(t, '__ne__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, 'str.__ne__');
    const b = strVal(args[1]);
    return b === undefined ? NotImplemented : selfStr(args) !== b;
  });
  defMethod(t, '__lt__', compareMethod('__lt__', (c) => c < 0));
  defMethod(t, '__le__', compareMethod('__le__', (c) => c <= 0));
  defMethod(t, '__gt__', compareMethod('__gt__', (c) => c > 0));
  defMethod(t, '__ge__', compareMethod('__ge__', (c) => c >= 0));
  defMethod(t, '__len__', (vm, args, kwargs) => {
    wrapperArgs(args, 0, 1, kwargs, 'str.__len__');
    return strLength(selfStr(args));
  });
  defMethod(t, '__getitem__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, 'str.__getitem__');
    return strGetItem(vm, selfStr(args), args[1]);
  }, { call2: (vm, self, key) => strGetItem(vm, strVal(self)!, key) });
  defMethod(t, '__contains__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, 'str.__contains__');
    const b = strVal(args[1]);
    if (b === undefined) throw typeError(`'in <string>' requires string as left operand, not ${typeOf(args[1]).tpName}`);
    return selfStr(args).includes(b);
  });
  defMethod(t, '__iter__', (vm, args, kwargs) => {
    wrapperArgs(args, 0, 1, kwargs, 'str.__iter__');
    const it = new PyStrIterator(selfStr(args));
    // A str subclass's value is never CPython's compact ASCII form: its iterator is str_iterator.
    if (typeof args[0] !== 'string') it.cls = strUnicodeIteratorType;
    return it;
  });
  defMethod(t, '__add__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, 'str.__add__');
    const b = strVal(args[1]);
    return b === undefined ? NotImplemented : selfStr(args) + b;
  });
  const mul: NativeFn = (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, 'str.__mul__');
    const n = args[1];
    if (typeof n !== 'number' && typeof n !== 'bigint' && typeof n !== 'boolean' && typeOf(n).lookup('__index__') === undefined) {
      return NotImplemented;
    }
    return repeatStr(selfStr(args), indexSizeExact(vm, n));
  };
  defMethod(t, '__mul__', mul);
  defMethod(t, '__rmul__', mul);
  defMethod(t, '__mod__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, 'str.__mod__');
    return percentFormatObject(vm, selfStr(args), args[1]);
  });
  defMethod(t, '__rmod__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, 'str.__rmod__');
    const other = strVal(args[1]);
    return other === undefined ? NotImplemented : percentFormatObject(vm, other, args[0]);
  });
  defMethod(t, '__format__', (vm, args, kwargs) => {
    const spec = oneArg('str.__format__', args, kwargs);
    if (typeof spec !== 'string') throw typeError(`__format__() argument must be str, not ${argTypeName(spec)}`);
    // An empty spec is str(self), so a subclass's __str__ shows, as in CPython.
    if (spec === '') return toStr(vm, args[0]);
    return formatStrSpec(vm, selfStr(args), spec);
  });
  defMethod(t, '__getnewargs__', (vm, args) => newTuple([selfStr(args)]));
  defMethod(t, '__sizeof__', (vm, args, kwargs) => {
    noArgs('str.__sizeof__', args, kwargs);
    return 49 + strLength(selfStr(args));
  });

  for (const [name, reverse] of [['split', false], ['rsplit', true]] as const) {
    const call1 = (vm: VM, self: PyObject) => splitStr(vm, strVal(self)!, undefined, undefined, reverse);
    const call2 = (vm: VM, self: PyObject, sep: PyObject) => splitStr(vm, strVal(self)!, sep, undefined, reverse);
    const call3 = (vm: VM, self: PyObject, sep: PyObject, maxsplit: PyObject) => splitStr(vm, strVal(self)!, sep, maxsplit, reverse);
    defMethod(t, name, (vm, args, kwargs) => doSplit(vm, name, args, kwargs, reverse), {
      call1, call2, call3,
      // A maxsplit other than an int may run its __index__.
      plain1: call1, plain2: call2, plain3: (vm, self, sep, maxsplit) => (typeof maxsplit === 'number' ? call3(vm, self, sep, maxsplit) : undefined),
    });
  }
  defMethod(t, 'splitlines', (vm, args, kwargs) => {
    const [ke] = parseArgs('splitlines', args, kwargs, { names: ['keepends'] });
    const keep = ke === undefined ? false : index(vm, ke) !== 0;
    return new PyList(splitLines(selfStr(args), keep));
  });
  defMethod(t, 'join', (vm, args, kwargs) => joinStr(vm, selfStr(args), oneArg('str.join', args, kwargs)), {
    call2: (vm, self, iterable) => joinStr(vm, strVal(self)!, iterable),
    // Any other iterable is iterated, which may run tpy code (a generator).
    plain2: (vm, self, iterable) => ((iterable instanceof PyList || iterable instanceof PyTuple) && !iterable.cls.isHeapType ? joinStr(vm, strVal(self)!, iterable) : undefined),
  });
  for (const [name, left, right] of [['strip', true, true], ['lstrip', true, false], ['rstrip', false, true]] as const) {
    defMethod(t, name, (vm, args, kwargs) => stripChars(vm, name, args, kwargs, left, right), {
      call1: (vm, self) => stripStr(name, strVal(self)!, undefined, left, right),
      call2: (vm, self, chars) => stripStr(name, strVal(self)!, chars, left, right),
      plain: true,
    });
  }
  defMethod(t, 'replace', (vm, args, kwargs) => {
    noKwargs('str.replace', kwargs);
    checkArgCount('replace', args, 2, 3);
    const old = needStr(args[1], () => `replace() argument 1 must be str, not ${argTypeName(args[1])}`);
    const rep = needStr(args[2], () => `replace() argument 2 must be str, not ${argTypeName(args[2])}`);
    const count = args.length > 3 ? maxsplitArg(vm, args[3]) : -1;
    return replaceStr(selfStr(args), old, rep, count);
  }, {
    call3: (vm, self, oldObj, repObj) => {
      const old = needStr(oldObj, () => `replace() argument 1 must be str, not ${argTypeName(oldObj)}`);
      const rep = needStr(repObj, () => `replace() argument 2 must be str, not ${argTypeName(repObj)}`);
      return replaceStr(strVal(self)!, old, rep, -1);
    },
    plain: true,
  });
  for (const [name, reverse, raise] of [['find', false, false], ['rfind', true, false], ['index', false, true], ['rindex', true, true]] as const) {
    defMethod(t, name, (vm, args, kwargs) => {
      noKwargs(`str.${name}`, kwargs);
      checkArgs(name, args, 1, 3);
      const r = findIn(vm, selfStr(args), args, reverse);
      if (r < 0 && raise) throw valueError('substring not found');
      return r;
    }, {
      call2: (vm, self, sub) => {
        const r = typeof sub === 'string' ? findWhole(strVal(self)!, sub, reverse) : findIn(vm, strVal(self)!, [self, sub], reverse);
        if (r < 0 && raise) throw valueError('substring not found');
        return r;
      },
      // index's ValueError handed back without a throw (function.ts RAISED).
      plain2: (vm, self, sub) => {
        const r = typeof sub === 'string' ? findWhole(strVal(self)!, sub, reverse) : findIn(vm, strVal(self)!, [self, sub], reverse);
        return r < 0 && raise ? raisedPlain(vm, valueError('substring not found')) : r;
      },
      plain: true,
    });
  }
  defMethod(t, 'count', (vm, args, kwargs) => {
    noKwargs('str.count', kwargs);
    checkArgs('count', args, 1, 3);
    return countIn(vm, selfStr(args), args);
  }, {
    call2: (vm, self, sub) => (typeof sub === 'string' && sub.length !== 0 ? countWhole(strVal(self)!, sub) : countIn(vm, strVal(self)!, [self, sub])),
    plain: true,
  });
  for (const [name, atEnd] of [['startswith', false], ['endswith', true]] as const) {
    const fname = `str.${name}`;
    defMethod(t, name, (vm, args, kwargs) => {
      noKwargs(fname, kwargs);
      return tailMatch(vm, name, selfStr(args), args, atEnd);
    }, {
      call2: (vm, self, prefix) => {
        // The common case, a str prefix: no window to cut.
        const s = strVal(self)!;
        if (typeof prefix === 'string') return atEnd ? s.endsWith(prefix) : s.startsWith(prefix);
        return tailMatch(vm, name, s, [self, prefix], atEnd);
      },
      plain: true,
    });
  }
  transform('upper', strUpper);
  transform('lower', strLower);
  transform('title', strTitle);
  transform('capitalize', strCapitalize);
  transform('swapcase', strSwapcase);
  transform('casefold', strCasefold);
  for (const [name, how] of [['center', 'c'], ['ljust', 'l'], ['rjust', 'r']] as const) {
    defMethod(t, name, (vm, args, kwargs) => pad(vm, name, args, kwargs, how), {
      call2: (vm, self, width) => padStr(vm, name, strVal(self)!, width, undefined, how),
      call3: (vm, self, width, fill) => padStr(vm, name, strVal(self)!, width, fill, how),
      // A width other than an int may run its __index__.
      plain2: (vm, self, width) => (typeof width === 'number' ? padStr(vm, name, strVal(self)!, width, undefined, how) : undefined),
      plain3: (vm, self, width, fill) => (typeof width === 'number' ? padStr(vm, name, strVal(self)!, width, fill, how) : undefined),
    });
  }
  defMethod(t, 'zfill', (vm, args, kwargs) => zfill(vm, selfStr(args), oneArg('str.zfill', args, kwargs)), {
    call2: (vm, self, width) => zfill(vm, strVal(self)!, width),
    plain2: (vm, self, width) => (typeof width === 'number' ? zfill(vm, strVal(self)!, width) : undefined),
  });
  for (const [name, reverse] of [['partition', false], ['rpartition', true]] as const) {
    const fname = `str.${name}`;
    defMethod(t, name, (vm, args, kwargs) => partition(args[0], oneArg(fname, args, kwargs), reverse), {
      call2: (vm, self, sep) => partition(self, sep, reverse),
      plain: true,
    });
  }
  predicate('isdigit', (s) => allChars(s, isDigitChar));
  predicate('isdecimal', (s) => allChars(s, isDecimalChar));
  predicate('isnumeric', (s) => allChars(s, isNumericChar));
  predicate('isalpha', (s) => allChars(s, isAlphaChar));
  predicate('isalnum', (s) => allChars(s, isAlnumChar));
  predicate('isspace', (s) => allChars(s, (ch) => isSpaceCode(ch.charCodeAt(0))));
  predicate('isupper', strIsUpper);
  predicate('islower', strIsLower);
  predicate('istitle', strIsTitle);
  predicate('isidentifier', isIdentifier);
  predicate('isprintable', (s) => s.length === 0 || allChars(s, isPrintableChar));
  predicate('isascii', (s) => {
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
    return true;
  });
  defMethod(t, 'expandtabs', (vm, args, kwargs) => {
    const [ts] = parseArgs('expandtabs', args, kwargs, { names: ['tabsize'] });
    const n = ts === undefined ? 8 : index(vm, ts);
    return expandTabs(selfStr(args), typeof n === 'bigint' ? Number.MAX_SAFE_INTEGER : n);
  });
  // A format string with no markup at all is returned itself (CPython's writer shares it),
  // so a str subclass instance stays one.
  const format = (vm: VM, self: PyObject, text: string, args: PyObject[], kwargs: KwArgs | null): PyObject =>
    text.includes('{') || text.includes('}') ? strFormat(vm, text, args, kwargs) : self;
  defMethod(t, 'format', (vm, args, kwargs) => format(vm, args[0], selfStr(args), args.slice(1), kwargs), {
    call1: (vm, self) => format(vm, self, strVal(self)!, [], null),
    call2: (vm, self, a) => format(vm, self, strVal(self)!, [a], null),
    call3: (vm, self, a, b) => format(vm, self, strVal(self)!, [a, b], null),
  });
  defMethod(t, 'format_map', (vm, args, kwargs) => strFormat(vm, selfStr(args), [], oneArg('str.format_map', args, kwargs)));
  defMethod(t, 'encode', (vm, args, kwargs) => {
    const [enc, err] = parseArgs('encode', args, kwargs, { names: ['encoding', 'errors'] });
    const e = enc === undefined ? 'utf-8' : needStr(enc, () => `encode() argument 'encoding' must be str, not ${argTypeName(enc)}`);
    const r = err === undefined ? 'strict' : needStr(err, () => `encode() argument 'errors' must be str, not ${argTypeName(err)}`);
    return new PyBytes(encodeString(selfStr(args), e, r, vm));
  }, {
    // s.encode() and s.encode('ascii'): no argument parsing.
    // utf-8 is built in, not looked up (as CPython's fast path for it; another encoding may be
    // looked up in tpy code's codec registry).
    call1: (vm, self) => new PyBytes(encodeUtf8(strVal(self)!, 'strict')),
    plain1: (vm, self) => new PyBytes(encodeUtf8(strVal(self)!, 'strict')),
    call2: (vm, self, enc) => new PyBytes(encodeString(strVal(self)!, needStr(enc, () => `encode() argument 'encoding' must be str, not ${argTypeName(enc)}`), 'strict', vm)),
  });
  defStaticMethod(t, 'maketrans', str_maketrans);
  defMethod(t, 'translate', (vm, args, kwargs) => translate(vm, selfStr(args), oneArg('str.translate', args, kwargs)));
  defMethod(t, 'removeprefix', (vm, args, kwargs) => removeAffix(selfStr(args), oneArg('str.removeprefix', args, kwargs), false), {
    call2: (vm, self, p) => removeAffix(strVal(self)!, p, false),
    plain: true,
  });
  defMethod(t, 'removesuffix', (vm, args, kwargs) => removeAffix(selfStr(args), oneArg('str.removesuffix', args, kwargs), true), {
    call2: (vm, self, p) => removeAffix(strVal(self)!, p, true),
    plain: true,
  });
}
