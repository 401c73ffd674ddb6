// s[i] and s[a:b] for a str: the common cases answered without the type's __getitem__.
//
// A tpy str is a JS string, indexed by UTF-16 code units; Python indexes code points. They
// agree when the string has no surrogate (V8's regexp answers that for a one-byte string
// without scanning it), which is nearly every string a program indexes.

import { PySlice } from '../objects/range.js';
import { None } from '../objects/singletons.js';

const SURROGATE = /[\ud800-\udfff]/;

/** s[i] when s has no surrogate and i (possibly negative) is in range; else undefined (the general path decides). */
export function strItemAt(s: string, i: number): string | undefined {
  const n = s.length;
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n || SURROGATE.test(s)) return undefined;
  return s[j];
}

/** s[start:stop] (no step, or step 1) when s has no surrogate and the bounds are ints or None; else undefined. */
export function strSliceAt(s: string, sl: PySlice): string | undefined {
  const { start, stop, step } = sl;
  if ((step !== None && step !== 1) || SURROGATE.test(s)) return undefined;
  const n = s.length;
  const a = start === None ? 0 : typeof start === 'number' ? clamp(start, n) : -1;
  const b = stop === None ? n : typeof stop === 'number' ? clamp(stop, n) : -1;
  if (a < 0 || b < 0) return undefined;
  return b > a ? s.slice(a, b) : '';
}

/** A slice bound within 0..n, counted from the end when negative (as PySlice_AdjustIndices). */
function clamp(i: number, n: number): number {
  if (i < 0) return i + n < 0 ? 0 : i + n;
  return i > n ? n : i;
}
