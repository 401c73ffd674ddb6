// Binding call arguments to a function's parameters (CPython's _PyEval_MakeFrame argument logic).
//
// The frame's locals live in the shared value stack at [base, base + co_nlocals).
// Positional arguments may already sit there (a call made from the eval loop);
// this file fills in the rest and raises CPython's TypeErrors for bad calls.

import type { PyObject } from './objects/object.js';
import { PyFunction, PyCell, KwArgs } from './objects/function.js';
import { PyDict } from './objects/dict.js';
import { newTuple } from './objects/tuple.js';
import { stampingAllocations, stampAllocation } from './alloc_stamps.js';
import { typeError } from './objects/exceptions.js';
import { CO_VARARGS, CO_VARKEYWORDS, Code } from './code.js';
import type { Frame } from './frame.js';
import type { VM } from './vm.js';

function quotedList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/** True when the parameters are positional ones only: no keyword-only, *args or **kwargs. */
function onlyPositionalParams(code: Code): boolean {
  return code.co_kwonlyargcount === 0 && (code.co_flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0;
}

/** True when positional args fill the parameters exactly with nothing else to do: the fast path. */
export function isSimpleCall(code: Code, argc: number): boolean {
  return argc === code.co_argcount && onlyPositionalParams(code);
}

/**
 * A positional call of `func` with `argc` arguments at stack[base..] that the function's
 * defaults complete (fewer than its parameters, no keywords, no *args, **kwargs or
 * keyword-only parameters): writes the missing defaults after the arguments, as
 * bindArguments would, and returns co_argcount, making it a simple call; else -1.
 */
export function completeWithDefaults(vm: VM, func: PyFunction, base: number, argc: number): number {
  if (!defaultsComplete(func, argc)) return -1;
  const code = func.code;
  const nparams = code.co_argcount;
  const defaults = func.defaults!;
  vm.ensureStack(base + nparams + 1);
  const stack = vm.stack;
  const firstDefault = nparams - defaults.length;
  for (let i = argc; i < nparams; i++) stack[base + i] = defaults[i - firstDefault];
  return nparams;
}

/** True when `argc` positional arguments and the defaults of `func` make a simple call of it (see completeWithDefaults). */
export function defaultsComplete(func: PyFunction, argc: number): boolean {
  const nparams = func.code.co_argcount;
  const defaults = func.defaults;
  return argc < nparams && defaults !== null && argc >= nparams - defaults.length && onlyPositionalParams(func.code);
}

/** Parameter indexes of a call's keywords (bindInPlace; -1: for **kwargs) and their values, reused: nothing runs while they are used. */
const kwSlots: number[] = [];
const kwValues: PyObject[] = [];

/**
 * A call of `func` with `npos` positional arguments at stack[base..] followed by the values
 * of `kwnames` (null: no keywords), whatever the function's parameters: when the call binds
 * without an error to report, lays every argument into its parameter's slot where the frame
 * will have it (the surplus positional ones as the *args tuple, the keywords no parameter
 * takes into the **kwargs dict, in call order), the defaults into the parameters left, and
 * returns code.nargs, the slots now bound. Otherwise returns -1 with the stack untouched:
 * bindArguments then raises CPython's TypeError for the call. No intermediate argument
 * array or keyword map: the frame's slots are the arguments' own.
 */
export function bindInPlace(vm: VM, func: PyFunction, base: number, npos: number, kwnames: readonly string[] | null): number {
  const code = func.code;
  const nparams = code.co_argcount;
  const flags = code.co_flags;
  if (npos > nparams && (flags & CO_VARARGS) === 0) return -1;
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw === 0 && onlyPositionalParams(code)) return npos === nparams ? npos : completeWithDefaults(vm, func, base, npos);
  if (nkw !== 0 && code.cArgsStyle !== 'keywords') return -1; // bindArguments words the error
  const nnamed = nparams + code.co_kwonlyargcount;
  const varnames = code.co_varnames;
  const filled = npos < nparams ? npos : nparams; // parameters the positional arguments fill
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    // Positional-only parameters are not keywords: with **kwargs their names go there.
    let j = code.co_posonlyargcount;
    while (j < nnamed && varnames[j] !== name) j++;
    if (j === nnamed) {
      if ((flags & CO_VARKEYWORDS) === 0) return -1;
      j = -1;
    } else {
      if (j < filled) return -1;
      for (let m = 0; m < k; m++) if (kwSlots[m] === j) return -1;
    }
    kwSlots[k] = j;
  }
  // Every parameter neither positional nor a keyword needs a default.
  const defaults = func.defaults;
  const firstDefault = nparams - (defaults === null ? 0 : defaults.length);
  for (let i = npos; i < firstDefault; i++) if (!givenAsKeyword(i, nkw)) return -1;
  const kwdefaults = func.kwdefaults;
  for (let i = nparams; i < nnamed; i++) {
    if (!givenAsKeyword(i, nkw) && (kwdefaults === null || kwdefaults.getStr(varnames[i]) === undefined)) return -1;
  }

  const nargs = code.nargs;
  const stack = vm.stack;
  if (base + nargs >= stack.length) vm.ensureStack(base + nargs + 1);
  for (let k = 0; k < nkw; k++) kwValues[k] = stack[base + npos + k];
  const varargs = (flags & CO_VARARGS) === 0 ? null : npos > nparams ? newTuple(copyOf(stack, base + nparams, base + npos)) : newTuple([]);
  // The *args tuple is made after the instance an __init__ binds (the exit's order, vm/gc_list_order.ts).
  if (stampingAllocations && varargs !== null && varargs.items.length > 0) stampAllocation(varargs);
  let kwdict: PyDict | null = null;
  if (flags & CO_VARKEYWORDS) {
    kwdict = new PyDict();
    for (let k = 0; k < nkw; k++) if (kwSlots[k] < 0) kwdict.setStr(kwnames![k], kwValues[k]);
  }
  for (let i = npos; i < nparams; i++) stack[base + i] = i >= firstDefault ? defaults![i - firstDefault] : (undefined as unknown as PyObject);
  for (let i = nparams; i < nnamed; i++) stack[base + i] = undefined as unknown as PyObject;
  for (let k = 0; k < nkw; k++) {
    if (kwSlots[k] >= 0) stack[base + kwSlots[k]] = kwValues[k];
    kwValues[k] = undefined as unknown as PyObject;
  }
  for (let i = nparams; i < nnamed; i++) if (stack[base + i] === undefined) stack[base + i] = kwdefaults!.getStr(varnames[i])!;
  let n = nnamed;
  if (varargs !== null) stack[base + n++] = varargs;
  if (kwdict !== null) stack[base + n] = kwdict;
  return nargs;
}

/** A call's keyword names when it has none. */
export const NO_KEYWORDS: readonly string[] = Object.freeze([]);

/**
 * The keyword names of `**d` in a call (its keys, in order), its values copied to
 * stack[at...] as a CALL_FUNCTION_KW's keyword values sit; null when a key is not a str
 * (the slots written are scratch then).
 */
export function spreadKeywords(vm: VM, d: PyDict, at: number): readonly string[] | null {
  const n = d.size;
  if (n === 0) return NO_KEYWORDS;
  vm.ensureStack(at + n + 1);
  const stack = vm.stack;
  const names: string[] = new Array(n);
  let i = 0;
  for (const [k, v] of d.entries()) {
    if (typeof k !== 'string') return null;
    names[i] = k;
    stack[at + i++] = v;
  }
  return names;
}

/** stack[from...to) as a new (packed) array: a loop, quicker than slice for the few items of a call. */
function copyOf(stack: PyObject[], from: number, to: number): PyObject[] {
  const items: PyObject[] = [];
  for (let i = from; i < to; i++) items.push(stack[i]);
  return items;
}

/** True when one of the call's first `nkw` keywords (kwSlots) names the parameter at index `i`. */
function givenAsKeyword(i: number, nkw: number): boolean {
  for (let k = 0; k < nkw; k++) if (kwSlots[k] === i) return true;
  return false;
}

/**
 * Lays the call's arguments into stack[base..base+nlocals). `args` are the
 * positional arguments (they may alias the stack slots already in place);
 * `kwargs` are the keyword arguments in call order.
 */
export function bindArguments(vm: VM, func: PyFunction, stack: PyObject[], base: number, args: PyObject[], kwargs: KwArgs | null): void {
  const code = func.code;
  const nparams = code.co_argcount;
  const nkwonly = code.co_kwonlyargcount;
  const flags = code.co_flags;
  const argc = args.length;
  const name = func.qualname;
  for (let i = 0; i < code.co_nlocals; i++) stack[base + i] = undefined as unknown as PyObject;

  const npos = Math.min(argc, nparams);
  for (let i = 0; i < npos; i++) stack[base + i] = args[i];

  let kwdict: PyDict | null = null;
  if (flags & CO_VARKEYWORDS) {
    kwdict = new PyDict();
    stack[base + nparams + nkwonly + ((flags & CO_VARARGS) ? 1 : 0)] = kwdict;
  }
  if (flags & CO_VARARGS) {
    const varargs = argc > nparams ? newTuple(args.slice(nparams)) : newTuple([]);
    if (stampingAllocations && varargs.items.length > 0) stampAllocation(varargs);
    stack[base + nparams + nkwonly] = varargs;
  }

  // Keyword problems are reported before a surplus of positional arguments, as CPython does.

  if (kwargs !== null) {
    // A C function that takes no keywords at all (METH_O, PyArg_ParseTuple) refuses even a parameter's name.
    if (code.cArgsStyle !== 'keywords' && kwargs.size !== 0) throw cParseArgsError(func, argc, kwargs);
    const varnames = code.co_varnames;
    for (const [key, value] of kwargs) {
      let idx = -1;
      for (let j = code.co_posonlyargcount; j < nparams + nkwonly; j++) {
        if (varnames[j] === key) {
          idx = j;
          break;
        }
      }
      if (idx < 0) {
        if (kwdict === null) throw code.cArgsName !== null ? cParseArgsError(func, argc, kwargs) : unexpectedKeyword(func, key, kwargs);
        kwdict.setStr(key, value);
        continue;
      }
      if (stack[base + idx] !== undefined) throw code.cArgsName !== null ? cParseArgsError(func, argc, kwargs) : typeError(`${name}() got multiple values for argument '${key}'`);
      stack[base + idx] = value;
    }
  }

  if (argc > nparams && !(flags & CO_VARARGS)) throw tooManyPositional(func, argc, kwargs);

  // Defaults for missing positional parameters.
  if (argc < nparams) {
    const defaults = func.defaults ?? [];
    const firstDefault = nparams - defaults.length;
    const missing: string[] = [];
    for (let i = argc; i < nparams; i++) {
      if (stack[base + i] !== undefined) continue;
      if (i >= firstDefault) stack[base + i] = defaults[i - firstDefault];
      else missing.push(code.co_varnames[i]);
    }
    if (missing.length > 0) {
      if (code.cArgsName !== null) throw cParseArgsError(func, argc, kwargs);
      throw typeError(`${name}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${quotedList(missing)}`);
    }
  }
  if (nkwonly > 0) {
    const missing: string[] = [];
    for (let i = nparams; i < nparams + nkwonly; i++) {
      if (stack[base + i] !== undefined) continue;
      const vname = code.co_varnames[i];
      const d = func.kwdefaults?.getStr(vname);
      if (d !== undefined) stack[base + i] = d;
      else missing.push(vname);
    }
    if (missing.length > 0) {
      throw typeError(`${name}() missing ${missing.length} required keyword-only argument${missing.length > 1 ? 's' : ''}: ${quotedList(missing)}`);
    }
  }
}

/**
 * Whether `func` is a library method standing in for a C method taking no arguments
 * (METH_NOARGS: `Decimal.is_nan`, `date.weekday`, a class method such as `date.today`): code
 * of a class marked as a C type (Code.hiddenFrame, stdlib/c_type_names.ts) whose one parameter
 * is self or cls. Its argument errors are then the C method's, "Decimal.is_nan() takes no
 * arguments (1 given)". Special methods are left out: CPython's slot wrappers word theirs otherwise.
 */
function standsForNoArgsMethod(func: PyFunction): boolean {
  const code = func.code;
  if (!code.hiddenFrame || code.co_argcount !== 1 || code.co_kwonlyargcount !== 0) return false;
  if ((code.co_flags & (CO_VARARGS | CO_VARKEYWORDS)) !== 0 || (func.defaults?.length ?? 0) !== 0) return false;
  const q = func.qualname;
  const dot = q.lastIndexOf('.');
  return dot > 0 && !q.includes('<') && !q.startsWith('__', dot + 1);
}

/**
 * The argument error PyArg_ParseTupleAndKeywords gives a C function `func` stands for (its
 * Code.cArgsName set): counts leave self out, as the C function's arguments do. `argc` is the
 * positional count, self included.
 */
function cParseArgsError(func: PyFunction, argc: number, kwargs: KwArgs | null): ReturnType<typeof typeError> {
  const code = func.code;
  const cname = code.cArgsName === '' ? func.name : code.cArgsName!;
  const fname = cname === 'function' ? 'function' : `${cname}()`;
  const params = code.co_varnames.slice(1, code.co_argcount);
  const kwonly = code.co_varnames.slice(code.co_argcount, code.co_argcount + code.co_kwonlyargcount);
  const required = params.length - (func.defaults?.length ?? 0);
  const keys = kwargs === null ? [] : [...kwargs.keys()];
  const nargs = argc - 1;
  // C's __new__ called with not even the class (tp_new_wrapper): "decimal.Decimal.__new__(): not enough arguments".
  if (nargs < 0) return typeError(`${typeof func.module === 'string' ? `${func.module}.` : ''}${func.qualname}(): not enough arguments`);
  if (code.cArgsStyle !== 'keywords') {
    if (keys.length !== 0) return typeError(`${fname} takes no keyword arguments`);
    if (code.cArgsStyle === 'one') return typeError(`${fname} takes exactly one argument (${nargs} given)`);
    const few = nargs < required;
    const m = few ? required : params.length;
    const bound = required === params.length ? 'exactly' : few ? 'at least' : 'at most';
    return typeError(`${fname} takes ${bound} ${m} argument${m === 1 ? '' : 's'} (${nargs} given)`);
  }
  const n = params.length + kwonly.length;
  if (nargs + keys.length > n) {
    return typeError(`${fname} takes at most ${n} ${nargs === 0 ? 'keyword ' : ''}argument${n === 1 ? '' : 's'} (${nargs + keys.length} given)`);
  }
  if (nargs > params.length) {
    const m = params.length;
    return typeError(`${fname} takes ${required < m ? 'at most' : 'exactly'} ${m} positional argument${m === 1 ? '' : 's'} (${nargs} given)`);
  }
  // The parameters in order first (a missing one), then the keywords no parameter took.
  for (let i = nargs; i < required; i++) {
    if (!keys.includes(params[i])) return typeError(`${fname} missing required argument '${params[i]}' (pos ${i + 1})`);
  }
  for (const k of keys) {
    const at = params.indexOf(k);
    if (at < 0 && !kwonly.includes(k)) return typeError(`'${k}' is an invalid keyword argument for ${cname === 'function' ? 'this function' : fname}`);
    if (at >= 0 && at < nargs) return typeError(`argument for ${fname} given by name ('${k}') and position (${at + 1})`);
  }
  return typeError(`${fname} got an unexpected argument`);
}

/** A keyword matching no parameter; if any keyword names a positional-only parameter, that is the error. */
function unexpectedKeyword(func: PyFunction, key: string, kwargs: KwArgs): ReturnType<typeof typeError> {
  const code = func.code;
  if (standsForNoArgsMethod(func)) return typeError(`${func.qualname}() takes no keyword arguments`);
  const posonlyGiven = code.co_varnames.slice(0, code.co_posonlyargcount).filter((p) => kwargs.has(p));
  if (posonlyGiven.length > 0) {
    return typeError(`${func.qualname}() got some positional-only arguments passed as keyword arguments: '${posonlyGiven.join(', ')}'`);
  }
  return typeError(`${func.qualname}() got an unexpected keyword argument '${key}'`);
}

function tooManyPositional(func: PyFunction, argc: number, kwargs: KwArgs | null): ReturnType<typeof typeError> {
  const code = func.code;
  if (code.cArgsName !== null) return cParseArgsError(func, argc, kwargs);
  if (standsForNoArgsMethod(func)) return typeError(`${func.qualname}() takes no arguments (${argc - 1} given)`);
  const nparams = code.co_argcount;
  const ndefaults = func.defaults?.length ?? 0;
  const minArgs = nparams - ndefaults;
  let kwonlyGiven = 0;
  if (kwargs !== null) {
    for (const k of kwargs.keys()) {
      const j = code.co_varnames.indexOf(k);
      if (j >= nparams && j < nparams + code.co_kwonlyargcount) kwonlyGiven++;
    }
  }
  const takes = ndefaults > 0 && minArgs !== nparams
    ? `from ${minArgs} to ${nparams} positional arguments`
    : `${nparams} positional argument${nparams === 1 ? '' : 's'}`;
  const kwPart = kwonlyGiven > 0
    ? ` positional argument${argc === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'})`
    : '';
  const given = kwonlyGiven > 0 ? `${argc}${kwPart} were given` : `${argc} ${argc === 1 ? 'was' : 'were'} given`;
  return typeError(`${func.qualname}() takes ${takes} but ${given}`);
}

/** Creates the frame's cells: its own cell variables (seeded from arguments) then the closure's free cells. */
export function makeCells(frame: Frame, func: PyFunction | null, stack: PyObject[], base: number): void {
  const code = frame.f_code;
  const ncell = code.co_cellvars.length;
  const nfree = code.co_freevars.length;
  if (ncell + nfree === 0) return;
  // Free variables only: the function's own closure is the frame's cells (never written to,
  // only the cells in it are), so a closure's call allocates nothing for them.
  if (ncell === 0 && func !== null && func.closure !== null && func.closure.length === nfree) {
    frame.cells = func.closure;
    return;
  }
  const cells: PyCell[] = new Array(ncell + nfree);
  const cell2arg = code.cell2arg;
  for (let i = 0; i < ncell; i++) {
    const a = cell2arg !== null ? cell2arg[i] : -1;
    if (a >= 0) {
      cells[i] = new PyCell(stack[base + a]);
      stack[base + a] = undefined as unknown as PyObject;
    } else cells[i] = new PyCell();
  }
  const closure = func?.closure ?? [];
  for (let i = 0; i < nfree; i++) cells[ncell + i] = closure[i];
  frame.cells = cells;
}

