// The methods of complex: construction (numbers, strings, __complex__), arithmetic with ints and
// floats on either side, equality, hash, repr and format, real/imag/conjugate.

import type { PyObject } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { PyComplex, complexType, complexOfClass } from '../objects/complex.js';
import { PyFloat } from '../objects/float.js';
import { intVal } from '../objects/int.js';
import { defMethod, defGetter, NativeFn } from '../objects/function.js';
import { NotImplemented, None } from '../objects/singletons.js';
import { newTuple } from '../objects/tuple.js';
import { typeError, valueError, overflowError } from '../objects/exceptions.js';
import { strVal } from '../objects/str.js';
import { typeOf, argTypeName } from '../ops/typeof.js';
import { callSpecialMethod } from '../ops/call.js';
import { repr, str } from '../ops/convert.js';
import { numCompare } from '../ops/compare.js';
import { BinOp } from '../ops/arith.js';
import { complexOperand, complexArith, complexPower } from '../ops/complex_arith.js';
import { type Cx, cAbs } from '../format/complex_math.js';
import { floatHash } from '../format/bigint_math.js';
import { normInt } from '../objects/int.js';
import { parseComplexText, complexRepr, formatComplex } from '../format/complex_text.js';
import { toFloatValue } from './float.js';
import { defNew } from './object.js';
import { checkArgCount, noArgs, noKwargs, oneArg, parseArgs, wrapperArgs } from './args.js';
import type { VM } from '../vm.js';
import { defReadonlyMember } from '../objects/slots.js';

function self(args: PyObject[]): PyComplex {
  return args[0] as PyComplex;
}

function pair(c: PyComplex): Cx {
  return [c.real, c.imag];
}

function hasMethod(t: PyType, name: string): boolean {
  return t.lookup(name) !== undefined;
}

/** What complex() accepts as a number: a complex, or anything with __float__ or __index__ (nb_float, nb_index). */
function isNumber(o: PyObject): boolean {
  if (o instanceof PyComplex || o instanceof PyFloat || intVal(o) !== undefined) return true;
  const t = typeOf(o);
  return hasMethod(t, '__float__') || hasMethod(t, '__index__');
}

/** o.__complex__() when o's type has one (it must return a complex), else undefined. */
function complexSpecial(vm: VM, o: PyObject): PyObject | undefined {
  const m = typeOf(o).lookup('__complex__');
  if (m === undefined) return undefined;
  const r = callSpecialMethod(vm, o, m, []);
  // DIVERGENCE: a complex subclass instance is accepted without CPython's DeprecationWarning (tpy has no warnings).
  if (!(r instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${typeOf(r).tpName})`);
  return r;
}

/** complex(real, imag) as complex_new: `imag` undefined when not given. */
export function complexFromArgs(vm: VM, real: PyObject, imag: PyObject | undefined): Cx {
  const text = strVal(real);
  if (text !== undefined) {
    if (imag !== undefined) throw typeError("complex() can't take second arg if first is a string");
    return parseComplexText(text, () => repr(vm, real));
  }
  if (imag !== undefined && strVal(imag) !== undefined) throw typeError("complex() second arg can't be a string");
  const r = complexSpecial(vm, real) ?? real;
  if (!isNumber(r)) throw typeError(`complex() first argument must be a string or a number, not '${typeOf(r).tpName}'`);
  if (imag !== undefined && !isNumber(imag)) {
    throw typeError(`complex() second argument must be a number, not '${typeOf(imag).tpName}'`);
  }
  // Either part may itself be complex: the result is real + imag*1j.
  const cr: Cx = r instanceof PyComplex ? pair(r) : [toFloatValue(vm, r), 0];
  if (imag === undefined) return cr;
  const ci: Cx = imag instanceof PyComplex ? pair(imag) : [toFloatValue(vm, imag), 0];
  let re = cr[0];
  let im = ci[0];
  if (imag instanceof PyComplex) re -= ci[1];
  if (r instanceof PyComplex) im += cr[1];
  return [re, im];
}

const complex_new: NativeFn = (vm, args, kwargs) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError('complex.__new__(X): X is not a type object');
  if (!cls.isSubtypeOf(complexType)) throw typeError(`complex.__new__(${cls.name}): ${cls.name} is not a subtype of complex`);
  const [real, imag] = parseArgs('complex', args, kwargs, { names: ['real', 'imag'] });
  // complex(z) of an exact complex is z itself.
  if (real instanceof PyComplex && real.cls === complexType && imag === undefined && cls === complexType) return real;
  const [re, im] = complexFromArgs(vm, real ?? 0, imag);
  return cls === complexType ? new PyComplex(re, im) : complexOfClass(re, im, cls);
};

/** hash(z): hash(real) + 1000003 * hash(imag) in 64-bit unsigned arithmetic, so hash(complex(x, 0)) == hash(x). */
export function complexHash(re: number, im: number): number | bigint {
  const hr = floatHash(re);
  const hi = floatHash(im);
  if (hi === 0) return hr;
  let h = BigInt.asIntN(64, BigInt(hr) + 1000003n * BigInt(hi));
  if (h === -1n) h = -2n;
  return normInt(h);
}

/** z == o for a number o (complex_richcompare): an int compares exactly with a real z; NotImplemented otherwise. */
function complexEquals(z: PyComplex, o: PyObject): boolean | typeof NotImplemented {
  const i = intVal(o);
  if (i !== undefined) return z.imag === 0 && numCompare(z.real, i) === 0;
  if (o instanceof PyFloat) return z.real === o.value && z.imag === 0;
  if (o instanceof PyComplex) return z.real === o.real && z.imag === o.imag;
  return NotImplemented;
}

const OPS: [string, BinOp][] = [['add', BinOp.ADD], ['sub', BinOp.SUB], ['mul', BinOp.MUL], ['truediv', BinOp.TRUEDIV]];

function powMethod(name: string, reflected: boolean): NativeFn {
  return (vm, args, kwargs) => {
    noKwargs(`complex.${name}`, kwargs);
    checkArgCount('', args, 1, 2);
    const a = complexOperand(args[0]);
    const b = complexOperand(args[1]);
    if (a === undefined || b === undefined) return NotImplemented;
    // The operands are converted first (TO_COMPLEX), then a modulus refused.
    if (args.length > 2 && args[2] !== None) throw valueError('complex modulo');
    const [re, im] = reflected ? complexPower(b, a) : complexPower(a, b);
    return new PyComplex(re, im);
  };
}

function unary(name: string, f: (z: PyComplex) => PyObject): void {
  defMethod(complexType, name, (vm, args, kwargs) => {
    wrapperArgs(args, 0, 1, kwargs, `complex.${name}`);
    return f(self(args));
  });
}

/** A method taking no arguments (METH_NOARGS: its own message, unlike a slot wrapper's). */
function noArgMethod(name: string, f: (z: PyComplex) => PyObject): void {
  defMethod(complexType, name, (vm, args, kwargs) => {
    noArgs(`complex.${name}`, args, kwargs);
    return f(self(args));
  });
}

/** A plain complex with z's value (z itself when it is one). */
function exact(z: PyComplex): PyComplex {
  return z.cls === complexType ? z : new PyComplex(z.real, z.imag);
}

let installed = false;

export function installComplexMethods(): void {
  if (installed) return;
  installed = true;
  const t = complexType;
  defNew(t, complex_new);
  for (const [name, op] of OPS) {
    defMethod(t, `__${name}__`, (vm, args, kwargs) => {
      wrapperArgs(args, 1, 1, kwargs, `complex.__${name}__`);
      const b = complexOperand(args[1]);
      if (b === undefined) return NotImplemented;
      const [re, im] = complexArith(op, pair(self(args)), b)!;
      return new PyComplex(re, im);
    });
    defMethod(t, `__r${name}__`, (vm, args, kwargs) => {
      wrapperArgs(args, 1, 1, kwargs, `complex.__r${name}__`);
      const b = complexOperand(args[1]);
      if (b === undefined) return NotImplemented;
      const [re, im] = complexArith(op, b, pair(self(args)))!;
      return new PyComplex(re, im);
    });
  }
  defMethod(t, '__pow__', powMethod('__pow__', false));
  defMethod(t, '__rpow__', powMethod('__rpow__', true));
  for (const name of ['__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__']) {
    defMethod(t, name, (vm, args, kwargs) => {
      wrapperArgs(args, 1, 1, kwargs, `complex.${name}`);
      if (name !== '__eq__' && name !== '__ne__') return NotImplemented;
      const r = complexEquals(self(args), args[1]);
      return r === NotImplemented || name === '__eq__' ? r : !r;
    });
  }
  unary('__neg__', (z) => new PyComplex(-z.real, -z.imag));
  unary('__pos__', exact);
  unary('__abs__', (z) => {
    const r = cAbs(pair(z));
    if (r === Infinity && Number.isFinite(z.real) && Number.isFinite(z.imag)) throw overflowError('absolute value too large');
    return new PyFloat(r);
  });
  unary('__bool__', (z) => z.real !== 0 || z.imag !== 0);
  unary('__hash__', (z) => complexHash(z.real, z.imag));
  unary('__repr__', (z) => complexRepr(z.real, z.imag));
  noArgMethod('__complex__', exact);
  noArgMethod('__getnewargs__', (z) => newTuple([new PyFloat(z.real), new PyFloat(z.imag)]));
  defMethod(t, '__format__', (vm, args, kwargs) => {
    const spec = oneArg('complex.__format__', args, kwargs);
    if (typeof spec !== 'string') throw typeError(`__format__() argument must be str, not ${argTypeName(spec)}`);
    const z = self(args);
    return spec === '' ? str(vm, z) : formatComplex(z.real, z.imag, spec);
  });
  defMethod(t, 'conjugate', (vm, args, kwargs) => {
    noArgs('complex.conjugate', args, kwargs);
    const z = self(args);
    return new PyComplex(z.real, -z.imag);
  });
  defReadonlyMember(t, 'real', (vm, o) => new PyFloat((o as PyComplex).real));
  defReadonlyMember(t, 'imag', (vm, o) => new PyFloat((o as PyComplex).imag));
}
