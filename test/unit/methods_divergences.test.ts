// Deliberate differences from CPython in the native methods (each marked DIVERGENCE in the source).
import { describe, it, expect } from 'vitest';
import { vm, m, mr, F } from './methods_helpers.js';
import { getAttr } from '../../vm/ops/attribute.js';
import { repr } from '../../vm/ops/convert.js';
import { PyType, typeType, objectType } from '../../vm/objects/type.js';

describe('methods divergences', () => {
  it('str.__mul__ and __add__ return NotImplemented for other types', () => {
    // DIVERGENCE: CPython's sq_repeat/sq_concat wrappers raise TypeError when called directly;
    // tpy returns NotImplemented so that `'a' * x` and `'a' + x` still try x's reflected method.
    expect(mr('ab', '__mul__', [F(1.5)])).toBe('NotImplemented');
    expect(mr('ab', '__add__', [1])).toBe('NotImplemented');
  });

  it("the views of a class's __dict__ are of a copy taken when they are made", () => {
    // DIVERGENCE: CPython's views of a class's __dict__ are live.
    const cls = new PyType(typeType, 'C', [objectType], { heap: true });
    cls.setAttr('x', 1);
    const keys = m(getAttr(vm, cls, '__dict__'), 'keys');
    cls.setAttr('y', 2);
    expect(repr(vm, keys)).toBe("dict_keys(['x'])");
    expect(repr(vm, getAttr(vm, cls, '__dict__'))).toBe("mappingproxy({'x': 1, 'y': 2})");
  });
});
