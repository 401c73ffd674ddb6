// Deliberate differences from CPython in the native methods (each marked DIVERGENCE in the source).
import { describe, it, expect } from 'vitest';
import { mr, F } from './methods_helpers.js';

describe('methods divergences', () => {
  it('str.__mul__ and __add__ return NotImplemented for other types', () => {
    // DIVERGENCE: CPython's sq_repeat/sq_concat wrappers raise TypeError when called directly;
    // tpy returns NotImplemented so that `'a' * x` and `'a' + x` still try x's reflected method.
    expect(mr('ab', '__mul__', [F(1.5)])).toBe('NotImplemented');
    expect(mr('ab', '__add__', [1])).toBe('NotImplemented');
  });
});
