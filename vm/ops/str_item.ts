// s[i] for a str and an int: the common case answered without the type's __getitem__.
//
// A tpy str is a JS string, indexed by UTF-16 code units; Python indexes code points. They
// agree when the string has no surrogate (V8's regexp answers that for a one-byte string
// without scanning it), which is nearly every string a program indexes.

const SURROGATE = /[\ud800-\udfff]/;

/** s[i] when s has no surrogate and i (possibly negative) is in range; else undefined (the general path decides). */
export function strItemAt(s: string, i: number): string | undefined {
  const n = s.length;
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n || SURROGATE.test(s)) return undefined;
  return s[j];
}
