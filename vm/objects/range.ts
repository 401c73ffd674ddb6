// The range and slice types (values only; methods live with the builtin types).

import { PyObj, PyObject } from './object.js';
import { makeNativeType } from './type.js';

export const rangeType = makeNativeType('range', undefined, { final: true });
export const sliceType = makeNativeType('slice', undefined, { final: true });

export class PyRange extends PyObj {
  constructor(readonly start: number, readonly stop: number, readonly step: number) {
    super(rangeType);
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}

export class PySlice extends PyObj {
  constructor(readonly start: PyObject, readonly stop: PyObject, readonly step: PyObject) {
    super(sliceType);
  }
}
