// Correctly rounded asin and acos, computed in double-double arithmetic (and glibc's hypot).
//
// CPython's math module calls glibc. Its exp, log, sin, cos, tan, expm1, log1p, exp2, log2,
// atan and atan2 are replayed bit for bit (libm_*.ts). For these two, glibc's results are not
// always correctly rounded either (they differ from the correctly rounded value in about one
// case in 500-1000), but V8's Math functions (fdlibm ports) differ from glibc for 2 to 7% of
// arguments. Here each function is evaluated to about 100 bits (a double-double: hi + lo
// with |lo| <= ulp(hi)/2), then rounded once, which reproduces glibc wherever glibc itself
// is correctly rounded.
// The constants (ln 2, pi, atan(j/16)) are computed at first use with BigInt.
// The functions math calls run on dd_scalar.ts's operations (no array per value), step for
// step as the DD-array versions here, which build the tables and take the rare cases.

import { DD_LO, addS, divS, mulDS, mulS, twoProdS, twoSumS } from './dd_scalar.js';

/** A double-double: the unevaluated sum hi + lo. */
type DD = [number, number];

// ---------------------------------------------------------------- error-free transformations

// The DD pairs of the slow paths are dd_scalar.ts's operations with their results in arrays:
// one arithmetic for both, so the fast paths' results are the slow paths' bit for bit.

function twoSum(a: number, b: number): DD {
  const s = twoSumS(a, b);
  return [s, DD_LO[0]];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

/** a * b = p + e exactly (Dekker), for |a|, |b| < 2**996. */
function twoProd(a: number, b: number): DD {
  const p = twoProdS(a, b);
  return [p, DD_LO[0]];
}

function add(a: DD, b: DD): DD {
  const hi = addS(a[0], a[1], b[0], b[1]);
  return [hi, DD_LO[0]];
}

function neg(a: DD): DD {
  return [-a[0], -a[1]];
}

function sub(a: DD, b: DD): DD {
  return add(a, neg(b));
}

function mul(a: DD, b: DD): DD {
  const hi = mulS(a[0], a[1], b[0], b[1]);
  return [hi, DD_LO[0]];
}

function mulD(a: DD, y: number): DD {
  const hi = mulDS(a[0], a[1], y);
  return [hi, DD_LO[0]];
}

function div(a: DD, b: DD): DD {
  const hi = divS(a[0], a[1], b[0], b[1]);
  return [hi, DD_LO[0]];
}

function sqrt(a: DD): DD {
  if (a[0] <= 0) return [0, 0];
  const x = Math.sqrt(a[0]);
  const [p, e] = twoProd(x, x);
  return quickTwoSum(x, (((a[0] - p) - e) + a[1]) / (2 * x));
}

/** The double nearest hi + lo. */
const round = (a: DD) => a[0] + a[1];

// ---------------------------------------------------------------- constants from BigInt

const PREC = 1400;

/** The DD nearest v / 2**bits (v > 0). */
function ddFromFixed(v: bigint, bits: number): DD {
  const hi = fixedToDouble(v, bits);
  const rest = v - doubleToFixed(hi, bits);
  return [hi, fixedToDouble(rest, bits)];
}

/** v / 2**bits rounded to the nearest double (v may be negative); exact enough for constants. */
function fixedToDouble(v: bigint, bits: number): number {
  if (v === 0n) return 0;
  const negative = v < 0n;
  let m = negative ? -v : v;
  const len = m.toString(2).length;
  let shift = len - 64;
  if (shift > 0) {
    const sticky = (m & ((1n << BigInt(shift)) - 1n)) !== 0n ? 1n : 0n;
    m = (m >> BigInt(shift)) | sticky;
  } else shift = 0;
  // m has at most 64 bits: Number(m) rounds to nearest (the sticky bit breaks ties correctly).
  const r = Number(m) * 2 ** (shift - bits);
  return negative ? -r : r;
}

/** x * 2**bits as an exact BigInt (x a double whose scaled value is an integer). */
function doubleToFixed(x: number, bits: number): bigint {
  if (x === 0) return 0n;
  const f = new DataView(new ArrayBuffer(8));
  f.setFloat64(0, x);
  const hi = f.getUint32(0);
  const lo = f.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = bexp - 1075;
  }
  const sh = e + bits;
  const r = sh >= 0 ? m << BigInt(sh) : m >> BigInt(-sh);
  return x < 0 ? -r : r;
}

/** atan(1/n) * 2**PREC by its series. */
function atanInvFixed(n: bigint): bigint {
  const one = 1n << BigInt(PREC + 16);
  let term = one / n;
  const n2 = n * n;
  let sum = 0n;
  let k = 1n;
  let sign = 1n;
  while (term !== 0n) {
    sum += (sign * term) / k;
    term /= n2;
    k += 2n;
    sign = -sign;
  }
  return sum >> 16n;
}

interface Constants {
  ln2: DD;
  invLn2: DD;
  pi: DD;
  pio2: DD;
  /** pi/2 in four pieces: the first three with 33 significant bits, so k * piece is exact for k < 2**20. */
  pio2Parts: [number, number, number, number];
  /** 2/pi * 2**PREC, for the reduction of huge arguments. */
  twoOverPi: bigint;
  /** atan(j/16) for j = 0..16. */
  atanTable: DD[];
  sinCoef: DD[];
  cosCoef: DD[];
  invOdd: DD[];
}

let constants: Constants | null = null;

function k(): Constants {
  if (constants !== null) return constants;
  const one = 1n << BigInt(PREC);
  // ln 2 = 2 atanh(1/3) = 2 * sum 1/((2k+1) 3**(2k+1)).
  let ln2f = 0n;
  {
    const g = BigInt(PREC + 16);
    let term = (1n << g) / 3n;
    for (let i = 1n; term !== 0n; i += 2n) {
      ln2f += term / i;
      term /= 9n;
    }
    ln2f = (2n * ln2f) >> 16n;
  }
  // pi = 16 atan(1/5) - 4 atan(1/239).
  const pif = 16n * atanInvFixed(5n) - 4n * atanInvFixed(239n);
  const pio2f = pif >> 1n;
  const pieces: number[] = [];
  let rest = pio2f;
  for (let i = 0; i < 3; i++) {
    // Truncate to 33 significant bits.
    const d = fixedToDouble(rest, PREC);
    const dv = new DataView(new ArrayBuffer(8));
    dv.setFloat64(0, d);
    // Keep 1 + 20 + 12 = 33 significant bits: clear the low 20 bits of the low word.
    dv.setUint32(4, dv.getUint32(4) & 0xfff00000);
    const piece = dv.getFloat64(0);
    pieces.push(piece);
    rest -= doubleToFixed(piece, PREC);
  }
  pieces.push(fixedToDouble(rest, PREC));
  const c: Constants = {
    ln2: ddFromFixed(ln2f, PREC),
    invLn2: ddFromFixed((one * one) / ln2f, PREC),
    pi: ddFromFixed(pif, PREC),
    pio2: ddFromFixed(pio2f, PREC),
    pio2Parts: pieces as [number, number, number, number],
    twoOverPi: (one * one * 2n) / pif,
    atanTable: [],
    sinCoef: [],
    cosCoef: [],
    invOdd: [],
  };
  // Taylor coefficients (-1)**i / (2i+1)! and (-1)**i / (2i)!, as DDs.
  let fact: DD = [1, 0];
  for (let i = 0; i <= 30; i++) {
    // fact = i!
    if (i > 0) fact = mulD(fact, i);
    const inv = div([1, 0], fact);
    const signed: DD = (i >> 1) % 2 === 0 ? inv : neg(inv);
    if (i % 2 === 0) c.cosCoef.push(signed);
    else c.sinCoef.push(signed);
  }
  for (let i = 0; i < 40; i++) c.invOdd.push(div([1, 0], [2 * i + 1, 0]));
  constants = c;
  // atan(j/16) from the series with the halving identity atan(t) = 2 atan(t / (1 + sqrt(1 + t*t))).
  for (let j = 0; j <= 16; j++) {
    let t: DD = [j / 16, 0];
    let scale = 1;
    for (let h = 0; h < 4; h++) {
      t = div(t, add([1, 0], sqrt(add([1, 0], mul(t, t)))));
      scale *= 2;
    }
    c.atanTable.push(mulD(atanSeries(t, c, 30), scale));
  }
  return c;
}

/** atan(t) = t - t**3/3 + ... for small t, with `terms` terms (the last ones in doubles when |t| <= 1/32). */
function atanSeries(t: DD, c: Constants, terms: number): DD {
  const t2 = mul(t, t);
  const x2 = t2[0];
  const split = terms === 12 ? 5 : terms;
  let tail = 0;
  for (let i = terms - 1; i >= split; i--) tail = (i % 2 === 0 ? c.invOdd[i][0] : -c.invOdd[i][0]) + x2 * tail;
  let acc: DD = [tail, 0];
  for (let i = split - 1; i >= 0; i--) {
    const ci = i % 2 === 0 ? c.invOdd[i] : neg(c.invOdd[i]);
    acc = add(ci, mul(t2, acc));
  }
  return mul(t, acc);
}

// ---------------------------------------------------------------- scaling by 2**k with one rounding

// ---------------------------------------------------------------- exp and log

// ---------------------------------------------------------------- trigonometry

// With only the first coefficients in DD, the terms summed in doubles (the first -1/5040 r**6
// for sin, 1/40320 r**8 for cos, times at most 0.24 and 0.15 for |r| <= pi/4) carry an error
// of about 2**-62.7 and 2**-66 of the result (Horner's bound for 12 terms, and the dropped
// low part of r**2): QUICK_ERROR leaves a margin of five and more.
// The quick kernels stop after eleven coefficients (the next term is below 2**-79 of the result).

/** atan(t) for 0 <= t <= 1 (a DD): a table value atan(j/16) plus the series of the remainder. */
function atanUnit(t: DD): DD {
  const c = k();
  const j = Math.round(t[0] * 16);
  if (j === 0) return atanSeries(t, c, 12);
  const cj = j / 16;
  // atan(t) = atan(cj) + atan((t - cj) / (1 + t cj)).
  const u = div(sub(t, [cj, 0]), add([1, 0], mulD(t, cj)));
  return add(c.atanTable[j], atanSeries(u, c, 12));
}

// The quick atan series: |u| <= 1/32 after the table step, so from u**5/5 on (below 2**-22 of
// u) the terms summed in doubles are within about 2**-71 of u, and u**17/17 is below 2**-84.

/** atan(a) for a >= 0 (a DD). */
function atanPos(a: DD): DD {
  if (a[0] <= 1) return atanUnit(a);
  return sub(k().pio2, atanUnit(div([1, 0], a)));
}

export function asin(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a > 1) return NaN;
  if (a < 2 ** -26) return x;
  let r: number;
  if (a === 1) r = round(k().pio2);
  else {
    // asin(a) = atan(a / sqrt(1 - a*a)), 1 - a*a computed exactly.
    const [p, e] = twoProd(a, a);
    const d = sqrt(sub([1, 0], [p, e]));
    r = round(atanPos(div([a, 0], d)));
  }
  return x < 0 ? -r : r;
}

export function acos(x: number): number {
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) > 1) return NaN;
  if (x === 1) return 0;
  const c = k();
  // acos(a) = 2 atan(sqrt((1 - a) / (1 + a))) for a >= 0; acos(-a) = pi - acos(a).
  const a = Math.abs(x);
  const ratio = div(twoSum(1, -a), twoSum(1, a));
  const th = mulD(atanPos(sqrt(ratio)), 2);
  return round(x < 0 ? sub(c.pi, th) : th);
}

/**
 * C's hypot(x, y) as glibc 2.35+ computes it (Borges, "An Improved Algorithm for hypot(a, b)",
 * the variant without fused multiply-add): sqrt(ax*ax + ay*ay), then one Newton-style
 * correction from the exact error terms. It is not always correctly rounded (a result within
 * a hair of half an ulp may round the other way), so this follows its steps rather than
 * computing the exact root.
 */
export function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
    return NaN;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x;
  const ay = x < y ? x : y;
  const SCALE = 2 ** -600;
  const EPS = 2 ** -54;
  if (ax > 2 ** 511) {
    if (ay <= ax * EPS) return ax + ay;
    return hypotKernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < 2 ** -511) {
    if (ax >= ay / EPS) return ax + ay;
    return hypotKernel(ax / SCALE, ay / SCALE) * SCALE;
  }
  if (ay <= ax * EPS) return ax + ay;
  return hypotKernel(ax, ay);
}

/** The correction step, for ax >= ay >= 0 whose squares neither overflow nor underflow. */
function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2 * ay) {
    const delta = h - ay;
    t1 = ax * (2 * delta - ax);
    t2 = (delta - 2 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2 * delta * (ax - 2 * ay);
    t2 = (4 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2 * h);
  return h;
}
