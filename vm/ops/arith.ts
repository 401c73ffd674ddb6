// Binary and unary arithmetic (PyNumber_*): int/float fast paths, then __op__/__rop__ dispatch.

import type { PyObject } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { PyFloat } from '../objects/float.js';
import { PyList, listType } from '../objects/list.js';
import { tupleType } from '../objects/tuple.js';
import { bytesType, bytearrayType } from '../objects/bytes.js';
import { strType } from '../objects/str.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { typeError, zeroDivisionError, overflowError } from '../objects/exceptions.js';
import { PyComplex } from '../objects/complex.js';
import { cPow } from '../format/complex_math.js';
import { normInt } from '../objects/int.js';
import {
  intFloorDiv, intMod, intPow, intTrueDiv, intLshift, intRshift, intToFloat, floatFloorDiv, floatMod, floatPow,
} from '../format/bigint_math.js';
import { typeOf, hasSequenceSlots } from './typeof.js';
import { PyMethodDescriptor, PyBuiltinFunction, builtinFunctionType, raisedPlain } from '../objects/function.js';
import { callSpecialMethod } from './call.js';
import { index } from './convert.js';
import { repeatStr } from '../methods/str_repeat.js';
import { percentFormatObject } from './format.js';
import type { VM } from '../vm.js';

export enum BinOp { ADD, SUB, MUL, MATMUL, TRUEDIV, FLOORDIV, MOD, POW, LSHIFT, RSHIFT, AND, XOR, OR }

const NAMES = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or'];
const SYMBOLS = ['+', '-', '*', '@', '/', '//', '%', '**', '<<', '>>', '&', '^', '|'];
const DUNDER = NAMES.map((n) => `__${n}__`);
const RDUNDER = NAMES.map((n) => `__r${n}__`);
const IDUNDER = NAMES.map((n) => `__i${n}__`);

/** An int operand (bool counts) as number|bigint, or undefined. */
function intValue(o: PyObject): number | bigint | undefined {
  if (typeof o === 'number' || typeof o === 'bigint') return o;
  if (typeof o === 'boolean') return o ? 1 : 0;
  return undefined;
}

/** A float operand's value: floats, and ints converted when the other side is a float. */
function floatOperand(o: PyObject): number | undefined {
  if (o instanceof PyFloat) return o.value;
  if (typeof o === 'number') return o;
  if (typeof o === 'bigint') return intToFloat(o);
  if (typeof o === 'boolean') return o ? 1 : 0;
  return undefined;
}

export function intBinary(op: BinOp, a: number | bigint, b: number | bigint): PyObject {
  if (typeof a === 'number' && typeof b === 'number') {
    let r: number;
    switch (op) {
      case BinOp.ADD: r = a + b; if (Number.isSafeInteger(r)) return r; break;
      case BinOp.SUB: r = a - b; if (Number.isSafeInteger(r)) return r; break;
      case BinOp.MUL: r = a * b; if (Number.isSafeInteger(r)) return r === 0 ? 0 : r; break;
      case BinOp.AND: case BinOp.OR: case BinOp.XOR: return safeBitwise(op, a, b);
      case BinOp.FLOORDIV: case BinOp.MOD: case BinOp.TRUEDIV: case BinOp.POW: case BinOp.LSHIFT: case BinOp.RSHIFT:
        break;
      default: return NotImplemented;
    }
  }
  switch (op) {
    case BinOp.FLOORDIV: return intFloorDiv(a, b);
    case BinOp.MOD: return intMod(a, b);
    case BinOp.TRUEDIV: return new PyFloat(intTrueDiv(a, b));
    case BinOp.POW: {
      const r = intPow(a, b);
      return typeof r === 'object' ? new PyFloat(r.float) : r;
    }
    case BinOp.LSHIFT: return intLshift(a, b);
    case BinOp.RSHIFT: return intRshift(a, b);
  }
  const x = BigInt(a);
  const y = BigInt(b);
  switch (op) {
    case BinOp.ADD: return normInt(x + y);
    case BinOp.SUB: return normInt(x - y);
    case BinOp.MUL: return normInt(x * y);
    case BinOp.AND: return normInt(x & y);
    case BinOp.OR: return normInt(x | y);
    case BinOp.XOR: return normInt(x ^ y);
  }
  return NotImplemented;
}

const TWO_32 = 4294967296;

/**
 * &, | and ^ of two safe integers without BigInt: each splits into a high part
 * (floor(x / 2**32), within 22 bits and signed, as two's complement extends the sign)
 * and a low part in [0, 2**32); JS's 32-bit operators then work part by part.
 */
function safeBitwise(op: BinOp, a: number, b: number): number {
  if ((a | 0) === a && (b | 0) === b) return op === BinOp.AND ? a & b : op === BinOp.OR ? a | b : a ^ b;
  const ah = Math.floor(a / TWO_32);
  const bh = Math.floor(b / TWO_32);
  const al = a - ah * TWO_32;
  const bl = b - bh * TWO_32;
  let h: number;
  let l: number;
  if (op === BinOp.AND) {
    h = ah & bh;
    l = (al & bl) >>> 0;
  } else if (op === BinOp.OR) {
    h = ah | bh;
    l = (al | bl) >>> 0;
  } else {
    h = ah ^ bh;
    l = (al ^ bl) >>> 0;
  }
  return h * TWO_32 + l;
}

export function floatBinary(op: BinOp, a: number, b: number): PyObject {
  switch (op) {
    case BinOp.ADD: return new PyFloat(a + b);
    case BinOp.SUB: return new PyFloat(a - b);
    case BinOp.MUL: return new PyFloat(a * b);
    case BinOp.TRUEDIV:
      if (b === 0) throw zeroDivisionError('float division by zero');
      return new PyFloat(a / b);
    case BinOp.FLOORDIV: return new PyFloat(floatFloorDiv(a, b));
    case BinOp.MOD: return new PyFloat(floatMod(a, b));
    case BinOp.POW:
      if (a < 0 && Number.isFinite(a) && Number.isFinite(b) && b !== Math.floor(b)) return negativeToFractionalPower(a, b);
      return new PyFloat(floatPow(a, b));
  }
  return NotImplemented;
}

/** A negative float to a fractional power is complex: float_pow hands it to complex's **. */
function negativeToFractionalPower(a: number, b: number): PyComplex {
  const [re, im] = cPow([a, 0], [b, 0])!;
  if (Math.abs(re) === Infinity || Math.abs(im) === Infinity) throw overflowError('complex exponentiation');
  return new PyComplex(re, im);
}

/** The built-in numeric behaviour of an operator, or NotImplemented when neither side is a plain number. */
export function numberBinary(op: BinOp, a: PyObject, b: PyObject): PyObject {
  // bool's own __and__/__or__/__xor__: two bools give a bool.
  if (typeof a === 'boolean' && typeof b === 'boolean') {
    if (op === BinOp.AND) return a && b;
    if (op === BinOp.OR) return a || b;
    if (op === BinOp.XOR) return a !== b;
  }
  const ia = intValue(a);
  if (ia !== undefined) {
    const ib = intValue(b);
    if (ib !== undefined) return intBinary(op, ia, ib);
  }
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const fa = floatOperand(a);
    const fb = floatOperand(b);
    if (fa !== undefined && fb !== undefined) return floatBinary(op, fa, fb);
  }
  return NotImplemented;
}

function isPlainNumber(o: PyObject): boolean {
  return typeof o !== 'object' || (o instanceof PyFloat && !o.cls.isHeapType);
}

/** True for an int value (not a bool): a JS number or bigint. */
function isIntValue(o: PyObject): o is number | bigint {
  return typeof o === 'number' || typeof o === 'bigint';
}

/**
 * `str % x` needs no dispatch unless x is a str subclass instance (its __rmod__ would be
 * tried first): str.__mod__ handles every other right operand.
 */
function isPlainPercent(a: PyObject, b: PyObject, op: BinOp): a is string {
  return op === BinOp.MOD && typeof a === 'string' && (typeof b !== 'object' || !b.cls.isSubtypeOf(strType));
}

export function binaryOp(vm: VM, a: PyObject, b: PyObject, op: BinOp): PyObject {
  const r = binaryOpOrUnsupported(vm, a, b, op);
  if (r === NotImplemented) throw binaryTypeError(a, b, op);
  return r;
}

/** binaryOp for compiled code: an unsupported pair's TypeError answered as RAISED (in vm.jitRaised) rather than thrown. */
export function binaryOpOrRaise(vm: VM, a: PyObject, b: PyObject, op: BinOp): PyObject {
  const r = binaryOpOrUnsupported(vm, a, b, op);
  return r === NotImplemented ? raisedPlain(vm, binaryTypeError(a, b, op)) : r;
}

/** inplaceOp for compiled code: an unsupported pair's TypeError answered as RAISED rather than thrown. */
export function inplaceOpOrRaise(vm: VM, a: PyObject, b: PyObject, op: BinOp): PyObject {
  const r = inplaceOpOrUnsupported(vm, a, b, op);
  return r === NotImplemented ? raisedPlain(vm, binaryTypeError(a, b, op, true)) : r;
}

/** `a op b`, or NotImplemented when neither operand supports it (no result of an operator is NotImplemented). */
function binaryOpOrUnsupported(vm: VM, a: PyObject, b: PyObject, op: BinOp): PyObject {
  // Two ints (the loop's inline paths leave those that need a bigint): no dispatch.
  if (isIntValue(a) && isIntValue(b)) {
    const r = intBinary(op, a, b);
    if (r !== NotImplemented) return r;
  }
  if (isPlainPercent(a, b, op)) return percentFormatObject(vm, a, b);
  if (isPlainNumber(a) && isPlainNumber(b) && typeof a !== 'string' && typeof b !== 'string') {
    const r = numberBinary(op, a, b);
    if (r !== NotImplemented) return r;
  }
  if (op === BinOp.ADD) {
    if (typeof a === 'string' && typeof b === 'string') return a + b;
    // Two lists: what list.__add__ would give, without looking it up and calling it.
    if (a instanceof PyList && b instanceof PyList && a.cls === listType && b.cls === listType) return new PyList(a.items.concat(b.items));
  }
  if (op === BinOp.MUL) {
    // str * int, int * str: the repetition, without looking up and calling str.__mul__.
    if (typeof a === 'string' && typeof b === 'number') return repeatStr(a, b);
    if (typeof b === 'string' && typeof a === 'number') return repeatStr(b, a);
  }
  return binaryDispatch(vm, a, b, op);
}

export function inplaceOp(vm: VM, a: PyObject, b: PyObject, op: BinOp): PyObject {
  const r = inplaceOpOrUnsupported(vm, a, b, op);
  if (r === NotImplemented) throw binaryTypeError(a, b, op, true);
  return r;
}

/** `a op= b`, or NotImplemented when neither operand supports it. */
function inplaceOpOrUnsupported(vm: VM, a: PyObject, b: PyObject, op: BinOp): PyObject {
  // int and str have no in-place methods.
  if (isIntValue(a) && isIntValue(b)) {
    const r = intBinary(op, a, b);
    if (r !== NotImplemented) return r;
  }
  if (isPlainPercent(a, b, op)) return percentFormatObject(vm, a, b);
  let inplaceSequence: PyObject | undefined;
  if (typeof a === 'object' && !(a instanceof PyFloat)) {
    const m = a.cls.lookup(IDUNDER[op]);
    if (isSequenceSlot(m, a.cls)) inplaceSequence = m;
    else if (m !== undefined) {
      const r = callSpecialMethod(vm, a, m, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  if (isPlainNumber(a) && isPlainNumber(b) && typeof a !== 'string' && typeof b !== 'string') {
    const r = numberBinary(op, a, b);
    if (r !== NotImplemented) return r;
  }
  if (op === BinOp.ADD && typeof a === 'string' && typeof b === 'string') return a + b;
  return binaryDunder(vm, a, b, DUNDER[op], RDUNDER[op], true, inplaceSequence);
}

/** CPython's binary_op1: the right operand's reflected method first when its type is a subclass. */
function binaryDispatch(vm: VM, a: PyObject, b: PyObject, op: BinOp): PyObject {
  return binaryDunder(vm, a, b, DUNDER[op], RDUNDER[op]);
}

/**
 * Calls `a.<name>(b)` or `b.<rname>(a)` in binary_op1's order (the reflected one first
 * when type(b) is a subclass of type(a) that overrides it); NotImplemented when neither
 * handles the pair. Also serves divmod() and pow(), whose dunders have no BinOp.
 * A built-in sequence's concat/repeat comes only after that (PyNumber_Add's sq_concat,
 * PyNumber_Multiply's sq_repeat of either side); an augmented assignment uses the left
 * side's in-place one if it has it, and the right side's repeat only when the left has
 * no sequence slots at all (PyNumber_InPlaceMultiply).
 */
export function binaryDunder(vm: VM, a: PyObject, b: PyObject, name: string, rname: string, inplace = false, inplaceSequence?: PyObject): PyObject {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let ma = ta.lookup(name);
  let mb = ta === tb ? undefined : tb.lookup(rname);
  let seqA = inplaceSequence;
  let seqB: PyObject | undefined;
  if (isSequenceSlot(ma, ta)) {
    seqA ??= ma;
    ma = undefined;
  }
  if (isSequenceSlot(mb, tb)) {
    seqB = mb;
    mb = undefined;
  }
  if (mb !== undefined && tb.isSubtypeOf(ta) && mb !== ta.lookup(rname)) {
    const r = callSpecialMethod(vm, b, mb, [a]);
    if (r !== NotImplemented) return r;
    mb = undefined;
  }
  if (ma !== undefined) {
    const r = callSpecialMethod(vm, a, ma, [b]);
    if (r !== NotImplemented) return r;
  }
  if (mb !== undefined) {
    const r = callSpecialMethod(vm, b, mb, [a]);
    if (r !== NotImplemented) return r;
  }
  if (seqA !== undefined) return callSequenceSlot(vm, a, seqA, b);
  if (seqB !== undefined && !(inplace && hasSequenceSlots(ta))) return callSequenceSlot(vm, b, seqB, a);
  return NotImplemented;
}

/**
 * Whether `m`, found on type `t`, is a built-in sequence's concat/repeat acting as t's own
 * slot. One a class borrowed from a type it does not derive from (`__add__ = list.__add__`)
 * is an ordinary method, whose call fails as CPython's generic slot's does.
 */
function isSequenceSlot(m: PyObject | undefined, t: PyType): boolean {
  return m instanceof PyMethodDescriptor && m.sequenceSlot && (t === m.owner || t.isSubtypeOf(m.owner));
}

/** A sequence slot's operator form (NotImplemented for an operand it does not take). */
export function callSequenceSlot(vm: VM, self: PyObject, m: PyObject, other: PyObject): PyObject {
  const d = m as PyMethodDescriptor;
  return (d.operatorFn ?? d.fn)(vm, [self, other], null);
}

/**
 * What a built-in sequence's concat/repeat raises when called directly with an operand the
 * operator form refuses: the concat message, or index()'s "'str' object cannot be interpreted
 * as an integer" (CPython's slot wrapper converts the count first).
 */
export function sequenceSlotRefusal(vm: VM, name: string, self: PyObject, other: PyObject): never {
  if (name === '__add__' || name === '__iadd__') throw binaryTypeError(self, other, BinOp.ADD);
  index(vm, other);
  throw binaryTypeError(self, other, BinOp.MUL);
}

/** The built-in sequence type `o` is (or derives from), whose concat/repeat raise the messages below. */
function builtinSequenceName(o: PyObject): string | null {
  const t = typeOf(o);
  for (const base of [strType, listType, tupleType, bytesType, bytearrayType]) {
    if (t.isSubtypeOf(base)) return base.name;
  }
  // Another native sequence whose repeat is marked a sequence slot (collections.deque).
  const m = t.lookup('__mul__');
  if (m instanceof PyMethodDescriptor && m.sequenceSlot && t.isSubtypeOf(m.owner)) return m.owner.name;
  return null;
}

export function binaryTypeError(a: PyObject, b: PyObject, op: BinOp, inplace = false): ReturnType<typeof typeError> {
  const ta = typeOf(a).tpName;
  const tb = typeOf(b).tpName;
  const seqA = builtinSequenceName(a);
  if (op === BinOp.ADD && seqA !== null) {
    return typeError(`can only concatenate ${seqA} (not "${tb}") to ${seqA}`);
  }
  // In-place repetition asks the right operand only when the left has no sequence slots.
  if (op === BinOp.MUL && (seqA !== null || (builtinSequenceName(b) !== null && !(inplace && hasSequenceSlots(typeOf(a)))))) {
    return typeError(`can't multiply sequence by non-int of type '${seqA !== null ? tb : ta}'`);
  }
  const sym = inplace ? `${SYMBOLS[op]}=` : op === BinOp.POW ? '** or pow()' : SYMBOLS[op];
  // Python 2's `print >>f, x` (CPython's binary_op hint; not for >>=).
  if (op === BinOp.RSHIFT && !inplace && a instanceof PyBuiltinFunction && a.cls === builtinFunctionType && a.name === 'print') {
    return typeError(`unsupported operand type(s) for ${sym}: '${ta}' and '${tb}'. Did you mean "print(<message>, file=<output_stream>)"?`);
  }
  return typeError(`unsupported operand type(s) for ${sym}: '${ta}' and '${tb}'`);
}

export function negate(vm: VM, a: PyObject): PyObject {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  if (typeof a === 'bigint') return normInt(-a);
  if (typeof a === 'boolean') return a ? -1 : 0;
  if (a instanceof PyFloat && !a.cls.isHeapType) return new PyFloat(-a.value);
  return unaryDunder(vm, a, '__neg__', 'unary -');
}

export function positive(vm: VM, a: PyObject): PyObject {
  if (typeof a === 'number' || typeof a === 'bigint') return a;
  if (typeof a === 'boolean') return a ? 1 : 0;
  if (a instanceof PyFloat && !a.cls.isHeapType) return a;
  return unaryDunder(vm, a, '__pos__', 'unary +');
}

export function invert(vm: VM, a: PyObject): PyObject {
  if (typeof a === 'number') return (a | 0) === a ? ~a : normInt(~BigInt(a));
  if (typeof a === 'bigint') return normInt(~a);
  if (typeof a === 'boolean') return a ? -2 : -1;
  return unaryDunder(vm, a, '__invert__', 'unary ~');
}

function unaryDunder(vm: VM, a: PyObject, name: string, what: string): PyObject {
  const m = typeOf(a).lookup(name);
  if (m === undefined) throw typeError(`bad operand type for ${what}: '${typeOf(a).tpName}'`);
  return callSpecialMethod(vm, a, m, []);
}

export const binOpDunder = DUNDER;
export const binOpReflectedDunder = RDUNDER;
