// The draws of a random.Random subclass that defines random(), getrandbits() or _randbelow() itself.
//
// random.py's methods (choice, shuffle, uniform, gauss...) draw through self.random() and
// self._randbelow(), and Random.__init_subclass__ picks _randbelow by the first of
// _randbelow, getrandbits or random a class along the MRO defines. A subclass that
// overrides them (SystemRandom, a test's fixed-value generator) changes every method.

import type { PyObject, PyObj } from '../vm/objects/object.js';
import type { PyType } from '../vm/objects/type.js';
import { UserWarning } from '../vm/objects/exceptions.js';
import { getAttr } from '../vm/ops/attribute.js';
import { call } from '../vm/ops/call.js';
import { index } from '../vm/ops/convert.js';
import { RandomDraws, type MersenneTwister } from '../vm/format/mersenne.js';
import { floatToInt } from '../vm/format/bigint_math.js';
import { toDouble } from './math.js';
import { warnFromNative } from '../vm/native_warn.js';
import type { VM } from '../vm/vm.js';

type Int = number | bigint;

/** How _randbelow(n) draws: with getrandbits, with random() alone, or by calling the class's own _randbelow. */
enum Below { GETRANDBITS, RANDOM, METHOD }

const BPF = 53;

/** random() and getrandbits() through the instance's methods where its class overrides them. */
class MethodDraws extends RandomDraws {
  constructor(
    private readonly vm: VM,
    private readonly owner: PyObject,
    private readonly mt: MersenneTwister,
    private readonly ownRandom: boolean,
    private readonly ownBits: boolean,
    private readonly below: Below,
  ) {
    super();
  }

  random(): number {
    if (!this.ownRandom) return this.mt.random();
    return toDouble(this.vm, call(this.vm, getAttr(this.vm, this.owner, 'random'), []));
  }

  getrandbits(k: number): Int {
    if (!this.ownBits) return this.mt.getrandbits(k);
    return index(this.vm, call(this.vm, getAttr(this.vm, this.owner, 'getrandbits'), [k]));
  }

  override randbelow(n: Int): Int {
    if (this.below === Below.GETRANDBITS) return super.randbelow(n);
    if (this.below === Below.METHOD) return index(this.vm, call(this.vm, getAttr(this.vm, this.owner, '_randbelow'), [n]));
    // _randbelow_without_getrandbits: 53-bit floats, rejecting the top sliver that would bias `% n`.
    const maxsize = 2 ** BPF;
    if (n >= maxsize) {
      warnFromNative(this.vm, UserWarning, 'Underlying random() generator does not supply \n'
        + 'enough bits to choose from a population range this large.\n'
        + 'To remove the range limitation, add a getrandbits() method.');
      return floatToInt(Math.floor(this.random() * Number(n)));
    }
    const m = Number(n);
    const limit = (maxsize - (maxsize % m)) / maxsize;
    let r = this.random();
    while (r >= limit) r = this.random();
    return Math.floor(r * maxsize) % m;
  }

  override randbytes(n: number): Uint8Array {
    return this.ownBits ? super.randbytes(n) : this.mt.randbytes(n);
  }
}

/**
 * What an instance of `cls` (a subclass of `base`, random.Random) draws with: its own
 * Mersenne Twister `mt` when the class overrides none of the primitives, else MethodDraws.
 */
export function drawsFor(vm: VM, owner: PyObject, cls: PyType, base: PyType, mt: MersenneTwister): RandomDraws {
  // random.py reads self.random, so an instance attribute (`r.random = fixed.pop`) counts too.
  const dict = (owner as PyObj).dict;
  if (cls === base && (dict === null || dict.size === 0)) return mt;
  const inDict = (name: string) => dict !== null && dict.getStr(name) !== undefined;
  const ownRandom = inDict('random') || cls.lookup('random') !== base.typeDict.get('random');
  const ownBits = inDict('getrandbits') || cls.lookup('getrandbits') !== base.typeDict.get('getrandbits');
  let below = inDict('_randbelow') ? Below.METHOD : Below.GETRANDBITS;
  for (const c of below === Below.METHOD ? [] : cls.mro) {
    if (c === base) break;
    if (c.typeDict.has('_randbelow')) {
      below = Below.METHOD;
      break;
    }
    if (c.typeDict.has('getrandbits')) break;
    if (c.typeDict.has('random')) {
      below = Below.RANDOM;
      break;
    }
  }
  if (!ownRandom && !ownBits && below === Below.GETRANDBITS) return mt;
  return new MethodDraws(vm, owner, mt, ownRandom, ownBits, below);
}
