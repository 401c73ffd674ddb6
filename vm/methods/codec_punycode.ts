// The punycode codec (RFC 3492, Bootstring with its parameters): the ASCII code points of a
// string in order, a '-' if there were any, then the others as variable-length base-36
// numbers saying where to insert what. Errors are UnicodeError with CPython's messages; a
// decode with errors other than 'strict' stops at the first bad digit instead.

import { newException, UnicodeError } from '../objects/exceptions.js';
import { decodeAscii } from './codec_utf8.js';

const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
const DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The threshold of the j-th digit of a number (RFC 3492 section 6.1's t). */
function threshold(j: number, bias: number): number {
  return Math.min(TMAX, Math.max(TMIN, BASE * (j + 1) - bias));
}

/** RFC 3492 section 6.1: the bias after a delta. */
function adapt(delta: number, first: boolean, points: number): number {
  delta = Math.floor(delta / (first ? DAMP : 2));
  delta += Math.floor(delta / points);
  let k = 0;
  while (delta > ((BASE - TMIN) * TMAX) >> 1) {
    delta = Math.floor(delta / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * delta) / (delta + SKEW));
}

export function encodePunycode(s: string): Uint8Array {
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  let out = '';
  for (const cp of cps) if (cp < INITIAL_N) out += String.fromCharCode(cp);
  const basic = out.length;
  if (basic > 0) out += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  let handled = basic;
  while (handled < cps.length) {
    let m = Infinity;
    for (const cp of cps) if (cp >= n && cp < m) m = cp;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const cp of cps) {
      if (cp < n) delta++;
      if (cp !== n) continue;
      let q = delta;
      for (let j = 0; ; j++) {
        const t = threshold(j, bias);
        if (q < t) break;
        out += DIGITS[t + ((q - t) % (BASE - t))];
        q = Math.floor((q - t) / (BASE - t));
      }
      out += DIGITS[q];
      bias = adapt(delta, handled === basic, handled + 1);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

export function decodePunycode(data: Uint8Array, errors: string): string {
  // encodings.punycode's decoder knows only these three, whatever the input.
  if (errors !== 'strict' && errors !== 'replace' && errors !== 'ignore') {
    throw newException(UnicodeError, `Unsupported error handling ${errors}`);
  }
  const strict = errors === 'strict';
  const dash = data.lastIndexOf(0x2d);
  // The part before the last '-' is ASCII text as it stands (decoded with the caller's errors).
  const out = dash < 0 ? [] : Array.from(decodeAscii(data.subarray(0, dash), errors), (c) => c.codePointAt(0)!);
  const digits = decodeAscii(data.subarray(dash + 1), 'strict').toUpperCase();
  let n = INITIAL_N;
  let i = -1;
  let bias = INITIAL_BIAS;
  let at = 0;
  while (at < digits.length) {
    // One generalized variable-length integer: the next insertion's delta.
    const start = at;
    let delta = 0;
    let w = 1;
    for (let j = 0; ; j++) {
      if (at >= digits.length) {
        if (strict) throw newException(UnicodeError, 'incomplete punicode string');
        return String.fromCodePoint(...out);
      }
      const c = digits.charCodeAt(at++);
      const digit = c >= 0x41 && c <= 0x5a ? c - 0x41 : c >= 0x30 && c <= 0x39 ? c - 22 : -1;
      if (digit < 0) {
        if (strict) throw newException(UnicodeError, `Invalid extended code point '${digits[at - 1]}'`);
        return String.fromCodePoint(...out);
      }
      delta += digit * w;
      const t = threshold(j, bias);
      if (digit < t) break;
      w *= BASE - t;
    }
    i += delta + 1;
    n += Math.floor(i / (out.length + 1));
    if (n > 0x10ffff) {
      if (strict) throw newException(UnicodeError, `Invalid character U+${n.toString(16)}`);
      n = 0x3f; // '?'
    }
    i %= out.length + 1;
    out.splice(i, 0, n);
    bias = adapt(delta, start === 0, out.length);
  }
  return String.fromCodePoint(...out);
}
