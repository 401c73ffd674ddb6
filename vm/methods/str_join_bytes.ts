// sep.join(parts) for a very long list of one-byte strings, written into a byte buffer.
//
// Why: V8's Array.prototype.join costs ~25 ns a part on a list of a million words (CPython's
// join ~5); writing the characters into a Buffer and reading it back as latin-1 is ~15. The
// loops run in chunks, each a call: tpy runs node without on-stack replacement, so one loop
// over a million parts would run unoptimised to its end.

import { Buffer } from 'node:buffer';

/** Parts per call of the loops below. */
const CHUNK = 4096;
/** V8's longest string (String::kMaxLength on 64-bit hosts). */
const MAX_BYTES = 2 ** 29 - 24;

/**
 * parts.join(sep), or null when some part or sep holds a character past U+00FF (the caller
 * joins another way). The parts are plain JS strings.
 */
export function joinOneByte(parts: string[], sep: string): string | null {
  let n = 0;
  for (let lo = 0; lo < parts.length; lo += CHUNK) n += lengthOf(parts, lo, Math.min(lo + CHUNK, parts.length));
  n += sep.length * (parts.length - 1);
  // Past V8's longest string, the other way raises as it always did.
  if (n > MAX_BYTES) return null;
  for (let i = 0; i < sep.length; i++) if (sep.charCodeAt(i) > 0xff) return null;
  const buf = Buffer.allocUnsafe(n);
  let o = 0;
  for (let lo = 0; lo < parts.length && o >= 0; lo += CHUNK) o = fill(buf, parts, lo, Math.min(lo + CHUNK, parts.length), o, sep);
  return o < 0 ? null : buf.toString('latin1', 0, n);
}

function lengthOf(parts: string[], lo: number, hi: number): number {
  let n = 0;
  for (let i = lo; i < hi; i++) n += parts[i].length;
  return n;
}

/** Writes parts[lo, hi) (each after sep but the very first) at o; the next offset, or -1 at a character past U+00FF. */
function fill(buf: Buffer, parts: string[], lo: number, hi: number, o: number, sep: string): number {
  const one = sep.length === 1 ? sep.charCodeAt(0) : -1;
  for (let i = lo; i < hi; i++) {
    if (i !== 0) {
      if (one >= 0) buf[o++] = one;
      else for (let j = 0; j < sep.length; j++) buf[o++] = sep.charCodeAt(j);
    }
    const s = parts[i];
    for (let j = 0; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c > 0xff) return -1;
      buf[o++] = c;
    }
  }
  return o;
}
