// Whether a str's UTF-16 code units and its code points agree: a tpy str is a JS string,
// indexed by units, while Python indexes code points; the two agree when the string has no
// surrogate, which is nearly every string a program indexes, slices or measures.

const SURROGATE = /[\ud800-\udfff]/;

/**
 * How many units are scanned by a loop rather than tested by RegExp (~10 ns for a line): a
 * word or a key. A loop over a longer string costs more, ~1.5 ns a unit in a string made by
 * concatenation (V8 reads each unit through the cons string), so a whole string is scanned
 * up to SCANNED units, a prefix of one (k[:3], s[0]) up to PREFIX_SCANNED.
 */
const SCANNED = 10;
export const PREFIX_SCANNED = 16;

/**
 * Strings from this length on are remembered: below it, comparing a string with the four
 * remembered ones (lines of one length differ only in their contents, compared by a runtime
 * call each) costs as much as the test.
 */
const REMEMBERED_FROM = 256;

/**
 * The last long strings found to have no surrogate. V8's RegExp test scans the string (a
 * 20,000-character str: ~10 us), so `s[i]` or `len(s)` in a loop over a long text was a scan
 * each time (20,000 indexes: 200 ms, CPython 0.8). A string compared with itself is one
 * pointer comparison; another of the same length is compared up to its first difference,
 * faster than the scan it saves. Four, so that loops over two or three texts at once
 * (a[i] != b[i]) keep theirs.
 */
const known: string[] = ['', '', '', ''];
let nextKnown = 0;
/** The last long strings found to have one (an emoji text indexed in a loop: str_code_points.ts). */
const knownNot: string[] = ['', '', '', ''];
let nextKnownNot = 0;

/** Whether s holds no surrogate (code unit and code point indexes coincide). */
export function noSurrogate(s: string): boolean {
  const n = s.length;
  if (n <= SCANNED) return scan(s, n);
  if (n < REMEMBERED_FROM) return !SURROGATE.test(s);
  if (s === known[0] || s === known[1] || s === known[2] || s === known[3]) return true;
  if (s === knownNot[0] || s === knownNot[1] || s === knownNot[2] || s === knownNot[3]) return false;
  if (SURROGATE.test(s)) {
    knownNot[nextKnownNot] = s;
    nextKnownNot = (nextKnownNot + 1) & 3;
    return false;
  }
  known[nextKnown] = s;
  nextKnown = (nextKnown + 1) & 3;
  return true;
}

/**
 * Whether s's first `end` units hold no surrogate, so that indexes below `end` agree: a
 * short prefix is scanned (k[:3], s[0] of any string), a longer one tested with the whole string.
 */
export function noSurrogateBefore(s: string, end: number): boolean {
  return end <= PREFIX_SCANNED ? scan(s, end) : noSurrogate(s);
}

function scan(s: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xe000) return false;
  }
  return true;
}

/**
 * A str's characters, as its iterator gives them (list(s), tuple(s), l.extend(s)): by V8's
 * split when units and code points agree (native code, one-character strings from V8's
 * cache), else by code point.
 */
export function strCharacters(s: string): string[] {
  if (!noSurrogate(s)) return Array.from(s);
  // A word by a loop (V8's split is a runtime call); a longer text by split, native from its first call.
  if (s.length > 32) return s.split('');
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s[i]);
  return out;
}
