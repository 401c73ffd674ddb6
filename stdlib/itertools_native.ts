// The native `_itertools` module: itertools' combinatoric iterators product, permutations,
// combinations and combinations_with_replacement (Modules/itertoolsmodule.c), and the
// one-pass iterators of itertools_lazy.ts.
//
// Native so that each item costs one tuple, not a generator resume and an index loop in tpy
// code, and so that their types are `itertools.product` etc. as in CPython. stdlib/lib/itertools.py
// re-exports them.

import type { PyObject } from '../vm/objects/object.js';
import { PyType, makeNativeType } from '../vm/objects/type.js';
import { KwArgs, NativeFn } from '../vm/objects/function.js';
import { newTuple } from '../vm/objects/tuple.js';
import { newException, MemoryError, overflowError, typeError, valueError } from '../vm/objects/exceptions.js';
import { PyNativeIterator } from '../vm/objects/iterators.js';
import { intType } from '../vm/objects/int.js';
import { None } from '../vm/objects/singletons.js';
import { typeOf } from '../vm/ops/typeof.js';
import { index } from '../vm/ops/convert.js';
import { toArray } from '../vm/ops/sequence.js';
import { ssizeArg } from '../vm/methods/list.js';
import { parseArgs } from '../vm/methods/args.js';
import { defNew } from '../vm/methods/object.js';
import { countType, cycleType, filterfalseType, installInfiniteTypes, repeatType } from './itertools_infinite.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { defNativeIterator } from '../vm/methods/iterators.js';
import {
  accumulateType, chainType, clsArg, compressType, dropwhileType, installLazyTypes, isliceType, pairwiseType, starmapType,
  takewhileType, zipLongestType,
} from './itertools_lazy.js';

const productType = makeNativeType('itertools.product', undefined, { allocate: null });
const permutationsType = makeNativeType('itertools.permutations', undefined, { allocate: null });
const combinationsType = makeNativeType('itertools.combinations', undefined, { allocate: null });
const cwrType = makeNativeType('itertools.combinations_with_replacement', undefined, { allocate: null });

/**
 * An iterator whose items are tuples of a fixed length: `advance` moves `current` to the next
 * item's values (false at the end), and next() or nextPair() hands them out.
 */
abstract class PyTupleStepper extends PyNativeIterator {
  /** The values of the item last produced (filled by the first advance). */
  protected current: PyObject[] = [];
  protected started = false;
  protected stopped = false;

  /** The first item's values into `current`, false when there is none. */
  protected abstract first(): boolean;
  /** The next item's values into `current`, false at the end. */
  protected abstract step(): boolean;

  private advance(): boolean {
    if (this.stopped) return false;
    const ok = this.started ? this.step() : ((this.started = true), this.first());
    if (!ok) this.stopped = true;
    return ok;
  }

  next(_vm: VM): PyObject | undefined {
    return this.advance() ? newTuple(this.current.slice()) : undefined;
  }

  override nextPair(_vm: VM, out: PyObject[]): boolean | null {
    return this.nextPairPlain(out);
  }

  override nextPairPlain(out: PyObject[]): boolean | null {
    // The length is fixed when the iterator is made: decided before advancing.
    if (this.width() !== 2) return null;
    if (!this.advance()) return false;
    out[0] = this.current[0];
    out[1] = this.current[1];
    return true;
  }

  /** The length of every item. */
  protected abstract width(): number;
}

/** product(*pools): the odometer over the pools' indices, the last one turning fastest. */
class PyProduct extends PyTupleStepper {
  private readonly indices: number[];
  constructor(cls: PyType, private readonly pools: PyObject[][]) {
    super(cls);
    this.indices = new Array<number>(pools.length).fill(0);
  }
  protected width(): number {
    return this.pools.length;
  }
  protected first(): boolean {
    for (const p of this.pools) if (p.length === 0) return false;
    this.current = this.pools.map((p) => p[0]);
    return true;
  }
  protected step(): boolean {
    const { pools, indices, current } = this;
    for (let i = pools.length - 1; i >= 0; i--) {
      const pool = pools[i];
      const k = indices[i] + 1;
      if (k < pool.length) {
        indices[i] = k;
        current[i] = pool[k];
        return true;
      }
      indices[i] = 0;
      current[i] = pool[0];
    }
    return false;
  }
}

/**
 * permutations(pool, r): index tuples in lexicographic order, kept as the documented
 * "cycles" scheme: `cycles[i]` counts the choices left for position i before it rotates back.
 */
class PyPermutations extends PyTupleStepper {
  private readonly indices: number[];
  private readonly cycles: number[];
  constructor(cls: PyType, private readonly pool: PyObject[], private readonly r: number) {
    super(cls);
    const n = pool.length;
    this.indices = Array.from({ length: n }, (_, i) => i);
    this.cycles = r > n ? [] : Array.from({ length: r }, (_, i) => n - i);
  }
  protected width(): number {
    return this.r;
  }
  protected first(): boolean {
    if (this.r > this.pool.length) return false;
    this.current = this.indices.slice(0, this.r).map((i) => this.pool[i]);
    return true;
  }
  protected step(): boolean {
    const { pool, indices, cycles, r } = this;
    const n = pool.length;
    if (n === 0) return false;
    for (let i = r - 1; i >= 0; i--) {
      if (--cycles[i] === 0) {
        // Rotate indices[i:] left by one, and restart this position's count.
        const moved = indices[i];
        for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1];
        indices[n - 1] = moved;
        cycles[i] = n - i;
      } else {
        const j = n - cycles[i];
        const t = indices[i];
        indices[i] = indices[j];
        indices[j] = t;
        const current = this.current;
        for (let p = i; p < r; p++) current[p] = pool[indices[p]];
        return true;
      }
    }
    return false;
  }
}

/** combinations(pool, r): increasing index tuples in lexicographic order. */
class PyCombinations extends PyTupleStepper {
  private readonly indices: number[];
  constructor(cls: PyType, private readonly pool: PyObject[], private readonly r: number) {
    super(cls);
    this.indices = Array.from({ length: r }, (_, i) => i);
  }
  protected width(): number {
    return this.r;
  }
  protected first(): boolean {
    if (this.r > this.pool.length) return false;
    this.current = this.indices.map((i) => this.pool[i]);
    return true;
  }
  protected step(): boolean {
    const { pool, indices, r, current } = this;
    const n = pool.length;
    // The rightmost index not yet at its ceiling (n - r + i) moves up; those after it follow it.
    let i = r - 1;
    while (i >= 0 && indices[i] === n - r + i) i--;
    if (i < 0) return false;
    indices[i]++;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    for (let j = i; j < r; j++) current[j] = pool[indices[j]];
    return true;
  }
}

/** combinations_with_replacement(pool, r): non-decreasing index tuples in lexicographic order. */
class PyCombinationsWithReplacement extends PyTupleStepper {
  private readonly indices: number[];
  constructor(cls: PyType, private readonly pool: PyObject[], private readonly r: number) {
    super(cls);
    this.indices = new Array<number>(r).fill(0);
  }
  protected width(): number {
    return this.r;
  }
  protected first(): boolean {
    if (this.pool.length === 0 && this.r > 0) return false;
    this.current = this.indices.map((i) => this.pool[i]);
    return true;
  }
  protected step(): boolean {
    const { pool, indices, r, current } = this;
    const n = pool.length;
    // The rightmost index below n - 1 moves up; every index after it takes the same value.
    let i = r - 1;
    while (i >= 0 && indices[i] === n - 1) i--;
    if (i < 0) return false;
    const v = indices[i] + 1;
    const item = pool[v];
    for (let j = i; j < r; j++) {
      indices[j] = v;
      current[j] = item;
    }
    return true;
  }
}

/** A non-negative r as combinations() takes it (any __index__, ssize_t-sized). */
function rArg(vm: VM, o: PyObject): number {
  const r = ssizeArg(vm, o);
  if (r < 0) throw valueError('r must be non-negative');
  return r;
}

/** The most pools CPython allots product's index array (PY_SSIZE_T_MAX / sizeof(Py_ssize_t)). */
const PRODUCT_MAX_POOLS = 2n ** 60n - 1n;
/** The most pools tpy will hold (a JS array's length). */
const JS_MAX_POOLS = 2n ** 32n - 1n;

/** product's repeat= as a bigint, exact up to ssize_t (CPython's "n" conversion). */
function repeatArg(vm: VM, o: PyObject): bigint {
  const n = BigInt(index(vm, o));
  if (n < -(2n ** 63n) || n >= 2n ** 63n) throw overflowError('Python int too large to convert to C ssize_t');
  if (n < 0n) throw valueError('repeat argument cannot be negative');
  return n;
}

const newProduct: NativeFn = (vm, args, kwargs: KwArgs | null) => {
  const cls = clsArg(args, productType);
  let bigRepeat = 1n;
  if (kwargs !== null && kwargs.size > 0) {
    if (kwargs.size > 1) throw typeError(`product() takes at most 1 keyword argument (${kwargs.size} given)`);
    const [[k, v]] = kwargs;
    if (k !== 'repeat') throw typeError(`'${k}' is an invalid keyword argument for product()`);
    bigRepeat = repeatArg(vm, v);
  }
  // With repeat=0 the iterables are not even read.
  const nargs = bigRepeat === 0n ? 0 : args.length - 1;
  const npools = BigInt(nargs) * bigRepeat;
  if (npools > PRODUCT_MAX_POOLS) throw overflowError('repeat argument too large');
  if (npools > JS_MAX_POOLS) throw newException(MemoryError);
  const repeat = Number(bigRepeat);
  const given: PyObject[][] = [];
  for (let i = 1; i <= nargs; i++) given.push(toArray(vm, args[i]));
  const pools: PyObject[][] = [];
  for (let k = 0; k < repeat && nargs > 0; k++) pools.push(...given);
  return new PyProduct(cls, pools);
};

const newPermutations: NativeFn = (vm, args, kwargs) => {
  const cls = clsArg(args, permutationsType);
  const [iterable, robj] = parseArgs('permutations', args, kwargs, { names: ['iterable', 'r'], required: 1 });
  const pool = toArray(vm, iterable!);
  let r = pool.length;
  if (robj !== undefined && robj !== None) {
    // Only an int will do here, not any __index__ (CPython checks PyLong_Check).
    const isInt = typeof robj === 'number' || typeof robj === 'bigint' || typeof robj === 'boolean' || typeOf(robj).isSubtypeOf(intType);
    if (!isInt) throw typeError('Expected int as r');
    r = rArg(vm, robj);
  }
  return new PyPermutations(cls, pool, r);
};

/** __new__ of combinations and combinations_with_replacement: r is converted before the iterable is read. */
function newCombinationsOf(t: PyType, name: string, make: (cls: PyType, pool: PyObject[], r: number) => PyObject): NativeFn {
  return (vm, args, kwargs) => {
    const cls = clsArg(args, t);
    const [iterable, robj] = parseArgs(name, args, kwargs, { names: ['iterable', 'r'], required: 2 });
    const r = rArg(vm, robj!);
    return make(cls, toArray(vm, iterable!), r);
  };
}

const DOCS: [PyType, string][] = [
  [productType, 'product(*iterables, repeat=1) --> product object\n\nCartesian product of input iterables.'],
  [permutationsType, 'Return successive r-length permutations of elements in the iterable.'],
  [combinationsType, 'Return successive r-length combinations of elements in the iterable.'],
  [cwrType, 'Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.'],
];

let installed = false;

function installTypes(): void {
  defNew(productType, newProduct);
  defNew(permutationsType, newPermutations);
  defNew(combinationsType, newCombinationsOf(combinationsType, 'combinations', (cls, pool, r) => new PyCombinations(cls, pool, r)));
  defNew(cwrType, newCombinationsOf(cwrType, 'combinations_with_replacement', (cls, pool, r) => new PyCombinationsWithReplacement(cls, pool, r)));
  for (const [t, doc] of DOCS) {
    defNativeIterator(t, doc);
  }
}

export const init__itertools: ModuleInit = (_vm, m) => {
  if (!installed) {
    installed = true;
    installTypes();
    installLazyTypes();
  }
  const d = m.dict;
  d.setStr('product', productType);
  d.setStr('permutations', permutationsType);
  d.setStr('combinations', combinationsType);
  d.setStr('combinations_with_replacement', cwrType);
  for (const t of [chainType, pairwiseType, starmapType, compressType, takewhileType, dropwhileType, zipLongestType, accumulateType, isliceType]) {
    d.setStr(t.name, t);
  }
  installInfiniteTypes();
  for (const t of [countType, cycleType, repeatType, filterfalseType]) d.setStr(t.name, t);
};
