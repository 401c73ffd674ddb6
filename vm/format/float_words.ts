// The bits of a double and an exact fused multiply-add: what the ports of glibc's libm
// (libm_src/*.ts) are written with. scripts/gen_libm_inline.mjs writes fma() and fmaP()
// out inline in the generated libm_*.ts, with the constants below.

export const f64 = new Float64Array(1);
export const u32 = new Uint32Array(f64.buffer);
// Index of the high/low 32-bit word of a double in `u32` (little-endian hosts: 1 and 0).
export const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
export const LO = 1 - HI;

export function fromWords(hi: number, lo: number): number {
  u32[HI] = hi;
  u32[LO] = lo;
  return f64[0];
}

export function hexDoubles(hex: string): Float64Array {
  const out = new Float64Array(hex.length / 16);
  for (let i = 0; i < out.length; i++) {
    out[i] = fromWords(Number.parseInt(hex.slice(i * 16, i * 16 + 8), 16), Number.parseInt(hex.slice(i * 16 + 8, i * 16 + 16), 16));
  }
  return out;
}

export function hexWords(hex: string): Uint32Array {
  const out = new Uint32Array(hex.length / 8);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return out;
}

export const SPLIT = 134217729; // 2**27 + 1, Dekker's splitter
export const TWO_52 = 4503599627370496;

// The fast paths' bound on a product's rounding error: |a*b - fl(a*b)| <= |fl(a*b)| * 2**-53
// when the product is normal, below 2**-1074 when it is not.
export const HALF_ULP = 2 ** -53;
// The bounds are widened by a factor (so a sum on a rounding boundary always fails the test)
// and by a margin that covers what Dekker's product loses near the underflow threshold.
export const WIDEN = 1 + 2 ** -20;
export const MARGIN = 2 ** -1000;
export const DEKKER_MIN = 2 ** -960;
// Set by the inline fast paths the generated libm_*.ts write out when one of their checks
// fails: the function then returns its exact version's result (libm_src) instead.
export const INEXACT = new Uint8Array(1);

/**
 * fma(a, b, c) = a*b + c rounded once, for sums the addend dominates (a polynomial's next
 * coefficient, a correction to a larger term). s = fl(p + c) is the fma whenever the
 * product's rounding error e cannot move p + c out of s's rounding interval: with
 * p + c = s + sl exactly (2Sum), when |sl| + |e| stays below half the smaller gap next to s,
 * which the test `|s| - bound === |s|` shows (it holds only for bound <= that half gap, and
 * the widened bound is strictly above |sl| + |e|). Otherwise, or for non-finite values (the
 * test fails on NaN), the exact fmaExact. Small, so that V8 inlines it into the ports.
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const s = p + c;
  const sb = s - p;
  const sl = (p - (s - sb)) + (c - sb);
  const as = Math.abs(s);
  if (as - ((Math.abs(sl) + Math.abs(p) * HALF_ULP) * WIDEN + MARGIN) === as) return s;
  return fmaExact(a, b, c);
}

/**
 * Dekker's a*b - p for p = fl(a*b), with a and b split into 26-bit halves: the product's
 * rounding error, exact when nothing underflows (|p| above DEKKER_MIN) or overflows.
 */
function dekkerTail(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/**
 * fma(a, b, c) for sums the product dominates (the addend is a small correction, or cancels
 * part of the product): Dekker's exact product a*b = p + e, p + c = s + sl, sl + e = v + ve
 * and s + v = r + rl (2Sums), so a*b + c = r + rl + ve exactly, and r is the fma when ve = 0
 * (r is then the rounding of the exact sum, ties included) or when |rl| + |ve| stays below
 * half the smaller gap next to r (the test of fma() above). The
 * margin covers Dekker's product losing bits near the underflow threshold; fmaExact
 * otherwise (also an exact zero, where the test cannot hold, and non-finite values).
 */
export function fmaP(a: number, b: number, c: number): number {
  const p = a * b;
  const e = dekkerTail(a, b, p);
  const s = p + c;
  const sb = s - p;
  const sl = (p - (s - sb)) + (c - sb);
  const v = sl + e;
  const vb = v - sl;
  const ve = (sl - (v - vb)) + (e - vb);
  const r = s + v;
  const rb = r - s;
  const rl = (s - (r - rb)) + (v - rb);
  // ve = 0: r + rl is the exact sum, and r its rounding (Dekker's product exact above DEKKER_MIN,
  // or a zero product: then r = c, unless c is a zero whose sign the sums may have lost).
  const ar = Math.abs(r);
  if (ve === 0 ? Math.abs(p) > DEKKER_MIN || (r !== 0 && (a === 0 || b === 0)) : ar - ((Math.abs(rl) + Math.abs(ve)) * WIDEN + MARGIN) === ar) return r;
  return fmaExact(a, b, c);
}

/**
 * fma(a, b, c) for a small correction c to the product: Dekker's a*b = p + e, then
 * e + c = q + qe and p + q = r + rl (2Sums), so a*b + c = r + rl + qe exactly: r is the fma
 * when qe = 0 or |rl| + |qe| stays below half the smaller gap next to r (as in fmaP, with
 * one 2Sum fewer; it fails when c is not small next to a*b, as a cancellation).
 */
export function fmaC(a: number, b: number, c: number): number {
  const p = a * b;
  const e = dekkerTail(a, b, p);
  const q = e + c;
  const qb = q - e;
  const qe = (e - (q - qb)) + (c - qb);
  const r = p + q;
  const rb = r - p;
  const rl = (p - (r - rb)) + (q - rb);
  const ar = Math.abs(r);
  if (qe === 0 ? Math.abs(p) > DEKKER_MIN || (r !== 0 && (a === 0 || b === 0)) : ar - ((Math.abs(rl) + Math.abs(qe)) * WIDEN + MARGIN) === ar) return r;
  return fmaExact(a, b, c);
}

/**
 * a*b - p exactly, for p = fl(a*b): fma(a, b, -p), the rounding error of a product, which
 * is a double. Dekker's product gives it when nothing underflows (|p| above DEKKER_MIN) or
 * overflows (a NaN or infinity shows that); fmaExact otherwise.
 */
export function productError(a: number, b: number, p: number): number {
  const e = dekkerTail(a, b, p);
  return Math.abs(p) > DEKKER_MIN && e - e === 0 ? e : fmaExact(a, b, -p);
}

/**
 * fma(a, b, c) = a*b + c rounded once, for finite operands whose product neither
 * overflows nor underflows: Dekker's exact product, then Boldo and Melquiond's
 * emulation (the low parts are added with rounding to odd, the last addition rounds
 * to nearest).
 */
export function fmaExact(a: number, b: number, c: number): number {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  // c + p = s + sl exactly.
  const s = c + p;
  const sb = s - c;
  const sl = c - (s - sb) + (p - sb);
  // v = round-to-odd(sl + e).
  let v = sl + e;
  const vb = v - sl;
  const ve = sl - (v - vb) + (e - vb);
  if (ve !== 0) {
    f64[0] = v;
    if ((u32[LO] & 1) === 0) {
      // Step one ulp toward the exact sum: away from zero when the error has v's sign.
      const away = (ve > 0) === (v > 0);
      let lo = u32[LO];
      let hi = u32[HI];
      if (away) {
        lo = (lo + 1) >>> 0;
        if (lo === 0) hi = (hi + 1) >>> 0;
      } else {
        if (lo === 0) hi = (hi - 1) >>> 0;
        lo = (lo - 1) >>> 0;
      }
      v = fromWords(hi, lo);
    }
  }
  return s + v;
}
