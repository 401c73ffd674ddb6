// Deliberate differences from CPython in the native methods (each marked DIVERGENCE in the source).
import { describe, it, expect } from 'vitest';
import { vm, mr, F } from './methods_helpers.js';
import { getAttr } from '../../vm/ops/attribute.js';
import { repr } from '../../vm/ops/convert.js';
import { intType } from '../../vm/objects/int.js';
import { PyDict } from '../../vm/objects/dict.js';

describe('methods divergences', () => {
  it('str.__mul__ and __add__ return NotImplemented for other types', () => {
    // DIVERGENCE: CPython's sq_repeat/sq_concat wrappers raise TypeError when called directly;
    // tpy returns NotImplemented so that `'a' * x` and `'a' + x` still try x's reflected method.
    expect(mr('ab', '__mul__', [F(1.5)])).toBe('NotImplemented');
    expect(mr('ab', '__add__', [1])).toBe('NotImplemented');
  });

  it('type.__dict__ is a dict snapshot, not a mappingproxy', () => {
    // DIVERGENCE: CPython returns a read-only mappingproxy view.
    const d = getAttr(vm, intType, '__dict__');
    expect(d).toBeInstanceOf(PyDict);
    expect(repr(vm, (d as PyDict).getStr('bit_length')!)).toBe("<method 'bit_length' of 'int' objects>");
  });
});
