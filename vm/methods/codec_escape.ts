// The unicode_escape and raw_unicode_escape codecs: text as Python source escapes it, in
// bytes. unicode_escape decodes every escape of a str literal (bytes above 0x7F are Latin-1
// characters); raw_unicode_escape only \uXXXX and \UXXXXXXXX, as a raw literal's were in
// Python 2. Both encode what Latin-1 cannot as \u or \U escapes; unicode_escape also escapes
// the backslash, control characters and everything past ASCII.

import { SIMPLE_ESCAPES } from '../unicode/escapes.js';
import { lookupName } from '../unicode/names.js';
import { newException, ValueError } from '../objects/exceptions.js';
import { TextSink } from './codec_buffers.js';
import { decodeErrorRepair, DecodeInput } from './codec_errors.js';

const BACKSLASH = 0x5c;

function pushAscii(out: number[], s: string): void {
  for (let k = 0; k < s.length; k++) out.push(s.charCodeAt(k));
}

/** \xhh, \uhhhh or \Uhhhhhhhh for a code point, lowercase as CPython writes them. */
function hexEscape(cp: number): string {
  if (cp < 0x100) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

export function encodeUnicodeEscape(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp === BACKSLASH) pushAscii(out, '\\\\');
    else if (cp === 0x09) pushAscii(out, '\\t');
    else if (cp === 0x0a) pushAscii(out, '\\n');
    else if (cp === 0x0d) pushAscii(out, '\\r');
    else if (cp < 0x20 || cp >= 0x7f) pushAscii(out, hexEscape(cp));
    else out.push(cp);
  }
  return Uint8Array.from(out);
}

export function encodeRawUnicodeEscape(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x100) out.push(cp);
    else pushAscii(out, hexEscape(cp));
  }
  return Uint8Array.from(out);
}

const isHex = (b: number | undefined) => b !== undefined && ((b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x66));
const isOctal = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x37;

/** A \x, \u or \U escape at data[i]: [code point, end] or [reason, end of the digits there are]. */
function readHexEscape(data: Uint8Array, i: number, raw: boolean): [number | string, number] {
  const e = data[i + 1];
  const len = e === 0x78 ? 2 : e === 0x75 ? 4 : 8;
  let j = i + 2;
  while (j < i + 2 + len && isHex(data[j])) j++;
  const name = e === 0x78 ? 'xXX' : e === 0x75 ? 'uXXXX' : 'UXXXXXXXX';
  if (j < i + 2 + len) return [`truncated \\${name} escape`, j];
  let cp = 0;
  for (let k = i + 2; k < j; k++) cp = cp * 16 + parseInt(String.fromCharCode(data[k]), 16);
  if (cp > 0x10ffff) return [raw ? '\\Uxxxxxxxx out of range' : 'illegal Unicode character', j];
  return [cp, j];
}

/** What an invalid escape costs: CPython warns once per decode, of the first one. */
export type EscapeWarning = (message: string) => void;

/**
 * unicode_escape: `warn` (when given) hears of the first escape Python does not know (kept
 * with its backslash) or octal escape past \377, as CPython's DeprecationWarning.
 */
export function decodeUnicodeEscape(data: Uint8Array, errors: string, warn?: EscapeWarning): string {
  const out = new TextSink();
  const input: DecodeInput = { encoding: 'unicodeescape', data };
  let firstInvalid: string | null = null;
  const fail = (start: number, end: number, reason: string): number => {
    const repair = decodeErrorRepair(errors, input, start, end, reason);
    out.pushText(repair.text);
    return repair.pos;
  };
  let i = 0;
  const n = data.length;
  while (i < n) {
    const b = data[i];
    if (b !== BACKSLASH) {
      out.push(b);
      i++;
      continue;
    }
    if (i + 1 >= n) {
      i = fail(i, n, '\\ at end of string');
      continue;
    }
    const e = data[i + 1];
    const c = String.fromCharCode(e);
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      out.pushText(simple);
      i += 2;
    } else if (isOctal(e)) {
      let j = i + 1;
      let cp = 0;
      while (j < i + 4 && isOctal(data[j])) cp = cp * 8 + data[j++] - 0x30;
      if (cp > 0o377 && firstInvalid === null) firstInvalid = `invalid octal escape sequence '\\${String.fromCharCode(...data.subarray(i + 1, j))}'`;
      out.push(cp);
      i = j;
    } else if (e === 0x78 || e === 0x75 || e === 0x55) {
      const [cp, end] = readHexEscape(data, i, false);
      if (typeof cp === 'string') i = fail(i, end, cp);
      else {
        out.push(cp);
        i = end;
      }
    } else if (e === 0x4e) {
      // \N{NAME}: malformed up to the end without a '}', through the '{' of \N{}
      const close = data[i + 2] === 0x7b ? data.indexOf(0x7d, i + 3) : -1;
      if (close <= i + 3) {
        i = fail(i, data[i + 2] !== 0x7b ? i + 2 : close < 0 ? n : i + 3, 'malformed \\N character escape');
        continue;
      }
      const ch = lookupName(String.fromCharCode(...data.subarray(i + 3, close)), false);
      if (ch === undefined) i = fail(i, close + 1, 'unknown Unicode character name');
      else {
        out.pushText(ch);
        i = close + 1;
      }
    } else {
      if (firstInvalid === null) firstInvalid = `invalid escape sequence '\\${c}'`;
      out.push(BACKSLASH);
      out.push(e);
      i += 2;
    }
  }
  const text = out.result();
  if (firstInvalid !== null) warn?.(firstInvalid);
  return text;
}

/** raw_unicode_escape: \u and \U after an odd run of backslashes; every other byte is Latin-1. */
export function decodeRawUnicodeEscape(data: Uint8Array, errors: string): string {
  const out = new TextSink();
  const input: DecodeInput = { encoding: 'rawunicodeescape', data };
  let i = 0;
  const n = data.length;
  while (i < n) {
    const b = data[i];
    if (b !== BACKSLASH) {
      out.push(b);
      i++;
      continue;
    }
    // A run of backslashes stands for itself, but an odd run's last one may start an escape.
    let j = i;
    while (j < n && data[j] === BACKSLASH) j++;
    const run = j - i;
    for (let k = i; k < j - 1; k++) out.push(BACKSLASH);
    i = j - 1;
    const e = data[i + 1];
    if (run % 2 === 0 || (e !== 0x75 && e !== 0x55)) {
      out.push(BACKSLASH);
      i++;
      continue;
    }
    const [cp, end] = readHexEscape(data, i, true);
    if (typeof cp === 'number') {
      out.push(cp);
      i = end;
    } else {
      const repair = decodeErrorRepair(errors, input, i, end, cp);
      out.pushText(repair.text);
      i = repair.pos;
    }
  }
  return out.result();
}

/**
 * codecs.escape_decode, and a bytes literal's escapes (CPython's _PyBytes_DecodeEscape): the
 * escapes of a str literal but \N, \u and \U, each giving one byte. A bad \x escape is a
 * ValueError, or '?' ('replace') or nothing ('ignore') in its place.
 */
export function decodeEscapedBytes(data: Uint8Array, errors: string, warn?: EscapeWarning): Uint8Array {
  const out: number[] = [];
  let firstInvalid: string | null = null;
  let i = 0;
  const n = data.length;
  while (i < n) {
    const b = data[i];
    if (b !== BACKSLASH) {
      out.push(b);
      i++;
      continue;
    }
    if (i + 1 >= n) throw newException(ValueError, 'Trailing \\ in string');
    const e = data[i + 1];
    const c = String.fromCharCode(e);
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      if (simple !== '') out.push(simple.charCodeAt(0));
      i += 2;
    } else if (isOctal(e)) {
      let j = i + 1;
      let v = 0;
      while (j < i + 4 && isOctal(data[j])) v = v * 8 + data[j++] - 0x30;
      if (v > 0o377 && firstInvalid === null) firstInvalid = `invalid octal escape sequence '\\${String.fromCharCode(...data.subarray(i + 1, j))}'`;
      out.push(v & 0xff);
      i = j;
    } else if (e === 0x78) {
      if (isHex(data[i + 2]) && isHex(data[i + 3])) {
        out.push(parseInt(String.fromCharCode(data[i + 2], data[i + 3]), 16));
        i += 4;
        continue;
      }
      if (errors === 'strict') throw newException(ValueError, `invalid \\x escape at position ${i}`);
      if (errors === 'replace') out.push(0x3f);
      else if (errors !== 'ignore') throw newException(ValueError, `decoding error; unknown error handling code: ${errors}`);
      i += isHex(data[i + 2]) ? 3 : 2;
    } else {
      if (firstInvalid === null) firstInvalid = `invalid escape sequence '\\${c}'`;
      out.push(BACKSLASH, e);
      i += 2;
    }
  }
  if (firstInvalid !== null) warn?.(firstInvalid);
  return Uint8Array.from(out);
}

/** codecs.escape_encode: bytes as a bytes literal's body writes them (quotes: only '). */
export function encodeEscapedBytes(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (const b of data) {
    if (b === BACKSLASH) pushAscii(out, '\\\\');
    else if (b === 0x27) pushAscii(out, "\\'");
    else if (b === 0x09) pushAscii(out, '\\t');
    else if (b === 0x0a) pushAscii(out, '\\n');
    else if (b === 0x0d) pushAscii(out, '\\r');
    else if (b < 0x20 || b >= 0x7f) pushAscii(out, hexEscape(b));
    else out.push(b);
  }
  return Uint8Array.from(out);
}
