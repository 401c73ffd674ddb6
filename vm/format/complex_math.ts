// Complex arithmetic on (real, imag) pairs, computed step for step as CPython 3.11 does, so
// results agree to the bit: Smith's division, powers by repeated squaring for small integer
// exponents and through polar form otherwise, C99's rules for abs() of infinities and NaNs.

import { hypot } from './math_dd.js';
import { libmAtan2 as atan2 } from './libm_atan.js';
import { libmSin as sin, libmCos as cos } from './libm_sincos.js';
import { libmExp as exp } from './libm_exp.js';
import { libmLog as log } from './libm_log.js';
import { libmPow, powHalf } from './libm_pow.js';

/** A complex value: [real, imag]. */
export type Cx = [number, number];

export function cSum(a: Cx, b: Cx): Cx {
  return [a[0] + b[0], a[1] + b[1]];
}

export function cDiff(a: Cx, b: Cx): Cx {
  return [a[0] - b[0], a[1] - b[1]];
}

export function cProd(a: Cx, b: Cx): Cx {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/**
 * a / b by Smith's method (scale by the larger part of b, so no intermediate overflows
 * needlessly); null when b is zero (C's errno EDOM).
 */
export function cQuot(a: Cx, b: Cx): Cx | null {
  const absBr = Math.abs(b[0]);
  const absBi = Math.abs(b[1]);
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  // At least one part of b is a NaN.
  return [NaN, NaN];
}

/** |z|: an infinite part gives inf even beside a NaN; otherwise hypot (inf when it overflows). */
export function cAbs(z: Cx): number {
  const [re, im] = z;
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (re === Infinity || re === -Infinity) return Infinity;
    if (im === Infinity || im === -Infinity) return Infinity;
    return NaN;
  }
  return hypot(re, im);
}

const ONE: Cx = [1, 0];

/** x ** n for n >= 0, by binary powering (the products in the order they are taken matter). */
function cPowUnsigned(x: Cx, n: number): Cx {
  let r = ONE;
  let p = x;
  for (let mask = 1; mask <= n; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = cProd(r, p);
    p = cProd(p, p);
  }
  return r;
}

/** x ** n for an integer n; null when a negative power divides by zero. */
function cPowInt(x: Cx, n: number): Cx | null {
  return n > 0 ? cPowUnsigned(x, n) : cQuot(ONE, cPowUnsigned(x, -n));
}

/** C's pow(x, y) for x >= 0 (a modulus), with C99's special values. */
function powModulus(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === Infinity) return y < 0 ? 0 : Infinity;
  if (y === Infinity) return x > 1 ? Infinity : 0;
  if (y === -Infinity) return x > 1 ? 0 : Infinity;
  if (x === 0) return y < 0 ? Infinity : 0;
  return y === 0.5 ? powHalf(x) : libmPow(x, y);
}

/** a ** b through polar form; null for zero to a negative or complex power (or an infinite phase). */
function cPowGeneral(a: Cx, b: Cx): Cx | null {
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) return null;
    return [0, 0];
  }
  const vabs = hypot(a[0], a[1]);
  let len = powModulus(vabs, b[0]);
  const at = atan2(a[1], a[0]);
  let phase = at * b[0];
  if (b[1] !== 0) {
    len /= exp(at * b[1]);
    phase += b[1] * log(vabs);
  }
  // C's cos of an infinite phase sets errno to EDOM, which complex_pow reports as this error.
  if (phase === Infinity || phase === -Infinity) return null;
  return [len * cos(phase), len * sin(phase)];
}

/**
 * a ** b as the ** operator computes it: small integral exponents (|b| <= 100) by repeated
 * multiplication, the rest in polar form. null means zero to a negative or complex power.
 */
export function cPow(a: Cx, b: Cx): Cx | null {
  if (b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100) return cPowInt(a, b[0]);
  return cPowGeneral(a, b);
}
