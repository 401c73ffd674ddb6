// s[i] and s[a:b] for a str: the common cases answered without the type's __getitem__.
//
// A tpy str is a JS string, indexed by UTF-16 code units; Python indexes code points. They
// agree when the string has no surrogate (str_surrogates.ts), which is nearly every string a
// program indexes; otherwise the positions of its pairs tell (str_code_points.ts).

import { PySlice } from '../objects/range.js';
import { None } from '../objects/singletons.js';
import { noSurrogate, noSurrogateBefore, PREFIX_SCANNED } from './str_surrogates.js';
import { cpLength, cpAt, cpSliceOf } from './str_code_points.js';

/** s[i] when i (possibly negative) is in range, by code point; else undefined (the general path raises). */
export function strItemAt(s: string, i: number): string | undefined {
  const n = s.length;
  if (i >= 0 && i < n && i < PREFIX_SCANNED && noSurrogateBefore(s, i + 1)) return s[i];
  if (noSurrogate(s)) {
    const j = i < 0 ? i + n : i;
    return j >= 0 && j < n ? s[j] : undefined;
  }
  // By code point (an emoji before it).
  const len = cpLength(s);
  const j = i < 0 ? i + len : i;
  return j >= 0 && j < len ? cpAt(s, j) : undefined;
}

/**
 * s[start:stop] (no step, or step 1) by code point when the bounds are ints or None; else
 * undefined. Bounds from the start within the string need only the units before `stop` to
 * have no surrogate (k[:3] of any str); others, the whole string, or its pairs' positions.
 */
export function strSliceAt(s: string, sl: PySlice): string | undefined {
  const { start, stop, step } = sl;
  if (step !== None && step !== 1) return undefined;
  const n = s.length;
  const from = start === None ? 0 : typeof start === 'number' ? start : -1;
  if (typeof stop === 'number' && stop >= 0 && stop <= n && from >= 0) {
    if (from >= stop) return '';
    if (noSurrogateBefore(s, stop)) return s.slice(from, stop);
  }
  const simple = noSurrogate(s);
  const len = simple ? n : cpLength(s);
  const a = start === None ? 0 : typeof start === 'number' ? clamp(start, len) : -1;
  const b = stop === None ? len : typeof stop === 'number' ? clamp(stop, len) : -1;
  if (a < 0 || b < 0) return undefined;
  if (b <= a) return '';
  return simple ? s.slice(a, b) : cpSliceOf(s, a, b);
}

/** A slice bound within 0..n, counted from the end when negative (as PySlice_AdjustIndices). */
function clamp(i: number, n: number): number {
  if (i < 0) return i + n < 0 ? 0 : i + n;
  return i > n ? n : i;
}
