// The value an async generator's own `yield` hands its frame's hooks. CPython 3.11 wraps the
// item (ASYNC_GEN_WRAP) before yielding it, so that asend() can tell an item from a value an
// `await` inside passes up; profile and trace functions see that wrapper as the 'return'
// event's argument. tpy tells the two apart by the instruction instead (vm/methods/async_generator.ts)
// and makes the wrapper only for the hooks.

import { PyObj } from './object.js';
import type { PyObject } from './object.js';
import { makeNativeType } from './type.js';

export const asyncGenWrappedValueType = makeNativeType('async_generator_wrapped_value', undefined, { final: true });

export class PyAsyncGenWrappedValue extends PyObj {
  constructor(readonly value: PyObject) {
    super(asyncGenWrappedValueType);
  }
}
