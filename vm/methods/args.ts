// Argument checking for native functions and methods, with CPython's exact error messages.
//
// Conventions shared by every helper here:
//   - `args` is the NativeFn's own `args` array, unchanged.
//   - `self` is how many leading entries of `args` are not counted as arguments:
//     1 (the default) for methods, where args[0] is self; pass 0 for plain
//     built-in functions (len, divmod) and for calls without a receiver.
//   - `fname` is the name exactly as CPython prints it in that message:
//     'split' for argument-clinic/PyArg_ParseTuple functions, 'str.upper' for
//     METH_NOARGS/METH_O methods and "takes no keyword arguments" errors.
//
// Which helper matches which CPython message:
//   noArgs       METH_NOARGS        "str.upper() takes no arguments (1 given)"
//   oneArg       METH_O             "list.append() takes exactly one argument (0 given)"
//   checkArgs    PyArg_ParseTuple   "split() takes at most 2 arguments (3 given)"
//   checkArgCount _PyArg_CheckPositional "replace expected at least 2 arguments, got 1"
//   wrapperArgs  slot wrappers      "expected 1 argument, got 0" (str.__add__ and the like)
//   noKwargs                        "str.find() takes no keyword arguments"
//   parseArgs    clinic / ParseTupleAndKeywords (positional-or-keyword parameters):
//                "'x' is an invalid keyword argument for split()",
//                "argument for split() given by name ('sep') and position (1)",
//                "from_bytes() missing required argument 'bytes' (pos 1)"

import type { PyObject } from '../objects/object.js';
import type { KwArgs } from '../objects/function.js';
import type { PyType } from '../objects/type.js';
import { typeError } from '../objects/exceptions.js';

function plural(n: number, word = 'argument'): string {
  return n === 1 ? word : word + 's';
}

/** "{fname}() takes no keyword arguments" when any keyword argument was passed. */
export function noKwargs(fname: string, kwargs: KwArgs | null): void {
  if (kwargs !== null && kwargs.size > 0) throw typeError(`${fname}() takes no keyword arguments`);
}

/**
 * A type's __new__ that takes no keywords (tuple, float, frozenset): a subclass defining its own
 * __init__ may pass keywords through to it; the base and subclasses keeping the base's __init__
 * may not (CPython's `type == &T || type->tp_init == T.tp_init` test).
 */
export function noKwargsUnlessOwnInit(fname: string, cls: PyType, base: PyType, kwargs: KwArgs | null): void {
  if (kwargs === null || kwargs.size === 0) return;
  if (cls === base || cls.lookup('__init__') === base.lookup('__init__')) noKwargs(fname, kwargs);
}

/** METH_NOARGS: no arguments at all. `fname` is qualified ('str.upper'). */
export function noArgs(fname: string, args: PyObject[], kwargs: KwArgs | null, self = 1): void {
  noKwargs(fname, kwargs);
  const n = args.length - self;
  if (n !== 0) throw typeError(`${fname}() takes no arguments (${n} given)`);
}

/** METH_O: exactly one positional argument, returned. `fname` is qualified ('list.append'). */
export function oneArg(fname: string, args: PyObject[], kwargs: KwArgs | null, self = 1): PyObject {
  noKwargs(fname, kwargs);
  const n = args.length - self;
  if (n !== 1) throw typeError(`${fname}() takes exactly one argument (${n} given)`);
  return args[self];
}

/**
 * PyArg_ParseTuple's count check: "split() takes at most 2 arguments (3 given)",
 * "find() takes at least 1 argument (0 given)", "f() takes exactly 2 arguments (1 given)".
 * Counts positional arguments only; call noKwargs separately when keywords are refused.
 */
export function checkArgs(fname: string, args: PyObject[], min: number, max: number, self = 1): void {
  const n = args.length - self;
  if (n >= min && n <= max) return;
  const how = min === max ? 'exactly' : n < min ? 'at least' : 'at most';
  const lim = n < min ? min : max;
  throw typeError(`${fname}() takes ${how} ${lim} ${plural(lim)} (${n} given)`);
}

/**
 * _PyArg_CheckPositional / PyArg_UnpackTuple: "replace expected at least 2 arguments, got 1",
 * "insert expected 2 arguments, got 1", "pop expected at most 1 argument, got 2".
 */
export function checkArgCount(fname: string, args: PyObject[], min: number, max: number, self = 1): void {
  const n = args.length - self;
  if (n >= min && n <= max) return;
  if (min === max) throw typeError(`${fname} expected ${min} ${plural(min)}, got ${n}`);
  if (n < min) throw typeError(`${fname} expected at least ${min} ${plural(min)}, got ${n}`);
  throw typeError(`${fname} expected at most ${max} ${plural(max)}, got ${n}`);
}

/**
 * A slot wrapper's check (str.__add__, int.__eq__...): "expected 1 argument, got 0".
 * Slot wrappers refuse keywords with "{fname}() takes no keyword arguments" where fname is
 * qualified ('str.__add__'); pass it to also check that.
 */
export function wrapperArgs(args: PyObject[], n: number, self = 1, kwargs: KwArgs | null = null, fname = ''): void {
  if (kwargs !== null && kwargs.size > 0) throw typeError(`${fname}() takes no keyword arguments`);
  const given = args.length - self;
  if (given !== n) throw typeError(`expected ${n} ${plural(n)}, got ${given}`);
}

/** A keyword argument's value, or undefined when it was not passed. */
export function kwarg(kwargs: KwArgs | null, name: string): PyObject | undefined {
  return kwargs === null ? undefined : kwargs.get(name);
}

/** The parameters of a native callable, as argument clinic describes them. */
export interface ParamSpec {
  /** Parameter names in order: positional-only, then positional-or-keyword, then keyword-only. */
  names: string[];
  /** How many leading parameters are required (default: none). Required keyword-only ones: `kwOnlyRequired`. */
  required?: number;
  /** How many leading parameters are positional-only (default 0). */
  posOnly?: number;
  /** How many trailing parameters are keyword-only (default 0). */
  kwOnly?: number;
  /** How many leading keyword-only parameters are required (default 0). */
  kwOnlyRequired?: number;
}

/**
 * Binds positional and keyword arguments to `spec.names` as CPython's _PyArg_UnpackKeywords
 * does, with its messages; returns one value per name, undefined for an omitted optional one.
 * `fname` is unqualified ('split').
 */
export function parseArgs(fname: string, args: PyObject[], kwargs: KwArgs | null, spec: ParamSpec, self = 1): (PyObject | undefined)[] {
  const names = spec.names;
  const maxargs = names.length;
  const posonly = spec.posOnly ?? 0;
  const kwonly = spec.kwOnly ?? 0;
  const maxpos = maxargs - kwonly;
  const minpos = Math.min(spec.required ?? 0, maxpos);
  const minkw = spec.kwOnlyRequired ?? 0;
  const nargs = args.length - self;
  let nkwargs = kwargs === null ? 0 : kwargs.size;
  const out: (PyObject | undefined)[] = new Array(maxargs).fill(undefined);
  if (nkwargs === 0 && minkw === 0 && minpos <= nargs && nargs <= maxpos) {
    for (let i = 0; i < nargs; i++) out[i] = args[self + i];
    return out;
  }
  const fn = `${fname}()`;
  if (nargs + nkwargs > maxargs) {
    throw typeError(`${fn} takes at most ${maxargs} ${nargs === 0 ? 'keyword ' : ''}${plural(maxargs)} (${nargs + nkwargs} given)`);
  }
  if (nargs > maxpos) {
    if (maxpos === 0) throw typeError(`${fn} takes no positional arguments`);
    throw typeError(`${fn} takes ${minpos < maxpos ? 'at most' : 'exactly'} ${maxpos} positional ${plural(maxpos)} (${nargs} given)`);
  }
  const minposonly = Math.min(posonly, minpos);
  if (nargs < minposonly) {
    throw typeError(`${fn} takes ${minposonly < maxpos ? 'at least' : 'exactly'} ${minposonly} positional ${plural(minposonly)} (${nargs} given)`);
  }
  for (let i = 0; i < nargs; i++) out[i] = args[self + i];
  const reqlimit = minkw > 0 ? maxpos + minkw : minpos;
  for (let i = Math.max(nargs, posonly); i < maxargs; i++) {
    const v = nkwargs > 0 ? kwargs!.get(names[i]) : undefined;
    out[i] = v;
    if (v !== undefined) nkwargs--;
    else if (i < minpos || (maxpos <= i && i < reqlimit)) {
      throw typeError(`${fn} missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  if (nkwargs > 0) {
    for (let i = posonly; i < nargs; i++) {
      if (kwargs!.has(names[i])) throw typeError(`argument for ${fn} given by name ('${names[i]}') and position (${i + 1})`);
    }
    for (const k of kwargs!.keys()) {
      const at = names.indexOf(k);
      if (at < posonly) throw typeError(`'${k}' is an invalid keyword argument for ${fn}`);
    }
  }
  return out;
}
