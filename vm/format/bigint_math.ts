// Python's arithmetic on int (number | bigint) and float (number) operands: division, modulo, powers, shifts, rounding, hashing.

import { normInt } from '../objects/int.js';
import { MemoryError, OverflowError, newException, overflowError, valueError, zeroDivisionError } from '../objects/exceptions.js';
import { dtoa } from './float_repr.js';
import { libmPow, powHalf } from './libm_pow.js';

export type Int = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

function big(v: Int): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

function isNeg(v: Int): boolean {
  return v < 0;
}

function isZero(v: Int): boolean {
  return v === 0 || v === 0n;
}

/** The number of bits of a non-negative bigint (0 for 0). */
export function bitLength(x: bigint): number {
  if (x < 0n) x = -x;
  const h = x.toString(16);
  return h.length * 4 - (Math.clz32(Number.parseInt(h[0], 16)) - 28);
}

/** Runs a bigint computation, turning V8's "Maximum BigInt size exceeded" into Python's MemoryError. */
function guarded<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) throw newException(MemoryError);
    throw e;
  }
}

// ---------------------------------------------------------------- int division

/** a // b (floor division). */
export function intFloorDiv(a: Int, b: Int): Int {
  if (isZero(b)) throw zeroDivisionError('integer division or modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && (r < 0) !== (b < 0)) q -= 1;
    return q + 0;
  }
  return bigDivmod(big(a), big(b))[0];
}

/** a % b, with the sign of b. */
export function intMod(a: Int, b: Int): Int {
  if (isZero(b)) throw zeroDivisionError('integer modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r + 0;
  }
  return bigDivmod(big(a), big(b))[1];
}

/** divmod(a, b) for ints. */
export function intDivmod(a: Int, b: Int): [Int, Int] {
  if (isZero(b)) throw zeroDivisionError('integer division or modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && (r < 0) !== (b < 0)) {
      r += b;
      q -= 1;
    }
    return [q + 0, r + 0];
  }
  return bigDivmod(big(a), big(b));
}

function bigDivmod(a: bigint, b: bigint): [Int, Int] {
  let q = a / b;
  let r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    r += b;
    q -= 1n;
  }
  return [normInt(q), normInt(r)];
}

/** a / b for ints: correctly rounded, even when a and b are far beyond the float range. */
export function intTrueDiv(a: Int, b: Int): number {
  if (isZero(b)) throw zeroDivisionError('division by zero');
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  const negative = isNeg(a) !== isNeg(b);
  let x = big(a);
  let y = big(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  const r = x === 0n ? 0 : roundRatio(x, y, 0);
  if (r === Infinity) throw overflowError('integer division result too large for a float');
  return negative ? -r : r;
}

// ---------------------------------------------------------------- int <-> float

/** float(v) for an int: correctly rounded (half even). */
export function intToFloat(v: Int): number {
  if (typeof v === 'number') return v;
  const r = Number(v);
  if (!Number.isFinite(r)) throw overflowError('int too large to convert to float');
  return r;
}

/** int(x) for a float: truncation toward zero. */
export function floatToInt(x: number): Int {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(x);
  if (t >= -MAX_SAFE && t <= MAX_SAFE) return t + 0;
  return BigInt(t);
}

const f64 = new DataView(new ArrayBuffer(8));

/** 2**e as a double, built from its bits (exact for -1074 <= e <= 1023). */
function pow2(e: number): number {
  if (e >= -1022) {
    f64.setUint32(0, (e + 1023) << 20);
    f64.setUint32(4, 0);
  } else {
    const shift = e + 1074;
    f64.setUint32(0, shift >= 32 ? 1 << (shift - 32) : 0);
    f64.setUint32(4, shift < 32 ? (2 ** shift) >>> 0 : 0);
  }
  return f64.getFloat64(0);
}

/** x * 2**e, exact whenever the result is representable. */
function ldexp(x: number, e: number): number {
  while (e > 1023) {
    x *= pow2(1023);
    e -= 1023;
  }
  while (e < -1022) {
    x *= pow2(-1022);
    e += 1022;
  }
  return x * pow2(e);
}

/** Splits a positive finite double into an odd integer mantissa and a power of two: x = m * 2**e. */
function decompose(x: number): { m: bigint; e: number } {
  f64.setFloat64(0, x);
  const hi = f64.getUint32(0);
  const lo = f64.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) {
    e = -1074;
  } else {
    m |= 1n << 52n;
    e = bexp - 1075;
  }
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  return { m, e };
}

/** num/den * 2**exp2 rounded half-even to a double (num, den > 0); Infinity when it overflows. */
export function roundRatio(num: bigint, den: bigint, exp2: number): number {
  const s = 55 - (bitLength(num) - bitLength(den));
  let n = num;
  let d = den;
  if (s >= 0) n <<= BigInt(s);
  else d <<= BigInt(-s);
  const q = n / d;
  const sticky = n % d !== 0n;
  const qb = bitLength(q);
  const scale = exp2 - s;
  const top = qb - 1 + scale;
  if (top >= 1024) return Infinity;
  const ulpExp = Math.max(top - 52, -1074);
  const drop = ulpExp - scale;
  let kept = q >> BigInt(drop);
  const rem = q - (kept << BigInt(drop));
  const half = 1n << BigInt(drop - 1);
  if (rem > half || (rem === half && (sticky || (kept & 1n) === 1n))) kept += 1n;
  return ldexp(Number(kept), ulpExp);
}

// ---------------------------------------------------------------- int powers

/** a ** b for ints; a negative exponent gives a float, returned as `{ float }` for the caller to box. */
export function intPow(a: Int, b: Int): Int | { float: number } {
  if (isNeg(b)) return { float: floatPow(intToFloat(a), intToFloat(b)) };
  if (isZero(b)) return 1;
  if (a === 0 || a === 1 || a === 0n || a === 1n) return a === 0n ? 0 : a === 1n ? 1 : a;
  if (a === -1 || a === -1n) return (typeof b === 'bigint' ? (b & 1n) === 1n : (b & 1) === 1) ? -1 : 1;
  if (typeof b === 'bigint') throw newException(MemoryError);
  if (typeof a === 'number') {
    // Square-and-multiply in doubles while every product stays exact.
    let result = 1;
    let base = a;
    let e = b;
    let exact = true;
    while (e > 0) {
      if (e & 1) {
        result *= base;
        if (Math.abs(result) > MAX_SAFE) { exact = false; break; }
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        base *= base;
        if (base > MAX_SAFE) { exact = false; break; }
      }
    }
    if (exact) return result;
  }
  const ab = big(a);
  return guarded(() => normInt(ab ** BigInt(b)));
}

/** pow(a, b, m) for ints, including a negative exponent through the modular inverse. */
export function intPowMod(a: Int, b: Int, m: Int): Int {
  if (isZero(m)) throw valueError('pow() 3rd argument cannot be 0');
  let mod = big(m);
  const negativeOutput = mod < 0n;
  if (negativeOutput) mod = -mod;
  if (mod === 1n) return 0;
  let base = big(a);
  let exp = big(b);
  if (exp < 0n) {
    const inv = modInverse(((base % mod) + mod) % mod, mod);
    if (inv === null) throw valueError('base is not invertible for the given modulus');
    base = inv;
    exp = -exp;
  }
  base %= mod;
  if (base < 0n) base += mod;
  let result = 1n;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    exp >>= 1n;
    if (exp > 0n) base = (base * base) % mod;
  }
  if (negativeOutput && result !== 0n) result -= mod;
  return normInt(result);
}

function modInverse(a: bigint, m: bigint): bigint | null {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) return null;
  return ((oldS % m) + m) % m;
}

// ---------------------------------------------------------------- int bit operations

/**
 * Largest left shift attempted. DIVERGENCE: V8 caps a BigInt at 2**30 bits, so a larger
 * result is a MemoryError here, where CPython would build it if memory allowed.
 */
const MAX_SHIFT = 1 << 30;

/**
 * CPython's limit on an int's size in 30-bit digits ((PY_SSIZE_T_MAX - header) / 4): a shift whose
 * result would need more is an OverflowError ("too many digits in integer"), not a MemoryError.
 */
const MAX_LONG_DIGITS = 2305843009213693945n;
const SSIZE_MAX_DIV_4 = 2305843009213693951n;

/** a << b. */
export function intLshift(a: Int, b: Int): Int {
  if (isNeg(b)) throw valueError('negative shift count');
  if (isZero(a)) return 0;
  if (typeof b === 'bigint' || b > MAX_SHIFT) {
    // As long_lshift: whole digits shifted (clipped at PY_SSIZE_T_MAX / 4), plus one for a partial digit.
    const bb = BigInt(b);
    const oldSize = (BigInt(bitLength(big(a) < 0n ? -big(a) : big(a))) + 29n) / 30n;
    const clipped = bb / 30n >= SSIZE_MAX_DIV_4;
    const newSize = oldSize + (clipped ? SSIZE_MAX_DIV_4 : bb / 30n) + (!clipped && bb % 30n !== 0n ? 1n : 0n);
    if (newSize > MAX_LONG_DIGITS) throw overflowError('too many digits in integer');
    throw newException(MemoryError);
  }
  if (typeof a === 'number' && b < 53) {
    const r = a * 2 ** b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  const ab = big(a);
  return guarded(() => normInt(ab << BigInt(b)));
}

/** a >> b (floor). */
export function intRshift(a: Int, b: Int): Int {
  if (isNeg(b)) throw valueError('negative shift count');
  if (typeof b === 'bigint' || b > MAX_SHIFT) return isNeg(a) ? -1 : 0;
  if (typeof a === 'number') return b >= 1024 ? (a < 0 ? -1 : 0) : Math.floor(a / 2 ** b) + 0;
  return normInt(a >> BigInt(b));
}

function isInt32(v: Int): v is number {
  return typeof v === 'number' && (v | 0) === v;
}

/** a & b (two's complement with infinite sign extension, as bigint does). */
export function intAnd(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normInt(big(a) & big(b));
}

/** a | b. */
export function intOr(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normInt(big(a) | big(b));
}

/** a ^ b. */
export function intXor(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normInt(big(a) ^ big(b));
}

/** ~a, that is -a - 1. */
export function intInvert(a: Int): Int {
  if (typeof a === 'number') {
    const r = -a - 1;
    return r >= -MAX_SAFE ? r : BigInt(a) * -1n - 1n;
  }
  return normInt(~a);
}

// ---------------------------------------------------------------- float division

/** x / y for floats. */
export function floatTrueDiv(x: number, y: number): number {
  if (y === 0) throw zeroDivisionError('float division by zero');
  return x / y;
}

/** CPython's _float_div_mod: the floor quotient and the remainder with the divisor's sign. */
function floatDivModRaw(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** x // y for floats. */
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) throw zeroDivisionError('float floor division by zero');
  return floatDivModRaw(x, y)[0];
}

/** x % y for floats, with the sign of y. */
export function floatMod(x: number, y: number): number {
  if (y === 0) throw zeroDivisionError('float modulo');
  let mod = x % y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) mod += y;
  } else {
    mod = y < 0 || Object.is(y, -0) ? -0 : 0;
  }
  return mod;
}

/** divmod(x, y) for floats. */
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) throw zeroDivisionError('float divmod()');
  return floatDivModRaw(x, y);
}

// ---------------------------------------------------------------- float powers

function isOddInteger(x: number): boolean {
  return Math.abs(x) % 2 === 1;
}

/** x ** y for floats, as CPython's float_pow: the special cases spelled out, then libm's pow(). */
export function floatPow(x: number, y: number): number {
  if (y === 0) return 1.0;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1.0 ? 1.0 : y;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1.0) return 1.0;
    if ((y > 0) === (ax > 1.0)) return Math.abs(y);
    return 0.0;
  }
  if (!Number.isFinite(x)) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Math.abs(x);
    return odd ? (x < 0 ? -0 : 0) : 0;
  }
  if (x === 0) {
    if (y < 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
    return isOddInteger(y) ? x : 0.0;
  }
  let negate = false;
  if (x < 0) {
    // The ** operator makes this complex before it gets here (arith.ts); math.pow's caller checks first.
    if (y !== Math.floor(y)) throw valueError('complex numbers are not supported');
    x = -x;
    negate = isOddInteger(y);
  }
  if (x === 1.0) return negate ? -1.0 : 1.0;
  const r = y === 0.5 ? powHalf(x) : libmPow(x, y);
  if (r === Infinity) throw newException(OverflowError, 34, 'Numerical result out of range');
  return negate ? -r : r;
}

// ---------------------------------------------------------------- rounding

/** C's round(): half away from zero. */
function roundHalfAway(x: number): number {
  const t = Math.trunc(x);
  if (Math.abs(x - t) >= 0.5) return t + Math.sign(x);
  return t;
}

/** round(x) for a float: the nearest int, half to even. */
export function floatRoundToInt(x: number): Int {
  let rounded = roundHalfAway(x);
  if (Math.abs(x - rounded) === 0.5) rounded = 2.0 * roundHalfAway(x / 2.0);
  return floatToInt(rounded);
}

/** round(x, ndigits) for a float: correctly rounded through its decimal digits, half to even. */
export function floatRound(x: number, ndigits: Int): number {
  if (!Number.isFinite(x)) return x;
  const nd = typeof ndigits === 'bigint' ? (ndigits > 0n ? Infinity : -Infinity) : ndigits;
  if (nd > 323) return x;
  if (nd < -308) return 0.0 * x;
  const d = dtoa(x, 3, nd);
  const text = `${d.negative ? '-' : ''}0${d.digits}e${d.decpt - d.digits.length}`;
  const rounded = Number(text);
  if (!Number.isFinite(rounded)) throw overflowError('rounded value too large to represent');
  return rounded;
}

/** round(v, ndigits) for an int: a multiple of 10**-ndigits, half to even. */
export function intRound(v: Int, ndigits: Int): Int {
  if (!isNeg(ndigits)) return v;
  const bv = big(v);
  const digits = (bv < 0n ? -bv : bv).toString().length;
  if (-big(ndigits) > BigInt(digits)) return 0;
  const p = 10n ** BigInt(-Number(ndigits));
  let q = bv / p;
  let r = bv % p;
  if (r < 0n) {
    r += p;
    q -= 1n;
  }
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return normInt(q * p);
}

// ---------------------------------------------------------------- hashing

const HASH_BITS = 61n;
const HASH_MODULUS = (1n << HASH_BITS) - 1n;
const HASH_INF = 314159;

/** hash(v) for an int: v modulo 2**61 - 1 with v's sign, and -1 becomes -2. */
export function intHash(v: Int): Int {
  if (typeof v === 'number') return v === -1 ? -2 : v;
  const neg = v < 0n;
  let h = (neg ? -v : v) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return normInt(h);
}

/**
 * hash(x) for a float, equal to the hash of any int or fraction it equals.
 * DIVERGENCE: hash(nan) is 0 here; CPython 3.10+ hashes a nan by its identity.
 */
export function floatHash(x: number): Int {
  if (Number.isNaN(x)) return 0;
  if (!Number.isFinite(x)) return x > 0 ? HASH_INF : -HASH_INF;
  if (Number.isInteger(x) && Math.abs(x) <= MAX_SAFE) return intHash(x + 0);
  const neg = x < 0;
  const { m, e } = decompose(Math.abs(x));
  const shift = ((e % 61) + 61) % 61;
  let h = (m * (1n << BigInt(shift))) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return normInt(h);
}
