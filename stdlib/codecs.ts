// Module _codecs: codecs.encode/decode and lookup over the codec registry (vm/methods/codecs.ts),
// with the transforms only they run: 'hex', 'base64', 'quopri', 'uu' (bytes to bytes, over binascii), 'zlib' and
// 'rot13' (str to str). stdlib/lib/codecs.py builds the codecs module on it.

import type { PyObject } from '../vm/objects/object.js';
import { PyBytes } from '../vm/objects/bytes.js';
import { builtin, NativeFn, PyBuiltinFunction } from '../vm/objects/function.js';
import { newTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { strVal } from '../vm/objects/str.js';
import { AssertionError, DeprecationWarning, newException, typeError } from '../vm/objects/exceptions.js';
import { decodeEscapedBytes, encodeEscapedBytes } from '../vm/methods/codec_escape.js';
import { encodeUtf8 } from '../vm/methods/codec_utf8.js';
import { warnFromNative } from '../vm/native_warn.js';
import { registerErrorHandler, registeredErrorHandler } from '../vm/methods/codec_errors.js';
import { Codec, TextCodec, TransformCodec, codecAliases, codecModuleNames, lookupCodec, wrapCodecError, registerCodecSearch, unregisterCodecSearch, runUserCodec } from '../vm/methods/codecs.js';
import { isCallable } from './builtins.js';
import { PyDict } from '../vm/objects/dict.js';
import { PyList } from '../vm/objects/list.js';
import { bytesData } from '../vm/methods/bytes.js';
import { parseArgs } from '../vm/methods/args.js';
import { typeName } from '../vm/ops/typeof.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { asciiData, base64Decode, base64Encode, binasciiError, hexlify, needBytesLike, unhexlify } from './binascii.js';
import { a2bQp, a2bUu, b2aQp, b2aUu } from './binascii_qp_uu.js';
import { zlib_compress, zlib_decompress } from './zlib.js';
import { ValueError } from '../vm/objects/exceptions.js';

type Direction = 'encode' | 'decode';

/** The type name in Argument Clinic's "must be str, not X" messages: None is shown as "None". */
function clinicTypeName(o: PyObject): string {
  return o === None ? 'None' : typeName(o);
}

/** A str argument of encode()/decode(): "encode() argument 'encoding' must be str, not int". */
function strArg(fname: string, what: string, o: PyObject | undefined, dflt: string): string {
  if (o === undefined) return dflt;
  const s = strVal(o);
  if (s === undefined) throw typeError(`${fname}() argument '${what}' must be str, not ${clinicTypeName(o)}`);
  return s;
}

function runText(codec: TextCodec, dir: Direction, obj: PyObject, errors: string, vm: VM): PyObject {
  if (dir === 'encode') {
    const s = strVal(obj);
    if (s === undefined) throw typeError(`${codec.fn}_encode() argument 1 must be str, not ${clinicTypeName(obj)}`);
    return new PyBytes(codec.encode(s, errors, vm));
  }
  const d = bytesData(obj);
  if (d === undefined) throw typeError(`a bytes-like object is required, not '${typeName(obj)}'`);
  return codec.decode(d, errors, vm);
}

/** base64.encodebytes: lines of at most 76 characters (57 bytes), each ending in a newline. */
function base64Lines(data: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < data.length; i += 57) parts.push(base64Encode(data.subarray(i, i + 57), true));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function rot13(s: string): string {
  return s.replace(/[A-Za-z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

const uuFail = (msg: string): never => {
  throw newException(binasciiError, msg);
};

/** uu_codec's encoding: a 'begin 666 <data>' header, lines of 45 bytes, an empty line and 'end'. */
function uuEncode(data: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [Buffer.from('begin 666 <data>\n', 'latin1')];
  for (let i = 0; i < data.length; i += 45) parts.push(b2aUu(data.subarray(i, i + 45), false, uuFail));
  parts.push(Buffer.from(' \nend\n', 'latin1'));
  return Buffer.concat(parts);
}

/** uu_codec's decoding: the lines after the first 'begin' line, up to 'end' (lines with garbage past their length are cut). */
function uuDecode(data: Uint8Array): Uint8Array {
  const lines: Uint8Array[] = [];
  for (let at = 0; at < data.length;) {
    const nl = data.indexOf(0x0a, at);
    const end = nl < 0 ? data.length : nl + 1;
    lines.push(data.subarray(at, end));
    at = end;
  }
  const startsWith = (line: Uint8Array, text: string) => Buffer.from(line).toString('latin1').startsWith(text);
  let i = lines.findIndex((line) => startsWith(line, 'begin'));
  if (i < 0) throw newException(ValueError, 'Missing "begin" line in input data');
  const out: Uint8Array[] = [];
  for (i++; ; i++) {
    if (i >= lines.length) throw newException(ValueError, 'Truncated input data');
    const line = lines[i];
    if (Buffer.from(line).toString('latin1') === 'end\n') break;
    try {
      out.push(a2bUu(line, uuFail));
    } catch {
      // broken encoders write past the line's length: keep what the length asks for
      out.push(a2bUu(line.subarray(0, Math.floor((((line[0] - 32) & 63) * 4 + 5) / 3)), uuFail));
    }
  }
  return Buffer.concat(out);
}

function runTransform(codec: TransformCodec, dir: Direction, obj: PyObject, errors: string, vm: VM): PyObject {
  // The transforms know only 'strict' (CPython's assert errors == 'strict').
  if (errors !== 'strict' && codec.name !== 'rot-13') throw newException(AssertionError);
  switch (codec.name) {
    case 'hex':
      return new PyBytes(dir === 'encode' ? hexlify(needBytesLike(obj)) : unhexlify(asciiData(obj)));
    case 'base64': {
      const d = bytesData(obj);
      if (d === undefined) throw typeError(`expected bytes-like object, not ${typeName(obj)}`);
      return new PyBytes(dir === 'encode' ? base64Lines(d) : base64Decode(d, false));
    }
    case 'quopri':
      // quotetabs: the codec quotes every space and tab
      return new PyBytes(dir === 'encode' ? b2aQp(needBytesLike(obj), true, true, false) : a2bQp(needBytesLike(obj), false));
    case 'uu':
      return new PyBytes(dir === 'encode' ? uuEncode(needBytesLike(obj)) : uuDecode(needBytesLike(obj)));
    case 'zlib':
      return dir === 'encode' ? zlib_compress(vm, [obj], null) : zlib_decompress(vm, [obj], null);
    case 'rot-13': {
      const s = strVal(obj);
      if (s === undefined) throw typeError(`descriptor 'translate' for 'str' objects doesn't apply to a '${typeName(obj)}' object`);
      return rot13(s);
    }
  }
}

function run(codec: TextCodec | TransformCodec, dir: Direction, obj: PyObject, errors: string, vm: VM): PyObject {
  return codec.kind === 'text' ? runText(codec, dir, obj, errors, vm) : runTransform(codec, dir, obj, errors, vm);
}

/** codecs.encode(obj, encoding='utf-8', errors='strict') and codecs.decode: any codec, errors wrapped as the registry does. */
function codecsCall(dir: Direction): NativeFn {
  return (vm, args, kwargs) => {
    const [obj, encArg, errArg] = parseArgs(dir, args, kwargs, { names: ['obj', 'encoding', 'errors'], required: 1 }, 0);
    const encoding = strArg(dir, 'encoding', encArg, 'utf-8');
    const errors = strArg(dir, 'errors', errArg, 'strict');
    const codec = lookupCodec(encoding, vm);
    // A registered codec's errors are wrapped around its own call only (runUserCodec).
    if (codec.kind === 'user') return runUserCodec(vm, codec, dir, obj!, errors, encoding);
    try {
      return run(codec, dir, obj!, errors, vm);
    } catch (e) {
      throw wrapCodecError(e, dir === 'encode' ? 'encoding' : 'decoding', encoding);
    }
  };
}

/** The lengths a codec function reports as consumed: characters of a str, bytes of bytes. */
function inputLength(o: PyObject): number {
  const s = strVal(o);
  if (s !== undefined) return Array.from(s).length;
  return bytesData(o)?.length ?? 0;
}

/** A codec's stateless function, as CodecInfo.encode/.decode: (input, errors='strict') -> (output, consumed). */
function codecFunction(codec: TextCodec | TransformCodec, dir: Direction): PyBuiltinFunction {
  const name = codec.kind === 'text' ? `${codec.fn}_${dir}` : `${codec.name === 'rot-13' ? 'rot13' : codec.name}_${dir}`;
  const names = codec.kind === 'text' && dir === 'decode' ? ['data', 'errors', 'final'] : ['input', 'errors'];
  return builtin(name, (vm, args, kwargs) => {
    const [input, errArg] = parseArgs(name, args, kwargs, { names, required: 1, posOnly: names.length }, 0);
    const errors = errArg === undefined || errArg === None ? 'strict' : strArg(name, 'errors', errArg, 'strict');
    return newTuple([run(codec, dir, input!, errors, vm), inputLength(input!)]);
  }, '_codecs');
}

/** escape_decode(data, errors=None) and escape_encode(data, errors=None): bytes-literal escapes, bytes to bytes. */
function escapeFunction(dir: Direction): NativeFn {
  const name = `escape_${dir}`;
  return (vm, args, kwargs) => {
    const [input, errArg] = parseArgs(name, args, kwargs, { names: ['data', 'errors'], required: 1, posOnly: 2 }, 0);
    const errors = errArg === undefined || errArg === None ? 'strict' : strArg(name, 'errors', errArg, 'strict');
    if (dir === 'encode') {
      if (!(input instanceof PyBytes)) throw typeError(`escape_encode() argument 1 must be bytes, not ${clinicTypeName(input!)}`);
      return newTuple([new PyBytes(encodeEscapedBytes(input.data)), input.data.length]);
    }
    const s = strVal(input!);
    const data = s !== undefined ? encodeUtf8(s, 'strict') : bytesData(input!);
    if (data === undefined) throw typeError(`a bytes-like object is required, not '${typeName(input!)}'`);
    const out = decodeEscapedBytes(data, errors, (message) => warnFromNative(vm, DeprecationWarning, message));
    return newTuple([new PyBytes(out), data.length]);
  };
}

const functions: [string, NativeFn][] = [
  ['escape_decode', escapeFunction('decode')],
  ['escape_encode', escapeFunction('encode')],
  ['encode', codecsCall('encode')],
  ['decode', codecsCall('decode')],
  /** _aliases() -> {alias: module name}: the aliases tpy's codecs know (encodings.aliases). */
  ['_aliases', () => {
    const d = new PyDict();
    for (const [alias, module] of codecAliases()) d.setStr(alias, module);
    return d;
  }],
  /** _modules() -> the module names of tpy's codecs (encodings.utf_8...). */
  ['_modules', () => new PyList(codecModuleNames())],
  /** lookup(encoding) -> (name, encode, decode, is_text_encoding), for codecs.py's CodecInfo. */
  ['lookup', (vm, args, kwargs) => {
    const [encoding] = parseArgs('lookup', args, kwargs, { names: ['encoding'], required: 1, posOnly: 1 }, 0);
    const s = strVal(encoding!);
    if (s === undefined) throw typeError(`lookup() argument must be str, not ${clinicTypeName(encoding!)}`);
    const codec = lookupCodec(s, vm);
    // A registered codec: (what its search function returned,), which codecs.lookup returns as it is.
    if (codec.kind === 'user') return newTuple([codec.info]);
    return newTuple([codec.name, codecFunction(codec, 'encode'), codecFunction(codec, 'decode'), codec.kind === 'text']);
  }],
  ['register', (vm, args, kwargs) => {
    const [fn] = parseArgs('register', args, kwargs, { names: ['search_function'], required: 1, posOnly: 1 }, 0);
    if (!isCallable(fn!)) throw typeError('argument must be callable');
    registerCodecSearch(vm, fn!);
    return None;
  }],
  /** register_error(errors, handler): the handler codecs call for errors=name (codec_errors.ts). */
  ['register_error', (vm, args, kwargs) => {
    const [name, fn] = parseArgs('register_error', args, kwargs, { names: ['errors', 'handler'], required: 2, posOnly: 2 }, 0);
    const s = strVal(name!);
    if (s === undefined) throw typeError(`register_error() argument 1 must be str, not ${clinicTypeName(name!)}`);
    if (!isCallable(fn!)) throw typeError('handler must be callable');
    registerErrorHandler(vm, s, fn!);
    return None;
  }],
  /** _registered_error(name) -> the handler register_error gave that name, or None (codecs.lookup_error asks). */
  ['_registered_error', (vm, args) => registeredErrorHandler(strVal(args[0]) ?? '') ?? None],
  ['unregister', (vm, args, kwargs) => {
    const [fn] = parseArgs('unregister', args, kwargs, { names: ['search_function'], required: 1, posOnly: 1 }, 0);
    unregisterCodecSearch(vm, fn!);
    return None;
  }],
];

/** The codecs whose functions _codecs has by name (utf_8_decode, unicode_escape_encode...), as CPython's. */
const NAMED_FUNCTIONS = ['utf_8', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32', 'utf_32_le', 'utf_32_be', 'latin_1', 'ascii',
  'unicode_escape', 'raw_unicode_escape'];

export const init__codecs: ModuleInit = (vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', 'The codec registry: codecs.encode, codecs.decode and lookup, over tpy\'s built-in codecs.');
  for (const [name, fn] of functions) d.setStr(name, builtin(name, fn, '_codecs'));
  for (const name of NAMED_FUNCTIONS) {
    const codec = lookupCodec(name);
    for (const dir of ['encode', 'decode'] as const) d.setStr(`${name}_${dir}`, codecFunction(codec as TextCodec, dir));
  }
};
