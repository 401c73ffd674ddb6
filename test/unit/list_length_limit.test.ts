// A list may not grow past MAX_LIST_LENGTH one item at a time: V8 would abort the process
// (a fatal error no catch can stop), so tpy raises MemoryError first (see docs/differences.md).
import { describe, expect, it } from 'vitest';
import { m, err, L } from './builtins_helpers.js';
import { PyList, MAX_LIST_LENGTH, pushItem } from '../../vm/objects/list.js';
import type { PyObject } from '../../vm/objects/object.js';

/** A list at the limit; setting length makes a sparse array, so no memory is spent on it. */
function fullList(): PyList {
  const items: PyObject[] = [];
  items.length = MAX_LIST_LENGTH;
  return new PyList(items);
}

describe('list length limit', () => {
  it('stays below the size where V8 aborts instead of throwing', () => {
    // V8's largest array is 2**27 - 2 slots and growth adds half again.
    expect(MAX_LIST_LENGTH * 1.5 + 16).toBeLessThan(2 ** 27 - 2);
  });

  it('raises MemoryError from every way of adding one item', () => {
    expect(err(() => m(fullList(), 'append', [1]))).toBe('MemoryError: ');
    expect(err(() => m(fullList(), 'insert', [0, 1]))).toBe('MemoryError: ');
    expect(err(() => m(fullList(), 'extend', [L(1)]))).toBe('MemoryError: ');
    expect(err(() => m(fullList(), '__iadd__', [L(1)]))).toBe('MemoryError: ');
    expect(() => pushItem(fullList().items, 1)).toThrow();
  });

  it('still accepts an item below the limit', () => {
    const l = fullList();
    l.items.length = MAX_LIST_LENGTH - 1;
    m(l, 'append', [1]);
    expect(l.items.length).toBe(MAX_LIST_LENGTH);
    expect(l.items[MAX_LIST_LENGTH - 1]).toBe(1);
  });
});
