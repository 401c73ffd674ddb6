// Character classes and case mappings of str methods (isspace, isdigit, title...), in CPython's Unicode sense.

import { NumericKind, isAssigned14, specialCasefold, specialTitle, ucdNumeric, unassigned14Regex } from '../unicode/ucd.js';

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

const RE_ALPHA = /^\p{L}$/u;
const RE_UPPER = /^\p{Uppercase}$/u;
const RE_LOWER = /^\p{Lowercase}$/u;
const RE_TITLE = /^\p{Lt}$/u;
const RE_CASED = /^\p{Cased}$/u;
const RE_NOT_PRINTABLE = /^[\p{C}\p{Z}]$/u;
const RE_IDENT = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
const RE_NON_ASCII = /[^\x00-\x7f]/;

// JavaScript's property escapes and case mappings follow Node's ICU, which may know a later
// Unicode than CPython 3.11's 14.0: a character assigned since then has no property and no
// case here (assigned14), as in CPython. Numeric properties come from the 14.0 tables.

/** Whether Unicode 14.0 assigns the character of a one-character string. */
function assigned14(ch: string): boolean {
  return isAssigned14(ch.codePointAt(0)!);
}

// Assigned characters whose properties changed after Unicode 14.0 (found by comparing each
// code point with Unicode 17's ICU): lowercase in 14.0 only (U+0295 was Ll), lowercase since
// (modifier letters given Other_Lowercase), identifier characters since 15.1 (ZWNJ, ZWJ and
// the katakana middle dots).
const LOWER_IN_14 = new Set([0x295]);
const NOT_LOWER_IN_14 = new Set([0x10fc, 0xa7f2, 0xa7f3, 0xa7f4, 0xab69]);
const RE_NOT_IDENT_IN_14 = /[\u200c\u200d\u30fb\uff65]/;

const numericKind = (ch: string): NumericKind | undefined => ucdNumeric(ch.codePointAt(0)!)?.kind;

// The ASCII characters' classes, so that the predicates answer them without a Unicode
// property regex (a regex test per character made 'word'.isalpha() cost ~10x CPython).
const A_ALPHA = 1;
const A_DIGIT = 2;
const A_UPPER = 4;
const A_LOWER = 8;
const A_PRINTABLE = 16;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let k = 0;
  if (c >= 0x41 && c <= 0x5a) k |= A_ALPHA | A_UPPER;
  if (c >= 0x61 && c <= 0x7a) k |= A_ALPHA | A_LOWER;
  if (c >= 0x30 && c <= 0x39) k |= A_DIGIT;
  if (c >= 0x20 && c < 0x7f) k |= A_PRINTABLE;
  ASCII_CLASS[c] = k;
}

/** The class bits of a one-character string that is ASCII, else -1. */
function asciiClass(ch: string): number {
  const c = ch.charCodeAt(0);
  return c < 128 ? ASCII_CLASS[c] : -1;
}

/** A test of one character; `asciiBits`: the ASCII classes it holds for, when it is one of those. */
type CharTest = ((ch: string) => boolean) & { readonly asciiBits?: number };

const asciiOr = (bits: number, other: (ch: string) => boolean): CharTest => Object.assign((ch: string): boolean => {
  const k = asciiClass(ch);
  return k >= 0 ? (k & bits) !== 0 : other(ch);
}, { asciiBits: bits });

/** The upper and lower case bits of an all-ASCII string's characters together, else -1. */
function asciiCaseBits(s: string): number {
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return -1;
    k |= ASCII_CLASS[c]!;
  }
  return k & (A_UPPER | A_LOWER);
}

export const isDecimalChar = asciiOr(A_DIGIT, (ch) => numericKind(ch) === NumericKind.Decimal);
export const isDigitChar = asciiOr(A_DIGIT, (ch) => (numericKind(ch) ?? NumericKind.Numeric) <= NumericKind.Digit);
export const isNumericChar = asciiOr(A_DIGIT, (ch) => numericKind(ch) !== undefined);
export const isAlphaChar = asciiOr(A_ALPHA, (ch) => RE_ALPHA.test(ch) && assigned14(ch));
export const isUpperChar = asciiOr(A_UPPER, (ch) => RE_UPPER.test(ch) && assigned14(ch));
export const isLowerChar = asciiOr(A_LOWER, (ch) => {
  const cp = ch.codePointAt(0)!;
  return LOWER_IN_14.has(cp) || (RE_LOWER.test(ch) && assigned14(ch) && !NOT_LOWER_IN_14.has(cp));
});
export const isTitleChar = asciiOr(0, (ch) => RE_TITLE.test(ch) && assigned14(ch));
export const isCasedChar = asciiOr(A_UPPER | A_LOWER, (ch) => RE_CASED.test(ch) && assigned14(ch));
export const isAlnumChar = asciiOr(A_ALPHA | A_DIGIT, (ch) => isAlphaChar(ch) || isDecimalChar(ch) || isDigitChar(ch) || isNumericChar(ch));

/** str.isprintable for one character: not in categories Other and Separator, except the space. */
export const isPrintableChar = asciiOr(A_PRINTABLE, (ch) => ch === ' ' || (!RE_NOT_PRINTABLE.test(ch) && assigned14(ch)));

export function isIdentifier(s: string): boolean {
  return RE_IDENT.test(s) && !(RE_NON_ASCII.test(s) && (unassigned14Regex().test(s) || RE_NOT_IDENT_IN_14.test(s)));
}

/** A case mapping of one character as Unicode 14.0 has it: none for a character assigned later, or to one. */
function caseMapped(ch: string, mapped: string): string {
  if (mapped === ch || ch.charCodeAt(0) < 0x80) return mapped;
  const beyond = unassigned14Regex();
  return beyond.test(ch) || beyond.test(mapped) ? ch : mapped;
}

/** The titlecase mapping of one character (for title() and capitalize()). */
export function titleCaseChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 0x61 && c <= 0x7a ? String.fromCharCode(c - 32) : ch;
  return specialTitle(ch.codePointAt(0)!) ?? caseMapped(ch, ch.toUpperCase());
}

/**
 * str.upper()/lower() of a whole string: JavaScript's mapping (final sigma included), redone
 * character by character in the rare strings where a character beyond Unicode 14.0 takes part.
 */
export function strUpper(s: string): string {
  if (s.length <= 8) {
    const r = shortAsciiUpper(s);
    if (r !== null) return r;
  }
  const r = s.toUpperCase();
  if (r === s || !beyond14(s, r)) return r;
  let out = '';
  for (const ch of s) out += caseMapped(ch, ch.toUpperCase());
  return out;
}

/** A unit's uppercase when it is an ASCII lowercase letter. */
const up = (c: number): number => (c >= 0x61 && c <= 0x7a ? c - 32 : c);

/**
 * upper() of a word of at most 8 ASCII characters, built by String.fromCharCode: V8's
 * toUpperCase is a call into C++ (~22 ns a word; its toLowerCase is not). Null when s is not
 * ASCII.
 */
function shortAsciiUpper(s: string): string | null {
  const n = s.length;
  let lower = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) return null;
    if (c >= 0x61 && c <= 0x7a) lower = true;
  }
  if (!lower) return s;
  const f = String.fromCharCode;
  const c0 = up(s.charCodeAt(0));
  if (n === 1) return f(c0);
  const c1 = up(s.charCodeAt(1));
  if (n === 2) return f(c0, c1);
  const c2 = up(s.charCodeAt(2));
  if (n === 3) return f(c0, c1, c2);
  const c3 = up(s.charCodeAt(3));
  if (n === 4) return f(c0, c1, c2, c3);
  const c4 = up(s.charCodeAt(4));
  if (n === 5) return f(c0, c1, c2, c3, c4);
  const c5 = up(s.charCodeAt(5));
  if (n === 6) return f(c0, c1, c2, c3, c4, c5);
  const c6 = up(s.charCodeAt(6));
  if (n === 7) return f(c0, c1, c2, c3, c4, c5, c6);
  return f(c0, c1, c2, c3, c4, c5, c6, up(s.charCodeAt(7)));
}

export function strLower(s: string): string {
  const r = s.toLowerCase();
  if (r === s || !beyond14(s, r)) return r;
  const cps = Array.from(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

/** True when every unit of s is ASCII: a loop for a word, where a RegExp test costs more than the scan (not for a line: see str_surrogates.ts). */
function isAscii(s: string): boolean {
  if (s.length > 10) return !RE_NON_ASCII.test(s);
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function beyond14(s: string, r: string): boolean {
  if (isAscii(s)) return false; // an ASCII string maps to ASCII
  const beyond = unassigned14Regex();
  return beyond.test(s) || beyond.test(r);
}

const RE_CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;

/**
 * What CAPITAL SIGMA at code point index i lowers to: final sigma (U+03C2) after a cased
 * letter and not before one, case-ignorable characters skipped (CPython's
 * handle_capital_sigma); else small sigma. lower() gets this from JavaScript's toLowerCase of
 * the whole string; title() and swapcase() lower one character at a time.
 */
function lowerSigma(cps: string[], i: number): string {
  let j = i - 1;
  while (j >= 0 && RE_CASE_IGNORABLE.test(cps[j])) j--;
  let final = j >= 0 && isCasedChar(cps[j]);
  if (final) {
    let k = i + 1;
    while (k < cps.length && RE_CASE_IGNORABLE.test(cps[k])) k++;
    final = k === cps.length || !isCasedChar(cps[k]);
  }
  return final ? '\u03c2' : '\u03c3';
}

/** One character lowered in its place in the string (capital sigma by its context). */
function lowerAt(cps: string[], i: number): string {
  const ch = cps[i];
  return ch === '\u03a3' ? lowerSigma(cps, i) : caseMapped(ch, ch.toLowerCase());
}

export function strTitle(s: string): string {
  if (isAscii(s)) return asciiTitle(s);
  const cps = Array.from(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    out += prevCased ? lowerAt(cps, i) : titleCaseChar(ch);
    prevCased = isCasedChar(ch);
  }
  return out;
}

/**
 * title() of an ASCII string: its lowercase, with each letter that follows a non-letter made
 * uppercase, by slices (a character at a time cost 5x CPython's on a line).
 */
function asciiTitle(s: string): string {
  const lower = s.toLowerCase();
  let out = '';
  let from = 0;
  let prevCased = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const cased = c >= 0x61 && c <= 0x7a;
    if (cased && !prevCased) {
      out += lower.slice(from, i) + String.fromCharCode(c - 32);
      from = i + 1;
    }
    prevCased = cased;
  }
  return out + lower.slice(from);
}

export function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  const first = String.fromCodePoint(s.codePointAt(0)!);
  const rest = s.slice(first.length);
  if (!rest.includes('\u03a3')) return titleCaseChar(first) + strLower(rest);
  // A capital sigma's form depends on what precedes it, the first character included.
  const cps = Array.from(s);
  let out = titleCaseChar(first);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

export function strSwapcase(s: string): string {
  const cps = Array.from(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    if (isUpperChar(ch)) out += lowerAt(cps, i);
    else if (isLowerChar(ch)) out += caseMapped(ch, ch.toUpperCase());
    else out += ch;
  }
  return out;
}

export function strCasefold(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) out += ch.toLowerCase();
    else out += specialCasefold(ch.codePointAt(0)!) ?? caseMapped(ch, ch.toLowerCase());
  }
  return out;
}

/** isupper/islower: at least one cased character and none of the other case. */
export function strIsUpper(s: string): boolean {
  const k = asciiCaseBits(s); // (ASCII has no titlecase letters)
  if (k >= 0) return k === A_UPPER;
  let cased = false;
  for (const ch of s) {
    if (isLowerChar(ch) || isTitleChar(ch)) return false;
    if (!cased && isUpperChar(ch)) cased = true;
  }
  return cased;
}

export function strIsLower(s: string): boolean {
  const k = asciiCaseBits(s);
  if (k >= 0) return k === A_LOWER;
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
export function allChars(s: string, pred: CharTest): boolean {
  if (s.length === 0) return false;
  // The ASCII prefix from the class table, a code unit at a time (no string per character).
  const bits = pred.asciiBits;
  let rest = s;
  if (bits !== undefined) {
    let i = 0;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 128) break;
      if ((ASCII_CLASS[c]! & bits) === 0) return false;
    }
    if (i === s.length) return true;
    rest = s.slice(i);
  }
  for (const ch of rest) if (!pred(ch)) return false;
  return true;
}
