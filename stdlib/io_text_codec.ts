// How a text file's bytes become str and back: the codec and error handler open() was given.
//
// tpy decodes the rest of a file at once, but CPython's TextIOWrapper reads it 8192 bytes at a
// time through an incremental decoder, and a program sees that: a decode error surfaces only
// when the chunk holding the bad byte is read (the lines before it are returned first), and its
// position counts from the start of that chunk, less the bytes of a character the previous chunk
// cut in two. A failed decode therefore keeps the text before the error's chunk and the error,
// which the reader raises once it needs text past that point.

import { PyBaseException, LookupError, UnicodeError, UnicodeDecodeError, newException, typeError } from '../vm/objects/exceptions.js';
import { lookupCodec, unicodeDecodeError, type TextCodec, type UserCodec } from '../vm/methods/codecs.js';
import { PyBytes } from '../vm/objects/bytes.js';
import { getAttr, getAttrOpt } from '../vm/ops/attribute.js';
import { call } from '../vm/ops/call.js';
import { truthy } from '../vm/ops/convert.js';
import { typeName } from '../vm/ops/typeof.js';
import type { VM } from '../vm/vm.js';
import type { PyObject } from '../vm/objects/object.js';

/** CPython's TextIOWrapper._CHUNK_SIZE: how many bytes each read of the underlying file asks for. */
export const TEXT_CHUNK_SIZE = 8192;

/** A decode error the reader has not reached yet, kept with the bytes it was found in. */
export interface PendingDecodeError {
  data: Uint8Array;
  /** Where the chunk holding the error starts (the end of the data for bytes cut short at its end). */
  boundary: number;
  encoding: string;
  start: number;
  end: number;
  reason: string;
}

export interface DecodedText {
  text: string;
  /** Null when the text is the whole of the bytes. */
  error: PendingDecodeError | null;
  /** Whether each character came from its own bytes (no replace/ignore/backslashreplace repair). */
  exact: boolean;
}

const notTextEncoding = (encoding: string) =>
  newException(LookupError, `'${encoding}' is not a text encoding; use codecs.open() to handle arbitrary codecs`);

/**
 * open()'s encoding check: LookupError for an unknown name, and for a codec that is not a text
 * encoding. Given the VM, a name only a registered search function knows (codecs.register) is
 * a file encoding too (userFileCodec); `reading`/`writing` and `errors` are the file's.
 */
export function fileCodec(encoding: string, vm?: VM, reading = false, writing = false, errors = 'strict'): TextCodec {
  const codec = lookupCodec(encoding, vm);
  if (codec.kind === 'user') return userFileCodec(vm!, codec, encoding, reading, writing, errors);
  if (codec.kind !== 'text') throw notTextEncoding(encoding);
  return codec;
}

/**
 * A registered codec as CPython's TextIOWrapper runs it: through the incremental decoder and
 * encoder its CodecInfo names (called with the errors handler), made when the file is opened
 * (the decoder first), so open() raises what making them raises ('NoneType' object is not
 * callable when the CodecInfo has none, AttributeError for a plain 4-tuple). tpy decodes the
 * rest of a file in one call (final) and encodes each write in one, each with a fresh coder.
 */
function userFileCodec(vm: VM, codec: UserCodec, encoding: string, reading: boolean, writing: boolean, openErrors: string): TextCodec {
  const isText = getAttrOpt(vm, codec.info, '_is_text_encoding');
  if (isText !== undefined && !truthy(vm, isText)) throw notTextEncoding(encoding);
  const make = (which: 'incrementaldecoder' | 'incrementalencoder', errors: string): PyObject =>
    call(vm, getAttr(vm, codec.info, which), [errors]);
  if (reading) make('incrementaldecoder', openErrors);
  if (writing) make('incrementalencoder', openErrors);
  return {
    kind: 'text', name: codec.name, fn: codec.name, user: true,
    decode(data, errors) {
      const out = call(vm, getAttr(vm, make('incrementaldecoder', errors), 'decode'), [new PyBytes(data), true]);
      if (typeof out !== 'string') throw typeError(`decoder should return a string result, not '${typeName(out)}'`);
      return out;
    },
    encode(text, errors) {
      const out = call(vm, getAttr(vm, make('incrementalencoder', errors), 'encode'), [text]);
      if (!(out instanceof PyBytes)) throw typeError(`encoder should return a bytes object, not '${typeName(out)}'`);
      return out.data;
    },
  };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function isAscii(data: Uint8Array): boolean {
  for (let i = 0; i < data.length; i++) if (data[i] >= 0x80) return false;
  return true;
}

/** The common cases without the codec's loop: strict-valid UTF-8, ASCII, Latin-1 (null: take the codec's path). */
function fastDecode(codec: TextCodec, data: Uint8Array): string | null {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.length);
  if (codec.name === 'iso8859-1') return buf.toString('latin1');
  if (codec.name === 'ascii') return isAscii(data) ? buf.toString('latin1') : null;
  if (codec.name === 'utf-8') {
    try {
      return strictUtf8.decode(data);
    } catch {
      return null;
    }
  }
  return null;
}

/** The error a decode raised, as a position in `data` (null: not a UnicodeDecodeError with one). */
function decodeErrorAt(e: unknown): { start: number; end: number; reason: string; encoding: string } | null {
  if (!(e instanceof PyBaseException) || !e.cls.isSubtypeOf(UnicodeDecodeError) || e.attrs === null) return null;
  const start = e.attrs.get('start');
  const end = e.attrs.get('end');
  const reason = e.attrs.get('reason');
  const encoding = e.attrs.get('encoding');
  if (typeof start !== 'number' || typeof end !== 'number' || typeof reason !== 'string' || typeof encoding !== 'string') return null;
  return { start, end, reason, encoding };
}

/** How many bytes before `boundary` begin a character that goes on past it (an incremental decoder holds them back). */
function heldBack(codec: TextCodec, data: Uint8Array, boundary: number, errors: string): number {
  try {
    codec.decode(data.subarray(0, boundary), errors);
    return 0;
  } catch (e) {
    const at = decodeErrorAt(e);
    return at !== null && at.end === boundary && at.start >= boundary - 4 ? boundary - at.start : 0;
  }
}

/**
 * utf-16 and utf-32 files must start with a byte order mark: their incremental decoders (what
 * TextIOWrapper uses) refuse a stream without one, which bytes.decode reads as little-endian.
 */
function checkByteOrderMark(codec: TextCodec, data: Uint8Array): void {
  const unit = codec.name === 'utf-16' ? 2 : codec.name === 'utf-32' ? 4 : 0;
  if (unit === 0 || data.length < unit) return;
  const le = data[0] === 0xff && data[1] === 0xfe && (unit === 2 || (data[2] === 0 && data[3] === 0));
  const be = unit === 2 ? data[0] === 0xfe && data[1] === 0xff : data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff;
  if (!le && !be) throw newException(UnicodeError, `${codec.name.toUpperCase()} stream does not start with BOM`);
}

/** Decodes a file's bytes with `errors`, as far as CPython's chunked reads would get before an error. */
export function decodeFileText(codec: TextCodec, data: Uint8Array, errors: string): DecodedText {
  // A registered codec's errors come out of the read that decodes (tpy: the first one).
  if (codec.user) return { text: codec.decode(data, errors), error: null, exact: true };
  const fast = fastDecode(codec, data);
  if (fast !== null) return { text: fast, error: null, exact: true };
  try {
    const text = codec.decode(data, errors);
    checkByteOrderMark(codec, data);
    const exact = errors === 'strict' || errors === 'surrogateescape' || errors === 'surrogatepass';
    return { text, error: null, exact };
  } catch (e) {
    const at = decodeErrorAt(e);
    if (at === null) throw e;
    // Bytes cut short at the very end are held back until the read that finds the end of the file.
    const cutShort = at.end === data.length && heldBack(codec, data, data.length, errors) > 0;
    const boundary = cutShort ? data.length : Math.floor(at.start / TEXT_CHUNK_SIZE) * TEXT_CHUNK_SIZE;
    const valid = boundary - heldBack(codec, data, boundary, errors);
    const text = valid === 0 ? '' : codec.decode(data.subarray(0, valid), errors);
    return { text, error: { data, boundary, ...at }, exact: true };
  }
}

/**
 * The exception for a pending decode error, as the read that reaches it raises it: counted
 * from where the chunk it is in starts, less what the decoder held back. A read of everything
 * (`consumed` given: how many bytes the text read so far came from) decodes all the rest in
 * one piece, after the chunks those bytes were read in.
 */
export function pendingErrorException(codec: TextCodec, p: PendingDecodeError, errors: string, consumed: number | null): PyBaseException {
  const toEnd = consumed !== null;
  const boundary = toEnd ? Math.min(p.data.length, Math.ceil(consumed / TEXT_CHUNK_SIZE) * TEXT_CHUNK_SIZE) : p.boundary;
  const base = boundary - heldBack(codec, p.data, boundary, errors);
  const stop = toEnd ? p.data.length : Math.min(p.data.length, boundary + TEXT_CHUNK_SIZE);
  return unicodeDecodeError(p.encoding, p.data.slice(base, stop), p.start - base, p.end - base, p.reason);
}

/**
 * The bytes a text file writes for `text`; `atStart`: nothing is before them in the file. A
 * utf-16 or utf-32 file has its byte order mark only there (CPython's encoder is stateful).
 */
export function encodeFileText(codec: TextCodec, text: string, errors: string, atStart = true): Uint8Array {
  // Buffer.from writes a lone surrogate as U+FFFD: only text without one takes that path.
  if (codec.name === 'utf-8' && !/\p{Cs}/u.test(text)) return Buffer.from(text, 'utf8');
  if (!atStart && (codec.name === 'utf-16' || codec.name === 'utf-32')) return fileCodec(`${codec.name}-le`).encode(text, errors);
  return codec.encode(text, errors);
}

/** How many bytes decoded `text` came from, when its decode was exact (each character from its own bytes). */
export function encodedLength(codec: TextCodec, text: string, errors: string): number {
  if (codec.name === 'iso8859-1' || codec.name === 'ascii') return text.length;
  if (codec.name === 'utf-8' && errors === 'strict') return Buffer.byteLength(text, 'utf8');
  return encodeFileText(codec, text, errors).length;
}

/**
 * How many bytes of `data` the text `read` (a prefix of what they decode to) came from, when an
 * error handler replaced or dropped some: the longest prefix of the bytes that decodes to exactly
 * that text (bytes dropped right after it count as read, as CPython's tell() counts them).
 */
export function repairedLength(codec: TextCodec, data: Uint8Array, errors: string, read: string): number {
  const decode = (n: number) => codec.decode(data.subarray(0, n), errors);
  let lo = 0;
  let hi = data.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (decode(mid).startsWith(read)) hi = mid;
    else lo = mid + 1;
  }
  while (lo < data.length && decode(lo + 1) === read) lo++;
  return lo;
}
