// Complex numbers to and from text: complex('1+2j'), repr(1+2j) and format(z, spec), as CPython 3.11 writes and reads them.

import { valueError } from '../objects/exceptions.js';
import { floatToString, type FloatCode } from './float_repr.js';
import { parseFormatSpec, layoutFloatText, unknownCode, type FormatSpec } from './format_spec.js';
import { toAsciiDigitsAndSpaces } from './int_text.js';
import type { Cx } from './complex_math.js';

/** C's isspace() in the C locale (non-ASCII spaces were made ' ' first). */
function isCSpace(c: string | undefined): boolean {
  return c === ' ' || (c !== undefined && c >= '\t' && c <= '\r');
}

/** A float at the start of the text, as PyOS_string_to_double reads a prefix (no leading space). */
const FLOAT_PREFIX = /[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)/iy;

function floatAt(s: string, pos: number): [number, number] | null {
  FLOAT_PREFIX.lastIndex = pos;
  const m = FLOAT_PREFIX.exec(s);
  if (m === null) return null;
  const text = m[0];
  const body = text.replace(/^[+-]/, '').toLowerCase();
  let v: number;
  if (body === 'nan') v = NaN;
  else if (body.startsWith('inf')) v = text[0] === '-' ? -Infinity : Infinity;
  else v = Number(text);
  return [v, pos + text.length];
}

/**
 * complex(text): `<float>`, `<float>j`, `<float><signed float>j`, and the older `<float><sign>j`,
 * `<sign>j` and `j`, optionally in parentheses, with whitespace around (and inside the
 * parentheses); underscores only between digits. `shown` is the argument's repr, for the
 * underscore error.
 */
export function parseComplexText(text: string, shown: () => string): Cx {
  let s = toAsciiDigitsAndSpaces(text);
  if (s.includes('_')) s = withoutUnderscores(s, shown);
  const malformed = () => valueError('complex() arg is a malformed string');
  let i = 0;
  const n = s.length;
  while (i < n && isCSpace(s[i])) i++;
  const bracket = s[i] === '(';
  if (bracket) {
    i++;
    while (i < n && isCSpace(s[i])) i++;
  }
  let re = 0;
  let im = 0;
  const first = floatAt(s, i);
  const isJ = (c: string | undefined) => c === 'j' || c === 'J';
  if (first !== null) {
    i = first[1];
    if (s[i] === '+' || s[i] === '-') {
      re = first[0];
      const second = floatAt(s, i);
      if (second !== null) {
        im = second[0];
        i = second[1];
      } else {
        im = s[i] === '+' ? 1 : -1;
        i++;
      }
      if (!isJ(s[i])) throw malformed();
      i++;
    } else if (isJ(s[i])) {
      im = first[0];
      i++;
    } else {
      re = first[0];
    }
  } else {
    if (s[i] === '+' || s[i] === '-') {
      im = s[i] === '+' ? 1 : -1;
      i++;
    } else {
      im = 1;
    }
    if (!isJ(s[i])) throw malformed();
    i++;
  }
  while (i < n && isCSpace(s[i])) i++;
  if (bracket) {
    if (s[i] !== ')') throw malformed();
    i++;
    while (i < n && isCSpace(s[i])) i++;
  }
  if (i !== n) throw malformed();
  return [re, im];
}

/** Removes underscores standing between two digits; any other underscore is an error. */
function withoutUnderscores(s: string, shown: () => string): string {
  const fail = () => valueError(`could not convert string to complex: ${shown()}`);
  let out = '';
  let prev = '';
  for (const ch of s) {
    if (ch === '_') {
      if (!(prev >= '0' && prev <= '9')) throw fail();
    } else {
      if (prev === '_' && !(ch >= '0' && ch <= '9')) throw fail();
      out += ch;
    }
    prev = ch;
  }
  if (prev === '_') throw fail();
  return out;
}

/** True for +0.0 (the real part repr and format leave out). */
function isPositiveZero(x: number): boolean {
  return x === 0 && !Object.is(x, -0);
}

/** repr(z): `1j`, `(1+2j)`, `(-0-1j)`; each part as repr(float) writes it, without a '.0'. */
export function complexRepr(re: number, im: number): string {
  const imText = floatToString(im, 'r', 0, { sign: !isPositiveZero(re) });
  if (isPositiveZero(re)) return `${imText}j`;
  return `(${floatToString(re, 'r', 0)}${imText}j)`;
}

/** format(z, spec): each part as a float with the spec's type, then the whole padded to the width. */
export function formatComplex(re: number, im: number, spec: string, typeName = 'complex'): string {
  if (spec === '') return complexRepr(re, im);
  const f = parseFormatSpec(spec, typeName, '', '>');
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      throw unknownCode(f.type, typeName);
  }
  if (f.precision > 2147483647) throw valueError('precision too big');
  if (f.fill === '0') throw valueError('Zero padding is not allowed in complex format specifier');
  if (f.align === '=') throw valueError("'=' alignment flag is not allowed in complex format specifier");
  let type: string = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  if (type === '') {
    // Like str(z), but with the spec's precision, sign and grouping.
    type = 'r';
    defaultPrecision = 0;
    if (isPositiveZero(re)) skipRe = true;
    else parens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const flags = { alt: f.alternate, noNeg0: f.noNeg0 };
  const part = (x: number, sign: FormatSpec['sign']) =>
    layoutFloatText({ ...f, sign, fill: ' ', align: '<', width: -1 }, floatToString(x, type as FloatCode, precision, flags));
  const body = (parens ? '(' : '') + (skipRe ? '' : part(re, f.sign)) + part(im, skipRe ? f.sign : '+') + 'j' + (parens ? ')' : '');
  const len = Array.from(body).length;
  const padding = f.width - len;
  if (padding <= 0) return body;
  const fill = (k: number) => f.fill.repeat(k);
  if (f.align === '<') return body + fill(padding);
  if (f.align === '^') return fill(padding >> 1) + body + fill(padding - (padding >> 1));
  return fill(padding) + body;
}
