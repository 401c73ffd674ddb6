// The cmath module: CPython 3.11's cmathmodule.c formulas (Kahan's branch cuts) over glibc-exact libm functions.
//
// Each function follows the steps CPython takes for finite arguments, so results agree to the
// bit. Errors are math_error()'s: a C errno of EDOM is ValueError('math domain error'), ERANGE
// is OverflowError('math range error'). For an argument with an infinite or NaN part every
// function gives C99 Annex G's value (the special* functions below), with CPython's ValueError
// where an infinite angle meets a nonzero modulus.

import type { PyObject } from '../vm/objects/object.js';
import { PyComplex } from '../vm/objects/complex.js';
import { PyFloat } from '../vm/objects/float.js';
import { builtin, NativeFn } from '../vm/objects/function.js';
import { newTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { typeError, valueError, overflowError } from '../vm/objects/exceptions.js';
import { typeOf } from '../vm/ops/typeof.js';
import { callSpecialMethod } from '../vm/ops/call.js';
import { checkArgCount, noKwargs, oneArg, parseArgs } from '../vm/methods/args.js';
import { type Cx, cAbs, cDiff, cQuot } from '../vm/format/complex_math.js';
import { hypot } from '../vm/format/math_dd.js';
import { toDouble } from './math.js';
import * as libm from './math_libm.js';
import type { ModuleInit, VM } from '../vm/vm.js';

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const LARGE_DOUBLE = DBL_MAX / 4;
const SQRT_LARGE_DOUBLE = Math.sqrt(LARGE_DOUBLE);
const LOG_LARGE_DOUBLE = libm.log(LARGE_DOUBLE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const LN2 = 0.6931471805599453094;
const LN10 = 2.302585092994045684;
const E = Math.E;
const PI = Math.PI;
// Subnormal arguments are scaled up by 2**53 and results back down by 2**-27 (square roots).
const SCALE_UP = 53;
const SCALE_DOWN = -27;

/** C's errno after a function: 0, EDOM (ValueError) or ERANGE (OverflowError). */
enum Errno { OK, EDOM, ERANGE }

/** A result with the errno the C function left. */
type Result = [Cx, Errno];

const copysign = (x: number, y: number) => (y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x));
const isInf = (x: number) => x === Infinity || x === -Infinity;
const ldexp = (x: number, e: number) => x * 2 ** e;
const log1p = (x: number) => (x === 0 ? x : libm.log1p(x));
const overflowCheck = (r: Cx): Result => [r, isInf(r[0]) || isInf(r[1]) ? Errno.ERANGE : Errno.OK];

// ---------------------------------------------------------------- the functions, for finite z

function cSqrt(z: Cx): Cx {
  if (z[0] === 0 && z[1] === 0) return [0, z[1]];
  let ax = Math.abs(z[0]);
  const ay = Math.abs(z[1]);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot(ax, ay) would be subnormal: scale up first.
    ax = ldexp(ax, SCALE_UP);
    s = ldexp(Math.sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return z[0] >= 0 ? [s, copysign(d, z[1])] : [d, copysign(s, z[1])];
}

function cExp(z: Cx): Result {
  let l: number;
  if (z[0] > LOG_LARGE_DOUBLE) {
    l = libm.exp(z[0] - 1);
    return overflowCheck([l * libm.cos(z[1]) * E, l * libm.sin(z[1]) * E]);
  }
  l = libm.exp(z[0]);
  return overflowCheck([l * libm.cos(z[1]), l * libm.sin(z[1])]);
}

function cLog(z: Cx): Result {
  const ax = Math.abs(z[0]);
  const ay = Math.abs(z[1]);
  let re: number;
  if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
    re = libm.log(hypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      re = libm.log(hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * LN2;
    } else {
      return [[-Infinity, libm.atan2(z[1], z[0])], Errno.EDOM];
    }
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      // Near the unit circle: log1p keeps the digits log(h) would cancel.
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      re = log1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      re = libm.log(h);
    }
  }
  return [[re, libm.atan2(z[1], z[0])], Errno.OK];
}

function cCosh(z: Cx): Result {
  if (Math.abs(z[0]) > LOG_LARGE_DOUBLE) {
    // cosh(x) overflows where cosh(z) may not: take one factor of e out.
    const x1 = z[0] - copysign(1, z[0]);
    return overflowCheck([libm.cos(z[1]) * libm.cosh(x1) * E, libm.sin(z[1]) * libm.sinh(x1) * E]);
  }
  return overflowCheck([libm.cos(z[1]) * libm.cosh(z[0]), libm.sin(z[1]) * libm.sinh(z[0])]);
}

function cSinh(z: Cx): Result {
  if (Math.abs(z[0]) > LOG_LARGE_DOUBLE) {
    const x1 = z[0] - copysign(1, z[0]);
    return overflowCheck([libm.cos(z[1]) * libm.sinh(x1) * E, libm.sin(z[1]) * libm.cosh(x1) * E]);
  }
  return overflowCheck([libm.cos(z[1]) * libm.sinh(z[0]), libm.sin(z[1]) * libm.cosh(z[0])]);
}

function cTanh(z: Cx): Cx {
  if (Math.abs(z[0]) > LOG_LARGE_DOUBLE) {
    return [copysign(1, z[0]), 4 * libm.sin(z[1]) * libm.cos(z[1]) * libm.exp(-2 * Math.abs(z[0]))];
  }
  // (tanh x (1 + tan^2 y) + i tan y sech^2 x) / (1 + tanh^2 x tan^2 y)
  const tx = libm.tanh(z[0]);
  const ty = libm.tan(z[1]);
  const cx = 1 / libm.cosh(z[0]);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return [(tx * (1 + ty * ty)) / denom, ((ty / denom) * cx) * cx];
}

function cAsinh(z: Cx): Cx {
  if (Math.abs(z[0]) > LARGE_DOUBLE || Math.abs(z[1]) > LARGE_DOUBLE) {
    const l = libm.log(hypot(z[0] / 2, z[1] / 2)) + LN2 * 2;
    const re = z[1] >= 0 ? copysign(l, z[0]) : -copysign(l, -z[0]);
    return [re, libm.atan2(z[1], Math.abs(z[0]))];
  }
  const s1 = cSqrt([1 + z[1], -z[0]]);
  const s2 = cSqrt([1 - z[1], z[0]]);
  return [libm.asinh(s1[0] * s2[1] - s2[0] * s1[1]), libm.atan2(z[1], s1[0] * s2[0] - s1[1] * s2[1])];
}

function cAcos(z: Cx): Cx {
  if (Math.abs(z[0]) > LARGE_DOUBLE || Math.abs(z[1]) > LARGE_DOUBLE) {
    const l = libm.log(hypot(z[0] / 2, z[1] / 2)) + LN2 * 2;
    return [libm.atan2(Math.abs(z[1]), z[0]), z[0] < 0 ? -copysign(l, z[1]) : copysign(l, -z[1])];
  }
  const s1 = cSqrt([1 - z[0], -z[1]]);
  const s2 = cSqrt([1 + z[0], z[1]]);
  return [2 * libm.atan2(s1[0], s2[0]), libm.asinh(s2[0] * s1[1] - s2[1] * s1[0])];
}

function cAcosh(z: Cx): Cx {
  if (Math.abs(z[0]) > LARGE_DOUBLE || Math.abs(z[1]) > LARGE_DOUBLE) {
    return [libm.log(hypot(z[0] / 2, z[1] / 2)) + LN2 * 2, libm.atan2(z[1], z[0])];
  }
  const s1 = cSqrt([z[0] - 1, z[1]]);
  const s2 = cSqrt([z[0] + 1, z[1]]);
  return [libm.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * libm.atan2(s1[1], s2[0])];
}

function cAtanh(z: Cx): Result {
  // atanh(z) = -atanh(-z): work with z.real >= 0.
  if (z[0] < 0) {
    const [r, e] = cAtanh([-z[0], -z[1]]);
    return [[-r[0], -r[1]], e];
  }
  const ay = Math.abs(z[1]);
  if (z[0] > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
    // Large |z|: atanh(z) ~ 1/z +/- i pi/2.
    const h = hypot(z[0] / 2, z[1] / 2);
    return [[z[0] / 4 / h / h, -copysign(PI / 2, -z[1])], Errno.OK];
  }
  if (z[0] === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) return [[Infinity, z[1]], Errno.EDOM];
    return [[-libm.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), copysign(libm.atan2(2, -ay) / 2, z[1])], Errno.OK];
  }
  const re = log1p((4 * z[0]) / ((1 - z[0]) * (1 - z[0]) + ay * ay)) / 4;
  const im = -libm.atan2(-2 * z[1], (1 - z[0]) * (1 + z[0]) - ay * ay) / 2;
  return [[re, im], Errno.OK];
}

/** f(iz) rotated back by -i: how sin, tan, asin and atan come from sinh, tanh, asinh and atanh. */
function viaHyperbolic(f: (z: Cx) => Result): (z: Cx) => Result {
  return (z) => {
    const [s, e] = f([-z[1], z[0]]);
    return [[s[1], -s[0]], e];
  };
}

const ok = (f: (z: Cx) => Cx) => (z: Cx): Result => [f(z), Errno.OK];

/** atan2(z.imag, z.real) with C99's values for infinities and NaNs (cmath's c_atan2). */
function phaseOf(z: Cx): number {
  const [x, y] = z;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (isInf(y)) {
    if (isInf(x)) return copysign(x > 0 ? 0.25 * PI : 0.75 * PI, y);
    return copysign(0.5 * PI, y);
  }
  if (isInf(x) || y === 0) return x > 0 || Object.is(x, 0) ? copysign(0, y) : copysign(PI, y);
  return libm.atan2(y, x);
}

// ---------------------------------------------------------------- infinite and NaN parts (C99 Annex G)

/** csqrt for z with an infinite or NaN part. */
function specialSqrt([x, y]: Cx): Cx {
  if (isInf(y)) return [Infinity, y];
  if (Number.isNaN(x)) return [NaN, NaN];
  if (x === -Infinity) return Number.isNaN(y) ? [NaN, Infinity] : [0, copysign(Infinity, y)];
  if (x === Infinity) return Number.isNaN(y) ? [Infinity, NaN] : [Infinity, copysign(0, y)];
  return [NaN, NaN];
}

/** cexp for z with an infinite or NaN part; an infinite angle on a non-vanishing modulus is a domain error. */
function specialExp([x, y]: Cx): Result {
  if (Number.isNaN(x)) return [y === 0 ? [NaN, y] : [NaN, NaN], Errno.OK];
  if (x === -Infinity) {
    // A zero modulus keeps the direction's signs when the angle is finite.
    return [Number.isFinite(y) ? [copysign(0, libm.cos(y)), copysign(0, libm.sin(y))] : [0, 0], Errno.OK];
  }
  if (x === Infinity) {
    if (Number.isNaN(y)) return [[Infinity, NaN], Errno.OK];
    if (isInf(y)) return [[Infinity, NaN], Errno.EDOM];
    if (y === 0) return [[Infinity, y], Errno.OK];
    return [[copysign(Infinity, libm.cos(y)), copysign(Infinity, libm.sin(y))], Errno.OK];
  }
  return [[NaN, NaN], isInf(y) ? Errno.EDOM : Errno.OK];
}

/** sign(x) as +1 or -1, -0 counting as negative. */
const signOf = (x: number) => (x < 0 || Object.is(x, -0) ? -1 : 1);

/** ccosh for z with an infinite or NaN part. */
function specialCosh([x, y]: Cx): Result {
  if (Number.isNaN(x)) return [y === 0 ? [NaN, 0] : [NaN, NaN], Errno.OK];
  if (isInf(x)) {
    if (Number.isNaN(y)) return [[Infinity, NaN], Errno.OK];
    if (isInf(y)) return [[Infinity, NaN], Errno.EDOM];
    if (y === 0) return [[Infinity, signOf(x) * signOf(y) < 0 ? -0 : 0], Errno.OK];
    return [[copysign(Infinity, libm.cos(y)), signOf(x) * copysign(Infinity, libm.sin(y))], Errno.OK];
  }
  if (isInf(y)) return [[NaN, NaN], Errno.EDOM];
  return [x === 0 ? [NaN, 0] : [NaN, NaN], Errno.OK];
}

/** csinh for z with an infinite or NaN part. */
function specialSinh([x, y]: Cx): Result {
  if (Number.isNaN(x)) return [y === 0 ? [NaN, y] : [NaN, NaN], Errno.OK];
  if (isInf(x)) {
    if (Number.isNaN(y)) return [[Infinity, NaN], Errno.OK];
    if (isInf(y)) return [[Infinity, NaN], Errno.EDOM];
    if (y === 0) return [[x, y], Errno.OK];
    return [[signOf(x) * copysign(Infinity, libm.cos(y)), copysign(Infinity, libm.sin(y))], Errno.OK];
  }
  if (isInf(y)) return [[NaN, NaN], Errno.EDOM];
  return [x === 0 ? [0, NaN] : [NaN, NaN], Errno.OK];
}

/** ctanh for z with an infinite or NaN part: +-1 where the real part is infinite. */
function specialTanh([x, y]: Cx): Result {
  if (isInf(x)) return [[copysign(1, x), Number.isFinite(y) ? copysign(0, 2 * libm.sin(y) * libm.cos(y)) : 0], Errno.OK];
  if (Number.isNaN(x)) return [y === 0 ? [NaN, y] : [NaN, NaN], Errno.OK];
  return [[NaN, NaN], isInf(y) ? Errno.EDOM : Errno.OK];
}

/** casinh for z with an infinite or NaN part. */
function specialAsinh([x, y]: Cx): Result {
  if (Number.isNaN(x)) return [isInf(y) ? [Infinity, NaN] : y === 0 ? [NaN, y] : [NaN, NaN], Errno.OK];
  if (isInf(x)) return [[x, Number.isNaN(y) ? NaN : isInf(y) ? copysign(PI / 4, y) : copysign(0, y)], Errno.OK];
  return [isInf(y) ? [copysign(Infinity, x), copysign(PI / 2, y)] : [NaN, NaN], Errno.OK];
}

/** cacos for z with an infinite or NaN part. */
function specialAcos([x, y]: Cx): Result {
  if (Number.isNaN(x)) return [isInf(y) ? [NaN, -y] : [NaN, NaN], Errno.OK];
  if (isInf(x)) {
    if (Number.isNaN(y)) return [[NaN, Infinity], Errno.OK];
    if (isInf(y)) return [[x > 0 ? PI / 4 : 0.75 * PI, -y], Errno.OK];
    return [[x > 0 ? 0 : PI, -copysign(Infinity, y)], Errno.OK];
  }
  if (isInf(y)) return [[PI / 2, -y], Errno.OK];
  return [x === 0 ? [PI / 2, NaN] : [NaN, NaN], Errno.OK];
}

/** catanh for z with an infinite or NaN part: a zero real part, the angle +-pi/2 where one is infinite. */
function specialAtanh([x, y]: Cx): Result {
  if (isInf(x)) return [[copysign(0, x), Number.isNaN(y) ? NaN : copysign(PI / 2, y)], Errno.OK];
  if (Number.isNaN(x)) return [isInf(y) ? [0, copysign(PI / 2, y)] : [NaN, NaN], Errno.OK];
  if (isInf(y)) return [[copysign(0, x), copysign(PI / 2, y)], Errno.OK];
  return [x === 0 ? [x, NaN] : [NaN, NaN], Errno.OK];
}

/** rect(r, phi) with an infinite or NaN argument: an infinite angle on a nonzero modulus is a domain error. */
function specialRect(r: number, phi: number): [number, number, Errno] {
  if (Number.isNaN(r)) return phi === 0 ? [NaN, 0, Errno.OK] : [NaN, NaN, Errno.OK];
  if (isInf(r)) {
    if (Number.isNaN(phi)) return [Infinity, NaN, Errno.OK];
    if (isInf(phi)) return [Infinity, NaN, Errno.EDOM];
    if (phi === 0) return [r, r > 0 ? phi : -phi, Errno.OK];
    const sign = r > 0 ? 1 : -1;
    return [sign * copysign(Infinity, libm.cos(phi)), sign * copysign(Infinity, libm.sin(phi)), Errno.OK];
  }
  if (r === 0) return [0, 0, Errno.OK];
  return [NaN, NaN, isInf(phi) ? Errno.EDOM : Errno.OK];
}

/** clog for z with an infinite or NaN part: an infinite modulus if either part is infinite, the angle as phase(). */
function specialLog(z: Cx): Result {
  return [[isInf(z[0]) || isInf(z[1]) ? Infinity : NaN, phaseOf(z)], Errno.OK];
}

const isSpecial = (z: Cx) => !Number.isFinite(z[0]) || !Number.isFinite(z[1]);

/** f for finite z, `special` for z with an infinite or NaN part. */
function withSpecial(f: (z: Cx) => Result, special: (z: Cx) => Result): (z: Cx) => Result {
  return (z) => (isSpecial(z) ? special(z) : f(z));
}

// ---------------------------------------------------------------- arguments and errors

/** PyComplex_AsCComplex: a complex's value, __complex__, or a real number (__float__, __index__) as (x, 0). */
function toComplex(vm: VM, o: PyObject): Cx {
  if (o instanceof PyComplex) return [o.real, o.imag];
  const m = typeOf(o).lookup('__complex__');
  if (m !== undefined && m !== None) {
    const r = callSpecialMethod(vm, o, m, []);
    if (!(r instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${typeOf(r).tpName})`);
    return [r.real, r.imag];
  }
  return [toDouble(vm, o), 0];
}

function check([r, e]: Result): PyComplex {
  if (e === Errno.EDOM) throw valueError('math domain error');
  if (e === Errno.ERANGE) throw overflowError('math range error');
  return new PyComplex(r[0], r[1]);
}

function def1(name: string, f: (z: Cx) => Result): [string, NativeFn] {
  return [name, (vm, args, kwargs) => check(f(toComplex(vm, oneArg(`cmath.${name}`, args, kwargs, 0))))];
}

const logAny = withSpecial(cLog, specialLog);
const coshAny = withSpecial(cCosh, specialCosh);
const sinhAny = withSpecial(cSinh, specialSinh);
const tanhAny = withSpecial(ok(cTanh), specialTanh);
const asinhAny = withSpecial(ok(cAsinh), specialAsinh);
const atanhAny = withSpecial(cAtanh, specialAtanh);

const functions: [string, NativeFn][] = [
  def1('acos', withSpecial(ok(cAcos), specialAcos)),
  // acosh's values at infinities and NaNs are log's: an infinite modulus or NaN, and the phase.
  def1('acosh', withSpecial(ok(cAcosh), specialLog)),
  def1('asin', viaHyperbolic(asinhAny)),
  def1('asinh', asinhAny),
  def1('atan', viaHyperbolic(atanhAny)),
  def1('atanh', atanhAny),
  def1('cos', (z) => coshAny([-z[1], z[0]])),
  def1('cosh', coshAny),
  def1('exp', withSpecial(cExp, specialExp)),
  def1('log10', (z) => {
    const [r, e] = logAny(z);
    return [[r[0] / LN10, r[1] / LN10], e];
  }),
  def1('sin', viaHyperbolic(sinhAny)),
  def1('sinh', sinhAny),
  def1('sqrt', withSpecial(ok(cSqrt), ok(specialSqrt))),
  def1('tan', viaHyperbolic(tanhAny)),
  def1('tanh', tanhAny),
  ['log', (vm, args, kwargs) => {
    noKwargs('log', kwargs);
    checkArgCount('log', args, 1, 2, 0);
    const x = toComplex(vm, args[0]);
    const base = args.length > 1 ? toComplex(vm, args[1]) : undefined;
    // As in C, each step sets errno afresh: log(0, 2) is (-inf+nanj), not an error.
    let [r, e] = logAny(x);
    if (base !== undefined) {
      const [lb, eb] = logAny(base);
      const q = cQuot(r, lb);
      e = q === null ? Errno.EDOM : eb;
      r = q ?? [0, 0];
    }
    return check([r, e]);
  }],
  ['phase', (vm, args, kwargs) => {
    const z = toComplex(vm, oneArg('cmath.phase', args, kwargs, 0));
    const phi = phaseOf(z);
    // glibc's atan2 sets ERANGE when a finite nonzero y gives 0: CPython reports it as an overflow.
    if (phi === 0 && z[1] !== 0 && Number.isFinite(z[0]) && Number.isFinite(z[1])) throw overflowError('math range error');
    return new PyFloat(phi);
  }],
  ['polar', (vm, args, kwargs) => {
    const z = toComplex(vm, oneArg('cmath.polar', args, kwargs, 0));
    const phi = phaseOf(z);
    const r = cAbs(z);
    if (r === Infinity && Number.isFinite(z[0]) && Number.isFinite(z[1])) throw overflowError('math range error');
    return newTuple([new PyFloat(r), new PyFloat(phi)]);
  }],
  ['rect', (vm, args, kwargs) => {
    noKwargs('rect', kwargs);
    checkArgCount('rect', args, 2, 2, 0);
    const r = toDouble(vm, args[0]);
    const phi = toDouble(vm, args[1]);
    if (!Number.isFinite(r) || !Number.isFinite(phi)) {
      const [re, im, e] = specialRect(r, phi);
      return check([[re, im], e]);
    }
    // phi == 0 (of either sign) multiplies rather than calling cos and sin.
    if (phi === 0) return new PyComplex(r, r * phi);
    return new PyComplex(r * libm.cos(phi), r * libm.sin(phi));
  }],
  ['isfinite', (vm, args, kwargs) => {
    const z = toComplex(vm, oneArg('cmath.isfinite', args, kwargs, 0));
    return Number.isFinite(z[0]) && Number.isFinite(z[1]);
  }],
  ['isinf', (vm, args, kwargs) => {
    const z = toComplex(vm, oneArg('cmath.isinf', args, kwargs, 0));
    return isInf(z[0]) || isInf(z[1]);
  }],
  ['isnan', (vm, args, kwargs) => {
    const z = toComplex(vm, oneArg('cmath.isnan', args, kwargs, 0));
    return Number.isNaN(z[0]) || Number.isNaN(z[1]);
  }],
  ['isclose', (vm, args, kwargs) => {
    const [ao, bo, relo, abso] = parseArgs('isclose', args, kwargs, { names: ['a', 'b', 'rel_tol', 'abs_tol'], required: 2, kwOnly: 2 }, 0);
    const a = toComplex(vm, ao!);
    const b = toComplex(vm, bo!);
    const relTol = relo === undefined ? 1e-9 : toDouble(vm, relo);
    const absTol = abso === undefined ? 0 : toDouble(vm, abso);
    if (relTol < 0 || absTol < 0) throw valueError('tolerances must be non-negative');
    if (a[0] === b[0] && a[1] === b[1]) return true;
    if (isInf(a[0]) || isInf(a[1]) || isInf(b[0]) || isInf(b[1])) return false;
    const diff = cAbs(cDiff(a, b));
    return diff <= relTol * cAbs(b) || diff <= relTol * cAbs(a) || diff <= absTol;
  }],
];

export const init_cmath: ModuleInit = (vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', 'This module provides access to mathematical functions for complex\nnumbers.');
  for (const [name, fn] of functions) d.setStr(name, builtin(name, fn, 'cmath'));
  d.setStr('pi', new PyFloat(PI));
  d.setStr('e', new PyFloat(E));
  d.setStr('tau', new PyFloat(2 * PI));
  d.setStr('inf', new PyFloat(Infinity));
  d.setStr('infj', new PyComplex(0, Infinity));
  d.setStr('nan', new PyFloat(NaN));
  d.setStr('nanj', new PyComplex(0, NaN));
};
