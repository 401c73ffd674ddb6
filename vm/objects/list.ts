// The list type: a mutable JS array of objects.

import { PyObj, PyObject } from './object.js';
import { makeNativeType, type PyType } from './type.js';
import type { PyDict } from './dict.js';
import { PyBaseException, MemoryError, newException } from './exceptions.js';
import { stampingAllocations, nextStamp } from '../alloc_stamps.js';

export const listType = makeNativeType('list', undefined, { allocate: (cls) => new PyList([], cls) });

/** A PyObj by its prototype, not by `extends`, for the reason PyInstance gives (vm/objects/object.ts). */
export interface PyList extends PyObj {}
export class PyList {
  declare cls: PyType;
  declare dict: PyDict | null;
  declare items: PyObject[];
  /** When it was made (vm/alloc_stamps.ts), 0 if before stamps began. */
  declare born: number;
  constructor(items: PyObject[], cls: PyType = listType) {
    this.cls = cls;
    this.dict = null;
    this.items = items;
    this.born = stampingAllocations ? nextStamp(this) : 0;
  }
}
Object.setPrototypeOf(PyList.prototype, PyObj.prototype);

/**
 * The most items a list may grow to one at a time. V8 aborts the whole process (a fatal
 * error, not an exception) when an array's backing store would grow past 2**27 - 2 slots,
 * and it grows by half again: staying at or under 2**26 keeps every growth below that.
 */
export const MAX_LIST_LENGTH = 2 ** 26;

/** MemoryError for a list that would grow past MAX_LIST_LENGTH. */
export function listTooLong(): PyBaseException {
  return newException(MemoryError);
}

/** items.push(v) that raises MemoryError instead of letting V8 abort on a huge list. */
export function pushItem(items: PyObject[], v: PyObject): void {
  if (items.length >= MAX_LIST_LENGTH) throw listTooLong();
  items.push(v);
}
