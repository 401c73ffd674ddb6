// The C library functions behind the math module: JS Math where it agrees with glibc, ports where CPython has its own.
//
// gamma and lgamma are CPython's own (mathmodule.c: Lanczos approximation with
// N=13, g=6.024680040776729583740234375); erf and erfc follow fdlibm's s_erf.c,
// which glibc 2.36 uses.

import { floatPow } from '../vm/format/bigint_math.js';

export const acos = Math.acos;
export const acosh = Math.acosh;
export const asin = Math.asin;
export const asinh = Math.asinh;
export const atan = Math.atan;
export const atanh = Math.atanh;
export const atan2 = Math.atan2;
export const cbrt = Math.cbrt;
export const cos = Math.cos;
export const cosh = Math.cosh;
export const exp = Math.exp;
export const expm1 = Math.expm1;
export const log = Math.log;
export const log1p = Math.log1p;
export const log2 = Math.log2;
export const log10 = Math.log10;
export const sin = Math.sin;
export const sinh = Math.sinh;
export const tan = Math.tan;
export const tanh = Math.tanh;

/** C pow for the cases the callers leave to libm (glibc's own algorithm, bit for bit): Infinity on overflow. */
export function pow(x: number, y: number): number {
  try {
    return floatPow(x, y);
  } catch {
    return x < 0 && Math.abs(y) % 2 === 1 ? -Infinity : Infinity;
  }
}

/** 2**x, correctly rounded (glibc's exp2 is too, in all but rare cases). */
export function exp2(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return Infinity;
  if (x === -Infinity) return 0;
  if (x >= 1024) return Infinity;
  if (x < -1080) return 0;
  try {
    return floatPow(2, x);
  } catch {
    return Infinity;
  }
}

// ---------------------------------------------------------------- gamma (CPython's m_tgamma / m_lgamma)

const PI = 3.141592653589793238462643383279502884197;
const LOGPI = 1.144729885849400174143427351353058711647;
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
];
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
  3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
  1307674368000.0, 20922789888000.0, 355687428096000.0,
  6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
  51090942171709440000.0, 1124000727777607680000.0,
];

function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  // For large x, evaluate as a rational function in 1/x to avoid overflow.
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** sin(pi * x), accurate near integers (for the reflection formula). */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = sin(PI * y); break;
    case 1: r = cos(PI * (y - 0.5)); break;
    case 2: r = sin(PI * (1.0 - y)); break;
    case 3: r = -cos(PI * (y - 1.5)); break;
    default: r = sin(PI * (y - 2.0)); break;
  }
  return (x < 0 ? -1 : 1) * r;
}

/** A C99 pow for the gamma computations: positive finite base. */
function cpow(x: number, y: number): number {
  return pow(x, y);
}

/**
 * Gamma(x). Domain errors (0, negative integers, -inf) return NaN; callers check
 * for them first so that gamma(0) is a ValueError, not an OverflowError.
 */
export function tgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) || x > 0 ? x : NaN;
  if (x === 0) return NaN;
  if (x === Math.floor(x)) {
    if (x < 0) return NaN;
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return 1.0 / x;
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    return Infinity;
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // The error in y, for the correction factor.
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0.0) {
    r = (((-PI / sinpi(absx)) / absx) * exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= cpow(y, absx - 0.5);
    else {
      const sqrtpow = cpow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / exp(y);
    r += z * r;
    if (absx < 140.0) r *= cpow(y, absx - 0.5);
    else {
      const sqrtpow = cpow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return r;
}

/** log|Gamma(x)|. Non-positive integers return Infinity (callers raise the domain error). */
export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) return x <= 0.0 ? Infinity : 0.0;
  const absx = Math.abs(x);
  if (absx < 1e-20) return -log(absx);
  let r = log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - log(Math.abs(sinpi(absx))) - log(absx) - r;
  return r;
}

// ---------------------------------------------------------------- erf / erfc (fdlibm s_erf.c)

const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
  -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
  1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
  3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
  1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
  -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
  -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
  6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
  6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
  -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
  -4.83519191608651397019e+02];
const SB = [0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
  3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
  -2.24409524465858183362e+01];

/** erf(x) - x over x for |x| < 0.84375 (the r/s term), in glibc's evaluation order. */
function erfSmallRatio(z: number): number {
  const r1 = PP[0] + z * PP[1];
  const z2 = z * z;
  const r2 = PP[2] + z * PP[3];
  const z4 = z2 * z2;
  const s1 = 1 + z * QQ[1];
  const s2 = QQ[2] + z * QQ[3];
  const s3 = QQ[4] + z * QQ[5];
  const r = r1 + z2 * r2 + z4 * PP[4];
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** P/Q on [0.84375, 1.25], s = |x| - 1. */
function erfMidRatio(s: number): number {
  const P1 = PA[0] + s * PA[1];
  const s2 = s * s;
  const Q1 = 1 + s * QA[1];
  const s4 = s2 * s2;
  const P2 = PA[2] + s * PA[3];
  const s6 = s4 * s2;
  const Q2 = QA[2] + s * QA[3];
  const P3 = PA[4] + s * PA[5];
  const Q3 = QA[4] + s * QA[5];
  const P = P1 + s2 * P2 + s4 * P3 + s6 * PA[6];
  const Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * QA[6];
  return P / Q;
}

function horner(c: number[], from: number, s: number): number {
  let r = c[c.length - 1];
  for (let i = c.length - 2; i >= from; i--) r = c[i] + s * r;
  return r;
}

/** exp(-x*x - 0.5625) * exp(R/S) / x for 1.25 <= x < 28: erfc's tail. */
function erfcTail(x: number): number {
  const s = 1 / (x * x);
  let R: number;
  let S: number;
  if (x < 1 / 0.35) {
    R = horner(RA, 0, s);
    S = 1 + s * horner(SA, 1, s);
  } else {
    R = horner(RB, 0, s);
    S = 1 + s * horner(SB, 1, s);
  }
  // z is x with the low 32 bits of its representation cleared.
  f64.setFloat64(0, x);
  f64.setUint32(4, 0);
  const z = f64.getFloat64(0);
  const r = exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S);
  return r / x;
}

const f64 = new DataView(new ArrayBuffer(8));

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < 2 ** -28) return x + EFX * x;
    return x + x * erfSmallRatio(x * x);
  }
  if (ax < 1.25) {
    const pq = erfMidRatio(ax - 1);
    return x >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ax >= 6) return x > 0 ? 1 - 1e-300 : 1e-300 - 1;
  const r = erfcTail(ax);
  return x >= 0 ? 1 - r : r - 1;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 0 : 2;
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < 2 ** -56) return 1 - x;
    const y = erfSmallRatio(x * x);
    if (x < 0.25) return 1 - (x + x * y);
    return 0.5 - (x - 0.5 + x * y);
  }
  if (ax < 1.25) {
    const pq = erfMidRatio(ax - 1);
    return x >= 0 ? 1 - ERX - pq : 1 + (ERX + pq);
  }
  if (ax < 28) {
    const r = erfcTail(ax);
    return x > 0 ? r : 2 - r;
  }
  return x > 0 ? 0 : 2;
}
