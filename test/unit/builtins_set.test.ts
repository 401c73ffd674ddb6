import { describe, expect, it } from 'vitest';
import { b, br, m, mr, r, err, vm, F, T, L, D } from './builtins_helpers.js';
import { PySet, PyFrozenSet, newSet, hash64 } from '../../vm/objects/set.js';
import type { PyObject } from '../../vm/objects/object.js';
import { richCompare } from '../../vm/ops/compare.js';
import { Cmp } from '../../vm/opcodes.js';

const S = (...items: PyObject[]) => newSet(vm, items);
const list = (o: PyObject) => r(b('list', [o]));

describe('set iteration order matches CPython 3.11', () => {
  it('orders small ints by hash slot', () => {
    expect(r(S(3, 1, 2))).toBe('{1, 2, 3}');
    expect(list(S(10, 100, 1000))).toBe('[1000, 10, 100]');
    expect(list(S(-1, -2, 7, 8, 16, 24))).toBe('[7, 8, 16, -2, 24, -1]');
    expect(list(S(5, 13, 21, 29, 37, 45))).toBe('[37, 5, 13, 45, 21, 29]');
  });

  it('hashes big ints, floats and tuples as CPython does', () => {
    expect(list(S(2n ** 61n - 1n, 2n ** 61n, 2n ** 62n, -(2n ** 62n), 10n ** 20n)))
      .toBe('[2305843009213693951, 2305843009213693952, 4611686018427387904, 100000000000000000000, -4611686018427387904]');
    expect(list(S(F(0.5), F(1.5), F(-2.25), F(1e100), F(Infinity)))).toBe('[0.5, 1.5, inf, 1e+100, -2.25]');
    expect(list(S(T(1, 2), T(2, 1), T(0, 0), T(1)))).toBe('[(1,), (1, 2), (2, 1), (0, 0)]');
  });

  it('keeps the first of equal keys (True, 1, 1.0)', () => {
    expect(list(S(true, 1, F(1)))).toBe('[True]');
    expect(list(S(F(1), 1, true))).toBe('[1.0]');
  });

  it('reproduces dummies, resizes and pop order', () => {
    const s = b('set', [b('range', [20])]);
    m(s, 'difference_update', [b('range', [15])]);
    m(s, 'add', [100]);
    m(s, 'add', [36]);
    expect(r(s)).toBe('{15, 16, 17, 18, 19, 36, 100}');
    const p = b('set', [b('range', [10])]);
    expect([m(p, 'pop'), m(p, 'pop'), m(p, 'pop')]).toEqual([0, 1, 2]);
    expect(r(p)).toBe('{3, 4, 5, 6, 7, 8, 9}');
  });

  it('orders the results of set algebra', () => {
    expect(list(b('set', [L(1, 2, 3)]) as PyObject)).toBe('[1, 2, 3]');
    expect(mr(S(1, 2, 3), 'symmetric_difference', [S(3, 4, 5)])).toBe('{1, 2, 4, 5}');
    expect(mr(S(1, 2, 3, 4, 5, 6, 7, 8, 9), 'difference', [S(2)])).toBe('{1, 3, 4, 5, 6, 7, 8, 9}');
    expect(mr(S(1, 2, 3), 'intersection', [S(2, 3, 4)])).toBe('{2, 3}');
  });
});

describe('hashes', () => {
  it('matches CPython for tuples, floats, big ints and frozensets', () => {
    expect(br('hash', [T(1, 2)])).toBe('-3550055125485641917');
    expect(br('hash', [T(1, T(2, 3))])).toBe('7267574591690527098');
    expect(br('hash', [T()])).toBe('5740354900026072187');
    expect(br('hash', [F(1.5)])).toBe('1152921504606846977');
    expect(br('hash', [F(-0.5)])).toBe('-1152921504606846976');
    expect(br('hash', [F(1e100)])).toBe('1822893315824342674');
    expect(br('hash', [2n ** 61n])).toBe('1');
    expect(br('hash', [2n ** 64n])).toBe('8');
    expect(br('hash', [-(2n ** 64n)])).toBe('-8');
    expect(br('hash', [-1])).toBe('-2');
    expect(br('hash', [b('frozenset', [S(1, 2, 3)])])).toBe('-272375401224217160');
    expect(br('hash', [b('frozenset')])).toBe('133146708735736');
    expect(hash64(vm, F(2))).toBe(2n);
  });

  it('refuses unhashable values', () => {
    expect(err(() => b('hash', [L()]))).toBe("TypeError: unhashable type: 'list'");
    expect(err(() => b('hash', [S()]))).toBe("TypeError: unhashable type: 'set'");
    expect(err(() => b('hash', [T(1, L())]))).toBe("TypeError: unhashable type: 'list'");
    expect(err(() => m(S(), 'add', [L()]))).toBe("TypeError: unhashable type: 'list'");
  });
});

describe('set methods', () => {
  it('reprs sets and frozensets', () => {
    expect(r(S())).toBe('set()');
    expect(r(new PyFrozenSet())).toBe('frozenset()');
    expect(r(b('frozenset', [L(2, 1)]))).toBe('frozenset({1, 2})');
  });

  it('raises CPython errors', () => {
    expect(err(() => m(S(1), 'remove', [99]))).toBe('KeyError: 99');
    expect(err(() => m(S(), 'pop'))).toBe("KeyError: 'pop from an empty set'");
    expect(err(() => m(S(), 'add'))).toBe('TypeError: set.add() takes exactly one argument (0 given)');
    expect(err(() => b('set', [1, 2]))).toBe('TypeError: set expected at most 1 argument, got 2');
    expect(err(() => b('set', [], { x: 1 }))).toBe('TypeError: set() takes no keyword arguments');
    expect(err(() => b('set', [1]))).toBe("TypeError: 'int' object is not iterable");
  });

  it('looks up an unhashable set as a frozenset', () => {
    const s = S(b('frozenset', [L(1, 2)]));
    expect(m(s, '__contains__', [S(1, 2)])).toBe(true);
    m(s, 'discard', [S(1, 2)]);
    expect(r(s)).toBe('set()');
  });

  it('compares as subsets', () => {
    expect(m(S(1, 2), '__lt__', [S(1, 2, 3)])).toBe(true);
    expect(m(S(1, 2), '__lt__', [S(1, 2)])).toBe(false);
    expect(m(S(1, 2), '__eq__', [b('frozenset', [L(2, 1)])])).toBe(true);
    expect(r(m(S(1), '__eq__', [L(1)]))).toBe('NotImplemented');
    expect(m(S(1, 2), 'issubset', [L(1, 2, 3)])).toBe(true);
    expect(m(S(1, 2), 'issuperset', [b('range', [2])])).toBe(false);
    expect(m(S(1, 2), 'isdisjoint', [L(3)])).toBe(true);
  });

  it('supports operators and in-place forms', () => {
    const a = S(0, 1, 2, 3);
    expect(r(m(a, '__or__', [S(4)]))).toBe('{0, 1, 2, 3, 4}');
    expect(r(m(a, '__or__', [L(4)]))).toBe('NotImplemented');
    expect(m(a, '__isub__', [S(0)])).toBe(a);
    expect(r(a)).toBe('{1, 2, 3}');
    m(a, '__ixor__', [S(3, 9)]);
    expect(r(a)).toBe('{1, 2, 9}');
    const f = b('frozenset', [L(1, 2)]);
    expect(r(m(f, '__or__', [S(3)]))).toBe('frozenset({1, 2, 3})');
    expect(r(m(f, 'copy'))).toBe('frozenset({1, 2})');
    expect(m(f, 'copy')).toBe(f);
  });

  it('detects a size change during iteration', () => {
    const s = S(1, 2);
    const it = b('iter', [s]);
    expect(b('next', [it])).toBe(1);
    m(s, 'add', [3]);
    expect(err(() => b('next', [it]))).toBe('RuntimeError: Set changed size during iteration');
  });

  it('builds from dicts and dict views', () => {
    const d = D(['a', 1], ['b', 2]);
    expect(r(m(b('set', [d]), '__len__'))).toBe('2');
    expect(richCompare(vm, S('a'), m(d, 'keys'), Cmp.LE)).toBe(true);
    expect(r(m(S('a'), '__le__', [m(d, 'keys')]))).toBe('NotImplemented');
    expect(new PySet().size).toBe(0);
  });
});
