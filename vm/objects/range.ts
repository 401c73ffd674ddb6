// The range and slice types (values only; methods live with the builtin types).

import { PyObj, PyObject } from './object.js';
import { makeNativeType, type PyType } from './type.js';
import type { PyDict } from './dict.js';

export const rangeType = makeNativeType('range', undefined, { final: true });
export const sliceType = makeNativeType('slice', undefined, { final: true });

/** A PyObj by its prototype, not by `extends`, for the reason PyInstance gives (vm/objects/object.ts). */
export interface PyRange extends PyObj {}
export class PyRange {
  declare cls: PyType;
  declare dict: PyDict | null;
  declare readonly start: number;
  declare readonly stop: number;
  declare readonly step: number;
  constructor(start: number, stop: number, step: number) {
    this.cls = rangeType;
    this.dict = null;
    (this as { start: number }).start = start;
    (this as { stop: number }).stop = stop;
    (this as { step: number }).step = step;
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}
Object.setPrototypeOf(PyRange.prototype, PyObj.prototype);

/** A PyObj by its prototype, as PyRange: `k[:3]` makes one per subscript. */
export interface PySlice extends PyObj {}
export class PySlice {
  declare cls: PyType;
  declare dict: PyDict | null;
  declare readonly start: PyObject;
  declare readonly stop: PyObject;
  declare readonly step: PyObject;
  constructor(start: PyObject, stop: PyObject, step: PyObject) {
    this.cls = sliceType;
    this.dict = null;
    (this as { start: PyObject }).start = start;
    (this as { stop: PyObject }).stop = stop;
    (this as { step: PyObject }).step = step;
  }
}
Object.setPrototypeOf(PySlice.prototype, PyObj.prototype);
