// Deliberate differences from CPython in the native methods (each marked DIVERGENCE in the source).
import { describe, it, expect } from 'vitest';
import { vm, m } from './methods_helpers.js';
import { getAttr } from '../../vm/ops/attribute.js';
import { repr } from '../../vm/ops/convert.js';
import { PyType, typeType, objectType } from '../../vm/objects/type.js';

describe('methods divergences', () => {
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
