// list.sort and sorted(): a stable sort comparing with `<` only (CPython's listsort).
//
// V8's Array.prototype.sort is a stable TimSort, as CPython's, and is given the
// comparator `less(a, b) ? -1 : 0`. As CPython's unsafe_*_compare, the sort first
// looks at the keys: when they are all of one kind whose `<` needs no dispatch (ints,
// floats, strs without surrogates, tuples whose first items are such), it compares
// them directly, with exactly the answers pyLess would give, so the result (and for
// user objects, the sequence of comparisons) is unchanged.

import type { PyObject } from '../objects/object.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { PyFloat, floatType } from '../objects/float.js';
import { None } from '../objects/singletons.js';
import { valueError } from '../objects/exceptions.js';
import { tupleType } from '../objects/tuple.js';
import { pyLess } from '../ops/compare.js';
import { call } from '../ops/call.js';
import type { VM } from '../vm.js';

type Compare = (a: PyObject, b: PyObject) => number;

/** The kinds of key a sort can compare without dispatch. */
const enum Kind { None, Number, Int, Float, Str, Other }

const SURROGATE = /[\ud800-\udfff]/;

/** The kind of one key: Number for a JS number, Int for a bigint (mixed: Int), ... */
function kindOf(o: PyObject): Kind {
  switch (typeof o) {
    case 'number': return Kind.Number;
    case 'bigint': return Kind.Int;
    // UTF-16 order is code point order unless a surrogate is involved.
    case 'string': return SURROGATE.test(o) ? Kind.Other : Kind.Str;
    case 'object': return o instanceof PyFloat && o.cls === floatType ? Kind.Float : Kind.Other;
  }
  return Kind.Other; // bool: True == 1 would matter inside tuples
}

/** The kind all of `keys` share (Number and Int mix as Int), or Other. */
function commonKind(keys: PyObject[], first: boolean): Kind {
  let kind = Kind.None;
  for (let i = 0; i < keys.length; i++) {
    let k: Kind;
    if (first) {
      const t = keys[i];
      if (!(t instanceof PyTuple) || t.cls !== tupleType || t.items.length === 0) return Kind.Other;
      k = kindOf(t.items[0]);
    } else k = kindOf(keys[i]);
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
 * For tuples whose first items are all of `kind`: tuple `<` decides on the first items
 * when they differ (as sequenceCompare would find), and otherwise goes on through pyLess.
 */
function tupleCompare(vm: VM, kind: Kind): Compare {
  if (kind === Kind.Float) {
    return (a, b) => {
      const x = (a as PyTuple).items[0] as PyFloat;
      const y = (b as PyTuple).items[0] as PyFloat;
      // Identical objects are equal even when NaN; a NaN is unequal to any other.
      if (x !== y && x.value !== y.value) return x.value < y.value ? -1 : 0;
      return pyLess(vm, a, b) ? -1 : 0;
    };
  }
  return (a, b) => {
    const x = (a as PyTuple).items[0] as number | bigint | string;
    const y = (b as PyTuple).items[0] as number | bigint | string;
    if (x !== y) return x < y ? -1 : 0;
    return pyLess(vm, a, b) ? -1 : 0;
  };
}

/** The comparator for a sort of `keys`, all of `kind` (see commonKind). */
function comparatorFor(vm: VM, keys: PyObject[], kind: Kind): Compare {
  if (kind !== Kind.Other) return scalarCompare(vm, kind);
  const first = commonKind(keys, true);
  if (first === Kind.Number || first === Kind.Int || first === Kind.Str || first === Kind.Float) return tupleCompare(vm, first);
  return (a, b) => (pyLess(vm, a, b) ? -1 : 0);
}

/** Sorts `items` in place by their own values. */
function sortValues(vm: VM, items: PyObject[], reverse: boolean): void {
  const kind = commonKind(items, false);
  if (kind === Kind.Number) {
    // Equal JS numbers cannot be told apart: a numeric typed-array sort gives the same list.
    const a = Float64Array.from(items as number[]).sort();
    if (reverse) a.reverse();
    for (let i = 0; i < a.length; i++) items[i] = a[i];
    return;
  }
  const cmp = comparatorFor(vm, items, kind);
  if (reverse) items.reverse();
  items.sort(cmp);
  if (reverse) items.reverse();
}

/** Sorts `items` in place by key(item). */
function sortByKey(vm: VM, items: PyObject[], key: PyObject, reverse: boolean): void {
  const n = items.length;
  const keys: PyObject[] = new Array(n);
  for (let i = 0; i < n; i++) keys[i] = call(vm, key, [items[i]]);
  const cmp = comparatorFor(vm, keys, commonKind(keys, false));
  // Sorting indexes (small ints) is much faster in V8 than sorting [key, item] pairs.
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) order[i] = reverse ? n - 1 - i : i;
  order.sort((i, j) => cmp(keys[i], keys[j]));
  if (reverse) order.reverse();
  const values = items.slice();
  for (let i = 0; i < n; i++) items[i] = values[order[i]];
}

export function listSort(vm: VM, l: PyList, key: PyObject, reverse: boolean): void {
  const saved = l.items;
  const during: PyObject[] = [];
  // As CPython, the list looks empty while it is being sorted.
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
    const modified = l.items !== during || during.length !== 0;
    l.items = saved;
    if (modified && !failed) throw valueError('list modified during sort');
  }
}
