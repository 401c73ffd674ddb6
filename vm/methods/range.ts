// range's and slice's methods (Objects/rangeobject.c, Objects/sliceobject.c).

import type { PyObject } from '../objects/object.js';
import { PyRange, PySlice, rangeType, sliceType } from '../objects/range.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { defMethod, defGetter } from '../objects/function.js';
import { valueError, indexError, overflowError } from '../objects/exceptions.js';
import { PyRangeIterator } from '../objects/iterators.js';
import { newTuple } from '../objects/tuple.js';
import { tupleHash64, hashToInt } from '../objects/set.js';
import { typeName } from '../ops/typeof.js';
import { repr, index } from '../ops/convert.js';
import { pyEq } from '../ops/compare.js';
import { getIter, iterNext, sliceIndices } from '../ops/sequence.js';
import { Cmp } from '../opcodes.js';
import { checkArgCount, noKwargs, oneArg } from './args.js';
import { newClsArg, subscriptIndex, compareItems, wrapperCheck } from './list.js';
import { defNew } from './object.js';
import type { VM } from '../vm.js';

function rangeArg(vm: VM, o: PyObject): number {
  const n = index(vm, o);
  // DIVERGENCE: range bounds are limited to the safe-integer range (CPython allows any int).
  if (typeof n === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
  return n;
}

function self(args: PyObject[]): PyRange {
  return args[0] as PyRange;
}

/** The range's element at position i (0 <= i < length). */
function item(r: PyRange, i: number): number {
  return r.start + i * r.step;
}

/** range_contains_long: whether int n is one of the range's values. */
function containsInt(r: PyRange, n: number | bigint): boolean {
  if (typeof n === 'bigint') return false;
  const { start, stop, step } = r;
  if (step > 0 ? !(n >= start && n < stop) : !(n <= start && n > stop)) return false;
  return (n - start) % step === 0;
}

function isIntLike(o: PyObject): o is number | bigint | boolean {
  return typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean';
}

function intOf(o: number | bigint | boolean): number | bigint {
  return typeof o === 'boolean' ? (o ? 1 : 0) : o;
}

function rangeReversed(r: PyRange): PyRange {
  const n = r.length;
  if (n === 0) return new PyRange(0, 0, 1);
  const last = item(r, n - 1);
  return new PyRange(last, r.start - r.step, -r.step);
}

function rangeRepr(r: PyRange): string {
  return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
}

function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  const n = a.length;
  if (n !== b.length) return false;
  if (n === 0) return true;
  if (a.start !== b.start) return false;
  if (n === 1) return true;
  return a.step === b.step;
}

export function installRangeMethods(): void {
  const t = rangeType;
  defNew(t, (vm, args, kwargs) => {
    newClsArg(args, t);
    noKwargs('range', kwargs);
    checkArgCount('range', args, 1, 3, 1);
    if (args.length === 2) return new PyRange(0, rangeArg(vm, args[1]), 1);
    const start = rangeArg(vm, args[1]);
    const stop = rangeArg(vm, args[2]);
    const step = args.length > 3 ? rangeArg(vm, args[3]) : 1;
    if (step === 0) throw valueError('range() arg 3 must not be zero');
    return new PyRange(start, stop, step);
  });
  defMethod(t, '__repr__', (_vm, args) => rangeRepr(self(args)));
  defMethod(t, '__len__', (_vm, args) => self(args).length);
  defMethod(t, '__bool__', (_vm, args) => self(args).length !== 0);
  defMethod(t, '__iter__', (_vm, args) => new PyRangeIterator(self(args)));
  defMethod(t, '__reversed__', (_vm, args) => new PyRangeIterator(rangeReversed(self(args))));
  defMethod(t, '__getitem__', (vm, args, kwargs) => {
    const key = oneArg('range.__getitem__', args, kwargs);
    const r = self(args);
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceIndices(vm, key, r.length);
      return new PyRange(item(r, start), item(r, stop), r.step * step);
    }
    let i: number;
    try {
      i = typeof key === 'number' ? key : subscriptIndex(vm, key, 'range');
    } catch (e) {
      throw e;
    }
    const n = r.length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw indexError('range object index out of range');
    return item(r, i);
  });
  defMethod(t, '__contains__', (vm, args, kwargs) => {
    const x = oneArg('range.__contains__', args, kwargs);
    const r = self(args);
    if (isIntLike(x)) return containsInt(r, intOf(x));
    const it = getIter(vm, r);
    for (let v = iterNext(vm, it); v !== undefined; v = iterNext(vm, it)) if (pyEq(vm, v, x)) return true;
    return false;
  });
  const eq = (negate: boolean) => (_vm: VM, args: PyObject[]): PyObject => {
    const other = args[1];
    if (!(other instanceof PyRange)) return NotImplemented;
    return rangeEquals(self(args), other) !== negate;
  };
  defMethod(t, '__eq__', eq(false));
  defMethod(t, '__ne__', eq(true));
  for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) defMethod(t, name, () => NotImplemented);
  defMethod(t, '__hash__', (vm, args) => {
    const r = self(args);
    const n = r.length;
    const parts: PyObject[] = n === 0 ? [0, None, None] : n === 1 ? [1, r.start, None] : [n, r.start, r.step];
    return hashToInt(tupleHash64(vm, parts));
  });
  defMethod(t, 'count', (vm, args, kwargs) => {
    const x = oneArg('range.count', args, kwargs);
    const r = self(args);
    if (isIntLike(x)) return containsInt(r, intOf(x)) ? 1 : 0;
    let n = 0;
    const it = getIter(vm, r);
    for (let v = iterNext(vm, it); v !== undefined; v = iterNext(vm, it)) if (pyEq(vm, v, x)) n++;
    return n;
  });
  defMethod(t, 'index', (vm, args, kwargs) => {
    const x = oneArg('range.index', args, kwargs);
    const r = self(args);
    if (isIntLike(x)) {
      const n = intOf(x);
      if (containsInt(r, n)) return ((n as number) - r.start) / r.step;
      throw valueError(`${repr(vm, x)} is not in range`);
    }
    let i = 0;
    const it = getIter(vm, r);
    for (let v = iterNext(vm, it); v !== undefined; v = iterNext(vm, it), i++) if (pyEq(vm, v, x)) return i;
    throw valueError('sequence.index(x): x not in sequence');
  });
  defMethod(t, '__reduce__', (_vm, args) => {
    const r = self(args);
    return newTuple([rangeType, newTuple([r.start, r.stop, r.step])]);
  });
  defGetter(t, 'start', (_vm, o) => (o as PyRange).start);
  defGetter(t, 'stop', (_vm, o) => (o as PyRange).stop);
  defGetter(t, 'step', (_vm, o) => (o as PyRange).step);

  installSliceMethods();
}

function sliceSelf(args: PyObject[]): PySlice {
  return args[0] as PySlice;
}

function sliceParts(s: PySlice): PyObject[] {
  return [s.start, s.stop, s.step];
}

function installSliceMethods(): void {
  const t = sliceType;
  defNew(t, (_vm, args, kwargs) => {
    newClsArg(args, t);
    noKwargs('slice', kwargs);
    checkArgCount('slice', args, 1, 3, 1);
    if (args.length === 2) return new PySlice(None, args[1], None);
    return new PySlice(args[1], args[2], args.length > 3 ? args[3] : None);
  });
  defMethod(t, '__repr__', (vm, args) => {
    const s = sliceSelf(args);
    return `slice(${repr(vm, s.start)}, ${repr(vm, s.stop)}, ${repr(vm, s.step)})`;
  });
  t.setAttr('__hash__', None);
  const ops: [string, Cmp][] = [['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ], ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE]];
  for (const [name, op] of ops) {
    defMethod(t, name, (vm, args, kwargs) => {
      wrapperCheck(args, 1, kwargs, `slice.${name}`);
      const b = args[1];
      if (!(b instanceof PySlice)) return NotImplemented;
      return compareItems(vm, sliceParts(sliceSelf(args)), sliceParts(b), op);
    });
  }
  defMethod(t, 'indices', (vm, args, kwargs) => {
    const lenArg = oneArg('slice.indices', args, kwargs);
    const n = index(vm, lenArg, () => `'${typeName(lenArg)}' object cannot be interpreted as an integer`);
    if (n < 0) throw valueError('length should not be negative');
    // DIVERGENCE: lengths beyond the safe-integer range are clamped.
    const length = typeof n === 'bigint' ? Number.MAX_SAFE_INTEGER : n;
    const [start, stop, step] = sliceIndices(vm, sliceSelf(args), length);
    return newTuple([start, stop, step]);
  });
  defMethod(t, '__reduce__', (_vm, args) => newTuple([sliceType, newTuple(sliceParts(sliceSelf(args)))]));
  defGetter(t, 'start', (_vm, o) => (o as PySlice).start);
  defGetter(t, 'stop', (_vm, o) => (o as PySlice).stop);
  defGetter(t, 'step', (_vm, o) => (o as PySlice).step);
}
