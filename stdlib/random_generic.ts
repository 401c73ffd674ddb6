// random.py's distributions for arguments that are not ints, bools or exact floats (Decimal,
// Fraction, float subclasses): the arguments go through their own operators in random.py's
// order, so a Decimal fails with the operator's TypeError where CPython's does (often after
// the draws, which then still move the generator), and a Fraction is combined exactly before
// it meets a float. The draws and the arithmetic on floats alone are random.ts's.

import type { PyObject } from '../vm/objects/object.js';
import { PyFloat } from '../vm/objects/float.js';
import { PyBaseException, ZeroDivisionError, valueError } from '../vm/objects/exceptions.js';
import { binaryOp, BinOp } from '../vm/ops/arith.js';
import { richCompare } from '../vm/ops/compare.js';
import { truthy } from '../vm/ops/convert.js';
import { Cmp } from '../vm/opcodes.js';
import type { RandomDraws } from '../vm/format/mersenne.js';
import { toDouble } from './math.js';
import * as libm from './math_libm.js';
import { normalvariate, gammavariate, TWOPI } from './random.js';
import type { VM } from '../vm/vm.js';

const float = (x: number): PyFloat => new PyFloat(x);
const op = (vm: VM, a: PyObject, b: PyObject, o: BinOp): PyObject => binaryOp(vm, a, b, o);
const cmp = (vm: VM, a: PyObject, b: PyObject, c: Cmp): boolean => truthy(vm, richCompare(vm, a, b, c));

/** mu + z * sigma, the end of gauss() and normalvariate(). */
export function shiftScale(vm: VM, z: number, mu: PyObject, sigma: PyObject): PyObject {
  return op(vm, mu, op(vm, float(z), sigma, BinOp.MUL), BinOp.ADD);
}

export function normalvariateGeneric(vm: VM, mt: RandomDraws, mu: PyObject, sigma: PyObject): PyObject {
  return shiftScale(vm, normalvariate(mt, 0.0, 1.0), mu, sigma);
}

export function triangularGeneric(vm: VM, mt: RandomDraws, low: PyObject, high: PyObject, mode: PyObject | null): PyObject {
  let u = mt.random();
  let c: PyObject;
  try {
    c = mode === null ? float(0.5) : op(vm, op(vm, mode, low, BinOp.SUB), op(vm, high, low, BinOp.SUB), BinOp.TRUEDIV);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(ZeroDivisionError)) return low;
    throw e;
  }
  if (cmp(vm, float(u), c, Cmp.GT)) {
    u = 1.0 - u;
    c = op(vm, float(1.0), c, BinOp.SUB);
    [low, high] = [high, low];
  }
  const root = Math.sqrt(toDouble(vm, op(vm, float(u), c, BinOp.MUL)));
  return op(vm, low, op(vm, op(vm, high, low, BinOp.SUB), float(root), BinOp.MUL), BinOp.ADD);
}

export function expovariateGeneric(vm: VM, mt: RandomDraws, lambd: PyObject): PyObject {
  return op(vm, float(-libm.log(1.0 - mt.random())), lambd, BinOp.TRUEDIV);
}

export function vonmisesGeneric(vm: VM, mt: RandomDraws, mu: PyObject, kappa: PyObject): PyObject {
  if (cmp(vm, kappa, float(1e-6), Cmp.LE)) return float(TWOPI * mt.random());
  const s = toDouble(vm, op(vm, float(0.5), kappa, BinOp.TRUEDIV));
  const r = s + Math.sqrt(1.0 + s * s);
  let z: number;
  for (;;) {
    z = libm.cos(Math.PI * mt.random());
    const d = z / (r + z);
    const u2 = mt.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * libm.exp(d)) break;
  }
  const q = 1.0 / r;
  const f = (q + z) / (1.0 + q * z);
  const angle = float(libm.acos(f));
  const theta = op(vm, mu, angle, mt.random() > 0.5 ? BinOp.ADD : BinOp.SUB);
  return op(vm, theta, float(TWOPI), BinOp.MOD);
}

/** gammavariate(alpha, beta): alpha meets floats first (its operator decides), then the float draws; beta scales the end. */
export function gammavariateGeneric(vm: VM, mt: RandomDraws, alpha: PyObject, beta: PyObject): PyObject {
  if (cmp(vm, alpha, float(0.0), Cmp.LE) || cmp(vm, beta, float(0.0), Cmp.LE)) {
    throw valueError('gammavariate: alpha and beta must be > 0.0');
  }
  // random.py's first operation on alpha (2.0 * alpha, or _e + alpha), by alpha's operator: once
  // that took it, the rest is float arithmetic on alpha's float value.
  if (cmp(vm, alpha, float(1.0), Cmp.GT)) {
    op(vm, float(2.0), alpha, BinOp.MUL);
    return op(vm, float(gammavariate(mt, toDouble(vm, alpha), 1.0)), beta, BinOp.MUL);
  }
  if (cmp(vm, alpha, float(1.0), Cmp.EQ)) return op(vm, float(-libm.log(1.0 - mt.random())), beta, BinOp.MUL);
  // 0 < alpha < 1 (Kennedy & Gentle's GS): each round draws before alpha is used.
  let u = mt.random();
  op(vm, float(Math.E), alpha, BinOp.ADD);
  const a = toDouble(vm, alpha);
  let x: number;
  for (;;) {
    const b = (Math.E + a) / Math.E;
    const p = b * u;
    x = p <= 1.0 ? libm.pow(p, 1.0 / a) : -libm.log((b - p) / a);
    const u1 = mt.random();
    if (p > 1.0 ? u1 <= libm.pow(x, a - 1.0) : u1 <= libm.exp(-x)) break;
    u = mt.random();
  }
  return op(vm, float(x), beta, BinOp.MUL);
}

export function betavariateGeneric(vm: VM, mt: RandomDraws, alpha: PyObject, beta: PyObject): PyObject {
  const y = gammavariateGeneric(vm, mt, alpha, float(1.0));
  if (!truthy(vm, y)) return float(0.0);
  return op(vm, y, op(vm, y, gammavariateGeneric(vm, mt, beta, float(1.0)), BinOp.ADD), BinOp.TRUEDIV);
}

export function paretovariateGeneric(vm: VM, mt: RandomDraws, alpha: PyObject): PyObject {
  const u = 1.0 - mt.random();
  return op(vm, float(u), op(vm, float(-1.0), alpha, BinOp.TRUEDIV), BinOp.POW);
}

export function weibullvariateGeneric(vm: VM, mt: RandomDraws, alpha: PyObject, beta: PyObject): PyObject {
  const u = 1.0 - mt.random();
  return op(vm, alpha, op(vm, float(-libm.log(u)), op(vm, float(1.0), beta, BinOp.TRUEDIV), BinOp.POW), BinOp.MUL);
}
