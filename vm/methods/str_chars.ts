// Character classes and case mappings of str methods (isspace, isdigit, title...), in CPython's Unicode sense.

/** str.isspace: Python's whitespace (bidirectional WS/B/S or category Zs), which differs from JS's \s. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Line boundaries of str.splitlines (\r\n counts as one). */
export function isLineBreak(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

const RE_DECIMAL = /^\p{Nd}$/u;
const RE_NUMERIC = /^\p{N}$/u;
const RE_ALPHA = /^\p{L}$/u;
const RE_UPPER = /^\p{Uppercase}$/u;
const RE_LOWER = /^\p{Lowercase}$/u;
const RE_TITLE = /^\p{Lt}$/u;
const RE_CASED = /^\p{Cased}$/u;
const RE_NOT_PRINTABLE = /^[\p{C}\p{Z}]$/u;
const RE_IDENT = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
/** Code points with Numeric_Type=Digit that are not decimal (superscripts, circled digits...). */
const RE_DIGIT_EXTRA = /^[\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u{10a40}-\u{10a43}\u{1d7ce}-\u{1d7ff}\u{1f100}-\u{1f10a}]$/u;

export const isDecimalChar = (ch: string): boolean => RE_DECIMAL.test(ch);
export const isDigitChar = (ch: string): boolean => RE_DECIMAL.test(ch) || RE_DIGIT_EXTRA.test(ch);
export const isNumericChar = (ch: string): boolean => RE_NUMERIC.test(ch) || ch === '\u3405' || ch === '\u5341' || ch === '\u4e07';
export const isAlphaChar = (ch: string): boolean => RE_ALPHA.test(ch);
export const isUpperChar = (ch: string): boolean => RE_UPPER.test(ch);
export const isLowerChar = (ch: string): boolean => RE_LOWER.test(ch);
export const isTitleChar = (ch: string): boolean => RE_TITLE.test(ch);
export const isCasedChar = (ch: string): boolean => RE_CASED.test(ch);
export const isAlnumChar = (ch: string): boolean => isAlphaChar(ch) || isDecimalChar(ch) || isDigitChar(ch) || isNumericChar(ch);

/** str.isprintable for one character: not in categories Other and Separator, except the space. */
export function isPrintableChar(ch: string): boolean {
  return ch === ' ' || !RE_NOT_PRINTABLE.test(ch);
}

export function isIdentifier(s: string): boolean {
  return RE_IDENT.test(s);
}

/** Titlecase digraphs, which JS's toUpperCase maps to the all-capitals form. */
const TITLE_DIGRAPHS: Record<string, string> = {
  '\u01c4': '\u01c5', '\u01c5': '\u01c5', '\u01c6': '\u01c5',
  '\u01c7': '\u01c8', '\u01c8': '\u01c8', '\u01c9': '\u01c8',
  '\u01ca': '\u01cb', '\u01cb': '\u01cb', '\u01cc': '\u01cb',
  '\u01f1': '\u01f2', '\u01f2': '\u01f2', '\u01f3': '\u01f2',
};

/** The titlecase mapping of one character (for title() and capitalize()). */
export function titleCaseChar(ch: string): string {
  const d = TITLE_DIGRAPHS[ch];
  if (d !== undefined) return d;
  const u = ch.toUpperCase();
  if (u.length <= 2 && Array.from(u).length === 1) return u;
  // A multi-character uppercase (ß -> SS, ﬁ -> FI): the titlecase form capitalises only the first.
  const cps = Array.from(u);
  return cps[0] + cps.slice(1).join('').toLowerCase();
}

export function strTitle(s: string): string {
  let out = '';
  let prevCased = false;
  for (const ch of s) {
    out += prevCased ? ch.toLowerCase() : titleCaseChar(ch);
    prevCased = isCasedChar(ch);
  }
  return out;
}

export function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  const first = String.fromCodePoint(s.codePointAt(0)!);
  return titleCaseChar(first) + s.slice(first.length).toLowerCase();
}

export function strSwapcase(s: string): string {
  let out = '';
  for (const ch of s) {
    if (isUpperChar(ch)) out += ch.toLowerCase();
    else if (isLowerChar(ch)) out += ch.toUpperCase();
    else out += ch;
  }
  return out;
}

export function strCasefold(s: string): string {
  let out = '';
  for (const ch of s) out += ch.charCodeAt(0) < 0x80 ? ch.toLowerCase() : ch.toUpperCase().toLowerCase();
  return out;
}

/** isupper/islower: at least one cased character and none of the other case. */
export function strIsUpper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isLowerChar(ch) || isTitleChar(ch)) return false;
    if (!cased && isUpperChar(ch)) cased = true;
  }
  return cased;
}

export function strIsLower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isUpperChar(ch) || isTitleChar(ch)) return false;
    if (!cased && isLowerChar(ch)) cased = true;
  }
  return cased;
}

export function strIsTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    if (isUpperChar(ch) || isTitleChar(ch)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (isLowerChar(ch)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}

/** True when every character satisfies `pred` (and the string is non-empty). */
export function allChars(s: string, pred: (ch: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!pred(ch)) return false;
  return true;
}
