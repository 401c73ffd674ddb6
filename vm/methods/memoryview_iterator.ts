// iter(memoryview): CPython's memory_iterator, which reads each item from the view when it
// is reached (a write through the view after iter() shows), over a one-dimensional view.

import type { PyObject } from '../objects/object.js';
import { PyNativeIterator } from '../objects/iterators.js';
import { PyMemoryView } from '../objects/memoryview.js';
import { makeNativeType } from '../objects/type.js';
import { defMethod } from '../objects/function.js';
import { stopIteration, valueError } from '../objects/exceptions.js';
import { readItem } from './memoryview_items.js';

export const memoryIteratorType = makeNativeType('memory_iterator', undefined, { final: true });

export class PyMemoryIterator extends PyNativeIterator {
  index = 0;
  /** Dropped (null) at the end, as CPython's it_seq. */
  view: PyMemoryView | null;
  constructor(view: PyMemoryView) {
    super(memoryIteratorType);
    this.view = view;
  }
  next(): PyObject | undefined {
    const m = this.view;
    if (m === null) return undefined;
    if (m.released) throw valueError('operation forbidden on released memoryview object');
    if (this.index >= m.shape[0]) {
      this.view = null;
      return undefined;
    }
    return readItem(m.data, m.offset + this.index++ * m.strides[0], m.format);
  }
}

export function installMemoryIteratorMethods(): void {
  defMethod(memoryIteratorType, '__iter__', (vm, args) => args[0]);
  defMethod(memoryIteratorType, '__next__', (vm, args) => {
    const v = (args[0] as PyMemoryIterator).next();
    if (v === undefined) throw stopIteration();
    return v;
  });
}
