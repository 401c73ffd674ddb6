// The int and bool types. Their values are JS numbers, bigints and booleans (see object.ts).

import { makeNativeType } from './type.js';

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
