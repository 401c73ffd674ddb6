// sys.getsizeof: the bytes CPython 3.11 (64-bit Linux) gives an object of the same value.
//
// tpy's objects are JavaScript values whose sizes mean nothing to a Python program, so this
// computes what CPython's objects take: exact for ints, floats, complex, str, bytes,
// bytearray, tuples, ranges, slices, None and the other singletons, functions and instances;
// for dicts and sets, what their tables take after inserting the items one by one; for a
// list, what it takes after that many appends (a comprehension's or an append loop's; a list
// made another way, such as [0] * n, is smaller in CPython). A class's own __sizeof__ is
// called as CPython calls it, with the garbage collector's header added.

import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { PyFloat } from '../vm/objects/float.js';
import { PyComplex } from '../vm/objects/complex.js';
import { PyBytes, PyByteArray } from '../vm/objects/bytes.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { PyList } from '../vm/objects/list.js';
import { PyDict } from '../vm/objects/dict.js';
import { PySetBase } from '../vm/objects/set.js';
import { PyRange, PySlice } from '../vm/objects/range.js';
import { PyFunction } from '../vm/objects/function.js';
import { PyModule } from '../vm/objects/module.js';
import { None, NotImplemented, Ellipsis } from '../vm/objects/singletons.js';
import { typeError, valueError } from '../vm/objects/exceptions.js';
import { typeOf } from '../vm/ops/typeof.js';
import { objectType } from '../vm/objects/type.js';
import { callSpecialMethod } from '../vm/ops/call.js';
import { index } from '../vm/ops/convert.js';
import type { VM } from '../vm/vm.js';

/** The header a garbage-collected object carries in front of it (PyGC_Head). */
const GC_HEAD = 16;

function intSize(n: number | bigint): number {
  // 30-bit digits, at least one.
  let a = typeof n === 'bigint' ? (n < 0n ? -n : n) : Math.abs(n);
  let digits = 0;
  if (typeof a === 'bigint') {
    while (a > 0n) {
      a >>= 30n;
      digits++;
    }
  } else {
    while (a > 0) {
      a = Math.floor(a / 2 ** 30);
      digits++;
    }
  }
  return 24 + 4 * Math.max(1, digits);
}

function strSize(s: string): number {
  let max = 0;
  let length = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > max) max = c;
    length++;
  }
  if (max < 0x80) return 48 + length + 1;
  const kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  return 72 + (length + 1) * kind;
}

/** A list's slots after n appends (CPython's list_resize growth). */
function listSlots(n: number): number {
  let allocated = 0;
  for (let size = 1; size <= n; size++) {
    if (size > allocated) allocated = (size + (size >> 3) + 6) & ~3;
  }
  return allocated;
}

function dictSize(d: PyDict): number {
  const n = d.size;
  if (n === 0) return 64;
  let log2 = 3;
  const usable = (k: number) => Math.floor(((1 << k) * 2) / 3);
  while (usable(log2) < n) log2 = Math.ceil(Math.log2(usable(log2) * 3));
  const slots = 1 << log2;
  const indexBytes = slots <= 0x80 ? 1 : slots <= 0x8000 ? 2 : 4;
  let allStr = true;
  for (const k of d.keys()) {
    if (typeof k !== 'string') {
      allStr = false;
      break;
    }
  }
  return 48 + 48 + slots * indexBytes + usable(log2) * (allStr ? 16 : 24);
}

function setSize(n: number): number {
  // 8 entries inline; past 5 items the table grows to four times the items, a power of two.
  let mask = 7;
  for (let fill = 1; fill <= n; fill++) {
    if (fill * 5 >= mask * 3) {
      let size = 8;
      while (size <= fill * 4) size <<= 1;
      mask = size - 1;
    }
  }
  return GC_HEAD + 200 + (mask === 7 ? 0 : (mask + 1) * 16);
}

export function getsizeof(vm: VM, o: PyObject, dflt: PyObject | undefined): PyObject {
  if (typeof o === 'number' || typeof o === 'bigint') return intSize(o);
  if (typeof o === 'boolean') return 28;
  if (typeof o === 'string') return strSize(o);
  if (o === None || o === NotImplemented || o === Ellipsis) return 16;
  const t = typeOf(o);
  if (t.isHeapType) {
    // A class's own __sizeof__ (CPython adds the GC header for tracked objects).
    const own = t.lookup('__sizeof__');
    if (own !== undefined && own instanceof PyFunction) {
      const r = callSpecialMethod(vm, o, own, []);
      const n = index(vm, r, () => `'${typeOf(r).tpName}' object cannot be interpreted as an integer`);
      if ((typeof n === 'bigint' ? n < 0n : n < 0)) throw valueError('__sizeof__() should return >= 0');
      // 3.11 keeps an instance's dict and weak references in a pre-header before the GC's.
      const header = t.hasInstanceDict ? GC_HEAD + 16 : GC_HEAD;
      return typeof n === 'bigint' ? n + BigInt(header) : n + header;
    }
  }
  if (o instanceof PyFloat) return 24;
  if (o instanceof PyComplex) return 32;
  if (o instanceof PyBytes) return 33 + o.data.length;
  if (o instanceof PyByteArray) return o.data.length === 0 ? 56 : 57 + o.data.length;
  if (o instanceof PyTuple) return GC_HEAD + 24 + 8 * o.items.length;
  if (o instanceof PyList) return GC_HEAD + 40 + 8 * listSlots(o.items.length);
  if (o instanceof PyDict) return dictSize(o);
  if (o instanceof PySetBase) return setSize(o.size);
  if (o instanceof PyRange) return 48;
  if (o instanceof PySlice) return 56;
  if (o instanceof PyFunction) return 152;
  if (o instanceof PyModule) return 72;
  if (t === objectType) return 16;
  if (t.isHeapType && o instanceof PyObj) {
    // An instance: its __dict__ pointer (3.11 keeps it before the object) or its slots.
    return t.slotCount > 0 && !t.hasInstanceDict ? 32 + 8 * t.slotCount : 56;
  }
  if (dflt !== undefined) return dflt;
  throw typeError(`tpy cannot tell the size CPython gives a '${t.tpName}' object`);
}
