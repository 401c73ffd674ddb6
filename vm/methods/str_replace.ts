// str.replace: CPython's results, and its speed on long texts.

import { Buffer } from 'node:buffer';

/** Shorter texts keep V8's string methods: the copy's set-up is not worth it there. */
const BYTE_COPY_MIN = 4096;
/** Replacements a copy is worth for each this many characters of the text. */
const FEW_PER_BYTE = 64;

/** `s` with the first `count` (all when negative) non-overlapping `old` replaced by `rep`. */
export function replaceStr(s: string, old: string, rep: string, count: number): string {
  if (count === 0) return s;
  if (old.length === 0) return replaceEmpty(s, rep, count);
  // Nothing to replace is the commonest case of all (w.replace('a', 'b') over words).
  if (s.indexOf(old) < 0) return s;
  // A few replacements are a few slices; many in a long text, a copy.
  const many = count < 0 || count * FEW_PER_BYTE >= s.length;
  if (many && s.length >= BYTE_COPY_MIN && isAscii(s) && isAscii(old) && isAscii(rep)) return replaceBytes(s, old, rep, count);
  // replaceAll with a string replacement would read '$&' and the like in it.
  if (count < 0) return rep.includes('$') ? s.split(old).join(rep) : s.replaceAll(old, rep);
  let out = '';
  let i = 0;
  while (count-- > 0) {
    const pos = s.indexOf(old, i);
    if (pos < 0) break;
    out += s.slice(i, pos) + rep;
    i = pos + old.length;
  }
  return out + s.slice(i);
}

/** '' replaced: `rep` before every code point and at the end, up to `count` times. */
function replaceEmpty(s: string, rep: string, count: number): string {
  const cps = Array.from(s);
  if (count < 0 || count > cps.length) return rep + cps.join(rep) + (s.length > 0 ? rep : '');
  let out = '';
  for (let k = 0; k < count; k++) out += rep + cps[k];
  return out + cps.slice(count).join('');
}

function isAscii(s: string): boolean {
  return Buffer.byteLength(s, 'utf8') === s.length;
}

/**
 * replaceStr for ASCII strings, copying bytes: V8 builds a string from many small pieces
 * slowly. A 12 MB text's 'a's removed: 540-800 ms split and joined, 45-115 ms copied
 * (CPython 22-77 ms).
 */
function replaceBytes(s: string, old: string, rep: string, count: number): string {
  const first = s.indexOf(old);
  if (first < 0) return s;
  const src = Buffer.from(s, 'latin1');
  const pat = Buffer.from(old, 'latin1');
  const with_ = Buffer.from(rep, 'latin1');
  const n = src.length;
  const m = pat.length;
  const limit = count < 0 ? Infinity : count;
  let size = n;
  if (with_.length > m) {
    // The output grows: its length first, from the number of matches.
    const counting: Copying = { i: first, out: 0, done: 0 };
    while (counting.i <= n - m && counting.done < limit) countChunk(src, pat, counting, Math.min(counting.i + CHUNK, n - m + 1), limit);
    size = n + counting.done * (with_.length - m);
  }
  const dst = Buffer.allocUnsafe(size);
  src.copy(dst, 0, 0, first);
  const at: Copying = { i: first, out: first, done: 0 };
  const copy = m === 1 ? (with_.length === 0 && count < 0 ? dropByte : copyByteChunk) : copyChunk;
  // In chunks, each a call: V8 optimises a function when it is called, and tpy runs node
  // without on-stack replacement (bin/tpy), so one long loop would run unoptimised. The
  // first chunks are short, so that the optimised copy comes after little unoptimised work.
  let chunk = FIRST_CHUNK;
  while (at.i < n && at.done < limit) {
    const from = at.i;
    const timed = count < 0 && from >= TIMED_FROM;
    const t0 = timed ? performance.now() : 0;
    copy(src, pat, with_, dst, at, Math.min(from + chunk, n), limit);
    if (chunk < CHUNK) chunk *= 2;
    // Still unoptimised: V8's one compile thread is busy (a TurboFan compile of runLoop
    // takes 200-800 ms), and the copy would run at ~15 ns a byte to the end. V8's own
    // replace of a fixed pattern (~6 ns a byte at any tier) does the rest.
    if (timed && (performance.now() - t0) * 1e6 > SLOW_NS_PER_BYTE * (at.i - from) && at.i < n) {
      return dst.toString('latin1', 0, at.out) + s.slice(at.i).replace(new RegExp(escapeRegExp(old), 'g'), rep.replace(/\$/g, '$$$$'));
    }
  }
  if (at.i < n) at.out += src.copy(dst, at.out, at.i);
  return dst.toString('latin1', 0, at.out);
}

const CHUNK = 1 << 16;
const FIRST_CHUNK = 1 << 10;
/** Where replaceBytes starts timing its chunks: by then V8 has optimised the copy if it can. */
const TIMED_FROM = 1 << 18;
/** The optimised copy takes 1-3 ns a byte; Sparkplug's ~15. */
const SLOW_NS_PER_BYTE = 5;

function escapeRegExp(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Where replaceBytes is: the next byte of src, of dst, and the matches replaced (or counted). */
interface Copying {
  i: number;
  out: number;
  done: number;
}

/** Counts the matches of `pat` in src from at.i (in at.done), up to one starting at or past `end`. */
function countChunk(src: Buffer, pat: Buffer, at: Copying, end: number, limit: number): void {
  const m = pat.length;
  let { i, done } = at;
  while (i < end && done < limit) {
    if (matchesAt(src, i, pat)) {
      done++;
      i += m;
    } else i++;
  }
  at.i = i;
  at.done = done;
}

/** Copies src[at.i...] into dst, replacing, until a position at or past `end`. */
function copyChunk(src: Buffer, pat: Buffer, with_: Buffer, dst: Buffer, at: Copying, end: number, limit: number): void {
  const n = src.length;
  const m = pat.length;
  const p = pat[0];
  let { i, out, done } = at;
  while (i < end) {
    if (src[i] === p && done < limit && i <= n - m && matchesAt(src, i, pat)) {
      for (let k = 0; k < with_.length; k++) dst[out++] = with_[k];
      i += m;
      done++;
    } else dst[out++] = src[i++];
  }
  at.i = i;
  at.out = out;
  at.done = done;
}

/** copyChunk for a one-byte `pat` removed everywhere (text.replace('a', '')). */
function dropByte(src: Buffer, pat: Buffer, _with: Buffer, dst: Buffer, at: Copying, end: number): void {
  const p = pat[0];
  let { i, out } = at;
  while (i < end) {
    const c = src[i++];
    if (c !== p) dst[out++] = c;
  }
  at.i = i;
  at.out = out;
}

/** copyChunk for a one-byte `pat`. */
function copyByteChunk(src: Buffer, pat: Buffer, with_: Buffer, dst: Buffer, at: Copying, end: number, limit: number): void {
  const p = pat[0];
  const w = with_.length;
  let { i, out, done } = at;
  while (i < end) {
    const c = src[i++];
    if (c !== p || done >= limit) dst[out++] = c;
    else {
      for (let k = 0; k < w; k++) dst[out++] = with_[k];
      done++;
    }
  }
  at.i = i;
  at.out = out;
  at.done = done;
}

function matchesAt(src: Buffer, i: number, pat: Buffer): boolean {
  if (src[i] !== pat[0]) return false;
  for (let k = 1; k < pat.length; k++) if (src[i + k] !== pat[k]) return false;
  return true;
}
