// Code point indexes of strs with surrogates: a tpy str is a JS string of UTF-16 units,
// where a character past U+FFFF (an emoji) is a pair of units. Such a string's code points
// are found through the positions of its pairs, remembered for the last four long strings,
// so that s[i], s[a:b] and len(s) in a loop over an emoji text are not a scan each
// (12,000 characters: s[i] over all of them 870 ms, CPython 0.4).

/** A string's pairs: the code point index of each (ascending), and its length in code points. */
interface Pairs {
  readonly s: string;
  readonly at: Int32Array;
  readonly length: number;
  /** The last lookup's answer (pairsBefore): indexes usually come in order. */
  hint: number;
}

const remembered: (Pairs | null)[] = [null, null, null, null];
let nextRemembered = 0;

/** Shorter strings are scanned each time, not remembered. */
const REMEMBERED_FROM = 32;

function pairsOf(s: string): Pairs {
  for (let k = 0; k < 4; k++) {
    const p = remembered[k];
    if (p !== null && p.s === s) return p;
  }
  const at: number[] = [];
  const n = s.length;
  let cp = 0;
  for (let u = 0; u < n; u++, cp++) {
    const c = s.charCodeAt(u);
    // Only a high surrogate followed by a low one is one character; a lone one is its own.
    if (c >= 0xd800 && c < 0xdc00 && u + 1 < n) {
      const d = s.charCodeAt(u + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        at.push(cp);
        u++;
      }
    }
  }
  const p: Pairs = { s, at: Int32Array.from(at), length: cp, hint: 0 };
  if (n > REMEMBERED_FROM) {
    remembered[nextRemembered] = p;
    nextRemembered = (nextRemembered + 1) & 3;
  }
  return p;
}

/** How many pairs come before code point index i: from the last answer when i is near it, else by bisection. */
function pairsBefore(p: Pairs, i: number): number {
  const at = p.at;
  let k = p.hint;
  if (k > at.length) k = at.length;
  // A few steps from the last answer, either way (s[i] in a loop moves by one).
  for (let step = 0; step < 8; step++) {
    if (k < at.length && at[k] < i) k++;
    else if (k > 0 && at[k - 1] >= i) k--;
    else return (p.hint = k);
  }
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at[mid] < i) lo = mid + 1;
    else hi = mid;
  }
  return (p.hint = lo);
}

/** len(s) in code points, for a string that may hold surrogates. */
export function cpLength(s: string): number {
  return pairsOf(s).length;
}

/** The character at code point index i (0 <= i < cpLength(s)). */
export function cpAt(s: string, i: number): string {
  const p = pairsOf(s);
  const k = pairsBefore(p, i);
  const u = i + k;
  // The character is a pair when the next pair is this one.
  return k < p.at.length && p.at[k] === i ? s.slice(u, u + 2) : s[u];
}

/** s[a:b] by code point indexes (0 <= a <= b <= cpLength(s)). */
export function cpSliceOf(s: string, a: number, b: number): string {
  const p = pairsOf(s);
  const from = a + pairsBefore(p, a);
  return s.slice(from, b + pairsBefore(p, b));
}
