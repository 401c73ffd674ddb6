// IEEE 754 half precision (binary16), struct's 'e' format: doubles to 16 bits and back, rounding half to even.

const scratch = new DataView(new ArrayBuffer(8));

/** The unbiased binary exponent of a normal, finite, positive double. */
function exponentOf(a: number): number {
  scratch.setFloat64(0, a);
  return ((scratch.getUint16(0) >>> 4) & 0x7ff) - 1023;
}

/** v (>= 0, exact) rounded to an integer, ties to even. */
function roundHalfEven(v: number): number {
  const r = Math.floor(v);
  const rest = v - r;
  return rest > 0.5 || (rest === 0.5 && r % 2 === 1) ? r + 1 : r;
}

/** The 16 bits of x as a half, or null when x is finite but too large for one (it rounds past 65504). */
export function toHalfBits(x: number): number | null {
  // The sign bit as stored (a NaN keeps its sign through negation and copysign).
  scratch.setFloat64(0, x);
  const sign = scratch.getUint8(0) & 0x80 ? 0x8000 : 0;
  if (Number.isNaN(x)) return sign | 0x7e00;
  const a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  if (a < 2 ** -14) {
    // Subnormal (or zero): units of 2**-24; 1024 of them round up into the smallest normal, 0x0400.
    return sign | roundHalfEven(a * 2 ** 24);
  }
  let e = exponentOf(a);
  let m = roundHalfEven((a * 2 ** -e - 1) * 1024);
  if (m === 1024) {
    m = 0;
    e++;
  }
  if (e > 15) return null;
  return sign | ((e + 15) << 10) | m;
}

/** The double a half's 16 bits stand for. */
export function fromHalfBits(bits: number): number {
  const e = (bits >>> 10) & 0x1f;
  const m = bits & 0x3ff;
  let v: number;
  if (e === 0) v = m * 2 ** -24;
  else if (e === 31) v = m === 0 ? Infinity : NaN;
  else v = (1 + m / 1024) * 2 ** (e - 15);
  return bits & 0x8000 ? -v : v;
}
