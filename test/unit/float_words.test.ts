// The emulated fused multiply-adds of vm/format/float_words.ts against an exact one (BigInt
// arithmetic, rounded to nearest even): the fast paths of fma() and fmaP() (the plain sum, or
// Dekker's product, accepted by a check) and productError() must give the same double as the
// exact emulation (fmaC too), on random triples built to sit near their checks' limits (ties, exact
// cancellations, zero products, products of few-bit operands, the underflow range). The
// generated libm_*.ts inline the same formulas (scripts/gen_libm_inline.mjs).

import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fma, fmaP, fmaC, fmaExact, productError } from '../../vm/format/float_words.js';

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** x = m * 2**e exactly. */
function decompose(x: number): [bigint, number] {
  f64[0] = x;
  const bits = u64[0];
  const biased = Number((bits >> 52n) & 0x7ffn);
  let m = bits & ((1n << 52n) - 1n);
  let e = -1074;
  if (biased !== 0) {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  return [bits >> 63n ? -m : m, e];
}

/** m * 2**e rounded to the nearest double, ties to even (no overflow in these tests). */
function roundToDouble(m: bigint, e: number): number {
  const negative = m < 0n;
  if (negative) m = -m;
  let lsb = e + m.toString(2).length - 53;
  if (lsb < -1074) lsb = -1074;
  if (lsb > e) {
    const shift = BigInt(lsb - e);
    const q = m >> shift;
    const rem = m - (q << shift);
    const half = 1n << (shift - 1n);
    m = rem > half || (rem === half && (q & 1n) === 1n) ? q + 1n : q;
    e = lsb;
  }
  const v = Number(m) * 2 ** (e + 200) * 2 ** -200;
  return negative ? -v : v;
}

function exactFma(a: number, b: number, c: number): number {
  const [ma, ea] = decompose(a);
  const [mb, eb] = decompose(b);
  const [mc, ec] = decompose(c);
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  const sum = ((ma * mb) << BigInt(ep - e)) + (mc << BigInt(ec - e));
  if (sum === 0n) return Object.is(a * b, -0) && Object.is(c, -0) ? -0 : 0;
  return roundToDouble(sum, e);
}

let seed = 20261130;
function random(): number {
  seed = (seed * 48271) % 2147483647;
  return seed / 2147483647;
}

/** A random double in [1, 2) with `bits` significant bits, times 2**[lo, hi), either sign. */
function randomDouble(bits: number, lo: number, hi: number): number {
  let m = 1 + Math.floor(random() * 2 ** 26) * 2 ** -26 + Math.floor(random() * 2 ** 26) * 2 ** -52;
  if (bits < 53) m = Math.round(m * 2 ** (bits - 1)) / 2 ** (bits - 1);
  return (random() < 0.5 ? -1 : 1) * m * 2 ** Math.floor(lo + random() * (hi - lo));
}

function triple(i: number): [number, number, number] {
  const bits = () => (random() < 0.3 ? 1 + Math.floor(random() * 30) : 53);
  let a = randomDouble(bits(), -30, 30);
  let b = randomDouble(bits(), -30, 30);
  switch (i % 6) {
    case 0: return [a, b, randomDouble(53, -80, 80) * Math.abs(a * b)];
    case 1: return [a, b, -a * b * (1 + (random() - 0.5) * 2 ** -Math.floor(random() * 60))];
    case 2: return [a, b, -(a * b)];
    case 3:
      a *= 2 ** -500;
      b *= 2 ** -500;
      return [a, b, randomDouble(53, -1074, -950)];
    case 4: return [a, b, randomDouble(random() < 0.5 ? 5 : 53, 0, 1) * Math.abs(a * b) * 2 ** Math.floor(random() * 110 - 55)];
    default: return [a, b, a * b * 2 ** -(53 + Math.floor(random() * 3)) * (random() < 0.5 ? 1 : 1.5) + (random() < 0.5 ? 0 : a * b)];
  }
}

describe('float_words fma', () => {
  test('fma, fmaP and fmaC round a*b + c once, as the exact fma does', () => {
    let wrong = 0;
    for (let i = 0; i < 30000; i++) {
      const [a, b, c] = triple(i);
      const want = exactFma(a, b, c);
      // fmaExact itself needs products away from underflow: compare where it is right.
      if (!Object.is(fmaExact(a, b, c), want)) continue;
      if (!Object.is(fma(a, b, c), want) || !Object.is(fmaP(a, b, c), want) || !Object.is(fmaC(a, b, c), want)) wrong++;
    }
    expect(wrong).toBe(0);
  });

  test('productError is the rounding error of a product', () => {
    let wrong = 0;
    for (let i = 0; i < 20000; i++) {
      const a = randomDouble(i % 3 === 0 ? 20 : 53, -600, 600);
      const b = randomDouble(53, -600, 600);
      const p = a * b;
      if (!Number.isFinite(p)) continue;
      const want = exactFma(a, b, -p);
      if (!Object.is(fmaExact(a, b, -p), want)) continue;
      if (!Object.is(productError(a, b, p), want)) wrong++;
    }
    expect(wrong).toBe(0);
  });

  test('zeros and non-finite operands', () => {
    const cases: [number, number, number][] = [[0, 3, -0], [-0, 3, -0], [0, -3, 0], [2, 3, -6], [1e300, 1e300, -Infinity], [Infinity, 0, 1], [NaN, 1, 1], [3, 5, NaN]];
    for (const [a, b, c] of cases) {
      expect(Object.is(fma(a, b, c), fmaExact(a, b, c))).toBe(true);
      expect(Object.is(fmaP(a, b, c), fmaExact(a, b, c))).toBe(true);
      expect(Object.is(fmaC(a, b, c), fmaExact(a, b, c))).toBe(true);
    }
  });
});

describe('generated libm', () => {
  test('vm/format/libm_*.ts are what scripts/gen_libm_inline.mjs writes from libm_src', () => {
    const run = spawnSync(process.execPath, ['scripts/gen_libm_inline.mjs', '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
