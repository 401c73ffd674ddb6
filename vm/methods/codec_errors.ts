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
import { PyTuple } from '../objects/tuple.js';
import { call } from '../ops/call.js';
import { index } from '../ops/convert.js';
import { indexError } from '../objects/exceptions.js';
import type { VM } from '../vm.js';

/**
 * Handlers registered with codecs.register_error, by name, with the VM that registered them
 * (which calls them). Names are process-wide, as CPython's are interpreter-wide: tpy runs one
 * VM a process (tests that make several share the names). The built-in names are answered
 * above any registration, as CPython's codecs fast-path them by name.
 */
const registered = new Map<string, { vm: VM; fn: PyObject }>();

export function registerErrorHandler(vm: VM, name: string, fn: PyObject): void {
  registered.set(name, { vm, fn });
}

export function registeredErrorHandler(name: string): PyObject | undefined {
  return registered.get(name)?.fn;
}

/** Calls a registered handler with the error and checks its (replacement, position) answer against `length`. */
function callHandler(errors: string, exc: PyBaseException, length: number, encoding: boolean): [PyObject, number] {
  const h = registered.get(errors);
  if (h === undefined) throw unknownHandler(errors);
  const r = call(h.vm, h.fn, [exc]);
  const wrong = () => typeError(encoding ? 'encoding error handler must return (str/bytes, int) tuple' : 'decoding error handler must return (str, int) tuple');
  // CPython's order: the tuple's shape, the position as an index, then the replacement's type.
  if (!(r instanceof PyTuple) || r.items.length !== 2) throw wrong();
  const given = Number(index(h.vm, r.items[1]));
  const rep = r.items[0];
  if (!(typeof rep === 'string' || (encoding && rep instanceof PyBytes))) throw wrong();
  const pos = given < 0 ? given + length : given;
  if (pos < 0 || pos > length) throw indexError(`position ${given} from error handler out of bounds`);
  return [rep, pos];
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
    default: {
      const [rep, pos] = callHandler(errors, fail(), cps.length, true);
      return rep instanceof PyBytes ? { text: null, bytes: Array.from(rep.data), pos } : { text: rep as string, bytes: null, pos };
    }
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
    default: {
      const [text, pos] = callHandler(errors, fail(), data.length, false);
      return { text: text as string, pos };
    }
  }
}
