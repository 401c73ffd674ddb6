// The arithmetic operators of complex (complex_add ... complex_pow): operands converted as
// CPython's to_complex does, results and errors as complexobject.c gives them.

import type { PyObject } from '../objects/object.js';
import { PyComplex } from '../objects/complex.js';
import { PyFloat } from '../objects/float.js';
import { intVal } from '../objects/int.js';
import { NotImplemented } from '../objects/singletons.js';
import { zeroDivisionError, overflowError } from '../objects/exceptions.js';
import { intToFloat } from '../format/bigint_math.js';
import { type Cx, cSum, cDiff, cProd, cQuot, cPow } from '../format/complex_math.js';
import { BinOp } from './arith.js';

/** An operand of a complex operator as a pair: complex, float, int and bool (subclasses too); undefined otherwise. */
export function complexOperand(o: PyObject): Cx | undefined {
  if (o instanceof PyComplex) return [o.real, o.imag];
  if (o instanceof PyFloat) return [o.value, 0];
  const i = intVal(o);
  return i === undefined ? undefined : [intToFloat(i), 0];
}

/** a / b, or ZeroDivisionError('complex division by zero'). */
export function complexDivide(a: Cx, b: Cx): Cx {
  const q = cQuot(a, b);
  if (q === null) throw zeroDivisionError('complex division by zero');
  return q;
}

/** a ** b, with complex_pow's errors: zero to a negative or complex power, and an infinite result. */
export function complexPower(a: Cx, b: Cx): Cx {
  const p = cPow(a, b);
  if (p === null) throw zeroDivisionError('0.0 to a negative or complex power');
  if (Math.abs(p[0]) === Infinity || Math.abs(p[1]) === Infinity) throw overflowError('complex exponentiation');
  return p;
}

/** The complex result of a pair operation, or undefined for an operator complex lacks. */
export function complexArith(op: BinOp, a: Cx, b: Cx): Cx | undefined {
  switch (op) {
    case BinOp.ADD: return cSum(a, b);
    case BinOp.SUB: return cDiff(a, b);
    case BinOp.MUL: return cProd(a, b);
    case BinOp.TRUEDIV: return complexDivide(a, b);
    case BinOp.POW: return complexPower(a, b);
  }
  return undefined;
}

/**
 * a <op> b when either side is a complex and the other a number: a new complex, or
 * NotImplemented (an operand that is no number, or //, %, <<... which complex lacks).
 */
export function complexBinary(op: BinOp, a: PyObject, b: PyObject): PyObject {
  const x = complexOperand(a);
  if (x === undefined) return NotImplemented;
  const y = complexOperand(b);
  if (y === undefined) return NotImplemented;
  const r = complexArith(op, x, y);
  return r === undefined ? NotImplemented : new PyComplex(r[0], r[1]);
}
