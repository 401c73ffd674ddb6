import { describe, expect, it } from 'vitest';
import { b, br, m, mr, r, err, t, vm, F, T, L, D } from './builtins_helpers.js';
import { getAttr } from '../../vm/ops/attribute.js';
import { PySlice } from '../../vm/objects/range.js';
import { None } from '../../vm/objects/singletons.js';
import { builtin } from '../../vm/objects/function.js';
import type { PyObject } from '../../vm/objects/object.js';

const sl = (start: PyObject, stop: PyObject, step: PyObject = None) => new PySlice(start, stop, step);
const list = (o: PyObject) => br('list', [o]);

describe('range', () => {
  it('reprs, measures and indexes', () => {
    const rg = b('range', [2, 20, 3]);
    expect(r(rg)).toBe('range(2, 20, 3)');
    expect(r(b('range', [5]))).toBe('range(0, 5)');
    expect(b('len', [rg])).toBe(6);
    expect(m(rg, '__getitem__', [-1])).toBe(17);
    expect(r(m(rg, '__getitem__', [sl(1, 4)]))).toBe('range(5, 14, 3)');
    expect(r(m(b('range', [10]), '__getitem__', [sl(None, None, -1)]))).toBe('range(9, -1, -1)');
    expect(r(m(b('range', [0, 10, 3]), '__getitem__', [sl(None, None, -2)]))).toBe('range(9, -3, -6)');
    expect(err(() => m(rg, '__getitem__', [100]))).toBe('IndexError: range object index out of range');
    expect(err(() => m(rg, '__getitem__', ['a']))).toBe('TypeError: range indices must be integers or slices, not str');
  });

  it('handles bounds beyond the safe-integer range', () => {
    const big = b('range', [10n ** 20n]);
    expect(r(big)).toBe('range(0, 100000000000000000000)');
    expect(r(m(big, '__getitem__', [-1]))).toBe('99999999999999999999');
    expect(r(m(big, '__getitem__', [10n ** 19n]))).toBe('10000000000000000000');
    expect(m(big, '__contains__', [10n ** 19n])).toBe(true);
    expect(r(m(big, '__getitem__', [sl(None, None, 10n ** 19n)]))).toBe('range(0, 100000000000000000000, 10000000000000000000)');
    expect(err(() => b('len', [big]))).toContain('OverflowError');
  });

  it('has CPython errors', () => {
    expect(err(() => b('range'))).toBe('TypeError: range expected at least 1 argument, got 0');
    expect(err(() => b('range', [1, 2, 3, 4]))).toBe('TypeError: range expected at most 3 arguments, got 4');
    expect(err(() => b('range', [1, 2, 0]))).toBe('ValueError: range() arg 3 must not be zero');
    expect(err(() => b('range', [F(1.5)]))).toBe("TypeError: 'float' object cannot be interpreted as an integer");
    expect(err(() => b('range', [], { x: 1 }))).toBe('TypeError: range() takes no keyword arguments');
    expect(err(() => m(b('range', [10]), 'index', [11]))).toBe('ValueError: 11 is not in range');
    expect(err(() => m(b('range', [10]), 'index', ['a']))).toBe('ValueError: sequence.index(x): x not in sequence');
  });

  it('compares, contains, counts and reverses', () => {
    expect(m(b('range', [0]), '__eq__', [b('range', [5, 5])])).toBe(true);
    expect(m(b('range', [0, 3, 2]), '__eq__', [b('range', [0, 4, 2])])).toBe(true);
    expect(m(b('range', [5]), '__contains__', [F(3)])).toBe(true);
    expect(m(b('range', [5]), '__contains__', [true])).toBe(true);
    expect(m(b('range', [10]), 'count', [3])).toBe(1);
    expect(m(b('range', [1, 10, 3]), 'index', [7])).toBe(2);
    expect(list(b('reversed', [b('range', [1, 10, 3])]))).toBe('[7, 4, 1]');
    expect(br('hash', [b('range', [3])])).toBe(br('hash', [T(3, 0, 1)]));
    const rg = b('range', [1, 9, 2]);
    expect([getAttr(vm, rg, 'start'), getAttr(vm, rg, 'stop'), getAttr(vm, rg, 'step')]).toEqual([1, 9, 2]);
  });
});

describe('slice', () => {
  it('reprs and computes indices', () => {
    expect(r(b('slice', [1]))).toBe('slice(None, 1, None)');
    expect(r(b('slice', [1, 2, 3]))).toBe('slice(1, 2, 3)');
    expect(r(m(b('slice', [None, None, -1]), 'indices', [5]))).toBe('(4, -1, -1)');
    expect(r(m(b('slice', [-3, -1]), 'indices', [10]))).toBe('(7, 9, 1)');
    expect(err(() => m(b('slice', [1, 2]), 'indices', [-1]))).toBe('ValueError: length should not be negative');
    expect(err(() => b('slice'))).toBe('TypeError: slice expected at least 1 argument, got 0');
    expect(err(() => b('hash', [b('slice', [1])]))).toBe("TypeError: unhashable type: 'slice'");
    expect(m(b('slice', [1, 2]), '__eq__', [b('slice', [1, 2])])).toBe(true);
    expect(m(b('slice', [1, 2]), '__lt__', [b('slice', [1, 3])])).toBe(true);
  });
});

describe('iterator classes', () => {
  it('enumerate', () => {
    expect(list(b('enumerate', ['ab', 2n ** 60n]))).toBe("[(1152921504606846976, 'a'), (1152921504606846977, 'b')]");
    expect(list(b('enumerate', [L(5)], { start: 3 }))).toBe('[(3, 5)]');
    expect(err(() => b('enumerate'))).toBe("TypeError: enumerate() missing required argument 'iterable'");
    expect(err(() => b('enumerate', [1]))).toBe("TypeError: 'int' object is not iterable");
    expect(err(() => b('enumerate', [L(), 'a']))).toBe("TypeError: 'str' object cannot be interpreted as an integer");
    expect(err(() => b('enumerate', [L()], { x: 1 }))).toBe("TypeError: 'x' is an invalid keyword argument for enumerate()");
    expect(err(() => b('enumerate', [L(), 1, 2]))).toBe('TypeError: enumerate() takes at most 2 arguments (3 given)');
    expect(r(b('type', [b('enumerate', [L()])]))).toBe("<class 'enumerate'>");
  });

  it('zip', () => {
    expect(list(b('zip', [L(1, 2, 3), 'ab']))).toBe("[(1, 'a'), (2, 'b')]");
    expect(list(b('zip'))).toBe('[]');
    expect(err(() => b('list', [b('zip', [L(1, 2), L(1)], { strict: true })]))).toBe('ValueError: zip() argument 2 is shorter than argument 1');
    expect(err(() => b('list', [b('zip', [L(1), L(1, 2)], { strict: true })]))).toBe('ValueError: zip() argument 2 is longer than argument 1');
    expect(err(() => b('list', [b('zip', [L(1), L(1), L(1, 2)], { strict: true })]))).toBe('ValueError: zip() argument 3 is longer than arguments 1-2');
    expect(err(() => b('list', [b('zip', [L(1, 2), L(1, 2), L(1)], { strict: true })]))).toBe('ValueError: zip() argument 3 is shorter than arguments 1-2');
    expect(err(() => b('zip', [L()], { x: 1 }))).toBe("TypeError: 'x' is an invalid keyword argument for zip()");
  });

  it('map and filter', () => {
    const add = builtin('add', (_vm, args) => (args[0] as number) + (args[1] as number));
    expect(list(b('map', [add, L(1, 2, 3), L(4, 5)]))).toBe('[5, 7]');
    expect(list(b('filter', [None, L(0, 1, '', 'a')]))).toBe("[1, 'a']");
    expect(list(b('filter', [t.b('bool'), L(0, 2)]))).toBe('[2]');
    expect(err(() => b('map', [add]))).toBe('TypeError: map() must have at least two arguments.');
    expect(err(() => b('map', [add, L()], { x: 1 }))).toBe('TypeError: map() takes no keyword arguments');
    expect(err(() => b('filter', [None]))).toBe('TypeError: filter expected 2 arguments, got 1');
  });

  it('reversed', () => {
    expect(list(b('reversed', ['abc']))).toBe("['c', 'b', 'a']");
    expect(mr(b('reversed', [T(1, 2)]), '__length_hint__')).toBe('2');
    expect(err(() => b('reversed', [1]))).toBe("TypeError: 'int' object is not reversible");
    expect(err(() => b('reversed', [D()]))).toBe('no exception');
    expect(err(() => b('reversed'))).toBe('TypeError: reversed expected 1 argument, got 0');
    expect(r(b('type', [b('reversed', [T()])]))).toBe("<class 'reversed'>");
  });

  it('built-in iterators answer the protocol', () => {
    const it = b('iter', [L(1, 2)]);
    expect(m(it, '__iter__')).toBe(it);
    expect(mr(it, '__length_hint__')).toBe('2');
    expect(m(it, '__next__')).toBe(1);
    expect(m(it, '__next__')).toBe(2);
    expect(err(() => m(it, '__next__'))).toBe('StopIteration: ');
    expect(r(it)).toMatch(/^<list_iterator object at 0x[0-9a-f]+>$/);
  });
});
