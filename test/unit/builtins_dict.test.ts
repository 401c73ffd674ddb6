import { describe, expect, it } from 'vitest';
import { b, br, m, mr, r, err, vm, t, T, L, D } from './builtins_helpers.js';
import { newSet } from '../../vm/objects/set.js';
import { richCompare } from '../../vm/ops/compare.js';
import { binaryOp, BinOp } from '../../vm/ops/arith.js';
import { Cmp } from '../../vm/opcodes.js';

describe('dict', () => {
  it('reprs, with {...} for self-reference', () => {
    const d = D(['k', 1]);
    expect(r(d)).toBe("{'k': 1}");
    m(d, '__setitem__', ['self', d]);
    expect(r(d)).toBe("{'k': 1, 'self': {...}}");
    expect(r(D())).toBe('{}');
  });

  it('builds from mappings, pairs and keywords', () => {
    expect(r(b('dict', [L(L(1, 2))], { a: 1 }))).toBe("{1: 2, 'a': 1}");
    expect(r(b('dict', [D(['x', 1])]))).toBe("{'x': 1}");
    expect(err(() => b('dict', [L(T(1, 2, 3))]))).toBe('ValueError: dictionary update sequence element #0 has length 3; 2 is required');
    expect(err(() => b('dict', [L(1)]))).toBe('TypeError: cannot convert dictionary update sequence element #0 to a sequence');
    expect(err(() => b('dict', [1]))).toBe("TypeError: 'int' object is not iterable");
    expect(err(() => b('dict', [1, 2]))).toBe('TypeError: dict expected at most 1 argument, got 2');
  });

  it('has CPython method errors', () => {
    expect(err(() => m(D(), '__getitem__', ['x']))).toBe("KeyError: 'x'");
    expect(err(() => m(D(), '__getitem__', [L()]))).toBe("TypeError: unhashable type: 'list'");
    expect(err(() => m(D(), 'get'))).toBe('TypeError: get expected at least 1 argument, got 0');
    expect(err(() => m(D(), 'get', [1, 2, 3]))).toBe('TypeError: get expected at most 2 arguments, got 3');
    expect(err(() => m(D(), 'pop', [1]))).toBe('KeyError: 1');
    expect(err(() => m(D(), 'popitem'))).toBe("KeyError: 'popitem(): dictionary is empty'");
    expect(err(() => m(D(), 'update', [D(), D()]))).toBe('TypeError: update expected at most 1 argument, got 2');
    expect(err(() => m(D(), 'keys', [1]))).toBe('TypeError: dict.keys() takes no arguments (1 given)');
    expect(err(() => m(t.b('dict'), 'fromkeys'))).toBe('TypeError: fromkeys expected at least 1 argument, got 0');
  });

  it('implements get, setdefault, pop, popitem, copy, fromkeys', () => {
    const d = D(['a', 1], ['b', 2]);
    expect(m(d, 'get', ['z'])).toBe(m(d, 'get', ['y']));
    expect(m(d, 'get', ['z', 5])).toBe(5);
    expect(m(d, 'setdefault', ['c', 3])).toBe(3);
    expect(m(d, 'setdefault', ['c', 4])).toBe(3);
    expect(m(d, 'pop', ['a'])).toBe(1);
    expect(m(d, 'pop', ['a', 0])).toBe(0);
    expect(r(m(d, 'popitem'))).toBe("('c', 3)");
    expect(r(m(d, 'copy'))).toBe("{'b': 2}");
    expect(r(m(t.b('dict'), 'fromkeys', [L(1, 2)]))).toBe('{1: None, 2: None}');
    expect(r(m(t.b('dict'), 'fromkeys', ['ab', 0]))).toBe("{'a': 0, 'b': 0}");
  });

  it('merges with | and |=', () => {
    const d = D(['a', 1]);
    expect(r(binaryOp(vm, d, D(['b', 2]), BinOp.OR))).toBe("{'a': 1, 'b': 2}");
    expect(err(() => binaryOp(vm, d, L(1), BinOp.OR))).toBe("TypeError: unsupported operand type(s) for |: 'dict' and 'list'");
    expect(m(d, '__ior__', [L(T('c', 3))])).toBe(d);
    expect(r(d)).toBe("{'a': 1, 'c': 3}");
  });

  it('compares for equality only', () => {
    expect(m(D(['a', 1]), '__eq__', [D(['a', 1])])).toBe(true);
    expect(m(D([1, 1]), '__eq__', [D([1, 2])])).toBe(false);
    expect(err(() => richCompare(vm, D(), D(), Cmp.LT))).toBe("TypeError: '<' not supported between instances of 'dict' and 'dict'");
  });

  it('iterates in reverse', () => {
    const d = D([1, 2], [3, 4]);
    expect(br('list', [b('reversed', [d])])).toBe('[3, 1]');
    expect(br('list', [b('reversed', [m(d, 'items')])])).toBe('[(3, 4), (1, 2)]');
    expect(r(b('type', [b('reversed', [d])]))).toBe("<class 'dict_reversekeyiterator'>");
  });
});

describe('dict views', () => {
  it('reprs and stays live', () => {
    const d = D(['a', 1], ['b', 2]);
    const k = m(d, 'keys');
    const v = m(d, 'values');
    const i = m(d, 'items');
    m(d, '__setitem__', ['c', 3]);
    expect(r(k)).toBe("dict_keys(['a', 'b', 'c'])");
    expect(r(v)).toBe('dict_values([1, 2, 3])');
    expect(r(i)).toBe("dict_items([('a', 1), ('b', 2), ('c', 3)])");
    expect(b('len', [i])).toBe(3);
  });

  it('supports membership and set operations', () => {
    const d = D([1, 2]);
    expect(m(m(d, 'items'), '__contains__', [T(1, 2)])).toBe(true);
    expect(m(m(d, 'items'), '__contains__', [T(1, 3)])).toBe(false);
    expect(r(binaryOp(vm, m(d, 'keys'), L(3), BinOp.OR))).toBe('{1, 3}');
    expect(r(binaryOp(vm, m(d, 'keys'), newSet(vm, [1]), BinOp.AND))).toBe('{1}');
    expect(r(binaryOp(vm, m(d, 'items'), newSet(vm, [T(1, 2)]), BinOp.AND))).toBe('{(1, 2)}');
    expect(r(binaryOp(vm, m(d, 'keys'), newSet(vm, [1]), BinOp.SUB))).toBe('set()');
    expect(r(binaryOp(vm, m(d, 'keys'), newSet(vm, [3]), BinOp.XOR))).toBe('{1, 3}');
    expect(richCompare(vm, m(d, 'keys'), newSet(vm, [1]), Cmp.EQ)).toBe(true);
    expect(richCompare(vm, m(d, 'keys'), newSet(vm, [1, 2]), Cmp.LT)).toBe(true);
    expect(richCompare(vm, m(d, 'values'), m(d, 'values'), Cmp.EQ)).toBe(false);
    expect(m(m(d, 'keys'), 'isdisjoint', [L(3)])).toBe(true);
    expect(err(() => b('hash', [m(d, 'keys')]))).toBe("TypeError: unhashable type: 'dict_keys'");
    expect(mr(m(d, 'keys'), '__len__')).toBe('1');
  });
});
