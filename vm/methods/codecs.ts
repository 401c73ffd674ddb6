// The codec registry behind str.encode, bytes.decode, str(bytes, encoding) and the codecs
// module: CPython's name normalisation and aliases, the text encodings (utf-8, utf-8-sig, ascii,
// latin-1, utf-16 and utf-32 in both byte orders, the single-byte code pages of codec_charmap.ts,
// unicode_escape, raw_unicode_escape, punycode), and the names of the bytes and text transforms
// (hex, base64, quopri, uu, zlib, rot13) that only codecs.encode/decode run (stdlib/codecs.ts).

import { PyBytes } from '../objects/bytes.js';
import { PyBaseException, LookupError, UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError, newException } from '../objects/exceptions.js';
import { escapeChar, hex2 } from './codec_errors.js';
import { encodeUtf8, encodeAscii, encodeLatin1, decodeUtf8, decodeAscii, decodeLatin1 } from './codec_utf8.js';
import { encodeUtf16or32, decodeUtf16or32 } from './codec_utf16.js';
import { CodePage, codePages, encodeCodePage, decodeCodePage } from './codec_charmap.js';
import { encodeUnicodeEscape, encodeRawUnicodeEscape, decodeUnicodeEscape, decodeRawUnicodeEscape } from './codec_escape.js';
import { encodePunycode, decodePunycode } from './codec_punycode.js';
import { DeprecationWarning } from '../objects/exceptions.js';
import { warnFromNative } from '../native_warn.js';
import type { VM } from '../vm.js';
import type { PyObject } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import type { PyModule } from '../objects/module.js';
import { importModule } from '../import.js';
import { getAttr, getAttrOpt } from '../ops/attribute.js';
import { call } from '../ops/call.js';
import { truthy, str as pyStr } from '../ops/convert.js';
import { strVal } from '../objects/str.js';
import { typeName } from '../ops/typeof.js';
import { typeError } from '../objects/exceptions.js';
import { None } from '../objects/singletons.js';

export { unicodeEncodeError, unicodeDecodeError } from './codec_errors.js';

/** A text encoding: str <-> bytes. */
export interface TextCodec {
  kind: 'text';
  /** codecs.lookup(x).name */
  name: string;
  /** The prefix of CPython's codec functions (utf_16_le_encode, utf_16_le_decode). */
  fn: string;
  /** `vm`, when the caller has one, runs codecs written in tpy (idna). */
  encode(s: string, errors: string, vm?: VM): Uint8Array;
  /** `vm`, when the caller has one, hears the codec's warnings (unicode_escape's invalid escapes). */
  decode(data: Uint8Array, errors: string, vm?: VM): string;
  /** A registered codec's: it wraps its errors itself (runUserCodec). */
  wrapsOwnErrors?: boolean;
  /** A registered codec as a file encoding (stdlib/io_text_codec.ts): its decoder runs in the VM, on whole texts. */
  user?: boolean;
}

/** A transform codecs.encode/decode runs (bytes -> bytes, or str -> str for rot13); implemented in stdlib/codecs.ts. */
export interface TransformCodec {
  kind: 'transform';
  name: 'hex' | 'base64' | 'rot-13' | 'quopri' | 'uu' | 'zlib';
}

/**
 * A codec found by a search function the program registered (codecs.register): `info` is what
 * the function returned (a CodecInfo or any 4-tuple), whose encode and decode run in the VM.
 */
export interface UserCodec {
  kind: 'user';
  /** The normalised name the search function was given. */
  name: string;
  info: PyTuple;
}

export type Codec = TextCodec | TransformCodec | UserCodec;

const text = (name: string, fn: string, encode: TextCodec['encode'], decode: TextCodec['decode']): TextCodec => ({ kind: 'text', name, fn, encode, decode });

const codePage = (page: CodePage, name: string): TextCodec => text(name, page, (s, e) => encodeCodePage(page, s, e), (d, e) => decodeCodePage(page, d, e));

const UTF8_BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** utf-8-sig: utf-8 after a byte order mark, if there is one (error positions count from after it, as CPython's). */
function decodeUtf8Sig(data: Uint8Array, errors: string): string {
  const bom = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
  return decodeUtf8(bom ? data.subarray(3) : data, errors);
}

/**
 * A text codec written in tpy (stdlib/lib/<module>.py): its Codec().encode/decode run in the
 * VM. Only callers with a VM can use it (str.encode, bytes.decode, codecs.encode/decode); for
 * the others (file encodings) it is an unknown encoding.
 */
function libraryCodec(name: string, module: string): TextCodec {
  const run = (vm: VM | undefined, dir: 'encode' | 'decode', input: PyObject, errors: string): PyObject => {
    if (vm === undefined) throw newException(LookupError, `unknown encoding: ${name}`);
    // the module's package first: importModule takes one dotted step at a time
    const parts = module.split('.');
    let mod: PyModule | null = null;
    for (let i = 1; i <= parts.length; i++) mod = importModule(vm, parts.slice(0, i).join('.'), mod);
    const codec = call(vm, getAttr(vm, mod!, 'Codec'), []);
    const result = call(vm, getAttr(vm, codec, dir), [input, errors]);
    return result instanceof PyTuple ? result.items[0] : result;
  };
  return text(name, name,
    (s, e, vm) => {
      const out = run(vm, 'encode', s, e);
      return out instanceof PyBytes ? out.data : new Uint8Array(0);
    },
    (d, e, vm) => {
      const out = run(vm, 'decode', new PyBytes(d), e);
      return typeof out === 'string' ? out : String(out);
    });
}

/** The codecs by module name, as CPython's encodings package names them. */
const CODECS: Record<string, Codec> = {
  utf_8: text('utf-8', 'utf_8', encodeUtf8, decodeUtf8),
  ascii: text('ascii', 'ascii', encodeAscii, decodeAscii),
  latin_1: text('iso8859-1', 'latin_1', encodeLatin1, decodeLatin1),
  utf_8_sig: text('utf-8-sig', 'utf_8_sig', (s, e) => concat(UTF8_BOM, encodeUtf8(s, e)), decodeUtf8Sig),
  utf_16: text('utf-16', 'utf_16', (s, e) => encodeUtf16or32(s, e, 2, false, true), (d, e) => decodeUtf16or32(d, e, 2, null)),
  utf_16_le: text('utf-16-le', 'utf_16_le', (s, e) => encodeUtf16or32(s, e, 2, false, false), (d, e) => decodeUtf16or32(d, e, 2, false)),
  utf_16_be: text('utf-16-be', 'utf_16_be', (s, e) => encodeUtf16or32(s, e, 2, true, false), (d, e) => decodeUtf16or32(d, e, 2, true)),
  utf_32: text('utf-32', 'utf_32', (s, e) => encodeUtf16or32(s, e, 4, false, true), (d, e) => decodeUtf16or32(d, e, 4, null)),
  utf_32_le: text('utf-32-le', 'utf_32_le', (s, e) => encodeUtf16or32(s, e, 4, false, false), (d, e) => decodeUtf16or32(d, e, 4, false)),
  utf_32_be: text('utf-32-be', 'utf_32_be', (s, e) => encodeUtf16or32(s, e, 4, true, false), (d, e) => decodeUtf16or32(d, e, 4, true)),
  unicode_escape: text('unicode-escape', 'unicode_escape', encodeUnicodeEscape,
    (d, e, vm) => decodeUnicodeEscape(d, e, vm && ((message) => warnFromNative(vm, DeprecationWarning, message)))),
  raw_unicode_escape: text('raw-unicode-escape', 'raw_unicode_escape', encodeRawUnicodeEscape, decodeRawUnicodeEscape),
  punycode: text('punycode', 'punycode', encodePunycode, decodePunycode),
  idna: libraryCodec('idna', 'encodings.idna'),
  hex_codec: { kind: 'transform', name: 'hex' },
  base64_codec: { kind: 'transform', name: 'base64' },
  rot_13: { kind: 'transform', name: 'rot-13' },
  quopri_codec: { kind: 'transform', name: 'quopri' },
  uu_codec: { kind: 'transform', name: 'uu' },
  zlib_codec: { kind: 'transform', name: 'zlib' },
};

/** CPython's aliases (encodings/aliases.py) for the codecs above, by normalised name. */
const ALIASES: Record<string, string> = {};
function alias(module: string, names: string): void {
  for (const n of names.split(' ')) ALIASES[n] = module;
}
alias('utf_8', 'u8 utf utf8 utf8_ucs2 utf8_ucs4 cp65001');
alias('ascii', '646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii');
alias('latin_1', '8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1');
alias('utf_16', 'u16 utf16');
alias('utf_16_le', 'unicodelittleunmarked utf_16le');
alias('utf_16_be', 'unicodebigunmarked utf_16be');
alias('utf_32', 'u32 utf32');
alias('utf_32_le', 'utf_32le');
alias('utf_32_be', 'utf_32be');
for (const { module, name, aliases } of codePages()) {
  CODECS[module] = codePage(module, name);
  for (const a of aliases) ALIASES[a] = module;
}
alias('hex_codec', 'hex');
alias('base64_codec', 'base64 base_64');
alias('rot_13', 'rot13');
alias('quopri_codec', 'quopri quoted_printable quotedprintable');
alias('uu_codec', 'uu');
alias('zlib_codec', 'zip zlib');

/** The codecs by module name (encodings.utf_8...), for the encodings package. */
export function codecModuleNames(): string[] {
  return Object.keys(CODECS);
}

/** tpy's aliases, normalised name -> module name, as encodings.aliases.aliases lists them. */
export function codecAliases(): [string, string][] {
  return Object.entries(ALIASES);
}

const has = (table: object, key: string) => Object.prototype.hasOwnProperty.call(table, key);

/** encodings.normalize_encoding after lower(): runs of punctuation become one '_', ASCII letters, digits and '.' stay. */
function normalizeEncoding(name: string): string {
  let out = '';
  let punct = false;
  for (const c of name.toLowerCase()) {
    if (/[\p{L}\p{N}.]/u.test(c)) {
      if (punct && out !== '') out += '_';
      if (c < '\x80') out += c;
      punct = false;
    } else punct = true;
  }
  return out;
}

/** Names looked up before (as given) and their codecs: a program encodes with a few names, many times. */
const lookedUp = new Map<string, Codec>();

/**
 * The codec a name stands for, or LookupError("unknown encoding: x"). tpy's own codecs come
 * first, as CPython's encodings search function is the first registered; then, for callers
 * with a VM, the search functions the program registered.
 */
export function lookupCodec(encodingName: string, vm?: VM): Codec {
  const known = lookedUp.get(encodingName);
  if (known !== undefined) return known;
  const codec = findCodec(encodingName) ?? (vm !== undefined ? searchCodec(vm, encodingName) : undefined);
  if (codec === undefined) throw newException(LookupError, `unknown encoding: ${encodingName}`);
  // Only tpy's codecs that were found are kept here, and only so many of them (registered
  // ones are the VM's: searchCodec caches them until an unregister).
  if (codec.kind !== 'user' && lookedUp.size < 256) lookedUp.set(encodingName, codec);
  return codec;
}

function findCodec(encodingName: string): Codec | undefined {
  const norm = normalizeEncoding(encodingName);
  const aliased = ALIASES[has(ALIASES, norm) ? norm : norm.replace(/\./g, '_')];
  for (const mod of [aliased, norm]) {
    if (mod !== undefined && !mod.includes('.') && has(CODECS, mod)) return CODECS[mod];
  }
  return undefined;
}

/** A VM's codec search functions (codecs.register) and what they found, by normalised name (interp->codec_search_cache). */
interface CodecRegistry {
  searches: PyObject[];
  found: Map<string, UserCodec>;
}

const registries = new WeakMap<VM, CodecRegistry>();

/** codecs.register(search_function). */
export function registerCodecSearch(vm: VM, fn: PyObject): void {
  let reg = registries.get(vm);
  if (reg === undefined) registries.set(vm, (reg = { searches: [], found: new Map() }));
  reg.searches.push(fn);
}

/** codecs.unregister(search_function): drops it (if registered) and, as CPython, every cached result. */
export function unregisterCodecSearch(vm: VM, fn: PyObject): void {
  const reg = registries.get(vm);
  if (reg === undefined) return;
  const i = reg.searches.indexOf(fn);
  if (i < 0) return;
  reg.searches.splice(i, 1);
  reg.found.clear();
}

/** The registered search functions' codec for a name tpy does not know, or undefined (_PyCodec_Lookup). */
function searchCodec(vm: VM, encodingName: string): UserCodec | undefined {
  const reg = registries.get(vm);
  if (reg === undefined || reg.searches.length === 0) return undefined;
  const norm = normalizeEncoding(encodingName);
  const cached = reg.found.get(norm);
  if (cached !== undefined) return cached;
  for (const fn of [...reg.searches]) {
    const r = call(vm, fn, [norm]);
    if (r === None) continue;
    if (!(r instanceof PyTuple) || r.items.length !== 4) throw typeError('codec search functions must return 4-tuples');
    const codec: UserCodec = { kind: 'user', name: norm, info: r };
    reg.found.set(norm, codec);
    return codec;
  }
  return undefined;
}

/**
 * Runs a registered codec's encoder (items[0]) or decoder (items[1]) on `input`: its result
 * must be a 2-tuple (_PyCodec_EncodeInternal), whose first item is returned. An error the
 * codec raises is wrapped as the registry does; the tuple check's own TypeError is not.
 */
export function runUserCodec(vm: VM, codec: UserCodec, dir: 'encode' | 'decode', input: PyObject, errors: string, encodingName: string): PyObject {
  let r: PyObject;
  try {
    r = call(vm, codec.info.items[dir === 'encode' ? 0 : 1], [input, errors]);
  } catch (e) {
    throw wrapCodecError(e, dir === 'encode' ? 'encoding' : 'decoding', encodingName);
  }
  if (!(r instanceof PyTuple) || r.items.length !== 2) {
    throw typeError(dir === 'encode' ? 'encoder must return a tuple (object, integer)' : 'decoder must return a tuple (object,integer)');
  }
  return r.items[0];
}

/**
 * A registered text codec as str.encode and bytes.decode use it: its encoder must give bytes
 * and its decoder str (PyUnicode_AsEncodedString / PyUnicode_Decode), named as given.
 */
function userTextCodec(codec: UserCodec, encodingName: string): TextCodec {
  const needVm = (vm: VM | undefined): VM => {
    if (vm === undefined) throw newException(LookupError, `unknown encoding: ${encodingName}`);
    return vm;
  };
  return {
    kind: 'text', name: codec.name, fn: codec.name, wrapsOwnErrors: true,
    encode(s, errors, vm) {
      const out = runUserCodec(needVm(vm), codec, 'encode', s, errors, encodingName);
      if (out instanceof PyBytes) return out.data;
      throw typeError(`'${encodingName}' encoder returned '${typeName(out)}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
    },
    decode(data, errors, vm) {
      const out = runUserCodec(needVm(vm), codec, 'decode', new PyBytes(data), errors, encodingName);
      if (typeof out === 'string') return out;
      throw typeError(`'${encodingName}' decoder returned '${typeName(out)}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
    },
  };
}

/** A text encoding for str.encode/bytes.decode: LookupError for an unknown name or a transform. */
export function lookupTextCodec(encodingName: string, use: 'encode' | 'decode', vm?: VM): TextCodec {
  const codec = lookupCodec(encodingName, vm);
  // A registered codec is a text encoding unless its _is_text_encoding says otherwise.
  if (codec.kind === 'user') {
    const isText = getAttrOpt(vm!, codec.info, '_is_text_encoding');
    if (isText === undefined || truthy(vm!, isText)) return userTextCodec(codec, encodingName);
  } else if (codec.kind === 'text') return codec;
  throw newException(LookupError, `'${encodingName}' is not a text encoding; use codecs.${use}() to handle arbitrary codecs`);
}

/** The names str.encode and bytes.decode run directly; any other name goes through the codec registry, which wraps errors. */
const FAST_PATH = new Set(['utf8', 'utf_8', 'utf16', 'utf_16', 'utf32', 'utf_32', 'ascii', 'us_ascii', 'latin1', 'latin_1', 'iso_8859_1', 'iso8859_1']);

/**
 * CPython's codec registry re-raises a plain exception from a codec (not a Unicode{En,De}codeError, no
 * extra state) as "encoding with 'x' codec failed (TypeError: ...)", from the original.
 */
export function wrapCodecError(e: unknown, verb: 'encoding' | 'decoding', encodingName: string): unknown {
  // Its type must take its message as BaseException does: a plain UnicodeError is wrapped
  // (punycode's), a UnicodeDecodeError, with its five arguments, is not.
  const own = [UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError];
  if (!(e instanceof PyBaseException) || own.some((c) => e.cls.isSubtypeOf(c)) || e.attrs !== null) return e;
  if (e.dict !== null && e.dict.size > 0) return e;
  const msg = e.args.length === 1 && typeof e.args[0] === 'string' ? e.args[0] : e.args.length === 0 ? '' : null;
  if (msg === null) return e;
  const w = newException(e.cls, `${verb} with '${encodingName}' codec failed (${e.cls.name}: ${msg})`);
  w.cause = e;
  w.context = e;
  w.suppressContext = true;
  return w;
}

/** str.encode(encoding, errors); `vm` runs codecs written in tpy. */
export function encodeString(s: string, encodingName: string, errors = 'strict', vm?: VM): Uint8Array {
  const codec = lookupTextCodec(encodingName, 'encode', vm);
  try {
    return codec.encode(s, errors, vm);
  } catch (e) {
    throw FAST_PATH.has(normalizeEncoding(encodingName)) || codec.wrapsOwnErrors ? e : wrapCodecError(e, 'encoding', encodingName);
  }
}

/** bytes.decode(encoding, errors); `vm` hears the codec's warnings. */
export function decodeBytes(data: Uint8Array, encodingName: string, errors = 'strict', vm?: VM): string {
  // PyUnicode_Decode returns '' for no bytes before it looks the codec up (any name, any errors).
  if (data.length === 0) return '';
  const codec = lookupTextCodec(encodingName, 'decode', vm);
  try {
    return codec.decode(data, errors, vm);
  } catch (e) {
    throw FAST_PATH.has(normalizeEncoding(encodingName)) || codec.wrapsOwnErrors ? e : wrapCodecError(e, 'decoding', encodingName);
  }
}

/** The message of a UnicodeEncodeError/UnicodeDecodeError, as its __str__ shows it. */
/** "can't encode character '\\xe9' in position 1: reason", or "characters in position 1-2" for a range. */
function charactersMessage(what: string, obj: string, start: number, end: number, reason: string): string {
  const cps = Array.from(obj);
  if (start >= 0 && end === start + 1 && start < cps.length) return `${what} character '${escapeChar(cps[start].codePointAt(0)!)}' in position ${start}: ${reason}`;
  return `${what} characters in position ${start}-${end - 1}: ${reason}`;
}

/**
 * UnicodeEncodeError_str and its siblings: the encoding and reason as str() gives them and
 * the object's length (0 if it is no longer a str, or bytes) however the attributes were
 * changed after construction; null when the exception was never initialised.
 */
export function unicodeErrorMessage(vm: VM, e: PyBaseException): string | null {
  const a = e.attrs;
  if (a === null) return null;
  const obj = a.get('object');
  const start = a.get('start');
  const end = a.get('end');
  if (obj === undefined || typeof start !== 'number' || typeof end !== 'number') return null;
  const reason = pyStr(vm, a.get('reason') ?? None);
  // UnicodeTranslateError has no encoding: its message is the encode one without the codec.
  if (e.cls.isSubtypeOf(UnicodeTranslateError)) return charactersMessage("can't translate", strVal(obj) ?? '', start, end, reason);
  const encoding = pyStr(vm, a.get('encoding') ?? None);
  if (e.cls.isSubtypeOf(UnicodeEncodeError)) {
    return `'${encoding}' codec ${charactersMessage("can't encode", strVal(obj) ?? '', start, end, reason)}`;
  }
  if (e.cls.isSubtypeOf(UnicodeDecodeError)) {
    const data = obj instanceof PyBytes ? obj.data : new Uint8Array(0);
    if (start >= 0 && end === start + 1 && start < data.length) {
      return `'${encoding}' codec can't decode byte 0x${hex2(data[start])} in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  return null;
}
