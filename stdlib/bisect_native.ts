// Module _bisect: binary search and insertion in sorted sequences (Modules/_bisectmodule.c);
// stdlib/lib/bisect.py re-exports it. Items are compared with `<` only; `key` is applied to
// the sequence's items (and, for insort, to x once), as CPython 3.11 does.

import type { PyObject } from '../vm/objects/object.js';
import { PyList, listType } from '../vm/objects/list.js';
import { PyDict } from '../vm/objects/dict.js';
import { builtin, type KwArgs } from '../vm/objects/function.js';
import { None } from '../vm/objects/singletons.js';
import { typeError, indexError, valueError, overflowError } from '../vm/objects/exceptions.js';
import { typeOf } from '../vm/ops/typeof.js';
import { pyLess } from '../vm/ops/compare.js';
import { lenValue, index, indexSizeExact, bigintToSsize } from '../vm/ops/convert.js';
import { getItem } from '../vm/ops/sequence.js';
import { getAttr } from '../vm/ops/attribute.js';
import { call } from '../vm/ops/call.js';
import { parseArgs } from '../vm/methods/args.js';
import type { ModuleInit, VM } from '../vm/vm.js';

const PARAMS = { names: ['a', 'x', 'lo', 'hi', 'key'], required: 2, kwOnly: 1 };

/** A Py_ssize_t: a JS number up to 2**53, past it (a range's length may be) a bigint. */
type Ssize = number | bigint;

const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);
const asInt = (n: bigint): Ssize => (n <= MAX_SAFE_BIG && n >= -MAX_SAFE_BIG ? Number(n) : n);

/** PySequence_Size: a mapping's length is no sequence's. */
function sequenceSize(vm: VM, a: PyObject): Ssize {
  // A list subclass answers through its __len__ (sq_length), which it may override.
  if (a instanceof PyList && a.cls === listType) return a.items.length;
  if (a instanceof PyDict) throw typeError(`${typeOf(a).tpName} is not a sequence`);
  return lenValue(vm, a);
}

/** PySequence_GetItem(a, i) for 0 <= i. */
function itemAt(vm: VM, a: PyObject, i: number): PyObject {
  if (a instanceof PyList && a.cls === listType) {
    if (i >= a.items.length) throw indexError('list index out of range');
    return a.items[i];
  }
  return getItem(vm, a, i);
}

/** lo and hi as the clinic converts them (hi -1: None, which the search takes as len(a)). */
function bounds(vm: VM, loArg: PyObject | undefined, hiArg: PyObject | undefined): [Ssize, Ssize] {
  let lo: Ssize = 0;
  if (loArg !== undefined) {
    lo = index(vm, loArg);
    if (typeof lo === 'bigint' && bigintToSsize(lo) === null) throw overflowError('Python int too large to convert to C ssize_t');
  }
  let hi: Ssize = -1;
  if (hiArg !== undefined && hiArg !== None) {
    if (typeOf(hiArg).lookup('__index__') === undefined && typeof hiArg !== 'number' && typeof hiArg !== 'bigint' && typeof hiArg !== 'boolean') {
      throw typeError(`argument should be integer or None, not '${typeOf(hiArg).tpName}'`);
    }
    hi = indexSizeExact(vm, hiArg);
  }
  return [lo, hi];
}

/** The search's own checks, after insort has applied the key to x: lo, and hi -1 as len(a). */
function checkedHi(vm: VM, a: PyObject, lo: Ssize, hi: Ssize): Ssize {
  if (lo < 0) throw valueError('lo must be non-negative');
  return hi === -1 ? sequenceSize(vm, a) : hi;
}

/** The search over bounds past 2**53 (a huge range), in exact integers. */
function searchBig(vm: VM, a: PyObject, x: PyObject, loArg: Ssize, hiArg: Ssize, key: PyObject, right: boolean): Ssize {
  let lo = BigInt(loArg);
  let hi = BigInt(hiArg);
  while (lo < hi) {
    const mid = (lo + hi) / 2n;
    let item = getItem(vm, a, asInt(mid));
    if (key !== None) item = call(vm, key, [item]);
    if (right ? pyLess(vm, x, item) : !pyLess(vm, item, x)) hi = mid;
    else lo = mid + 1n;
  }
  return asInt(lo);
}

function searchRight(vm: VM, a: PyObject, x: PyObject, lo: Ssize, hiArg: Ssize, key: PyObject): Ssize {
  let hi = checkedHi(vm, a, lo, hiArg);
  if (typeof lo !== 'number' || typeof hi !== 'number') return searchBig(vm, a, x, lo, hi, key, true);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = itemAt(vm, a, mid);
    if (key !== None) item = call(vm, key, [item]);
    if (pyLess(vm, x, item)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function searchLeft(vm: VM, a: PyObject, x: PyObject, lo: Ssize, hiArg: Ssize, key: PyObject): Ssize {
  let hi = checkedHi(vm, a, lo, hiArg);
  if (typeof lo !== 'number' || typeof hi !== 'number') return searchBig(vm, a, x, lo, hi, key, false);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = itemAt(vm, a, mid);
    if (key !== None) item = call(vm, key, [item]);
    if (pyLess(vm, item, x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type Search = typeof searchRight;

function insertAt(vm: VM, a: PyObject, i: Ssize, x: PyObject): void {
  if (a instanceof PyList && a.cls === listType) a.items.splice(Math.min(Number(i), a.items.length), 0, x);
  else call(vm, getAttr(vm, a, 'insert'), [i, x]);
}

function bisectFn(name: string, search: Search) {
  const fn = (vm: VM, args: PyObject[], kwargs: KwArgs | null): PyObject => {
    const [a, x, lo, hi, key = None] = parseArgs(name, args, kwargs, PARAMS, 0);
    const [l, h] = bounds(vm, lo, hi);
    return search(vm, a!, x!, l, h, key);
  };
  return builtin(name, fn, '_bisect', {
    call2: (vm, a, x) => search(vm, a, x, 0, -1, None),
  });
}

function insortFn(name: string, search: Search) {
  const fn = (vm: VM, args: PyObject[], kwargs: KwArgs | null): PyObject => {
    const [a, x, lo, hi, key = None] = parseArgs(name, args, kwargs, PARAMS, 0);
    const [l, h] = bounds(vm, lo, hi);
    const at = search(vm, a!, key === None ? x! : call(vm, key, [x!]), l, h, key);
    insertAt(vm, a!, at, x!);
    return None;
  };
  return builtin(name, fn, '_bisect', {
    call2: (vm, a, x) => {
      insertAt(vm, a, search(vm, a, x, 0, -1, None), x);
      return None;
    },
  });
}

export const init__bisect: ModuleInit = (_vm, m) => {
  for (const f of [bisectFn('bisect_right', searchRight), bisectFn('bisect_left', searchLeft),
    insortFn('insort_right', searchRight), insortFn('insort_left', searchLeft)]) {
    m.dict.setStr(f.name, f);
  }
};
