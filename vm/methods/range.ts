// range's and slice's methods (Objects/rangeobject.c, Objects/sliceobject.c).

import type { PyObject } from '../objects/object.js';
import { PyObj } from '../objects/object.js';
import { makeNativeType } from '../objects/type.js';
import { normInt } from '../objects/int.js';
import { PyNativeIterator } from './iterators.js';
import { PyRange, PySlice, rangeType, sliceType } from '../objects/range.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { defMethod, defGetter } from '../objects/function.js';
import { valueError, indexError, overflowError, stopIteration } from '../objects/exceptions.js';
import { PyRangeIterator } from '../objects/iterators.js';
import { newTuple } from '../objects/tuple.js';
import { tupleHash64, hashToInt } from '../objects/set.js';
import { typeName } from '../ops/typeof.js';
import { repr, index } from '../ops/convert.js';
import { pyEq } from '../ops/compare.js';
import { getIter, iterNext } from '../ops/sequence.js';
import { Cmp } from '../opcodes.js';
import { checkArgCount, noArgs, noKwargs, oneArg } from './args.js';
import { newClsArg, compareItems, wrapperCheck } from './list.js';
import { defNew } from './object.js';
import type { VM } from '../vm.js';
import { recursionError } from '../errors.js';
import { defReadonlyMember } from '../objects/slots.js';

/** A range whose bounds leave the safe-integer range: kept as bigints (CPython's longrange). */
export class PyLongRange extends PyObj {
  readonly length: bigint;
  constructor(readonly start: bigint, readonly stop: bigint, readonly step: bigint) {
    super(rangeType);
    this.length = bigLength(start, stop, step);
  }
}

export const longRangeIteratorType = makeNativeType('longrange_iterator', undefined, { final: true });

export class PyLongRangeIterator extends PyNativeIterator {
  index = 0n;
  constructor(readonly range: BigRange) {
    super(longRangeIteratorType);
  }
  next(): PyObject | undefined {
    if (this.index >= this.range.length) return undefined;
    return normInt(this.range.start + this.range.step * this.index++);
  }
}

type AnyRange = PyRange | PyLongRange;

interface BigRange {
  start: bigint;
  stop: bigint;
  step: bigint;
  length: bigint;
}

function bigLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

function big(r: AnyRange): BigRange {
  if (r instanceof PyLongRange) return r;
  return { start: BigInt(r.start), stop: BigInt(r.stop), step: BigInt(r.step), length: BigInt(r.length) };
}

function isSafe(v: bigint): boolean {
  return v >= -9007199254740991n && v <= 9007199254740991n;
}

/** A range object for bigint bounds: the compact PyRange when everything is a safe integer. */
function makeRange(start: bigint, stop: bigint, step: bigint): AnyRange {
  if (isSafe(start) && isSafe(stop) && isSafe(step) && isSafe(stop - start)) return new PyRange(Number(start), Number(stop), Number(step));
  return new PyLongRange(start, stop, step);
}

function rangeArg(vm: VM, o: PyObject): bigint {
  return BigInt(index(vm, o));
}

function self(args: PyObject[]): AnyRange {
  return args[0] as AnyRange;
}

/** range_contains_long: whether int n is one of the range's values. */
function containsInt(r: AnyRange, n: number | bigint): boolean {
  if (r instanceof PyRange && typeof n === 'number') {
    const { start, stop, step } = r;
    if (step > 0 ? !(n >= start && n < stop) : !(n <= start && n > stop)) return false;
    return (n - start) % step === 0;
  }
  const b = big(r);
  const v = BigInt(n);
  if (b.step > 0n ? !(v >= b.start && v < b.stop) : !(v <= b.start && v > b.stop)) return false;
  return (v - b.start) % b.step === 0n;
}

function isIntLike(o: PyObject): o is number | bigint | boolean {
  return typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean';
}

function intOf(o: number | bigint | boolean): number | bigint {
  return typeof o === 'boolean' ? (o ? 1 : 0) : o;
}

function rangeReversed(r: AnyRange): AnyRange {
  const b = big(r);
  if (b.length === 0n) return new PyRange(0, 0, 1);
  const last = b.start + (b.length - 1n) * b.step;
  return makeRange(last, b.start - b.step, -b.step);
}

function rangeRepr(r: AnyRange): string {
  return r.step === 1 || r.step === 1n ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
}

function rangeEquals(x: AnyRange, y: AnyRange): boolean {
  if (x === y) return true;
  const a = big(x);
  const b = big(y);
  if (a.length !== b.length) return false;
  if (a.length === 0n) return true;
  if (a.start !== b.start) return false;
  if (a.length === 1n) return true;
  return a.step === b.step;
}

/** _PySlice_GetLongIndices over a bigint length: [start, stop, step]. */
function longSliceIndices(vm: VM, s: PySlice, length: bigint): [bigint, bigint, bigint] {
  const msg = () => 'slice indices must be integers or None or have an __index__ method';
  let step = 1n;
  if (s.step !== None) {
    step = BigInt(index(vm, s.step, msg));
    if (step === 0n) throw valueError('slice step cannot be zero');
  }
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? length - 1n : length;
  const clamp = (v: PyObject, dflt: bigint): bigint => {
    if (v === None) return dflt;
    let n = BigInt(index(vm, v, msg));
    if (n < 0n) {
      n += length;
      if (n < lower) n = lower;
    } else if (n > upper) n = upper;
    return n;
  };
  return [clamp(s.start, step < 0n ? upper : lower), clamp(s.stop, step < 0n ? lower : upper), step];
}

let installed = false;

/**
 * CPython's range() computes its length with PyObject_RichCompare (step > 0, lo < hi), whose
 * recursion check fails at the limit: range(n) there raises "... in comparison".
 */
function lengthComparisons(vm: VM): void {
  if (vm.depth >= vm.recursionLimit) throw recursionError(' in comparison');
}

export function installRangeMethods(): void {
  if (installed) return;
  installed = true;
  const t = rangeType;
  defNew(t, (vm, args, kwargs) => {
    newClsArg(args, t);
    noKwargs('range', kwargs);
    checkArgCount('range', args, 1, 3, 1);
    lengthComparisons(vm);
    if (args.length === 2) {
      const stop = args[1];
      if (typeof stop === 'number') return new PyRange(0, stop, 1);
      return makeRange(0n, rangeArg(vm, stop), 1n);
    }
    if (args.length === 3 && typeof args[1] === 'number' && typeof args[2] === 'number' && Number.isSafeInteger(args[2] - args[1])) {
      return new PyRange(args[1], args[2], 1);
    }
    const start = rangeArg(vm, args[1]);
    const stop = rangeArg(vm, args[2]);
    const step = args.length > 3 ? rangeArg(vm, args[3]) : 1n;
    if (step === 0n) throw valueError('range() arg 3 must not be zero');
    return makeRange(start, stop, step);
  });
  // range(n) and range(a, b) without the type call's __new__ lookup and argument array
  // (callFixed: compiled code's class calls): what the __new__ above makes of them.
  t.call1 = (vm, stop) => {
    lengthComparisons(vm);
    return typeof stop === 'number' ? new PyRange(0, stop, 1) : makeRange(0n, rangeArg(vm, stop), 1n);
  };
  t.call2 = (vm, start, stop) => {
    lengthComparisons(vm);
    return typeof start === 'number' && typeof stop === 'number' && Number.isSafeInteger(stop - start)
      ? new PyRange(start, stop, 1)
      : makeRange(rangeArg(vm, start), rangeArg(vm, stop), 1n);
  };
  defMethod(t, '__repr__', (_vm, args) => rangeRepr(self(args)));
  defMethod(t, '__len__', (_vm, args) => {
    const r = self(args);
    if (r instanceof PyRange) return r.length;
    if (r.length > 9223372036854775807n) throw overflowError('Python int too large to convert to C ssize_t');
    return normInt(r.length);
  });
  defMethod(t, '__bool__', (_vm, args) => {
    const r = self(args);
    return r instanceof PyRange ? r.length !== 0 : r.length !== 0n;
  });
  defMethod(t, '__iter__', (_vm, args) => {
    const r = self(args);
    return r instanceof PyRange ? new PyRangeIterator(r) : new PyLongRangeIterator(r);
  });
  defMethod(t, '__reversed__', (_vm, args) => {
    const r = rangeReversed(self(args));
    return r instanceof PyRange ? new PyRangeIterator(r) : new PyLongRangeIterator(r);
  });
  defMethod(t, '__getitem__', (vm, args, kwargs) => {
    const key = oneArg('range.__getitem__', args, kwargs);
    const r = self(args);
    if (key instanceof PySlice) {
      const b = big(r);
      const [start, stop, step] = longSliceIndices(vm, key, b.length);
      return makeRange(b.start + start * b.step, b.start + stop * b.step, b.step * step);
    }
    if (r instanceof PyRange && typeof key === 'number') {
      const n = r.length;
      const i = key < 0 ? key + n : key;
      if (i < 0 || i >= n) throw indexError('range object index out of range');
      return r.start + i * r.step;
    }
    let i = BigInt(index(vm, key, () => `range indices must be integers or slices, not ${typeName(key)}`));
    const b = big(r);
    if (i < 0n) i += b.length;
    if (i < 0n || i >= b.length) throw indexError('range object index out of range');
    return normInt(b.start + i * b.step);
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
    if (!(other instanceof PyRange || other instanceof PyLongRange)) return NotImplemented;
    return rangeEquals(self(args), other) !== negate;
  };
  defMethod(t, '__eq__', eq(false));
  defMethod(t, '__ne__', eq(true));
  for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) defMethod(t, name, () => NotImplemented);
  defMethod(t, '__hash__', (vm, args) => {
    const b = big(self(args));
    const n = normInt(b.length);
    const parts: PyObject[] = b.length === 0n ? [n, None, None] : b.length === 1n ? [n, normInt(b.start), None] : [n, normInt(b.start), normInt(b.step)];
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
      if (containsInt(r, n)) {
        const b = big(r);
        return normInt((BigInt(n) - b.start) / b.step);
      }
      throw valueError(`${repr(vm, x)} is not in range`);
    }
    let i = 0;
    const it = getIter(vm, r);
    for (let v = iterNext(vm, it); v !== undefined; v = iterNext(vm, it), i++) if (pyEq(vm, v, x)) return i;
    throw valueError('sequence.index(x): x not in sequence');
  });
  defMethod(t, '__reduce__', (_vm, args) => {
    const b = big(self(args));
    return newTuple([rangeType, newTuple([normInt(b.start), normInt(b.stop), normInt(b.step)])]);
  });
  const field = (o: PyObject, f: 'start' | 'stop' | 'step'): PyObject => {
    const r = o as AnyRange;
    return r instanceof PyRange ? r[f] : normInt(r[f]);
  };
  defReadonlyMember(t, 'start', (_vm, o) => field(o, 'start'));
  defReadonlyMember(t, 'stop', (_vm, o) => field(o, 'stop'));
  defReadonlyMember(t, 'step', (_vm, o) => field(o, 'step'));
  defMethod(longRangeIteratorType, '__iter__', (_vm, args) => args[0]);
  defMethod(longRangeIteratorType, '__next__', (_vm, args) => {
    const v = (args[0] as PyLongRangeIterator).next();
    if (v === undefined) throw stopIteration();
    return v;
  });
  defMethod(longRangeIteratorType, '__length_hint__', (_vm, args, kwargs) => {
    noArgs('longrange_iterator.__length_hint__', args, kwargs);
    const it = args[0] as PyLongRangeIterator;
    return normInt(it.index >= it.range.length ? 0n : it.range.length - it.index);
  });

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
    // As CPython's, over Python ints: no length or index is clamped to a machine size.
    return newTuple(longSliceIndices(vm, sliceSelf(args), BigInt(n)).map(normInt));
  });
  defMethod(t, '__reduce__', (_vm, args) => newTuple([sliceType, newTuple(sliceParts(sliceSelf(args)))]));
  defReadonlyMember(t, 'start', (_vm, o) => (o as PySlice).start);
  defReadonlyMember(t, 'stop', (_vm, o) => (o as PySlice).stop);
  defReadonlyMember(t, 'step', (_vm, o) => (o as PySlice).step);
}
