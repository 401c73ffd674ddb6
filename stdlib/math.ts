// The math module: CPython 3.11's mathmodule.c over JS numbers and bigints, with its error rules and messages.
//
// Error rules (CPython's math_1): a NaN result from a non-NaN argument is
// ValueError("math domain error"); an infinite result from a finite argument is
// OverflowError("math range error") for functions that can overflow (exp, cosh...)
// and ValueError otherwise (a singularity, as log(0)).

import type { PyObject } from '../vm/objects/object.js';
import { PyFloat, floatType } from '../vm/objects/float.js';
import { builtin, FixedArity, NativeFn } from '../vm/objects/function.js';
import { newTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { typeError, valueError, overflowError, zeroDivisionError } from '../vm/objects/exceptions.js';
import { normInt } from '../vm/objects/int.js';
import { typeOf } from '../vm/ops/typeof.js';
import { index } from '../vm/ops/convert.js';
import { callSpecialMethod } from '../vm/ops/call.js';
import { getIter, iterNext, toArray } from '../vm/ops/sequence.js';
import { binaryOp, BinOp } from '../vm/ops/arith.js';
import { intToFloat, floatToInt, bitLength, floatPow } from '../vm/format/bigint_math.js';
import { checkArgCount, oneArg, noKwargs, parseArgs } from '../vm/methods/args.js';
import * as libm from './math_libm.js';
import type { ModuleInit, VM } from '../vm/vm.js';

type Int = number | bigint;

const domainError = () => valueError('math domain error');
const rangeError = () => overflowError('math range error');

// ---------------------------------------------------------------- argument conversion

/** PyFloat_AsDouble: floats, ints, then __float__, then __index__; "must be real number, not str" otherwise. */
export function toDouble(vm: VM, o: PyObject): number {
  switch (typeof o) {
    case 'number': return o;
    case 'bigint': return intToFloat(o);
    case 'boolean': return o ? 1 : 0;
    case 'string': throw typeError('must be real number, not str');
  }
  if (o instanceof PyFloat) return o.value;
  const t = typeOf(o);
  const f = t.lookup('__float__');
  if (f !== undefined && f !== None) {
    const r = callSpecialMethod(vm, o, f, []);
    if (r instanceof PyFloat) return r.value;
    throw typeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).tpName})`);
  }
  if (t.lookup('__index__') !== undefined) return intToFloat(index(vm, o));
  throw typeError(`must be real number, not ${t.name}`);
}

const float = (x: number) => new PyFloat(x);

function isIntValue(o: PyObject): o is number | bigint | boolean {
  return typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean';
}

function intOf(o: number | bigint | boolean): Int {
  return typeof o === 'boolean' ? (o ? 1 : 0) : o;
}

function big(v: Int): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

function absInt(v: Int): Int {
  return typeof v === 'number' ? Math.abs(v) : normInt(v < 0n ? -v : v);
}

function isNegInt(v: Int): boolean {
  return v < 0;
}

// ---------------------------------------------------------------- one- and two-argument wrappers

/** math_1: applies `f` with CPython's domain/range checks. */
function math1(x: number, f: (x: number) => number, canOverflow: boolean): number {
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) throw canOverflow ? rangeError() : domainError();
  return r;
}

function def1(name: string, f: (x: number) => number, canOverflow = false): [string, NativeFn, FixedArity] {
  const call1 = (vm: VM, x: PyObject) => float(math1(toDouble(vm, x), f, canOverflow));
  return [name, (vm, args, kwargs) => call1(vm, oneArg(`math.${name}`, args, kwargs, 0)), { call1 }];
}

/** math_2: a NaN from non-NaN arguments is a domain error; an infinity from finite ones a range error. */
function math2(x: number, y: number, f: (x: number, y: number) => number): number {
  const r = f(x, y);
  if (Number.isNaN(r)) {
    if (!Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
  } else if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throw rangeError();
  return r;
}

function args2(vm: VM, name: string, args: PyObject[], kwargs: Map<string, PyObject> | null): [number, number] {
  noKwargs(`math.${name}`, kwargs);
  checkArgCount(name, args, 2, 2, 0);
  return [toDouble(vm, args[0]), toDouble(vm, args[1])];
}

// ---------------------------------------------------------------- special-value wrappers (as mathmodule.c's m_*)

function mLog(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return libm.log(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (Number.isNaN(x) || x > 0) return x;
  return NaN;
}

function mLog2(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) || x > 0 ? x : NaN;
  if (x > 0) return libm.log2(x);
  return x === 0 ? -Infinity : NaN;
}

function mLog10(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return libm.log10(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (Number.isNaN(x) || x > 0) return x;
  return NaN;
}

function mLog1p(x: number): number {
  // log1p(-1) = -inf (a singularity), log1p(x < -1) = nan.
  if (x === -1) return -Infinity;
  return libm.log1p(x);
}

function mAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return Math.sign(y) * (Object.is(Math.sign(x), 1) || x > 0 ? 0.25 * Math.PI : 0.75 * Math.PI);
    return Math.sign(y) * 0.5 * Math.PI;
  }
  if (!Number.isFinite(x) || y === 0) {
    if (x > 0 || Object.is(x, 0)) return copysign(0, y);
    return copysign(Math.PI, y);
  }
  return libm.atan2(y, x);
}

export function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBitOfNaN(y));
  const ax = Math.abs(x);
  return neg ? -ax : ax;
}

function signBitOfNaN(y: number): boolean {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, y);
  return (dv.getUint8(0) & 0x80) !== 0;
}

/** C fmod: exact remainder with the sign of x. */
export function fmod(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y) || !Number.isFinite(x) || y === 0) return NaN;
  if (!Number.isFinite(y)) return x;
  return x % y; // JS % on doubles is C's fmod (exact).
}

function mRemainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return copysign(1.0, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

// ---------------------------------------------------------------- frexp / ldexp

const f64 = new DataView(new ArrayBuffer(8));

/** 2**e exactly, for -1022 <= e <= 1023. */
function pow2(e: number): number {
  f64.setUint32(0, (e + 1023) << 20);
  f64.setUint32(4, 0);
  return f64.getFloat64(0);
}

/** C frexp: x = m * 2**e with 0.5 <= |m| < 1 (m = x, e = 0 for 0, inf, nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  f64.setFloat64(0, x);
  let hi = f64.getUint32(0);
  let bexp = (hi >>> 20) & 0x7ff;
  let extra = 0;
  if (bexp === 0) {
    // Subnormal: scale into the normal range first.
    f64.setFloat64(0, x * 2 ** 64);
    hi = f64.getUint32(0);
    bexp = (hi >>> 20) & 0x7ff;
    extra = -64;
  }
  const e = bexp - 1022 + extra;
  f64.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [f64.getFloat64(0), e];
}

/** C ldexp: x * 2**e, correctly rounded (once) for subnormal results. */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  if (e > 2100) return x > 0 ? Infinity : -Infinity;
  if (e < -2200) return x > 0 ? 0 : -0;
  const [m, me] = frexp(x);
  let exp = me + e;
  if (exp > 1024) return m > 0 ? Infinity : -Infinity;
  if (exp >= -1021) return m * 2 * pow2(exp - 1);
  // Subnormal result: one rounding, by multiplying an exact scaled value by a power of two.
  const scaled = m * 2 ** 54; // exact: an integer
  exp -= 54;
  // Round the integer mantissa by hand: scaling by a power of two would round twice.
  const shift = -1074 - exp; // bits to drop from the 54-bit integer `scaled`
  if (shift >= 56) return m > 0 ? 0 : -0;
  const mag = Math.abs(scaled);
  const div = 2 ** shift;
  let q = Math.floor(mag / div);
  const rem = mag - q * div;
  const half = div / 2;
  if (rem > half || (rem === half && q % 2 === 1)) q += 1;
  const r = q * 2 ** -1074;
  return m > 0 ? r : -r;
}

// ---------------------------------------------------------------- integer functions

/** Product of the integers lo..hi (inclusive) by binary splitting: balanced bigint multiplications. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  const n = hi - lo;
  if (n < 16n) {
    // Accumulate in doubles while exact, then in a bigint.
    let acc = 1n;
    let small = 1;
    for (let i = lo; i <= hi; i++) {
      const v = Number(i);
      if (small * v <= Number.MAX_SAFE_INTEGER && v <= Number.MAX_SAFE_INTEGER) small *= v;
      else {
        acc *= BigInt(small);
        small = 1;
        if (v <= Number.MAX_SAFE_INTEGER) small = v;
        else acc *= i;
      }
    }
    return acc * BigInt(small);
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

/** n! for a non-negative n: products of runs of small factors, combined in a balanced tree. */
export function factorial(n: number): Int {
  if (n <= 18) {
    let r = 1;
    for (let i = 2; i <= n; i++) r *= i;
    return r;
  }
  // Pack consecutive factors into chunks below 2**53, then multiply the chunks pairwise.
  const chunks: bigint[] = [];
  let small = 1;
  for (let i = 2; i <= n; i++) {
    if (small * i > Number.MAX_SAFE_INTEGER) {
      chunks.push(BigInt(small));
      small = i;
    } else small *= i;
  }
  chunks.push(BigInt(small));
  return normInt(productTree(chunks, 0, chunks.length));
}

function productTree(xs: bigint[], lo: number, hi: number): bigint {
  if (hi - lo === 1) return xs[lo];
  if (hi - lo === 2) return xs[lo] * xs[lo + 1];
  const mid = (lo + hi) >>> 1;
  return productTree(xs, lo, mid) * productTree(xs, mid, hi);
}

export function gcd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b !== 0) [a, b] = [b, a % b];
    return a;
  }
  let x = big(a);
  let y = big(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y !== 0n) {
    if (x <= 9007199254740991n && y <= 9007199254740991n) return gcd(Number(x), Number(y));
    [x, y] = [y, x % y];
  }
  return normInt(x);
}

/** isqrt(n) for n >= 0: the floor of the exact square root. */
export function isqrt(n: Int): Int {
  if (typeof n === 'number') {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  if (n < 0n) throw valueError('isqrt() argument must be nonnegative');
  // Newton's iteration from an over-estimate converges downwards to the floor.
  const bits = bitLength(n);
  let x = 1n << BigInt(Math.ceil(bits / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return normInt(x);
    x = y;
  }
}

/** comb(n, k) = perm(n, k) / k! for 0 <= k <= n. */
function comb(n: bigint, k: bigint): bigint {
  if (k > n - k) k = n - k;
  if (k === 0n) return 1n;
  return rangeProduct(n - k + 1n, n) / rangeProduct(1n, k);
}

// ---------------------------------------------------------------- fsum (Shewchuk, as CPython's math_fsum)

export function fsum(xs: Iterable<number>): number {
  const p: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (let x of xs) {
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // A non-finite x comes from overflow, or from an inf or nan summand.
        if (Number.isFinite(xsave)) throw overflowError('intermediate overflow in fsum');
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw valueError('-inf + inf in fsum');
    return specialSum;
  }
  let n = p.length;
  let hi = 0;
  let lo = 0;
  if (n > 0) {
    hi = p[--n];
    // Sum from the top, stopping when the sum becomes inexact.
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up.
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

// ---------------------------------------------------------------- hypot / dist (CPython 3.11's vector_norm)

function dlSplit(x: number): [number, number] {
  const t = x * 134217729.0; // Veltkamp constant 2**27 + 1
  const hi = t - (t - x);
  return [hi, x - hi];
}

/** Dekker's exact product: hi + lo == x * y. */
function dlMul(x: number, y: number): [number, number] {
  const [xh, xl] = dlSplit(x);
  const [yh, yl] = dlSplit(y);
  const p = xh * yh;
  const q = xh * yl + xl * yh;
  const z = p + q;
  const zz = p - z + q + xl * yl;
  return [z, zz];
}

const DBL_MIN = 2.2250738585072014e-308;

/** The Euclidean norm of |vec| (all finite unless max is inf or foundNan), accurate to within 1 ulp. */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    // ldexp(1.0, -maxE) would overflow: turn subnormals into normals first.
    return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  for (let x of vec) {
    x *= scale; // lossless scaling
    const [prHi, prLo] = dlMul(x, x); // lossless squaring
    const smHi = csum + prHi; // lossless addition (dl_fast_sum)
    const smLo = (csum - smHi) + prHi;
    csum = smHi;
    frac1 += prLo;
    frac2 += smLo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [prHi, prLo] = dlMul(-h, h);
  const smHi = csum + prHi;
  const smLo = (csum - smHi) + prHi;
  csum = smHi;
  frac1 += prLo;
  frac2 += smLo;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h); // differential correction
  return h / scale;
}

function norm(vm: VM, coords: PyObject[]): number {
  let max = 0;
  let foundNan = false;
  const vec = coords.map((c) => {
    const x = Math.abs(toDouble(vm, c));
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
    return x;
  });
  return vectorNorm(vec, max, foundNan);
}

// ---------------------------------------------------------------- log of ints of any size

/**
 * loghelper: log of an int is computed even when the int is too big for a float,
 * from its frexp: log(m * 2**e) = log(m) + log(2) * e.
 */
function logHelper(vm: VM, arg: PyObject, f: (x: number) => number): number {
  if (isIntValue(arg)) {
    const v = intOf(arg);
    if (v <= 0) throw domainError();
    if (typeof v === 'number') return f(v);
    const x = Number(v);
    if (Number.isFinite(x)) return f(x);
    const [m, e] = intFrexp(v);
    return f(m) + f(2.0) * e;
  }
  return math1(toDouble(vm, arg), f, false);
}

/** _PyLong_Frexp for a positive bigint: m in [0.5, 1) rounded half-even to 53 bits, and e. */
function intFrexp(v: bigint): [number, number] {
  const bits = bitLength(v);
  const shift = bits - 55;
  let top = v >> BigInt(shift);
  if ((top << BigInt(shift)) !== v) top |= 1n; // sticky bit
  // Round 55 bits (2 extra) to 53, half to even.
  const low = Number(top & 3n);
  top >>= 2n;
  if (low > 2 || (low === 2 && (top & 1n) === 1n)) top += 1n;
  let m = Number(top) / 2 ** 53;
  let e = bits;
  if (m === 1) {
    m = 0.5;
    e += 1;
  }
  return [m, e];
}

// ---------------------------------------------------------------- pow

function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  if (x === 0 && y < 0) throw domainError();
  if (x < 0 && !Number.isInteger(y)) throw domainError();
  let r: number;
  try {
    r = floatPow(x, y);
  } catch {
    throw rangeError();
  }
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}

// ---------------------------------------------------------------- floor / ceil / trunc

function roundToInt(vm: VM, o: PyObject, name: '__floor__' | '__ceil__', f: (x: number) => number): PyObject {
  if (isIntValue(o)) return intOf(o);
  if (o instanceof PyFloat && o.cls === floatType) return floatToInt(f(o.value));
  const m = typeOf(o).lookup(name);
  if (m !== undefined && m !== None) return callSpecialMethod(vm, o, m, []);
  return floatToInt(f(toDouble(vm, o)));
}

// ---------------------------------------------------------------- the module

function intArg(vm: VM, o: PyObject): Int {
  return index(vm, o);
}

const functions: [string, NativeFn, FixedArity?][] = [
  def1('acos', libm.acos),
  def1('acosh', libm.acosh),
  def1('asin', libm.asin),
  def1('asinh', libm.asinh),
  def1('atan', libm.atan),
  def1('atanh', libm.atanh),
  def1('cbrt', libm.cbrt),
  def1('cos', libm.cos),
  def1('cosh', libm.cosh, true),
  def1('erf', libm.erf),
  def1('erfc', libm.erfc),
  def1('exp', libm.exp, true),
  def1('exp2', libm.exp2, true),
  def1('expm1', libm.expm1, true),
  def1('fabs', Math.abs),
  ['gamma', (vm, args, kwargs) => {
    const x = toDouble(vm, oneArg('math.gamma', args, kwargs, 0));
    if (x === 0 || x === -Infinity || (x < 0 && Number.isInteger(x))) throw domainError();
    const r = libm.tgamma(x);
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) throw rangeError();
    return float(r);
  }],
  ['lgamma', (vm, args, kwargs) => {
    const x = toDouble(vm, oneArg('math.lgamma', args, kwargs, 0));
    if (x <= 0 && Number.isInteger(x)) throw domainError();
    const r = libm.lgamma(x);
    if (r === Infinity && Number.isFinite(x)) throw rangeError();
    return float(r);
  }],
  def1('log1p', mLog1p),
  def1('sin', libm.sin),
  def1('sinh', libm.sinh, true),
  def1('sqrt', Math.sqrt),
  def1('tan', libm.tan),
  def1('tanh', libm.tanh),
  ['atan2', (vm, args, kwargs) => {
    const [y, x] = args2(vm, 'atan2', args, kwargs);
    return float(mAtan2(y, x));
  }, { call2: (vm, y, x) => float(mAtan2(toDouble(vm, y), toDouble(vm, x))) }],
  ['copysign', (vm, args, kwargs) => {
    const [x, y] = args2(vm, 'copysign', args, kwargs);
    return float(copysign(x, y));
  }],
  ['fmod', (vm, args, kwargs) => {
    const [x, y] = args2(vm, 'fmod', args, kwargs);
    if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return float(x);
    return float(math2(x, y, fmod));
  }],
  ['remainder', (vm, args, kwargs) => {
    const [x, y] = args2(vm, 'remainder', args, kwargs);
    return float(math2(x, y, mRemainder));
  }],
  ['pow', (vm, args, kwargs) => {
    const [x, y] = args2(vm, 'pow', args, kwargs);
    return float(mathPow(x, y));
  }, { call2: (vm, x, y) => float(mathPow(toDouble(vm, x), toDouble(vm, y))) }],
  ['nextafter', (vm, args, kwargs) => {
    const [x, y] = args2(vm, 'nextafter', args, kwargs);
    return float(nextafter(x, y));
  }],
  ['ulp', (vm, args, kwargs) => {
    const x = Math.abs(toDouble(vm, oneArg('math.ulp', args, kwargs, 0)));
    if (Number.isNaN(x) || !Number.isFinite(x)) return float(x);
    const x2 = nextafter(x, Infinity);
    if (!Number.isFinite(x2)) return float(x - nextafter(x, -Infinity));
    return float(x2 - x);
  }],
  ['degrees', (vm, args, kwargs) => float(toDouble(vm, oneArg('math.degrees', args, kwargs, 0)) * (180.0 / Math.PI))],
  ['radians', (vm, args, kwargs) => float(toDouble(vm, oneArg('math.radians', args, kwargs, 0)) * (Math.PI / 180.0))],
  ['isnan', (vm, args, kwargs) => Number.isNaN(toDouble(vm, oneArg('math.isnan', args, kwargs, 0)))],
  ['isinf', (vm, args, kwargs) => {
    const x = toDouble(vm, oneArg('math.isinf', args, kwargs, 0));
    return !Number.isFinite(x) && !Number.isNaN(x);
  }],
  ['isfinite', (vm, args, kwargs) => Number.isFinite(toDouble(vm, oneArg('math.isfinite', args, kwargs, 0)))],
  ['isclose', (vm, args, kwargs) => {
    const [ao, bo, rt, at] = parseArgs('isclose', args, kwargs, { names: ['a', 'b', 'rel_tol', 'abs_tol'], required: 2, kwOnly: 2 }, 0);
    const a = toDouble(vm, ao!);
    const b = toDouble(vm, bo!);
    const relTol = rt === undefined ? 1e-9 : toDouble(vm, rt);
    const absTol = at === undefined ? 0.0 : toDouble(vm, at);
    if (relTol < 0 || absTol < 0) throw valueError('tolerances must be non-negative');
    if (a === b) return true;
    if (!Number.isFinite(a) && !Number.isNaN(a)) return false;
    if (!Number.isFinite(b) && !Number.isNaN(b)) return false;
    const diff = Math.abs(b - a);
    return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
  }],
  ['floor', (vm, args, kwargs) => roundToInt(vm, oneArg('math.floor', args, kwargs, 0), '__floor__', Math.floor)],
  ['ceil', (vm, args, kwargs) => roundToInt(vm, oneArg('math.ceil', args, kwargs, 0), '__ceil__', Math.ceil)],
  ['trunc', (vm, args, kwargs) => {
    const x = oneArg('math.trunc', args, kwargs, 0);
    if (isIntValue(x)) return intOf(x);
    if (x instanceof PyFloat && x.cls === floatType) return floatToInt(x.value);
    const m = typeOf(x).lookup('__trunc__');
    if (m !== undefined && m !== None) return callSpecialMethod(vm, x, m, []);
    if (x instanceof PyFloat) return floatToInt(x.value);
    throw typeError(`type ${typeOf(x).tpName} doesn't define __trunc__ method`);
  }],
  ['modf', (vm, args, kwargs) => {
    const x = toDouble(vm, oneArg('math.modf', args, kwargs, 0));
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return newTuple([float(x), float(x)]);
      return newTuple([float(copysign(0, x)), float(x)]);
    }
    const ip = Math.trunc(x);
    return newTuple([float(copysign(x - ip, x)), float(ip)]);
  }],
  ['frexp', (vm, args, kwargs) => {
    const [m, e] = frexp(toDouble(vm, oneArg('math.frexp', args, kwargs, 0)));
    return newTuple([float(m), e]);
  }],
  ['ldexp', (vm, args, kwargs) => {
    noKwargs('math.ldexp', kwargs);
    checkArgCount('ldexp', args, 2, 2, 0);
    const x = toDouble(vm, args[0]);
    const eo = args[1];
    if (!isIntValue(eo)) throw typeError('Expected an int as second argument to ldexp.');
    const ev = intOf(eo);
    const e = typeof ev === 'bigint' ? (ev > 0n ? 1e6 : -1e6) : ev;
    const r = ldexp(x, e);
    if (!Number.isFinite(r) && Number.isFinite(x)) throw rangeError();
    return float(r);
  }],
  ['log', (vm, args, kwargs) => {
    noKwargs('log', kwargs); // METH_VARARGS: the bare name
    if (args.length < 1 || args.length > 2) throw typeError('math.log requires 1 to 2 arguments');
    const num = logHelper(vm, args[0], mLog);
    if (args.length === 1) return float(num);
    const den = logHelper(vm, args[1], mLog);
    if (den === 0) throw zeroDivisionError('float division by zero');
    return float(num / den);
  }, { call1: (vm, x) => float(logHelper(vm, x, mLog)) }],
  ['log2', (vm, args, kwargs) => float(logHelper(vm, oneArg('math.log2', args, kwargs, 0), mLog2)), { call1: (vm, x) => float(logHelper(vm, x, mLog2)) }],
  ['log10', (vm, args, kwargs) => float(logHelper(vm, oneArg('math.log10', args, kwargs, 0), mLog10)), { call1: (vm, x) => float(logHelper(vm, x, mLog10)) }],
  ['fsum', (vm, args, kwargs) => {
    const it = getIter(vm, oneArg('math.fsum', args, kwargs, 0));
    function* values(): Generator<number> {
      for (let v = iterNext(vm, it); v !== undefined; v = iterNext(vm, it)) yield toDouble(vm, v);
    }
    return float(fsum(values()));
  }],
  ['prod', (vm, args, kwargs) => {
    const [iterable, start] = parseArgs('prod', args, kwargs, { names: ['iterable', 'start'], required: 1, posOnly: 1, kwOnly: 1 }, 0);
    let acc: PyObject = start === undefined ? 1 : start;
    const it = getIter(vm, iterable!);
    for (let v = iterNext(vm, it); v !== undefined; v = iterNext(vm, it)) acc = binaryOp(vm, acc, v, BinOp.MUL);
    return acc;
  }],
  ['hypot', (vm, args, kwargs) => {
    noKwargs('math.hypot', kwargs);
    return float(norm(vm, args));
  }],
  ['dist', (vm, args, kwargs) => {
    noKwargs('math.dist', kwargs);
    checkArgCount('dist', args, 2, 2, 0);
    const p = toArray(vm, args[0]);
    const q = toArray(vm, args[1]);
    if (p.length !== q.length) throw valueError('both points must have the same number of dimensions');
    let max = 0;
    let foundNan = false;
    const diffs = p.map((pi, i) => {
      const x = Math.abs(toDouble(vm, pi) - toDouble(vm, q[i]));
      foundNan ||= Number.isNaN(x);
      if (x > max) max = x;
      return x;
    });
    return float(vectorNorm(diffs, max, foundNan));
  }],
  ['factorial', (vm, args, kwargs) => {
    const n = intArg(vm, oneArg('math.factorial', args, kwargs, 0));
    if (isNegInt(n)) throw valueError('factorial() not defined for negative values');
    if (typeof n === 'bigint') throw overflowError('factorial() argument should not exceed 9223372036854775807');
    return factorial(n);
  }],
  ['gcd', (vm, args, kwargs) => {
    noKwargs('math.gcd', kwargs);
    if (args.length === 0) return 0;
    let r = absInt(intArg(vm, args[0]));
    for (let i = 1; i < args.length; i++) {
      const x = intArg(vm, args[i]);
      if (r !== 1) r = gcd(r, x);
    }
    return r;
  }],
  ['lcm', (vm, args, kwargs) => {
    noKwargs('math.lcm', kwargs);
    if (args.length === 0) return 1;
    let r = absInt(intArg(vm, args[0]));
    for (let i = 1; i < args.length; i++) {
      const x = intArg(vm, args[i]);
      if (r === 0) continue;
      if (x === 0 || x === 0n) {
        r = 0;
        continue;
      }
      const g = big(gcd(r, x));
      const prod = (big(r) / g) * big(x);
      r = normInt(prod < 0n ? -prod : prod);
    }
    return r;
  }],
  ['isqrt', (vm, args, kwargs) => {
    const n = intArg(vm, oneArg('math.isqrt', args, kwargs, 0));
    if (isNegInt(n)) throw valueError('isqrt() argument must be nonnegative');
    return isqrt(n);
  }],
  ['comb', (vm, args, kwargs) => {
    noKwargs('math.comb', kwargs);
    checkArgCount('comb', args, 2, 2, 0);
    const n = intArg(vm, args[0]);
    const k = intArg(vm, args[1]);
    if (isNegInt(n)) throw valueError('n must be a non-negative integer');
    if (isNegInt(k)) throw valueError('k must be a non-negative integer');
    const bn = big(n);
    let bk = big(k);
    if (bk > bn) return 0;
    if (bn - bk < bk) bk = bn - bk;
    if (bk > 9223372036854775807n) throw overflowError('min(n - k, k) must not exceed 9223372036854775807');
    return normInt(comb(bn, bk));
  }],
  ['perm', (vm, args, kwargs) => {
    noKwargs('math.perm', kwargs);
    checkArgCount('perm', args, 1, 2, 0);
    const n = intArg(vm, args[0]);
    if (args.length === 1 || args[1] === None) {
      if (isNegInt(n)) throw valueError('factorial() not defined for negative values');
      if (typeof n === 'bigint') throw overflowError('factorial() argument should not exceed 9223372036854775807');
      return factorial(n);
    }
    const k = intArg(vm, args[1]);
    if (isNegInt(n)) throw valueError('n must be a non-negative integer');
    if (isNegInt(k)) throw valueError('k must be a non-negative integer');
    const bn = big(n);
    const bk = big(k);
    if (bk > bn) return 0;
    if (bk > 9223372036854775807n) throw overflowError('k must not exceed 9223372036854775807');
    return normInt(rangeProduct(bn - bk + 1n, bn));
  }],
];

/** nextafter(x, y): the next double after x in the direction of y. */
export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  f64.setFloat64(0, x);
  let bits = f64.getBigUint64(0);
  if ((y > x) === (x > 0)) bits += 1n;
  else bits -= 1n;
  f64.setBigUint64(0, bits);
  return f64.getFloat64(0);
}

export const init_math: ModuleInit = (vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', 'This module provides access to the mathematical functions\ndefined by the C standard.');
  for (const [name, fn, fixed] of functions) d.setStr(name, builtin(name, fn, 'math', fixed));
  d.setStr('pi', float(Math.PI));
  d.setStr('e', float(Math.E));
  d.setStr('tau', float(2 * Math.PI));
  d.setStr('inf', float(Infinity));
  d.setStr('nan', float(NaN));
};
