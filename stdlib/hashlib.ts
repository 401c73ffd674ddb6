// hashlib and the native modules behind it, as CPython 3.11 builds them with OpenSSL:
// `_hashlib` (the HASH and HASHXOF types, the openssl_* constructors, new, pbkdf2_hmac,
// compare_digest), `_blake2` (the blake2b and blake2s types) and `hashlib` itself. The
// digests come from node:crypto; BLAKE2 with parameters Node lacks from hashlib_blake2.ts.

import type * as crypto from 'node:crypto';
import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { PyBytes } from '../vm/objects/bytes.js';
import { PyType, makeNativeType } from '../vm/objects/type.js';
import { None } from '../vm/objects/singletons.js';
import { strVal } from '../vm/objects/str.js';
import { newSet } from '../vm/objects/set.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { builtin, defGetter, defMethod, KwArgs, NativeFn } from '../vm/objects/function.js';
import { PyBaseException, ValueError, SystemError, MemoryError, newException, typeError, valueError, overflowError } from '../vm/objects/exceptions.js';
import { bytesData, fromLatin1, hexString } from '../vm/methods/bytes.js';
import { checkArgCount, noArgs, noKwargs, oneArg, parseArgs } from '../vm/methods/args.js';
import { defNew, hexId } from '../vm/methods/object.js';
import { newClsArg } from '../vm/methods/list.js';
import { index, repr, truthy } from '../vm/ops/convert.js';
import { getAttr, getAttrOpt } from '../vm/ops/attribute.js';
import { typeName, argTypeName } from '../vm/ops/typeof.js';
import { call } from '../vm/ops/call.js';
import { importModule } from '../vm/import.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { hashlib_scrypt } from './hashlib_scrypt.js';
import { BLAKE2B, BLAKE2S, Blake2Params, Blake2State, Blake2Variant } from './hashlib_blake2.js';
import { nodeCrypto } from './node_lazy.js';

// ---------------------------------------------------------------- algorithms

interface Algorithm {
  /** hashlib's name ('sha3_256'). */
  name: string;
  /** node:crypto's ('sha3-256'). */
  node: string;
  digestSize: number;
  blockSize: number;
  xof?: boolean;
}

const ALGORITHMS: Algorithm[] = [
  { name: 'md5', node: 'md5', digestSize: 16, blockSize: 64 },
  { name: 'sha1', node: 'sha1', digestSize: 20, blockSize: 64 },
  { name: 'sha224', node: 'sha224', digestSize: 28, blockSize: 64 },
  { name: 'sha256', node: 'sha256', digestSize: 32, blockSize: 64 },
  { name: 'sha384', node: 'sha384', digestSize: 48, blockSize: 128 },
  { name: 'sha512', node: 'sha512', digestSize: 64, blockSize: 128 },
  { name: 'sha512_224', node: 'sha512-224', digestSize: 28, blockSize: 128 },
  { name: 'sha512_256', node: 'sha512-256', digestSize: 32, blockSize: 128 },
  { name: 'sha3_224', node: 'sha3-224', digestSize: 28, blockSize: 144 },
  { name: 'sha3_256', node: 'sha3-256', digestSize: 32, blockSize: 136 },
  { name: 'sha3_384', node: 'sha3-384', digestSize: 48, blockSize: 104 },
  { name: 'sha3_512', node: 'sha3-512', digestSize: 64, blockSize: 72 },
  { name: 'shake_128', node: 'shake128', digestSize: 0, blockSize: 168, xof: true },
  { name: 'shake_256', node: 'shake256', digestSize: 0, blockSize: 136, xof: true },
  { name: 'blake2b', node: 'blake2b512', digestSize: 64, blockSize: 128 },
  { name: 'blake2s', node: 'blake2s256', digestSize: 32, blockSize: 64 },
  { name: 'md5-sha1', node: 'md5-sha1', digestSize: 36, blockSize: 64 },
  { name: 'ripemd160', node: 'ripemd160', digestSize: 20, blockSize: 64 },
  { name: 'sm3', node: 'sm3', digestSize: 32, blockSize: 64 },
];

const GUARANTEED = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
  'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256'];

/** What node:crypto offers, worked out at the first use (node:crypto is loaded then: node_lazy.ts). */
interface Offered {
  /** node:crypto's digest names. */
  nodeHashes: Set<string>;
  /** The algorithms node:crypto has. */
  available: Algorithm[];
  /** OpenSSL's names for each algorithm, looked up without case (as EVP_get_digestbyname does). */
  aliases: Map<string, Algorithm>;
}

let offeredCache: Offered | undefined;

function offered(): Offered {
  if (offeredCache !== undefined) return offeredCache;
  const nodeHashes = new Set(nodeCrypto().getHashes());
  const available = ALGORITHMS.filter((a) => nodeHashes.has(a.node));
  const aliases = new Map<string, Algorithm>();
  for (const a of available) {
    for (const alias of [a.name, a.node, a.name.replace('_', '-')]) aliases.set(alias.toLowerCase(), a);
  }
  for (const [alias, name] of [['ssl3-md5', 'md5'], ['ssl3-sha1', 'sha1'], ['sha-1', 'sha1'], ['sha-224', 'sha224'],
    ['sha-256', 'sha256'], ['sha-384', 'sha384'], ['sha-512', 'sha512'], ['sha-512/224', 'sha512_224'],
    ['sha-512/256', 'sha512_256'], ['sha512/224', 'sha512_224'], ['sha512/256', 'sha512_256'], ['ripemd', 'ripemd160'],
    ['rmd160', 'ripemd160'], ['ripemd-160', 'ripemd160']]) {
    const a = available.find((x) => x.name === name);
    if (a !== undefined) aliases.set(alias, a);
  }
  // hashlib.new('blake2b') is the _blake2 type; only OpenSSL's 'BLAKE2B512' names it without case.
  aliases.delete('blake2b');
  aliases.delete('blake2s');
  offeredCache = { nodeHashes, available, aliases };
  return offeredCache;
}

/** _hashlib.UnsupportedDigestmodError: an algorithm OpenSSL does not know (a ValueError). */
export const unsupportedDigestmodError = makeNativeType('_hashlib.UnsupportedDigestmodError', ValueError, {
  allocate: (cls) => new PyBaseException(cls, []), instanceDict: true,
});

const unsupported = () => newException(unsupportedDigestmodError, '[digital envelope routines] unsupported');

// ---------------------------------------------------------------- data arguments

/** The bytes to hash: bytes or bytearray (tpy has no other buffer), never a str. */
function hashData(o: PyObject): Uint8Array {
  const d = bytesData(o);
  if (d !== undefined) return d;
  if (strVal(o) !== undefined) throw typeError('Strings must be encoded before hashing');
  throw typeError('object supporting the buffer API required');
}

function bytesLike(o: PyObject): Uint8Array {
  const d = bytesData(o);
  if (d === undefined) throw typeError(`a bytes-like object is required, not '${typeName(o)}'`);
  return d;
}

// ---------------------------------------------------------------- hash objects

/** What a hash object computes with: a node:crypto Hash, or tpy's own BLAKE2 state. */
interface Digester {
  update(data: Uint8Array): void;
  digest(length?: number): Uint8Array;
  copy(): Digester;
}

/** Node's one-shot digest (20.12+): a fraction of the cost of a crypto.Hash object and its copy. */
const oneShot = () => (nodeCrypto() as unknown as { hash?: (alg: string, data: Uint8Array, enc: 'latin1') => string }).hash;

/** Data kept for a one-shot digest up to this size; beyond it, a streaming crypto.Hash. */
const ONE_SHOT_LIMIT = 4096;

/**
 * A node:crypto digest. Most hash objects see a few short updates and one digest, so the data
 * is collected (copied: a bytearray may change after update) and digested in one call, until
 * it grows past ONE_SHOT_LIMIT or a copy with an output length (shake) is asked for.
 */
class NodeDigester implements Digester {
  private h: crypto.Hash | null;
  private pending: Uint8Array;

  constructor(private readonly alg: string, h: crypto.Hash | null = null, pending: Uint8Array = EMPTY) {
    this.h = h;
    this.pending = pending;
  }

  private stream(): crypto.Hash {
    if (this.h === null) {
      this.h = nodeCrypto().createHash(this.alg);
      if (this.pending.length > 0) this.h.update(this.pending);
      this.pending = EMPTY;
    }
    return this.h;
  }

  update(data: Uint8Array): void {
    if (this.h === null && this.pending.length + data.length <= ONE_SHOT_LIMIT) {
      const joined = new Uint8Array(this.pending.length + data.length);
      joined.set(this.pending);
      joined.set(data, this.pending.length);
      this.pending = joined;
    } else this.stream().update(data);
  }

  digest(length?: number): Uint8Array {
    const hash = oneShot();
    if (length === undefined && this.h === null && hash !== undefined) return fromLatin1(hash(this.alg, this.pending, 'latin1'));
    // Digesting a copy keeps the object usable, as CPython's digest() does.
    const h = this.stream();
    if (length === undefined) return new Uint8Array(h.copy().digest());
    if (length === 0) return new Uint8Array(0);
    return new Uint8Array(h.copy({ outputLength: length }).digest());
  }

  copy(): Digester {
    return this.h === null ? new NodeDigester(this.alg, null, this.pending) : new NodeDigester(this.alg, this.h.copy());
  }
}

const EMPTY = new Uint8Array(0);

class Blake2Digester implements Digester {
  constructor(readonly s: Blake2State) {}
  update(data: Uint8Array): void {
    this.s.update(data);
  }
  digest(): Uint8Array {
    return this.s.digest();
  }
  copy(): Digester {
    return new Blake2Digester(this.s.copy());
  }
}

class PyHash extends PyObj {
  constructor(cls: PyType, readonly name: string, readonly digestSize: number, readonly blockSize: number, public d: Digester) {
    super(cls);
  }
}

export const hashType = makeNativeType('_hashlib.HASH', undefined, { allocate: null });
export const hashXofType = makeNativeType('_hashlib.HASHXOF', hashType, { allocate: null });
export const blake2bType = makeNativeType('_blake2.blake2b', undefined, { allocate: null });
export const blake2sType = makeNativeType('_blake2.blake2s', undefined, { allocate: null });

const self = (args: PyObject[]) => args[0] as PyHash;
const hex = hexString;

/** update, digest, hexdigest, copy and the three attributes; `tname` is the type's name in messages. */
function defHashMethods(t: PyType, tname: string, xof: boolean): void {
  // The qualified names, made once: a template literal in a method would build its string per call.
  const updateName = `${tname}.update`;
  const digestName = `${tname}.digest`;
  const hexdigestName = `${tname}.hexdigest`;
  const copyName = `${tname}.copy`;
  defMethod(t, 'update', (_vm, args, kwargs) => {
    self(args).d.update(hashData(oneArg(updateName, args, kwargs)));
    return None;
  });
  if (xof) {
    const length = (vm: VM, fname: string, args: PyObject[], kwargs: KwArgs | null) => {
      const [n] = parseArgs(fname, args, kwargs, { names: ['length'], required: 1 });
      const v = index(vm, n!);
      if (typeof v === 'bigint') {
        if (v >= 2n ** 63n || v < -(2n ** 63n)) throw overflowError('Python int too large to convert to C ssize_t');
        throw newException(v < 0n ? SystemError : MemoryError, ...(v < 0n ? ['Negative size passed to PyBytes_FromStringAndSize'] : []));
      }
      if (v < 0) throw newException(SystemError, 'Negative size passed to PyBytes_FromStringAndSize');
      if (v > 2 ** 31) throw newException(MemoryError);
      return v;
    };
    defMethod(t, 'digest', (vm, args, kwargs) => new PyBytes(self(args).d.digest(length(vm, 'digest', args, kwargs))));
    defMethod(t, 'hexdigest', (vm, args, kwargs) => hex(self(args).d.digest(length(vm, 'hexdigest', args, kwargs))));
  } else {
    defMethod(t, 'digest', (_vm, args, kwargs) => {
      noArgs(digestName, args, kwargs);
      return new PyBytes(self(args).d.digest());
    });
    defMethod(t, 'hexdigest', (_vm, args, kwargs) => {
      noArgs(hexdigestName, args, kwargs);
      return hex(self(args).d.digest());
    });
  }
  defMethod(t, 'copy', (_vm, args, kwargs) => {
    noArgs(copyName, args, kwargs);
    const h = self(args);
    return new PyHash(h.cls, h.name, h.digestSize, h.blockSize, h.d.copy());
  });
}

defHashMethods(hashType, 'HASH', false);
defHashMethods(hashXofType, 'HASHXOF', true);
defHashMethods(blake2bType, 'blake2b', false);
defHashMethods(blake2sType, 'blake2s', false);
for (const t of [hashType, blake2bType, blake2sType]) {
  defGetter(t, 'name', (_vm, o) => (o as PyHash).name);
  defGetter(t, 'digest_size', (_vm, o) => (o as PyHash).digestSize);
  defGetter(t, 'block_size', (_vm, o) => (o as PyHash).blockSize);
}
defMethod(hashType, '__repr__', (_vm, args) => `<${self(args).name} ${self(args).cls === hashXofType ? '_hashlib.HASHXOF' : '_hashlib.HASH'} object @ ${hexId(args[0])}>`);

function newHash(a: Algorithm, data: PyObject | undefined): PyHash {
  // The data is checked before the object exists, as CPython does.
  const bytes = data === undefined ? undefined : hashData(data);
  const h = new PyHash(a.xof ? hashXofType : hashType, a.name, a.digestSize, a.blockSize, new NodeDigester(a.node));
  if (bytes !== undefined) h.d.update(bytes);
  return h;
}

/** openssl_md5(string=b'', *, usedforsecurity=True) and the others. */
function opensslConstructor(a: Algorithm): NativeFn {
  const fname = `openssl_${a.name}`;
  return (_vm, args, kwargs) => {
    const [data] = parseArgs(fname, args, kwargs, { names: ['string', 'usedforsecurity'], kwOnly: 1 }, 0);
    return newHash(a, data);
  };
}

/** _hashlib.new(name, string=b'', *, usedforsecurity=True): any algorithm by an OpenSSL name. */
const hashlib_new_native: NativeFn = (_vm, args, kwargs) => {
  const [name, data] = parseArgs('new', args, kwargs, { names: ['name', 'string', 'usedforsecurity'], required: 1, kwOnly: 1 }, 0);
  const s = strVal(name!);
  if (s === undefined) throw typeError(`new() argument 'name' must be str, not ${argTypeName(name!)}`);
  const a = offered().aliases.get(s.toLowerCase());
  if (a === undefined) throw unsupported();
  return newHash(a, data);
};

// ---------------------------------------------------------------- blake2

const BLAKE2_PARAMS = ['data', 'digest_size', 'key', 'salt', 'person', 'fanout', 'depth', 'leaf_size', 'node_offset',
  'node_depth', 'inner_size', 'last_node', 'usedforsecurity'];

/** A C int argument: OverflowError past 32 bits. */
function cInt(vm: VM, o: PyObject): number {
  const n = index(vm, o);
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) throw overflowError('Python int too large to convert to C int');
  return n;
}

/** leaf_size and node_offset: unsigned, at most `maxBits` bits. */
function unsignedParam(vm: VM, o: PyObject, name: string, maxBits: number): bigint {
  const n = BigInt(index(vm, o));
  if (n < 0n) throw valueError('value must be positive');
  if (n >= 2n ** 64n) throw overflowError('Python int too large to convert to C unsigned long');
  if (n >= 2n ** BigInt(maxBits)) throw overflowError(`${name} is too large`);
  return n;
}

function byteRange(vm: VM, o: PyObject | undefined, name: string, lo: number, hi: number, dflt: number, tail = String(hi)): number {
  if (o === undefined) return dflt;
  const n = cInt(vm, o);
  if (n < lo || n > hi) throw valueError(`${name} must be between ${lo} and ${tail}`);
  return n;
}

function blake2New(v: Blake2Variant, t: PyType): NativeFn {
  return (vm, args, kwargs) => {
    newClsArg(args, t);
    const a = parseArgs(v.name, args, kwargs, { names: BLAKE2_PARAMS, posOnly: 1, kwOnly: 12 });
    const [data, digestSize, key, salt, person, fanout, depth, leafSize, nodeOffset, nodeDepth, innerSize, lastNode] = a;
    const p: Blake2Params = {
      digestSize: v.maxDigest, key: new Uint8Array(0), salt: new Uint8Array(0), person: new Uint8Array(0),
      fanout: 1, depth: 1, leafSize: 0, nodeOffset: 0n, nodeDepth: 0, innerSize: 0, lastNode: false,
    };
    if (digestSize !== undefined) {
      p.digestSize = cInt(vm, digestSize);
      if (p.digestSize < 1 || p.digestSize > v.maxDigest) throw valueError(`digest_size must be between 1 and ${v.maxDigest} bytes`);
    }
    if (salt !== undefined) {
      p.salt = bytesLike(salt);
      if (p.salt.length > v.saltSize) throw valueError(`maximum salt length is ${v.saltSize} bytes`);
    }
    if (person !== undefined) {
      p.person = bytesLike(person);
      if (p.person.length > v.saltSize) throw valueError(`maximum person length is ${v.saltSize} bytes`);
    }
    p.fanout = byteRange(vm, fanout, 'fanout', 0, 255, 1);
    p.depth = byteRange(vm, depth, 'depth', 1, 255, 1);
    if (leafSize !== undefined) p.leafSize = Number(unsignedParam(vm, leafSize, 'leaf_size', 32));
    if (nodeOffset !== undefined) p.nodeOffset = unsignedParam(vm, nodeOffset, 'node_offset', v.bits === 64 ? 64 : 48);
    p.nodeDepth = byteRange(vm, nodeDepth, 'node_depth', 0, 255, 0);
    // CPython's message reads "between 0 and is 64".
    p.innerSize = byteRange(vm, innerSize, 'inner_size', 0, v.maxDigest, 0, `is ${v.maxDigest}`);
    if (key !== undefined) {
      p.key = bytesLike(key);
      if (p.key.length > v.maxDigest) throw valueError(`maximum key length is ${v.maxDigest} bytes`);
    }
    if (lastNode !== undefined) p.lastNode = truthy(vm, lastNode);
    const bytes = data === undefined ? undefined : hashData(data);
    const plain = p.digestSize === v.maxDigest && p.key.length === 0 && p.salt.length === 0 && p.person.length === 0 &&
      p.fanout === 1 && p.depth === 1 && p.leafSize === 0 && p.nodeOffset === 0n && p.nodeDepth === 0 && p.innerSize === 0 && !p.lastNode;
    const algo = ALGORITHMS.find((x) => x.name === v.name)!;
    const d: Digester = plain && offered().nodeHashes.has(algo.node) ? new NodeDigester(algo.node) : new Blake2Digester(Blake2State.start(v, p));
    const h = new PyHash(args[0] as PyType, v.name, p.digestSize, v.blockSize, d);
    if (bytes !== undefined) d.update(bytes);
    return h;
  };
}

for (const [t, v] of [[blake2bType, BLAKE2B], [blake2sType, BLAKE2S]] as const) {
  defNew(t, blake2New(v, t));
  t.setAttr('SALT_SIZE', v.saltSize);
  t.setAttr('PERSON_SIZE', v.saltSize);
  t.setAttr('MAX_KEY_SIZE', v.maxDigest);
  t.setAttr('MAX_DIGEST_SIZE', v.maxDigest);
}

// ---------------------------------------------------------------- pbkdf2_hmac, compare_digest

const hashlib_pbkdf2_hmac: NativeFn = (vm, args, kwargs) => {
  const [hashName, password, salt, iterations, dklen] = parseArgs('pbkdf2_hmac', args, kwargs,
    { names: ['hash_name', 'password', 'salt', 'iterations', 'dklen'], required: 4 }, 0);
  const name = strVal(hashName!);
  if (name === undefined) throw typeError(`pbkdf2_hmac() argument 'hash_name' must be str, not ${argTypeName(hashName!)}`);
  const pw = bytesLike(password!);
  const s = bytesLike(salt!);
  const iters = index(vm, iterations!);
  if (typeof iters === 'bigint' || iters > 2 ** 63) throw overflowError('iteration value is too great.');
  if (iters < 1) throw valueError('iteration value must be greater than 0.');
  if (iters > 0x7fffffff) throw overflowError('iteration value is too great.');
  const a = name === 'blake2b' || name === 'blake2s' ? ALGORITHMS.find((x) => x.name === name) : offered().aliases.get(name.toLowerCase());
  if (a === undefined || a.xof || !offered().nodeHashes.has(a.node)) throw unsupported();
  let len = a.digestSize;
  if (dklen !== undefined && dklen !== None) {
    const n = index(vm, dklen);
    if (typeof n === 'bigint' || n > 0x7fffffff) throw overflowError('key length is too great.');
    if (n < 1) throw valueError('key length must be greater than 0.');
    len = n;
  }
  return new PyBytes(new Uint8Array(nodeCrypto().pbkdf2Sync(pw, s, iters, len, a.node)));
};

/** compare_digest(a, b): equal ASCII strs or bytes-likes, in time that depends only on b's length. */
const compare_digest: NativeFn = (_vm, args, kwargs) => {
  noKwargs('compare_digest', kwargs);
  checkArgCount('compare_digest', args, 2, 2, 0);
  const [a, b] = args;
  const sa = strVal(a);
  const sb = strVal(b);
  let da: Uint8Array;
  let db: Uint8Array;
  if (sa !== undefined && sb !== undefined) {
    if (/[^\x00-\x7f]/.test(sa) || /[^\x00-\x7f]/.test(sb)) throw typeError('comparing strings with non-ASCII characters is not supported');
    da = Buffer.from(sa, 'latin1');
    db = Buffer.from(sb, 'latin1');
  } else {
    if (bytesData(a) === undefined && bytesData(b) === undefined) {
      throw typeError(`unsupported operand types(s) or combination of types: '${typeName(a)}' and '${typeName(b)}'`);
    }
    da = bytesLike(a);
    db = bytesLike(b);
  }
  let diff = da.length === db.length ? 0 : 1;
  const left = da.length === db.length ? da : db;
  for (let i = 0; i < db.length; i++) diff |= left[i] ^ db[i];
  return diff === 0;
};

// ---------------------------------------------------------------- the modules

export const init__hashlib: ModuleInit = (_vm, m) => {
  const d = m.dict;
  d.setStr('HASH', hashType);
  d.setStr('HASHXOF', hashXofType);
  d.setStr('UnsupportedDigestmodError', unsupportedDigestmodError);
  d.setStr('new', builtin('new', hashlib_new_native, '_hashlib'));
  for (const a of offered().available) {
    if (a.name !== 'blake2b' && a.name !== 'blake2s' && GUARANTEED.includes(a.name)) {
      d.setStr(`openssl_${a.name}`, builtin(`openssl_${a.name}`, opensslConstructor(a), '_hashlib'));
    }
  }
  d.setStr('pbkdf2_hmac', builtin('pbkdf2_hmac', hashlib_pbkdf2_hmac, '_hashlib'));
  d.setStr('scrypt', builtin('scrypt', hashlib_scrypt, '_hashlib'));
  d.setStr('compare_digest', builtin('compare_digest', compare_digest, '_hashlib'));
};

export const init__blake2: ModuleInit = (_vm, m) => {
  m.dict.setStr('blake2b', blake2bType);
  m.dict.setStr('blake2s', blake2sType);
};

/**
 * file_digest(fileobj, digest, /): the digest of a binary file's remaining contents. `digest`
 * is a name for new() or a callable making a hash object; BytesIO is taken whole, as through getbuffer.
 */
function fileDigest(newFn: PyObject): NativeFn {
  return (vm, args, kwargs) => {
    noKwargs('file_digest', kwargs);
    if (args.length !== 2) throw typeError(`file_digest() takes 2 positional arguments but ${args.length} were given`);
    const [fileobj, digest] = args;
    const h = strVal(digest) !== undefined ? call(vm, newFn, [digest]) : call(vm, digest, []);
    const update = getAttr(vm, h, 'update');
    const getbuffer = getAttrOpt(vm, fileobj, 'getbuffer');
    if (getbuffer !== undefined) {
      // The whole buffer, as getbuffer() would give it (tpy has no memoryview: getvalue() instead).
      call(vm, update, [call(vm, getAttrOpt(vm, fileobj, 'getvalue') ?? getbuffer, [])]);
      return h;
    }
    const readable = getAttrOpt(vm, fileobj, 'readable');
    // CPython asks for readinto too; tpy's binary files read with read().
    const notBinary = () => valueError(`'${repr(vm, fileobj)}' is not a file-like object in binary reading mode.`);
    if (getAttrOpt(vm, fileobj, 'read') === undefined || readable === undefined || !truthy(vm, call(vm, readable, []))) throw notBinary();
    const read = getAttr(vm, fileobj, 'read');
    for (;;) {
      const chunk = call(vm, read, [2 ** 18]);
      const d = bytesData(chunk);
      if (d === undefined) throw notBinary();
      if (d.length === 0) break;
      call(vm, update, [chunk]);
    }
    return h;
  };
}

const HASHLIB_ALL = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'sha3_224', 'sha3_256',
  'sha3_384', 'sha3_512', 'shake_128', 'shake_256', 'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest'];

export const init_hashlib: ModuleInit = (vm, m) => {
  const d = m.dict;
  const native = importModule(vm, '_hashlib', null).dict;
  const blake2 = importModule(vm, '_blake2', null).dict;
  d.setStr('__doc__', 'hashlib module - A common interface to many hash functions.');
  d.setStr('__all__', new PyTuple(HASHLIB_ALL));
  for (const name of GUARANTEED) {
    d.setStr(name, name.startsWith('blake2') ? blake2.getStr(name)! : native.getStr(`openssl_${name}`)!);
  }
  d.setStr('algorithms_guaranteed', newSet(vm, GUARANTEED));
  d.setStr('algorithms_available', newSet(vm, offered().available.map((a) => a.name)));
  d.setStr('pbkdf2_hmac', native.getStr('pbkdf2_hmac')!);
  d.setStr('scrypt', native.getStr('scrypt')!);
  // hashlib.new(name, data=b'', **kwargs): blake2b and blake2s by their own types (with their
  // parameters), any other name through _hashlib.new.
  const nativeNew = native.getStr('new')!;
  d.setStr('new', builtin('__hash_new', (vm, args, kwargs) => {
    if (args.length === 0 && !kwargs?.has('name')) throw typeError("__hash_new() missing 1 required positional argument: 'name'");
    if (args.length > 2) throw typeError(`__hash_new() takes from 1 to 2 positional arguments but ${args.length} were given`);
    const rest = kwargs === null ? new Map<string, PyObject>() : new Map(kwargs);
    const name = args.length > 0 ? args[0] : rest.get('name')!;
    rest.delete('name');
    let data: PyObject | undefined = args[1];
    if (data === undefined && rest.has('data')) {
      data = rest.get('data')!;
      rest.delete('data');
    }
    const s = strVal(name);
    if (s === undefined) throw typeError('name must be a string');
    const callArgs = data === undefined ? [name] : [name, data];
    if (s === 'blake2b' || s === 'blake2s') return call(vm, blake2.getStr(s)!, callArgs.slice(1), rest.size > 0 ? rest : null);
    // hashlib turns _hashlib's UnsupportedDigestmodError into a plain ValueError.
    if (!offered().aliases.has(s.toLowerCase())) throw valueError(`unsupported hash type ${s}`);
    return call(vm, nativeNew, data === undefined ? [name, new PyBytes(new Uint8Array(0))] : callArgs, rest.size > 0 ? rest : null);
  }, 'hashlib'));
  d.setStr('file_digest', builtin('file_digest', fileDigest(d.getStr('new')!), 'hashlib'));
};
