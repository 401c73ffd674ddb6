// BLAKE2b and BLAKE2s as RFC 7693 defines them, with the whole parameter block (digest
// size, key, salt, personalization, tree parameters). Node's crypto has both only at their
// full digest size and without key or parameters, so hashlib uses this for everything else.
// Words are BigInts masked to the variant's width: short and plain rather than fast.

export interface Blake2Variant {
  name: 'blake2b' | 'blake2s';
  /** Word size in bits (64 or 32). */
  bits: 64 | 32;
  blockSize: number;
  maxDigest: number;
  saltSize: number;
  rounds: number;
  /** The four rotation distances of G. */
  rot: [bigint, bigint, bigint, bigint];
  iv: bigint[];
}

export const BLAKE2B: Blake2Variant = {
  name: 'blake2b', bits: 64, blockSize: 128, maxDigest: 64, saltSize: 16, rounds: 12, rot: [32n, 24n, 16n, 63n],
  iv: [0x6a09e667f3bcc908n, 0xbb67ae8584caa73bn, 0x3c6ef372fe94f82bn, 0xa54ff53a5f1d36f1n,
    0x510e527fade682d1n, 0x9b05688c2b3e6c1fn, 0x1f83d9abfb41bd6bn, 0x5be0cd19137e2179n],
};

export const BLAKE2S: Blake2Variant = {
  name: 'blake2s', bits: 32, blockSize: 64, maxDigest: 32, saltSize: 8, rounds: 10, rot: [16n, 12n, 8n, 7n],
  iv: [0x6a09e667n, 0xbb67ae85n, 0x3c6ef372n, 0xa54ff53an, 0x510e527fn, 0x9b05688cn, 0x1f83d9abn, 0x5be0cd19n],
};

const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/** The parameter block's fields (RFC 7693 section 2.5); sizes already checked by the caller. */
export interface Blake2Params {
  digestSize: number;
  key: Uint8Array;
  salt: Uint8Array;
  person: Uint8Array;
  fanout: number;
  depth: number;
  leafSize: number;
  nodeOffset: bigint;
  nodeDepth: number;
  innerSize: number;
  lastNode: boolean;
}

export class Blake2State {
  private h: bigint[] = [];
  private buf: Uint8Array;
  private buflen = 0;
  /** Bytes compressed so far (the counter t). */
  private t = 0n;

  constructor(readonly v: Blake2Variant, readonly p: Blake2Params) {
    this.buf = new Uint8Array(v.blockSize);
  }

  /** A fresh state for `p`, the key (if any) already absorbed as the first block. */
  static start(v: Blake2Variant, p: Blake2Params): Blake2State {
    const s = new Blake2State(v, p);
    const w = v.bits / 8;
    const block = new Uint8Array(w * 8);
    block[0] = p.digestSize;
    block[1] = p.key.length;
    block[2] = p.fanout;
    block[3] = p.depth;
    new DataView(block.buffer).setUint32(4, p.leafSize, true);
    // node_offset takes 8 bytes in BLAKE2b, 6 in BLAKE2s; node depth and inner size follow it.
    const offLen = v.bits === 64 ? 8 : 6;
    for (let i = 0; i < offLen; i++) block[8 + i] = Number((p.nodeOffset >> BigInt(8 * i)) & 0xffn);
    block[8 + offLen] = p.nodeDepth;
    block[9 + offLen] = p.innerSize;
    block.set(p.salt, 4 * w);
    block.set(p.person, 4 * w + v.saltSize);
    s.h = v.iv.map((x, i) => x ^ readWord(block, i * w, w));
    if (p.key.length > 0) {
      const k = new Uint8Array(v.blockSize);
      k.set(p.key);
      s.update(k);
    }
    return s;
  }

  copy(): Blake2State {
    const s = new Blake2State(this.v, this.p);
    s.h = this.h.slice();
    s.buf = this.buf.slice();
    s.buflen = this.buflen;
    s.t = this.t;
    return s;
  }

  update(data: Uint8Array): void {
    const bs = this.v.blockSize;
    for (let i = 0; i < data.length;) {
      // A full buffer is compressed only once more data comes: the last block is compressed as final.
      if (this.buflen === bs) {
        this.t += BigInt(bs);
        this.compress(this.h, this.buf, false);
        this.buflen = 0;
      }
      const n = Math.min(bs - this.buflen, data.length - i);
      this.buf.set(data.subarray(i, i + n), this.buflen);
      this.buflen += n;
      i += n;
    }
  }

  /** The digest of what was absorbed so far; the state itself is left as it was. */
  digest(): Uint8Array {
    const h = this.h.slice();
    const last = this.buf.slice();
    last.fill(0, this.buflen);
    const t = this.t + BigInt(this.buflen);
    this.compressWith(h, last, t, true);
    const w = this.v.bits / 8;
    const out = new Uint8Array(8 * w);
    for (let i = 0; i < 8; i++) for (let j = 0; j < w; j++) out[i * w + j] = Number((h[i] >> BigInt(8 * j)) & 0xffn);
    return out.slice(0, this.p.digestSize);
  }

  private compress(h: bigint[], block: Uint8Array, final: boolean): void {
    this.compressWith(h, block, this.t, final);
  }

  private compressWith(h: bigint[], block: Uint8Array, t: bigint, final: boolean): void {
    const { bits, rounds, rot, iv } = this.v;
    const w = bits / 8;
    const big = BigInt(bits);
    const mask = (1n << big) - 1n;
    const m = Array.from({ length: 16 }, (_, i) => readWord(block, i * w, w));
    const v = [...h, ...iv];
    v[12] ^= t & mask;
    v[13] ^= (t >> big) & mask;
    if (final) {
      v[14] ^= mask;
      if (this.p.lastNode) v[15] ^= mask;
    }
    const rotr = (x: bigint, n: bigint) => ((x >> n) | (x << (big - n))) & mask;
    const g = (a: number, b: number, c: number, d: number, x: bigint, y: bigint) => {
      v[a] = (v[a] + v[b] + x) & mask;
      v[d] = rotr(v[d] ^ v[a], rot[0]);
      v[c] = (v[c] + v[d]) & mask;
      v[b] = rotr(v[b] ^ v[c], rot[1]);
      v[a] = (v[a] + v[b] + y) & mask;
      v[d] = rotr(v[d] ^ v[a], rot[2]);
      v[c] = (v[c] + v[d]) & mask;
      v[b] = rotr(v[b] ^ v[c], rot[3]);
    };
    for (let r = 0; r < rounds; r++) {
      const s = SIGMA[r % 10];
      g(0, 4, 8, 12, m[s[0]], m[s[1]]);
      g(1, 5, 9, 13, m[s[2]], m[s[3]]);
      g(2, 6, 10, 14, m[s[4]], m[s[5]]);
      g(3, 7, 11, 15, m[s[6]], m[s[7]]);
      g(0, 5, 10, 15, m[s[8]], m[s[9]]);
      g(1, 6, 11, 12, m[s[10]], m[s[11]]);
      g(2, 7, 8, 13, m[s[12]], m[s[13]]);
      g(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (let i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
  }
}

/** A little-endian word of `w` bytes. */
function readWord(b: Uint8Array, at: number, w: number): bigint {
  let x = 0n;
  for (let j = w - 1; j >= 0; j--) x = (x << 8n) | BigInt(b[at + j]);
  return x;
}
