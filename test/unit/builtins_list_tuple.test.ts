import { describe, expect, it } from 'vitest';
import { b, br, m, mr, r, err, vm, F, T, L, t } from './builtins_helpers.js';
import { getItem } from '../../vm/ops/sequence.js';
import { PySlice } from '../../vm/objects/range.js';
import { None, Ellipsis } from '../../vm/objects/singletons.js';
import { call } from '../../vm/ops/call.js';
import { builtin } from '../../vm/objects/function.js';
import type { PyObject } from '../../vm/objects/object.js';

const sl = (start: PyObject, stop: PyObject, step: PyObject = None) => new PySlice(start, stop, step);

describe('list', () => {
  it('reprs, with [...] for self-reference', () => {
    const a = L(1, 'a', F(2.5));
    expect(r(a)).toBe("[1, 'a', 2.5]");
    m(a, 'append', [a]);
    expect(r(a)).toBe("[1, 'a', 2.5, [...]]");
    expect(r(L(a, a))).toBe("[[1, 'a', 2.5, [...]], [1, 'a', 2.5, [...]]]");
    expect(r(L())).toBe('[]');
  });

  it('indexes and slices', () => {
    const a = L(0, 1, 2, 3, 4, 5);
    expect(m(a, '__getitem__', [-1])).toBe(5);
    expect(r(m(a, '__getitem__', [sl(None, None, -2)]))).toBe('[5, 3, 1]');
    expect(r(m(a, '__getitem__', [sl(4, 1)]))).toBe('[]');
    expect(err(() => m(a, '__getitem__', [6]))).toBe('IndexError: list index out of range');
    expect(err(() => m(a, '__getitem__', ['x']))).toBe('TypeError: list indices must be integers or slices, not str');
    expect(err(() => m(a, '__getitem__', [2n ** 70n]))).toBe("IndexError: cannot fit 'int' into an index-sized integer");
    expect(err(() => m(a, '__getitem__', [sl(None, None, 0)]))).toBe('ValueError: slice step cannot be zero');
  });

  it('assigns and deletes slices', () => {
    const a = L(1, 2, 3, 4, 5);
    m(a, '__setitem__', [sl(1, 3), L(9)]);
    expect(r(a)).toBe('[1, 9, 4, 5]');
    m(a, '__setitem__', [sl(None, None, 2), L(7, 7)]);
    expect(r(a)).toBe('[7, 9, 7, 5]');
    m(a, '__delitem__', [sl(None, None, 2)]);
    expect(r(a)).toBe('[9, 5]');
    m(a, '__setitem__', [sl(5, 1), L(8)]);
    expect(r(a)).toBe('[9, 5, 8]');
    m(a, '__setitem__', [sl(1, 1), a]);
    expect(r(a)).toBe('[9, 9, 5, 8, 5, 8]');
    expect(err(() => m(L(1, 2, 3), '__setitem__', [sl(0, 3, 2), L(1, 2, 3)])))
      .toBe('ValueError: attempt to assign sequence of size 3 to extended slice of size 2');
    expect(err(() => m(L(1, 2, 3), '__setitem__', [sl(0, 3), 1]))).toBe('TypeError: can only assign an iterable');
    expect(err(() => m(L(1, 2, 3), '__setitem__', [sl(0, 3, 2), 1]))).toBe('TypeError: must assign iterable to extended slice');
    expect(err(() => m(L(1), '__setitem__', [5, 1]))).toBe('IndexError: list assignment index out of range');
    expect(err(() => m(L(1), '__delitem__', [5]))).toBe('IndexError: list assignment index out of range');
  });

  it('has CPython method errors', () => {
    expect(err(() => m(L(), 'append'))).toBe('TypeError: list.append() takes exactly one argument (0 given)');
    expect(err(() => m(L(), 'insert', [1]))).toBe('TypeError: insert expected 2 arguments, got 1');
    expect(err(() => m(L(), 'pop'))).toBe('IndexError: pop from empty list');
    expect(err(() => m(L(1), 'pop', [5]))).toBe('IndexError: pop index out of range');
    expect(err(() => m(L(1), 'pop', [1, 2]))).toBe('TypeError: pop expected at most 1 argument, got 2');
    expect(err(() => m(L(1), 'remove', [5]))).toBe('ValueError: list.remove(x): x not in list');
    expect(err(() => m(L(1), 'index', [5]))).toBe('ValueError: 5 is not in list');
    expect(err(() => m(L(1), 'index', [1, None]))).toBe('TypeError: slice indices must be integers or have an __index__ method');
    expect(err(() => m(L(), 'clear', [1]))).toBe('TypeError: list.clear() takes no arguments (1 given)');
    expect(err(() => m(L(), 'sort', [1]))).toBe('TypeError: sort() takes no positional arguments');
    expect(err(() => m(L(), 'sort', [], { foo: 1 }))).toBe("TypeError: 'foo' is an invalid keyword argument for sort()");
    expect(err(() => b('list', [1, 2]))).toBe('TypeError: list expected at most 1 argument, got 2');
    expect(err(() => b('list', [], { x: 1 }))).toBe('TypeError: list() takes no keyword arguments');
    expect(err(() => b('hash', [L()]))).toBe("TypeError: unhashable type: 'list'");
  });

  it('mutates with insert, pop, remove, extend, index, count', () => {
    const a = L(1, 2, 3);
    m(a, 'insert', [-10, 0]);
    m(a, 'insert', [100, 4]);
    expect(r(a)).toBe('[0, 1, 2, 3, 4]');
    expect(m(a, 'pop', [1])).toBe(1);
    m(a, 'extend', [b('range', [2])]);
    expect(r(a)).toBe('[0, 2, 3, 4, 0, 1]');
    expect(m(a, 'index', [0, 1])).toBe(4);
    expect(m(a, 'count', [0])).toBe(2);
    m(a, 'remove', [0]);
    m(a, 'reverse');
    expect(r(a)).toBe('[1, 0, 4, 3, 2]');
    expect(r(m(a, '__mul__', [2]))).toBe('[1, 0, 4, 3, 2, 1, 0, 4, 3, 2]');
    // Called directly, the sequence slots raise where the operators' forms answer NotImplemented.
    expect(err(() => m(a, '__mul__', ['x']))).toBe("TypeError: 'str' object cannot be interpreted as an integer");
    expect(err(() => m(a, '__add__', [T(1)]))).toBe('TypeError: can only concatenate list (not "tuple") to list');
    expect(m(a, '__iadd__', [T(9)])).toBe(a);
    expect(r(a)).toBe('[1, 0, 4, 3, 2, 9]');
  });

  it('sorts stably with key and reverse', () => {
    const people = L(T('ann', 30), T('bob', 25), T('cy', 30), T('di', 25));
    const age = builtin('age', (_vm, args) => (args[0] as unknown as { items: PyObject[] }).items[1]);
    m(people, 'sort', [], { key: age });
    expect(r(people)).toBe("[('bob', 25), ('di', 25), ('ann', 30), ('cy', 30)]");
    m(people, 'sort', [], { key: age, reverse: true });
    expect(r(people)).toBe("[('ann', 30), ('cy', 30), ('bob', 25), ('di', 25)]");
    expect(br('sorted', [L(F(1.5), 1, -2, F(0.5))])).toBe('[-2, 0.5, 1, 1.5]');
    expect(err(() => b('sorted', [L(1, 'a')]))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
  });

  it('detects modification during sort', () => {
    const a = L(3, 1, 2);
    const key = builtin('key', (vm2, args) => {
      m(a, 'append', [0]);
      return args[0];
    });
    expect(err(() => m(a, 'sort', [], { key }))).toBe('ValueError: list modified during sort');
    expect(r(a)).toBe('[1, 2, 3]');
    const seen: PyObject[] = [];
    const b2 = L(2, 1);
    m(b2, 'sort', [], { key: builtin('k', (_vm, args) => { seen.push(b('len', [b2])); return args[0]; }) });
    expect(seen).toEqual([0, 0]);
    expect(r(b2)).toBe('[1, 2]');
  });

  it('compares lexicographically', () => {
    expect(m(L(1, 2), '__lt__', [L(1, 3)])).toBe(true);
    expect(m(L(1, 2), '__lt__', [L(1, 2, 0)])).toBe(true);
    expect(m(L(1, 2), '__eq__', [L(1, 2)])).toBe(true);
    expect(r(m(L(1), '__lt__', [1]))).toBe('NotImplemented');
    expect(err(() => m(L(1, 2), '__lt__', [L(1, 'a')]))).toBe("TypeError: '<' not supported between instances of 'int' and 'str'");
  });

  it('reverses through list_reverseiterator', () => {
    expect(br('list', [b('reversed', [L(1, 2, 3)])])).toBe('[3, 2, 1]');
    expect(r(m(b('reversed', [L(1)]), '__length_hint__'))).toBe('1');
  });
});

describe('tuple', () => {
  it('reprs', () => {
    expect(r(T())).toBe('()');
    expect(r(T(1))).toBe('(1,)');
    expect(r(T(1, 'a'))).toBe("(1, 'a')");
    const inner = L();
    const tup = T(inner);
    m(inner, 'append', [tup]);
    expect(r(tup)).toBe('([(...)],)');
  });

  it('indexes, slices and has CPython errors', () => {
    const tup = T(1, 2, 3);
    expect(r(m(tup, '__getitem__', [sl(None, None, -1)]))).toBe('(3, 2, 1)');
    expect(err(() => m(T(), '__getitem__', [0]))).toBe('IndexError: tuple index out of range');
    expect(err(() => m(tup, '__getitem__', ['a']))).toBe('TypeError: tuple indices must be integers or slices, not str');
    expect(err(() => m(tup, 'index', [9]))).toBe('ValueError: tuple.index(x): x not in tuple');
    expect(m(T(1, 2), 'index', [2, 1, 5])).toBe(1);
    expect(err(() => m(tup, 'count'))).toBe('TypeError: tuple.count() takes exactly one argument (0 given)');
    expect(err(() => b('tuple', [1, 2]))).toBe('TypeError: tuple expected at most 1 argument, got 2');
    expect(err(() => b('tuple', [], { x: 1 }))).toBe('TypeError: tuple() takes no keyword arguments');
    expect(b('tuple', [tup])).toBe(tup);
    expect(r(b('tuple', [L(1, 2)]))).toBe('(1, 2)');
  });

  it('concatenates, repeats and compares', () => {
    expect(r(m(T(1), '__add__', [T(2)]))).toBe('(1, 2)');
    expect(err(() => m(T(1), '__add__', [L(2)]))).toBe('TypeError: can only concatenate tuple (not "list") to tuple');
    expect(r(m(T(1, 2), '__mul__', [2]))).toBe('(1, 2, 1, 2)');
    expect(m(T(1), '__lt__', [T(1, 'a')])).toBe(true);
    expect(m(T(1, 2), '__ge__', [T(1, 2)])).toBe(true);
  });

  it('hashes with CPython\'s algorithm', () => {
    expect(mr(T(1, 2), '__hash__')).toBe('-3550055125485641917');
    expect(br('hash', [T(1)])).toBe('-6644214454873602895');
  });
});

describe('GenericAlias', () => {
  it('subscripts the container types', () => {
    expect(r(getItem(vm, t.b('list'), t.b('int')))).toBe('list[int]');
    expect(r(getItem(vm, t.b('dict'), T(t.b('str'), t.b('int'))))).toBe('dict[str, int]');
    expect(r(getItem(vm, t.b('tuple'), T(t.b('int'), Ellipsis)))).toBe('tuple[int, ...]');
    expect(r(call(vm, getItem(vm, t.b('list'), t.b('int')), [T(1)]))).toBe('[1]');
  });
});
