// The methods of float: construction (from str, int, __float__), arithmetic with exact int/float
// comparison, rounding, repr and format, hex/fromhex and as_integer_ratio.

import type { PyObject } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { PyFloat, floatType, floatOfClass } from '../objects/float.js';
import { bufferBytes } from '../objects/bytes.js';
import { PyMemoryView } from '../objects/memoryview.js';
import { defMethod, defGetter, NativeFn, raisedPlain } from '../objects/function.js';
import { NotImplemented, None } from '../objects/singletons.js';
import { newTuple } from '../objects/tuple.js';
import { typeError, valueError, overflowError } from '../objects/exceptions.js';
import { normInt } from '../objects/int.js';
import { typeOf, argTypeName } from '../ops/typeof.js';
import { call, callSpecialMethod } from '../ops/call.js';
import { index, repr, str } from '../ops/convert.js';
import { numCompare } from '../ops/compare.js';
import { floatBinary, BinOp } from '../ops/arith.js';
import {
  intToFloat, floatToInt, floatDivmod, floatRound, floatRoundToInt, floatHash,
} from '../format/bigint_math.js';
import { floatRepr } from '../format/float_repr.js';
import { formatFloatSpec } from '../ops/format.js';
import { intVal } from './int.js';
import { parseFloat, parseFloatOrError, isPySpace } from '../format/int_text.js';
import { strVal } from './str.js';
import { defNew, defClassMethod } from './object.js';
import { checkArgCount, noArgs, noKwargs, noKwargsUnlessOwnInit, oneArg, wrapperArgs } from './args.js';
import type { VM } from '../vm.js';
import { warnStrictSubclassResult } from '../native_warn.js';

function selfFloat(args: PyObject[]): number {
  return (args[0] as PyFloat).value;
}

/** The float value of a number operand (float, int, bool, int subclass), or undefined. */
function operand(o: PyObject): number | undefined {
  if (o instanceof PyFloat) return o.value;
  const i = intVal(o);
  return i === undefined ? undefined : intToFloat(i);
}

const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** float(text) as PyOS_string_to_double, or ValueError("could not convert string to float: 'x'"). */
export function parseFloatText(text: string, shown?: () => string): number {
  return parseFloat(text, shown);
}

/** Strips Python whitespace from both ends. */
function stripSpace(s: string): string {
  let i = 0;
  let j = s.length;
  while (i < j && isPySpace(s.charCodeAt(i))) i++;
  while (j > i && isPySpace(s.charCodeAt(j - 1))) j--;
  return s.slice(i, j);
}

/** float(x) for any object. */
export function toFloatValue(vm: VM, x: PyObject): number {
  if (x instanceof PyFloat && !x.cls.isHeapType) return x.value;
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') return intToFloat(intVal(x)!);
  if (typeof x === 'string') return parseFloatText(x);
  const t = typeOf(x);
  const f = t.lookup('__float__');
  if (f !== undefined) {
    const r = callSpecialMethod(vm, x, f, []);
    if (r instanceof PyFloat) {
      if (r.cls.isHeapType) warnStrictSubclassResult(vm, `${t.name}.__float__`, r.cls, 'float');
      return r.value;
    }
    throw typeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).tpName})`);
  }
  const idx = t.lookup('__index__');
  if (idx !== undefined) return intToFloat(index(vm, x));
  // Any bytes-like object (memoryview, array.array too) is parsed as text, as CPython's buffer path.
  // A released or strided memoryview gives no simple buffer: CPython then reports the argument type.
  const buf = x instanceof PyMemoryView && (x.released || !x.cContiguous) ? undefined : bufferBytes(x);
  if (buf !== undefined) {
    let text = '';
    for (const b of buf) text += String.fromCharCode(b);
    // Bytes are parsed as ASCII: no byte above 0x7f is a digit or a space (b'1\xa0' is not 1.0).
    if (/[\x80-\xff]/.test(text)) throw valueError(`could not convert string to float: ${repr(vm, x)}`);
    return parseFloatText(text, () => repr(vm, x));
  }
  const sv = strVal(x);
  if (sv !== undefined) return parseFloatText(sv);
  throw typeError(`float() argument must be a string or a real number, not '${t.name}'`);
}

const float_new: NativeFn = (vm, args, kwargs) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError('float.__new__(X): X is not a type object');
  if (!cls.isSubtypeOf(floatType)) throw typeError(`float.__new__(${cls.name}): ${cls.name} is not a subtype of float`);
  noKwargsUnlessOwnInit('float', cls, floatType, kwargs);
  checkArgCount('float', args, 0, 1);
  const v = args.length > 1 ? toFloatValue(vm, args[1]) : 0;
  return floatOfClass(v, cls);
};

const f64 = new DataView(new ArrayBuffer(8));

/** Mantissa (53-bit integer) and exponent with x = m * 2**e, for finite nonzero x. */
function frexpInt(x: number): [bigint, number] {
  f64.setFloat64(0, x);
  const hi = f64.getUint32(0);
  const lo = f64.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = exp - 1075;
  }
  return [m, e];
}

function asIntegerRatio(x: number): PyObject {
  if (Number.isNaN(x)) throw valueError('cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw overflowError('cannot convert Infinity to integer ratio');
  if (x === 0) return newTuple([0, 1]);
  let [m, e] = frexpInt(Math.abs(x));
  while ((m & 1n) === 0n && e < 0) {
    m >>= 1n;
    e++;
  }
  let num = e >= 0 ? m << BigInt(e) : m;
  const den = e >= 0 ? 1n : 1n << BigInt(-e);
  if (x < 0) num = -num;
  return newTuple([normInt(num), normInt(den)]);
}

/** float.hex(): '0x1.8000000000000p+0'. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  f64.setFloat64(0, Math.abs(x));
  const hi = f64.getUint32(0);
  const lo = f64.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  const frac = ((hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0'));
  const lead = exp === 0 ? '0' : '1';
  const e = exp === 0 ? -1022 : exp - 1023;
  return `${sign}0x${lead}.${frac}p${e >= 0 ? '+' : ''}${e}`;
}

/** float.fromhex(s). */
export function floatFromHex(text: string): number {
  const s = stripSpace(text);
  const bad = () => valueError('invalid hexadecimal floating-point string');
  const sp = SPECIAL_RE.exec(s);
  if (sp !== null) return parseFloatText(sp[0]);
  const m = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/.exec(s);
  if (m === null) throw bad();
  const intPart = m[2];
  const fracPart = m[3] ?? '';
  if (intPart.length + fracPart.length === 0) throw bad();
  let mant = BigInt('0x' + (intPart + fracPart || '0'));
  let exp = (m[4] !== undefined ? Number(m[4]) : 0) - 4 * fracPart.length;
  if (mant === 0n) return m[1] === '-' ? -0 : 0;
  // Round to 53 significant bits (half to even), then scale.
  const bits = mant.toString(2).length;
  const shift = Math.max(bits - 53, -1074 - exp);
  // Below half the smallest subnormal: zero (and no huge shift is built for a tiny exponent).
  if (shift > bits) return m[1] === '-' ? -0 : 0;
  if (shift > 0) {
    const half = 1n << BigInt(shift - 1);
    const rem = mant & ((1n << BigInt(shift)) - 1n);
    mant >>= BigInt(shift);
    if (rem > half || (rem === half && (mant & 1n) === 1n)) mant += 1n;
    exp += shift;
  }
  let v = Number(mant);
  while (exp > 0 && Number.isFinite(v)) {
    const k = Math.min(exp, 1000);
    v *= 2 ** k;
    exp -= k;
  }
  while (exp < 0) {
    const k = Math.min(-exp, 1000);
    v /= 2 ** k;
    exp += k;
  }
  if (!Number.isFinite(v)) throw overflowError('hexadecimal value too large to represent as a float');
  return m[1] === '-' ? -v : v;
}

const OPS: [string, BinOp][] = [
  ['add', BinOp.ADD], ['sub', BinOp.SUB], ['mul', BinOp.MUL], ['truediv', BinOp.TRUEDIV], ['floordiv', BinOp.FLOORDIV],
  ['mod', BinOp.MOD],
];

function floatCompare(name: string, test: (c: number) => boolean): NativeFn {
  return (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, `float.${name}`);
    const o = args[1];
    const b = o instanceof PyFloat ? o.value : intVal(o);
    if (b === undefined) return NotImplemented;
    const c = numCompare(selfFloat(args), b);
    return Number.isNaN(c) ? name === '__ne__' : test(c);
  };
}

function unary(name: string, f: (v: number) => PyObject): void {
  defMethod(floatType, name, (vm, args, kwargs) => {
    wrapperArgs(args, 0, 1, kwargs, `float.${name}`);
    return f(selfFloat(args));
  });
}

/** A method taking no arguments (METH_NOARGS: its own message, unlike a slot wrapper's). */
function noArgMethod(name: string, f: (v: number) => PyObject): void {
  defMethod(floatType, name, (vm, args, kwargs) => {
    noArgs(`float.${name}`, args, kwargs);
    return f(selfFloat(args));
  });
}

/** float_pow refuses a modulus before it looks at the operands. */
function modNotAllowed(mod: PyObject | undefined): void {
  if (mod !== undefined && mod !== None) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
}

function powImpl(a: number, b: number, mod: PyObject | undefined): PyObject {
  if (mod !== undefined && mod !== None) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  return floatBinary(BinOp.POW, a, b);
}

let installed = false;

export function installFloatMethods(): void {
  if (installed) return;
  installed = true;
  const t = floatType;
  defNew(t, float_new);
  // float(x): what float_new does for one argument.
  t.call1 = (vm, x) => new PyFloat(toFloatValue(vm, x));
  // A str, an int or an exact float, with no __float__ of the program's; a str that is no
  // float answers its ValueError without a throw (`try: float(s) except ValueError`).
  t.plain1 = (vm, x) => {
    if (typeof x === 'string') {
      const r = parseFloatOrError(x);
      return typeof r === 'object' ? raisedPlain(vm, r) : new PyFloat(r);
    }
    return typeof x === 'number' || (x instanceof PyFloat && x.cls === floatType) ? new PyFloat(toFloatValue(vm, x)) : undefined;
  };
  for (const [name, op] of OPS) {
    defMethod(t, `__${name}__`, (vm, args, kwargs) => {
      wrapperArgs(args, 1, 1, kwargs, `float.__${name}__`);
      const b = operand(args[1]);
      return b === undefined ? NotImplemented : floatBinary(op, selfFloat(args), b);
    });
    defMethod(t, `__r${name}__`, (vm, args, kwargs) => {
      wrapperArgs(args, 1, 1, kwargs, `float.__r${name}__`);
      const b = operand(args[1]);
      return b === undefined ? NotImplemented : floatBinary(op, b, selfFloat(args));
    });
  }
  defMethod(t, '__pow__', (vm, args, kwargs) => {
    noKwargs('float.__pow__', kwargs);
    checkArgCount('', args, 1, 2);
    modNotAllowed(args[2]);
    const b = operand(args[1]);
    return b === undefined ? NotImplemented : powImpl(selfFloat(args), b, args[2]);
  });
  defMethod(t, '__rpow__', (vm, args, kwargs) => {
    noKwargs('float.__rpow__', kwargs);
    checkArgCount('', args, 1, 2);
    modNotAllowed(args[2]);
    const b = operand(args[1]);
    return b === undefined ? NotImplemented : powImpl(b, selfFloat(args), args[2]);
  });
  defMethod(t, '__divmod__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, 'float.__divmod__');
    const b = operand(args[1]);
    if (b === undefined) return NotImplemented;
    const [q, r] = floatDivmod(selfFloat(args), b);
    return newTuple([new PyFloat(q), new PyFloat(r)]);
  });
  defMethod(t, '__rdivmod__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, 'float.__rdivmod__');
    const b = operand(args[1]);
    if (b === undefined) return NotImplemented;
    const [q, r] = floatDivmod(b, selfFloat(args));
    return newTuple([new PyFloat(q), new PyFloat(r)]);
  });
  defMethod(t, '__eq__', floatCompare('__eq__', (c) => c === 0));
  defMethod(t, '__ne__', floatCompare('__ne__', (c) => c !== 0));
  defMethod(t, '__lt__', floatCompare('__lt__', (c) => c < 0));
  defMethod(t, '__le__', floatCompare('__le__', (c) => c <= 0));
  defMethod(t, '__gt__', floatCompare('__gt__', (c) => c > 0));
  defMethod(t, '__ge__', floatCompare('__ge__', (c) => c >= 0));
  unary('__neg__', (v) => new PyFloat(-v));
  unary('__pos__', (v) => new PyFloat(v));
  unary('__abs__', (v) => new PyFloat(Math.abs(v)));
  unary('__bool__', (v) => v !== 0);
  unary('__float__', (v) => new PyFloat(v));
  unary('__int__', (v) => floatToInt(v));
  noArgMethod('__trunc__', (v) => floatToInt(v));
  noArgMethod('__floor__', (v) => floatToInt(Math.floor(v)));
  noArgMethod('__ceil__', (v) => floatToInt(Math.ceil(v)));
  unary('__hash__', (v) => floatHash(v));
  unary('__repr__', (v) => floatRepr(v));
  noArgMethod('__getnewargs__', (v) => newTuple([new PyFloat(v)]));
  defMethod(t, '__round__', (vm, args, kwargs) => {
    noKwargs('float.__round__', kwargs);
    checkArgCount('__round__', args, 0, 1);
    const v = selfFloat(args);
    if (args.length < 2 || args[1] === None) return floatRoundToInt(v);
    return new PyFloat(floatRound(v, index(vm, args[1])));
  });
  defMethod(t, '__format__', (vm, args, kwargs) => {
    const spec = oneArg('float.__format__', args, kwargs);
    if (typeof spec !== 'string') throw typeError(`__format__() argument must be str, not ${argTypeName(spec)}`);
    // An empty spec is str(self), so a subclass's __str__ shows, as in CPython.
    if (spec === '') return str(vm, args[0]);
    return formatFloatSpec(vm, selfFloat(args), spec);
  });
  defMethod(t, 'is_integer', (vm, args, kwargs) => {
    noArgs('float.is_integer', args, kwargs);
    return Number.isInteger(selfFloat(args));
  });
  defMethod(t, 'as_integer_ratio', (vm, args, kwargs) => {
    noArgs('float.as_integer_ratio', args, kwargs);
    return asIntegerRatio(selfFloat(args));
  });
  defMethod(t, 'conjugate', (vm, args, kwargs) => {
    noArgs('float.conjugate', args, kwargs);
    return new PyFloat(selfFloat(args));
  });
  defMethod(t, 'hex', (vm, args, kwargs) => {
    noArgs('float.hex', args, kwargs);
    return floatHex(selfFloat(args));
  });
  defClassMethod(t, 'fromhex', (vm, args, kwargs) => {
    const s = oneArg('float.fromhex', args, kwargs);
    const sv = strVal(s);
    // CPython's float.fromhex reads its argument with the generic str accessor, whose error is this one.
    if (sv === undefined) throw typeError('bad argument type for built-in operation');
    const v = floatFromHex(sv);
    const cls = args[0] as PyType;
    return cls === floatType ? new PyFloat(v) : call(vm, cls, [new PyFloat(v)]);
  });
  defClassMethod(t, '__getformat__', (vm, args, kwargs) => {
    const s = oneArg('float.__getformat__', args, kwargs);
    if (typeof s !== 'string') throw typeError(`__getformat__() argument must be str, not ${argTypeName(s)}`);
    if (s !== 'double' && s !== 'float') throw valueError("__getformat__() argument 1 must be 'double' or 'float'");
    return 'IEEE, little-endian';
  });
  defGetter(t, 'real', (vm, o) => new PyFloat((o as PyFloat).value));
  defGetter(t, 'imag', () => new PyFloat(0));
}
