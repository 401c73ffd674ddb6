// CPython's random.Random: the MT19937 generator of _randommodule.c and the algorithms of random.py (3.11), on JS values.

import { nodeCrypto } from '../../stdlib/node_lazy.js';
import { indexError, typeError, valueError } from '../objects/exceptions.js';
import { normInt } from '../objects/int.js';
import { bitLength as bigBitLength, intFloorDiv } from './bigint_math.js';

type Int = number | bigint;

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

function add(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(BigInt(a) + BigInt(b));
}

function sub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(BigInt(a) - BigInt(b));
}

function mul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(BigInt(a) * BigInt(b));
}

/** int.bit_length() of a non-negative int. */
function bitLength(n: Int): number {
  if (typeof n === 'number' && n < 0x100000000) return 32 - Math.clz32(n);
  return bigBitLength(BigInt(n));
}

/** bisect.bisect_right(a, x, lo, hi). */
function bisectRight(a: ArrayLike<number>, x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A seed as random.seed() takes it: None, int (bool included), str, or bytes. */
export type SeedArg = Int | boolean | string | Uint8Array | null | undefined;

/**
 * The methods of random.py that draw through two primitives, random() and getrandbits(k):
 * MersenneTwister supplies them from its state; a Random subclass that defines its own
 * random() or getrandbits() supplies them through its methods (stdlib/random.ts).
 */
export abstract class RandomDraws {
  /** random(): a float in [0, 1). */
  abstract random(): number;
  /** getrandbits(k): an int with k random bits. */
  abstract getrandbits(k: number): Int;

  /** _randbelow_with_getrandbits(n): an int in [0, n), for n > 0. */
  randbelow(n: Int): Int {
    const k = bitLength(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /** randrange(start[, stop[, step]]) for ints (the caller converts the arguments with __index__). */
  randrange(start: Int, stop?: Int | null, step?: Int): Int {
    if (stop === null || stop === undefined) {
      if (step !== undefined && step !== 1) throw typeError('Missing a non-None stop argument');
      if (start > 0) return this.randbelow(start);
      throw valueError('empty range for randrange()');
    }
    const width = sub(stop, start);
    const istep = step ?? 1;
    if (istep === 1 || istep === 1n) {
      if (width > 0) return add(start, this.randbelow(width));
      throw valueError(`empty range for randrange() (${start}, ${stop}, ${width})`);
    }
    let n: Int;
    if (istep > 0) n = intFloorDiv(add(width, sub(istep, 1)), istep);
    else if (istep < 0) n = intFloorDiv(add(width, add(istep, 1)), istep);
    else throw valueError('zero step for randrange()');
    if (n <= 0) throw valueError('empty range for randrange()');
    return add(start, mul(istep, this.randbelow(n)));
  }

  /** randint(a, b): an int in [a, b]. */
  randint(a: Int, b: Int): Int {
    return this.randrange(a, add(b, 1));
  }

  /** choice(seq). */
  choice<T>(seq: ArrayLike<T>): T {
    if (!seq.length) throw indexError('Cannot choose from an empty sequence');
    return seq[this.randbelow(seq.length) as number];
  }

  /** shuffle(x), in place. */
  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.randbelow(i + 1) as number;
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }

  /**
   * The indices sample(range(n), k) picks, in selection order: a pool of candidates when
   * n is small, rejection of repeats with a set otherwise (random.py's two strategies).
   */
  sampleIndices(n: Int, k: number): Int[] {
    if (!(k >= 0 && k <= n)) throw valueError('Sample larger than population or is negative');
    const result: Int[] = new Array(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
    if (n <= setsize) {
      const size = Number(n);
      const pool = Array.from({ length: size }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(size - i) as number;
        result[i] = pool[j];
        pool[j] = pool[size - i - 1];
      }
    } else {
      const selected = new Set<Int>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /** sample(population, k, counts=...). */
  sample<T>(population: ArrayLike<T>, k: number, counts?: readonly number[]): T[] {
    const n = population.length;
    if (counts !== undefined) {
      const cum: number[] = [];
      let total = 0;
      for (const c of counts) {
        total += c;
        cum.push(total);
      }
      if (cum.length !== n) throw valueError('The number of counts does not match the population');
      cum.pop();
      if (!Number.isInteger(total)) throw typeError('Counts must be integers');
      if (total <= 0) throw valueError('Total of counts must be greater than zero');
      return this.sampleIndices(total, k).map((s) => population[bisectRight(cum, Number(s), 0, cum.length)]);
    }
    return this.sampleIndices(n, k).map((i) => population[i as number]);
  }

  /** choices(population, weights, cum_weights=..., k=...): k picks with replacement. */
  choices<T>(population: ArrayLike<T>, weights?: readonly number[] | null, cumWeights?: readonly number[] | null, k = 1): T[] {
    const n = population.length;
    const out: T[] = [];
    if (cumWeights === null || cumWeights === undefined) {
      if (weights === null || weights === undefined) {
        for (let i = 0; i < k; i++) out.push(population[Math.floor(this.random() * n)]);
        return out;
      }
      const cum: number[] = [];
      let acc = 0;
      for (const w of weights) {
        acc = cum.length === 0 ? w : acc + w;
        cum.push(acc);
      }
      cumWeights = cum;
    } else if (weights !== null && weights !== undefined) {
      throw typeError('Cannot specify both weights and cumulative weights');
    }
    if (cumWeights.length !== n) throw valueError('The number of weights does not match the population');
    const total = cumWeights[n - 1] + 0.0;
    if (total <= 0.0) throw valueError('Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw valueError('Total of weights must be finite');
    for (let i = 0; i < k; i++) out.push(population[bisectRight(cumWeights, this.random() * total, 0, n - 1)]);
    return out;
  }

  /** uniform(a, b). */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  /** triangular(low, high, mode). */
  triangular(low = 0.0, high = 1.0, mode: number | null = null): number {
    let u = this.random();
    let c: number;
    if (mode === null) c = 0.5;
    else if (high - low === 0) return low;
    else c = (mode - low) / (high - low);
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return low + (high - low) * Math.sqrt(u * c);
  }

  /** randbytes(n): getrandbits(8n) as n little-endian bytes. */
  randbytes(n: number): Uint8Array {
    if (n < 0) throw valueError('number of bits must be non-negative');
    let r = BigInt(this.getrandbits(n * 8));
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++, r >>= 8n) out[i] = Number(r & 0xffn);
    return out;
  }
}

/** random.Random: the Mersenne Twister state, drawing as _randommodule.c does. */
export class MersenneTwister extends RandomDraws {
  private readonly mt = new Uint32Array(N);
  private index = N + 1;
  /** gauss() makes its normal deviates in pairs; the second waits here. */
  private gaussNext: number | null = null;

  constructor(seed?: SeedArg) {
    super();
    this.seed(seed);
  }

  // -------------------------------------------------------------- seeding

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  /** init_by_array(): seeds from a list of 32-bit words. */
  private initByArray(key: ArrayLike<number>): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) >>> 0) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) >>> 0) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** Seeds from a non-negative int: its 32-bit words, least significant first. */
  private seedInt(n: bigint): void {
    const key: number[] = [];
    do {
      key.push(Number(n & 0xffffffffn));
      n >>= 32n;
    } while (n > 0n);
    this.initByArray(key);
  }

  /**
   * random.seed(a, version): None seeds from the system's entropy; an int uses its
   * absolute value; str and bytes (version 2) use the bytes followed by their SHA-512.
   * Other hashable seeds go through seedHash().
   */
  seed(a?: SeedArg, version = 2): void {
    this.gaussNext = null;
    if (a === null || a === undefined) {
      const bytes = nodeCrypto().randomBytes(N * 4);
      const key = new Uint32Array(N);
      for (let i = 0; i < N; i++) key[i] = bytes.readUInt32LE(i * 4);
      this.initByArray(key);
      return;
    }
    if (typeof a === 'boolean') a = a ? 1 : 0;
    if (typeof a === 'string' || a instanceof Uint8Array) {
      if (version === 1) {
        this.seedInt(absInt(seedVersion1(a)));
        return;
      }
      if (version === 2) {
        const bytes = typeof a === 'string' ? Buffer.from(a, 'utf8') : Buffer.from(a);
        const all = Buffer.concat([bytes, nodeCrypto().createHash('sha512').update(bytes).digest()]);
        this.seedInt(BigInt('0x' + (all.length ? all.toString('hex') : '0')));
        return;
      }
      throw typeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
    }
    this.seedInt(absInt(BigInt(a)));
  }

  /** Seeds from hash(a), for seeds of other types (float...): the hash as an unsigned 64-bit number. */
  seedHash(hash: Int): void {
    this.gaussNext = null;
    this.seedInt(BigInt.asUintN(64, BigInt(hash)));
  }

  // -------------------------------------------------------------- the generator

  /** genrand_uint32(): the next 32 random bits. */
  nextUint32(): number {
    return this.nextBits32() >>> 0;
  }

  /**
   * The next 32 random bits as a signed int32: a small integer in V8, where a uint32 above
   * 2**31 is a heap number (an allocation per call when the call is not inlined).
   */
  private nextBits32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y | 0;
  }

  /** The next N words of state (out of line: once every N draws, and it keeps nextBits32 small enough to inline). */
  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.index = 0;
  }

  /** random(): a float in [0, 1) with 53 random bits. */
  random(): number {
    const a = this.nextBits32() >>> 5;
    const b = this.nextBits32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** getrandbits(k): an int with k random bits. */
  getrandbits(k: number): Int {
    if (k < 0) throw valueError('number of bits must be non-negative');
    if (k === 0) return 0;
    if (k <= 32) return this.nextUint32() >>> (32 - k);
    if (k <= 53) {
      const lo = this.nextUint32();
      const hi = this.nextUint32() >>> (64 - k);
      return hi * 4294967296 + lo;
    }
    // 32-bit words from the least significant, the last one cut down to the remaining bits.
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let r = this.nextUint32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return normInt(result);
  }

  /**
   * gauss(mu, sigma). Not bit-exact: it goes through Math.cos, Math.sin and Math.log,
   * which may differ from glibc's in the last place.
   */
  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * 2 * Math.PI;
      const g2rad = Math.sqrt(-2.0 * Math.log(1.0 - this.random()));
      z = Math.cos(x2pi) * g2rad;
      this.gaussNext = Math.sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  /** randbytes(n): getrandbits(8n) as n little-endian bytes, a word at a time. */
  override randbytes(n: number): Uint8Array {
    if (n < 0) throw valueError('number of bits must be non-negative');
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      const left = (n - i) * 8;
      let r = this.nextUint32();
      if (left < 32) r >>>= 32 - left;
      for (let b = 0; b < 4 && i + b < n; b++) out[i + b] = (r >>> (8 * b)) & 0xff;
    }
    return out;
  }

  // -------------------------------------------------------------- state

  /** getstate(): (3, the 624 words and the position, gauss_next). */
  getState(): { version: 3; internal: number[]; gaussNext: number | null } {
    return { version: 3, internal: [...this.mt, this.index], gaussNext: this.gaussNext };
  }

  /** setstate() from what getState() returned. */
  setState(internal: readonly number[], gaussNext: number | null): void {
    if (internal.length !== N + 1) throw valueError('state vector is the wrong size');
    const index = internal[N];
    if (index < 0 || index > N) throw valueError('invalid state');
    for (let i = 0; i < N; i++) this.mt[i] = internal[i] >>> 0;
    this.index = index;
    this.gaussNext = gaussNext;
  }
}

function absInt(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/** random.seed(a, version=1) for str and bytes: the old string hash. */
function seedVersion1(a: string | Uint8Array): bigint {
  const codes = typeof a === 'string' ? Array.from(a, (c) => c.codePointAt(0)!) : Array.from(a);
  const mask = 0xffffffffffffffffn;
  let x = codes.length ? BigInt(codes[0]) << 7n : 0n;
  for (const c of codes) x = ((1000003n * x) ^ BigInt(c)) & mask;
  x ^= BigInt(codes.length);
  return x === -1n ? -2n : x;
}
