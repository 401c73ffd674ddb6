// The value representation every part of the VM shares: what a tpy object is in JavaScript.
//
//   int        -> JS number (a safe integer) or bigint (beyond 2**53, demoted back when it fits)
//   bool       -> JS boolean
//   str        -> JS string
//   everything else -> an instance of a subclass of PyObj, whose `cls` is its tpy type
//
// Floats are boxed (PyFloat) so that 1 and 1.0 stay different objects of different types.

import type { PyType } from './type.js';
import type { PyDict } from './dict.js';
import { stampingAllocations, nextStamp } from '../alloc_stamps.js';

export type PyObject = number | bigint | string | boolean | PyObj;

/** Base of every heap object: `cls` is ob_type, `dict` the instance __dict__ (null if it has none). */
export abstract class PyObj {
  cls: PyType;
  dict: PyDict | null = null;
  constructor(cls: PyType) {
    this.cls = cls;
  }
}

/**
 * The plain instance of a user class whose built-in base is `object`.
 *
 * A PyObj by its prototype (linked below), not by `extends`, as PyFloat: a derived
 * constructor's super() call, where V8 does not inline it, is the generic Construct builtin,
 * and PyObj's constructor, shared by every kind of object, stores into objects of dozens of
 * maps (megamorphic). Each instance sets its own fields, in PyObj's order.
 */
export interface PyInstance extends PyObj {}
export class PyInstance {
  declare cls: PyType;
  declare dict: PyDict | null;
  /** Values of the instance's __slots__ members (see slots.ts), created on the first store. */
  declare slots: (PyObject | undefined)[] | null;
  /** When it was made (vm/alloc_stamps.ts), 0 if before stamps began. */
  declare born: number;
  constructor(cls: PyType) {
    this.cls = cls;
    this.dict = null;
    this.slots = null;
    this.born = stampingAllocations ? nextStamp(this) : 0;
  }
}
Object.setPrototypeOf(PyInstance.prototype, PyObj.prototype);

let nextId = 1;
const ids = new WeakMap<object, number>();

/**
 * Gives a statically allocated object of CPython's the id whose low 20 bits its address has
 * in the reference CPython (3.11.7; address randomisation leaves them alone for a static
 * object): hash() by identity is id >> 4, so sets of up to 65536 slots holding it (as
 * `{None, 1, 2}`) iterate in CPython's order. Below every id objectId hands out.
 */
export function fixStaticId(o: PyObj, lowBits: number): void {
  ids.set(o, 0x7eff00000000 + lowBits);
}

/** A stable identity number for id() and default reprs. Primitives get theirs from their value. */
export function objectId(o: PyObj): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = 0x7f0000000000 + (nextId++) * 16;
    ids.set(o, id);
  }
  return id;
}
