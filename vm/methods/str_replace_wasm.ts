import { Buffer } from 'node:buffer';

// str.replace on long one-byte texts, by a WebAssembly loop over the text's bytes.
//
// Why WebAssembly: a JS copy loop over a 6 MB text runs at ~15 ns a byte until V8 has
// optimised it, and tpy runs node without on-stack replacement, so the first long replace of
// a program ran unoptimised (or, timed by the wall clock, fell back to V8's own replace, ~7 ns
// a byte, whenever the host was loaded). A WebAssembly function is compiled by Liftoff before
// its first call and copies at ~1.3 ns a byte from the first byte on: strings.py's
// text.replace('a', '') of 6.4 MB, 8-9 ms (CPython 9-11).
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

const I32 = 0x7f;
const get = (i: number) => [0x20, i];
const set = (i: number) => [0x21, i];
const tee = (i: number) => [0x22, i];
const one = [0x41, 1];
const ADD = 0x6a, SUB = 0x6b, EQ = 0x46, NE = 0x47, GE_U = 0x4f, GT_U = 0x4b;
const LOAD8 = [0x2d, 0, 0], STORE8 = [0x3a, 0, 0], MEMORY_COPY = [0xfc, 10, 0, 0];
const BLOCK = [0x02, 0x40], LOOP = [0x03, 0x40], IF = [0x04, 0x40], END = 0x0b;
const br = (depth: number) => [0x0c, depth];
const brIf = (depth: number) => [0x0d, depth];

// Parameters, then locals.
const SRC = 0, END_ = 1, PAT = 2, M = 3, REP = 4, R = 5, DST = 6, LIMIT = 7;
const I = 8, O = 9, C = 10, P0 = 11, K = 12, DONE = 13;

/**
 * The loop: for each byte, a match of pat starting there (its first byte compared first)
 * writes rep and skips m bytes, else the byte is copied. `writes` false: the output's
 * length only (o advanced as replace advances it).
 */
function body(writes: boolean): number[] {
  const code = [
    ...get(SRC), ...set(I), ...get(DST), ...set(O),
    ...get(PAT), ...LOAD8, ...set(P0),
    ...BLOCK, ...LOOP, // depth 1: done; depth 0: next byte
    ...get(I), ...get(END_), GE_U, ...brIf(1),
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
    ...(writes ? [...get(O), ...get(REP), ...get(R), ...MEMORY_COPY] : []),
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
  const fn = [...vector([[6, I32]]), ...code];
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
