// Float to text as CPython does it: repr(float) and PyOS_double_to_string's 'e' 'f' 'g' 'r' codes, exactly rounded.

/**
 * A decimal digit string as David Gay's `_Py_dg_dtoa` returns it: the value is
 * `0.<digits> * 10**decpt`, digits carry no trailing zeros, and an empty string means
 * the value rounded to zero. `negative` is the sign bit of the input.
 */
export interface DecimalDigits {
  digits: string;
  decpt: number;
  negative: boolean;
}

/** Options of PyOS_double_to_string (Py_DTSF_SIGN, Py_DTSF_ADD_DOT_0, Py_DTSF_ALT, Py_DTSF_NO_NEG_0). */
export interface FloatFlags {
  sign?: boolean;
  addDot0?: boolean;
  alt?: boolean;
  noNeg0?: boolean;
}

export type FloatCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

const view = new DataView(new ArrayBuffer(8));
const pow5Cache: bigint[] = [1n];

function pow5(k: number): bigint {
  for (let i = pow5Cache.length; i <= k; i++) pow5Cache.push(pow5Cache[i - 1] * 5n);
  return pow5Cache[k];
}

/** All the decimal digits of a positive finite double, which are finitely many. */
function exactDigits(ax: number): { digits: string; decpt: number } {
  view.setFloat64(0, ax);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (bexp === 0) {
    e2 = -1074;
  } else {
    mant |= 1n << 52n;
    e2 = bexp - 1075;
  }
  while (e2 < 0 && (mant & 1n) === 0n) {
    mant >>= 1n;
    e2++;
  }
  let s: string;
  let decpt: number;
  if (e2 >= 0) {
    s = (mant << BigInt(e2)).toString();
    decpt = s.length;
  } else {
    s = (mant * pow5(-e2)).toString();
    decpt = s.length + e2;
  }
  return { digits: stripZeros(s), decpt };
}

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** The shortest digits that round-trip; JavaScript's Number#toString picks the same (nearest) ones as Gay's mode 0. */
function shortestDigits(ax: number): { digits: string; decpt: number } {
  const s = String(ax);
  let mant = s;
  let exp = 0;
  const ei = s.indexOf('e');
  if (ei >= 0) {
    mant = s.slice(0, ei);
    exp = Number(s.slice(ei + 1));
  }
  const dot = mant.indexOf('.');
  const intPart = dot >= 0 ? mant.slice(0, dot) : mant;
  let digits = dot >= 0 ? intPart + mant.slice(dot + 1) : intPart;
  let decpt = intPart.length + exp;
  let i = 0;
  while (digits.charCodeAt(i) === 48) i++;
  digits = digits.slice(i);
  decpt -= i;
  return { digits: stripZeros(digits), decpt };
}

/** Keeps `keep` leading digits of an exact digit string, rounding half to even. */
function roundAt(digits: string, decpt: number, keep: number): { digits: string; decpt: number } {
  if (keep >= digits.length) return { digits, decpt };
  if (keep < 0) return { digits: '', decpt };
  const next = digits.charCodeAt(keep);
  let up: boolean;
  if (next !== 53) up = next > 53;
  else if (digits.length > keep + 1) up = true;
  else up = keep > 0 && (digits.charCodeAt(keep - 1) & 1) === 1;
  let kept = digits.slice(0, keep);
  if (!up) return { digits: stripZeros(kept), decpt };
  let i = kept.length - 1;
  while (i >= 0 && kept.charCodeAt(i) === 57) i--;
  if (i < 0) return { digits: '1', decpt: decpt + 1 };
  kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  return { digits: kept, decpt };
}

/**
 * Gay's `_Py_dg_dtoa` for a finite x: mode 0 is the shortest round-tripping digits,
 * mode 2 is `max(ndigits, 1)` significant digits, mode 3 is `ndigits` digits after the
 * decimal point (negative: before it). Modes 2 and 3 round the exact binary value half to even.
 */
export function dtoa(x: number, mode: 0 | 2 | 3, ndigits: number): DecimalDigits {
  const negative = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  if (ax === 0) return { digits: '0', decpt: 1, negative };
  let r: { digits: string; decpt: number };
  if (mode === 0) {
    r = shortestDigits(ax);
  } else {
    const exact = exactDigits(ax);
    if (mode === 2) {
      r = roundAt(exact.digits, exact.decpt, Math.max(ndigits, 1));
    } else {
      r = roundAt(exact.digits, exact.decpt, exact.decpt + ndigits);
      if (r.digits === '') r.decpt = -ndigits;
    }
  }
  return { digits: r.digits, decpt: r.decpt, negative };
}

/** PyOS_double_to_string: the text of x for one presentation code, precision and flags. */
export function floatToString(x: number, code: FloatCode, precision: number, flags: FloatFlags = {}): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  let fmt: 'e' | 'f' | 'g' | 'r';
  let mode: 0 | 2 | 3;
  switch (code) {
    case 'e': case 'E': fmt = 'e'; mode = 2; precision++; break;
    case 'f': case 'F': fmt = 'f'; mode = 3; break;
    case 'g': case 'G': fmt = 'g'; mode = 2; if (precision === 0) precision = 1; break;
    default: fmt = 'r'; mode = 0; precision = 0; break;
  }
  if (!flags.sign && !flags.alt && !flags.noNeg0) {
    const fast = fmt === 'r' ? (flags.addDot0 ? reprFast(x) : null) : fmt === 'f' ? fixedFast(x, precision) : null;
    if (fast !== null) return fast;
  }
  if (!Number.isFinite(x)) {
    const word = Number.isNaN(x) ? 'nan' : 'inf';
    const sign = x < 0 ? '-' : flags.sign ? '+' : '';
    return sign + (upper ? word.toUpperCase() : word);
  }
  const d = dtoa(x, mode, precision);
  return layout(d, fmt, precision, flags, upper ? 'E' : 'e');
}

/**
 * repr(x) when JavaScript's Number#toString already writes it: from 1e-4 to 1e16 both use
 * plain decimal notation with the same shortest digits; Python adds '.0' to integral values.
 */
function reprFast(x: number): string | null {
  const ax = Math.abs(x);
  if (!(ax >= 1e-4 && ax < 1e16)) return null;
  const s = String(x);
  return s.includes('.') ? s : s + '.0';
}

/**
 * '%.<precision>f' through Number#toFixed, which rounds the exact binary value correctly
 * but breaks ties away from zero where Python breaks them to even. A tie at `precision`
 * places needs x * 2**(precision + 1) to be an odd integer; those, huge values (toFixed
 * switches to exponent notation from 1e21) and negative zero take the exact path.
 */
function fixedFast(x: number, precision: number): string | null {
  if (!(Math.abs(x) < 1e21) || precision > 100 || Object.is(x, -0)) return null;
  if (precision <= 22) {
    const scale = POW10[precision];
    const hi = x * scale;
    if (Math.abs(hi) < 2 ** 52) return fixedScaled(x, hi, scale, precision);
  }
  const scaled = x * 2 ** (precision + 1);
  if (Number.isInteger(scaled) && !Number.isInteger(scaled / 2)) return null;
  return x.toFixed(precision);
}

/** 10**k for k <= 22: exact doubles. */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
const SPLITTER = 134217729; // 2**27 + 1

/**
 * '%.<precision>f' of x when hi = x * 10**precision (rounded) is below 2**52: the exact product
 * is hi + lo (Dekker's product, 10**precision being exact), so the integer nearest it, ties
 * to even, comes from hi's nearest integer and the signs of the exact remainders; then the
 * digits of that integer with the point put in. No toFixed (~0.5 us a call) and no tie check.
 */
function fixedScaled(x: number, hi: number, scale: number, precision: number): string {
  let t = SPLITTER * x;
  const xh = t - (t - x);
  const xl = x - xh;
  t = SPLITTER * scale;
  const sh = t - (t - scale);
  const sl = scale - sh;
  const lo = ((xh * sh - hi) + xh * sl + xl * sh) + xl * sl;
  let n = Math.round(hi);
  // hi - n is exact and in [-0.5, 0.5), a multiple of ulp(hi) as 0.5 is, and |lo| <= ulp(hi)/2:
  // only hi - n === -0.5 leaves the choice to lo (and to evenness when lo is 0).
  if (hi - n === -0.5 && (lo < 0 || (lo === 0 && n % 2 !== 0))) n -= 1;
  let digits = String(Math.abs(n));
  const sign = x < 0 ? '-' : '';
  if (precision === 0) return sign + digits;
  if (digits.length <= precision) digits = '0'.repeat(precision + 1 - digits.length) + digits;
  const cut = digits.length - precision;
  return sign + digits.slice(0, cut) + '.' + digits.slice(cut);
}

/** format_float_short's layout of a digit string: zero padding, decimal point and exponent. */
function layout(d: DecimalDigits, fmt: 'e' | 'f' | 'g' | 'r', precision: number, flags: FloatFlags, expChar: string): string {
  const { digits } = d;
  let decpt = d.decpt;
  const digitsLen = digits.length;
  let negative = d.negative;
  if (flags.noNeg0 && negative && /^0*$/.test(digits)) negative = false;
  let vdigitsEnd = digitsLen;
  let useExp = false;
  switch (fmt) {
    case 'e':
      useExp = true;
      vdigitsEnd = precision;
      break;
    case 'f':
      vdigitsEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (flags.addDot0 ? precision - 1 : precision)) useExp = true;
      if (flags.alt) vdigitsEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && flags.addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
  else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

  let out = negative ? '-' : flags.sign ? '+' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vdigitsStart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vdigitsStart);
  if (decpt > 0 && decpt <= digitsLen) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (digitsLen < decpt) out += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vdigitsEnd - decpt);
  else out += '0'.repeat(vdigitsEnd - digitsLen);
  if (out.endsWith('.') && !flags.alt) out = out.slice(0, -1);
  if (useExp) {
    const ae = Math.abs(exp);
    out += expChar + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
  }
  return out;
}

/** repr(x) (and str(x)) of a Python float. */
export function floatRepr(x: number): string {
  return floatToString(x, 'r', 0, { addDot0: true });
}
