// A stable LSD radix sort of 32-bit keys, for list_sort.ts's sorts of ints and of int tuples
// whose keys fit in 32 bits once their least value is taken off.
//
// V8's typed-array sort (std::sort behind Float64Array.prototype.sort) costs ~n log n
// comparisons: 250,000 ints took 30-90 ms on this host, a radix sort of 2 or 3 passes over
// 11-bit digits 3-20 ms. Every loop over the keys runs in chunks, each a call: V8 optimises a
// function when it is called (tpy runs node without on-stack replacement, see bin/tpy), so a
// long sort's later chunks run optimised even in the first sort of a program.

const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const DIGIT_MASK = BUCKETS - 1;
const CHUNK = 4096;

/** The digits (passes) a key of `bits` bits has. */
function digitsOf(bits: number): number {
  return Math.max(1, Math.ceil(bits / DIGIT_BITS));
}

/** The bits needed for keys in [0, span). */
export function bitsFor(span: number): number {
  let bits = 0;
  while (bits < 32 && 2 ** bits < span) bits++;
  return bits;
}

/** Counts of each digit of each key in keys[lo..hi): counts[d * BUCKETS + digit]. */
function countDigits(keys: Uint32Array, counts: Int32Array, digits: number, lo: number, hi: number): void {
  for (let i = lo; i < hi; i++) {
    const k = keys[i];
    counts[k & DIGIT_MASK]++;
    if (digits > 1) counts[BUCKETS + ((k >>> DIGIT_BITS) & DIGIT_MASK)]++;
    if (digits > 2) counts[2 * BUCKETS + (k >>> (2 * DIGIT_BITS))]++;
  }
}

/**
 * The counts of every digit position (one sweep over the keys), turned into each bucket's
 * first place; a position whose keys all share one digit is marked -1 at its first bucket
 * (its pass would move nothing).
 */
function digitStarts(keys: Uint32Array, digits: number): Int32Array {
  const n = keys.length;
  const counts = new Int32Array(digits * BUCKETS);
  for (let lo = 0; lo < n; lo += CHUNK) countDigits(keys, counts, digits, lo, Math.min(lo + CHUNK, n));
  for (let d = 0; d < digits; d++) {
    let place = 0;
    let one = false;
    for (let b = d * BUCKETS; b < (d + 1) * BUCKETS; b++) {
      const c = counts[b];
      if (c === n) one = true;
      counts[b] = place;
      place += c;
    }
    if (one) counts[d * BUCKETS] = -1;
  }
  return counts;
}

function scatterKeys(src: Uint32Array, dst: Uint32Array, starts: Int32Array, base: number, shift: number, lo: number, hi: number): void {
  for (let i = lo; i < hi; i++) {
    const k = src[i];
    dst[starts[base + ((k >>> shift) & DIGIT_MASK)]++] = k;
  }
}

function scatterPairs(
  srcKeys: Uint32Array, srcOrder: Int32Array, dstKeys: Uint32Array, dstOrder: Int32Array,
  starts: Int32Array, base: number, shift: number, lo: number, hi: number,
): void {
  for (let i = lo; i < hi; i++) {
    const k = srcKeys[i];
    const p = starts[base + ((k >>> shift) & DIGIT_MASK)]++;
    dstKeys[p] = k;
    dstOrder[p] = srcOrder[i];
  }
}

/** `keys` (each under 2**bits) in ascending order: `keys` itself or a new array. */
export function radixSortKeys(keys: Uint32Array, bits: number): Uint32Array {
  const n = keys.length;
  const digits = digitsOf(bits);
  const starts = digitStarts(keys, digits);
  let src = keys;
  let dst: Uint32Array | null = null;
  for (let d = 0; d < digits; d++) {
    const base = d * BUCKETS;
    if (starts[base] === -1) continue;
    dst ??= new Uint32Array(n);
    for (let lo = 0; lo < n; lo += CHUNK) scatterKeys(src, dst, starts, base, d * DIGIT_BITS, lo, Math.min(lo + CHUNK, n));
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}

/**
 * `order` (indexes, one per key) stably sorted by `keys` (each under 2**bits): equal keys keep
 * their places in `order`. Returns `order` itself or a new array; `keys` is permuted along.
 */
export function radixSortOrder(keys: Uint32Array, order: Int32Array, bits: number): Int32Array {
  const n = keys.length;
  const digits = digitsOf(bits);
  const starts = digitStarts(keys, digits);
  let srcKeys = keys;
  let srcOrder = order;
  let dstKeys: Uint32Array | null = null;
  let dstOrder: Int32Array | null = null;
  for (let d = 0; d < digits; d++) {
    const base = d * BUCKETS;
    if (starts[base] === -1) continue;
    dstKeys ??= new Uint32Array(n);
    dstOrder ??= new Int32Array(n);
    for (let lo = 0; lo < n; lo += CHUNK) {
      scatterPairs(srcKeys, srcOrder, dstKeys, dstOrder, starts, base, d * DIGIT_BITS, lo, Math.min(lo + CHUNK, n));
    }
    const tk = srcKeys;
    srcKeys = dstKeys;
    dstKeys = tk;
    const to = srcOrder;
    srcOrder = dstOrder;
    dstOrder = to;
  }
  return srcOrder;
}
