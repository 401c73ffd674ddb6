// The format-spec mini-language: format(int | float | str, spec) exactly as CPython's Python/formatter_unicode.c.

import { overflowError, valueError } from '../objects/exceptions.js';
import { floatRepr, floatToString, type FloatCode } from './float_repr.js';
import { intToString } from './int_text.js';
import { intToFloat } from './bigint_math.js';

export { floatToString, type FloatCode, type FloatFlags } from './float_repr.js';

type Int = number | bigint;

/** A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`. */
export interface FormatSpec {
  fill: string;
  align: '<' | '>' | '=' | '^';
  sign: '' | '+' | '-' | ' ';
  /** The 'z' flag: negative zero coerced to zero (floats only). */
  noNeg0: boolean;
  /** The '#' flag. */
  alternate: boolean;
  /** -1 when absent. */
  width: number;
  /** '' none, ',' or '_' every three digits, '_4' underscores every four digits (b, o, x, X). */
  grouping: '' | ',' | '_' | '_4';
  /** -1 when absent. */
  precision: number;
  /** The presentation type, or '' when absent. */
  type: string;
}

const SSIZE_MAX = 9223372036854775807n;

function isAlign(c: string | undefined): c is FormatSpec['align'] {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/** The code point as CPython prints it in "Unknown format code" messages: itself if printable ASCII, else \xNN. */
function codeText(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : `\\x${cp.toString(16)}`;
}

/**
 * Parses a format spec (parse_internal_render_format_spec). `typeName` is used in the
 * error messages; `defaultType` and `defaultAlign` are the presented object's defaults
 * ('d' and '>' for int, '' and '>' for float, 's' and '<' for str).
 */
/**
 * Parsed specs by default type, default alignment and spec (the type name only words the
 * errors, which are not cached): a program formats with the same few specs again and again.
 * The FormatSpec objects handed out are shared, never to be changed.
 */
const specCache = new Map<string, Map<string, Map<string, FormatSpec>>>();
const SPEC_CACHE_LIMIT = 256;

export function parseFormatSpec(spec: string, typeName = 'object', defaultType = '', defaultAlign: FormatSpec['align'] = '>'): FormatSpec {
  let byAlign = specCache.get(defaultType);
  if (byAlign === undefined) specCache.set(defaultType, (byAlign = new Map()));
  let bySpec = byAlign.get(defaultAlign);
  if (bySpec === undefined) byAlign.set(defaultAlign, (bySpec = new Map()));
  let f = bySpec.get(spec);
  if (f === undefined) {
    f = parseSpecText(spec, typeName, defaultType, defaultAlign);
    if (bySpec.size >= SPEC_CACHE_LIMIT) bySpec.clear();
    bySpec.set(spec, f);
  }
  return f;
}

function parseSpecText(spec: string, typeName: string, defaultType: string, defaultAlign: FormatSpec['align']): FormatSpec {
  const cs = Array.from(spec);
  const end = cs.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: ' ', align: defaultAlign, sign: '', noNeg0: false, alternate: false,
    width: -1, grouping: '', precision: -1, type: defaultType,
  };
  let alignSpecified = false;
  let fillSpecified = false;
  if (end - pos >= 2 && isAlign(cs[pos + 1])) {
    f.align = cs[pos + 1] as FormatSpec['align'];
    f.fill = cs[pos];
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cs[pos])) {
    f.align = cs[pos] as FormatSpec['align'];
    alignSpecified = true;
    pos++;
  }
  if (pos < end && (cs[pos] === '+' || cs[pos] === '-' || cs[pos] === ' ')) f.sign = cs[pos++] as FormatSpec['sign'];
  if (pos < end && cs[pos] === 'z') {
    f.noNeg0 = true;
    pos++;
  }
  if (pos < end && cs[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  if (!fillSpecified && pos < end && cs[pos] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  const readInt = (): number => {
    let v = 0n;
    let n = 0;
    while (pos < end && cs[pos] >= '0' && cs[pos] <= '9') {
      v = v * 10n + BigInt(cs[pos].charCodeAt(0) - 48);
      if (v > SSIZE_MAX) throw valueError('Too many decimal digits in format string');
      pos++;
      n++;
    }
    return n === 0 ? -1 : Number(v);
  };
  f.width = readInt();
  if (pos < end && cs[pos] === ',') {
    f.grouping = ',';
    pos++;
  }
  if (pos < end && cs[pos] === '_') {
    if (f.grouping !== '') throw valueError("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    pos++;
  }
  if (pos < end && cs[pos] === ',' && f.grouping === '_') throw valueError("Cannot specify both ',' and '_'.");
  if (pos < end && cs[pos] === '.') {
    pos++;
    f.precision = readInt();
    if (f.precision === -1) throw valueError('Format specifier missing precision');
  }
  if (end - pos > 1) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (end - pos === 1) f.type = cs[pos];
  if (f.grouping !== '' && !'defgEG%F'.includes(f.type)) {
    // Underscores every four digits are allowed in bin/oct/hex (PEP 515), commas are not.
    if (f.grouping === '_' && f.type !== '' && 'boxX'.includes(f.type)) f.grouping = '_4';
    else throw valueError(`Cannot specify '${f.grouping[0]}' with '${codeText(f.type || '\0')}'.`);
  }
  return f;
}

export function unknownCode(type: string, typeName: string) {
  return valueError(`Unknown format code '${codeText(type || '\0')}' for object of type '${typeName}'`);
}

function repeat(fill: string, n: number): string {
  return n > 0 ? fill.repeat(n) : '';
}

/**
 * _PyUnicode_InsertThousandsGrouping: the digits with a separator every `group` digits
 * (0: no grouping), zero-padded on the left until the result is at least `minWidth` long.
 */
function groupDigits(digits: string, minWidth: number, sep: string, group: number): string {
  if (digits.length === 0) return '';
  minWidth = Math.max(0, minWidth);
  let remaining = digits.length;
  let pos = digits.length;
  const chunks: string[] = [];
  let useSep = false;
  let done = false;
  const take = (len: number) => {
    const zeros = Math.max(0, len - remaining);
    const chars = Math.max(0, Math.min(remaining, len));
    chunks.push(repeat('0', zeros) + digits.slice(pos - chars, pos) + (useSep ? sep : ''));
    pos -= chars;
    remaining -= chars;
  };
  if (group > 0) {
    for (;;) {
      const len = Math.min(group, Math.max(remaining, minWidth, 1));
      take(len);
      useSep = true;
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) {
        done = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!done) take(Math.max(remaining, minWidth, 1));
  return chunks.reverse().join('');
}

/**
 * calc_number_widths + fill_number: lays out
 * `<lpadding><sign><prefix><spadding><grouped digits><decimal point><remainder><rpadding>`.
 */
export function layoutNumber(
  f: FormatSpec, negative: boolean, prefix: string, digits: string, hasDecimal: boolean, remainder: string, upper: boolean,
): string {
  let sign = '';
  if (f.sign === '+') sign = negative ? '-' : '+';
  else if (f.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  const decimal = hasDecimal ? '.' : '';
  const nonDigits = sign.length + prefix.length + decimal.length + cpLength(remainder);
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigits : 0;
  let grouped: string;
  if (f.grouping === ',') grouped = groupDigits(digits, minWidth, ',', 3);
  else if (f.grouping === '_') grouped = groupDigits(digits, minWidth, '_', 3);
  else if (f.grouping === '_4') grouped = groupDigits(digits, minWidth, '_', 4);
  else grouped = groupDigits(digits, minWidth, '', 0);
  if (upper) {
    prefix = prefix.toUpperCase();
    grouped = grouped.toUpperCase();
  }
  const padding = f.width - (nonDigits + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (padding > 0) {
    switch (f.align) {
      case '<': rpad = padding; break;
      case '^': lpad = padding >> 1; rpad = padding - lpad; break;
      case '=': spad = padding; break;
      case '>': lpad = padding; break;
    }
  }
  return repeat(f.fill, lpad) + sign + prefix + repeat(f.fill, spad) + grouped + decimal + remainder + repeat(f.fill, rpad);
}

// ---------------------------------------------------------------- int

/** format(v, spec) for an int (a bool formats as an int, except with the empty spec). */
export function formatInt(v: Int | boolean, spec: string, typeName?: string): string {
  if (typeof v === 'boolean') {
    if (spec === '') return v ? 'True' : 'False';
    return formatInt(v ? 1 : 0, spec, typeName ?? 'bool');
  }
  if (spec === '') return intToString(v);
  const name = typeName ?? 'int';
  const f = parseFormatSpec(spec, name, 'd', '>');
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatIntInternal(v, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatInternal(intToFloat(v), f);
    default:
      throw unknownCode(f.type, name);
  }
}

function formatIntInternal(v: Int, f: FormatSpec): string {
  if (f.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === 'bigint' && (v >= 2n ** 63n || v < -(2n ** 63n))) throw overflowError('Python int too large to convert to C long');
    if (v < 0 || v > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
    return layoutNumber(f, false, '', '', false, String.fromCodePoint(Number(v)), false);
  }
  const base = f.type === 'b' ? 2 : f.type === 'o' ? 8 : f.type === 'x' || f.type === 'X' ? 16 : 10;
  const negative = v < 0;
  let digits = intToString(v, base);
  if (negative) digits = digits.slice(1);
  const prefix = f.alternate && base !== 10 ? (base === 2 ? '0b' : base === 8 ? '0o' : '0x') : '';
  return layoutNumber(f, negative, prefix, digits, false, '', f.type === 'X');
}

// ---------------------------------------------------------------- float

/** format(x, spec) for a float. */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  const f = parseFormatSpec(spec, typeName, '', '>');
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatInternal(x, f);
    default:
      throw unknownCode(f.type, typeName);
  }
}

function formatFloatInternal(x: number, f: FormatSpec): string {
  if (f.precision > 2147483647) throw valueError('precision too big');
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let addDot0 = false;
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let pct = '';
  if (type === '%') {
    type = 'f';
    x *= 100;
    pct = '%';
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const text = floatToString(x, type as FloatCode, precision, { addDot0, alt: f.alternate, noNeg0: f.noNeg0 }) + pct;
  return layoutFloatText(f, text);
}

/** Lays out a float's text (sign, digits, then '.', exponent or '%') under the spec's sign, grouping and padding. */
export function layoutFloatText(f: FormatSpec, text: string): string {
  let i = 0;
  const negative = text[0] === '-';
  if (negative) i = 1;
  let j = i;
  while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  const digits = text.slice(i, j);
  const hasDecimal = text[j] === '.';
  const remainder = text.slice(hasDecimal ? j + 1 : j);
  return layoutNumber(f, negative, '', digits, hasDecimal, remainder, false);
}

// ---------------------------------------------------------------- str

/** Length in code points (what len() of a Python str counts). */
function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The first n code points of s. */
function cpSlice(s: string, n: number): string {
  if (cpLength(s) === s.length) return s.slice(0, n);
  return Array.from(s).slice(0, n).join('');
}

/** format(s, spec) for a str. */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, typeName, 's', '<');
  if (f.type !== 's') throw unknownCode(f.type, typeName);
  if (f.sign !== '') {
    throw valueError(f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  }
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  let len = cpLength(s);
  if (f.precision >= 0 && len >= f.precision) {
    s = cpSlice(s, f.precision);
    len = f.precision;
  }
  const total = f.width > len ? f.width : len;
  const lpad = f.align === '>' ? total - len : f.align === '^' ? (total - len) >> 1 : 0;
  const rpad = total - len - lpad;
  return repeat(f.fill, lpad) + s + repeat(f.fill, rpad);
}
