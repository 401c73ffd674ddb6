// hash() of str and bytes: CPython 3.11's SipHash-1-3 with the all-zero key that
// PYTHONHASHSEED=0 gives, over the bytes CPython stores a string in (one byte a character
// when every code point is below 256, two below 65536, else four; little-endian). With the
// same hashes, sets and frozensets of strings come out in CPython's order.
//
// 64-bit lanes are pairs of uint32 halves in locals (JavaScript has no fast 64-bit ints).

/** The result of the last sipHashStr: the signed 64-bit hash as [high half, low half]. */
export const SIP = new Int32Array(2);

/** The bytes being hashed (reused: a hash allocates nothing once it is large enough). */
let buf = new Uint8Array(256);

// CPython keeps a str's hash in the object; JavaScript strings cannot carry it, so recent
// strings keep theirs here (an index into cacheHi/cacheLo), emptied when it fills up. The
// arrays grow with use: none are made at start-up (nor kept in the start-up snapshot).
const CACHE_SIZE = 1 << 18;
const cache = new Map<string, number>();
let cacheHi = new Int32Array(0);
let cacheLo = new Int32Array(0);

/** SipHash of a str as CPython stores it, into SIP; the empty string hashes to 0. */
export function sipHashStr(s: string): void {
  const slot = cache.get(s);
  if (slot !== undefined) {
    SIP[0] = cacheHi[slot]!;
    SIP[1] = cacheLo[slot]!;
    return;
  }
  if (s.length === 0) {
    SIP[0] = 0;
    SIP[1] = 0;
    return;
  }
  sipHashBuffer(storeStr(s));
  if (cache.size === CACHE_SIZE) cache.clear();
  const i = cache.size;
  if (i === cacheHi.length) growCache();
  cache.set(s, i);
  cacheHi[i] = SIP[0]!;
  cacheLo[i] = SIP[1]!;
}

function growCache(): void {
  const size = Math.min(CACHE_SIZE, Math.max(1024, cacheHi.length * 2));
  const hi = new Int32Array(size);
  const lo = new Int32Array(size);
  hi.set(cacheHi);
  lo.set(cacheLo);
  cacheHi = hi;
  cacheLo = lo;
}

function room(n: number): Uint8Array {
  if (buf.length < n) buf = new Uint8Array(Math.max(n, buf.length * 2));
  return buf;
}

/** Writes s into buf in CPython's storage kind; returns the byte length. */
function storeStr(s: string): number {
  const n = s.length;
  let max = 0;
  let astral = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) astral = true;
    }
  }
  if (astral) {
    const b = room(n * 4);
    let j = 0;
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      b[j] = cp; b[j + 1] = cp >>> 8; b[j + 2] = cp >>> 16; b[j + 3] = 0;
      j += 4;
    }
    return j;
  }
  if (max < 256) {
    const b = room(n);
    for (let i = 0; i < n; i++) b[i] = s.charCodeAt(i);
    return n;
  }
  const b = room(n * 2);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    b[2 * i] = c;
    b[2 * i + 1] = c >>> 8;
  }
  return n * 2;
}

/** SipHash-1-3 of buf[0..n) into SIP: one round a message word, then three. */
function sipHashBuffer(n: number): void {
  const b = buf;
  // "somepseudorandomlygeneratedbytes" xor the zero key.
  let h0 = 0x736f6d65, l0 = 0x70736575, h1 = 0x646f7261, l1 = 0x6e646f6d;
  let h2 = 0x6c796765, l2 = 0x6e657261, h3 = 0x74656462, l3 = 0x79746573;
  let lo = 0, t = 0, mh = 0, ml = 0;
  let j = 0;
  let message = true; // still compressing words (else: the final rounds)
  let lastWord = false;
  let finalRounds = 3;
  for (;;) {
    if (message) {
      if (j + 8 <= n) {
        ml = b[j]! | (b[j + 1]! << 8) | (b[j + 2]! << 16) | (b[j + 3]! << 24);
        mh = b[j + 4]! | (b[j + 5]! << 8) | (b[j + 6]! << 16) | (b[j + 7]! << 24);
        j += 8;
      } else {
        // The last word: the tail bytes under the length's low byte.
        ml = 0;
        mh = (n & 0xff) << 24;
        for (let k = 0; j + k < n; k++) {
          if (k < 4) ml |= b[j + k]! << (8 * k);
          else mh |= b[j + k]! << (8 * (k - 4));
        }
        lastWord = true;
      }
      h3 ^= mh; l3 ^= ml;
    }
    // SipRound. v0 += v1; v1 = rotl(v1, 13) ^ v0; v0 = rotl(v0, 32)
    lo = (l0 + l1) | 0; h0 = (h0 + h1 + (((l0 & l1) | ((l0 | l1) & ~lo)) >>> 31)) | 0; l0 = lo;
    t = (h1 << 13) | (l1 >>> 19); l1 = (l1 << 13) | (h1 >>> 19); h1 = t;
    h1 ^= h0; l1 ^= l0;
    t = h0; h0 = l0; l0 = t;
    // v2 += v3; v3 = rotl(v3, 16) ^ v2
    lo = (l2 + l3) | 0; h2 = (h2 + h3 + (((l2 & l3) | ((l2 | l3) & ~lo)) >>> 31)) | 0; l2 = lo;
    t = (h3 << 16) | (l3 >>> 16); l3 = (l3 << 16) | (h3 >>> 16); h3 = t;
    h3 ^= h2; l3 ^= l2;
    // v0 += v3; v3 = rotl(v3, 21) ^ v0
    lo = (l0 + l3) | 0; h0 = (h0 + h3 + (((l0 & l3) | ((l0 | l3) & ~lo)) >>> 31)) | 0; l0 = lo;
    t = (h3 << 21) | (l3 >>> 11); l3 = (l3 << 21) | (h3 >>> 11); h3 = t;
    h3 ^= h0; l3 ^= l0;
    // v2 += v1; v1 = rotl(v1, 17) ^ v2; v2 = rotl(v2, 32)
    lo = (l2 + l1) | 0; h2 = (h2 + h1 + (((l2 & l1) | ((l2 | l1) & ~lo)) >>> 31)) | 0; l2 = lo;
    t = (h1 << 17) | (l1 >>> 15); l1 = (l1 << 17) | (h1 >>> 15); h1 = t;
    h1 ^= h2; l1 ^= l2;
    t = h2; h2 = l2; l2 = t;
    if (message) {
      h0 ^= mh; l0 ^= ml;
      if (lastWord) {
        message = false;
        l2 ^= 0xff;
      }
    } else if (--finalRounds === 0) {
      break;
    }
  }
  const hi = (h0 ^ h1 ^ h2 ^ h3) | 0;
  let low = (l0 ^ l1 ^ l2 ^ l3) | 0;
  if (hi === -1 && low === -1) low = -2; // -1 is the error value of C's tp_hash
  SIP[0] = hi;
  SIP[1] = low;
}
