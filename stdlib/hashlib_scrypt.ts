// hashlib.scrypt (_hashlib.scrypt): the scrypt key derivation function of RFC 7914 over
// node:crypto's scryptSync, with CPython's argument checks and messages, in its order.

import { nodeCrypto } from './node_lazy.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyBytes } from '../vm/objects/bytes.js';
import { None } from '../vm/objects/singletons.js';
import type { NativeFn } from '../vm/objects/function.js';
import { typeError, valueError } from '../vm/objects/exceptions.js';
import { bytesData } from '../vm/methods/bytes.js';
import { parseArgs } from '../vm/methods/args.js';
import { typeName, argTypeName } from '../vm/ops/typeof.js';

const INT_MAX = 0x7fffffff;
/** OpenSSL's limit when maxmem is 0, which node:crypto also applies by default. */
const DEFAULT_MAXMEM = 32 * 1024 * 1024;

function bytesArg(o: PyObject): Uint8Array {
  const d = bytesData(o);
  if (d === undefined) throw typeError(`a bytes-like object is required, not '${typeName(o)}'`);
  return d;
}

/** n, r or p: an int (else argument clinic's message), not negative (else CPython's own). */
function unsignedArg(o: PyObject | undefined, name: string): number {
  if (o === undefined || o === None) throw typeError(`${name} is required and must be an unsigned int`);
  if (typeof o !== 'number' && typeof o !== 'bigint' && typeof o !== 'boolean') {
    throw typeError(`scrypt() argument '${name}' must be int, not ${argTypeName(o)}`);
  }
  const v = typeof o === 'boolean' ? (o ? 1 : 0) : o;
  if (v < 0 || v >= 2n ** 64n) throw typeError(`${name} is required and must be an unsigned int`);
  return Number(v);
}

function longArg(o: PyObject, name: string): number {
  if (typeof o === 'boolean') return o ? 1 : 0;
  if (typeof o !== 'number' && typeof o !== 'bigint') throw typeError(`scrypt() argument '${name}' must be int, not ${argTypeName(o)}`);
  return Number(o);
}

export const hashlib_scrypt: NativeFn = (_vm, args, kwargs) => {
  if (args.length > 1) throw typeError(`scrypt() takes exactly 1 positional argument (${args.length} given)`);
  const [password, salt, nArg, rArg, pArg, maxmemArg, dklenArg] = parseArgs('scrypt', args, kwargs,
    { names: ['password', 'salt', 'n', 'r', 'p', 'maxmem', 'dklen'], required: 1 }, 0);
  const pw = bytesArg(password!);
  if (salt === undefined || salt === None) throw typeError('salt is required');
  const s = bytesArg(salt);
  const n = unsignedArg(nArg, 'n');
  if (n < 2 || (n & (n - 1)) !== 0 || n > 2 ** 52) throw valueError('n must be a power of 2.');
  const r = unsignedArg(rArg, 'r');
  const p = unsignedArg(pArg, 'p');
  const maxmem = maxmemArg === undefined ? 0 : longArg(maxmemArg, 'maxmem');
  if (maxmem < 0 || maxmem > INT_MAX) throw valueError(`maxmem must be positive and smaller than ${INT_MAX}`);
  const dklen = dklenArg === undefined ? 64 : longArg(dklenArg, 'dklen');
  if (dklen < 1 || dklen > INT_MAX) throw valueError(`dklen must be greater than 0 and smaller than ${INT_MAX}`);
  // CPython's parameter check (OpenSSL's, with no key to make).
  if (r < 1 || p < 1) throw valueError('Invalid parameter combination for n, r, p, maxmem.');
  // When deriving, OpenSSL refuses p r >= 2^30, n >= 2^(16 r), and more memory than the limit
  // for its two work buffers (128 r p bytes and 128 r (n + 2) bytes), all as too much memory.
  const limit = maxmem === 0 ? DEFAULT_MAXMEM : maxmem;
  const needed = 128 * r * (n + p + 2);
  if (p * r > 2 ** 30 - 1 || (r <= 3 && n >= 2 ** (16 * r)) || needed > limit) {
    throw valueError('[digital envelope routines] memory limit exceeded');
  }
  let key: Buffer;
  try {
    key = nodeCrypto().scryptSync(pw, s, dklen, { N: n, r, p, maxmem: needed + 1024 });
  } catch {
    throw valueError('[digital envelope routines] memory limit exceeded');
  }
  return new PyBytes(new Uint8Array(key));
};
