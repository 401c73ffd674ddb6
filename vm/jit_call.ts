// Compiled function bodies: a call of a plain tpy function runs its body as JavaScript
// (vm/jit.ts compiles it) once the function has been called often enough.
//
// The call sets up the callee's frame exactly as the eval loop's CALL does (a pooled record,
// its arguments where the caller pushed them, on top of the frame chain and counted in
// vm.depth), so natives the body calls, tracebacks, sys._getframe() and f_back see the same
// frames as without it. Only the instructions run compiled: locals and operands in
// JavaScript variables, written back into the frame before anything that may look at it.
//
// Anything the body does not handle is an exit: it writes its frame back and leaves it as
// the eval loop's frame (vm.frame), at that instruction. A compiled caller (a body or a
// loop) that sees its callee leave this way leaves in turn, its frame waiting for the
// call's result as after an eval loop CALL; so the eval loop resumes the innermost frame,
// and each return hands its value down as usual. A native's exception is left in
// vm.jitRaised, which the eval loop raises in that innermost frame.

import { WARMUP, isColdCode } from './cold_call_level.js';
import type { PyObject } from './objects/object.js';
import { PyFunction, PyMethod, RAISED, type KwArgs } from './objects/function.js';
import { callNativeKw } from './ops/call.js';
import type { Frame } from './frame.js';
import { CO_GENLIKE, type Code } from './code.js';
import { isSimpleCall, makeCells, bindInPlace, spreadKeywords, NO_KEYWORDS } from './bind.js';
import { compileFunction, countExit, type FnEntry } from './jit.js';
import { BODY_LEFT } from './jit_ops.js';
import type { VM } from './vm.js';
import type { PyBaseException } from './objects/exceptions.js';
import { toPyException } from './errors.js';
import { execute, initFrameFunction, allocatesOnly, allocateForInit, initResult, callsAsType } from './eval.js';
import { PyType } from './objects/type.js';
import { PyTuple } from './objects/tuple.js';
import { PyDict, mergesAsPlainDict } from './objects/dict.js';
import { Op } from './opcodes.js';
import { lruReturned } from './lru_call.js';
import { RAISED_OUT } from './jit_except.js';

/**
 * Compiled bodies running inside one another on the JavaScript stack, at most: deeper calls
 * run in the eval loop, which needs no JavaScript stack for them (a recursion 50,000 deep).
 */
const MAX_NESTING = 100;
let nesting = 0;

/**
 * Calls `func` with the `argc` arguments at vm.stack[at...] (pushed by a compiled caller as
 * the eval loop's CALL finds them) through its compiled body: returns its return value,
 * BODY_LEFT when the body left its frame to the eval loop (vm.frame), or undefined when it
 * has no compiled body for this call (not compiled yet, a call to raise a TypeError for, a
 * hook set, the recursion limit or a check interval reached): the caller makes the call
 * the eval loop's way. Defaults, keyword-only parameters, *args and **kwargs are bound in
 * place (bindInPlace), as the eval loop's CALL binds them.
 */
export function callCompiled(vm: VM, func: PyFunction, at: number, argc: number): PyObject | undefined {
  const code = func.code;
  // The common call: a compiled body (never a generator's), its parameters filled by the
  // arguments, no cells to make, nothing in the way (canRunCompiled's tests, in one line).
  if (code.fnEntry != null && argc === code.co_argcount && code.nlocalsplus === code.co_nlocals && isSimpleCall(code, argc) &&
    !vm.hooked && vm.depth < vm.recursionLimit && nesting < MAX_NESTING && (vm.countdown > 1 || vm.checkQuietly())) {
    return enterSimple(vm, func, code, at, argc);
  }
  if ((code.co_flags & CO_GENLIKE) !== 0) return makeGeneratorCompiled(vm, func, at, argc);
  if (!canRunCompiled(vm, code)) return undefined;
  const n = isSimpleCall(code, argc) ? argc : bindInPlace(vm, func, at, argc, null);
  return n < 0 ? undefined : enterCompiled(vm, func, at, n, undefined);
}

/**
 * callCompiled for a call of the class `cls`, its `argc` arguments at vm.stack[at...], whose
 * tpy __init__ the eval loop runs as a frame (eval.ts initFrameFunction): the new instance
 * goes in front of them, as self, and is what the call returns.
 */
export function callInitCompiled(vm: VM, cls: PyType, at: number, argc: number): PyObject | undefined {
  if (!cls.isHeapType || !callsAsType(cls)) return undefined;
  const init = initFrameFunction(cls);
  // A class without __init__ or __new__ of its own, called with no arguments: the instance
  // (the eval loop's call would have done no more), instead of leaving the compiled code.
  if (init === null) return argc === 0 && allocatesOnly(cls) && vm.depth < vm.recursionLimit ? cls.allocate!(cls) : undefined;
  const code = init.code;
  // The class call's level and the frame's: at the limit, the eval loop's call raises.
  if (!canRunCompiled(vm, code) || vm.depth + 1 >= vm.recursionLimit) return undefined;
  const stack = vm.stack;
  const self = allocateForInit(cls, stack, at, at + argc);
  for (let i = at + argc; i > at; i--) stack[i] = stack[i - 1];
  stack[at] = self;
  // A call to raise a TypeError for is the eval loop's (the instance made here is dropped:
  // nothing but its class saw it).
  const n = isSimpleCall(code, argc + 1) ? argc + 1 : bindInPlace(vm, init, at, argc + 1, null);
  return n < 0 ? undefined : enterCompiled(vm, init, at, n, self);
}

/**
 * callCompiled for a generator function (or a coroutine's, an async generator's): the
 * generator, made as the eval loop's CALL makes it (its frame set up over the arguments, then
 * frozen), without leaving the compiled code; undefined for a call to raise a TypeError for.
 */
function makeGeneratorCompiled(vm: VM, func: PyFunction, at: number, argc: number): PyObject | undefined {
  const code = func.code;
  const n = isSimpleCall(code, argc) ? argc : bindInPlace(vm, func, at, argc, null);
  if (n < 0) return undefined;
  // The caller wrote its pc back (past the call): the generator's maker, as in the eval loop.
  return vm.makeGenerator(frameOverArgs(vm, func, at, n));
}

/** A frame for `func` over its `argc` bound arguments at stack[at]: its other locals unbound, its cells made. */
function frameOverArgs(vm: VM, func: PyFunction, at: number, argc: number): Frame {
  const code = func.code;
  const f = vm.newFrame(code, func.globals, func.builtins, null, func);
  f.base = at;
  f.sp = at + code.co_nlocals;
  if (at + code.nlocalsplus + code.co_stacksize >= vm.stack.length) vm.ensureStack(at + code.nlocalsplus + code.co_stacksize + 1);
  const stack = vm.stack;
  for (let i = argc; i < code.co_nlocals; i++) stack[at + i] = undefined as unknown as PyObject;
  if (code.nlocalsplus !== code.co_nlocals) makeCells(f, func, stack, at);
  return f;
}

/** True when a call of `code` can run its compiled body now (its arguments bound as it needs them). */
function canRunCompiled(vm: VM, code: Code): boolean {
  // Called from compiled code, which is hot: the callee is compiled at once, so that the
  // caller does not leave at every call while the callee counts its calls.
  return compiledBody(vm, code, true) !== null && !vm.hooked && vm.depth < vm.recursionLimit &&
    nesting < MAX_NESTING && (vm.countdown > 1 || vm.checkQuietly());
}

/**
 * CALL_FUNCTION_KW from compiled code: the callable at stack[at] (`stack`: the compiled
 * code's, a generator body's own slots or the value stack), then `argc` arguments, the last
 * ones the values of `kwnames`. A tpy function (or a bound method of one) gets them bound
 * into its slots (bindInPlace, as the eval loop's call) and runs its compiled body; a native
 * is called with a keywords map. Returns the result, BODY_LEFT, or undefined for the eval
 * loop to make the call (the compiled code's exit then writes its operands back over any
 * slots moved here). Only a caller on the value stack (not a generator body) passes a tpy function.
 */
export function callKwCompiled(vm: VM, stack: PyObject[], at: number, argc: number, kwnames: string[]): PyObject | undefined {
  const callee = stack[at];
  const npos = argc - kwnames.length;
  if (callee instanceof PyMethod && callee.func instanceof PyFunction) {
    // self goes in front of the arguments, in the callable's slot.
    const func = callee.func;
    if (!canCallCompiled(vm, func.code)) return undefined;
    stack[at] = callee.self;
    const n = bindInPlace(vm, func, at, npos + 1, kwnames);
    return n < 0 ? undefined : enterBound(vm, func, at, n);
  }
  if (callee instanceof PyFunction) {
    if (!canCallCompiled(vm, callee.code)) return undefined;
    const n = bindInPlace(vm, callee, at + 1, npos, kwnames);
    return n < 0 ? undefined : enterBound(vm, callee, at + 1, n);
  }
  if (callee instanceof PyType && callee.isHeapType && callsAsType(callee)) return callInitKwCompiled(vm, callee, at, npos, kwnames);
  const kwargs: KwArgs = new Map();
  for (let i = 0; i < kwnames.length; i++) kwargs.set(kwnames[i], stack[at + 1 + npos + i]);
  return callNativeKw(vm, callee, stack.slice(at + 1, at + 1 + npos), kwargs);
}

/**
 * callKwCompiled for a call of the class `cls` at vm.stack[at] whose tpy __init__ the eval
 * loop runs as a frame (callInitCompiled): the new instance goes in front of the arguments,
 * as self, and the keywords are bound with them.
 */
function callInitKwCompiled(vm: VM, cls: PyType, at: number, npos: number, kwnames: string[]): PyObject | undefined {
  const init = initFrameFunction(cls);
  if (init === null || !canRunCompiled(vm, init.code)) return undefined;
  const stack = vm.stack;
  const top = at + npos + kwnames.length;
  vm.ensureStack(top + 2);
  const self = allocateForInit(cls, stack, at + 1, at + 1 + npos);
  for (let i = top + 1; i > at + 1; i--) stack[i] = stack[i - 1];
  stack[at + 1] = self;
  // As in callInitCompiled, a call to raise a TypeError for is the eval loop's.
  const n = bindInPlace(vm, init, at + 1, npos + 1, kwnames);
  return n < 0 ? undefined : enterCompiled(vm, init, at + 1, n, self);
}

/**
 * CALL_FUNCTION_EX from compiled code, `callee(*posObj)` or `callee(*posObj, **kwObj)`, the
 * callable at stack[at] (see callKwCompiled): with a tuple and a dict of str keys (the
 * forwarding `f(*args, **kwargs)`), a tpy function (or a bound method of one) gets them
 * bound into its slots and runs its compiled body, a native is called with them. Anything
 * else (another iterable or mapping, a key to complain about, a class) is the eval loop's:
 * undefined, as for BODY_LEFT and a result, as callKwCompiled answers.
 */
export function callExCompiled(vm: VM, stack: PyObject[], at: number, posObj: PyObject, kwObj: PyObject | null): PyObject | undefined {
  if (!(posObj instanceof PyTuple) || posObj.cls.isHeapType || (kwObj !== null && !mergesAsPlainDict(kwObj))) return undefined;
  const callee = stack[at];
  const items = posObj.items;
  const npos = items.length;
  let func: PyFunction | null = null;
  if (callee instanceof PyFunction) func = callee;
  else if (callee instanceof PyMethod && callee.func instanceof PyFunction) func = callee.func;
  if (func === null) {
    if (kwObj === null) return callNativeKw(vm, callee, items.slice(), null);
    const kwargs: KwArgs = new Map();
    for (const [k, v] of kwObj.entries()) {
      if (typeof k !== 'string') return undefined;
      kwargs.set(k, v);
    }
    return callNativeKw(vm, callee, items.slice(), kwargs);
  }
  if (!canCallCompiled(vm, func.code)) return undefined;
  // The arguments go above the callable, as the eval loop's spreadCallArgs lays them; self
  // (a bound method's) in the callable's slot, in front of them.
  vm.ensureStack(at + npos + 2);
  for (let i = 0; i < npos; i++) stack[at + 1 + i] = items[i];
  const kwnames = kwObj === null ? NO_KEYWORDS : spreadKeywords(vm, kwObj, at + 1 + npos);
  if (kwnames === null) return undefined;
  let base = at + 1;
  if (func !== callee) {
    stack[at] = (callee as PyMethod).self;
    base = at;
  }
  const n = bindInPlace(vm, func, base, base === at ? npos + 1 : npos, kwnames);
  return n < 0 ? undefined : enterBound(vm, func, base, n);
}

/** canRunCompiled for a call with keywords or spread arguments: a generator function's call (it makes the generator) always. */
function canCallCompiled(vm: VM, code: Code): boolean {
  return (code.co_flags & CO_GENLIKE) !== 0 || canRunCompiled(vm, code);
}

/**
 * The call of `func` whose `argc` arguments bindInPlace bound at vm.stack[at...]: its compiled
 * body run, or for a generator function (a @contextmanager's, called with *args and **kwds)
 * the generator made, as makeGeneratorCompiled makes it.
 */
function enterBound(vm: VM, func: PyFunction, at: number, argc: number): PyObject | undefined {
  if ((func.code.co_flags & CO_GENLIKE) !== 0) return vm.makeGenerator(frameOverArgs(vm, func, at, argc));
  return enterCompiled(vm, func, at, argc, undefined);
}

/** enterCompiled for callCompiled's common call: the frame over the arguments, the body run, the record taken back (no class call's instance, no lru_cache miss: finishCall's other cases). */
function enterSimple(vm: VM, func: PyFunction, code: Code, at: number, argc: number): PyObject | undefined {
  vm.countdown--;
  const caller = vm.frame!;
  const f = vm.newFrame(code, func.globals, func.builtins, null, func);
  const nlocals = code.co_nlocals;
  f.base = at;
  f.sp = at + nlocals;
  if (at + nlocals + code.co_stacksize >= vm.stack.length) vm.ensureStack(at + nlocals + code.co_stacksize + 1);
  const stack = vm.stack;
  for (let i = argc; i < nlocals; i++) stack[at + i] = undefined as unknown as PyObject;
  const r = runBody(vm, f, caller);
  // A frame someone holds (a traceback, sys._getframe) kept its locals: its record is not reused.
  if (r !== BODY_LEFT && r !== undefined && r !== RAISED_OUT && !f.escaped) vm.releaseFrame(f);
  return r;
}

/** Runs the compiled body of `func` for the call canRunCompiled allowed (`initSelf`: a class call's instance). */
function enterCompiled(vm: VM, func: PyFunction, at: number, argc: number, initSelf: PyObject | undefined): PyObject | undefined {
  vm.countdown--;
  const caller = vm.frame!;
  const f = frameOverArgs(vm, func, at, argc);
  // Should the body leave, the eval loop's return of the frame hands the instance back (and
  // leaves the class call's level, taken here).
  if (initSelf !== undefined) {
    f.initSelf = initSelf;
    vm.depth++;
  }
  return finishCall(vm, f, runBody(vm, f, caller));
}

/** A compiled body ran the call of frame `f`: its record back to the pool, and the call's result (BODY_LEFT: the frame is the eval loop's). */
function finishCall(vm: VM, f: Frame, r: PyObject | undefined): PyObject | undefined {
  if (r === BODY_LEFT || r === undefined || r === RAISED_OUT) return r;
  const initSelf = f.initSelf;
  const lruPending = f.lruPending;
  if (f.callLevel !== 0) {
    vm.depth -= f.callLevel; // the instance call's level
    f.callLevel = 0;
  }
  // A frame someone holds (a traceback, sys._getframe) kept its locals: its record is not reused.
  if (!f.escaped) vm.releaseFrame(f);
  if (lruPending !== null) lruReturned(vm, lruPending, r);
  if (initSelf === undefined) return r;
  vm.depth--; // the class call's level
  return initResult(initSelf, r);
}

/**
 * The compiled body of `code`, compiled once the function was called often enough (at once
 * when `eager`); null when it has none (yet, or ever: a generator's code, a body that
 * cannot reach a return or was dropped).
 */
function compiledBody(vm: VM, code: Code, eager: boolean): FnEntry | null {
  const entry = code.fnEntry;
  if (entry !== undefined) return entry;
  if ((--code.fnCountdown > 0 && !eager) || !vm.jitEnabled) return null;
  // Code CPython would not have specialised yet runs in the eval loop, which gives its
  // built-in calls their level (cold_call_level.ts). Checked after the countdown, so that
  // only a compile threshold below that warm-up (tests) is delayed by it.
  if (!eager && code.warmth < WARMUP && isColdCode(code)) return null;
  return (code.fnEntry = (code.co_flags & CO_GENLIKE) === 0 ? compileFunction(vm, code) : null);
}

/**
 * callCompiled for a bound method of a tpy function, its `argc` arguments at vm.stack[at...]:
 * self goes in front of them, as the eval loop's CALL puts it.
 */
export function callMethodCompiled(vm: VM, m: PyMethod, at: number, argc: number): PyObject | undefined {
  const func = m.func;
  if (!(func instanceof PyFunction) || func.code.fnEntry === null) return undefined;
  const stack = vm.stack;
  for (let i = at + argc; i > at; i--) stack[i] = stack[i - 1];
  stack[at] = m.self;
  return callCompiled(vm, func, at, argc + 1);
}

/**
 * callCompiled for CALL_METHOD's [NULL, bound method, args...] (LOAD_METHOD found a bound
 * method: `super().__init__(x)`, a method stored on the instance), the method at
 * vm.stack[at], its `argc` arguments after it: unpacked in place to [function, self,
 * args...] as CPython 3.11's PRECALL unpacks it, so that a tpy function's compiled body runs
 * without leaving. undefined (its slot then holds self: the exit writes the method back)
 * when the function has no compiled body.
 */
export function callBoundCompiled(vm: VM, m: PyMethod, at: number, argc: number): PyObject | undefined {
  const func = m.func;
  if (!(func instanceof PyFunction) || func.code.fnEntry === null) return undefined;
  vm.stack[at] = m.self;
  return callCompiled(vm, func, at, argc + 1);
}

/**
 * Runs the compiled body of the frame `f` (set up for a call from `caller`, not yet linked
 * in) if its code has one: returns the return value with the frame popped, BODY_LEFT, or
 * undefined when the code has none (the eval loop then runs the frame).
 */
export function runCompiledCall(vm: VM, f: Frame, caller: Frame): PyObject | undefined {
  if (compiledBody(vm, f.f_code, false) === null || nesting >= MAX_NESTING || vm.countdown <= 1) return undefined;
  vm.countdown--;
  const r = finishCall(vm, f, runBody(vm, f, caller));
  // Raised out of its frame: the eval loop's CALL raises it in the caller, as from a native.
  if (r === RAISED_OUT) throw takeRaised(vm);
  return r;
}

/** The exception a compiled body raised out of its frame (RAISED_OUT), taken out of vm.jitRaised. */
function takeRaised(vm: VM): unknown {
  const e = vm.jitRaised;
  vm.jitRaised = null;
  return e;
}

/** Calls of a compiled body counted before it is judged: dropped when it left on its own at every LEFT_RATIO-th of them or more. */
const JUDGE_AFTER = 64;
const LEFT_RATIO = 8;

/**
 * The body of `code` left its own frame at `pc`. One that keeps leaving at a slow path gets
 * it compiled in (jit.ts countExit, which compiles the code's bodies again); one that leaves
 * often for anything else is dropped: running it to there costs more than it saves.
 */
function bodyLeft(code: Code, pc: number): void {
  if (countExit(code, pc)) return;
  if (++code.fnLeft * LEFT_RATIO >= JUDGE_AFTER && code.fnEntry !== undefined) code.fnEntry = null;
}

/**
 * Runs the function frame `f` that native code calls (VM.runFrame: f.f_back set, f.isEntry)
 * through its compiled body if it has one: returns the return value; undefined when it has
 * none. Should the body leave, a nested eval loop runs from the frame it left to the return
 * of `f` (a native's exception raised there first), as the nested run would have.
 */
export function runEntryCompiled(vm: VM, f: Frame, orRaised: boolean): PyObject | undefined {
  if (compiledBody(vm, f.f_code, false) === null || nesting >= MAX_NESTING) return undefined;
  // The check interval is due, and nothing else would make it: the native calling here
  // (min's __lt__, sorted's key, map's function) has no eval loop of its own counting down,
  // and a body without calls or backward jumps never reaches the eval loop's check, so
  // every later call of the native's loop would run in the eval loop. The check is made
  // here instead (a Ctrl-C raises from this call; a nested run never parks).
  if (vm.countdown <= 1) vm.checkInterrupt();
  vm.countdown--;
  // Its caller (VM.callFunction) takes the frame record back.
  const r = runBody(vm, f, f.f_back!);
  if (r === RAISED_OUT) {
    // Out of the frame: to the native that called it, as the eval loop's findHandler throws it.
    // Or, for a caller that takes it so, answered as RAISED, the exception left in vm.jitRaised.
    f.isEntry = false;
    if (orRaised) return RAISED;
    throw takeRaised(vm);
  }
  if (r !== BODY_LEFT) {
    f.isEntry = false;
    return r;
  }
  let raised: PyBaseException | null = null;
  if (vm.jitRaised !== null) {
    raised = toPyException(vm.jitRaised);
    vm.jitRaised = null;
  }
  return execute(vm, vm.frame!, raised, true);
}

function runBody(vm: VM, f: Frame, caller: Frame): PyObject | undefined {
  const code = f.f_code;
  if (++code.fnRuns >= JUDGE_AFTER) {
    code.fnRuns = 0;
    code.fnLeft = 0;
  }
  vm.fnJitRuns++;
  vm.depth++;
  f.f_back = caller;
  vm.frame = f;
  nesting++;
  let r: PyObject | undefined;
  try {
    r = f.f_code.fnEntry!(vm, f, vm.stack, f.base, 0);
  } catch (e) {
    // Only before the body's own handler (the JavaScript stack ran out): as if the call raised.
    vm.depth -= f.dropLevels();
    vm.frame = caller;
    throw e;
  } finally {
    nesting--;
  }
  if (r === RAISED_OUT) return r; // raiseOut popped the frame
  if (r === undefined) {
    // Leaving to raise is no reason to drop the body: it ran compiled up to the error, which
    // only the eval loop unwinds (a raise, or a native's exception in vm.jitRaised).
    if (vm.frame === f && vm.jitRaised === null && (code.words[f.pc] & 0xff) !== Op.RAISE_VARARGS) bodyLeft(code, f.pc);
    return BODY_LEFT;
  }
  // The return: the frame is popped as the eval loop's RETURN_VALUE pops it (an escaped
  // frame, which keeps its locals, returns there instead); the caller takes its record back.
  vm.depth--;
  vm.frame = caller;
  return r;
}
