// The C library's expm1() and log1p() bit for bit: glibc's x86-64 FMA variants (`__expm1_fma`,
// `__log1p_fma`) of fdlibm's algorithms (dbl-64/s_expm1.c, s_log1p.c), which CPython's
// math.expm1 and math.log1p call, and which sinh, tanh, asinh, acosh and atanh are built on.
//
// glibc evaluates fdlibm's polynomials in another order (pairs of terms, Estrin's scheme,
// instead of Horner's) and the FMA variant fuses its multiply-adds, so V8's Math.expm1 and
// Math.log1p, fdlibm's own, differ from glibc's in the last bit in about one result in a
// thousand. This file replays the variants as their machine code executes them: the same
// operations in the same order, each fused multiply-add computed exactly.

import { f64, u32, HI, LO, fma, fmaP } from '../float_words.js';

export const O_THRESHOLD = 7.09782712893383973096e+02;
export const LN2_HI = 6.93147180369123816490e-01;
export const LN2_LO = 1.90821492927058770002e-10;
export const INVLN2 = 1.44269504088896338700e+00;
export const Q1 = -3.33333333333331316428e-02;
export const Q2 = 1.58730158725481460165e-03;
export const Q3 = -7.93650757867487942473e-05;
export const Q4 = 4.00821782732936239552e-06;
export const Q5 = -2.01099218183624371326e-07;

function highWord(x: number): number {
  f64[0] = x;
  return u32[HI];
}

function withHighWord(x: number, hi: number): number {
  f64[0] = x;
  u32[HI] = hi;
  return f64[0];
}

/** expm1(x) for every double, as glibc returns it (Infinity on overflow). */
export function libmExpm1(x: number): number {
  let hx = highWord(x);
  const negative = hx >>> 31 === 1;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    // |x| >= 56*ln2
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        f64[0] = x;
        if (((hx & 0xfffff) | u32[LO]) !== 0) return x + x;
        return negative ? -1.0 : x;
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (negative) return -1.0;
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    // |x| > 0.5*ln2: reduce by k*ln2.
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      if (!negative) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(INVLN2 * x + (negative ? -0.5 : 0.5));
      hi = -k * LN2_HI + x; // LN2_HI has 32 significant bits, |k| < 2**11: exact
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) {
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const h2 = hxs * hxs;
  const h4 = h2 * h2;
  const r1 = fma(h4, fma(hxs, Q5, Q4), fma(h2, fma(hxs, Q3, Q2), fma(hxs, Q1, 1.0)));
  const t = fmaP(-r1, hfx, 3.0);
  let e = hxs * ((r1 - t) / fmaP(-x, t, 6.0));
  if (k === 0) return x - fma(e, x, -hxs);
  e = fmaP(e - c, x, -c);
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5; // the products with 0.5 and 2 are exact
  if (k === 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : (x - e) * 2.0 + 1.0;
  let y: number;
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    y = withHighWord(y, (highWord(y) + (k << 20)) | 0);
    return y - 1.0;
  }
  if (k < 20) {
    const t1 = withHighWord(1.0, 0x3ff00000 - (0x200000 >> k)); // 1 - 2**-k
    y = t1 - (e - x);
  } else {
    const t1 = withHighWord(1.0, (0x3ff - k) << 20); // 2**-k (low word 0)
    y = x - (e + t1);
    y += 1.0;
  }
  return withHighWord(y, (highWord(y) + (k << 20)) | 0);
}

export const LP1 = 6.666666666666735130e-01;
export const LP2 = 3.999999999940941908e-01;
export const LP3 = 2.857142874366239149e-01;
export const LP4 = 2.222219843214978396e-01;
export const LP5 = 1.818357216161805012e-01;
export const LP6 = 1.531383769920937332e-01;
export const LP7 = 1.479819860511658591e-01;

/** log1p(x) for every double, as glibc returns it (-Infinity at -1, NaN below). */
export function libmLog1p(x: number): number {
  const hx = highWord(x) | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3fda827a) {
    // x < 0.41422
    if (ax >= 0x3ff00000) return x === -1.0 ? -Infinity : NaN;
    if (ax < 0x3e200000) {
      // |x| < 2**-29
      if (ax < 0x3c900000) return x;
      return -(x * x) * 0.5 + x;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      // -0.2929 < x < 0.41422
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = highWord(u) | 0;
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = highWord(u) | 0;
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHighWord(u, hu | 0x3ff00000);
    } else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = (0.5 * f) * f;
  if (hu === 0) {
    // |f| < 2**-20
    if (f === 0) {
      if (k === 0) return 0;
      return k * LN2_HI + fmaP(k, LN2_LO, c);
    }
    const r = fma(-f, 0.66666666666666666, 1.0) * hfsq;
    if (k === 0) return f - r;
    return k * LN2_HI + -((r - fmaP(k, LN2_LO, c)) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z2 * z4;
  const r = fma(z6, fma(z, LP7, LP6), fma(z4, fma(z, LP5, LP4), fmaP(z, LP1, z2 * fma(z, LP3, LP2))));
  const sr = s * (r + hfsq);
  if (k === 0) return f - (hfsq - sr);
  return k * LN2_HI + -((hfsq - (fmaP(k, LN2_LO, c) + sr)) - f);
}
