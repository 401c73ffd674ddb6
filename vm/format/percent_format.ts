// printf-style formatting, `str % args`, as CPython's PyUnicode_Format, with the object model reached through hooks.

import { overflowError, typeError, valueError } from '../objects/exceptions.js';
import { floatToString, type FloatCode } from './float_repr.js';
import { intToString } from './int_text.js';
import { intToFloat } from './bigint_math.js';
import { noSurrogate } from '../ops/str_surrogates.js';

type Int = number | bigint;

/**
 * The right operand of `%`: a tuple supplies the positional values; any other object is
 * a single value, and also the mapping that `%(key)s` looks keys up in when it is one
 * (CPython: it has __getitem__ and is not a tuple or str).
 */
export type PyArgs =
  | { kind: 'tuple'; items: readonly unknown[] }
  | { kind: 'single'; value: unknown; isMapping: boolean };

/**
 * What percentFormat needs from the object model. JS strings, numbers, bigints and
 * booleans (str, int, bool) are handled without the hooks; everything else goes through them.
 */
export interface PercentHooks {
  /** str(o), for %s. */
  str(o: unknown): string;
  /** repr(o), for %r (strings included). */
  repr(o: unknown): string;
  /** ascii(o), for %a (strings included). */
  ascii(o: unknown): string;
  /**
   * The int for a conversion `conv` of a non-int object: 'd' 'i' 'u' as int(o) (TypeError
   * "%d format: a real number is required, not list"), 'o' 'x' 'X' through __index__
   * ("%x format: an integer is required, not float"), 'c' through __index__
   * ("%c requires int or char").
   */
  toInt(o: unknown, conv: string): Int;
  /** float(o) for 'e' 'E' 'f' 'F' 'g' 'G' (TypeError "must be real number, not NoneType"). */
  toFloat(o: unknown, conv: string): number;
  /** mapping[key] for %(key)s; raises KeyError as the mapping does. */
  getItem(mapping: unknown, key: string): unknown;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const SSIZE_MAX = 9223372036854775807n;
const INT_MAX = 2147483647;

function cpLength(s: string): number {
  // No surrogate (a short string scanned by a loop, not a RegExp): one unit per code point.
  if (noSurrogate(s)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function isInt(v: unknown): v is Int | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

function asInt(v: Int | boolean): Int {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

/** `fmt % args`. */
export function percentFormat(fmt: string, args: PyArgs, hooks: PercentHooks): string {
  // Positions count code points, as CPython's do; index a code point array only when needed.
  const cs: ArrayLike<string> = noSurrogate(fmt) ? fmt : Array.from(fmt);
  const n = cs.length;
  let pos = 0;
  let cnt = n;
  let out = '';

  // The current argument source, as in CPython's unicode_formatter_t: a tuple (argLen >= 0)
  // or a single object (argLen -1, argIdx -2 until it is used).
  let tuple: readonly unknown[] | null = null;
  let single: unknown = undefined;
  let argLen: number;
  let argIdx: number;
  if (args.kind === 'tuple') {
    tuple = args.items;
    argLen = tuple.length;
    argIdx = 0;
  } else {
    single = args.value;
    argLen = -1;
    argIdx = -2;
  }
  const dict = args.kind === 'single' && args.isMapping ? args.value : null;
  const hasDict = args.kind === 'single' && args.isMapping;

  const nextArg = (): unknown => {
    if (argIdx < argLen) {
      const i = argIdx++;
      return argLen < 0 ? single : tuple![i];
    }
    throw typeError('not enough arguments for format string');
  };

  while (--cnt >= 0) {
    if (cs[pos] !== '%') {
      const start = pos++;
      while (cnt >= 0 && pos < n && cs[pos] !== '%') {
        pos++;
        cnt--;
      }
      if (pos >= n) cnt = -1;
      out += typeof cs === 'string' ? cs.slice(start, pos) : Array.prototype.slice.call(cs, start, pos).join('');
      continue;
    }
    pos++;
    let ch = pos < n ? cs[pos] : '\0';
    if (ch === '%') {
      pos++;
      cnt--;
      out += '%';
      continue;
    }
    let flags = 0;
    let width = -1;
    let prec = -1;

    // %(key)
    if (ch === '(') {
      if (!hasDict) throw typeError('format requires a mapping');
      pos++;
      cnt--;
      const keyStart = pos;
      let depth = 1;
      while (depth > 0 && --cnt >= 0) {
        ch = cs[pos];
        if (ch === ')') depth--;
        else if (ch === '(') depth++;
        pos++;
      }
      if (cnt < 0 || depth > 0) throw valueError('incomplete format key');
      const key = typeof cs === 'string' ? cs.slice(keyStart, pos - 1) : Array.prototype.slice.call(cs, keyStart, pos - 1).join('');
      single = hooks.getItem(dict, key);
      tuple = null;
      argLen = -1;
      argIdx = -2;
    }

    // Flags.
    while (--cnt >= 0) {
      ch = cs[pos++];
      if (ch === '-') flags |= F_LJUST;
      else if (ch === '+') flags |= F_SIGN;
      else if (ch === ' ') flags |= F_BLANK;
      else if (ch === '#') flags |= F_ALT;
      else if (ch === '0') flags |= F_ZERO;
      else break;
    }

    // Width.
    if (ch === '*') {
      const v = nextArg();
      if (!isInt(v)) throw typeError('* wants int');
      const w = asInt(v);
      if (w > SSIZE_MAX || w < -SSIZE_MAX - 1n) throw overflowError('Python int too large to convert to C ssize_t');
      width = Number(w);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      if (--cnt >= 0) ch = cs[pos++];
    } else if (ch >= '0' && ch <= '9') {
      let w = BigInt(ch.charCodeAt(0) - 48);
      while (--cnt >= 0) {
        ch = cs[pos++];
        if (ch < '0' || ch > '9') break;
        w = w * 10n + BigInt(ch.charCodeAt(0) - 48);
        if (w > SSIZE_MAX) throw valueError('width too big');
      }
      width = Number(w);
    }

    // Precision.
    if (ch === '.') {
      prec = 0;
      if (--cnt >= 0) ch = cs[pos++];
      if (ch === '*') {
        const v = nextArg();
        if (!isInt(v)) throw typeError('* wants int');
        const p = asInt(v);
        if (p > INT_MAX || p < -INT_MAX - 1) throw overflowError('Python int too large to convert to C int');
        prec = Number(p);
        if (prec < 0) prec = 0;
        if (--cnt >= 0) ch = cs[pos++];
      } else if (ch >= '0' && ch <= '9') {
        prec = ch.charCodeAt(0) - 48;
        while (--cnt >= 0) {
          ch = cs[pos++];
          if (ch < '0' || ch > '9') break;
          prec = prec * 10 + (ch.charCodeAt(0) - 48);
          if (prec > INT_MAX) throw valueError('precision too big');
        }
      }
    }

    // Length modifiers h, l and L are accepted and ignored.
    if (cnt >= 0 && (ch === 'h' || ch === 'l' || ch === 'L')) {
      if (--cnt >= 0) ch = cs[pos++];
    }
    if (cnt < 0) throw valueError('incomplete format');

    const v = nextArg();
    let text: string;
    let signed = false;
    switch (ch) {
      case 's':
        text = typeof v === 'string' ? v : hooks.str(v);
        break;
      case 'r':
        text = hooks.repr(v);
        break;
      case 'a':
        text = hooks.ascii(v);
        break;
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        text = formatLong(toInt(v, ch, hooks), (flags & F_ALT) !== 0, prec, ch);
        signed = true;
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        const x = toFloat(v, ch, hooks);
        text = floatToString(x, ch as FloatCode, prec < 0 ? 6 : prec, { alt: (flags & F_ALT) !== 0 });
        signed = true;
        break;
      }
      case 'c':
        text = formatChar(v, hooks);
        break;
      default: {
        const cp = ch.codePointAt(0)!;
        const shown = cp >= 31 && cp <= 126 ? ch : '?';
        throw valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${pos - 1}`);
      }
    }
    out += outputArg(text, ch, flags, width, prec, signed);
    if (hasDict && argIdx < argLen) throw typeError('not all arguments converted during string formatting');
  }
  if (argIdx < argLen && !hasDict) throw typeError('not all arguments converted during string formatting');
  return out;
}

function toInt(v: unknown, conv: string, hooks: PercentHooks): Int {
  if (isInt(v)) return asInt(v);
  if (typeof v === 'string') {
    const what = conv === 'o' || conv === 'x' || conv === 'X' ? 'an integer' : 'a real number';
    throw typeError(`%${conv} format: ${what} is required, not str`);
  }
  return hooks.toInt(v, conv);
}

function toFloat(v: unknown, conv: string, hooks: PercentHooks): number {
  if (isInt(v)) return intToFloat(asInt(v));
  if (typeof v === 'string') throw typeError('must be real number, not str');
  return hooks.toFloat(v, conv);
}

/** formatchar(): a str of length 1, or an int code point. */
function formatChar(v: unknown, hooks: PercentHooks): string {
  if (typeof v === 'string') {
    if (cpLength(v) === 1) return v;
    throw typeError('%c requires int or char');
  }
  const x = isInt(v) ? asInt(v) : hooks.toInt(v, 'c');
  if (x < 0 || x > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(x));
}

/** _PyUnicode_FormatLong: the digits, the '0x'/'0o' prefix only with '#', zero-padded to the precision. */
function formatLong(v: Int, alt: boolean, prec: number, type: string): string {
  const base = type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
  const negative = v < 0;
  let digits = intToString(v, base);
  if (negative) digits = digits.slice(1);
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  const prefix = alt && base !== 10 ? (base === 8 ? '0o' : '0x') : '';
  const s = (negative ? '-' : '') + prefix + digits;
  return type === 'X' ? s.toUpperCase() : s;
}

/** unicode_format_arg_output: truncation, sign, '0x' prefix and padding. */
function outputArg(str: string, ch: string, flags: number, width: number, prec: number, signed: boolean): string {
  // No width, precision or sign flag (a plain %s or %d): the text as it is, its length unneeded.
  if (width === -1 && prec === -1 && (flags & (F_SIGN | F_BLANK)) === 0) return str;
  const fill = signed && (flags & F_ZERO) !== 0 ? '0' : ' ';
  let len = cpLength(str);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) === 0) return str;
  const chars = len === str.length ? null : Array.from(str);
  const sub = (a: number, b: number) => (chars ? chars.slice(a, b).join('') : str.slice(a, b));
  if ((ch === 's' || ch === 'r' || ch === 'a') && prec >= 0 && len > prec) len = prec;
  let pindex = 0;
  let signChar = '';
  if (signed) {
    const c = str[0];
    if (c === '-' || c === '+') {
      signChar = c;
      len--;
      pindex++;
    } else if (flags & F_SIGN) signChar = '+';
    else if (flags & F_BLANK) signChar = ' ';
    else signed = false;
  }
  if (width < len) width = len;
  let out = '';
  if (signed) {
    if (fill !== ' ') out += signChar;
    if (width > len) width--;
  }
  const altPrefix = (flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o');
  if (altPrefix) {
    if (fill !== ' ') {
      out += sub(pindex, pindex + 2);
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && (flags & F_LJUST) === 0) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (signed) out += signChar;
    if (altPrefix) {
      out += sub(pindex, pindex + 2);
      pindex += 2;
    }
  }
  if (len > 0) out += sub(pindex, pindex + len);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
