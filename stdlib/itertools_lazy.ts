// itertools' one-pass iterators as native types, part of the `_itertools` module: chain
// (and chain.from_iterable), pairwise, starmap, compress, takewhile, dropwhile, zip_longest,
// accumulate and islice (Modules/itertoolsmodule.c).
//
// Native so that each item costs one call, not a generator resume, and so that their types
// are `itertools.chain` etc. as in CPython.

import type { PyObject } from '../vm/objects/object.js';
import { PyType, makeNativeType } from '../vm/objects/type.js';
import { NativeFn } from '../vm/objects/function.js';
import { newTuple, PyTuple } from '../vm/objects/tuple.js';
import { typeError, valueError, PyBaseException } from '../vm/objects/exceptions.js';
import { PyNativeIterator } from '../vm/objects/iterators.js';
import { None } from '../vm/objects/singletons.js';
import { typeName } from '../vm/ops/typeof.js';
import { index, truthy } from '../vm/ops/convert.js';
import { call } from '../vm/ops/call.js';
import { getIter, iterNext, toArray } from '../vm/ops/sequence.js';
import { binaryOp, BinOp } from '../vm/ops/arith.js';
import { checkArgCount, noKwargs, noKwargsUnlessOwnInit, oneArg, parseArgs } from '../vm/methods/args.js';
import { defClassMethod, defNew } from '../vm/methods/object.js';
import { defClassGetItem } from '../vm/methods/list.js';
import type { VM } from '../vm/vm.js';
import { defNativeIterator } from '../vm/methods/iterators.js';

export const chainType = makeNativeType('itertools.chain', undefined, { allocate: null });
export const pairwiseType = makeNativeType('itertools.pairwise', undefined, { allocate: null });
export const starmapType = makeNativeType('itertools.starmap', undefined, { allocate: null });
export const compressType = makeNativeType('itertools.compress', undefined, { allocate: null });
export const takewhileType = makeNativeType('itertools.takewhile', undefined, { allocate: null });
export const dropwhileType = makeNativeType('itertools.dropwhile', undefined, { allocate: null });
export const zipLongestType = makeNativeType('itertools.zip_longest', undefined, { allocate: null });
export const accumulateType = makeNativeType('itertools.accumulate', undefined, { allocate: null });
export const isliceType = makeNativeType('itertools.islice', undefined, { allocate: null });

/** chain: the items of each iterable in turn; `source` yields the iterables, iter() taken as each is reached. */
class PyChain extends PyNativeIterator {
  private active: PyObject | null = null;
  constructor(cls: PyType, private source: PyObject | null) {
    super(cls);
  }
  next(vm: VM): PyObject | undefined {
    for (;;) {
      if (this.active === null) {
        if (this.source === null) return undefined;
        const iterable = iterNext(vm, this.source);
        if (iterable === undefined) {
          this.source = null;
          return undefined;
        }
        this.active = getIter(vm, iterable);
      }
      const v = iterNext(vm, this.active);
      if (v !== undefined) return v;
      this.active = null;
    }
  }
}

/** pairwise: (a, b), (b, c), ... from one iterator, each item read once. */
class PyPairwise extends PyNativeIterator {
  private old: PyObject | undefined = undefined;
  constructor(cls: PyType, private it: PyObject | null) {
    super(cls);
  }
  next(vm: VM): PyObject | undefined {
    const it = this.it;
    if (it === null) return undefined;
    if (this.old === undefined) {
      this.old = iterNext(vm, it);
      if (this.old === undefined) return this.finish();
    }
    const v = iterNext(vm, it);
    if (v === undefined) return this.finish();
    const pair = newTuple([this.old, v]);
    this.old = v;
    return pair;
  }
  private finish(): undefined {
    this.it = null;
    this.old = undefined;
    return undefined;
  }
}

/** starmap: function(*item) for each item. */
class PyStarmap extends PyNativeIterator {
  constructor(cls: PyType, private readonly func: PyObject, private readonly it: PyObject) {
    super(cls);
  }
  next(vm: VM): PyObject | undefined {
    const item = iterNext(vm, this.it);
    if (item === undefined) return undefined;
    // Any iterable item will do, as tuple(item).
    const args = item instanceof PyTuple && !item.cls.isHeapType ? item.items : toArray(vm, item);
    return call(vm, this.func, args);
  }
}

/** compress: the data items whose selector is true, until either runs out (data read first). */
class PyCompress extends PyNativeIterator {
  constructor(cls: PyType, private readonly data: PyObject, private readonly selectors: PyObject) {
    super(cls);
  }
  next(vm: VM): PyObject | undefined {
    for (;;) {
      const d = iterNext(vm, this.data);
      if (d === undefined) return undefined;
      const s = iterNext(vm, this.selectors);
      if (s === undefined) return undefined;
      if (truthy(vm, s)) return d;
    }
  }
}

/** takewhile: items while predicate(item) is true; the first false one is consumed and ends it. */
class PyTakewhile extends PyNativeIterator {
  private stopped = false;
  constructor(cls: PyType, private readonly pred: PyObject, private readonly it: PyObject) {
    super(cls);
  }
  next(vm: VM): PyObject | undefined {
    if (this.stopped) return undefined;
    const v = iterNext(vm, this.it);
    if (v === undefined) return undefined;
    if (truthy(vm, call(vm, this.pred, [v]))) return v;
    this.stopped = true;
    return undefined;
  }
}

/** dropwhile: skips items while predicate(item) is true, then yields the rest unchecked. */
class PyDropwhile extends PyNativeIterator {
  private started = false;
  constructor(cls: PyType, private readonly pred: PyObject, private readonly it: PyObject) {
    super(cls);
  }
  next(vm: VM): PyObject | undefined {
    for (;;) {
      const v = iterNext(vm, this.it);
      if (v === undefined) return undefined;
      if (this.started) return v;
      if (!truthy(vm, call(vm, this.pred, [v]))) {
        this.started = true;
        return v;
      }
    }
  }
}

/** zip_longest: a tuple of one item per iterator, fillvalue for those exhausted, until all are. */
class PyZipLongest extends PyNativeIterator {
  private active: number;
  constructor(cls: PyType, private readonly iters: (PyObject | null)[], private readonly fill: PyObject) {
    super(cls);
    this.active = iters.length;
  }
  next(vm: VM): PyObject | undefined {
    const iters = this.iters;
    if (iters.length === 0 || this.active === 0) return undefined;
    const out: PyObject[] = new Array(iters.length);
    for (let i = 0; i < iters.length; i++) {
      const it = iters[i];
      let v = it === null ? undefined : iterNext(vm, it);
      if (v === undefined) {
        if (it !== null) {
          if (--this.active === 0) return undefined;
          iters[i] = null;
        }
        v = this.fill;
      }
      out[i] = v;
    }
    return newTuple(out);
  }
}

/** accumulate: running totals (func(total, item), or total + item), starting from initial if given. */
class PyAccumulate extends PyNativeIterator {
  private total: PyObject | undefined = undefined;
  constructor(cls: PyType, private readonly it: PyObject, private readonly func: PyObject, private initial: PyObject) {
    super(cls);
  }
  next(vm: VM): PyObject | undefined {
    if (this.initial !== None) {
      this.total = this.initial;
      this.initial = None;
      return this.total;
    }
    const v = iterNext(vm, this.it);
    if (v === undefined) return undefined;
    const total = this.total;
    if (total === undefined) this.total = v;
    else this.total = this.func === None ? binaryOp(vm, total, v, BinOp.ADD) : call(vm, this.func, [total, v]);
    return this.total;
  }
}

/** islice: the items at start, start+step, ... below stop (-1: no stop) of one iterator, read one at a time. */
class PyIslice extends PyNativeIterator {
  /** How many items have been read; the index of the next one to hand out. */
  private count = 0;
  private nextIndex: number;
  constructor(cls: PyType, private it: PyObject | null, start: number, private readonly stop: number, private readonly step: number) {
    super(cls);
    this.nextIndex = start;
  }
  next(vm: VM): PyObject | undefined {
    const it = this.it;
    if (it === null) return undefined;
    // The items before the next index are read and dropped, even when stop comes first.
    while (this.count < this.nextIndex) {
      if (iterNext(vm, it) === undefined) return this.finish();
      this.count++;
    }
    const stop = this.stop;
    if (stop !== -1 && this.count >= stop) return this.finish();
    const v = iterNext(vm, it);
    if (v === undefined) return this.finish();
    this.count++;
    const next = this.nextIndex + this.step;
    // Past stop (or past a ssize_t) the next call reads up to stop and ends.
    this.nextIndex = next > SSIZE_MAX || (stop !== -1 && next > stop) ? stop : next;
    return v;
  }
  private finish(): undefined {
    this.it = null;
    return undefined;
  }
}

const SSIZE_MAX = 2 ** 63 - 1;

/** An islice() argument as a ssize_t, or null when it is not an integer or does not fit (CPython's -1 with an error). */
function islicePart(vm: VM, o: PyObject): number | null {
  let n: number | bigint;
  try {
    n = index(vm, o);
  } catch (e) {
    if (e instanceof PyBaseException) return null;
    throw e;
  }
  if (typeof n === 'bigint') return n >= -(2n ** 63n) && n < 2n ** 63n ? Number(n) : null;
  return n;
}

const STOP_MESSAGE = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
const INDICES_MESSAGE = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
const STEP_MESSAGE = 'Step for islice() must be a positive integer or None.';

const newIslice: NativeFn = (vm, args, kwargs) => {
  const cls = clsArg(args, isliceType);
  noKwargsUnlessOwnInit('islice', cls, isliceType, kwargs);
  checkArgCount('islice', args, 2, 4);
  const a = args.slice(1);
  const [startArg, stopArg, stepArg] = a.length === 2 ? [None, a[1], None] : [a[1], a[2], a[3] ?? None];
  let stop = -1;
  if (stopArg !== None) {
    const n = islicePart(vm, stopArg);
    // -1 stands for "no stop", so a stop of -1 is refused here; other negatives below.
    if (n === null || n === -1) throw valueError(STOP_MESSAGE);
    stop = n;
  }
  let start = 0;
  if (startArg !== None) {
    const n = islicePart(vm, startArg);
    if (n === null) throw valueError(INDICES_MESSAGE);
    start = n;
  }
  if (start < 0 || stop < -1) throw valueError(INDICES_MESSAGE);
  let step = 1;
  if (stepArg !== None) {
    const n = islicePart(vm, stepArg);
    if (n === null || n <= 0) throw valueError(STEP_MESSAGE);
    step = n;
  }
  return new PyIslice(cls, getIter(vm, a[0]), start, stop, step);
};

/** The class argument of a __new__, with the messages CPython's tp_new checks give (tp_name). */
export function clsArg(args: PyObject[], t: PyType): PyType {
  if (args.length === 0) throw typeError(`${t.tpName}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`${t.tpName}.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtypeOf(t)) throw typeError(`${t.tpName}.__new__(${cls.tpName}): ${cls.tpName} is not a subtype of ${t.tpName}`);
  return cls;
}

/**
 * __new__ taking exactly `n` positional arguments, none by keyword (for the type itself; a
 * subclass may take keywords for its __init__), with CPython's messages.
 */
function positionalNew(t: PyType, name: string, n: number, make: (vm: VM, cls: PyType, a: PyObject[]) => PyObject): NativeFn {
  return (vm, args, kwargs) => {
    const cls = clsArg(args, t);
    noKwargsUnlessOwnInit(name, cls, t, kwargs);
    checkArgCount(name, args, n, n);
    return make(vm, cls, args.slice(1));
  };
}

const DOCS: [PyType, string][] = [
  [chainType, 'Return a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.'],
  [pairwiseType, 'Return an iterator of overlapping pairs taken from the input iterator.'],
  [starmapType, 'Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.'],
  [compressType, 'Return data elements corresponding to true selector elements.'],
  [takewhileType, 'Return successive entries from an iterable as long as the predicate evaluates to true for each entry.'],
  [dropwhileType, 'Drop items from the iterable while predicate(item) is true.'],
  [zipLongestType, 'zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object'],
  [accumulateType, 'Return series of accumulated sums (or other binary function results).'],
  [isliceType, 'islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object'],
];

let installed = false;

export function installLazyTypes(): void {
  if (installed) return;
  installed = true;
  for (const [t, doc] of DOCS) {
    defNativeIterator(t, doc);
  }

  defNew(chainType, (vm, args, kwargs) => {
    const cls = clsArg(args, chainType);
    noKwargsUnlessOwnInit('chain', cls, chainType, kwargs);
    return new PyChain(cls, getIter(vm, newTuple(args.slice(1))));
  });
  defClassMethod(chainType, 'from_iterable', (vm, args, kwargs) => {
    const iterable = oneArg('chain.from_iterable', args, kwargs);
    return new PyChain(args[0] as PyType, getIter(vm, iterable));
  });
  defClassGetItem(chainType);

  defNew(pairwiseType, positionalNew(pairwiseType, 'pairwise', 1, (vm, cls, a) => new PyPairwise(cls, getIter(vm, a[0]))));
  defNew(starmapType, positionalNew(starmapType, 'starmap', 2, (vm, cls, a) => new PyStarmap(cls, a[0], getIter(vm, a[1]))));
  defNew(takewhileType, positionalNew(takewhileType, 'takewhile', 2, (vm, cls, a) => new PyTakewhile(cls, a[0], getIter(vm, a[1]))));
  defNew(dropwhileType, positionalNew(dropwhileType, 'dropwhile', 2, (vm, cls, a) => new PyDropwhile(cls, a[0], getIter(vm, a[1]))));

  defNew(compressType, (vm, args, kwargs) => {
    const cls = clsArg(args, compressType);
    const [data, selectors] = parseArgs('compress', args, kwargs, { names: ['data', 'selectors'], required: 2 });
    const d = getIter(vm, data!);
    return new PyCompress(cls, d, getIter(vm, selectors!));
  });

  defNew(zipLongestType, (vm, args, kwargs) => {
    const cls = clsArg(args, zipLongestType);
    let fill: PyObject = None;
    if (kwargs !== null && kwargs.size > 0) {
      const v = kwargs.get('fillvalue');
      if (v === undefined || kwargs.size > 1) throw typeError('zip_longest() got an unexpected keyword argument');
      fill = v;
    }
    const iters = args.slice(1).map((a) => getIter(vm, a));
    return new PyZipLongest(cls, iters, fill);
  });

  defNew(isliceType, newIslice);

  defNew(accumulateType, (vm, args, kwargs) => {
    const cls = clsArg(args, accumulateType);
    const [iterable, func, initial] = parseArgs('accumulate', args, kwargs, { names: ['iterable', 'func', 'initial'], required: 1, kwOnly: 1 });
    const it = getIter(vm, iterable!);
    return new PyAccumulate(cls, it, func ?? None, initial ?? None);
  });
}
