import { Buffer } from 'node:buffer';

// str.replace on long one-byte texts, by a WebAssembly loop over the text's bytes.
//
// Why WebAssembly: a JS copy loop over a 6 MB text runs at ~15 ns a byte until V8 has
// optimised it, and tpy runs node without on-stack replacement, so the first long replace of
// a program ran unoptimised (or, timed by the wall clock, fell back to V8's own replace, ~7 ns
// a byte, whenever the host was loaded). A WebAssembly function is compiled by Liftoff before
// its first call and runs at its speed from the first byte on; it reads the text 8 bytes at a
// time (a byte at a time was ~2.3 ns a byte in Liftoff's code): strings.py's
// text.replace('a', '') of 6.4 MB, 15 -> 6.5 ms CPU (CPython 10-13).
//
// The module is assembled here (it is two small functions) and compiled at first use, never
// at start-up (the start-up snapshot cannot hold it). Its memory is kept for the next call
// up to 32 MB (a text of 16 MB); a larger call gets a memory of its own, dropped after it.

/** The text, the pattern, the replacement and the output, laid out in one memory: at most 4 GB. */
const MAX_BYTES = 0xffff_0000;
const PAGE = 65536;

/** The compiled module, made at first use. */
let module: WebAssembly.Module | null = null;

interface Kernel {
  /** Writes src[src, end) with `pat` replaced by `rep` (at most `limit` times) at dst; returns the bytes written. */
  replace(src: number, end: number, pat: number, m: number, rep: number, r: number, dst: number, limit: number): number;
  /** replace's output length, nothing written. */
  measure(src: number, end: number, pat: number, m: number, rep: number, r: number, dst: number, limit: number): number;
}

/**
 * `s` with the first `count` (all when negative) occurrences of `old` (non-empty) replaced by
 * `rep`, all three one-byte (every code unit below 256); null when the memory it needs cannot
 * be had (the caller replaces another way).
 */
export function replaceOneByte(s: string, old: string, rep: string, count: number): string | null {
  const n = s.length;
  const m = old.length;
  const r = rep.length;
  const limit = count < 0 || count > 0xffff_ffff ? 0xffff_ffff : count;
  const pat = n;
  const rp = pat + m;
  const dst = rp + r;
  let memory: WebAssembly.Memory;
  let kernel: Kernel;
  let size = n;
  try {
    if (r > m) {
      // The output grows: its length first, from the text alone.
      [memory, kernel] = instance(dst);
      write(memory, s, old, rep);
      size = kernel.measure(0, n, pat, m, rp, r, dst, limit);
      if (dst + size > MAX_BYTES) return null;
      const more = pages(dst + size) - memory.buffer.byteLength / PAGE;
      if (more > 0) memory.grow(more);
    } else {
      [memory, kernel] = instance(dst + n);
      write(memory, s, old, rep);
    }
  } catch {
    // No memory that large (RangeError), or no WebAssembly at all (node --jitless).
    return null;
  }
  const len = kernel.replace(0, n, pat, m, rp, r, dst, limit);
  const result = Buffer.from(memory.buffer).toString('latin1', dst, dst + len);
  if (kept !== null && kept[0].buffer.byteLength > KEPT) kept = null; // grown past what is kept
  return result;
}

function pages(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / PAGE));
}

/**
 * The memory and kernel of the last replace, kept while at most KEPT bytes: a new memory's
 * pages are faulted in on first touch, ~6 ms of a 6 MB text's 14 ms.
 */
let kept: [WebAssembly.Memory, Kernel] | null = null;
const KEPT = 32 << 20;

/** A memory of at least `bytes` (the kept one when it can be) and the kernel over it. */
function instance(bytes: number): [WebAssembly.Memory, Kernel] {
  if (bytes > MAX_BYTES) throw new RangeError('too large');
  if (kept !== null && bytes <= KEPT) {
    const more = pages(bytes) - kept[0].buffer.byteLength / PAGE;
    if (more > 0) kept[0].grow(more);
    return kept;
  }
  const memory = new WebAssembly.Memory({ initial: pages(bytes) });
  module ??= new WebAssembly.Module(assemble());
  const made: [WebAssembly.Memory, Kernel] = [memory, new WebAssembly.Instance(module, { m: { mem: memory } }).exports as unknown as Kernel];
  if (bytes <= KEPT) kept = made;
  return made;
}

function write(memory: WebAssembly.Memory, s: string, old: string, rep: string): void {
  const b = Buffer.from(memory.buffer);
  b.write(s, 0, 'latin1');
  b.write(old, s.length, 'latin1');
  b.write(rep, s.length + old.length, 'latin1');
}

// ------------------------------------------------------------------ the module's bytes

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
};
const section = (id: number, bytes: number[]): number[] => [id, ...uleb(bytes.length), ...bytes];
const vector = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const name = (s: string): number[] => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];

const I32 = 0x7f, I64 = 0x7e;
const get = (i: number) => [0x20, i];
const set = (i: number) => [0x21, i];
const tee = (i: number) => [0x22, i];
const one = [0x41, 1];
const i32 = (n: number) => [0x41, ...sleb(BigInt(n))];
const i64 = (n: bigint) => [0x42, ...sleb(n)];
const ADD = 0x6a, SUB = 0x6b, EQ = 0x46, NE = 0x47, LT_U = 0x49, GE_U = 0x4f, GT_U = 0x4b, LE_U = 0x4d, AND = 0x71, SHR_U = 0x76;
const I64_XOR = 0x85, I64_SUB = 0x7d, I64_AND = 0x83, I64_MUL = 0x7e, I64_CTZ = 0x7a, I64_EQZ = 0x50, WRAP = 0xa7, EXTEND_U = 0xad;
const LOAD8 = [0x2d, 0, 0], STORE8 = [0x3a, 0, 0], LOAD64 = [0x29, 0, 0], STORE64 = [0x37, 0, 0], MEMORY_COPY = [0xfc, 10, 0, 0];
const BLOCK = [0x02, 0x40], LOOP = [0x03, 0x40], IF = [0x04, 0x40], END = 0x0b;
const br = (depth: number) => [0x0c, depth];
const brIf = (depth: number) => [0x0d, depth];

/** Signed LEB128 (i32.const, i64.const). */
function sleb(n: bigint): number[] {
  const out: number[] = [];
  for (;;) {
    const b = Number(n & 0x7fn);
    n >>= 7n;
    if ((n === 0n && (b & 0x40) === 0) || (n === -1n && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

// Parameters, then locals (i32s, then i64s).
const SRC = 0, END_ = 1, PAT = 2, M = 3, REP = 4, R = 5, DST = 6, LIMIT = 7;
const I = 8, O = 9, C = 10, P0 = 11, K = 12, DONE = 13;
const PP = 14, X = 15, MASK = 16;

const LOW_BITS = 0x0101010101010101n;
const HIGH_BITS = -0x7f7f7f7f7f7f7f80n; // 0x8080808080808080 as a signed i64

/**
 * The loop. While replacements are left and 8 bytes are, the text is read 8 bytes at a time
 * and a word without the pattern's first byte is copied whole (the zero-byte test of
 * `word ^ first byte in every lane`: its lowest flagged byte is a true match, which is all
 * that is used); at such a byte, or near the end, one byte at a time: a match of pat
 * starting there (its first byte compared first) writes rep and skips m bytes, else the byte
 * is copied. `writes` false: the output's length only (o advanced as replace advances it).
 * An 8-byte store at o stays inside the memory the caller sized: it is made only with 8 bytes
 * of text left, which will write at least 8 more output bytes when rep is longer than pat,
 * and when it is not, o - dst is at most i - src, so the store ends before dst + n.
 */
function body(writes: boolean): number[] {
  const code = [
    ...get(SRC), ...set(I), ...get(DST), ...set(O),
    ...get(PAT), ...LOAD8, ...set(P0),
    ...get(P0), EXTEND_U, ...i64(LOW_BITS), I64_MUL, ...set(PP),
    ...BLOCK, ...LOOP, // depth 1: done; depth 0: next byte
    ...get(I), ...get(END_), GE_U, ...brIf(1),
    // No replacement left: the rest of the text as it is, in one copy.
    ...get(DONE), ...get(LIMIT), GE_U,
    ...IF, // depth 0: if, 1: loop, 2: done
    ...(writes ? [...get(O), ...get(I), ...get(END_), ...get(I), SUB, ...MEMORY_COPY] : []),
    ...get(O), ...get(END_), ...get(I), SUB, ADD, ...set(O),
    ...br(2),
    END,
    // Eight bytes at a time.
    ...get(DONE), ...get(LIMIT), LT_U,
    ...get(I), ...i32(8), ADD, ...get(END_), LE_U, AND,
    ...IF, // depth 0: if, 1: loop, 2: done
    ...get(I), ...LOAD64, ...tee(X), ...get(PP), I64_XOR, ...tee(MASK),
    ...i64(LOW_BITS), I64_SUB, ...get(MASK), ...i64(-1n), I64_XOR, I64_AND, ...i64(HIGH_BITS), I64_AND, ...tee(MASK),
    ...(writes ? [...get(O), ...get(X), ...STORE64] : []),
    I64_EQZ,
    ...IF, // depth 0: if, 1: if, 2: loop
    ...get(O), ...i32(8), ADD, ...set(O),
    ...get(I), ...i32(8), ADD, ...set(I),
    ...br(2),
    END,
    // The bytes before the first match of the pattern's first byte are written: skip them.
    ...get(MASK), I64_CTZ, WRAP, ...i32(3), SHR_U, ...set(K),
    ...get(O), ...get(K), ADD, ...set(O),
    ...get(I), ...get(K), ADD, ...set(I),
    END,
    ...get(I), ...LOAD8, ...tee(C), ...get(P0), EQ,
    ...IF, // depth 0: if, 1: loop
    ...BLOCK, // no match: leave this block (depth 0), then copy the byte
    ...get(DONE), ...get(LIMIT), GE_U, ...brIf(0),
    ...get(I), ...get(M), ADD, ...get(END_), GT_U, ...brIf(0),
    ...one, ...set(K),
    ...BLOCK, ...LOOP, // the pattern's other bytes
    ...get(K), ...get(M), GE_U, ...brIf(1),
    ...get(I), ...get(K), ADD, ...LOAD8, ...get(PAT), ...get(K), ADD, ...LOAD8, NE, ...brIf(2),
    ...get(K), ...one, ADD, ...set(K), ...br(0),
    END, END,
    ...(writes ? [...get(R), ...IF, ...get(O), ...get(REP), ...get(R), ...MEMORY_COPY, END] : []),
    ...get(O), ...get(R), ADD, ...set(O),
    ...get(I), ...get(M), ADD, ...set(I),
    ...get(DONE), ...one, ADD, ...set(DONE),
    ...br(2), // the next byte
    END,
    END,
    ...(writes ? [...get(O), ...get(C), ...STORE8] : []),
    ...get(O), ...one, ADD, ...set(O),
    ...get(I), ...one, ADD, ...set(I),
    ...br(0),
    END, END,
    ...get(O), ...get(DST), SUB,
    END,
  ];
  const fn = [...vector([[6, I32], [3, I64]]), ...code];
  return [...uleb(fn.length), ...fn];
}

function assemble(): Uint8Array<ArrayBuffer> {
  const params = Array.from({ length: 8 }, () => [I32]);
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector([[0x60, ...vector(params), ...vector([[I32]])]])),
    ...section(2, vector([[...name('m'), ...name('mem'), 0x02, 0x00, 0x01]])),
    ...section(3, vector([[0], [0]])),
    ...section(7, vector([[...name('replace'), 0x00, 0], [...name('measure'), 0x00, 1]])),
    ...section(10, vector([body(true), body(false)])),
  ]);
}
