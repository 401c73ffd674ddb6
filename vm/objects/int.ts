// The int and bool types. Their values are JS numbers, bigints and booleans (see object.ts).

import { makeNativeType, PyType } from './type.js';
import { PyObj, PyObject } from './object.js';

export const intType = makeNativeType('int');
export const boolType = makeNativeType('bool', intType, { final: true });

/** Demotes a bigint result back to a JS number when it is a safe integer. */
export function normInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** Promotes a number result past the safe range to the exact bigint it stands for. */
export function isSmallInt(v: number): boolean {
  return v >= -9007199254740991 && v <= 9007199254740991;
}

/** An instance of a user subclass of int: the int value boxed with its class. */
export class PyIntSub extends PyObj {
  constructor(readonly value: number | bigint, cls: PyType) {
    super(cls);
  }
}

/** The int value of an int, bool or int-subclass instance, or undefined. */
export function intVal(o: PyObject): number | bigint | undefined {
  switch (typeof o) {
    case 'number': case 'bigint': return o;
    case 'boolean': return o ? 1 : 0;
  }
  if (o instanceof PyIntSub) return o.value;
  return undefined;
}
