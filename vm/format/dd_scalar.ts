// Double-double arithmetic on plain numbers, for the hot paths of math_dd.ts.
//
// Each operation takes its operands as (hi, lo) pairs of numbers, returns the high part of
// the result and leaves the low part in DD_LO[0]: no array per value (a DD pair per operation
// was most of the time of a math.sin call). A Float64Array holds the low part so that it
// stays an unboxed double in optimised code. math_dd.ts's DD pairs, on its slow paths, are
// these operations with their results put in arrays.

/** The low part of the last operation's result. */
export const DD_LO = new Float64Array(1);

const SPLITTER = 134217729; // 2**27 + 1

/** a + b = s + DD_LO[0] exactly. */
export function twoSumS(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  DD_LO[0] = (a - (s - bb)) + (b - bb);
  return s;
}

/** a * b = p + DD_LO[0] exactly (Dekker), for |a|, |b| < 2**996. */
export function twoProdS(a: number, b: number): number {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  DD_LO[0] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  return p;
}

/** (a0 + a1) + (b0 + b1). */
export function addS(a0: number, a1: number, b0: number, b1: number): number {
  const s = a0 + b0;
  const bb = s - a0;
  let e = (a0 - (s - bb)) + (b0 - bb);
  const t = a1 + b1;
  const tb = t - a1;
  const f = (a1 - (t - tb)) + (b1 - tb);
  e += t;
  const s1 = s + e;
  const e1 = e - (s1 - s);
  const g = e1 + f;
  const hi = s1 + g;
  DD_LO[0] = g - (hi - s1);
  return hi;
}

/** (x + a1) * (y + b1). */
export function mulS(x: number, a1: number, y: number, b1: number): number {
  const p = x * y;
  let t = SPLITTER * x;
  const xh = t - (t - x);
  const xl = x - xh;
  t = SPLITTER * y;
  const yh = t - (t - y);
  const yl = y - yh;
  const e = (((xh * yh - p) + xh * yl + xl * yh) + xl * yl) + (x * b1 + a1 * y);
  const hi = p + e;
  DD_LO[0] = e - (hi - p);
  return hi;
}

/** (x + a1) * y for a double y. */
export function mulDS(x: number, a1: number, y: number): number {
  const p = x * y;
  let t = SPLITTER * x;
  const xh = t - (t - x);
  const xl = x - xh;
  t = SPLITTER * y;
  const yh = t - (t - y);
  const yl = y - yh;
  const e = (((xh * yh - p) + xh * yl + xl * yh) + xl * yl) + a1 * y;
  const hi = p + e;
  DD_LO[0] = e - (hi - p);
  return hi;
}

/** (a0 + a1) / (b0 + b1): three quotient digits, as math_dd.ts's div. */
export function divS(a0: number, a1: number, b0: number, b1: number): number {
  const q1 = a0 / b0;
  let mh = mulDS(b0, b1, q1);
  let ml = DD_LO[0];
  const rh = addS(a0, a1, -mh, -ml);
  const rl = DD_LO[0];
  const q2 = rh / b0;
  mh = mulDS(b0, b1, q2);
  ml = DD_LO[0];
  const q3 = addS(rh, rl, -mh, -ml) / b0;
  const s = q1 + q2;
  const e = q2 - (s - q1);
  return addS(s, e, q3, 0);
}
