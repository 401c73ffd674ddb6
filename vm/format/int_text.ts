// Numbers to and from text as CPython's int() / float() / str(int) / hex() / oct() / bin() do it.

import { strRepr } from './str_repr.js';
import { valueError, type PyBaseException } from '../objects/exceptions.js';
import { normInt } from '../objects/int.js';

type Int = number | bigint;

// ---------------------------------------------------------------- the int digit limit

/** Below this many digits the limit is never checked (CPython's _PY_LONG_MAX_STR_DIGITS_THRESHOLD). */
export const INT_MAX_STR_DIGITS_THRESHOLD = 640;

let maxStrDigits = 4300;

/** sys.set_int_max_str_digits(n): 0 disables the limit (the caller validates n). */
export function setIntMaxStrDigits(n: number): void {
  maxStrDigits = n;
}

/** sys.get_int_max_str_digits(). */
export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

// ---------------------------------------------------------------- int -> text

/** str(v), hex(v), oct(v), bin(v): digits in base 2, 8, 10 or 16, with a '0x'/'0o'/'0b' prefix when asked. */
export function intToString(v: Int, base: 2 | 8 | 10 | 16 = 10, prefix = false): string {
  if (base === 10) {
    if (typeof v === 'number') return String(v);
    const s = v.toString();
    if (maxStrDigits > 0 && s.length - (v < 0n ? 1 : 0) > maxStrDigits) {
      throw valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
    }
    return s;
  }
  const negative = v < 0;
  const digits = (negative ? -v : v).toString(base);
  const p = prefix ? (base === 16 ? '0x' : base === 8 ? '0o' : '0b') : '';
  return (negative ? '-' : '') + p + digits;
}

// ---------------------------------------------------------------- shared helpers

/** Python's str.isspace() for one code point. */
export function isPySpace(c: number): boolean {
  return (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20) || c === 0x85 || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** C's isspace() in the C locale, which is what CPython strips once the text is ASCII. */
function isCSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

const DECIMAL = /\p{Nd}/u;

/** The value 0..9 of a Unicode decimal digit (Nd characters come in runs of ten, each run starting at its zero). */
function unicodeDigitValue(cp: number): number {
  let start = cp;
  while (start > 0 && DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII decimal digits become ASCII
 * digits, non-ASCII whitespace becomes ' ', any other non-ASCII character becomes '?'.
 */
export function toAsciiDigitsAndSpaces(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (isPySpace(cp)) out += ' ';
    else if (DECIMAL.test(ch)) out += String.fromCharCode(48 + unicodeDigitValue(cp));
    else out += '?';
  }
  return out;
}

/** repr() of a str as CPython writes it (for error messages). */
export const pyStrRepr = strRepr;

// ---------------------------------------------------------------- text -> int

/** Digit value of an ASCII character in bases up to 36 (99 for anything else). */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** int(text, base): CPython's PyLong_FromUnicodeObject. */
export function parseInt(text: string, base = 10): Int {
  const r = parseIntOrError(text, base);
  if (typeof r === 'object') throw r;
  return r;
}

/**
 * parseInt, with its ValueError for text that is no int answered rather than thrown (a
 * plain entry hands it over without a JavaScript throw: `try: int(s) except ValueError`).
 */
export function parseIntOrError(text: string, base = 10): Int | PyBaseException {
  if (base === 10) {
    const quick = shortDecimal(text);
    if (quick !== undefined) return quick;
  }
  if ((base !== 0 && base < 2) || base > 36) throw valueError('int() base must be >= 2 and <= 36, or 0');
  const fail = () => valueError(`invalid literal for int() with base ${base}: ${pyStrRepr(text).slice(0, 200)}`);
  const s = toAsciiDigitsAndSpaces(text);
  let pos = 0;
  const end = s.length;
  const at = (i: number) => (i < end ? s.charCodeAt(i) : 0);
  while (pos < end && isCSpace(at(pos))) pos++;
  let negative = false;
  if (at(pos) === 43) pos++;
  else if (at(pos) === 45) {
    negative = true;
    pos++;
  }
  let b = base;
  let errorIfNonzero = false;
  const c1 = at(pos + 1) | 0x20;
  if (b === 0) {
    if (at(pos) !== 48) b = 10;
    else if (c1 === 120) b = 16;
    else if (c1 === 111) b = 8;
    else if (c1 === 98) b = 2;
    else {
      errorIfNonzero = true;
      b = 10;
    }
  }
  if (at(pos) === 48 && ((b === 16 && c1 === 120) || (b === 8 && c1 === 111) || (b === 2 && c1 === 98))) {
    pos += 2;
    if (at(pos) === 95) pos++;
  }
  if (at(pos) === 95) return fail();
  // The run of digits, with single underscores between them.
  const start = pos;
  let digits = '';
  let prev = 0;
  while (pos < end) {
    const c = at(pos);
    if (c === 95) {
      if (prev === 95) return fail();
    } else if (digitValue(c) < b) {
      digits += s[pos];
    } else break;
    prev = c;
    pos++;
  }
  if (prev === 95) return fail();
  if ((b & (b - 1)) !== 0 && digits.length > INT_MAX_STR_DIGITS_THRESHOLD && maxStrDigits > 0 && digits.length > maxStrDigits) {
    throw valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  if (pos === start) return fail();
  while (pos < end && isCSpace(at(pos))) pos++;
  if (pos !== end) return fail();
  const value = digitsToInt(digits, b);
  if (errorIfNonzero && value !== 0) return fail();
  if (!negative) return value;
  return typeof value === 'number' ? (value === 0 ? 0 : -value) : normInt(-value);
}

/**
 * int(text) for the common text, an optional sign then 1 to 15 ASCII digits and nothing
 * else (exactly a double): its value without the general scan; undefined for any other.
 */
function shortDecimal(text: string): number | undefined {
  const n = text.length;
  if (n === 0 || n > 16) return undefined;
  const c0 = text.charCodeAt(0);
  let i = c0 === 45 || c0 === 43 ? 1 : 0;
  if (i === n || n - i > 15) return undefined;
  let v = 0;
  for (; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    v = v * 10 + d;
  }
  return c0 === 45 && v !== 0 ? -v : v;
}

function digitsToInt(digits: string, base: number): Int {
  if (base === 10) {
    if (digits.length <= 15) return Number(digits);
    return normInt(BigInt(digits));
  }
  if (base === 16 || base === 8 || base === 2) {
    const p = base === 16 ? '0x' : base === 8 ? '0o' : '0b';
    return normInt(BigInt(p + digits));
  }
  // Other bases: chunks small enough that base**chunk stays an exact double.
  const chunk = Math.floor(Math.log(2 ** 52) / Math.log(base));
  if (digits.length <= chunk) return Number.parseInt(digits, base);
  let acc = 0n;
  for (let i = 0; i < digits.length; i += chunk) {
    const part = digits.slice(i, i + chunk);
    acc = acc * BigInt(base) ** BigInt(part.length) + BigInt(Number.parseInt(part, base));
  }
  return normInt(acc);
}

// ---------------------------------------------------------------- text -> float

const FLOAT_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const FLOAT_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** float('-nan'): a NaN with its sign bit set, as CPython's (math.copysign reads it). */
const NEGATIVE_NAN = new Float64Array(new BigUint64Array([0xfff8000000000000n]).buffer)[0];

/**
 * float(text): CPython's PyFloat_FromString (decimal digits, underscores between digits, inf/infinity/nan).
 * `shown` is the argument as the error message shows it (repr of the bytes when text came from bytes).
 */
export function parseFloat(text: string, shown: () => string = () => pyStrRepr(text)): number {
  const r = parseFloatOrError(text, shown);
  if (typeof r === 'object') throw r;
  return r;
}

/** parseFloat, with its ValueError answered rather than thrown (as parseIntOrError). */
export function parseFloatOrError(text: string, shown: () => string = () => pyStrRepr(text)): number | PyBaseException {
  const fail = () => valueError(`could not convert string to float: ${shown()}`);
  let s = toAsciiDigitsAndSpaces(text);
  if (s.includes('_')) {
    // Underscores are allowed only between digits.
    let out = '';
    let prev = '';
    for (const ch of s) {
      const isDigit = ch >= '0' && ch <= '9';
      if (ch === '_') {
        if (!(prev >= '0' && prev <= '9')) return fail();
      } else {
        if (prev === '_' && !isDigit) return fail();
        out += ch;
      }
      prev = ch;
    }
    if (prev === '_') return fail();
    s = out;
  }
  let a = 0;
  let b = s.length;
  while (a < b && isCSpace(s.charCodeAt(a))) a++;
  while (b > a && isCSpace(s.charCodeAt(b - 1))) b--;
  const core = s.slice(a, b);
  if (FLOAT_NUMBER.test(core)) return Number(core);
  const m = FLOAT_SPECIAL.exec(core);
  if (m) {
    if (m[2].toLowerCase() === 'nan') return m[1] === '-' ? NEGATIVE_NAN : NaN;
    return m[1] === '-' ? -Infinity : Infinity;
  }
  return fail();
}
