// The codec error handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace,
// namereplace, surrogateescape, surrogatepass) and UnicodeEncodeError/UnicodeDecodeError.
//
// A codec that meets input it cannot handle names the stretch [start, end) and a reason, and
// asks the handler named by `errors` what to put out instead and where to go on, as CPython's
// codec machinery asks a registered error callback. A handler may take only part of the
// stretch (surrogateescape stops at the first character or byte it cannot carry); the codec
// then resumes there and reports whatever is still wrong as a new error.

import type { PyObject } from '../objects/object.js';
import { PyBytes } from '../objects/bytes.js';
import {
  PyBaseException, LookupError, UnicodeEncodeError, UnicodeDecodeError, newException, typeError,
} from '../objects/exceptions.js';
import { charName } from '../unicode/names.js';

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

function unknownHandler(errors: string): PyBaseException {
  return newException(LookupError, `unknown error handler name '${errors}'`);
}

export function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}

/** A code point as a \x, \u or \U escape. */
export function escapeChar(cp: number): string {
  if (cp < 0x100) return '\\x' + hex2(cp);
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

const isSurrogate = (cp: number) => cp >= 0xd800 && cp < 0xe000;

/** What an encoder puts out for the characters it failed on: text to encode itself, or raw bytes. */
export interface EncodeRepair {
  text: string | null;
  bytes: number[] | null;
  /** Where encoding goes on, in code points. */
  pos: number;
}

/** What an encoder offers the handlers: the string, its code points, and its own way of writing surrogates (surrogatepass). */
export interface EncodeInput {
  encoding: string;
  s: string;
  cps: number[];
  /** The bytes of a surrogate in this encoding, for surrogatepass; absent where it cannot carry one. */
  surrogateBytes?: (cp: number) => number[];
}

export function encodeErrorRepair(errors: string, input: EncodeInput, start: number, end: number, reason: string): EncodeRepair {
  const { encoding, s, cps } = input;
  const fail = () => unicodeEncodeError(encoding, s, start, end, reason);
  const text = (f: (cp: number) => string) => ({ text: cps.slice(start, end).map(f).join(''), bytes: null, pos: end });
  switch (errors) {
    case 'strict':
      throw fail();
    case 'ignore':
      return { text: '', bytes: null, pos: end };
    case 'replace':
      return text(() => '?');
    case 'backslashreplace':
      return text(escapeChar);
    case 'xmlcharrefreplace':
      return text((cp) => `&#${cp};`);
    case 'namereplace':
      // A character without a name (a surrogate, a control, an unassigned one) gets its escape.
      return text((cp) => {
        const name = charName(cp);
        return name === undefined ? escapeChar(cp) : `\\N{${name}}`;
      });
    case 'surrogateescape': {
      const bytes: number[] = [];
      let k = start;
      while (k < end && cps[k] >= 0xdc80 && cps[k] <= 0xdcff) bytes.push(cps[k++] - 0xdc00);
      if (k === start) throw fail();
      return { text: null, bytes, pos: k };
    }
    case 'surrogatepass': {
      const put = input.surrogateBytes;
      if (put === undefined || !cps.slice(start, end).every(isSurrogate)) throw fail();
      return { text: null, bytes: cps.slice(start, end).flatMap(put), pos: end };
    }
    default:
      throw unknownHandler(errors);
  }
}

/** What a decoder offers the handlers: the data and its own way of reading a surrogate (surrogatepass). */
export interface DecodeInput {
  encoding: string;
  data: Uint8Array;
  /** The surrogate encoded at `at` and where it ends, or null; absent where the encoding has none. */
  surrogateAt?: (at: number) => [number, number] | null;
}

/** The text a decoder puts out for the bytes [start, end) it failed on, and where it goes on. */
export function decodeErrorRepair(errors: string, input: DecodeInput, start: number, end: number, reason: string): { text: string; pos: number } {
  const { encoding, data } = input;
  const fail = () => unicodeDecodeError(encoding, data, start, end, reason);
  switch (errors) {
    case 'strict':
      throw fail();
    case 'ignore':
      return { text: '', pos: end };
    case 'replace':
      return { text: '\ufffd', pos: end };
    case 'backslashreplace': {
      let text = '';
      for (let k = start; k < end; k++) text += '\\x' + hex2(data[k]);
      return { text, pos: end };
    }
    case 'surrogateescape': {
      let text = '';
      let k = start;
      while (k < end && data[k] >= 0x80) text += String.fromCharCode(0xdc00 + data[k++]);
      if (k === start) throw fail();
      return { text, pos: k };
    }
    case 'surrogatepass': {
      const got = input.surrogateAt?.(start) ?? null;
      if (got === null) throw fail();
      return { text: String.fromCharCode(got[0]), pos: got[1] };
    }
    case 'xmlcharrefreplace':
    case 'namereplace':
      throw typeError("don't know how to handle UnicodeDecodeError in error callback");
    default:
      throw unknownHandler(errors);
  }
}
