// The methods of int and bool: construction, arithmetic and comparison dunders, and the int API
// (bit_length, to_bytes, from_bytes...). Values are JS numbers/bigints/booleans; instances of
// user subclasses of int are PyIntSub boxes, unwrapped by intVal.

import { PyObj, PyObject } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { intType, boolType, normInt } from '../objects/int.js';
import { PyFloat } from '../objects/float.js';
import { PyBytes, PyByteArray, bufferBytes } from '../objects/bytes.js';
import { PyMemoryView } from '../objects/memoryview.js';
import { defMethod, defGetter, NativeFn, raisedPlain } from '../objects/function.js';
import { NotImplemented, None } from '../objects/singletons.js';
import { newTuple } from '../objects/tuple.js';
import { typeError, valueError, overflowError, newException, MemoryError, PyBaseException, ValueError, DeprecationWarning } from '../objects/exceptions.js';
import { typeOf, argTypeName } from '../ops/typeof.js';
import { callSpecialMethod, call } from '../ops/call.js';
import { index, truthy, str } from '../ops/convert.js';
import { numCompare } from '../ops/compare.js';
import { intBinary, BinOp } from '../ops/arith.js';
import {
  Int, intDivmod, intPow, intPowMod, intInvert, intToFloat, floatToInt, intRound, intHash, bitLength,
} from '../format/bigint_math.js';
import { dataFrom } from './bytes.js';
import { formatIntSpec } from '../ops/format.js';
import { bytesRepr } from '../format/str_repr.js';
import { intToString, parseInt, parseIntOrError } from '../format/int_text.js';
import { strVal } from './str.js';
import { defNew, defClassMethod } from './object.js';
import { checkArgCount, noArgs, oneArg, parseArgs, wrapperArgs, noKwargs } from './args.js';
import type { VM } from '../vm.js';
import { warnStrictSubclassResult, warnFromNative } from '../native_warn.js';

export { PyIntSub, intVal } from '../objects/int.js';
import { PyIntSub, intVal } from '../objects/int.js';

function selfInt(args: PyObject[]): Int {
  return intVal(args[0])!;
}

/** repr(int): the decimal text, with CPython's limit on huge values. */
export function intRepr(v: Int): string {
  return intToString(v);
}

/** int(text, base) for a str. */
export function parseIntText(text: string, base: number): Int {
  return parseInt(text, base);
}

/** int(x) for any object: ints, floats, str/bytes, then __int__, __index__, __trunc__. */
export function toIntValue(vm: VM, x: PyObject): Int {
  const iv = intVal(x);
  if (iv !== undefined && typeof x !== 'object') return iv;
  if (x instanceof PyFloat && !x.cls.isHeapType) return floatToInt(x.value);
  if (typeof x === 'string') return parseIntText(x, 10);
  const t = typeOf(x);
  const intM = t.lookup('__int__');
  if (intM !== undefined) {
    const r = callSpecialMethod(vm, x, intM, []);
    const v = intVal(r);
    if (v === undefined) throw typeError(`__int__ returned non-int (type ${typeOf(r).tpName})`);
    if (r instanceof PyIntSub) warnStrictSubclassResult(vm, '__int__', r.cls, 'int');
    else if (typeof r === 'boolean') warnStrictSubclassResult(vm, '__int__', boolType, 'int');
    return v;
  }
  const idx = t.lookup('__index__');
  if (idx !== undefined) return index(vm, x);
  const trunc = t.lookup('__trunc__');
  if (trunc !== undefined) {
    warnFromNative(vm, DeprecationWarning, 'The delegation of int() to __trunc__ is deprecated.');
    const r = callSpecialMethod(vm, x, trunc, []);
    const v = intVal(r);
    if (v !== undefined) return v;
    if (typeOf(r).lookup('__index__') === undefined) throw typeError(`__trunc__ returned non-Integral (type ${typeOf(r).tpName})`);
    return index(vm, r);
  }
  // Any bytes-like object (memoryview, array.array too) is parsed as ASCII text, as CPython's buffer path.
  // A released or strided memoryview gives no simple buffer: CPython then reports the argument type.
  const buf = x instanceof PyMemoryView && (x.released || !x.cContiguous) ? undefined : bufferBytes(x);
  if (buf !== undefined) return parseBytesInt(buf, 10);
  const sv = strVal(x);
  if (sv !== undefined) return parseIntText(sv, 10);
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
}


/** int(bytes, base): the bytes as ASCII text, with the bytes' repr in the error message (bytes even for a bytearray, as CPython). */
function parseBytesInt(data: Uint8Array, base: number): Int {
  let text = '';
  for (const b of data) text += b < 0x80 ? String.fromCharCode(b) : '?';
  try {
    return parseInt(text, base);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls === ValueError && String(e.args[0]).startsWith('invalid literal')) {
      throw valueError(`invalid literal for int() with base ${base}: ${bytesRepr(data).slice(0, 200)}`);
    }
    throw e;
  }
}

/** Boxes an int value for `cls` (a subclass of int), or returns it as is for int itself. */
export function makeInt(cls: PyType, v: Int): PyObject {
  return cls === intType ? v : new PyIntSub(v, cls);
}

const int_new: NativeFn = (vm, args, kwargs) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError('int.__new__(X): X is not a type object');
  if (!cls.isSubtypeOf(intType)) throw typeError(`int.__new__(${cls.name}): ${cls.name} is not a subtype of int`);
  if (cls.isSubtypeOf(boolType)) throw typeError(`int.__new__(${cls.name}) is not safe, use bool.__new__()`);
  const [x, baseObj] = parseArgs('int', args, kwargs, { names: ['x', 'base'], posOnly: 1 });
  if (x === undefined) {
    if (baseObj !== undefined) throw typeError('int() missing string argument');
    return makeInt(cls, 0);
  }
  if (baseObj === undefined) return makeInt(cls, toIntValue(vm, x));
  const bv = index(vm, baseObj);
  const base = typeof bv === 'bigint' ? -1 : bv;
  if (base !== 0 && (base < 2 || base > 36)) throw valueError('int() base must be >= 2 and <= 36, or 0');
  let v: Int;
  if (typeof x === 'string') v = parseIntText(x, base);
  else if (x instanceof PyBytes || x instanceof PyByteArray) v = parseBytesInt(x.data, base);
  else {
    const sv = strVal(x);
    if (sv === undefined) throw typeError("int() can't convert non-string with explicit base");
    v = parseIntText(sv, base);
  }
  return makeInt(cls, v);
};

const OPS: [string, BinOp][] = [
  ['add', BinOp.ADD], ['sub', BinOp.SUB], ['mul', BinOp.MUL], ['truediv', BinOp.TRUEDIV], ['floordiv', BinOp.FLOORDIV],
  ['mod', BinOp.MOD], ['lshift', BinOp.LSHIFT], ['rshift', BinOp.RSHIFT], ['and', BinOp.AND], ['or', BinOp.OR], ['xor', BinOp.XOR],
];

function intCompare(name: string, test: (c: number) => boolean): NativeFn {
  return (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, `int.${name}`);
    const b = intVal(args[1]);
    if (b === undefined) return NotImplemented;
    return test(numCompare(selfInt(args), b));
  };
}

function unary(name: string, f: (v: Int) => PyObject): void {
  defMethod(intType, name, (vm, args, kwargs) => {
    wrapperArgs(args, 0, 1, kwargs, `int.${name}`);
    return f(selfInt(args));
  });
}

function powImpl(a: Int, b: Int, mod: PyObject | undefined): PyObject {
  if (mod !== undefined && mod !== None) {
    const m = intVal(mod);
    if (m === undefined) return NotImplemented;
    return intPowMod(a, b, m);
  }
  const r = intPow(a, b);
  return typeof r === 'object' ? new PyFloat(r.float) : r;
}

function popcount(v: Int): number {
  let x = typeof v === 'bigint' ? (v < 0n ? -v : v) : BigInt(Math.abs(v));
  let n = 0;
  while (x > 0n) {
    const low = Number(x & 0xffffffffn);
    let y = low - ((low >>> 1) & 0x55555555);
    y = (y & 0x33333333) + ((y >>> 2) & 0x33333333);
    n += (((y + (y >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    x >>= 32n;
  }
  return n;
}

export function intBitLength(v: Int): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    if (a < 0x100000000) return 32 - Math.clz32(a);
    return bitLength(BigInt(a));
  }
  return bitLength(v);
}

function byteorderArg(o: PyObject | undefined, fname: string): boolean {
  if (o === undefined) return false;
  const order = strVal(o);
  if (order === undefined) throw typeError(`${fname}() argument 'byteorder' must be str, not ${argTypeName(o)}`);
  if (order === 'little') return true;
  if (order === 'big') return false;
  throw valueError("byteorder must be either 'little' or 'big'");
}

const int_to_bytes: NativeFn = (vm, args, kwargs) => {
  const [lenObj, order, signedObj] = parseArgs('to_bytes', args, kwargs, { names: ['length', 'byteorder', 'signed'], kwOnly: 1 });
  const lv = lenObj === undefined ? 1 : index(vm, lenObj);
  if (lv < 0) throw valueError('length argument must be non-negative');
  // The length is a C Py_ssize_t; one that fits but cannot be allocated is a MemoryError.
  if (typeof lv === 'bigint') {
    if (lv > 0x7fffffffffffffffn) throw overflowError('Python int too large to convert to C ssize_t');
    throw newException(MemoryError);
  }
  const length = lv;
  const little = byteorderArg(order, 'to_bytes');
  const signed = signedObj !== undefined && truthy(vm, signedObj);
  let v = BigInt(selfInt(args));
  if (v < 0n && !signed) throw overflowError("can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  const fits = signed ? v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n) : v < 1n << bits;
  // CPython lets -1 through into zero signed bytes (its sign-extension check sees no bytes to check).
  const zeroFits = v === 0n || (signed && v === -1n);
  if (length === 0 ? !zeroFits : !fits) throw overflowError('int too big to convert');
  if (v < 0n) v += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return new PyBytes(out);
};

const int_from_bytes: NativeFn = (vm, args, kwargs) => {
  const cls = args[0] as PyType;
  const [bytesObj, order, signedObj] = parseArgs('from_bytes', args, kwargs, { names: ['bytes', 'byteorder', 'signed'], required: 1, kwOnly: 1 });
  const little = byteorderArg(order, 'from_bytes');
  const signed = signedObj !== undefined && truthy(vm, signedObj);
  // The argument goes through bytes() as PyObject_Bytes does: __bytes__, a buffer, or an iterable of ints.
  const data = dataFrom(vm, bytesObj!, 'bytes', false);
  let v = 0n;
  for (let i = 0; i < data.length; i++) v = (v << 8n) | BigInt(data[little ? data.length - 1 - i : i]);
  if (signed && data.length > 0 && data[little ? data.length - 1 : 0] & 0x80) v -= 1n << BigInt(data.length * 8);
  const r = normInt(v);
  return cls === intType ? r : call(vm, cls, [r]);
};

function boolBinary(name: string, op: BinOp): NativeFn {
  return (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, `bool.${name}`);
    const [a, b] = args;
    if (typeof a === 'boolean' && typeof b === 'boolean') {
      return op === BinOp.AND ? a && b : op === BinOp.OR ? a || b : a !== b;
    }
    const bv = intVal(b);
    if (bv === undefined) return NotImplemented;
    return intBinary(op, intVal(a)!, bv);
  };
}

let installed = false;

export function installIntMethods(): void {
  if (installed) return;
  installed = true;
  const t = intType;
  defNew(t, int_new);
  // int(x): what int_new does for one argument.
  t.call1 = (vm, x) => toIntValue(vm, x);
  // A str or an int: parsed or itself, with no __int__ or __index__ of the program's. Below
  // the recursion limit only: int has no vectorcall in 3.11, its tp_call is checked. A str
  // that is no int answers its ValueError without a throw (`try: int(s) except ValueError`).
  t.plain1 = (vm, x) => {
    if (typeof x === 'number') return vm.depth < vm.recursionLimit ? x : undefined;
    if (typeof x !== 'string' || vm.depth >= vm.recursionLimit) return undefined;
    const r = parseIntOrError(x, 10);
    return typeof r === 'object' ? raisedPlain(vm, r) : r;
  };
  // int(s, base) for a str and a valid int base, as int_new parses it; its ValueError likewise.
  t.plain2 = (vm, x, base) => {
    if (typeof x !== 'string' || typeof base !== 'number' || (base !== 0 && (base < 2 || base > 36)) || vm.depth >= vm.recursionLimit) return undefined;
    const r = parseIntOrError(x, base);
    return typeof r === 'object' ? raisedPlain(vm, r) : r;
  };
  for (const [name, op] of OPS) {
    defMethod(t, `__${name}__`, (vm, args, kwargs) => {
      wrapperArgs(args, 1, 1, kwargs, `int.__${name}__`);
      const b = intVal(args[1]);
      return b === undefined ? NotImplemented : intBinary(op, selfInt(args), b);
    });
    defMethod(t, `__r${name}__`, (vm, args, kwargs) => {
      wrapperArgs(args, 1, 1, kwargs, `int.__r${name}__`);
      const b = intVal(args[1]);
      return b === undefined ? NotImplemented : intBinary(op, b, selfInt(args));
    });
  }
  defMethod(t, '__pow__', (vm, args, kwargs) => {
    noKwargs('int.__pow__', kwargs);
    checkArgCount('', args, 1, 2);
    const b = intVal(args[1]);
    return b === undefined ? NotImplemented : powImpl(selfInt(args), b, args[2]);
  });
  defMethod(t, '__rpow__', (vm, args, kwargs) => {
    noKwargs('int.__rpow__', kwargs);
    checkArgCount('', args, 1, 2);
    const b = intVal(args[1]);
    return b === undefined ? NotImplemented : powImpl(b, selfInt(args), args[2]);
  });
  defMethod(t, '__divmod__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, 'int.__divmod__');
    const b = intVal(args[1]);
    return b === undefined ? NotImplemented : newTuple(intDivmod(selfInt(args), b));
  });
  defMethod(t, '__rdivmod__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, 'int.__rdivmod__');
    const b = intVal(args[1]);
    return b === undefined ? NotImplemented : newTuple(intDivmod(b, selfInt(args)));
  });
  defMethod(t, '__eq__', intCompare('__eq__', (c) => c === 0));
  defMethod(t, '__ne__', intCompare('__ne__', (c) => c !== 0));
  defMethod(t, '__lt__', intCompare('__lt__', (c) => c < 0));
  defMethod(t, '__le__', intCompare('__le__', (c) => c <= 0));
  defMethod(t, '__gt__', intCompare('__gt__', (c) => c > 0));
  defMethod(t, '__ge__', intCompare('__ge__', (c) => c >= 0));
  unary('__neg__', (v) => (typeof v === 'number' ? (v === 0 ? 0 : -v) : normInt(-v)));
  unary('__pos__', (v) => v);
  unary('__abs__', (v) => (typeof v === 'number' ? Math.abs(v) : normInt(v < 0n ? -v : v)));
  unary('__invert__', (v) => intInvert(v));
  unary('__bool__', (v) => v !== 0 && v !== 0n);
  unary('__int__', (v) => v);
  unary('__index__', (v) => v);
  unary('__trunc__', (v) => v);
  unary('__floor__', (v) => v);
  unary('__ceil__', (v) => v);
  unary('__float__', (v) => new PyFloat(intToFloat(v)));
  unary('__hash__', (v) => intHash(v));
  unary('__repr__', intRepr);
  defMethod(t, '__round__', (vm, args, kwargs) => {
    noKwargs('int.__round__', kwargs);
    checkArgCount('__round__', args, 0, 1);
    const v = selfInt(args);
    if (args.length < 2) return v;
    return intRound(v, index(vm, args[1]));
  });
  defMethod(t, '__format__', (vm, args, kwargs) => {
    const spec = oneArg('int.__format__', args, kwargs);
    if (typeof spec !== 'string') throw typeError(`__format__() argument must be str, not ${argTypeName(spec)}`);
    // An empty spec is str(self), so a subclass's __str__ shows, as in CPython.
    if (spec === '') return str(vm, args[0]);
    return formatIntSpec(vm, args[0], spec);
  });
  defMethod(t, '__getnewargs__', (vm, args, kwargs) => {
    noArgs('int.__getnewargs__', args, kwargs);
    return newTuple([selfInt(args)]);
  });
  defMethod(t, '__sizeof__', (vm, args, kwargs) => {
    noArgs('int.__sizeof__', args, kwargs);
    return 28 + 4 * Math.max(0, Math.ceil(intBitLength(selfInt(args)) / 30) - 1);
  });
  defMethod(t, 'conjugate', (vm, args, kwargs) => {
    noArgs('int.conjugate', args, kwargs);
    return selfInt(args);
  });
  defMethod(t, 'bit_length', (vm, args, kwargs) => {
    noArgs('int.bit_length', args, kwargs);
    return intBitLength(selfInt(args));
  });
  defMethod(t, 'bit_count', (vm, args, kwargs) => {
    noArgs('int.bit_count', args, kwargs);
    return popcount(selfInt(args));
  });
  defMethod(t, 'as_integer_ratio', (vm, args, kwargs) => {
    noArgs('int.as_integer_ratio', args, kwargs);
    return newTuple([selfInt(args), 1]);
  });
  defMethod(t, 'to_bytes', int_to_bytes);
  defClassMethod(t, 'from_bytes', int_from_bytes);
  defGetter(t, 'real', (vm, o) => intVal(o)!);
  defGetter(t, 'imag', () => 0);
  defGetter(t, 'numerator', (vm, o) => intVal(o)!);
  defGetter(t, 'denominator', () => 1);

  // bool: only construction, repr and the logical operators differ from int.
  const b = boolType;
  defNew(b, (vm, args, kwargs) => {
    const cls = args[0];
    if (cls !== boolType) {
      const n = cls instanceof PyType ? cls.name : typeOf(cls).name;
      throw typeError(`bool.__new__(${n}): ${n} is not a subtype of bool`);
    }
    noKwargs('bool', kwargs);
    checkArgCount('bool', args, 0, 1);
    return args.length > 1 ? truthy(vm, args[1]) : false;
  });
  defMethod(b, '__repr__', (vm, args, kwargs) => {
    wrapperArgs(args, 0, 1, kwargs, 'bool.__repr__');
    return args[0] === true ? 'True' : 'False';
  });
  for (const [name, op] of [['and', BinOp.AND], ['or', BinOp.OR], ['xor', BinOp.XOR]] as const) {
    defMethod(b, `__${name}__`, boolBinary(`__${name}__`, op));
    defMethod(b, `__r${name}__`, boolBinary(`__r${name}__`, op));
  }
}
