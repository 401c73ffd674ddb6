// repr() of str and bytes, with CPython's quote choice and escapes.

import { isPrintableChar } from '../methods/str_chars.js';

/** Whether a code point is printable in CPython's sense: str.isprintable's Unicode 14.0 answer
 * (JS's property escapes follow Node's newer Unicode, where more code points are assigned). */
function isPrintable(cp: number): boolean {
  return isPrintableChar(String.fromCodePoint(cp));
}

/** A unit that repr() shows other than as itself: outside printable ASCII, or a backslash. */
const ESCAPED = /[^\x20-\x5b\x5d-\x7e]/;

export function strRepr(s: string): string {
  // Printable ASCII with no backslash (a word, a line, a key): the string in quotes, as it is.
  if (!ESCAPED.test(s)) {
    if (!s.includes("'")) return "'" + s + "'";
    if (!s.includes('"')) return '"' + s + '"';
  }
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp >= 0x20 && cp < 0x7f) out += ch;
    else if (isPrintable(cp)) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + quote;
}

/** Escapes every non-ASCII character of a repr (what ascii() adds to repr()). */
export function asciiEscape(r: string): string {
  let out = '';
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

/** ascii() of a str. */
export function strAscii(s: string): string {
  return asciiEscape(strRepr(s));
}

/** repr() of bytes data. bytearray's repr (`singleQuoteAlwaysEscaped`) escapes `'` even inside
 *  double quotes, as CPython's bytearray_repr does: `bytearray(b"\'")`. */
export function bytesRepr(data: Uint8Array, prefix = 'b', singleQuoteAlwaysEscaped = false): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const b of data) {
    if (b === 0x27) hasSingle = true;
    else if (b === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = prefix + quote;
  for (const b of data) {
    if (b === quote.charCodeAt(0) || b === 0x5c || (b === 0x27 && singleQuoteAlwaysEscaped)) out += '\\' + String.fromCharCode(b);
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b === 0x09) out += '\\t';
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += '\\x' + b.toString(16).padStart(2, '0');
  }
  return out + quote;
}
