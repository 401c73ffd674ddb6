// sys.setprofile / sys.settrace / sys._getframe: tpy functions as hooks, through
// trampolines like sysmodule.c's profile_trampoline and trace_trampoline.

import type { PyObject } from '../vm/objects/object.js';
import type { PyDict } from '../vm/objects/dict.js';
import { builtin, PyBuiltinFunction } from '../vm/objects/function.js';
import { noArgs, oneArg } from '../vm/methods/args.js';
import { None } from '../vm/objects/singletons.js';
import { newException, ValueError, typeError } from '../vm/objects/exceptions.js';
import { call } from '../vm/ops/call.js';
import { index } from '../vm/ops/convert.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { typeName, argTypeName } from '../vm/ops/typeof.js';
import { frameLocals } from '../vm/methods/misc.js';
import type { Frame } from '../vm/frame.js';
import type { HookFn } from '../vm/hooks.js';
import type { VM } from '../vm/vm.js';

/**
 * profile_trampoline: calls fn(frame, event, arg); an exception from it clears the profile.
 * As for trace functions (call_trampoline), locals are synced both ways around the call.
 */
function profileTrampoline(vm: VM, fn: PyObject): HookFn {
  return (frame, event, arg) => {
    if (frame.localsDict !== null) frameLocals(vm, frame);
    try {
      call(vm, fn, [frame, event, arg]);
    } catch (e) {
      vm.setProfile(null);
      throw e;
    }
    if (frame.localsDict !== null) localsToFast(vm, frame, frame.localsDict);
  };
}

/**
 * trace_trampoline: 'call' goes to the global function, whose result becomes the
 * frame's f_trace; other events go to f_trace, whose non-None result replaces it.
 * Locals are synced both ways around the call, so a debugger can change them.
 */
function traceTrampoline(vm: VM, fn: PyObject): HookFn {
  return (frame, event, arg) => {
    const callback = event === 'call' ? fn : frame.f_trace;
    if (callback === null) return;
    if (frame.localsDict !== null) frameLocals(vm, frame);
    let result: PyObject;
    try {
      result = call(vm, callback, [frame, event, arg]);
    } catch (e) {
      vm.setTrace(null);
      frame.f_trace = null;
      throw e;
    }
    if (frame.localsDict !== null) localsToFast(vm, frame, frame.localsDict);
    if (result !== None) frame.f_trace = result;
  };
}

/** PyFrame_LocalsToFast: writes a function frame's f_locals dict back into its slots and cells. */
function localsToFast(vm: VM, f: Frame, d: PyDict): void {
  if (f.f_locals !== null || f.exitedLocals !== null) return;
  const code = f.f_code;
  const slots = f.saved;
  for (let i = 0; i < code.co_nlocals; i++) {
    const v = d.getStr(code.co_varnames[i]);
    if (slots !== null) slots[i] = v as PyObject;
    else vm.stack[f.base + i] = v as PyObject;
  }
  if (f.cells !== null) {
    [...code.co_cellvars, ...code.co_freevars].forEach((name, i) => {
      const v = d.getStr(name);
      if (v !== undefined && f.cells![i] !== undefined) f.cells![i].ref = v;
    });
  }
}


export function installHookFunctions(vm: VM, d: PyDict): void {
  d.setStr('setprofile', builtin('setprofile', (vm, args, kwargs) => {
    const fn = oneArg('sys.setprofile', args, kwargs, 0);
    vm.setProfile(fn === None ? null : profileTrampoline(vm, fn), fn);
    return None;
  }, 'sys'));
  d.setStr('getprofile', builtin('getprofile', (vm, args, kwargs) => {
    noArgs('sys.getprofile', args, kwargs, 0);
    return vm.profileObj;
  }, 'sys'));
  d.setStr('settrace', builtin('settrace', (vm, args, kwargs) => {
    const fn = oneArg('sys.settrace', args, kwargs, 0);
    vm.setTrace(fn === None ? null : traceTrampoline(vm, fn), fn);
    return None;
  }, 'sys'));
  d.setStr('gettrace', builtin('gettrace', (vm, args, kwargs) => {
    noArgs('sys.gettrace', args, kwargs, 0);
    return vm.traceObj;
  }, 'sys'));
  // call_tracing(func, args): func(*args) with hooks allowed again inside a hook (pdb's `debug`
  // runs a second debugger this way). As in 3.11, the hook already set stays quiet for the call;
  // only one set by settrace/setprofile during it (which recomputes vm.hooked) reports events.
  d.setStr('call_tracing', builtin('call_tracing', (vm, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) throw typeError('sys.call_tracing() takes no keyword arguments');
    if (args.length !== 2) throw typeError(`call_tracing expected 2 arguments, got ${args.length}`);
    const [fn, fnArgs] = args;
    if (!(fnArgs instanceof PyTuple)) throw typeError(`call_tracing() argument 2 must be tuple, not ${argTypeName(fnArgs)}`);
    const outerDepth = vm.hookDepth;
    vm.hookDepth = 0;
    try {
      return call(vm, fn, fnArgs.items);
    } finally {
      vm.hookDepth = outerDepth;
      vm.updateHooked();
    }
  }, 'sys'));
  // Setting a hook changes how the loop runs from the next instruction: the eval loop calls them.
  for (const name of ['setprofile', 'settrace']) (d.getStr(name) as PyBuiltinFunction).evalLoopOnly = true;
  d.setStr('_getframe', builtin('_getframe', (vm, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) throw typeError('sys._getframe() takes no keyword arguments');
    if (args.length > 1) throw typeError(`_getframe expected at most 1 argument, got ${args.length}`);
    let depth = args.length > 0 ? Number(index(vm, args[0])) : 0;
    let f = vm.frame;
    while (depth > 0 && f !== null) {
      f = f.f_back;
      depth--;
    }
    if (f === null) throw newException(ValueError, 'call stack is not deep enough');
    // Every frame reachable through f_back may now outlive its run.
    f.escape();
    return f;
  }, 'sys'));
}
