// Text encodings shared by str.encode, bytes.decode and str(bytes, encoding): utf-8, ascii and latin-1
// with CPython's error handlers and its UnicodeEncodeError/UnicodeDecodeError details.

import type { PyObject } from '../objects/object.js';
import { PyBytes } from '../objects/bytes.js';
import {
  PyBaseException, LookupError, UnicodeEncodeError, UnicodeDecodeError, newException,
} from '../objects/exceptions.js';

export type Encoding = 'utf-8' | 'ascii' | 'latin-1';

const ALIASES: Record<string, Encoding> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', cp65001: 'utf-8',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii', us: 'ascii',
  latin_1: 'latin-1', latin1: 'latin-1', iso_8859_1: 'latin-1', iso8859_1: 'latin-1', '8859': 'latin-1',
  cp819: 'latin-1', l1: 'latin-1', latin: 'latin-1', iso_ir_100: 'latin-1',
};

/** The canonical name of a supported encoding, or LookupError("unknown encoding: x"). */
export function lookupEncoding(name: string): Encoding {
  const key = name.toLowerCase().replace(/[- ]/g, '_');
  const e = Object.prototype.hasOwnProperty.call(ALIASES, key) ? ALIASES[key] : undefined;
  if (e === undefined) throw newException(LookupError, `unknown encoding: ${name}`);
  return e;
}

const HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass', 'namereplace']);

function checkHandler(errors: string): void {
  if (!HANDLERS.has(errors)) throw newException(LookupError, `unknown error handler name '${errors}'`);
}

function setAttrs(e: PyBaseException, names: string[], values: PyObject[]): PyBaseException {
  e.attrs ??= new Map();
  names.forEach((n, i) => e.attrs!.set(n, values[i]));
  return e;
}

/** UnicodeEncodeError(encoding, object, start, end, reason) with its attributes (positions in code points). */
export function unicodeEncodeError(encoding: string, s: string, start: number, end: number, reason: string): PyBaseException {
  const e = newException(UnicodeEncodeError, encoding, s, start, end, reason);
  return setAttrs(e, ['encoding', 'object', 'start', 'end', 'reason'], [encoding, s, start, end, reason]);
}

/** UnicodeDecodeError(encoding, object, start, end, reason) with its attributes. */
export function unicodeDecodeError(encoding: string, data: Uint8Array, start: number, end: number, reason: string): PyBaseException {
  const e = newException(UnicodeDecodeError, encoding, new PyBytes(data), start, end, reason);
  return setAttrs(e, ['encoding', 'object', 'start', 'end', 'reason'], [encoding, new PyBytes(data), start, end, reason]);
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}

function escapeChar(cp: number): string {
  if (cp < 0x100) return '\\x' + hex2(cp);
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

class ByteSink {
  buf = new Uint8Array(16);
  n = 0;
  push(b: number): void {
    if (this.n === this.buf.length) {
      const nb = new Uint8Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.n++] = b;
  }
  pushAscii(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

function pushUtf8(out: ByteSink, cp: number): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) {
    out.push(0xc0 | (cp >> 6));
    out.push(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out.push(0xe0 | (cp >> 12));
    out.push(0x80 | ((cp >> 6) & 0x3f));
    out.push(0x80 | (cp & 0x3f));
  } else {
    out.push(0xf0 | (cp >> 18));
    out.push(0x80 | ((cp >> 12) & 0x3f));
    out.push(0x80 | ((cp >> 6) & 0x3f));
    out.push(0x80 | (cp & 0x3f));
  }
}

/** Fast path: a string of only ASCII characters. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** str.encode(encoding, errors). */
export function encodeString(s: string, encodingName: string, errors = 'strict'): Uint8Array {
  const enc = lookupEncoding(encodingName);
  if (isAscii(s)) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  const limit = enc === 'ascii' ? 0x80 : enc === 'latin-1' ? 0x100 : 0x110000;
  const bad = (cp: number) => (enc === 'utf-8' ? cp >= 0xd800 && cp < 0xe000 : cp >= limit);
  const reason = enc === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
  const out = new ByteSink();
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (!bad(cp)) {
      if (enc === 'utf-8') pushUtf8(out, cp);
      else out.push(cp);
      continue;
    }
    let end = i + 1;
    while (end < cps.length && bad(cps[end])) end++;
    switch (errors) {
      case 'strict':
        throw unicodeEncodeError(enc, s, i, end, reason);
      case 'ignore':
        break;
      case 'replace':
        for (let k = i; k < end; k++) out.push(0x3f);
        break;
      case 'backslashreplace':
        for (let k = i; k < end; k++) out.pushAscii(escapeChar(cps[k]));
        break;
      case 'xmlcharrefreplace':
        for (let k = i; k < end; k++) out.pushAscii(`&#${cps[k]};`);
        break;
      case 'surrogateescape':
        for (let k = i; k < end; k++) {
          if (cps[k] < 0xdc80 || cps[k] > 0xdcff) throw unicodeEncodeError(enc, s, k, k + 1, reason);
          out.push(cps[k] - 0xdc00);
        }
        break;
      case 'surrogatepass':
        if (enc !== 'utf-8') throw unicodeEncodeError(enc, s, i, end, reason);
        for (let k = i; k < end; k++) pushUtf8(out, cps[k]);
        break;
      default:
        checkHandler(errors);
        throw unicodeEncodeError(enc, s, i, end, reason);
    }
    i = end - 1;
  }
  return out.result();
}

/** Where a malformed UTF-8 sequence starting at i ends, and why (CPython's decoder's ranges). */
function utf8Error(data: Uint8Array, i: number): [number, string] {
  const b = data[i];
  const n = data.length;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b < 0xc2 || b > 0xf4) return [i + 1, 'invalid start byte'];
  if (b < 0xe0) need = 1;
  else if (b < 0xf0) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    else if (b === 0xed) hi = 0x9f;
  } else {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    else if (b === 0xf4) hi = 0x8f;
  }
  for (let k = 1; k <= need; k++) {
    if (i + k >= n) return [n, 'unexpected end of data'];
    const c = data[i + k];
    const ok = k === 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xbf;
    if (!ok) return [i + k, 'invalid continuation byte'];
  }
  return [i, ''];
}

/** bytes.decode(encoding, errors). */
export function decodeBytes(data: Uint8Array, encodingName: string, errors = 'strict'): string {
  const enc = lookupEncoding(encodingName);
  let out = '';
  let chunk: number[] = [];
  const flush = () => {
    if (chunk.length > 0) {
      out += String.fromCodePoint(...chunk);
      chunk = [];
    }
  };
  const emit = (cp: number) => {
    chunk.push(cp);
    if (chunk.length >= 4096) flush();
  };
  const n = data.length;
  let i = 0;
  while (i < n) {
    const b = data[i];
    if (b < 0x80 || enc === 'latin-1') {
      emit(b);
      i++;
      continue;
    }
    let end: number;
    let reason: string;
    if (enc === 'ascii') {
      end = i + 1;
      reason = 'ordinal not in range(128)';
    } else {
      [end, reason] = utf8Error(data, i);
      if (reason === '') {
        let cp: number;
        if (b < 0xe0) cp = ((b & 0x1f) << 6) | (data[i + 1] & 0x3f);
        else if (b < 0xf0) cp = ((b & 0x0f) << 12) | ((data[i + 1] & 0x3f) << 6) | (data[i + 2] & 0x3f);
        else cp = ((b & 0x07) << 18) | ((data[i + 1] & 0x3f) << 12) | ((data[i + 2] & 0x3f) << 6) | (data[i + 3] & 0x3f);
        emit(cp);
        i += b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
        continue;
      }
    }
    switch (errors) {
      case 'strict':
        throw unicodeDecodeError(enc, data, i, end, reason);
      case 'ignore':
        break;
      case 'replace':
        emit(0xfffd);
        break;
      case 'backslashreplace':
        flush();
        for (let k = i; k < end; k++) out += '\\x' + hex2(data[k]);
        break;
      case 'surrogateescape':
        for (let k = i; k < end; k++) emit(0xdc00 + data[k]);
        break;
      default:
        checkHandler(errors);
        throw unicodeDecodeError(enc, data, i, end, reason);
    }
    i = end;
  }
  flush();
  return out;
}

/** The message of a UnicodeEncodeError/UnicodeDecodeError, as its __str__ shows it. */
export function unicodeErrorMessage(e: PyBaseException): string | null {
  const a = e.attrs;
  if (a === null) return null;
  const encoding = a.get('encoding');
  const obj = a.get('object');
  const start = a.get('start');
  const end = a.get('end');
  const reason = a.get('reason');
  if (typeof encoding !== 'string' || typeof start !== 'number' || typeof end !== 'number' || typeof reason !== 'string') return null;
  if (e.cls.isSubtypeOf(UnicodeEncodeError) && typeof obj === 'string') {
    const cps = Array.from(obj);
    if (end === start + 1 && start < cps.length) {
      return `'${encoding}' codec can't encode character '${escapeChar(cps[start].codePointAt(0)!)}' in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  }
  if (e.cls.isSubtypeOf(UnicodeDecodeError) && obj instanceof PyBytes) {
    if (end === start + 1 && start < obj.data.length) {
      return `'${encoding}' codec can't decode byte 0x${hex2(obj.data[start])} in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  return null;
}
