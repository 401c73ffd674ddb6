// Positions in a JSON document: tpy's str indexes by code point, the native scanner by UTF-16 unit.
//
// The two coincide for the common documents without surrogates; only a document that has
// some pays for the conversion, and only at its entry, its end and an error.

const SURROGATE = /[\ud800-\udfff]/;

export function hasSurrogates(s: string): boolean {
  return SURROGATE.test(s);
}

/** The UTF-16 index of code point index `cp` (past the end stays past the end). */
export function unitIndex(s: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp; n++) i += isPairAt(s, i) ? 2 : 1;
  return i;
}

/** The code point index of UTF-16 index `unit`. */
export function codePointIndex(s: string, unit: number): number {
  let n = 0;
  for (let i = 0; i < unit && i < s.length; i += isPairAt(s, i) ? 2 : 1) n++;
  return n;
}

function isPairAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}
