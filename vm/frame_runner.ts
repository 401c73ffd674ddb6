// Natives that run code in a new frame (exec, eval), called by the eval loop: the frame runs
// in that loop, as a tpy function's would, instead of in a nested loop.
//
// Why: a nested loop cannot park (VM.park), so code run by exec() could not block on a
// socket or sleep on Node's event loop, and cProfile and profile, which run the program
// through exec(), made every program they profile unable to. Called by native code
// (call()), these natives still run their frame in a nested loop, through their NativeFn.
//
// The frame remembers the native (Frame.runner): when it returns, the native's call ends
// (the profiler's c_return; exec's result is None), and when an exception leaves it, the
// native's call ends with c_exception, as CPython reports a built-in call around the code.

import type { PyObject } from './objects/object.js';
import type { KwArgs, PyBuiltinFunction } from './objects/function.js';
import { None } from './objects/singletons.js';
import { Frame } from './frame.js';
import { hookCCall } from './hooks.js';
import { toPyException } from './errors.js';
import type { PyBaseException } from './objects/exceptions.js';
import type { VM } from './vm.js';

/** How a native makes the frame its call runs (PyBuiltinFunction.runsFrame). */
export interface FrameRunner {
  /**
   * The frame to run, its slots from stack index `base` (vm.frame is the caller), or the
   * call's result when it has no frame to run. Raises what the native's call raises first.
   */
  enter(vm: VM, args: PyObject[], kwargs: KwArgs | null, base: number): Frame | PyObject;
  /** True when the call's result is None whatever the frame returns (exec). */
  returnsNone: boolean;
}

/**
 * The eval loop's call of `callee` (it has runsFrame) from frame `f`: the profiler's c_call,
 * then the frame to push, marked with its runner; or the call's result (c_return reported).
 */
export function enterRunner(vm: VM, f: Frame, callee: PyBuiltinFunction, args: PyObject[], kwargs: KwArgs | null, base: number): Frame | PyObject {
  const profiled = vm.hooked && vm.profileFn !== null;
  if (profiled) hookCCall(vm, f, 'c_call', callee);
  let r: Frame | PyObject;
  try {
    r = callee.runsFrame!.enter(vm, args, kwargs, base);
  } catch (e) {
    if (profiled && vm.hooked) hookCCall(vm, f, 'c_exception', callee);
    throw e;
  }
  if (r instanceof Frame) r.runner = callee;
  else if (profiled && vm.hooked) hookCCall(vm, f, 'c_return', callee);
  return r;
}

/**
 * A runner's frame returned `retval` to its caller (vm.frame again): the native's result, or
 * undefined when the profile hook raised at its c_return (`raised` receives the error).
 */
export function runnerReturned(vm: VM, f: Frame, retval: PyObject, raised: (e: PyBaseException) => void): PyObject | undefined {
  const runner = f.runner!;
  if (vm.hooked && vm.profileFn !== null) {
    try {
      hookCCall(vm, f.f_back!, 'c_return', runner);
    } catch (e) {
      raised(toPyException(e));
      return undefined;
    }
  }
  return runner.runsFrame!.returnsNone ? None : retval;
}

/** `exc` leaves a runner's frame `f` for its caller: the native's c_exception; an error the hook raises replaces exc. */
export function runnerRaised(vm: VM, f: Frame, exc: PyBaseException): PyBaseException {
  if (!vm.hooked || vm.profileFn === null) return exc;
  try {
    hookCCall(vm, f.f_back!, 'c_exception', f.runner!);
    return exc;
  } catch (e) {
    const replaced = toPyException(e);
    if (replaced.context === null && replaced !== exc) replaced.context = exc;
    return replaced;
  }
}
