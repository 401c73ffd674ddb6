// Profile and trace hooks: tpy's PyEval_SetProfile / PyEval_SetTrace.
//
// A hook is a native callback `(frame, event, arg)`. The eval loop calls it at
// the same points CPython 3.11 does:
//   profile: 'call' (a tpy frame starts or a generator resumes), 'return' (arg: the
//            value returned or yielded, None when an exception unwinds the frame),
//            'c_call' / 'c_return' / 'c_exception' around a call of a built-in
//            function or method descriptor from tpy code (arg: the built-in, bound
//            to its self for method descriptors);
//   trace:   'call', 'line', 'return', 'exception' (arg: (type, value, traceback)),
//            'opcode' (when frame.traceOpcodes is set); 'line' only while
//            frame.traceLines is true.
// While a hook runs, hooks are off (vm.hookDepth > 0), so the hook's own tpy calls
// produce no events. An exception thrown by a hook propagates into the tpy code at
// the point of the event. sys.setprofile / sys.settrace install hooks that call a
// tpy function and keep frame.f_trace, as sysmodule.c's trampolines do.
//
// Code standing for a C function of CPython's (Code.hiddenFrame: functools.partial,
// io.StringIO, datetime...) reports nothing: no call, line, return or exception events
// for its frames, and no c_call for the built-ins it calls, as CPython's C code reports
// none. Tpy functions it calls back (a partial's function, a sort key) report as usual.
//
// Hooks off the fast path: the loop tests `vm.hooked` (true while either hook is
// set) once per call and return; per-instruction events exist only while a trace
// hook is set, when frames run a traced copy of their bytecode (TRACE_OP).

import type { PyObject } from './objects/object.js';
import type { Frame } from './frame.js';
import { newTuple } from './objects/tuple.js';
import type { PyBaseException } from './objects/exceptions.js';
import { PyBuiltinFunction, PyMethodDescriptor, PyMethod, isSlotWrapper } from './objects/function.js';
import { None } from './objects/singletons.js';
import type { Code } from './code.js';
import { CO_ASYNC_GENERATOR } from './code.js';
import { Op } from './opcodes.js';
import { PseudoOp } from './pseudo_op.js';
import { watchWords } from './watch_words.js';
import { PyAsyncGenWrappedValue } from './objects/async_gen_wrapped.js';
import type { VM } from './vm.js';
import { toPyException } from './errors.js';

export type ProfileEvent = 'call' | 'return' | 'c_call' | 'c_return' | 'c_exception';
export type TraceEvent = 'call' | 'line' | 'return' | 'exception' | 'opcode';
export type HookEvent = ProfileEvent | TraceEvent;

/** A native hook: the PyEval_SetProfile / PyEval_SetTrace callback of tpy. */
export type HookFn = (frame: Frame, event: HookEvent, arg: PyObject) => void;

/**
 * The finaliser watch (vm/finalize_now.ts): told before each instruction of traced code and
 * when a frame returns; it decides when to look for objects whose last reference went.
 */
export interface FinalizerWatchHook {
  beforeInstruction(frame: Frame, slot: number): void;
  frameReturned(): void;
}

export { PseudoOp } from './pseudo_op.js';

const tracedCache = new WeakMap<Code, Int32Array>();

/** The bytecode a frame of `code` runs while a trace hook is set. */
export function tracedWords(code: Code): Int32Array {
  let t = tracedCache.get(code);
  if (t === undefined) {
    t = new Int32Array(code.words.length).fill(PseudoOp.TRACE_OP);
    tracedCache.set(code, t);
  }
  return t;
}

/** The words a frame of `code` runs now. */
export function activeWords(vm: VM, code: Code): Int32Array {
  if (vm.traceFn !== null) return tracedWords(code);
  return vm.finalizerWatch !== null ? watchWords(code) : code.fastWords;
}

/** Runs a hook with hooks off (CPython's tstate->tracing), so its own calls report nothing. */
function runHook(vm: VM, fn: HookFn, frame: Frame, event: HookEvent, arg: PyObject): void {
  frame.escape();
  const outerWhat = vm.tracingWhat;
  const outerFrame = vm.tracingFrame;
  vm.tracingWhat = event;
  vm.tracingFrame = frame;
  vm.hookDepth++;
  vm.hooked = false;
  try {
    fn(frame, event, arg);
  } finally {
    vm.hookDepth--;
    vm.tracingWhat = outerWhat;
    vm.tracingFrame = outerFrame;
    vm.updateHooked();
  }
}

/** A frame starts or a generator resumes: trace 'call', then profile 'call' (ceval's trace_function_entry). */
export function hookCall(vm: VM, frame: Frame): void {
  // A new frame reports its first line; a resumed generator, only a change of line.
  frame.traceLastPc = frame.pc - 1;
  if (frame.f_code.hiddenFrame) return;
  frame.callEventPending = true;
  try {
    if (vm.traceFn !== null) runHook(vm, vm.traceFn, frame, 'call', None);
    if (vm.profileFn !== null) runHook(vm, vm.profileFn, frame, 'call', None);
  } finally {
    frame.callEventPending = false;
  }
}

/** A frame returns or yields `value` (None when an exception unwinds it). */
export function hookReturn(vm: VM, frame: Frame, value: PyObject): void {
  vm.finalizerWatch?.frameReturned();
  if (frame.f_code.hiddenFrame) return;
  if (vm.traceFn !== null) runHook(vm, vm.traceFn, frame, 'return', value);
  if (vm.profileFn !== null) runHook(vm, vm.profileFn, frame, 'return', value);
}

/**
 * A frame yields `value` (or passes on a value its delegate yielded). An async generator's own
 * `yield` (not an `await` in it, which suspends at YIELD_FROM) hands the hooks the item wrapped,
 * as CPython 3.11 does.
 */
export function hookYield(vm: VM, frame: Frame, value: PyObject): void {
  const code = frame.f_code;
  if ((code.co_flags & CO_ASYNC_GENERATOR) !== 0 && (code.words[frame.pc] & 0xff) !== Op.YIELD_FROM) {
    value = new PyAsyncGenWrappedValue(value);
  }
  hookReturn(vm, frame, value);
}

/** An exception is raised in, or propagates into, `frame` (trace only, as call_exc_trace). */
export function hookException(vm: VM, frame: Frame, exc: PyBaseException): void {
  if (vm.traceFn === null || frame.f_code.hiddenFrame) return;
  runHook(vm, vm.traceFn, frame, 'exception', newTuple([exc.cls, exc, exc.traceback ?? None]));
}

/**
 * Before the instruction at slot `slot` of a traced frame: 'line' when it starts
 * a new line or is the target of a backward jump (3.11's maybe_call_line_trace),
 * then 'opcode' when the frame asks for it.
 */
export function hookInstruction(vm: VM, frame: Frame, slot: number): void {
  vm.finalizerWatch?.beforeInstruction(frame, slot);
  const fn = vm.traceFn;
  if (fn === null) return;
  const code = frame.f_code;
  if (code.hiddenFrame) return;
  const last = frame.traceLastPc;
  frame.traceLastPc = slot;
  const line = code.lines[slot];
  if (line > 0) {
    frame.traceLine = line;
    if (frame.traceLines && (last < 0 || slot < last || line !== code.lines[last])) runHook(vm, fn, frame, 'line', None);
  }
  if (frame.traceOpcodes && vm.traceFn !== null) runHook(vm, vm.traceFn, frame, 'opcode', None);
}

/**
 * The object a profiler sees for a call of a built-in from tpy code, or null when
 * the call is not one CPython reports: built-in functions and methods (class
 * methods of built-in types included), and method descriptors called with a self,
 * bound to it (ceval's trace_call_function); never slot wrappers.
 */
export function builtinForProfile(callee: PyObject, args: PyObject[]): PyObject | null {
  if (callee instanceof PyBuiltinFunction) {
    if (callee.descriptor !== null && isSlotWrapper(callee.descriptor)) return null;
    return callee;
  }
  if (callee instanceof PyMethodDescriptor && args.length > 0) {
    if (isSlotWrapper(callee)) return null;
    return new PyBuiltinFunction(callee.name, callee.fn, null, args[0], callee);
  }
  if (callee instanceof PyMethod && callee.func instanceof PyBuiltinFunction) {
    // A class method of a built-in type (dict.fromkeys): CPython binds it to the class.
    const f = callee.func;
    return new PyBuiltinFunction(f.name, f.fn, null, callee.self, f.descriptor);
  }
  return null;
}

/** profile 'c_call' / 'c_return' / 'c_exception' around a built-in call (C_TRACE). */
export function hookCCall(vm: VM, frame: Frame, event: 'c_call' | 'c_return' | 'c_exception', builtin: PyObject): void {
  if (vm.profileFn !== null && !frame.f_code.hiddenFrame) runHook(vm, vm.profileFn, frame, event, builtin);
}

/**
 * The end of a built-in's call that parked (a blocking wait, a greenlet's switch), told to the
 * profiler when its thread or greenlet resumes: c_return, or c_exception when it resumes with
 * `error` (the profiler counts the wait in the built-in's time). Returns the error to resume
 * with: what the hook raised, if it raised.
 */
export function endParkedCall(vm: VM, frame: Frame, builtin: PyObject | null, error: PyBaseException | null): PyBaseException | null {
  if (builtin === null || !vm.hooked) return error;
  try {
    hookCCall(vm, frame, error === null ? 'c_return' : 'c_exception', builtin);
  } catch (e) {
    return toPyException(e);
  }
  return error;
}

