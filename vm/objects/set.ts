// The set and frozenset types: CPython's setobject.c hash table, so that iteration order matches CPython's.
//
// The table is open addressing over three parallel arrays (keys, hash high and low
// 32-bit halves). A slot is empty (key undefined, hash 0), a dummy left by a deletion
// (key DUMMY, hash -1), or active. Probing inspects LINEAR_PROBES neighbours before
// jumping with the perturbed recurrence i = i*5 + 1 + perturb, exactly as CPython 3.11.
// Hashes are CPython's 64-bit hashes (see hash64 below), kept as two int32 halves.

import { PyObj, PyObject } from './object.js';
import { makeNativeType, objectType, PyType } from './type.js';
import { PyFloat } from './float.js';
import { PyIntSub } from './int.js';
import { PyComplex } from './complex.js';
import { PyTuple } from './tuple.js';
import { None, Ellipsis } from './singletons.js';
import { typeError, keyError, runtimeError } from './exceptions.js';
import { strHash, identityHash, callHashMethod } from '../ops/hash.js';
import { sipHashStr, SIP } from '../ops/str_hash.js';
import { pyEq } from '../ops/compare.js';
import { getIter, iterNext } from '../ops/sequence.js';
import { PyDict, dictType } from './dict.js';
import type { VM } from '../vm.js';
import { stampingAllocations, stampAllocation } from '../alloc_stamps.js';

export const setType = makeNativeType('set', undefined, { allocate: (cls) => new PySet(cls) });
export const frozensetType = makeNativeType('frozenset', undefined, { allocate: (cls) => new PyFrozenSet(cls) });
export const setIteratorType = makeNativeType('set_iterator', undefined, { final: true });

const LINEAR_PROBES = 9;
const MINSIZE = 8;

/** The key stored in a deleted slot. */
const DUMMY = Object.freeze({ dummy: true }) as unknown as PyObject;

// The hash of the key being looked up, as two halves (set by hashParts; avoids allocating).
let HI = 0;
let LO = 0;

/** set and frozenset instances (PyAnySet_Check is `instanceof PySetBase`). */
export abstract class PySetBase extends PyObj {
  keys: (PyObject | undefined)[] = new Array(MINSIZE);
  hi: Int32Array = new Int32Array(MINSIZE);
  lo: Int32Array = new Int32Array(MINSIZE);
  mask = MINSIZE - 1;
  /** Active plus dummy slots. */
  fill = 0;
  /** Active slots: the set's size. */
  used = 0;
  /** Where set.pop() resumes its search. */
  finger = 0;
  /** The cached frozenset hash. */
  hashCache: bigint | null = null;

  get size(): number {
    return this.used;
  }

  /** The active keys in table order (the iteration order). */
  *values(): IterableIterator<PyObject> {
    const keys = this.keys;
    for (let i = 0; i <= this.mask && i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) yield k;
    }
  }

  toArray(): PyObject[] {
    const out: PyObject[] = [];
    const keys = this.keys;
    for (let i = 0; i <= this.mask; i++) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) out.push(k);
    }
    return out;
  }

  /** The slot index after `pos` holding an active key, or -1 (set_next). */
  nextSlot(pos: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let i = pos;
    while (i <= mask && (keys[i] === undefined || keys[i] === DUMMY)) i++;
    return i > mask ? -1 : i;
  }

  keyAt(i: number): PyObject {
    return this.keys[i]!;
  }

  add(vm: VM, key: PyObject): void {
    hashParts(vm, key);
    this.addEntry(vm, key, HI, LO);
  }

  has(vm: VM, key: PyObject): boolean {
    hashParts(vm, key);
    return this.keys[this.lookKey(vm, key, HI, LO)] !== undefined;
  }

  /** Removes `key`; returns whether it was present. */
  discard(vm: VM, key: PyObject): boolean {
    hashParts(vm, key);
    return this.discardEntry(vm, key, HI, LO);
  }

  containsEntry(vm: VM, key: PyObject, hi: number, lo: number): boolean {
    return this.keys[this.lookKey(vm, key, hi, lo)] !== undefined;
  }

  /** set_lookkey: the slot holding `key`, or the empty slot ending the probe sequence. */
  lookKey(vm: VM, key: PyObject, hi: number, lo: number): number {
    let mask = this.mask;
    let i = lo & mask;
    let phi = hi >>> 0;
    let plo = lo >>> 0;
    for (;;) {
      let j = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const k = this.keys[j];
        if (k === undefined) return j;
        if (this.lo[j] === lo && this.hi[j] === hi) {
          if (k === key) return j;
          if (typeof k === 'string' && typeof key === 'string') {
            if (k === key) return j;
          } else {
            const table = this.keys;
            const cmp = pyEq(vm, k, key);
            if (table !== this.keys || this.keys[j] !== k) return this.lookKey(vm, key, hi, lo);
            if (cmp) return j;
            mask = this.mask;
          }
        }
        j++;
      } while (probes-- > 0);
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi = phi >>> 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  /** set_add_entry: inserts a key with a known hash, resizing when the table gets 60% full. */
  addEntry(vm: VM, key: PyObject, hi: number, lo: number): void {
    restart: for (;;) {
      let mask = this.mask;
      let i = lo & mask;
      let freeslot = -1;
      let phi = hi >>> 0;
      let plo = lo >>> 0;
      for (;;) {
        let j = i;
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
          const k = this.keys[j];
          if (k === undefined) {
            if (freeslot >= 0) {
              this.used++;
              this.keys[freeslot] = key;
              this.hi[freeslot] = hi;
              this.lo[freeslot] = lo;
              this.hashCache = null;
              return;
            }
            this.fill++;
            this.used++;
            this.keys[j] = key;
            this.hi[j] = hi;
            this.lo[j] = lo;
            this.hashCache = null;
            if (this.fill * 5 < mask * 3) return;
            this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return;
          }
          if (this.lo[j] === lo && this.hi[j] === hi) {
            if (k === key) return;
            if (typeof k === 'string' && typeof key === 'string') {
              if (k === key) return;
            } else {
              const table = this.keys;
              const cmp = pyEq(vm, k, key);
              if (cmp) return;
              if (table !== this.keys || this.keys[j] !== k) continue restart;
              mask = this.mask;
            }
          } else if (k === DUMMY) {
            freeslot = j;
          }
          j++;
        } while (probes-- > 0);
        plo = ((plo >>> 5) | (phi << 27)) >>> 0;
        phi = phi >>> 5;
        i = (i * 5 + 1 + plo) & mask;
      }
    }
  }

  discardEntry(vm: VM, key: PyObject, hi: number, lo: number): boolean {
    const j = this.lookKey(vm, key, hi, lo);
    if (this.keys[j] === undefined) return false;
    this.keys[j] = DUMMY;
    this.hi[j] = -1;
    this.lo[j] = -1;
    this.used--;
    this.hashCache = null;
    return true;
  }

  /** set_table_resize: rebuilds the table with the smallest power-of-two size above `minused`. */
  resize(minused: number): void {
    let newsize = MINSIZE;
    while (newsize <= minused) newsize *= 2;
    if (newsize === MINSIZE && this.mask === MINSIZE - 1 && this.fill === this.used) return;
    const oldKeys = this.keys;
    const oldHi = this.hi;
    const oldLo = this.lo;
    const oldMask = this.mask;
    this.keys = new Array(newsize);
    this.hi = new Int32Array(newsize);
    this.lo = new Int32Array(newsize);
    this.mask = newsize - 1;
    this.fill = this.used;
    for (let i = 0; i <= oldMask; i++) {
      const k = oldKeys[i];
      if (k !== undefined && k !== DUMMY) this.insertClean(k, oldHi[i], oldLo[i]);
    }
  }

  /** set_insert_clean: places a key known to be absent into a table without dummies. */
  insertClean(key: PyObject, hi: number, lo: number): void {
    const mask = this.mask;
    const keys = this.keys;
    let i = lo & mask;
    let phi = hi >>> 0;
    let plo = lo >>> 0;
    for (;;) {
      if (keys[i] === undefined) {
        this.put(i, key, hi, lo);
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (keys[i + j] === undefined) {
            this.put(i + j, key, hi, lo);
            return;
          }
        }
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi = phi >>> 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  private put(i: number, key: PyObject, hi: number, lo: number): void {
    this.keys[i] = key;
    this.hi[i] = hi;
    this.lo[i] = lo;
  }

  clear(): void {
    this.keys = new Array(MINSIZE);
    this.hi = new Int32Array(MINSIZE);
    this.lo = new Int32Array(MINSIZE);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.hashCache = null;
  }

  /** set_merge: adds every element of another set (fast paths when this set is empty). */
  merge(vm: VM, other: PySetBase): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    const okeys = other.keys;
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      for (let i = 0; i <= other.mask; i++) {
        const k = okeys[i];
        if (k !== undefined) this.put(i, k, other.hi[i], other.lo[i]);
      }
      this.fill = other.fill;
      this.used = other.used;
      this.hashCache = null;
      return;
    }
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      this.hashCache = null;
      for (let i = 0; i <= other.mask; i++) {
        const k = okeys[i];
        if (k !== undefined && k !== DUMMY) this.insertClean(k, other.hi[i], other.lo[i]);
      }
      return;
    }
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== undefined && k !== DUMMY) this.addEntry(vm, k, other.hi[i], other.lo[i]);
    }
  }

  /**
   * set_update_internal: adds every element of a set (merged table to table), of an
   * exact dict (its keys, after one presize), or of any other iterable, in order.
   * This is SET_UPDATE, so `{*a, *b}` builds a set in CPython's order.
   */
  update(vm: VM, other: PyObject): void {
    if (other instanceof PySetBase) {
      this.merge(vm, other);
      return;
    }
    if (other instanceof PyDict && other.cls === dictType) {
      const n = other.size;
      if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
      // Each key with the hash the dict keeps for it (set_update_internal's _PyDict_Next).
      for (const k of Array.from(other.keys())) {
        const stored = other.storedHash(k);
        if (stored !== undefined) this.addEntry(vm, k, stored.hi, stored.lo);
        else {
          hashParts(vm, k);
          this.addEntry(vm, k, HI, LO);
        }
      }
      return;
    }
    const it = getIter(vm, other);
    for (let k = iterNext(vm, it); k !== undefined; k = iterNext(vm, it)) this.add(vm, k);
  }

  /** Takes over another set's table (set_swap_bodies, one way). */
  takeBody(other: PySetBase): void {
    this.keys = other.keys;
    this.hi = other.hi;
    this.lo = other.lo;
    this.mask = other.mask;
    this.fill = other.fill;
    this.used = other.used;
    this.hashCache = null;
  }

  /** set.pop(): removes the first active slot from the finger onwards. */
  pop(): PyObject {
    if (this.used === 0) throw keyError('pop from an empty set');
    let j = this.finger & this.mask;
    while (this.keys[j] === undefined || this.keys[j] === DUMMY) {
      j++;
      if (j > this.mask) j = 0;
    }
    const key = this.keys[j]!;
    this.keys[j] = DUMMY;
    this.hi[j] = -1;
    this.lo[j] = -1;
    this.used--;
    this.finger = j + 1;
    this.hashCache = null;
    return key;
  }

  /** frozenset_hash: xor of the shuffled entry hashes, then dispersed (CPython 3.11). */
  tableHash(): bigint {
    if (this.hashCache !== null) return this.hashCache;
    let h = 0n;
    for (let i = 0; i <= this.mask; i++) {
      const k = this.keys[i];
      if (k !== undefined && k !== DUMMY) h ^= shuffleBits(join(this.hi[i], this.lo[i]));
    }
    h ^= BigInt.asUintN(64, BigInt(this.used + 1) * 1927868237n);
    h ^= (h >> 11n) ^ (h >> 25n);
    h = BigInt.asUintN(64, h * 69069n + 907133923n);
    if (h === U64_MINUS_ONE) h = 590923713n;
    const r = BigInt.asIntN(64, h);
    this.hashCache = r;
    return r;
  }
}

export class PySet extends PySetBase {
  constructor(cls: PyType = setType) {
    super(cls);
    if (stampingAllocations) stampAllocation(this);
  }
}

export class PyFrozenSet extends PySetBase {
  constructor(cls: PyType = frozensetType) {
    super(cls);
    if (stampingAllocations) stampAllocation(this);
  }
}

/**
 * The frozenset constant CPython 3.11's compiler makes for a set display of more than
 * two constants (`{3, 1, 2}` is BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1): built
 * from the items in order, then rebuilt from its own iteration order as the compiler's
 * constant merging (merge_consts_recursive) does. `new PySet().update(vm, thisConstant)`
 * then gives the display's order.
 */
export function displayFrozenSet(vm: VM, items: PyObject[]): PyFrozenSet {
  return newFrozenSet(vm, newFrozenSet(vm, items).toArray());
}

/**
 * Whether the compiler can hash a constant without a running VM (ints, bools, strs,
 * floats, complexes, None and Ellipsis, which hash by their fixed ids; the built-in methods must
 * be installed), so a set display of such constants can become a frozenset constant.
 */
export function hashableAtCompileTime(v: PyObject): boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean' || t === 'string' || (v instanceof PyFloat && !v.cls.isHeapType) ||
    (v instanceof PyComplex && !v.cls.isHeapType) || v === None || v === Ellipsis;
}

/** A set from a JS array of elements, added in order (BUILD_SET). */
export function newSet(vm: VM, items: Iterable<PyObject>): PySet {
  const s = new PySet();
  for (const x of items) s.add(vm, x);
  return s;
}

export function newFrozenSet(vm: VM, items: Iterable<PyObject>): PyFrozenSet {
  const s = new PyFrozenSet();
  for (const x of items) s.add(vm, x);
  return s;
}

/** The set iterator: table position plus the size it started with ("Set changed size during iteration"). */
export class PySetIterator extends PyObj {
  pos = 0;
  /** -1 after a size change (sticky). */
  startUsed: number;
  remaining: number;
  /** null once exhausted. */
  set: PySetBase | null;
  constructor(set: PySetBase) {
    super(setIteratorType);
    this.set = set;
    this.startUsed = set.used;
    this.remaining = set.used;
  }

  /** The next element, or undefined when exhausted (setiter_iternext). */
  next(): PyObject | undefined {
    const so = this.set;
    if (so === null) return undefined;
    if (this.startUsed !== so.used) {
      this.startUsed = -1;
      throw runtimeError('Set changed size during iteration');
    }
    const i = so.nextSlot(this.pos);
    if (i < 0) {
      this.set = null;
      return undefined;
    }
    this.pos = i + 1;
    this.remaining--;
    return so.keys[i]!;
  }
}

// ---- CPython's 64-bit hashes ----

const U64_MINUS_ONE = (1n << 64n) - 1n;
const MODULUS = (1n << 61n) - 1n;
const TWO32 = 4294967296;

function join(hi: number, lo: number): bigint {
  return (BigInt(hi) << 32n) | BigInt(lo >>> 0);
}

function shuffleBits(h: bigint): bigint {
  const u = BigInt.asUintN(64, h);
  return BigInt.asUintN(64, ((u ^ 89869747n) ^ (u << 16n)) * 3644798167n);
}

/** Splits a signed 64-bit hash into the HI/LO scratch halves. */
function setParts(h: bigint): void {
  HI = Number(BigInt.asIntN(32, h >> 32n));
  LO = Number(BigInt.asIntN(32, h));
}

/** Sets HI/LO to the hash of a safe-integer-valued hash `h`. */
function setPartsNumber(h: number): void {
  if (h >= -2147483648 && h <= 2147483647) {
    LO = h | 0;
    HI = h < 0 ? -1 : 0;
    return;
  }
  const hi = Math.floor(h / TWO32);
  HI = hi | 0;
  LO = (h - hi * TWO32) | 0;
}

/** Computes `key`'s CPython hash into HI/LO. */
export function hashParts(vm: VM, key: PyObject): void {
  switch (typeof key) {
    case 'number':
      setPartsNumber(key === -1 ? -2 : key);
      return;
    case 'string':
      sipHashStr(key);
      HI = SIP[0]!;
      LO = SIP[1]!;
      return;
    case 'boolean':
      HI = 0;
      LO = key ? 1 : 0;
      return;
  }
  if (key instanceof PyFloat && Number.isSafeInteger(key.value) && floatHashIsNative(key)) {
    setPartsNumber(key.value === -1 ? -2 : key.value);
    return;
  }
  if (key instanceof PyTuple && (key.cls === tupleTypeRef() || key.cls.lookup('__hash__') === nativeTupleHash())) {
    tupleHashParts(vm, key.items);
    return;
  }
  setParts(hash64(vm, key));
}

let tupleTypeCache: PyType | undefined;
function tupleTypeRef(): PyType {
  return (tupleTypeCache ??= new PyTuple([]).cls);
}

/** The hash hashParts last computed folded to 30 bits: a small int for V8 (a dict's bucket number, see dict.ts). */
export function lastHashBucket(): number {
  return (HI ^ LO) & 0x3fffffff;
}

/** The hash hashParts last computed as the int hash() gives. */
export function lastHashInt(): number | bigint {
  return partsToInt();
}

/** The int hash() gives for the halves `hi`, `lo` (as lastHash returned them). */
export function hashIntFromParts(hi: number, lo: number): number | bigint {
  if (hi >= -2097152 && hi < 2097152) return hi * TWO32 + (lo >>> 0);
  return join(hi, lo);
}

/** The high and low halves of the hash hashParts last computed (no array, for hot callers). */
export function lastHashHi(): number {
  return HI;
}
export function lastHashLo(): number {
  return LO;
}

/** The hash halves last computed by hashParts. */
export function lastHash(): [number, number] {
  return [HI, LO];
}

function floatHashIsNative(f: PyFloat): boolean {
  return !f.cls.isHeapType || f.cls.lookup('__hash__') === nativeFloatHash();
}

let floatHashCache: PyObject | undefined;
function nativeFloatHash(): PyObject | undefined {
  return (floatHashCache ??= (f => f.cls.lookup('__hash__'))(new PyFloat(0)));
}

/** hash(int): sign * (|v| mod 2**61-1), with -1 mapped to -2. */
export function intHash64(v: number | bigint): bigint {
  let h: bigint;
  if (typeof v === 'number') {
    h = BigInt(v);
  } else {
    const neg = v < 0n;
    h = (neg ? -v : v) % MODULUS;
    if (neg) h = -h;
  }
  return h === -1n ? -2n : h;
}

/** frexp(v) for finite non-zero v: [m, e] with v = m * 2**e and 0.5 <= |m| < 1. */
function frexp(v: number): [number, number] {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, v);
  let exp = (buf.getUint16(0) >> 4) & 0x7ff;
  let adj = 0;
  if (exp === 0) {
    // Subnormal: scale into the normal range first.
    buf.setFloat64(0, v * 2 ** 64);
    exp = (buf.getUint16(0) >> 4) & 0x7ff;
    adj = 64;
  }
  const e = exp - 1022 - adj;
  buf.setUint16(0, (buf.getUint16(0) & 0x800f) | (1022 << 4));
  return [buf.getFloat64(0), e];
}

/** _Py_HashDouble. `self` supplies the identity hash of a NaN. */
export function floatHash64(v: number, self: PyObj | null): bigint {
  if (!Number.isFinite(v)) {
    if (Number.isNaN(v)) return self === null ? 0n : BigInt(identityHash(self));
    return v > 0 ? 314159n : -314159n;
  }
  if (Number.isSafeInteger(v)) return intHash64(v);
  let [m, e] = frexp(v === 0 ? 1 : v);
  if (v === 0) return 0n;
  let sign = 1n;
  if (m < 0) {
    sign = -1n;
    m = -m;
  }
  let x = 0n;
  while (m) {
    x = ((x << 28n) & MODULUS) | (x >> 33n);
    m *= 268435456;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= MODULUS) x -= MODULUS;
  }
  const ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << BigInt(ee)) & MODULUS) | (x >> BigInt(61 - ee));
  x = x * sign;
  return x === -1n ? -2n : x;
}

// 64-bit arithmetic on (hi, lo) 32-bit halves, for the tuple hash without BigInt. The halves
// are kept as int32 bit patterns (small ints to V8: a uint32 past 2**31 stored in a module
// variable is a new heap number each time), and only exact int arithmetic is used: `%` on a
// double is a call into C in V8 (the tuple hash took ~190 ns for a pair of ints, now ~50).
let RH = 0;
let RL = 0;

/** (ah:al) * (bh:bl) mod 2**64 into RH:RL; the halves taken as int32 or uint32 alike. */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  // al * bl from four exact 16x16-bit products (each under 2**32): the low word is imul's, the
  // high word their upper halves plus the carry out of the lower ones.
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const carry = ((p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff)) >>> 16;
  RL = Math.imul(al, bl);
  RH = (a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + carry + Math.imul(ah, bl) + Math.imul(al, bh)) | 0;
}

const P1H = 0x9e3779b1, P1L = 0x85ebca87;
const P2H = 0xc2b2ae3d, P2L = 0x27d4eb4f;
const P5H = 0x27d4eb2f, P5L = 0x165667c5;
/** XXPRIME_5 ^ 3527539, the length mangling constant. */
const P5XL = 0x1663b4b6;

/** tuplehash (CPython 3.8+'s xxHash-based tuple hash) into HI/LO. */
function tupleHashParts(vm: VM, items: PyObject[]): void {
  let ah = P5H;
  let al = P5L;
  for (let i = 0; i < items.length; i++) {
    hashParts(vm, items[i]);
    // acc += lane * XXPRIME_2
    mul64(HI, LO, P2H, P2L);
    let lo = (al >>> 0) + (RL >>> 0);
    let hi = ah + RH + (lo > 0xffffffff ? 1 : 0);
    lo >>>= 0;
    hi >>>= 0;
    // acc = rotl(acc, 31)
    const rh = ((hi << 31) | (lo >>> 1)) >>> 0;
    const rl = ((lo << 31) | (hi >>> 1)) >>> 0;
    // acc *= XXPRIME_1
    mul64(rh, rl, P1H, P1L);
    ah = RH;
    al = RL;
  }
  // acc += len ^ (XXPRIME_5 ^ 3527539)
  const xl = (items.length ^ P5XL) >>> 0;
  let lo = (al >>> 0) + xl;
  let hi = ah + P5H + (lo > 0xffffffff ? 1 : 0);
  lo >>>= 0;
  hi >>>= 0;
  if (hi === 0xffffffff && lo === 0xffffffff) {
    HI = 0;
    LO = 1546275796;
    return;
  }
  HI = hi | 0;
  LO = lo | 0;
}

/** The 64-bit value HI:LO as an int: a JS number when it is a safe integer. */
function partsToInt(): number | bigint {
  if (HI >= -2097152 && HI < 2097152) return HI * TWO32 + (LO >>> 0);
  return join(HI, LO);
}

/** tuplehash as a bigint. */
export function tupleHash64(vm: VM, items: PyObject[]): bigint {
  tupleHashParts(vm, items);
  return join(HI, LO);
}

/** tuple.__hash__: CPython's value, as a number when it fits. */
export function tupleHashInt(vm: VM, items: PyObject[]): number | bigint {
  tupleHashParts(vm, items);
  return partsToInt();
}

/**
 * A 32-bit digest of the tuple hash, for hash tables that only need consistency with
 * equality (dict buckets): cheaper than the exact 64-bit value.
 */
export function tupleHashNumber(vm: VM, items: PyObject[]): number {
  tupleHashParts(vm, items);
  return (HI ^ LO) | 0;
}

/** `key in set`, with CPython's retry of an unhashable set key as a frozenset. */
export function setContains(vm: VM, so: PySetBase, key: PyObject): boolean {
  hashPartsOrFrozen(vm, key);
  return so.keys[so.lookKey(vm, key, HI, LO)] !== undefined;
}

/** hashParts, except that an unhashable set is hashed as the equivalent frozenset (set_contains_key's retry). */
export function hashPartsOrFrozen(vm: VM, key: PyObject): void {
  if (key instanceof PySet && key.cls.lookup('__hash__') === None) {
    setParts(key.tableHash());
    return;
  }
  hashParts(vm, key);
}

/**
 * CPython's exact 64-bit hash of any object (hash()): int, float, tuple and frozenset
 * values match CPython's; str hashes are deterministic here (CPython randomises them).
 */
export function hash64(vm: VM, o: PyObject): bigint {
  switch (typeof o) {
    case 'number': case 'bigint': return intHash64(o);
    case 'string': return BigInt(strHash(o));
    case 'boolean': return o ? 1n : 0n;
  }
  const h = o.cls.lookup('__hash__');
  if (h === undefined || h === None) throw typeError(`unhashable type: '${o.cls.tpName}'`);
  if (h === objectType.typeDict.get('__hash__')) return BigInt(identityHash(o));
  if (o instanceof PyFloat && h === nativeFloatHash()) return floatHash64(o.value, o);
  if (o instanceof PyTuple && h === nativeTupleHash()) return tupleHash64(vm, o.items);
  if (o instanceof PySetBase && h === frozensetType.typeDict.get('__hash__')) return o.tableHash();
  let r = callHashMethod(vm, o, h);
  if (r instanceof PyIntSub) r = r.value;
  if (typeof r === 'number') return r === -1 ? -2n : BigInt(r);
  if (typeof r === 'boolean') return r ? 1n : 0n;
  if (typeof r === 'bigint') {
    if (r >= -(1n << 63n) && r < (1n << 63n)) return r === -1n ? -2n : r;
    return intHash64(r);
  }
  throw typeError('__hash__ method should return an integer');
}

let tupleHashCache: PyObject | undefined;
function nativeTupleHash(): PyObject | undefined {
  return (tupleHashCache ??= new PyTuple([]).cls.typeDict.get('__hash__'));
}

/** A 64-bit hash as the int hash() returns: a JS number when it is a safe integer. */
export function hashToInt(h: bigint): number | bigint {
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}
