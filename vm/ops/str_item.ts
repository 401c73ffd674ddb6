// s[i] and s[a:b] for a str: the common cases answered without the type's __getitem__.
//
// A tpy str is a JS string, indexed by UTF-16 code units; Python indexes code points. They
// agree when the string has no surrogate (V8's regexp answers that for a one-byte string
// without scanning it), which is nearly every string a program indexes.

import { PySlice } from '../objects/range.js';
import { None } from '../objects/singletons.js';
import { noSurrogateBefore } from './str_surrogates.js';

/** s[i] when i (possibly negative) is in range and no surrogate comes before it; else undefined (the general path decides). */
export function strItemAt(s: string, i: number): string | undefined {
  const n = s.length;
  if (i >= 0) return i < n && noSurrogateBefore(s, i + 1) ? s[i] : undefined;
  const j = i + n;
  return j >= 0 && noSurrogateBefore(s, n) ? s[j] : undefined;
}

/**
 * s[start:stop] (no step, or step 1) when the bounds are ints or None and no surrogate comes
 * before the end of the slice; else undefined. Bounds from the start within the string need
 * only the units before `stop` (k[:3] of any str); others, the whole string.
 */
export function strSliceAt(s: string, sl: PySlice): string | undefined {
  const { start, stop, step } = sl;
  if (step !== None && step !== 1) return undefined;
  const n = s.length;
  const from = start === None ? 0 : typeof start === 'number' ? start : -1;
  if (typeof stop === 'number' && stop >= 0 && stop <= n && from >= 0) {
    if (from >= stop) return '';
    return noSurrogateBefore(s, stop) ? s.slice(from, stop) : undefined;
  }
  if (!noSurrogateBefore(s, n)) return undefined;
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
