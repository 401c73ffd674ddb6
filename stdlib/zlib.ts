// The zlib module: compress/decompress, the Compress and Decompress stream objects, crc32 and
// adler32 (computed here, bit-exact), zlib.error and the constants. Deflate and inflate are
// node:zlib's (zlib_stream.ts); its deflate is Chromium's zlib, whose compressed bytes can
// differ from CPython's system zlib at some levels (both decompress each other's output).

import type * as NodeZlib from 'node:zlib';
import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { makeNativeType } from '../vm/objects/type.js';
import { PyBytes, bufferBytes } from '../vm/objects/bytes.js';
import { builtin, defGetter, defMethod } from '../vm/objects/function.js';
import { PyBaseException, Exception, newException, typeError, valueError } from '../vm/objects/exceptions.js';
import { typeName } from '../vm/ops/typeof.js';
import { index } from '../vm/ops/convert.js';
import { parseArgs } from '../vm/methods/args.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { crc32, low32 } from './binascii.js';
import { ZStream, ZlibFailure, concat, type StreamKind } from './zlib_stream.js';
import { nodeZlib } from './node_lazy.js';

/** node:zlib's constants (node:zlib is loaded at its first use: see node_lazy.ts). */
const Z = () => nodeZlib().constants;
const DEF_BUF_SIZE = 16384;

export const zlibErrorType = makeNativeType('error', Exception, { module: 'zlib', allocate: (cls) => new PyBaseException(cls, []), instanceDict: true });
const zlibError = (msg: string) => newException(zlibErrorType, msg);
const compressType = makeNativeType('zlib.Compress', undefined, { allocate: null, final: true });
const decompressType = makeNativeType('zlib.Decompress', undefined, { allocate: null, final: true });

/** "Error -3 while decompressing data: incorrect header check", as CPython's zlib_error. */
function failure(e: unknown, doing: string): unknown {
  return e instanceof ZlibFailure ? zlibError(`Error ${e.errno} while ${doing}: ${e.message}`) : e;
}

function bytesArg(o: PyObject): Uint8Array {
  const data = bufferBytes(o);
  if (data === undefined) throw typeError(`a bytes-like object is required, not '${typeName(o)}'`);
  return data;
}

function intArg(vm: VM, o: PyObject | undefined, dflt: number): number {
  if (o === undefined) return dflt;
  const v = index(vm, o);
  return typeof v === 'bigint' ? (v < 0n ? -Infinity : Infinity) : v;
}

/** The deflate stream and node options for a wbits value, or null when zlib would refuse it. */
function deflateKind(wbits: number): [StreamKind, number] | null {
  if (wbits === 8) return ['deflate', 9];
  if (wbits >= 9 && wbits <= 15) return ['deflate', wbits];
  if (wbits >= -15 && wbits <= -9) return ['deflateRaw', -wbits];
  if (wbits >= 25 && wbits <= 31) return ['gzip', wbits - 16];
  return null;
}

/** The inflate stream for a wbits value (40-47: zlib or gzip, told by the first byte), or null. */
function inflateKind(wbits: number, data: Uint8Array): [StreamKind, number] | null {
  if (wbits === 0) return ['inflate', 15];
  if (wbits >= 8 && wbits <= 15) return ['inflate', wbits];
  if (wbits >= -15 && wbits <= -8) return ['inflateRaw', -wbits];
  if (wbits >= 24 && wbits <= 31) return ['gunzip', Math.max(9, wbits - 16)];
  if (wbits >= 40 && wbits <= 47) return [data[0] === 0x1f ? 'gunzip' : 'inflate', Math.max(9, wbits - 32)];
  return null;
}

interface DeflateParams {
  level: number;
  wbits: number;
  memLevel: number;
  strategy: number;
  zdict?: Uint8Array;
}

/** A deflate stream, or null for parameters zlib's deflateInit2 refuses. */
function newDeflater(p: DeflateParams): ZStream | null {
  const kind = deflateKind(p.wbits);
  if (kind === null || p.level < -1 || p.level > 9 || p.memLevel < 1 || p.memLevel > 9 || p.strategy < 0 || p.strategy > 4) return null;
  const options: NodeZlib.ZlibOptions = { level: p.level, windowBits: kind[1], memLevel: p.memLevel, strategy: p.strategy };
  if (p.zdict !== undefined) options.dictionary = p.zdict;
  return new ZStream(kind[0], options);
}

export function zlib_compress(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [data, level, wbits] = parseArgs('compress', args, kwargs, { names: ['', 'level', 'wbits'], required: 1, posOnly: 1 }, 0);
  const input = bytesArg(data!);
  const z = newDeflater({ level: intArg(vm, level, -1), wbits: intArg(vm, wbits, 15), memLevel: 8, strategy: 0 });
  if (z === null) throw zlibError('Bad compression level');
  try {
    return new PyBytes(z.run(input, Z().Z_FINISH).out);
  } catch (e) {
    throw failure(e, 'compressing data');
  } finally {
    z.close();
  }
}

export function zlib_decompress(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [data, wbitsArg, bufsize] = parseArgs('decompress', args, kwargs, { names: ['', 'wbits', 'bufsize'], required: 1, posOnly: 1 }, 0);
  const input = bytesArg(data!);
  const wbits = intArg(vm, wbitsArg, 15);
  if (intArg(vm, bufsize, DEF_BUF_SIZE) < 0) throw valueError('bufsize must be non-negative');
  const kind = inflateKind(wbits, input);
  if (kind === null) throw zlibError('Error -2 while preparing to decompress data: inconsistent stream state');
  const z = new ZStream(kind[0], { windowBits: kind[1] });
  try {
    const r = z.run(input, Z().Z_SYNC_FLUSH);
    if (r.unread === 0 && !z.ended()) throw zlibError('Error -5 while decompressing data: incomplete or truncated stream');
    return new PyBytes(r.out);
  } catch (e) {
    throw failure(e, 'decompressing data');
  } finally {
    z.close();
  }
}

// ---------------------------------------------------------------- stream objects

class PyCompress extends PyObj {
  constructor(public z: ZStream | null) {
    super(compressType);
  }
}

class PyDecompress extends PyObj {
  unusedData: Uint8Array = new Uint8Array(0);
  unconsumedTail: Uint8Array = new Uint8Array(0);
  eof = false;
  constructor(public z: ZStream | null) {
    super(decompressType);
  }

  /** Inflates `input` (at most maxOut bytes out), updating eof, unused_data and unconsumed_tail. */
  feed(input: Uint8Array, maxOut: number): Uint8Array {
    if (this.eof || this.z === null) {
      this.unusedData = concat([this.unusedData, input], this.unusedData.length + input.length);
      return new Uint8Array(0);
    }
    let r;
    try {
      r = this.z.run(input, Z().Z_SYNC_FLUSH, maxOut);
    } catch (e) {
      throw failure(e, 'decompressing data');
    }
    const rest = input.subarray(input.length - r.unread);
    this.unconsumedTail = new Uint8Array(0);
    if (r.out.length === maxOut && r.unread > 0) this.unconsumedTail = rest.slice();
    else if (r.unread > 0) this.finish(rest);
    else if (r.out.length < maxOut && this.z.ended()) this.finish(rest);
    return r.out;
  }

  private finish(rest: Uint8Array): void {
    this.eof = true;
    this.unusedData = concat([this.unusedData, rest], this.unusedData.length + rest.length);
    this.z?.close();
    this.z = null;
  }
}

const bytesOut = (data: Uint8Array) => new PyBytes(data);

function installStreamMethods(): void {
  defMethod(compressType, 'compress', (_vm, args, kwargs) => {
    const [data] = parseArgs('compress', args, kwargs, { names: [''], required: 1, posOnly: 1 });
    const c = args[0] as PyCompress;
    const input = bytesArg(data!);
    if (c.z === null) throw zlibError('Error -2 while compressing data: inconsistent stream state');
    try {
      return bytesOut(c.z.run(input, Z().Z_NO_FLUSH).out);
    } catch (e) {
      throw failure(e, 'compressing data');
    }
  });
  defMethod(compressType, 'flush', (vm, args, kwargs) => {
    const [modeArg] = parseArgs('flush', args, kwargs, { names: ['mode'], posOnly: 1 });
    const c = args[0] as PyCompress;
    const mode = intArg(vm, modeArg, Z().Z_FINISH);
    if (mode === Z().Z_NO_FLUSH) return bytesOut(new Uint8Array(0));
    if (c.z === null) throw zlibError('Error -2 while flushing: inconsistent stream state');
    try {
      const out = c.z.run(new Uint8Array(0), mode).out;
      if (mode === Z().Z_FINISH) {
        c.z.close();
        c.z = null;
      }
      return bytesOut(out);
    } catch (e) {
      throw failure(e, 'flushing');
    }
  });
  defMethod(decompressType, 'decompress', (vm, args, kwargs) => {
    const [data, maxLength] = parseArgs('decompress', args, kwargs, { names: ['', 'max_length'], required: 1, posOnly: 1 });
    const input = bytesArg(data!);
    const max = intArg(vm, maxLength, 0);
    if (max < 0) throw valueError('max_length must be non-negative');
    return bytesOut((args[0] as PyDecompress).feed(input, max === 0 ? Infinity : max));
  });
  defMethod(decompressType, 'flush', (vm, args, kwargs) => {
    const [lengthArg] = parseArgs('flush', args, kwargs, { names: ['length'], posOnly: 1 });
    if (intArg(vm, lengthArg, DEF_BUF_SIZE) <= 0) throw valueError('length must be greater than zero');
    const d = args[0] as PyDecompress;
    const tail = d.unconsumedTail;
    d.unconsumedTail = new Uint8Array(0);
    if (d.eof) return bytesOut(new Uint8Array(0));
    return bytesOut(d.feed(tail, Infinity));
  });
  defGetter(decompressType, 'unused_data', (_vm, o) => new PyBytes((o as PyDecompress).unusedData.slice()));
  defGetter(decompressType, 'unconsumed_tail', (_vm, o) => new PyBytes((o as PyDecompress).unconsumedTail.slice()));
  defGetter(decompressType, 'eof', (_vm, o) => (o as PyDecompress).eof);
}

function zlib_compressobj(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [level, method, wbits, memLevel, strategy, zdict] = parseArgs('compressobj', args, kwargs, { names: ['level', 'method', 'wbits', 'memLevel', 'strategy', 'zdict'] }, 0);
  const dict = zdict === undefined ? undefined : bytesArg(zdict);
  const params = { level: intArg(vm, level, -1), wbits: intArg(vm, wbits, 15), memLevel: intArg(vm, memLevel, 8), strategy: intArg(vm, strategy, 0), zdict: dict };
  const z = intArg(vm, method, 8) === 8 ? newDeflater(params) : null;
  if (z === null) throw valueError('Invalid initialization option');
  return new PyCompress(z);
}

function zlib_decompressobj(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [wbitsArg, zdict] = parseArgs('decompressobj', args, kwargs, { names: ['wbits', 'zdict'] }, 0);
  const dict = zdict === undefined ? undefined : bytesArg(zdict);
  const wbits = intArg(vm, wbitsArg, 15);
  // DIVERGENCE: with wbits 40-47 the container is chosen now (zlib), not at the first byte.
  const kind = inflateKind(wbits >= 40 ? wbits - 32 : wbits, new Uint8Array(0));
  if (kind === null) throw valueError('Invalid initialization option');
  const options: NodeZlib.ZlibOptions = { windowBits: kind[1] };
  if (dict !== undefined && dict.length > 0) options.dictionary = dict;
  return new PyDecompress(new ZStream(kind[0], options));
}

// ---------------------------------------------------------------- checksums

/** Adler-32 continuing from `adler` (RFC 1950), in blocks short enough that the sums stay exact. */
export function adler32(data: Uint8Array, adler: number): number {
  let a = adler & 0xffff;
  let b = (adler >>> 16) & 0xffff;
  for (let i = 0; i < data.length; ) {
    const end = Math.min(data.length, i + 3800);
    for (; i < end; i++) {
      a += data[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function checksum(name: string, fn: (data: Uint8Array, start: number) => number, initial: number) {
  return builtin(name, (vm, args, kwargs) => {
    const [data, value] = parseArgs(name, args, kwargs, { names: ['', ''], required: 1, posOnly: 2 }, 0);
    return fn(bytesArg(data!), value === undefined ? initial : low32(vm, value));
  }, 'zlib');
}

const CONSTANTS: [string, number][] = [
  ['MAX_WBITS', 15], ['DEFLATED', 8], ['DEF_MEM_LEVEL', 8], ['DEF_BUF_SIZE', DEF_BUF_SIZE],
  ['Z_NO_COMPRESSION', 0], ['Z_BEST_SPEED', 1], ['Z_BEST_COMPRESSION', 9], ['Z_DEFAULT_COMPRESSION', -1],
  ['Z_FILTERED', 1], ['Z_HUFFMAN_ONLY', 2], ['Z_RLE', 3], ['Z_FIXED', 4], ['Z_DEFAULT_STRATEGY', 0],
  ['Z_NO_FLUSH', 0], ['Z_PARTIAL_FLUSH', 1], ['Z_SYNC_FLUSH', 2], ['Z_FULL_FLUSH', 3], ['Z_FINISH', 4],
  ['Z_BLOCK', 5], ['Z_TREES', 6],
];

let installed = false;

export const init_zlib: ModuleInit = (_vm, m) => {
  if (!installed) {
    installed = true;
    installStreamMethods();
  }
  const d = m.dict;
  for (const [name, value] of CONSTANTS) d.setStr(name, value);
  // The zlib inside node (its version string may carry a build suffix: '1.3.1-e00f703').
  const version = (process.versions.zlib ?? '1.3.1').split('-')[0];
  d.setStr('ZLIB_VERSION', version);
  d.setStr('ZLIB_RUNTIME_VERSION', version);
  d.setStr('error', zlibErrorType);
  d.setStr('compress', builtin('compress', zlib_compress, 'zlib'));
  d.setStr('decompress', builtin('decompress', zlib_decompress, 'zlib'));
  d.setStr('compressobj', builtin('compressobj', zlib_compressobj, 'zlib'));
  d.setStr('decompressobj', builtin('decompressobj', zlib_decompressobj, 'zlib'));
  d.setStr('crc32', checksum('crc32', crc32, 0));
  d.setStr('adler32', checksum('adler32', adler32, 1));
};
