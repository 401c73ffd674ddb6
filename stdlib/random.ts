// The random module: random.Random over vm/format/mersenne.ts, and the module functions bound to one shared instance.
//
// Argument handling and messages follow Lib/random.py 3.11 (its methods are Python
// functions, so their errors read "Random.randint() missing 1 required positional
// argument: 'b'"); the generator itself is bit-for-bit CPython's MT19937.

import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { PyFloat, floatType } from '../vm/objects/float.js';
import { PyList } from '../vm/objects/list.js';
import { PyTuple, newTuple } from '../vm/objects/tuple.js';
import { PyBytes, PyByteArray } from '../vm/objects/bytes.js';
import { PyRange } from '../vm/objects/range.js';
import { PyDict } from '../vm/objects/dict.js';
import { PyBuiltinFunction, defMethod, KwArgs, NativeFn } from '../vm/objects/function.js';
import { makeNativeType, PyType } from '../vm/objects/type.js';
import { None } from '../vm/objects/singletons.js';
import { DeprecationWarning, PyBaseException, TypeError as TypeErrorType, typeError, valueError, indexError, overflowError, zeroDivisionError } from '../vm/objects/exceptions.js';
import { typeOf } from '../vm/ops/typeof.js';
import { index, len } from '../vm/ops/convert.js';
import { getItem, setItem, toArray } from '../vm/ops/sequence.js';
import { binaryOp, BinOp } from '../vm/ops/arith.js';
import { pyHash } from '../vm/ops/hash.js';
import { MersenneTwister, RandomDraws } from '../vm/format/mersenne.js';
import { drawsFor } from './random_subclass.js';
import { bind } from './random_args.js';
import { initSystemRandom } from './random_system.js';
import {
  shiftScale, normalvariateGeneric, triangularGeneric, expovariateGeneric, vonmisesGeneric, gammavariateGeneric,
  betavariateGeneric, paretovariateGeneric, weibullvariateGeneric,
} from './random_generic.js';
import { getAttr } from '../vm/ops/attribute.js';
import { call } from '../vm/ops/call.js';
import { floatMod } from '../vm/format/bigint_math.js';
import { toDouble } from './math.js';
import * as libm from './math_libm.js';
import { warnFromNative } from '../vm/native_warn.js';
import { toIntValue } from '../vm/methods/int.js';
import { pyEq } from '../vm/ops/compare.js';
import { importModule } from '../vm/import.js';
import { isInstance } from './builtins.js';
import type { ModuleInit, VM } from '../vm/vm.js';

type Int = number | bigint;

export const randomType = makeNativeType('Random', undefined, { module: 'random', instanceDict: true, allocate: (cls) => new PyRandom(cls) });

/** A random.Random instance: one Mersenne Twister state. */
export class PyRandom extends PyObj {
  readonly mt: MersenneTwister;
  /** gauss() makes normal deviates in pairs; the second waits here (Random.gauss_next). */
  gaussNext: number | null = null;
  constructor(cls: PyType = randomType, seed?: number) {
    super(cls);
    this.mt = new MersenneTwister(seed);
  }
}

function self(args: PyObject[], qualname: string): MersenneTwister {
  return inst(args, qualname).mt;
}

/** What the methods of random.py draw with: the instance's generator, or its class's own random()/getrandbits(). */
function draws(vm: VM, args: PyObject[], qualname: string): RandomDraws {
  const r = inst(args, qualname);
  return drawsFor(vm, r, r.cls, randomType, r.mt);
}

function inst(args: PyObject[], qualname: string): PyRandom {
  const s = args[0];
  if (!(s instanceof PyRandom)) throw typeError(`descriptor '${qualname}' requires a 'random.Random' object`);
  return s;
}

const float = (x: number) => new PyFloat(x);

/** An int, bool or exact float: arithmetic on it needs no operator lookup. */
const isPlainReal = (o: PyObject): boolean =>
  typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean' || (o instanceof PyFloat && o.cls === floatType);
/** Arguments the float formulas take as they are: ints up to 2**53, bools and exact floats (others: random_generic.ts). */
const isFloatable = (o: PyObject | undefined): boolean =>
  o === undefined || typeof o === 'number' || typeof o === 'boolean' || (o instanceof PyFloat && o.cls === floatType);
const isNoneOrMissing = (o: PyObject | undefined) => o === undefined || o === None;

/**
 * An argument of randrange() as an int. Like random.py's fallback, a non-index is passed through
 * int() and kept only when it equals the original (2.0, Decimal('3')), with 3.11's
 * DeprecationWarning when the program called randrange() itself (`warn`); through randint()
 * CPython attributes the warning to random.py, where the default filters hide it.
 */
function rangeIndex(vm: VM, o: PyObject, what: string, warn: boolean): Int {
  try {
    return index(vm, o);
  } catch (e) {
    if (!(e instanceof PyBaseException && e.cls.isSubtypeOf(TypeErrorType))) throw e;
    const i = toIntValue(vm, o);
    if (!pyEq(vm, i, o)) {
      if (warn) warnFromNative(vm, DeprecationWarning, 'randrange() will raise TypeError in the future');
      throw valueError(`non-integer ${what} for randrange()`);
    }
    if (warn) {
      warnFromNative(vm, DeprecationWarning, 'non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version');
    }
    return i;
  }
}

/** Whether `o` is a collections.abc.Sequence of a built-in kind (sample() accepts only those). */
function isSequence(o: PyObject): boolean {
  return typeof o === 'string' || o instanceof PyList || o instanceof PyTuple || o instanceof PyRange || o instanceof PyBytes || o instanceof PyByteArray;
}

/** isinstance(o, collections.abc.Sequence), random.py's test, for what isSequence does not know. */
function isAbcSequence(vm: VM, o: PyObject): boolean {
  const abc = importModule(vm, 'collections.abc', importModule(vm, 'collections', null));
  const sequence = getAttr(vm, abc, 'Sequence');
  return isInstance(vm, o, sequence);
}

// ---------------------------------------------------------------- methods

const methods: [string, NativeFn][] = [
  ['__init__', (vm, args, kwargs) => {
    const [x] = bind('Random.__init__', args, kwargs, ['x'], 0);
    const r = inst(args, '__init__');
    // Random.__init__ calls self.seed(x), which a subclass (SystemRandom) may override.
    if (r.cls.lookup('seed') !== randomType.typeDict.get('seed')) call(vm, getAttr(vm, r, 'seed'), x === undefined ? [None] : [x]);
    else seed(vm, r, x, 2);
    r.gaussNext = null;
    return None;
  }],
  ['seed', (vm, args, kwargs) => {
    const [a, version] = bind('Random.seed', args, kwargs, ['a', 'version'], 0);
    seed(vm, inst(args, 'seed'), a, version === undefined ? 2 : Number(index(vm, version)));
    return None;
  }],
  ['random', (vm, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) throw typeError('Random.random() takes no keyword arguments');
    if (args.length !== 1) throw typeError(`Random.random() takes no arguments (${args.length - 1} given)`);
    return float(self(args, 'random').random());
  }],
  ['getrandbits', (vm, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) throw typeError('Random.getrandbits() takes no keyword arguments');
    if (args.length !== 2) throw typeError(`Random.getrandbits() takes exactly one argument (${args.length - 1} given)`);
    const k = index(vm, args[1]);
    if (k < 0) throw valueError('number of bits must be non-negative');
    if (typeof k === 'bigint') throw overflowError('Python int too large to convert to C int');
    return self(args, 'getrandbits').getrandbits(k);
  }],
  ['randbytes', (vm, args, kwargs) => {
    const [n] = bind('Random.randbytes', args, kwargs, ['n'], 1);
    const k = Number(index(vm, n!));
    if (k < 0) throw valueError('number of bits must be non-negative');
    return new PyBytes(draws(vm, args, 'randbytes').randbytes(k));
  }],
  ['randrange', (vm, args, kwargs) => {
    const [start, stop, step] = bind('Random.randrange', args, kwargs, ['start', 'stop', 'step'], 1);
    const mt = draws(vm, args, 'randrange');
    const istart = rangeIndex(vm, start!, 'arg 1', true);
    if (isNoneOrMissing(stop)) {
      // "step is not _ONE": any step other than an omitted or literal 1.
      if (step !== undefined && step !== 1) throw typeError('Missing a non-None stop argument');
      return mt.randrange(istart);
    }
    const istop = rangeIndex(vm, stop!, 'stop', true);
    const istep = step === undefined ? 1 : rangeIndex(vm, step, 'step', true);
    return mt.randrange(istart, istop, istep);
  }],
  ['randint', (vm, args, kwargs) => {
    const [a, b] = bind('Random.randint', args, kwargs, ['a', 'b'], 2);
    const mt = draws(vm, args, 'randint');
    const ia = rangeIndex(vm, a!, 'arg 1', false);
    const ib = rangeIndex(vm, binaryOp(vm, b!, 1, BinOp.ADD), 'stop', false);
    return mt.randrange(ia, ib);
  }],
  ['choice', (vm, args, kwargs) => {
    const [seq] = bind('Random.choice', args, kwargs, ['seq'], 1);
    const mt = draws(vm, args, 'choice');
    const n = len(vm, seq!);
    if (n === 0) throw indexError('Cannot choose from an empty sequence');
    return getItem(vm, seq!, mt.randbelow(n));
  }],
  ['shuffle', (vm, args, kwargs) => {
    const [x] = bind('Random.shuffle', args, kwargs, ['x'], 1);
    const mt = draws(vm, args, 'shuffle');
    if (x instanceof PyList && !x.cls.isHeapType) {
      mt.shuffle(x.items);
      return None;
    }
    for (let i = len(vm, x!) - 1; i > 0; i--) {
      const j = mt.randbelow(i + 1) as number;
      const xi = getItem(vm, x!, i);
      const xj = getItem(vm, x!, j);
      setItem(vm, x!, i, xj);
      setItem(vm, x!, j, xi);
    }
    return None;
  }],
  ['sample', (vm, args, kwargs) => {
    const [population, k, counts] = bind('Random.sample', args, kwargs, ['population', 'k'], 2, ['counts']);
    const mt = draws(vm, args, 'sample');
    if (!isSequence(population!) && !isAbcSequence(vm, population!)) throw typeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
    const n = len(vm, population!);
    const kk = index(vm, k!);
    // With counts, the sample is drawn from range(total of counts), so k is checked against that.
    const checkK = (size: number | bigint) => {
      if (typeof kk === 'bigint' || kk < 0 || kk > size) throw valueError('Sample larger than population or is negative');
    };
    if (!isNoneOrMissing(counts)) {
      const cum: PyObject[] = [];
      let acc: PyObject | undefined;
      for (const c of toArray(vm, counts!)) {
        acc = acc === undefined ? c : binaryOp(vm, acc, c, BinOp.ADD);
        cum.push(acc);
      }
      if (cum.length !== n) throw valueError('The number of counts does not match the population');
      if (cum.length === 0) throw indexError('pop from empty list');
      const total = cum.pop()!;
      if (typeof total !== 'number' && typeof total !== 'bigint' && typeof total !== 'boolean') throw typeError('Counts must be integers');
      const t = index(vm, total);
      if (t <= 0) throw valueError('Total of counts must be greater than zero');
      checkK(t);
      const bounds = cum.map((c) => Number(index(vm, c)));
      return new PyList(mt.sampleIndices(t, kk as number).map((s) => getItem(vm, population!, bisectRight(bounds, Number(s), 0, bounds.length))));
    }
    checkK(n);
    return new PyList(mt.sampleIndices(n, kk as number).map((i) => getItem(vm, population!, i)));
  }],
  ['choices', (vm, args, kwargs) => {
    const [population, weights, cumWeights, kObj] = bind('Random.choices', args, kwargs, ['population', 'weights'], 1, ['cum_weights', 'k']);
    const mt = draws(vm, args, 'choices');
    const n = len(vm, population!);
    const k = kObj === undefined ? 1 : Number(index(vm, kObj));
    const out: PyObject[] = [];
    let cum: number[];
    if (isNoneOrMissing(cumWeights)) {
      if (isNoneOrMissing(weights)) {
        for (let i = 0; i < k; i++) out.push(getItem(vm, population!, Math.floor(mt.random() * n)));
        return new PyList(out);
      }
      let ws: PyObject[];
      try {
        ws = toArray(vm, weights!);
      } catch (e) {
        if (e instanceof PyBaseException && e.cls.isSubtypeOf(TypeErrorType) && (typeof weights === 'number' || typeof weights === 'bigint')) {
          throw typeError(`The number of choices must be a keyword argument: k=${weights}`);
        }
        throw e;
      }
      cum = accumulate(vm, ws);
    } else {
      if (!isNoneOrMissing(weights)) throw typeError('Cannot specify both weights and cumulative weights');
      cum = toArray(vm, cumWeights!).map((w) => toDouble(vm, w));
    }
    if (cum.length !== n) throw valueError('The number of weights does not match the population');
    // random.py reads cum_weights[-1]: an empty population has no total.
    if (n === 0) throw indexError('list index out of range');
    const total = cum[n - 1] + 0.0;
    if (total <= 0.0) throw valueError('Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw valueError('Total of weights must be finite');
    for (let i = 0; i < k; i++) out.push(getItem(vm, population!, bisectRight(cum, mt.random() * total, 0, n - 1)));
    return new PyList(out);
  }],
  ['uniform', (vm, args, kwargs) => {
    const [a, b] = bind('Random.uniform', args, kwargs, ['a', 'b'], 2);
    const mt = draws(vm, args, 'uniform');
    if (isPlainReal(a!) && isPlainReal(b!)) {
      const x = toDouble(vm, a!);
      return float(x + (toDouble(vm, b!) - x) * mt.random());
    }
    // Other operands go through random.py's `a + (b - a) * self.random()` with their own
    // operators: Fractions give a float, Decimals and strings fail as in CPython (before the draw).
    const span = binaryOp(vm, b!, a!, BinOp.SUB);
    return binaryOp(vm, a!, binaryOp(vm, span, float(mt.random()), BinOp.MUL), BinOp.ADD);
  }],
  ['triangular', (vm, args, kwargs) => {
    const [low, high, mode] = bind('Random.triangular', args, kwargs, ['low', 'high', 'mode'], 0);
    const mt = draws(vm, args, 'triangular');
    if (!isFloatable(low) || !isFloatable(high) || !(isNoneOrMissing(mode) || isFloatable(mode))) {
      return triangularGeneric(vm, mt, low ?? float(0.0), high ?? float(1.0), isNoneOrMissing(mode) ? null : mode!);
    }
    if (!isNoneOrMissing(mode) && low !== undefined && high !== undefined && toDouble(vm, high) - toDouble(vm, low) === 0) {
      // (mode - low) / (high - low) divides by zero: CPython returns low itself, after drawing.
      mt.random();
      return low;
    }
    return float(mt.triangular(low === undefined ? 0.0 : toDouble(vm, low), high === undefined ? 1.0 : toDouble(vm, high),
      isNoneOrMissing(mode) ? null : toDouble(vm, mode!)));
  }],
  ['gauss', (vm, args, kwargs) => {
    const [mu, sigma] = bind('Random.gauss', args, kwargs, ['mu', 'sigma'], 0);
    const r = inst(args, 'gauss');
    const m = mu === undefined || !isFloatable(mu) ? 0.0 : toDouble(vm, mu);
    const sg = sigma === undefined || !isFloatable(sigma) ? 1.0 : toDouble(vm, sigma);
    let z = r.gaussNext;
    r.gaussNext = null;
    if (z === null) {
      const d = draws(vm, args, 'gauss');
      const x2pi = d.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * libm.log(1.0 - d.random()));
      z = libm.cos(x2pi) * g2rad;
      r.gaussNext = libm.sin(x2pi) * g2rad;
    }
    if (!isFloatable(mu) || !isFloatable(sigma)) return shiftScale(vm, z, mu ?? float(0.0), sigma ?? float(1.0));
    return float(m + z * sg);
  }],
  ['normalvariate', (vm, args, kwargs) => {
    const [mu, sigma] = bind('Random.normalvariate', args, kwargs, ['mu', 'sigma'], 0);
    if (!isFloatable(mu) || !isFloatable(sigma)) return normalvariateGeneric(vm, draws(vm, args, 'normalvariate'), mu ?? float(0.0), sigma ?? float(1.0));
    return float(normalvariate(draws(vm, args, 'normalvariate'), mu === undefined ? 0.0 : toDouble(vm, mu), sigma === undefined ? 1.0 : toDouble(vm, sigma)));
  }],
  ['lognormvariate', (vm, args, kwargs) => {
    const [mu, sigma] = bind('Random.lognormvariate', args, kwargs, ['mu', 'sigma'], 2);
    if (!isFloatable(mu) || !isFloatable(sigma)) return float(libm.exp(toDouble(vm, normalvariateGeneric(vm, draws(vm, args, 'lognormvariate'), mu!, sigma!))));
    return float(libm.exp(normalvariate(draws(vm, args, 'lognormvariate'), toDouble(vm, mu!), toDouble(vm, sigma!))));
  }],
  ['expovariate', (vm, args, kwargs) => {
    const [lambd] = bind('Random.expovariate', args, kwargs, ['lambd'], 1);
    if (!isFloatable(lambd)) return expovariateGeneric(vm, draws(vm, args, 'expovariate'), lambd!);
    const l = toDouble(vm, lambd!);
    const r = -libm.log(1.0 - draws(vm, args, 'expovariate').random());
    if (l === 0) throw zeroDivisionError('float division by zero');
    return float(r / l);
  }],
  ['vonmisesvariate', (vm, args, kwargs) => {
    const [mu, kappa] = bind('Random.vonmisesvariate', args, kwargs, ['mu', 'kappa'], 2);
    if (!isFloatable(mu) || !isFloatable(kappa)) return vonmisesGeneric(vm, draws(vm, args, 'vonmisesvariate'), mu!, kappa!);
    return float(vonmises(draws(vm, args, 'vonmisesvariate'), toDouble(vm, mu!), toDouble(vm, kappa!)));
  }],
  ['gammavariate', (vm, args, kwargs) => {
    const [alpha, beta] = bind('Random.gammavariate', args, kwargs, ['alpha', 'beta'], 2);
    if (!isFloatable(alpha) || !isFloatable(beta)) return gammavariateGeneric(vm, draws(vm, args, 'gammavariate'), alpha!, beta!);
    return float(gammavariate(draws(vm, args, 'gammavariate'), toDouble(vm, alpha!), toDouble(vm, beta!)));
  }],
  ['betavariate', (vm, args, kwargs) => {
    const [alpha, beta] = bind('Random.betavariate', args, kwargs, ['alpha', 'beta'], 2);
    const mt = draws(vm, args, 'betavariate');
    if (!isFloatable(alpha) || !isFloatable(beta)) return betavariateGeneric(vm, mt, alpha!, beta!);
    const y = gammavariate(mt, toDouble(vm, alpha!), 1.0);
    if (y === 0) return float(0.0);
    return float(y / (y + gammavariate(mt, toDouble(vm, beta!), 1.0)));
  }],
  ['paretovariate', (vm, args, kwargs) => {
    const [alpha] = bind('Random.paretovariate', args, kwargs, ['alpha'], 1);
    if (!isFloatable(alpha)) return paretovariateGeneric(vm, draws(vm, args, 'paretovariate'), alpha!);
    const u = 1.0 - draws(vm, args, 'paretovariate').random();
    return float(libm.pow(u, -1.0 / toDouble(vm, alpha!)));
  }],
  ['weibullvariate', (vm, args, kwargs) => {
    const [alpha, beta] = bind('Random.weibullvariate', args, kwargs, ['alpha', 'beta'], 2);
    if (!isFloatable(alpha) || !isFloatable(beta)) return weibullvariateGeneric(vm, draws(vm, args, 'weibullvariate'), alpha!, beta!);
    const u = 1.0 - draws(vm, args, 'weibullvariate').random();
    return float(toDouble(vm, alpha!) * libm.pow(-libm.log(u), 1.0 / toDouble(vm, beta!)));
  }],
  ['getstate', (vm, args, kwargs) => {
    bind('Random.getstate', args, kwargs, [], 0);
    const r = inst(args, 'getstate');
    const st = r.mt.getState();
    return newTuple([st.version, newTuple(st.internal), r.gaussNext === null ? None : float(r.gaussNext)]);
  }],
  // Pickling and copying go through getstate/setstate, so SystemRandom (no state) refuses them.
  ['__getstate__', (vm, args, kwargs) => {
    bind('Random.__getstate__', args, kwargs, [], 0);
    return call(vm, getAttr(vm, args[0], 'getstate'), []);
  }],
  ['__setstate__', (vm, args, kwargs) => {
    const [state] = bind('Random.__setstate__', args, kwargs, ['state'], 1);
    return call(vm, getAttr(vm, args[0], 'setstate'), [state!]);
  }],
  ['__reduce__', (vm, args, kwargs) => {
    bind('Random.__reduce__', args, kwargs, [], 0);
    return newTuple([typeOf(args[0]), newTuple([]), call(vm, getAttr(vm, args[0], 'getstate'), [])]);
  }],
  ['setstate', (vm, args, kwargs) => {
    const [state] = bind('Random.setstate', args, kwargs, ['state'], 1);
    const items = toArray(vm, state!);
    if (items.length === 0) throw valueError('not enough values to unpack (expected at least 1, got 0)');
    const version = items[0];
    if (version !== 3 && version !== 2) {
      throw valueError(`state with version ${typeof version === 'object' ? typeOf(version).name : String(version)} passed to Random.setstate() of version 3`);
    }
    if (items.length !== 3) {
      throw valueError(`${items.length < 3 ? 'not enough' : 'too many'} values to unpack (expected 3${items.length < 3 ? `, got ${items.length}` : ''})`);
    }
    const internal = items[1];
    if (!(internal instanceof PyTuple)) throw typeError('state vector must be a tuple');
    const words = internal.items.map((w) => {
      let n = index(vm, w);
      // Version 2 states (Python 2.4 to 3.1 pickles) may hold words as signed C longs:
      // random.py takes each modulo 2**32.
      if (version === 2) n = Number(((BigInt(n) % 0x100000000n) + 0x100000000n) % 0x100000000n);
      // PyLong_AsUnsignedLong's checks (a 64-bit unsigned long), then the cast to 32 bits.
      if (n < 0) throw overflowError("can't convert negative value to unsigned int");
      if (BigInt(n) > 0xffffffffffffffffn) throw overflowError('Python int too large to convert to C unsigned long');
      return Number(BigInt(n) & 0xffffffffn);
    });
    const g = items[2];
    const r = inst(args, 'setstate');
    r.mt.setState(words, null);
    r.gaussNext = g === None ? null : toDouble(vm, g);
    return None;
  }],
];


function bisectRight(a: ArrayLike<number>, x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** itertools.accumulate over the weights (exact for ints), each total then as a float. */
function accumulate(vm: VM, ws: PyObject[]): number[] {
  const out: number[] = [];
  let acc: PyObject | undefined;
  for (const w of ws) {
    acc = acc === undefined ? w : binaryOp(vm, acc, w, BinOp.ADD);
    out.push(toDouble(vm, acc));
  }
  return out;
}

/** Random.seed(a, version) of random.py 3.11: None, int, float, str, bytes and bytearray. */
function seed(vm: VM, r: PyRandom, a: PyObject | undefined, version: number): void {
  const mt = r.mt;
  if (a === undefined || a === None) mt.seed(null);
  else if (typeof a === 'number' || typeof a === 'bigint' || typeof a === 'boolean') mt.seed(a);
  else if (typeof a === 'string') mt.seed(a, version === 1 ? 1 : 2);
  else if (a instanceof PyBytes) mt.seed(a.data, version === 1 ? 1 : 2);
  else if (a instanceof PyByteArray) {
    if (version === 2) mt.seed(a.data, 2);
    else mt.seedHash(pyHash(vm, a));
  } else if (a instanceof PyFloat) mt.seedHash(pyHash(vm, a));
  else throw typeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
  r.gaussNext = null;
}

const NV_MAGICCONST = (4 * Math.exp(-0.5)) / Math.sqrt(2.0);
const LOG4 = Math.log(4.0);
const SG_MAGICCONST = 1.0 + Math.log(4.5);
export const TWOPI = 2.0 * Math.PI;

export function normalvariate(mt: RandomDraws, mu: number, sigma: number): number {
  let z: number;
  for (;;) {
    const u1 = mt.random();
    const u2 = 1.0 - mt.random();
    z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    const zz = (z * z) / 4.0;
    if (zz <= -libm.log(u2)) break;
  }
  return mu + z * sigma;
}

function vonmises(mt: RandomDraws, mu: number, kappa: number): number {
  if (kappa <= 1e-6) return TWOPI * mt.random();
  const s = 0.5 / kappa;
  const r = s + Math.sqrt(1.0 + s * s);
  let z: number;
  for (;;) {
    const u1 = mt.random();
    z = libm.cos(Math.PI * u1);
    const d = z / (r + z);
    const u2 = mt.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * libm.exp(d)) break;
  }
  const q = 1.0 / r;
  const f = (q + z) / (1.0 + q * z);
  const u3 = mt.random();
  return floatMod(u3 > 0.5 ? mu + libm.acos(f) : mu - libm.acos(f), TWOPI);
}

export function gammavariate(mt: RandomDraws, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) throw valueError('gammavariate: alpha and beta must be > 0.0');
  if (alpha > 1.0) {
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = mt.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - mt.random();
      const v = libm.log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * libm.exp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= libm.log(z)) return x * beta;
    }
  }
  if (alpha === 1.0) return -libm.log(1.0 - mt.random()) * beta;
  let x: number;
  for (;;) {
    const u = mt.random();
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    if (p <= 1.0) x = libm.pow(p, 1.0 / alpha);
    else x = -libm.log((b - p) / alpha);
    const u1 = mt.random();
    if (p > 1.0) {
      if (u1 <= libm.pow(x, alpha - 1.0)) break;
    } else if (u1 <= libm.exp(-x)) break;
  }
  return x * beta;
}

// ---------------------------------------------------------------- the module

for (const [name, fn] of methods) defMethod(randomType, name, fn);

/** The module functions: methods of one hidden Random instance (random._inst), as in random.py. */
const MODULE_FUNCTIONS = ['seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange', 'sample', 'shuffle',
  'choices', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'gauss',
  'betavariate', 'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits', 'randbytes'];

export const init_random: ModuleInit = (vm, m) => {
  const d: PyDict = m.dict;
  d.setStr('__doc__', 'Random variable generators.');
  d.setStr('Random', randomType);
  initSystemRandom(d, randomType);
  const inst = new PyRandom(randomType);
  d.setStr('_inst', inst);
  for (const name of MODULE_FUNCTIONS) {
    const fn = methods.find(([n]) => n === name)![1];
    d.setStr(name, new PyBuiltinFunction(name, fn, null, inst));
  }
  d.setStr('NV_MAGICCONST', float(NV_MAGICCONST));
  d.setStr('TWOPI', float(TWOPI));
  d.setStr('LOG4', float(LOG4));
  d.setStr('SG_MAGICCONST', float(SG_MAGICCONST));
  d.setStr('BPF', 53);
  d.setStr('RECIP_BPF', float(2 ** -53));
  // random.py's __all__ (sorted as CPython lists it): what `from random import *` gives.
  d.setStr('__all__', new PyList(['Random', 'SystemRandom', ...MODULE_FUNCTIONS].sort()));
};
