// random.SystemRandom: a random.Random subclass drawing from the operating system's entropy (os.urandom), with no state to seed or save.

import { nodeCrypto } from './node_lazy.js';
import { PyFloat } from '../vm/objects/float.js';
import { PyBytes } from '../vm/objects/bytes.js';
import type { PyDict } from '../vm/objects/dict.js';
import { defMethod, NativeFn } from '../vm/objects/function.js';
import { makeNativeType, PyType } from '../vm/objects/type.js';
import { None } from '../vm/objects/singletons.js';
import { notImplementedError, valueError } from '../vm/objects/exceptions.js';
import { normInt } from '../vm/objects/int.js';
import { index } from '../vm/ops/convert.js';
import { bind } from './random_args.js';

/** The bytes as one unsigned big-endian int (int.from_bytes(b)). */
function fromBytes(b: Uint8Array): number | bigint {
  return normInt(b.length === 0 ? 0n : BigInt('0x' + Buffer.from(b).toString('hex')));
}

const noState: NativeFn = () => {
  throw notImplementedError('System entropy source does not have state.');
};

const methods: [string, NativeFn][] = [
  ['random', (vm, args, kwargs) => {
    bind('SystemRandom.random', args, kwargs, [], 0);
    // 56 random bits, the top 53 of them as the fraction.
    return new PyFloat(Number(BigInt(fromBytes(nodeCrypto().randomBytes(7))) >> 3n) * 2 ** -53);
  }],
  ['getrandbits', (vm, args, kwargs) => {
    const [kObj] = bind('SystemRandom.getrandbits', args, kwargs, ['k'], 1);
    const k = index(vm, kObj!);
    if (k < 0) throw valueError('number of bits must be non-negative');
    const numbytes = Math.floor((Number(k) + 7) / 8);
    return normInt(BigInt(fromBytes(nodeCrypto().randomBytes(numbytes))) >> BigInt(numbytes * 8 - Number(k)));
  }],
  ['randbytes', (vm, args, kwargs) => {
    const [nObj] = bind('SystemRandom.randbytes', args, kwargs, ['n'], 1);
    const n = index(vm, nObj!);
    if (n < 0) throw valueError('negative argument not allowed');
    return new PyBytes(new Uint8Array(nodeCrypto().randomBytes(Number(n))));
  }],
  // seed(*args, **kwds): nothing to seed.
  ['seed', () => None],
  ['getstate', noState],
  ['setstate', noState],
];

/** Adds SystemRandom, a subclass of `base` (random.Random), to the random module's dict. */
export function initSystemRandom(d: PyDict, base: PyType): void {
  const t = makeNativeType('SystemRandom', base, { module: 'random', instanceDict: true });
  t.typeDict.set('__doc__', 'Random numbers from the operating system\'s entropy source (os.urandom).');
  for (const [name, fn] of methods) defMethod(t, name, fn);
  d.setStr('SystemRandom', t);
}
