// The C library functions behind the math module: JS Math where it agrees with glibc, ports where CPython has its own.
//
// gamma and lgamma are CPython's own (mathmodule.c: Lanczos approximation with
// N=13, g=6.024680040776729583740234375); erf and erfc follow fdlibm's s_erf.c,
// which glibc 2.36 uses.

import { floatPow } from '../vm/format/bigint_math.js';
import * as dd from '../vm/format/math_dd.js';
import { libmExp, libmExp2 } from '../vm/format/libm_exp.js';
import { libmLog, libmLog2 } from '../vm/format/libm_log.js';
import { libmSin, libmCos } from '../vm/format/libm_sincos.js';
import { libmExpm1, libmLog1p } from '../vm/format/libm_expm1_log1p.js';
import { libmAtan, libmAtan2 } from '../vm/format/libm_atan.js';
import { libmTan } from '../vm/format/libm_tan.js';
import { f64, u32, HI, LO } from '../vm/format/float_words.js';

// glibc's own algorithms, bit for bit (libm_*.ts).
export const exp = libmExp;
export const log = libmLog;
export const log2 = libmLog2;
export const exp2 = libmExp2;
export const sin = libmSin;
export const cos = libmCos;
export const expm1 = libmExpm1;
export const log1p = libmLog1p;
export const atan = libmAtan;
export const atan2 = libmAtan2;
export const tan = libmTan;
// Correctly rounded (math_dd.ts): what glibc gives in all but about one case in a thousand.
export const asin = dd.asin;
export const acos = dd.acos;

function highWord(x: number): number {
  f64[0] = x;
  return u32[HI];
}

function lowWord(x: number): number {
  f64[0] = x;
  return u32[LO];
}

const LN2 = 6.93147180559945286227e-01;

/** glibc's log10 (e_log10.c): n*log10(2) + log(m)/ln(10) in two pieces, over the correctly rounded log. */
export function log10(x: number): number {
  const TWO54 = 1.80143985094819840000e+16;
  const IVLN10 = 4.34294481903251816668e-01;
  const LOG10_2HI = 3.01029995663611771306e-01;
  const LOG10_2LO = 3.69423907715893078616e-13;
  let hx = highWord(x) | 0;
  let k = 0;
  if (hx < 0x00100000) {
    if (x === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    hx = highWord(x) | 0;
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  f64[0] = x;
  u32[HI] = hx;
  x = f64[0];
  const z = y * LOG10_2LO + IVLN10 * log(x);
  return z + y * LOG10_2HI;
}

/** glibc's cbrt (s_cbrt.c): a polynomial guess refined by one rational step; not correctly rounded. */
export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const FACTOR = [1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0, 1.2599210498948731648, 1.5874010519681994748];
  // frexp(|x|): xm in [0.5, 1).
  let ax = Math.abs(x);
  let xe = 0;
  if (ax < 2.2250738585072014e-308) {
    ax *= 2 ** 64;
    xe = -64;
  }
  const hx = highWord(ax);
  xe += ((hx >>> 20) & 0x7ff) - 1022;
  f64[0] = ax;
  u32[HI] = (hx & 0x800fffff) | (1022 << 20);
  const xm = f64[0];
  const u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430
    + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * FACTOR[2 + (xe % 3)];
  return ldexpRound(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}

/** y * 2**e for the small exponents cbrt needs (normal results: exact). */
function ldexpRound(y: number, e: number): number {
  return y * 2 ** e;
}

/** fdlibm's sinh (glibc e_sinh.c) over the correctly rounded exp. */
export function sinh(x: number): number {
  const jx = highWord(x) | 0;
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = expm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * exp(Math.abs(x));
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307 * 1.0e307;
}

/** fdlibm's cosh (glibc e_cosh.c) over the correctly rounded exp. */
export function cosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1;
      const t = expm1(Math.abs(x));
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = exp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(Math.abs(x));
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

/** fdlibm's tanh (glibc s_tanh.c). */
export function tanh(x: number): number {
  const jx = highWord(x) | 0;
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return jx >= 0 ? 1 / x + 1 : 1 / x - 1;
  let z: number;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1 + x);
    if (ix >= 0x3ff00000) {
      const t = expm1(2 * Math.abs(x));
      z = 1 - 2 / (t + 2);
    } else {
      const t = expm1(-2 * Math.abs(x));
      z = -t / (t + 2);
    }
  } else z = 1 - 1e-300;
  return jx >= 0 ? z : -z;
}

/** fdlibm's asinh (glibc s_asinh.c) over the correctly rounded log. */
export function asinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = log(Math.abs(x)) + LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) w = log(2.0 * xa + 1 / (Math.sqrt(xa * xa + 1) + xa));
    else {
      const t = xa * xa;
      w = log1p(xa + t / (1 + Math.sqrt(1 + t)));
    }
  }
  return x < 0 ? -w : w;
}

/** fdlibm's acosh (glibc e_acosh.c) over the correctly rounded log. */
export function acosh(x: number): number {
  const hx = highWord(x) | 0;
  if (Number.isNaN(x)) return x;
  if (x < 1) return NaN;
  if (hx >= 0x41b00000) {
    if (hx >= 0x7ff00000) return x + x;
    return log(x) + LN2;
  }
  if (x === 1) return 0;
  if (hx > 0x40000000) {
    const t = x * x;
    return log(2.0 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return log1p(t + Math.sqrt(2.0 * t + t * t));
}

/** glibc's atanh (e_atanh.c). */
export function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + (t * xa) / (1.0 - xa));
  } else if (xa < 1.0) t = 0.5 * log1p((xa + xa) / (1.0 - xa));
  else {
    if (xa > 1.0 || Number.isNaN(xa)) return NaN;
    return x / 0.0;
  }
  return x < 0 ? -t : t;
}

/** C pow for the cases the callers leave to libm (glibc's own algorithm, bit for bit): Infinity on overflow. */
export function pow(x: number, y: number): number {
  try {
    return floatPow(x, y);
  } catch {
    return x < 0 && Math.abs(y) % 2 === 1 ? -Infinity : Infinity;
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

/** exp(-x*x - 0.5625) * exp(R/S) / x for 1.25 <= x < 28: erfc's tail (glibc's evaluation order). */
function erfcTail(x: number): number {
  const s = 1 / (x * x);
  let R: number;
  let S: number;
  const s2 = s * s;
  const s4 = s2 * s2;
  const s6 = s4 * s2;
  if (x < 1 / 0.35) {
    const s8 = s4 * s4;
    R = (RA[0] + s * RA[1]) + s2 * (RA[2] + s * RA[3]) + s4 * (RA[4] + s * RA[5]) + s6 * (RA[6] + s * RA[7]);
    S = (1 + s * SA[1]) + s2 * (SA[2] + s * SA[3]) + s4 * (SA[4] + s * SA[5]) + s6 * (SA[6] + s * SA[7]) + s8 * SA[8];
  } else {
    R = (RB[0] + s * RB[1]) + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6];
    S = (1 + s * SB[1]) + s2 * (SB[2] + s * SB[3]) + s4 * (SB[4] + s * SB[5]) + s6 * (SB[6] + s * SB[7]);
  }
  // z is x with the low 32 bits of its representation cleared.
  f64[0] = x;
  u32[LO] = 0;
  const z = f64[0];
  const r = exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S);
  return r / x;
}

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
