// list.sort and sorted(): a stable sort comparing with `<` only (CPython's listsort).
//
// V8's Array.prototype.sort is a stable TimSort, as CPython's, and is given the
// comparator `less(a, b) ? -1 : 0`. As CPython's unsafe_*_compare, the sort first
// looks at the keys: when they are all of one kind whose `<` needs no dispatch (ints,
// floats, strs without surrogates), or all exact tuples, it compares them directly
// with exactly the answers pyLess would give, falling back to pyLess for a tuple item
// of any other kind, so the result (and for user objects, the sequence of comparisons)
// is unchanged. Without side effects to keep in order, ints sort as a typed array, and int
// keys and tuples of ints and strs (as keys or as the items) by a merge sort of indexes
// over the keys' columns: any stable sort gives the same list.

import { PyObj, type PyObject } from '../objects/object.js';
import { PyFunction, PyMethodDescriptor } from '../objects/function.js';
import { PyType } from '../objects/type.js';
import { typeOf } from '../ops/typeof.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { PyFloat, floatType } from '../objects/float.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { valueError } from '../objects/exceptions.js';
import { tupleType } from '../objects/tuple.js';
import { callCompareMethod, pyLess, strCompare } from '../ops/compare.js';
import { truthy } from '../ops/convert.js';
import { noSurrogate } from '../ops/str_surrogates.js';
import { call, callFixed } from '../ops/call.js';
import { bitsFor, radixSortKeys, radixSortOrder } from './radix_sort.js';
import type { VM } from '../vm.js';

type Compare = (a: PyObject, b: PyObject) => number;

/** The kinds of key a sort can compare without dispatch. */
const enum Kind { None, Number, Int, Float, Str, Other }

/** Whether s holds a surrogate unit (str_surrogates.ts: a loop for a word, a RegExp test for a line). */
function hasSurrogate(s: string): boolean {
  return !noSurrogate(s);
}

/** The kind of one key: Number for a JS number, Int for a bigint (mixed: Int), ... */
function kindOf(o: PyObject): Kind {
  switch (typeof o) {
    case 'number': return Kind.Number;
    case 'bigint': return Kind.Int;
    // UTF-16 order is code point order unless a surrogate is involved.
    case 'string': return hasSurrogate(o) ? Kind.Other : Kind.Str;
    case 'object': return o instanceof PyFloat && o.cls === floatType ? Kind.Float : Kind.Other;
  }
  return Kind.Other; // bool: True == 1 would matter inside tuples
}

/** The kind all of `keys` share (Number and Int mix as Int), or Other: in chunks, each a call (see CHUNK). */
function commonKind(keys: PyObject[]): Kind {
  let kind = Kind.None;
  for (let lo = 0; lo < keys.length && kind !== Kind.Other; lo += CHUNK) kind = commonKindIn(keys, kind, lo, Math.min(lo + CHUNK, keys.length));
  return kind;
}

/** The kind keys[lo..hi) share with `kind` (None: no key yet). */
function commonKindIn(keys: PyObject[], kind: Kind, lo: number, hi: number): Kind {
  for (let i = lo; i < hi; i++) {
    const k = kindOf(keys[i]);
    if (k === kind) continue;
    if (k === Kind.Other) return Kind.Other;
    if (kind === Kind.None) kind = k;
    else if ((k === Kind.Number || k === Kind.Int) && (kind === Kind.Number || kind === Kind.Int)) kind = Kind.Int;
    else return Kind.Other;
  }
  return kind;
}

const lessNumber: Compare = (a, b) => ((a as number | bigint | string) < (b as number | bigint | string) ? -1 : 0);
const lessFloat: Compare = (a, b) => ((a as PyFloat).value < (b as PyFloat).value ? -1 : 0);

/** A comparator giving pyLess's answers for keys all of `kind`. */
function scalarCompare(vm: VM, kind: Kind): Compare {
  switch (kind) {
    case Kind.Number: case Kind.Int: case Kind.Str: return lessNumber;
    case Kind.Float: return lessFloat;
  }
  return (a, b) => (pyLess(vm, a, b) ? -1 : 0);
}

/**
 * Tuple `<` as sequenceCompare decides it, for exact tuples: pairs of ints, strs or floats
 * are compared directly (equal ones skipped); at any other pair, pyLess on the whole tuples
 * (the pairs before it compared without side effects).
 */
function tupleLess(vm: VM): Compare {
  return (a, b) => {
    const xs = (a as PyTuple).items;
    const ys = (b as PyTuple).items;
    const n = Math.min(xs.length, ys.length);
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const y = ys[i];
      if (x === y) continue;
      if ((typeof x === 'number' || typeof x === 'bigint') && (typeof y === 'number' || typeof y === 'bigint')) return x < y ? -1 : 0;
      if (typeof x === 'string' && typeof y === 'string') return strCompare(x, y) < 0 ? -1 : 0;
      if (x instanceof PyFloat && y instanceof PyFloat && x.cls === floatType && y.cls === floatType) {
        if (x.value === y.value) continue;
        return x.value < y.value ? -1 : 0;
      }
      return pyLess(vm, a, b) ? -1 : 0;
    }
    return xs.length < ys.length ? -1 : 0;
  };
}

/** The comparator for a sort of `keys`, all of `kind` (see commonKind). */
function comparatorFor(vm: VM, keys: PyObject[], kind: Kind): Compare {
  if (kind !== Kind.Other) return scalarCompare(vm, kind);
  let tuples = true;
  for (let i = 0; i < keys.length && tuples; i++) {
    const k = keys[i];
    tuples = k instanceof PyTuple && k.cls === tupleType;
  }
  if (tuples) return tupleLess(vm);
  const t = sharedHeapType(keys);
  return t !== null ? sameTypeLess(vm, t) : (a, b) => (pyLess(vm, a, b) ? -1 : 0);
}

/** The class all of `keys` are exact instances of, when it is a class statement's; else null. */
function sharedHeapType(keys: PyObject[]): PyType | null {
  if (keys.length === 0) return null;
  const t = typeOf(keys[0]);
  if (!t.isHeapType) return null;
  for (let i = 1; i < keys.length; i++) if (typeOf(keys[i]) !== t) return null;
  return t;
}

/**
 * CPython's unsafe_object_compare, for keys all of one class: the class's __lt__ is called
 * directly (slot_tp_richcompare), not through PyObject_RichCompare, so a comparison takes no
 * recursion level of its own; only a NotImplemented (or a key whose class changed) goes the
 * whole way (the reflected __gt__, the TypeError), as safe_object_compare does.
 */
function sameTypeLess(vm: VM, t: PyType): Compare {
  return (a, b) => {
    const m = typeOf(a) === t ? t.lookup('__lt__') : undefined;
    const r = m === undefined ? NotImplemented : callCompareMethod(vm, a, m, b);
    if (r === NotImplemented) return pyLess(vm, a, b) ? -1 : 0;
    return (typeof r === 'boolean' ? r : truthy(vm, r)) ? -1 : 0;
  };
}

/**
 * The keys as columns for sortIndexesByColumns when their `<` needs no dispatch and has no
 * side effects: ints that are JS numbers, floats when none is a NaN (with a NaN, `<` is no
 * order, and only CPython's own algorithm gives its answer), or tuples of ints and strs;
 * null otherwise (strs alone sort faster through V8's sort and lessNumber).
 */
function keyColumns(keys: PyObject[], kind: Kind): Column[] | null {
  switch (kind) {
    case Kind.Number: return [Float64Array.from(keys as number[])];
    case Kind.Float: {
      const col = new Float64Array(keys.length);
      for (let i = 0; i < keys.length; i++) {
        const v = (keys[i] as PyFloat).value;
        if (v !== v) return null;
        col[i] = v;
      }
      return [col];
    }
    case Kind.Other: return tupleColumns(keys);
  }
  return null;
}

/**
 * The columns of keys that are all exact tuples of one length (at most MAX_COLUMNS) whose
 * items are ints that are JS numbers, or strs without surrogates, the same kind down each
 * column: tuple `<` on them is the columns' `<` in turn, with no `<` of their own to run
 * (CPython's unsafe_tuple_compare). Null for any other keys.
 */
function tupleColumns(keys: PyObject[]): Column[] | null {
  const first = keys[0];
  if (!(first instanceof PyTuple) || first.cls !== tupleType) return null;
  const width = first.items.length;
  if (width === 0 || width > MAX_COLUMNS) return null;
  const n = keys.length;
  const cols: Column[] = [];
  for (let c = 0; c < width; c++) {
    const x = first.items[c];
    if (typeof x === 'number') cols.push(new Float64Array(n));
    else if (typeof x === 'string') cols.push(new Array<string>(n));
    else return null;
  }
  for (let lo = 0; lo < n; lo += CHUNK) if (!fillColumns(keys, cols, lo, Math.min(lo + CHUNK, n))) return null;
  return cols;
}

/** tupleColumns for keys[lo..hi), in chunks, each a call (see CHUNK); false for a key that does not fit. */
function fillColumns(keys: PyObject[], cols: Column[], lo: number, hi: number): boolean {
  const width = cols.length;
  for (let i = lo; i < hi; i++) {
    const k = keys[i];
    if (!(k instanceof PyTuple) || k.cls !== tupleType || k.items.length !== width) return false;
    for (let c = 0; c < width; c++) {
      const x = k.items[c];
      const col = cols[c];
      if (col instanceof Float64Array) {
        if (typeof x !== 'number') return false;
        col[i] = x;
      } else {
        if (typeof x !== 'string' || hasSurrogate(x)) return false;
        col[i] = x;
      }
    }
  }
  return true;
}

/** One position of the keys: ints as doubles (they are safe integers), or strs. */
type Column = Float64Array | string[];

const MAX_COLUMNS = 8;

/** keys[a] < keys[b], the columns compared in turn (equal ones skipped). */
function columnsLess(cols: Column[], a: number, b: number): boolean {
  for (let c = 0; c < cols.length; c++) {
    const col = cols[c];
    const x = col[a];
    const y = col[b];
    if (x < y) return true;
    if (x > y) return false;
  }
  return false;
}

/**
 * A stable sort of `order` (indexes into the keys) by the keys as columns: a bottom-up
 * merge sort over typed arrays, with no comparator calls (the keys have no `<` of their own
 * to run, and a stable sort gives the list CPython's does). Its runs and merges are functions
 * of their own, called many times: V8 optimises a function when it is called, and (tpy turns
 * off on-stack replacement, see bin/tpy) one long loop in a single call would run unoptimised
 * to its end.
 */
function sortIndexesByColumns(cols: Column[], order: Int32Array): Int32Array {
  const n = order.length;
  let src: Int32Array = order;
  let dst: Int32Array = new Int32Array(n);
  const one = cols.length === 1 && cols[0] instanceof Float64Array ? cols[0] : null;
  for (let lo = 0; lo < n; lo += RUN) {
    if (one !== null) insertionSortRun(one, src, lo, Math.min(lo + RUN, n));
    else insertionSortRunColumns(cols, src, lo, Math.min(lo + RUN, n));
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      if (one !== null) mergeRuns(one, src, dst, lo, mid, hi);
      else mergeRunsColumns(cols, src, dst, lo, mid, hi);
    }
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}

/**
 * What sortIndexesByColumns returns, for columns of ints whose ranges fit in a double together:
 * each key and its place in the start order packed into one exact integer (the columns in
 * turn, then the place), sorted by V8's typed-array sort. That sort is native code, fast from
 * its first call, where the merge sort's loops run unoptimised until V8 has compiled them (in
 * a program that sorts a few long lists once each, most of the sort). Null when the keys do
 * not fit (a float, a range too wide).
 */
function packedOrder(cols: Column[], n: number, reverse: boolean): Int32Array | null {
  if (n > MAX_PACKED) return null;
  const ranges = columnRanges(cols, n);
  if (ranges === null) return null;
  const { lows, spans } = ranges;
  let total = n;
  for (const span of spans) total *= span;
  if (!(total <= Number.MAX_SAFE_INTEGER)) return null; // NaN too: a column of infinities
  const packed = new Float64Array(n);
  for (let lo = 0; lo < n; lo += CHUNK) pack(cols as Float64Array[], lows, spans, packed, reverse, lo, Math.min(lo + CHUNK, n));
  packed.sort();
  const order = new Int32Array(n);
  for (let lo = 0; lo < n; lo += CHUNK) unpack(packed, order, reverse, lo, Math.min(lo + CHUNK, n));
  return order;
}

/** Each column's least value and span (max - min + 1), when all are columns of integers; null otherwise. */
function columnRanges(cols: Column[], n: number): { lows: number[]; spans: number[] } | null {
  const lows: number[] = [];
  const spans: number[] = [];
  const range = new Float64Array(3);
  for (const col of cols) {
    if (!(col instanceof Float64Array)) return null;
    range[0] = Infinity;
    range[1] = -Infinity;
    range[2] = 0;
    for (let lo = 0; lo < n; lo += CHUNK) scanRange(col, range, lo, Math.min(lo + CHUNK, n));
    if (range[2] !== 0) return null;
    lows.push(range[0]);
    spans.push(range[1] - range[0] + 1);
  }
  return { lows, spans };
}

/**
 * What sortIndexesByColumns returns, for columns of ints whose ranges together fit in 32 bits
 * (the keys as one number, the columns in turn): a stable radix sort of the start order by that
 * number (radix_sort.ts). Null when they do not fit, or for short lists.
 */
function radixOrder(cols: Column[], n: number, reverse: boolean): Int32Array | null {
  if (n < RADIX_MIN) return null;
  const ranges = columnRanges(cols, n);
  if (ranges === null) return null;
  const { lows, spans } = ranges;
  let total = 1;
  for (const span of spans) total *= span;
  if (!(total <= 2 ** 32)) return null;
  const keys = new Uint32Array(n);
  const order = new Int32Array(n);
  for (let lo = 0; lo < n; lo += CHUNK) packKeys(cols as Float64Array[], lows, spans, keys, order, reverse, lo, Math.min(lo + CHUNK, n));
  return radixSortOrder(keys, order, bitsFor(total));
}

/** Lists shorter than this sort as before (a radix sort's passes cost more than they save there). */
const RADIX_MIN = 256;

/** The keys of rows lo..hi as one number each (see radixOrder), and their start order (see startOrder). */
function packKeys(cols: Float64Array[], lows: number[], spans: number[], keys: Uint32Array, order: Int32Array, reverse: boolean, lo: number, hi: number): void {
  const n = keys.length;
  const w = cols.length;
  for (let i = lo; i < hi; i++) {
    // The start order reversed for a reversed sort: its keys go with it.
    const row = reverse ? n - 1 - i : i;
    let k = cols[0][row] - lows[0];
    for (let c = 1; c < w; c++) k = k * spans[c] + (cols[c][row] - lows[c]);
    keys[i] = k;
    order[i] = row;
  }
}

/**
 * Sorts `items`, ints that are JS numbers whose range fits in 32 bits, by a radix sort of
 * their offsets from the least; false (items untouched) when the range does not fit.
 */
function radixSortNumbers(items: PyObject[], reverse: boolean): boolean {
  const n = items.length;
  const range = new Float64Array(3);
  range[0] = Infinity;
  range[1] = -Infinity;
  for (let lo = 0; lo < n; lo += CHUNK) scanNumbers(items as number[], range, lo, Math.min(lo + CHUNK, n));
  const min = range[0];
  const span = range[1] - min + 1;
  if (range[2] !== 0 || !(span <= 2 ** 32)) return false;
  const keys = new Uint32Array(n);
  for (let lo = 0; lo < n; lo += CHUNK) offsetsFrom(items as number[], min, keys, lo, Math.min(lo + CHUNK, n));
  const sorted = radixSortKeys(keys, bitsFor(span));
  for (let lo = 0; lo < n; lo += CHUNK) restoreNumbers(items as number[], sorted, min, reverse, lo, Math.min(lo + CHUNK, n));
  return true;
}

/** scanRange over items[lo..hi) (JS numbers): its own copy, so that each loop sees one kind of array (V8 keeps both monomorphic). */
function scanNumbers(items: number[], range: Float64Array, lo: number, hi: number): void {
  let min = range[0];
  let max = range[1];
  for (let i = lo; i < hi; i++) {
    const x = items[i];
    if (x < min) min = x;
    if (x > max) max = x;
    if (x !== Math.floor(x)) range[2] = 1;
  }
  range[0] = min;
  range[1] = max;
}

function offsetsFrom(items: number[], min: number, keys: Uint32Array, lo: number, hi: number): void {
  for (let i = lo; i < hi; i++) keys[i] = items[i] - min;
}

function restoreNumbers(items: number[], sorted: Uint32Array, min: number, reverse: boolean, lo: number, hi: number): void {
  const last = items.length - 1;
  if (reverse) for (let i = lo; i < hi; i++) items[last - i] = sorted[i] + min;
  else for (let i = lo; i < hi; i++) items[i] = sorted[i] + min;
}

/** Lists longer than this sort by merging (a place needs more than 24 bits of the double's 53). */
const MAX_PACKED = 1 << 24;

/** range[0..1] widened to col[lo..hi)'s min and max; range[2] set when one is not an integer. */
function scanRange(col: Float64Array, range: Float64Array, lo: number, hi: number): void {
  let min = range[0];
  let max = range[1];
  for (let i = lo; i < hi; i++) {
    const x = col[i];
    if (x < min) min = x;
    if (x > max) max = x;
    if (x !== Math.floor(x)) range[2] = 1;
  }
  range[0] = min;
  range[1] = max;
}

function pack(cols: Float64Array[], lows: number[], spans: number[], packed: Float64Array, reverse: boolean, lo: number, hi: number): void {
  const n = packed.length;
  const w = cols.length;
  for (let i = lo; i < hi; i++) {
    let k = cols[0][i] - lows[0];
    for (let c = 1; c < w; c++) k = k * spans[c] + (cols[c][i] - lows[c]);
    packed[i] = k * n + (reverse ? n - 1 - i : i);
  }
}

function unpack(packed: Float64Array, order: Int32Array, reverse: boolean, lo: number, hi: number): void {
  const n = packed.length;
  for (let i = lo; i < hi; i++) {
    const place = packed[i] % n;
    order[i] = reverse ? n - 1 - place : place;
  }
}

/**
 * Sorts strs (no surrogates: `<` is code point order) by the merge sort of
 * sortIndexesByColumns, on the strs themselves: V8's sort calls a comparator per comparison,
 * which costs more than the comparison. Runs and merges are calls of their own, as there.
 */
function sortStrs(items: string[]): void {
  const n = items.length;
  if (strsSorted(items)) return;
  for (let lo = 0; lo < n; lo += RUN) insertionSortStrs(items, lo, Math.min(lo + RUN, n));
  if (n <= RUN) return;
  let src = items;
  let dst: string[] = items.slice();
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) mergeStrs(src, dst, lo, Math.min(lo + width, n), Math.min(lo + 2 * width, n));
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== items) for (let lo = 0; lo < n; lo += CHUNK) copyStrs(src, items, lo, Math.min(lo + CHUNK, n));
}

/**
 * Whether the strs are in order already (a list sorted again, or built in order): one pass,
 * as CPython's sort finds the list one run, where the merge sort would copy it log n times.
 * In chunks, each a call (see CHUNK).
 */
function strsSorted(items: string[]): boolean {
  for (let lo = 1; lo < items.length; lo += CHUNK) if (!strsSortedIn(items, lo, Math.min(lo + CHUNK, items.length))) return false;
  return true;
}

function strsSortedIn(items: string[], lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) if (items[i] < items[i - 1]) return false;
  return true;
}

function insertionSortStrs(a: string[], lo: number, hi: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= lo && v < a[j]) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

function mergeStrs(src: string[], dst: string[], lo: number, mid: number, hi: number): void {
  let i = lo;
  let j = mid;
  let o = lo;
  // Already in order (a sorted or nearly sorted list): one copy.
  if (mid >= hi || !(src[mid] < src[mid - 1])) {
    for (; o < hi; o++) dst[o] = src[o];
    return;
  }
  while (i < mid && j < hi) dst[o++] = src[j] < src[i] ? src[j++] : src[i++];
  while (i < mid) dst[o++] = src[i++];
  while (j < hi) dst[o++] = src[j++];
}

function copyStrs(src: string[], dst: string[], lo: number, hi: number): void {
  for (let i = lo; i < hi; i++) dst[i] = src[i];
}

/** The length of the runs sortIndexesByColumns sorts by insertion before merging. */
const RUN = 32;

// One column of numbers (sorting ints by key) has loops of its own: the common case, with
// the keys read straight from the typed array.

function insertionSortRun(keys: Float64Array, src: Int32Array, lo: number, hi: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const v = src[i];
    const k = keys[v];
    let j = i - 1;
    while (j >= lo && keys[src[j]] > k) {
      src[j + 1] = src[j];
      j--;
    }
    src[j + 1] = v;
  }
}

/** Merges the sorted runs src[lo..mid) and src[mid..hi) into dst[lo..hi); equal keys: the left run's first (stability). */
function mergeRuns(keys: Float64Array, src: Int32Array, dst: Int32Array, lo: number, mid: number, hi: number): void {
  let i = lo;
  let j = mid;
  let o = lo;
  while (i < mid && j < hi) dst[o++] = keys[src[j]] < keys[src[i]] ? src[j++] : src[i++];
  while (i < mid) dst[o++] = src[i++];
  while (j < hi) dst[o++] = src[j++];
}

function insertionSortRunColumns(cols: Column[], src: Int32Array, lo: number, hi: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const v = src[i];
    let j = i - 1;
    while (j >= lo && columnsLess(cols, v, src[j])) {
      src[j + 1] = src[j];
      j--;
    }
    src[j + 1] = v;
  }
}

function mergeRunsColumns(cols: Column[], src: Int32Array, dst: Int32Array, lo: number, mid: number, hi: number): void {
  let i = lo;
  let j = mid;
  let o = lo;
  while (i < mid && j < hi) dst[o++] = columnsLess(cols, src[j], src[i]) ? src[j++] : src[i++];
  while (i < mid) dst[o++] = src[i++];
  while (j < hi) dst[o++] = src[j++];
}

/** Sorts `items` in place by their own values. */
function sortValues(vm: VM, items: PyObject[], reverse: boolean): void {
  const kind = commonKind(items);
  if (kind === Kind.Number || kind === Kind.Str) {
    // Already in order, or in reverse order (a list sorted again, or reversed then sorted):
    // one pass, as CPython's sort finds the list one run. Equal ints or strs cannot be told
    // apart, so reversing a non-increasing list gives the sorted one.
    const order = monotonic(items as (number | string)[]);
    if (order !== 0) {
      if ((order < 0) !== reverse) items.reverse();
      return;
    }
  }
  if (kind === Kind.Number) {
    // Equal JS numbers cannot be told apart: any sort of the values gives the same list.
    if (items.length >= RADIX_MIN && radixSortNumbers(items, reverse)) return;
    const a = Float64Array.from(items as number[]).sort();
    if (reverse) a.reverse();
    for (let lo = 0; lo < a.length; lo += CHUNK) copyNumbers(items, a, lo, Math.min(lo + CHUNK, a.length));
    return;
  }
  if (kind === Kind.Str) {
    // Equal strs cannot be told apart: any sort, reversed after for `reverse`, gives CPython's list.
    sortStrs(items as string[]);
    if (reverse) items.reverse();
    return;
  }
  const cols = keyColumns(items, kind);
  if (cols !== null) {
    const order = radixOrder(cols, items.length, reverse) ?? packedOrder(cols, items.length, reverse) ?? sortIndexesByColumns(cols, startOrder(items.length, reverse));
    if (reverse) order.reverse();
    const values = items.slice();
    for (let lo = 0; lo < items.length; lo += CHUNK) permute(items, values, order, lo, Math.min(lo + CHUNK, items.length));
    return;
  }
  const cmp = comparatorFor(vm, items, kind);
  if (reverse) items.reverse();
  items.sort(cmp);
  if (reverse) items.reverse();
}

/**
 * 1 when `items` (ints or strs, all of one kind) never decrease, -1 when they never increase
 * (and are not all equal), 0 otherwise: in chunks, each a call (see CHUNK). A shuffled list
 * stops at its first pairs.
 */
function monotonic(items: (number | string)[]): number {
  const n = items.length;
  let up = true;
  for (let lo = 1; lo < n && up; lo += CHUNK) up = nonDecreasingIn(items, lo, Math.min(lo + CHUNK, n));
  if (up) return 1;
  for (let lo = 1; lo < n; lo += CHUNK) if (!nonIncreasingIn(items, lo, Math.min(lo + CHUNK, n))) return 0;
  return -1;
}

function nonDecreasingIn(items: (number | string)[], lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) if (items[i] < items[i - 1]) return false;
  return true;
}

function nonIncreasingIn(items: (number | string)[], lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) if (items[i] > items[i - 1]) return false;
  return true;
}

/** 0, 1, ... n - 1, or backwards for a reversed sort (CPython's way to keep equal keys in order). */
function startOrder(n: number, reverse: boolean): Int32Array {
  const o = new Int32Array(n);
  for (let i = 0; i < n; i++) o[i] = reverse ? n - 1 - i : i;
  return o;
}

/** Sorts `items` in place by key(item). */
function sortByKey(vm: VM, items: PyObject[], key: PyObject, reverse: boolean): void {
  const n = items.length;
  const keys: PyObject[] = new Array(n);
  for (let lo = 0; lo < n; lo += CHUNK) computeKeys(vm, key, items, keys, lo, Math.min(lo + CHUNK, n));
  const kind = commonKind(keys);
  // Reversed, sorted stably, reversed back: CPython's way to keep equal keys in order.
  let order: Int32Array | number[];
  const cols = keyColumns(keys, kind);
  if (cols !== null) order = radixOrder(cols, n, reverse) ?? packedOrder(cols, n, reverse) ?? sortIndexesByColumns(cols, startOrder(n, reverse));
  else {
    // Sorting indexes (small ints) is much faster in V8 than sorting [key, item] pairs.
    const cmp = comparatorFor(vm, keys, kind);
    order = new Array(n);
    for (let i = 0; i < n; i++) order[i] = reverse ? n - 1 - i : i;
    order.sort((i, j) => cmp(keys[i], keys[j]));
  }
  if (reverse) order.reverse();
  const values = items.slice();
  for (let lo = 0; lo < n; lo += CHUNK) permute(items, values, order, lo, Math.min(lo + CHUNK, n));
}

// The loops over every item run in chunks, each a call: V8 optimises a function when it is
// called (tpy turns off on-stack replacement), so a long sort's later chunks run optimised.
const CHUNK = 2048;

function computeKeys(vm: VM, key: PyObject, items: PyObject[], keys: PyObject[], lo: number, hi: number): void {
  const arg: PyObject[] = [None];
  if (key instanceof PyFunction) {
    // call()'s way to a tpy function, with one argument array (the call copies it into the frame).
    for (let i = lo; i < hi; i++) {
      vm.canPark = false;
      arg[0] = items[i];
      keys[i] = vm.callFunction(key, arg, null);
    }
    return;
  }
  // An object whose type's own __call__ is native with a one-argument entry (itemgetter,
  // attrgetter): the method call()'s lookup would find, called straight.
  if (key instanceof PyObj && !(key instanceof PyType)) {
    const m = typeOf(key).lookup('__call__');
    if (m instanceof PyMethodDescriptor && m.call2 !== null && m.owner === typeOf(key)) {
      for (let i = lo; i < hi; i++) keys[i] = m.call2(vm, key, items[i]);
      return;
    }
  }
  // A built-in key (len, str, str.lower, abs...) through its one-argument entry.
  for (let i = lo; i < hi; i++) {
    arg[0] = items[i];
    keys[i] = callFixed(vm, key, arg, 0, 1) ?? call(vm, key, [items[i]]);
  }
}

function permute(items: PyObject[], values: PyObject[], order: Int32Array | number[], lo: number, hi: number): void {
  for (let i = lo; i < hi; i++) items[i] = values[order[i]];
}

function copyNumbers(items: PyObject[], a: Float64Array, lo: number, hi: number): void {
  for (let i = lo; i < hi; i++) items[i] = a[i];
}

/** Marks, on the empty array a list holds while it is sorted, that code stored into it. */
const STORED_INTO = Symbol('stored into during sort');
// A store that grows the array and then shrinks it back (append then pop) leaves no trace in
// its length, yet CPython reports it (list_sort checks whether the list reallocated).
const watchStores: ProxyHandler<PyObject[]> = {
  set(target, prop, value) {
    (target as unknown as Record<symbol, boolean>)[STORED_INTO] = true;
    return Reflect.set(target, prop, value);
  },
};

/** Whether comparing these items may call Python code (only JS numbers and strings cannot). */
function mayRunPythonCode(items: PyObject[]): boolean {
  for (let i = 0; i < items.length; i++) {
    const t = typeof items[i];
    if (t !== 'number' && t !== 'string') return true;
  }
  return false;
}

export function listSort(vm: VM, l: PyList, key: PyObject, reverse: boolean): void {
  const saved = l.items;
  const empty: PyObject[] = [];
  // As CPython, the list looks empty while it is being sorted (behind a store watch when key
  // functions or comparisons may run Python code).
  const during = key !== None || (saved.length > 1 && mayRunPythonCode(saved)) ? new Proxy(empty, watchStores) : empty;
  l.items = during;
  let failed = true;
  try {
    if (saved.length > 1) {
      if (key === None) sortValues(vm, saved, reverse);
      else sortByKey(vm, saved, key, reverse);
    } else if (key !== None && saved.length === 1) {
      call(vm, key, [saved[0]]);
    }
    failed = false;
  } finally {
    const modified = l.items !== during || empty.length !== 0 || (empty as unknown as Record<symbol, boolean>)[STORED_INTO] === true;
    l.items = saved;
    if (modified && !failed) throw valueError('list modified during sort');
  }
}
