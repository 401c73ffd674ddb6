// str * n: CPython's size checks, then V8's repeat.

import { repeatedLength } from './repeat_size.js';

/** The longest string V8 can hold, in UTF-16 units. */
const MAX_STRING = 0x1fffffe8;

/** `s` repeated `n` times (n a Py_ssize_t). */
export function repeatStr(s: string, n: number | bigint): string {
  if (n <= 0 || s.length === 0) return '';
  repeatedLength(s.length, n, MAX_STRING, 'repeated string is too long');
  return s.repeat(Number(n));
}
