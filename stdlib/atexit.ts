// The atexit module: functions a program registers to run when it ends (Modules/atexitmodule.c).
//
// The CLI runs them once the program is over (bin/main.ts, after an uncaught exception's
// traceback, as Py_FinalizeEx does), last registered first. An exception one of them raises,
// SystemExit included, is printed as "Exception ignored in atexit callback" and the rest
// still run; the exit status stays the program's. os._exit() skips them, as in CPython.

import type { PyObject } from '../vm/objects/object.js';
import { builtin, KwArgs } from '../vm/objects/function.js';
import { None } from '../vm/objects/singletons.js';
import { typeError } from '../vm/objects/exceptions.js';
import { call } from '../vm/ops/call.js';
import { pyEq } from '../vm/ops/compare.js';
import { toPyException } from '../vm/errors.js';
import { isCallable } from './builtins.js';
import type { ModuleInit, VM } from '../vm/vm.js';

/** A registered call: the function and the arguments register() was given for it. */
interface ExitCall {
  fn: PyObject;
  args: PyObject[];
  kwargs: KwArgs | null;
}

/**
 * Each VM's registered calls, in the order they were registered. unregister() empties a
 * call's slot (null) without removing it, as CPython's does: _ncallbacks() counts slots.
 */
const registered = new WeakMap<VM, (ExitCall | null)[]>();

function callsOf(vm: VM): (ExitCall | null)[] {
  let calls = registered.get(vm);
  if (calls === undefined) registered.set(vm, (calls = []));
  return calls;
}

/**
 * Runs and forgets the registered calls, last registered first (atexit._run_exitfuncs, and
 * the CLI when the program ends).
 */
export function runExitFuncs(vm: VM): void {
  const calls = registered.get(vm);
  if (calls === undefined) return;
  // The calls registered when this starts, each read as its turn comes (one may unregister
  // another); calls registered meanwhile are forgotten with the rest, unrun, as in CPython.
  for (let i = calls.length - 1; i >= 0; i--) {
    const c = calls[i];
    if (c === null || c === undefined) continue;
    try {
      call(vm, c.fn, c.args, c.kwargs);
    } catch (e) {
      const exc = toPyException(e);
      vm.writeUnraisable(exc, exc.traceback, 'Exception ignored in atexit callback', c.fn);
    }
  }
  calls.length = 0;
}

/** The functions and arguments registered, which the registry keeps alive (vm/exit_finalizers.ts). */
export function exitCallRoots(vm: VM): PyObject[] {
  const out: PyObject[] = [];
  for (const c of registered.get(vm) ?? []) {
    if (c === null) continue;
    out.push(c.fn, ...c.args);
    if (c.kwargs !== null) out.push(...c.kwargs.values());
  }
  return out;
}

/** METH_NOARGS / METH_O argument checks, worded as CPython words them for this module. */
function takes(name: string, args: PyObject[], kwargs: KwArgs | null, n: 0 | 1): void {
  if (kwargs !== null && kwargs.size > 0) throw typeError(`atexit.${name}() takes no keyword arguments`);
  if (args.length === n) return;
  throw typeError(n === 0 ? `atexit.${name}() takes no arguments (${args.length} given)` : `atexit.${name}() takes exactly one argument (${args.length} given)`);
}

export const init_atexit: ModuleInit = (_vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', 'allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n');
  d.setStr('register', builtin('register', (vm, args, kwargs) => {
    if (args.length === 0) throw typeError('register() takes at least 1 argument (0 given)');
    if (!isCallable(args[0])) throw typeError('the first argument must be callable');
    callsOf(vm).push({ fn: args[0], args: args.slice(1), kwargs: kwargs !== null && kwargs.size > 0 ? new Map(kwargs) : null });
    return args[0];
  }, 'atexit'));
  d.setStr('unregister', builtin('unregister', (vm, args, kwargs) => {
    takes('unregister', args, kwargs, 1);
    const calls = callsOf(vm);
    // Every registration of a function equal to it goes (== as CPython compares them).
    for (let i = 0; i < calls.length; i++) {
      const c = calls[i];
      if (c !== null && pyEq(vm, c.fn, args[0])) calls[i] = null;
    }
    return None;
  }, 'atexit'));
  d.setStr('_clear', builtin('_clear', (vm, args, kwargs) => {
    takes('_clear', args, kwargs, 0);
    callsOf(vm).length = 0;
    return None;
  }, 'atexit'));
  d.setStr('_ncallbacks', builtin('_ncallbacks', (vm, args, kwargs) => {
    takes('_ncallbacks', args, kwargs, 0);
    return callsOf(vm).length;
  }, 'atexit'));
  d.setStr('_run_exitfuncs', builtin('_run_exitfuncs', (vm, args, kwargs) => {
    takes('_run_exitfuncs', args, kwargs, 0);
    runExitFuncs(vm);
    return None;
  }, 'atexit'));
};
