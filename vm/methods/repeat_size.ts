// Size checks for repeating a str or bytes (CPython's unicode_repeat / bytes_repeat / bytearray_repeat).

import { MemoryError, newException, overflowError } from '../objects/exceptions.js';

/** PY_SSIZE_T_MAX. */
const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * The length of `length` units repeated `n` times (both positive), or CPython's error: past
 * Py_ssize_t, str and bytes raise OverflowError with `overflowMessage` (bytearray has none
 * and raises MemoryError); past `limit`, what tpy can allocate, MemoryError.
 */
export function repeatedLength(length: number, n: number | bigint, limit: number, overflowMessage: string | null): number {
  const total = length * Number(n);
  if (total <= limit) return total;
  // CPython's own test, in exact integers (n may be past 2**53): size > PY_SSIZE_T_MAX / n.
  if (overflowMessage !== null && BigInt(length) > SSIZE_MAX / BigInt(n)) throw overflowError(overflowMessage);
  throw newException(MemoryError);
}
