// Size checks for repeating a str or bytes (CPython's unicode_repeat / bytes_repeat / bytearray_repeat).

import { MemoryError, newException, overflowError } from '../objects/exceptions.js';

/** Py_ssize_t's limit: a product at or past it (as a float, so 2**63) has overflowed. */
const SSIZE_LIMIT = 2 ** 63;

/**
 * The length of `length` units repeated `n` times (both positive), or CPython's error: past
 * Py_ssize_t, str and bytes raise OverflowError with `overflowMessage` (bytearray has none
 * and raises MemoryError); past `limit`, what tpy can allocate, MemoryError.
 */
export function repeatedLength(length: number, n: number, limit: number, overflowMessage: string | null): number {
  if (length * n >= SSIZE_LIMIT) {
    throw overflowMessage !== null ? overflowError(overflowMessage) : newException(MemoryError);
  }
  const total = length * n;
  if (total > limit) throw newException(MemoryError);
  return total;
}
