// The loop compiler: hot loops of a code object become JavaScript functions; so do the
// bodies of generators (from a yield to the next, vm/jit_gen.ts) and of functions (from
// their start to a return, vm/jit_call.ts), with the same instructions and exits.
//
// The eval loop dispatches every instruction through one big `switch`, and V8 sees every
// program's types at each of its cases. A hot loop compiled to its own JavaScript
// function (vm/jit_ops.ts writes one snippet per instruction) loses both costs: no fetch
// or dispatch between instructions, the operand stack and the locals in JavaScript
// variables at fixed depths, and type feedback of its own at every instruction site, so
// V8 specialises `a.x - b.x` for floats here while the eval loop stays generic.
//
// A compiled loop runs fast paths only. Every instruction it cannot finish on its own (a
// slow path, a value of a type the snippet does not handle, an error to raise, a call of
// a tpy function without a compiled body, a return from a loop) is an exit: it writes the
// locals and operand stack back into the frame and returns the pc of that instruction,
// which the eval loop then runs as
// usual. So the block stack, tracebacks, tracing and profiling stay the eval loop's
// business, exactly as without compiled code. Beyond fast paths, a compiled loop calls
// natives through their fixed-arity entries (len, list.append...) as the eval loop does,
// with the frame's pc, sp and locals written back first, and the exception or hook a
// native may leave handed to the eval loop; the same way, it calls the eval loop's helper
// at an instruction whose slow path it kept leaving at (countExit), it runs small
// side-effect-free functions it calls inline (findInlines, jit_ops.ts's inlineCall), and
// it runs `(a * b + c) & mask` in 32-bit arithmetic when a, b and c are ints (vm/masked_int.ts).
//
// The eval loop enters compiled code at a loop head, reached by a backward jump once the
// code object has taken its threshold of them without a hook set (execute(), eval.ts). A loop is
// compiled only when one full turn of it can run compiled (a path from its head back to
// it without exits); otherwise the head is remembered as not compilable and the eval loop
// runs it. A compiled loop that keeps leaving before it comes round to its head (a loop
// that calls a tpy function each turn) is dropped the same way: entering and leaving it
// would cost more than it saves.

import { isColdCode } from './cold_call_level.js';
import type { PyObject } from './objects/object.js';
import type { Code } from './code.js';
import type { Frame } from './frame.js';
import type { VM } from './vm.js';
import { Op } from './opcodes.js';
import { CO_GENLIKE, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS } from './code.js';
import type { PyDict } from './objects/dict.js';
import { FloatKnowledge, speculatedFloatSites } from './jit_floats.js';
import { dirtyLocalsBefore } from './jit_dirty_locals.js';
import { emitInstruction, exit, loopScope, writeBackLocals, OPS_HANDLED, OPS_COLD, OPS_WITH_SLOW_PATH, successors, jitHelpers, jitStackEffect, type InlinedCall } from './jit_ops.js';
import { PyFunction, PyMethodDescriptor, PyBuiltinFunction } from './objects/function.js';
import { PyType } from './objects/type.js';
import { readsPastInline } from './ops/attr_cache.js';
import { findMaskedExprs } from './masked_int.js';
import { blocksAfter, returnPlan, returnThroughBlocks, sameBlocks, finallyCopyForRaise, finallyCopyForJump, finallyCopyBody, type ReturnPlan, type StaticBlock } from './jit_finally.js';
import { raiseDispatch, handlerValues, type CompiledHandler } from './jit_except.js';
import { blocksInside, withCleanupForRaise, type LoopExitThroughWith } from './jit_with.js';
import { EXCEPT_HANDLER, Why } from './frame.js';
import { findGlobal } from './eval.js';

/** A compiled loop: runs from its head `pc` until an exit, and returns the pc the eval loop continues at (f.sp set). */
export type JitEntry = (vm: VM, f: Frame, stack: PyObject[], base: number, pc: number) => number;

/** How the eval loop finds a compiled loop: per code object, by entry pc (null: not compilable). */
export type JitEntries = Map<number, JitEntry | null>;

/**
 * A generator's compiled body (vm/jit_gen.ts): runs the suspended frame from the resume point
 * `pc` with its slots as `stack` (base 0) to its next yield, and returns the value yielded;
 * or GEN_RETURNED (gen_frames.ts) when it returned; or undefined when it left before (an exit: the slots,
 * f.sp and f.pc hold the frame there, and the eval loop goes on with it).
 */
export type GenEntry = (vm: VM, f: Frame, stack: PyObject[], base: number, pc: number, sink: GenSink | null) => PyObject | undefined;

/**
 * What a native draining a generator (generatorPump) offers each yielded value to: true takes
 * it, and the compiled body goes on at once from its yield as if resumed with None; false
 * refuses it (the body returns it as at any yield). It runs no tpy code, does not throw, and a
 * refusal leaves no trace (the value may be offered again).
 */
export type GenSink = (v: PyObject) => boolean;

/**
 * A function's compiled body (vm/jit_call.ts): runs its frame `f` (set up for the call, its
 * locals at stack[base...]) from its start, and returns its return value; or undefined when
 * it left before (an exit: f.sp and f.pc hold the frame there, and vm.frame is the frame the
 * eval loop goes on with, f or one it called).
 */
export type FnEntry = (vm: VM, f: Frame, stack: PyObject[], base: number, pc: number) => PyObject | undefined;

/** A generator's compiled bodies by resume point (null: not compilable there). */
export type GenEntries = Map<number, GenEntry | null>;

/**
 * Called by the eval loop at a backward jump to `pc` once the code's countdown ran out
 * (f.sp saved): runs the loop compiled when it can, and returns the pc to continue at.
 */
export function runCompiled(vm: VM, f: Frame, pc: number): number {
  const code = f.f_code;
  if (code.jitEntries === null && isColdCode(code)) {
    // Not before CPython's warm-up (as compiledBody in jit_call.ts): the backward jumps
    // counted so far go into warmth, and the next one asks again.
    code.warmth += code.backJumpsStart - code.jitCountdown;
    code.backJumpsStart = code.jitCountdown = 1;
    return pc;
  }
  let entries = code.jitEntries;
  if (entries === null) entries = code.jitEntries = new Map();
  // Module-level code and class bodies read and write their names in f_locals (LOAD_NAME,
  // STORE_NAME), which compiled code takes to be an exact dict: a namespace that is a dict
  // subclass or another mapping (its __getitem__ and __setitem__ must run) stays in the eval loop.
  if ((code.co_flags & CO_OPTIMIZED) === 0 && (f.f_locals === null || f.f_locals.cls.isHeapType)) {
    code.jitCountdown = JIT_RETRY;
    return pc;
  }
  let entry = entries.get(pc);
  const depth = f.sp - f.base - code.co_nlocals;
  if (entry === undefined) {
    if (!vm.jitEnabled || (code.co_flags & CO_GENLIKE) !== 0) {
      code.jitCountdown = NEVER;
      return pc;
    }
    const stack = vm.stack;
    const base = f.base;
    if ((code.co_flags & CO_OPTIMIZED) === 0 && f.f_locals === f.f_globals) primeNameCaches(code, f.f_globals, f.f_builtins);
    entry = compileLoop(vm, code, pc, depth, (i) => stack[base + i]);
    entries.set(pc, entry);
  }
  if (entry === null || code.jitDepths!.get(pc) !== depth) {
    // Not compiled, or compiled for another stack depth (a loop in a finally block reached
    // by an exception after a normal exit): the eval loop runs it.
    // Not compiled: the eval loop asks again only now and then (another loop of the code may be).
    code.jitCountdown = JIT_RETRY;
    return pc;
  }
  vm.jitRuns++;
  // Its backward jumps count down vm.countdown: none taken means it left within one turn.
  const countdown = vm.countdown;
  const next = entry(vm, f, vm.stack, f.base, pc);
  if (vm.countdown !== countdown) code.jitShortRuns = 0;
  else if (++code.jitShortRuns >= JIT_SHORT_RUNS) {
    entries.set(pc, null);
    code.jitShortRuns = 0;
  }
  // (Not when a body it called left its own frame to the eval loop: the loop waits after the call.)
  if (vm.jitRaised === null && vm.countdown > 0 && vm.frame === f) countExit(code, next);
  return next;
}

/**
 * A compiled loop left at `pc`. An instruction with a slow path that keeps leaving (a dict
 * subscript, big ints, a property...) gets it compiled in: the code's loops are compiled
 * again, calling the eval loop's helper there (jit_ops.ts). The second time a code object
 * needs this, every slow path of its loops is compiled in (a loop that takes one usually
 * takes more: compiling them one by one costs more than the larger code). Returns true when
 * the exit counts towards that (so it is no reason to drop a function body, jit_call.ts).
 */
export function countExit(code: Code, pc: number): boolean {
  if (!OPS_WITH_SLOW_PATH.has(code.words[pc] & 0xff) || code.jitSlow.has(pc) || code.jitRecompiles >= JIT_MAX_RECOMPILES) return false;
  const exits = (code.jitExits ??= new Map());
  const n = (exits.get(pc) ?? 0) + 1;
  exits.set(pc, n);
  if (n < JIT_SLOW_AFTER) return true;
  code.jitSlow.add(pc);
  code.jitRecompiles++;
  code.jitShortRuns = 0;
  exits.clear();
  code.jitEntries?.clear();
  code.genEntries?.clear();
  code.genLastAt = -1;
  if (code.fnEntry !== null) code.fnEntry = undefined;
  return true;
}

/** Tests compile every slow path in at once (setJitAllSlowPaths). */
let allSlowPaths = false;

/** Compile every instruction's slow path into loops compiled from now on (the conformance run of test/conformance_jit_slow.test.ts). */
export function setJitAllSlowPaths(on: boolean): void {
  allSlowPaths = on;
}

/** Exits at one instruction after which it is compiled with its slow path. */
const JIT_SLOW_AFTER = 16;
/** Recompiles of a code object's loops for slow paths, at most. */
const JIT_MAX_RECOMPILES = 2;

/** Backward jumps before the eval loop asks again for a code object one of whose loops is not compiled. */
const JIT_RETRY = 64;
/** A countdown for code whose loops are never compiled (generators; -X nojit). */
const NEVER = 2 ** 30;

/** Runs in a row that a compiled loop of a code object leaves within one turn before it is dropped. */
const JIT_SHORT_RUNS = 50;

/** What the analysis found: the instructions a compiled loop runs, with the stack depth before each. */
interface Region {
  depth: Map<number, number>;
  /** Jump targets inside the region and the entry: the labels of the compiled function's switch. */
  labels: Set<number>;
  maxDepth: number;
  /** True when a jump inside the region goes back to the entry: a whole turn runs compiled. */
  closesLoop: boolean;
  /** The loop heads inside the region (targets of its backward jumps): the compiled loop can be entered at each. */
  heads: Set<number>;
  /** A generator body's resume points in the region (the words after its yields): it can be entered at each. */
  resumes: Set<number>;
  /** True when a function body's region reaches a return. */
  returns: boolean;
  /** A function body's returns under blocks, by pc: how each unwinds them (null: the eval loop does). */
  returnPlans: Map<number, ReturnPlan | null>;
  /** Each `break` out of a loop the region sets up, by pc: the loop's end (its block's handler). */
  breaks: Map<number, number>;
  /** Each break or continue that leaves `with` blocks on its way to its loop, by pc (jit_with.ts). */
  unwinds: Map<number, LoopExitThroughWith>;
  /** A compiled loop's bounds (see loopBounds): an instruction outside [lo, hi) is an exit. */
  bounds: LoopBounds | null;
  /** The exception handlers compiled, entered by unwinding (jit_except.ts). */
  handlers: CompiledHandler[];
  /** The END_FINALLYs that end a handler entered by an exception: they re-raise it. */
  reraises: Set<number>;
}

/** The words of a loop nest a compiled loop is limited to: from its SETUP_LOOP to its end. */
interface LoopBounds { lo: number; hi: number }

/** What is compiled: a loop (entered at its heads), a generator's body (at its resume points), a function's body (at its start). */
type JitMode = 'loop' | 'generator' | 'function';

/**
 * analyse() with the exception handlers of the region's try blocks compiled too (not in a
 * generator's body): a handler whose instructions cannot be compiled where the unwinding
 * enters it (a finally body also fallen into, at another depth) is left out, and the eval
 * loop runs it. Without any, the region analyse() finds without handlers.
 */
function analyseWithHandlers(code: Code, entry: number, entryDepth: number, mode: JitMode, bounds: LoopBounds | null = null): Region | null {
  if (mode !== 'generator') {
    const excluded = new Set<number>();
    for (let tries = 0; tries < 16; tries++) {
      const r = analyse(code, entry, entryDepth, mode, bounds, excluded);
      if (typeof r !== 'number') {
        if (r !== null) return r;
        break;
      }
      excluded.add(r);
    }
  }
  return analyse(code, entry, entryDepth, mode, bounds, null) as Region | null;
}

/** An exception edge analyse() follows once the rest is walked: a SETUP_* and its handler. */
interface PendingHandler extends CompiledHandler {
  eh: readonly number[];
  blocks: readonly StaticBlock[] | undefined;
}

/**
 * The instructions reachable from `entry` through instructions the compiler handles,
 * with their stack depths (exact: exits end the walk, so no END_FINALLY estimate is used).
 * With `excluded` (not null), also the handlers of the try blocks set up on the way, but
 * those: the answer is then a handler to exclude too when its instructions conflict.
 */
function analyse(
  code: Code, entry: number, entryDepth: number, mode: JitMode = 'loop', bounds: LoopBounds | null = null,
  excluded: Set<number> | null = null,
): Region | null | number {
  const words = code.words;
  const depth = new Map<number, number>();
  const labels = new Set<number>([entry]);
  const heads = new Set<number>();
  const resumes = new Set<number>();
  let returns = false;
  const generator = mode === 'generator';
  const work: number[] = [entry];
  depth.set(entry, entryDepth);
  let maxDepth = entryDepth;
  let closesLoop = false;
  // A function body's own blocks at each instruction (it starts with none; jit_finally.ts).
  const blocks = new Map<number, readonly StaticBlock[]>();
  const returnPlans = new Map<number, ReturnPlan | null>();
  const breaks = new Map<number, number>();
  const unwinds = new Map<number, LoopExitThroughWith>();
  if (mode === 'function') blocks.set(entry, []);
  // With handlers: the levels of the except handlers entered (EXCEPT_HANDLER blocks) at each
  // instruction, and which handler's walk reached it first (-1: the region's own flow).
  const withHandlers = excluded !== null;
  const eh = new Map<number, readonly number[]>([[entry, []]]);
  const origin = new Map<number, number>([[entry, -1]]);
  const pending: PendingHandler[] = [];
  const handlers: CompiledHandler[] = [];
  const reraises = new Set<number>();
  let current = -1;
  // A conflict on a handler's walk excludes that handler; on the region's own flow, no region.
  const fail = () => (current >= 0 ? current : null);
  for (;;) {
    if (work.length === 0) {
      // The handlers, once the rest is walked: one whose entry is reached otherwise (a finally
      // body fallen into) at another depth is left to the eval loop.
      const e = pending.shift();
      if (e === undefined) break;
      if (excluded!.has(e.handler) || handlers.some((h) => h.handler === e.handler)) continue;
      if (bounds !== null && (e.handler < bounds.lo || e.handler >= bounds.hi)) continue;
      if ((words[e.setup] & 0xff) === Op.SETUP_WITH) {
        // A `with` statement's cleanup, compiled at each raise it catches (jit_with.ts): a
        // swallowed exception goes on after the statement, its depth under the manager's.
        const after = e.handler + 3;
        if (bounds !== null && after >= bounds.hi) continue;
        const ad = e.level - 1;
        const known = depth.get(after);
        if (known !== undefined && known !== ad) return e.handler;
        const ehAfter = e.eh.slice(0, -1);
        const knownEh = eh.get(after);
        if (knownEh !== undefined && (knownEh.length !== ehAfter.length || knownEh.some((v, i) => v !== ehAfter[i]))) return e.handler;
        if (e.blocks !== undefined) {
          const outer = e.blocks.slice(0, -1);
          const knownBlocks = blocks.get(after);
          if (knownBlocks === undefined) blocks.set(after, outer);
          else if (!sameBlocks(knownBlocks, outer)) return e.handler;
        }
        if (e.level + 8 > maxDepth) maxDepth = e.level + 8;
        handlers.push({ setup: e.setup, handler: e.handler, level: e.level, withCleanup: true });
        labels.add(after);
        if (known === undefined) {
          depth.set(after, ad);
          eh.set(after, ehAfter);
          origin.set(after, e.handler);
          work.push(after);
        }
        continue;
      }
      if (depth.has(e.handler)) {
        // A finally body also fallen into: copied at each raise it catches, when straight code.
        const copy = (words[e.setup] & 0xff) === Op.SETUP_FINALLY ? finallyCopyForRaise(code, e.handler, e.level) : null;
        if (copy === null) return e.handler;
        if (copy.maxDepth > maxDepth) maxDepth = copy.maxDepth;
        handlers.push({ setup: e.setup, handler: e.handler, level: e.level, copy });
        continue;
      }
      const hd = e.level + 6;
      depth.set(e.handler, hd);
      if (hd > maxDepth) maxDepth = hd;
      eh.set(e.handler, e.eh);
      if (e.blocks !== undefined) blocks.set(e.handler, e.blocks);
      origin.set(e.handler, e.handler);
      labels.add(e.handler);
      handlers.push({ setup: e.setup, handler: e.handler, level: e.level });
      work.push(e.handler);
      continue;
    }
    const pc = work.pop()!;
    current = origin.get(pc) ?? -1;
    const d = depth.get(pc)!;
    const op = words[pc] & 0xff;
    const arg = words[pc] >> 8;
    const before = blocks.get(pc);
    if (bounds !== null && (pc < bounds.lo || pc >= bounds.hi)) continue; // an exit
    if (mode === 'function' && op === Op.RETURN_VALUE) {
      returns = true;
      if (before!.length !== 0) {
        const plan = returnPlan(code, before!);
        returnPlans.set(pc, plan);
        for (const copy of plan ?? []) if (copy !== null && typeof copy !== 'number' && copy.maxDepth > maxDepth) maxDepth = copy.maxDepth;
      }
      continue;
    }
    if (op === Op.BREAK_LOOP || op === Op.CONTINUE_LOOP) {
      // A break or continue that leaves blocks inside its loop (set up in the region): withs'
      // __exit__ called, tries' blocks dropped or their finally bodies run (copies, the break
      // or continue pending), except clauses ended; then on to the loop's end or head (a
      // continue that leaves anything else, or nothing but the loop, is an exit).
      const loop = loopsAround(code, pc).pop() ?? null;
      const level = loop === null ? undefined : depth.get(loop.lo) ?? entryLoopLevel(code, entry, entryDepth, loop);
      const ehHere = eh.get(pc) ?? [];
      const left = loop === null || level === undefined ? null : blocksInside(words, loop.lo, pc, (i) => depth.get(i), ehHere, level);
      const isBreak = op === Op.BREAK_LOOP;
      // A finally body run with the break (Why.BREAK) or the continue (its target, Why.CONTINUE) pending.
      for (const b of left ?? []) if (b.kind === 'finally') b.copy = finallyCopyForJump(code, b.handler, b.depth, isBreak ? 1 : 2) ?? undefined;
      if (left !== null && left.length !== 0 && left.every((b) => b.kind !== 'finally' || b.copy !== undefined)) {
        const k = left.length;
        const target = isBreak ? loop!.hi : arg >> 1;
        const td = isBreak || (words[target] & 0xff) !== Op.FOR_ITER ? level! : level! + 1;
        if (before !== undefined) {
          // The blocks on top: these (innermost last), then the loop's.
          const top = before.slice(-(k + 1));
          const op = { with: Op.SETUP_WITH, except: Op.SETUP_EXCEPT, finally: Op.SETUP_FINALLY, handler: EXCEPT_HANDLER };
          if (top.length !== k + 1 || top[0].op !== Op.SETUP_LOOP || top[0].handler !== loop!.hi ||
              left.some((b, i) => top[k - i].op !== op[b.kind] || top[k - i].handler !== b.handler || top[k - i].depth !== b.depth)) continue;
          const after = before.slice(0, before.length - k - (isBreak ? 1 : 0));
          const known = blocks.get(target);
          if (known === undefined) blocks.set(target, after);
          else if (!sameBlocks(known, after)) return fail();
        }
        unwinds.set(pc, { withs: left, loopEnd: loop!.hi, target, targetDepth: td, isBreak });
        for (const b of left) {
          if (b.depth + 3 > maxDepth) maxDepth = b.depth + 3;
          if (b.copy !== undefined && b.copy.maxDepth > maxDepth) maxDepth = b.copy.maxDepth;
        }
        labels.add(target);
        if (target <= pc) {
          heads.add(target);
          if (target === entry) closesLoop = true;
        }
        const ehTarget = ehHere.filter((l) => l < level!);
        const knownEh = eh.get(target);
        if (knownEh === undefined) eh.set(target, ehTarget);
        else if (knownEh.length !== ehTarget.length || knownEh.some((v, i) => v !== ehTarget[i])) return fail();
        const known = depth.get(target);
        if (known === undefined) {
          depth.set(target, td);
          origin.set(target, current);
          work.push(target);
        } else if (known !== td) return fail();
        continue;
      }
    }
    if (op === Op.BREAK_LOOP) {
      // A break out of a loop set up inside the region (its SETUP_LOOP's depth known): to the
      // loop's end, at that depth, once its block is dropped. Any other break is an exit (also
      // one that finds another block on top when it runs, see loopSource).
      const loop = loopsAround(code, pc).pop() ?? null; // the innermost
      const level = loop === null ? undefined : depth.get(loop.lo);
      if (loop === null || level === undefined) continue;
      if (before !== undefined) {
        const top = before[before.length - 1];
        if (top === undefined || top.op !== Op.SETUP_LOOP || top.handler !== loop.hi) continue;
        const after = before.slice(0, -1);
        const known = blocks.get(loop.hi);
        if (known === undefined) blocks.set(loop.hi, after);
        else if (!sameBlocks(known, after)) return fail();
      }
      breaks.set(pc, loop.hi);
      labels.add(loop.hi);
      const known = depth.get(loop.hi);
      if (known === undefined) {
        depth.set(loop.hi, level);
        work.push(loop.hi);
      } else if (known !== level) return fail();
      continue;
    }
    if (generator && (op === Op.YIELD_VALUE || op === Op.YIELD_FROM || op === Op.RETURN_VALUE || op === Op.GET_YIELD_FROM_ITER)) {
      // A generator body's yield returns the value, and is entered again after it (`yield
      // from`: at it, to take the delegate's next value); its return ends it.
      if (op === Op.RETURN_VALUE) continue;
      const resume = op === Op.YIELD_VALUE ? pc + 1 : op === Op.YIELD_FROM ? pc : -1;
      if (resume >= 0) {
        resumes.add(resume);
        labels.add(resume);
      }
    } else if (!OPS_HANDLED.has(op)) continue; // an exit
    // A body that ends raising (no return on the way) is worth compiling too: it raises out of its frame.
    if (withHandlers && mode === 'function' && op === Op.RAISE_VARARGS) returns = true;
    const ehHere = eh.get(pc) ?? [];
    if (withHandlers && op === Op.END_FINALLY && ehHere.length !== 0 && ehHere[ehHere.length - 1] === d - 6) {
      // The end of a handler entered by an exception, which it re-raises (jit_except.ts).
      reraises.add(pc);
      continue;
    }
    if (withHandlers && (op === Op.SETUP_EXCEPT || op === Op.SETUP_FINALLY || (op === Op.SETUP_WITH && isWithCleanup(words, pc + 1 + (arg >> 1))))) {
      // Unwinding enters the handler with six values above the block's level, in an except
      // handler's block (a with's block is at the depth its SETUP_WITH leaves __exit__ under).
      pending.push({
        setup: pc, handler: pc + 1 + (arg >> 1), level: d, eh: [...ehHere, d],
        blocks: before === undefined ? undefined : [...before, { op: EXCEPT_HANDLER, handler: -1, depth: d }],
      });
    }
    const ehNext = op === Op.POP_EXCEPT ? ehHere.slice(0, -1) : ehHere;
    for (const [next, jumps] of successors(op, arg, pc)) {
      if (next < 0 || next >= words.length) return fail();
      const nd = d + jitStackEffect(op, arg, jumps); // SETUP_*: its body; its handler is no successor
      if (nd < 0) return fail();
      if (jumps) {
        labels.add(next);
        if (next <= pc) {
          heads.add(next);
          if (next === entry) closesLoop = true;
        }
      }
      if (before !== undefined) {
        const after = jumps ? before : blocksAfter(before, op, arg, pc, d);
        if (after === null) return fail();
        const knownBlocks = blocks.get(next);
        if (knownBlocks === undefined) blocks.set(next, after);
        else if (!sameBlocks(knownBlocks, after)) return fail();
      }
      const knownEh = eh.get(next);
      if (knownEh === undefined) eh.set(next, ehNext);
      else if (knownEh.length !== ehNext.length || knownEh.some((v, i) => v !== ehNext[i])) return fail();
      const known = depth.get(next);
      if (known === undefined) {
        depth.set(next, nd);
        origin.set(next, current);
        if (nd > maxDepth) maxDepth = nd;
        work.push(next);
      } else if (known !== nd) return fail(); // not the bytecode the compiler emits
    }
  }
  return { depth, labels, maxDepth, closesLoop, heads, resumes, returns, returnPlans, breaks, unwinds, bounds, handlers, reraises };
}

/** Whether the words at `at` are a `with` statement's cleanup as the compiler emits it: WITH_CLEANUP_START, WITH_CLEANUP_FINISH, END_FINALLY. */
function isWithCleanup(words: ArrayLike<number>, at: number): boolean {
  return (words[at] & 0xff) === Op.WITH_CLEANUP_START && (words[at + 1] & 0xff) === Op.WITH_CLEANUP_FINISH && (words[at + 2] & 0xff) === Op.END_FINALLY;
}

/**
 * The level of `loop`'s block when the region is entered at its head (its SETUP_LOOP is not
 * in the region): the entry's depth, less the iterator a `for` loop's head has on top.
 * Undefined when the entry is not that loop's head (it is inside a loop nested in it).
 */
function entryLoopLevel(code: Code, entry: number, entryDepth: number, loop: LoopBounds): number | undefined {
  if (loopsAround(code, entry).pop()?.lo !== loop.lo) return undefined;
  return (code.words[entry] & 0xff) === Op.FOR_ITER ? entryDepth - 1 : entryDepth;
}

/**
 * The loop nests around `pc`, outermost first: each SETUP_LOOP's word and the end its block's
 * handler jumps to (3.7 bytecode nests them by range).
 */
function loopsAround(code: Code, pc: number): LoopBounds[] {
  const words = code.words;
  const nests: LoopBounds[] = [];
  for (let i = 0; i < pc; i++) {
    if ((words[i] & 0xff) !== Op.SETUP_LOOP) continue;
    const hi = i + 1 + ((words[i] >> 8) >> 1);
    if (hi > pc) nests.push({ lo: i, hi });
  }
  return nests;
}

/**
 * The longest compiled function (in characters of source) worth making: V8 never optimises a
 * function of more than 60 KB of its bytecode (--max-optimized-bytecode-size), about 120,000
 * characters of ours, and left to V8's interpreter such a function runs slower than the eval
 * loop. (A whole `main()` of ten loops, compiled as one, took 3x the eval loop's time.)
 */
const MAX_SOURCE = 100_000;

/**
 * The bounds a compiled loop entered at `entry` may take, widest first: each loop nest
 * (SETUP_LOOP to its end) around it, from the outermost, so that a turn of an outer loop
 * runs compiled too; but never what comes after it. A loop without a SETUP_LOOP around it (a
 * comprehension's) has no bounds but its code's.
 */
function loopBounds(code: Code, entry: number): (LoopBounds | null)[] {
  const nests = loopsAround(code, entry);
  return nests.length === 0 ? [null] : nests;
}

/** Compiles the loop entered at `entry` (word index) with `entryDepth` values on the operand stack, or returns null. */
export function compileLoop(
  vm: VM, code: Code, entry: number, entryDepth: number, local?: (i: number) => PyObject | undefined,
): JitEntry | null {
  // The largest loop nest around the entry whose compiled function V8 will still optimise.
  let region: Region | null = null;
  let inlined: InlineRecord[] = [];
  let source: string | null = null;
  for (const bounds of loopBounds(code, entry)) {
    region = analyseWithHandlers(code, entry, entryDepth, 'loop', bounds);
    if (region === null || !region.closesLoop) return null;
    inlined = [];
    const inlines = findInlines(vm, code, region, inlined, local);
    source = loopSource(code, entry, region, inlines, inlined.length, 'loop', local);
    if (source === null) return null;
    if (source.length <= MAX_SOURCE) break;
  }
  if (region === null || source === null || source.length > MAX_SOURCE) return null;
  if (vm.jitDump) vm.io.stderr(`# tpy jit: ${code.co_qualname} (${code.co_filename}:${code.co_firstlineno}), loop at offset ${entry * 2}\n${source}\n`);
  const compiled = instantiate<JitEntry>(code, source, inlined);
  // The loops nested in it, or around it, are entered here too, at the depths found there.
  const depths = (code.jitDepths ??= new Map());
  for (const head of region.heads) {
    if (code.jitEntries!.has(head)) continue;
    code.jitEntries!.set(head, compiled);
    depths.set(head, region.depth.get(head)!);
  }
  return compiled;
}

/**
 * Compiles the body of generator code from the resume point `entry` (the word after a yield)
 * with `entryDepth` values on the operand stack, the sent value on top, or returns null: the
 * instructions the loop compiler handles, up to the next yields, a return or exits. Only a
 * body that reaches a yield again is worth it. Every resume point of the body maps to it.
 */
export function compileGenerator(vm: VM, code: Code, entry: number, entryDepth: number): GenEntry | null {
  const region = analyse(code, entry, entryDepth, 'generator') as Region | null;
  if (region === null || region.resumes.size === 0) return null;
  const inlined: InlineRecord[] = [];
  const inlines = findInlines(vm, code, region, inlined);
  const source = loopSource(code, entry, region, inlines, inlined.length, 'generator');
  if (source === null) return null;
  if (vm.jitDump) vm.io.stderr(`# tpy jit: ${code.co_qualname} (${code.co_filename}:${code.co_firstlineno}), generator body at offset ${entry * 2}\n${source}\n`);
  const compiled = instantiate<GenEntry>(code, source, inlined);
  const entries = (code.genEntries ??= new Map());
  const depths = (code.genDepths ??= new Map());
  // The points it can be entered at: after its yields, and its entry (a generator's start).
  // Also one found not worth a body of its own before (a @contextmanager generator's last
  // resume runs to its return without another yield): this body runs it from there.
  for (const at of [entry, ...region.resumes]) {
    if (entries.get(at) != null) continue;
    entries.set(at, compiled);
    depths.set(at, region.depth.get(at)!);
  }
  code.genLastAt = -1;
  return compiled;
}

/**
 * Compiles a function's body from its start, its arguments in its first locals, or returns
 * null: the instructions the loop compiler handles, up to its returns or exits. Only a body
 * that can reach a return is worth it (vm/jit_call.ts runs it).
 */
export function compileFunction(vm: VM, code: Code): FnEntry | null {
  const region = analyseWithHandlers(code, 0, 0, 'function');
  if (region === null || !region.returns) return null;
  const inlined: InlineRecord[] = [];
  const inlines = findInlines(vm, code, region, inlined);
  const source = loopSource(code, 0, region, inlines, inlined.length, 'function');
  if (source === null || source.length > MAX_SOURCE) return null;
  if (vm.jitDump) vm.io.stderr(`# tpy jit: ${code.co_qualname} (${code.co_filename}:${code.co_firstlineno}), function body\n${source}\n`);
  return instantiate<FnEntry>(code, source, inlined);
}

/** Makes the compiled function from its factory's source. The code's constants, names and caches reach it as arguments, never as source text. */
function instantiate<T>(code: Code, source: string, inlined: InlineRecord[]): T {
  const factory = new Function('H', 'CODE', 'K', 'N', 'AC', 'GC', 'INL', source) as (
    h: typeof jitHelpers, code: Code, k: PyObject[], n: string[], ac: Code['attrCache'], gc: Code['globalCache'], inl: InlineRecord[],
  ) => T;
  return factory(jitHelpers, code, code.co_consts, code.co_names, code.attrCache, code.globalCache, inlined);
}

/** What compiled code knows of a function it runs inline (jit_ops.ts's inlineCall). */
interface InlineRecord {
  func: PyFunction;
  code: Code;
  K: PyObject[];
  N: string[];
  AC: Code['attrCache'];
  GC: Code['globalCache'];
  globals: PyDict;
  builtins: PyDict;
}

/**
 * The instructions a function may have to be run inline: the handled ones but those with a
 * side effect the caller could see (stores into objects, closure cells and globals, blocks,
 * iterators advanced, calls, appends), and its return. An inlined body that leaves is run
 * again from its call, so it must not have changed anything before.
 */
const LEAF_OPS = new Set<number>([...OPS_HANDLED, Op.RETURN_VALUE]);
for (const op of [Op.STORE_SUBSCR, Op.STORE_ATTR, Op.STORE_DEREF, Op.STORE_GLOBAL, Op.STORE_NAME, Op.SETUP_LOOP, Op.SETUP_EXCEPT, Op.SETUP_FINALLY, Op.END_FINALLY, Op.POP_BLOCK, Op.FOR_ITER, Op.CALL_FUNCTION, Op.CALL_METHOD, Op.CALL_FUNCTION_KW, Op.CALL_FUNCTION_EX, Op.LIST_APPEND, Op.RAISE_VARARGS, Op.POP_EXCEPT, Op.DELETE_FAST, Op.SETUP_WITH, Op.WITH_CLEANUP_START, Op.WITH_CLEANUP_FINISH]) {
  LEAF_OPS.delete(op);
}
// The cold ones run on a frame (executeCold), which an inlined function has not.
for (const op of OPS_COLD) LEAF_OPS.delete(op);

/** Largest function run inline, in instructions. */
const INLINE_MAX_WORDS = 64;

/**
 * The calls of the region worth running inline (jit_ops.ts's inlineCall): `name(args)` where
 * the global `name`, as the loop last saw it, is a small function of positional parameters
 * made only of LEAF_OPS without loops, and `obj.name(args)` where the method the site's
 * cache holds (for every class seen) is such a function. Their records go into `records`.
 */
function findInlines(
  vm: VM, code: Code, region: Region, records: InlineRecord[], local?: (i: number) => PyObject | undefined,
): Map<number, InlinedCall> {
  const inlines = new Map<number, InlinedCall>();
  const words = code.words;
  for (const { pc, method, argc, at } of callSites(code, region)) {
    const pusher = words[at] & 0xff;
    const byCode = !method && pusher === Op.LOAD_FAST;
    if (pusher !== (method ? Op.LOAD_METHOD : globalLoad(code, pusher)) && !(byCode && local !== undefined)) continue;
    const func = method ? singleMethod(code, at + 1) : byCode ? local!(words[at] >> 8) : code.globalCache[words[at] >> 8]?.slot.value;
    if (!(func instanceof PyFunction)) continue;
    const callee = func.code;
    if (callee === code || callee.co_argcount !== argc || callee.co_kwonlyargcount !== 0 || callee.co_cellvars.length !== 0) continue;
    if ((callee.co_flags & (CO_GENLIKE | CO_VARARGS | CO_VARKEYWORDS)) !== 0 || callee.words.length > INLINE_MAX_WORDS) continue;
    const body = analyse(callee, 0, 0) as Region | null;
    if (body === null || body.heads.size !== 0) continue;
    if ([...body.depth.keys()].some((p) => !LEAF_OPS.has(callee.words[p] & 0xff))) continue;
    const k = records.length;
    records.push({
      func, code: callee, K: callee.co_consts, N: callee.co_names, AC: callee.attrCache, GC: callee.globalCache,
      globals: func.globals, builtins: func.builtins,
    });
    inlines.set(pc, { ref: `I${k}`, prefix: `c${k}`, code: callee, depth: body.depth, labels: body.labels, byCode });
  }
  return inlines;
}

/**
 * Module-level code about to be compiled: LOAD_NAME's cache entries made for the names it
 * finds (the eval loop's LOAD_NAME makes none, jit_ops.ts's does), so that the calls the loop
 * makes are known when it is compiled (findInlines, plainCallSites).
 */
function primeNameCaches(code: Code, globals: PyDict, builtins: PyDict): void {
  const words = code.words;
  for (let pc = 0; pc < words.length; pc++) {
    if ((words[pc] & 0xff) !== Op.LOAD_NAME) continue;
    const c = code.globalCache[words[pc] >> 8];
    if (c === undefined || c.keysVersion !== globals.keysVersion) findGlobal(code, words[pc] >> 8, globals, builtins);
  }
}

/**
 * `op` when it may load a global through LOAD_GLOBAL's cache: LOAD_GLOBAL, and LOAD_NAME in
 * module-level code and class bodies (after their namespace, jit_ops.ts; a call inlined is
 * checked to be of the function seen, whichever dict it came from).
 */
function globalLoad(code: Code, op: number): number {
  return op === Op.LOAD_NAME && (code.co_flags & CO_OPTIMIZED) === 0 ? Op.LOAD_NAME : Op.LOAD_GLOBAL;
}

/**
 * The region's CALL_FUNCTION and CALL_METHOD sites: `argc` counts the callee's arguments (for a
 * method, self first), `at` is the instruction that pushed the callee (LOAD_GLOBAL,
 * LOAD_METHOD, which replaces the object with [method, self], LOAD_FAST...): the last one
 * before the call starting at that depth. Sites where it cannot be told are left out.
 */
function* callSites(code: Code, region: Region): Generator<{ pc: number; method: boolean; argc: number; at: number }> {
  const words = code.words;
  for (const [pc, d] of region.depth) {
    const op = words[pc] & 0xff;
    if (op !== Op.CALL_FUNCTION && op !== Op.CALL_METHOD) continue;
    const method = op === Op.CALL_METHOD;
    const argc = (words[pc] >> 8) + (method ? 1 : 0);
    const pushed = d - argc - (method ? 0 : 1);
    let at = pc - 1;
    while (at >= 0 && region.depth.has(at) && region.depth.get(at)! > pushed) at--;
    if (!region.depth.has(at) || region.depth.get(at) !== pushed) continue;
    yield { pc, method, argc, at };
  }
}

/**
 * The CALL_FUNCTION and CALL_METHOD sites of the region whose callee, as the caches of the
 * instruction that pushed it have it, is a built-in with a plain entry for the call's count
 * (jit_ops.ts tries that entry first there): `len(x)` through LOAD_GLOBAL, `w.lower()`
 * through LOAD_METHOD, for any class the site has seen.
 */
function plainCallSites(code: Code, region: Region): Set<number> {
  const sites = new Set<number>();
  const words = code.words;
  for (const { pc, method, argc, at } of callSites(code, region)) {
    if (argc < 1 || argc > 3) continue;
    const pusher = words[at] & 0xff;
    if (pusher !== (method ? Op.LOAD_METHOD : globalLoad(code, pusher))) continue;
    const seen = method ? code.attrCache[at + 1]?.values ?? [] : [code.globalCache[words[at] >> 8]?.slot.value];
    if (seen.some((f) => hasPlainEntry(f, argc))) sites.add(pc);
  }
  return sites;
}

function hasPlainEntry(f: PyObject | undefined, argc: number): boolean {
  if (f instanceof PyMethodDescriptor || f instanceof PyBuiltinFunction) return (argc === 1 ? f.plain1 : argc === 2 ? f.plain2 : f.plain3) !== null;
  return f instanceof PyType && (argc === 1 ? f.plain1 : argc === 2 ? f.plain2 : null) !== null;
}

/**
 * The method a LOAD_METHOD site (its cache keyed `at`) found for every class it has seen, if
 * one: a single class, or subclasses that all inherit it (the call's guard compares the
 * function found, whatever the class).
 */
function singleMethod(code: Code, at: number): PyObject | undefined {
  const c = code.attrCache[at];
  if (c === undefined || c.values.length === 0) return undefined;
  const m = c.values[0];
  return c.values.every((v) => v === m) ? m : undefined;
}

/** Whether the attribute read at `pc` met what only its slow path reads, in the eval loop's runs before the compile. */
function slowBySite(code: Code, pc: number): boolean {
  const op = code.words[pc] & 0xff;
  return (op === Op.LOAD_ATTR || op === Op.LOAD_METHOD) && readsPastInline(code, pc + 1, op === Op.LOAD_METHOD);
}

/** The JavaScript source of the factory that returns the compiled loop. */
function loopSource(
  code: Code, entry: number, region: Region, inlines: Map<number, InlinedCall>, ninlined: number, mode: JitMode,
  local?: (i: number) => PyObject | undefined,
): string | null {
  const generator = mode === 'generator';
  const words = code.words;
  const scope = loopScope(code, generator);
  scope.quietCheck = mode === 'function';
  scope.plainCalls = plainCallSites(code, region);
  // A function body without loops is written as nested blocks, one per jump target, each
  // left by `break` (a forward jump): straight code, where the switch that loops back for
  // every jump would have V8 merge every variable at its head (slower code, and most of
  // V8's time compiling it).
  const structured = mode === 'function' && region.heads.size === 0;
  if (structured) scope.jump = (target) => `break L${target};`;
  const nlocals = code.co_nlocals;
  // A raise at `pc` to the handlers compiled (jit_except.ts), a finally body also fallen into
  // written there as a copy (raiseThroughFinally); a raise inside such a copy leaves those to
  // the eval loop, so that copies never nest.
  let inRaiseCopy = false;
  const dispatch = (pc: number, d: number, reraise: boolean, fallback: string, outPc?: string): string[] =>
    raiseDispatch(pc, d, nlocals, reraise, region.handlers, (t) => scope.jump(t), mode === 'function', fallback, (h) => {
      if (inRaiseCopy) return null;
      inRaiseCopy = true;
      try {
        return h.withCleanup ? raiseThroughWith(h) : raiseThroughFinally(h);
      } finally {
        inRaiseCopy = false;
      }
    }, outPc);
  if (!generator) {
    // A call whose callee raised out of its frame: as a raise there (jit_except.ts).
    scope.raise = (pc, d) => dispatch(pc, d, false, `{ vm.jitRaised = rx; rx = null; pc = ${pc + 1}; xd = ${d}; leave(); break loop; }`);
  }
  // Which slow paths are compiled in (countExit): those taken often, or all of them.
  const all = allSlowPaths || code.jitRecompiles > 1;
  // Also an attribute read the eval loop's runs saw take the slow path (readsPastInline).
  const slowAt = (pc: number) => all || code.jitSlow.has(pc) || slowBySite(code, pc);
  const pcs = [...region.depth.keys()].sort((a, b) => a - b);
  if (local !== undefined) scope.floats = new FloatKnowledge(speculatedFloatSites(code, pcs, local, slowAt));
  const readLocals = new Set<number>();
  // The locals the region stores to, known before any instruction is written: a native call
  // writes them all back into the frame first.
  const writtenLocals = new Set<number>();
  const stores = (pc: number) => (words[pc] & 0xff) === Op.STORE_FAST || (words[pc] & 0xff) === Op.DELETE_FAST;
  for (const pc of region.depth.keys()) if (stores(pc)) writtenLocals.add(words[pc] >> 8);
  for (const plan of region.returnPlans.values()) {
    for (const copy of plan ?? []) {
      if (copy !== null && typeof copy !== 'number') for (const pc of copy.depth.keys()) if (stores(pc)) writtenLocals.add(words[pc] >> 8);
    }
  }
  for (const h of region.handlers) if (h.copy !== undefined) for (const pc of h.copy.depth.keys()) if (stores(pc)) writtenLocals.add(words[pc] >> 8);
  for (const u of region.unwinds.values()) {
    for (const b of u.withs) if (b.copy !== undefined) for (const pc of b.copy.depth.keys()) if (stores(pc)) writtenLocals.add(words[pc] >> 8);
  }
  // A call writes back only the locals stored to since the last call that wrote them all
  // back. Not where an exception or a return goes through a handler or a finally copy
  // (edges the analysis does not follow), nor in a generator (entered at its resumes with
  // its own slots).
  const unwindCopies = [...region.unwinds.values()].some((u) => u.withs.some((b) => b.copy !== undefined));
  if (!generator && region.handlers.length === 0 && region.returnPlans.size === 0 && !unwindCopies) {
    const callWritesBack = (pc: number) => {
      const op = words[pc] & 0xff;
      return (op === Op.CALL_FUNCTION || op === Op.CALL_METHOD) && scope.onStack && !scope.plainCalls!.has(pc) && inlines.get(pc) === undefined;
    };
    const dirty = dirtyLocalsBefore(words, region, [entry, ...region.labels], callWritesBack);
    scope.dirtyAt = (pc) => dirty.get(pc);
  }
  let copies = 0;
  const body: string[] = [];
  // An instruction emitInstruction does not write leaves nothing known about floats in operands.
  let modelled = false;
  const emit = (pc: number): string[] => {
    modelled = false;
    const out = emitAny(pc);
    if (!modelled) scope.floats?.stack.clear();
    return out;
  };
  const emitAny = (pc: number): string[] => {
    const op = words[pc] & 0xff;
    const d = region.depth.get(pc)!;
    const bounds = region.bounds;
    if (bounds !== null && (pc < bounds.lo || pc >= bounds.hi)) return [`${exit(pc, d)} // ${pc * 2}: past the compiled loop`];
    if (generator && op === Op.YIELD_VALUE) return yieldSnippet(pc, d);
    if (generator && op === Op.YIELD_FROM) return yieldFromSnippet(pc, d);
    if (generator && op === Op.GET_YIELD_FROM_ITER) return getYieldFromIterSnippet(pc, d);
    if (mode === 'function' && op === Op.RETURN_VALUE) {
      // A return with no block on the frame (known when compiling: the body starts with none)
      // hands back the value (vm/jit_call.ts pops the frame), unless tpy code holds the frame
      // (the eval loop's RETURN_VALUE then keeps its locals); one under blocks unwinds them as
      // its plan says, or is an exit when a finally body on the way cannot be copied.
      const plan = region.returnPlans.get(pc);
      // A frame someone holds (a traceback, sys._getframe) keeps its locals as they are at its return.
      // (Its f_lineno the line of the instruction that returned: `at`, the word after it.)
      const keepLocals = (at: number) =>
        ['if (f.escaped) {', ...writeBackLocals(writtenLocals).map((l) => `  ${l}`), `  f.pc = ${at};`, '  f.snapshotLocals(stack);', '}'];
      if (plan === undefined) return [`// ${pc * 2} RETURN_VALUE`, ...keepLocals(pc + 1), `return s${d - 1};`];
      if (plan === null) return [`${exit(pc, d)} // RETURN_VALUE through a finally body not compiled`];
      const copyScope = { ...scope, floats: undefined };
      return returnThroughBlocks(pc, d, plan, copies++, (p, pd, jump) => {
        copyScope.jump = jump;
        return emitInstruction(copyScope, p, pd, readLocals, writtenLocals, slowAt);
      }, keepLocals);
    }
    if (!generator && op === Op.RAISE_VARARGS) return raiseSnippet(pc, d, words[pc] >> 8);
    if (!generator && op === Op.END_FINALLY && region.reraises.has(pc)) {
      // The end of a handler entered by an exception (the exception's class on top): re-raises it.
      return [
        `// ${pc * 2} END_FINALLY: re-raises`,
        `if (!(s${d - 1} instanceof PyType)) ${exit(pc, d)}`,
        `rx = s${d - 2};`,
        ...dispatch(pc, d, true, `{ rx = null; ${exit(pc, d)} }`),
      ];
    }
    if (generator && op === Op.RETURN_VALUE) return returnSnippet(pc, d);
    const unwind = region.unwinds.get(pc);
    if (unwind !== undefined) return loopExitThroughWith(pc, d, unwind);
    if (op === Op.BREAK_LOOP && region.breaks.has(pc)) {
      // As the eval loop's unwinding for a break, when the loop's block is the top one.
      const end = region.breaks.get(pc)!;
      return [
        `// ${pc * 2} BREAK_LOOP`,
        `if (f.blocks.length < 3 || f.blocks[f.blocks.length - 3] !== ${Op.SETUP_LOOP} || f.blocks[f.blocks.length - 2] !== ${end}) ${exit(pc, d)}`,
        // The loop's operands go: a generator it owns is closed (owned_iterators.ts).
        'if (f.ownedIters !== null) dropOwned(vm, f, f.blocks[f.blocks.length - 1]);',
        'popBlock(f.blocks);',
        `${scope.jump(end)}`,
      ];
    }
    if (!OPS_HANDLED.has(op)) return [`${exit(pc, d)} // ${Op[op] ?? op}`];
    modelled = true;
    return emitInstruction(scope, pc, d, readLocals, writtenLocals, slowAt, inlines);
  };
  // A break or continue leaving `with` blocks (jit_with.ts), as the eval loop unwinds them:
  // when the frame's top blocks are theirs and the loop's, each with's block is popped and
  // its __exit__ called (as its cleanup would, at its WITH_CLEANUP_START), innermost first;
  // then the loop's block goes (a break) and the jump is made. A hook set by an __exit__
  // leaves for the eval loop with the frame as that cleanup has it then (the pending break
  // or continue under __exit__'s result).
  const loopExitThroughWith = (pc: number, d: number, u: LoopExitThroughWith): string[] => {
    const k = u.withs.length;
    const n = 3 * (k + 1);
    const tests = [`b.length < ${n}`, `b[b.length - ${n}] !== ${Op.SETUP_LOOP}`, `b[b.length - ${n - 1}] !== ${u.loopEnd}`];
    const type = { with: Op.SETUP_FINALLY, except: Op.SETUP_EXCEPT, finally: Op.SETUP_FINALLY, handler: EXCEPT_HANDLER };
    u.withs.forEach((w, i) => {
      tests.push(`b[b.length - ${3 * i + 3}] !== ${type[w.kind]}`, `b[b.length - ${3 * i + 1}] !== ${nlocals + w.depth}`);
      if (w.kind !== 'handler') tests.push(`b[b.length - ${3 * i + 2}] !== ${w.handler}`);
    });
    const out = [`// ${pc * 2} ${Op[words[pc] & 0xff]} through ${u.withs.map((w) => w.kind).join(', ')}`];
    out.push('{', `  const b = f.blocks;`, `  if (${tests.join(' || ')}) ${exit(pc, d)}`, '}');
    out.push(...writeBackLocals(scope.dirtyAt?.(pc) ?? writtenLocals));
    for (const w of u.withs) {
      if (w.kind === 'handler') {
        // An except clause ends: the exception handled before comes back (unwindExceptHandler).
        out.push(`restoreExc(vm, f, s${w.depth + 1});`, 'popBlock(f.blocks);');
        continue;
      }
      out.push('if (f.ownedIters !== null) dropOwned(vm, f, f.blocks[f.blocks.length - 1]);', 'popBlock(f.blocks);');
      if (w.kind === 'except') continue;
      if (w.kind === 'finally') {
        // Its body, a copy entered as the eval loop enters it, with the break or continue pending.
        const copy = w.copy!;
        const at = w.depth;
        const c = copies++;
        const copyScope = { ...scope, floats: undefined };
        out.push(`// the finally body at ${copy.handler * 2}, for the ${u.isBreak ? 'break' : 'continue'}`);
        out.push(u.isBreak ? `s${at} = ${Why.BREAK};` : `s${at} = ${u.target}; s${at + 1} = ${Why.CONTINUE};`);
        out.push(...finallyCopyBody(copy, (t) => `J${c}_${t}`, (p, pd, jump) => {
          copyScope.jump = jump;
          return emitInstruction(copyScope, p, pd, readLocals, writtenLocals, slowAt);
        }));
        out.push(`// ${copy.end * 2} END_FINALLY: the ${u.isBreak ? 'break' : 'continue'} goes on`);
        continue;
      }
      const e = w.depth - 1; // its __exit__'s slot
      const pending = u.isBreak
        ? `s${e} = ${Why.BREAK}; s${e + 1} = None; s${e + 2} = r; xd = ${e + 3};`
        : `s${e} = ${u.target}; s${e + 1} = ${Why.CONTINUE}; s${e + 2} = None; s${e + 3} = r; xd = ${e + 4};`;
      out.push(
        '{',
        `  f.sp = S + ${e}; f.pc = ${w.handler + 1}; pc = ${w.handler}; xd = ${e};`,
        `  const r = withExit(vm, s${e});`,
        `  if (vm.hooked) { ${pending} pc = ${w.handler + 1}; break loop; }`,
        '}',
      );
    }
    if (u.isBreak) {
      out.push('if (f.ownedIters !== null) dropOwned(vm, f, f.blocks[f.blocks.length - 1]);', 'popBlock(f.blocks);', scope.jump(u.target));
    } else {
      const td = u.targetDepth;
      out.push(`if (f.ownedIters !== null) dropOwned(vm, f, ${nlocals + td});`);
      out.push(`{ pc = ${u.target}; if (--vm.countdown <= ${scope.countdownFloor}${scope.quietCheck ? ' && !vm.checkQuietly()' : ''}) { xd = ${td}; break loop; } continue loop; }`);
    }
    return out;
  };
  // A generator body's yield leaves the frame suspended after it, as the eval loop's YIELD_VALUE
  // does (its slots hold the locals and the operands under the value), and returns the value.
  // A native draining the generator takes the value there and then (GenSink): on from the yield.
  const yieldSnippet = (pc: number, d: number): string[] => [
    `// ${pc * 2} YIELD_VALUE`,
    `if (sink !== null && sink(s${d - 1})) { s${d - 1} = None; ${scope.jump(pc + 1)} }`,
    '{',
    ...writeBackLocals(writtenLocals).map((l) => `  ${l}`),
    ...Array.from({ length: d - 1 }, (_, i) => `  stack[S + ${i}] = s${i};`),
    `  f.sp = S + ${d - 1}; f.pc = ${pc + 1};`,
    `  return s${d - 1};`,
    '}',
  ];
  // `yield from` a list, tuple or range iterator, or a generator it can resume from here
  // (genNext): yields the delegate's next value, suspended at the YIELD_FROM as the eval loop
  // leaves it (the delegate on top of the operands); once the delegate is done, its result.
  // Anything else, or a value sent, is an exit: the eval loop runs the YIELD_FROM.
  const yieldFromSnippet = (pc: number, d: number): string[] => [
    `// ${pc * 2} YIELD_FROM`,
    '{',
    `  const it = s${d - 2};`,
    '  let v;',
    `  if (s${d - 1} !== None) ${exit(pc, d)}`,
    // A generator by its class first (one compare; see FOR_ITER in jit_ops.ts).
    '  const delegate = it.cls === generatorType;',
    '  if (delegate) {',
    ...writeBackLocals(writtenLocals).map((l) => `    ${l}`),
    `    f.sp = S + ${d}; f.pc = ${pc + 1}; pc = ${pc}; xd = ${d};`,
    '    v = genNext(vm, it, true);',
    `    if (v === INTERPRET) ${exit(pc, d)}`,
    '  } else if (it instanceof PyListIterator) {',
    '    const l = it.list;',
    '    v = l !== null && it.index < l.items.length ? l.items[it.index++] : listIterEnd(it);',
    '  } else if (it instanceof PyRangeIterator) v = it.index < it.length ? it.range.start + it.range.step * it.index++ : undefined;',
    '  else if (it instanceof PyTupleIterator) v = it.index < it.tuple.items.length ? it.tuple.items[it.index++] : tupleIterEnd(it);',
    `  else ${exit(pc, d)}`,
    '  if (v !== undefined) {',
    `    if (sink !== null && sink(v)) ${scope.jump(pc)}`,
    ...writeBackLocals(writtenLocals).map((l) => `    ${l}`),
    ...Array.from({ length: d - 1 }, (_, i) => `    stack[S + ${i}] = s${i};`),
    `    f.sp = S + ${d - 1}; f.pc = ${pc};`,
    '    return v;',
    '  }',
    `  s${d - 2} = delegate ? genReturnValue() : None;`,
    '}',
  ];
  // The delegate of `yield from`: a list's, tuple's or range's iterator, or a generator itself.
  const getYieldFromIterSnippet = (pc: number, d: number): string[] => [
    `// ${pc * 2} GET_YIELD_FROM_ITER`,
    '{',
    `  const o = s${d - 1};`,
    `  if (typeof o === 'object' && !o.cls.isHeapType && o instanceof PyList) s${d - 1} = new PyListIterator(o);`,
    `  else if (typeof o === 'object' && !o.cls.isHeapType && o instanceof PyTuple) s${d - 1} = new PyTupleIterator(o);`,
    `  else if (typeof o === 'object' && !o.cls.isHeapType && o instanceof PyRange) s${d - 1} = new PyRangeIterator(o);`,
    `  else if (!(o instanceof PyGenerator)) ${exit(pc, d)}`,
    '}',
  ];
  // `raise` (arg 0: a re-raise of the exception being handled), as the eval loop's RAISE_VARARGS
  // makes the exception, then to a compiled handler, out of the frame or to the eval loop.
  const raiseSnippet = (pc: number, d: number, n: number): string[] => {
    if (n > 2) return [exit(pc, d)];
    const out = [`// ${pc * 2} RAISE_VARARGS ${n}`, '{'];
    // The exception's class may be called, running tpy code: the frame as a native call has it.
    out.push(...writeBackLocals(writtenLocals).map((l) => `  ${l}`), `  f.sp = S + ${d}; f.pc = ${pc + 1}; pc = ${pc}; xd = ${d};`);
    if (n === 0) out.push(`  if (vm.excInfo === null) ${exit(pc, d)}`, '  rx = vm.excInfo;');
    else out.push(`  rx = makeRaise(vm, s${d - n}, ${n === 2 ? `s${d - 1}` : 'undefined'});`);
    const fallback = n === 0 ? `{ rx = null; ${exit(pc, d)} }` : `{ vm.jitRaised = rx; rx = null; pc = ${pc + 1}; xd = ${d - n}; leave(); break loop; }`;
    out.push(...dispatch(pc, d - n, n === 0, fallback).map((l) => `  ${l}`));
    out.push('}');
    return out;
  };
  // The finally body of handler `h` entered for an exception (enterHandler pushed its six
  // values): its instructions at those depths, then its END_FINALLY's re-raise, as the eval
  // loop runs them. An exit inside leaves the frame as the eval loop has it there.
  const raiseThroughFinally = (h: CompiledHandler): string[] => {
    const copy = h.copy!;
    const k = copies++;
    const copyScope = { ...scope, floats: undefined };
    const out = [`// the finally body at ${copy.handler * 2}, for the exception`];
    out.push(...finallyCopyBody(copy, (t) => `R${k}_${t}`, (p, d, jump) => {
      copyScope.jump = jump;
      return emitInstruction(copyScope, p, d, readLocals, writtenLocals, slowAt);
    }));
    const d = copy.entryDepth;
    out.push(
      `// ${copy.end * 2} END_FINALLY: re-raises`,
      `if (!(s${d - 1} instanceof PyType)) ${exit(copy.end, d)}`,
      `rx = s${d - 2};`,
      ...dispatch(copy.end, d, true, `{ rx = null; ${exit(copy.end, d)} }`),
    );
    return out;
  };
  // The cleanup of `with` block `h` entered for an exception (jit_with.ts): __exit__ called,
  // on after the statement when it swallows the exception, else the re-raise (from where the
  // exception was raised, as the eval loop's END_FINALLY after a with's cleanup: withReraisePc).
  const raiseThroughWith = (h: CompiledHandler): string[] =>
    withCleanupForRaise(h.handler, h.level, writeBackLocals(writtenLocals), (t) => scope.jump(t), (d) =>
      dispatch(h.handler + 2, d, true, `{ rx = null; ${exit(h.handler + 2, d)} }`, `withReraisePc(f, rx, ${h.handler + 3})`));
  // The catch around a compiled loop's switch (or a function body's blocks): a native's
  // exception at pc (xd operands, as its call left them) entering a compiled handler of the
  // frame's catching block, as raiseDispatch enters it (a with's cleanup run here; its
  // re-raise to the handlers entered from here, never to a copy); anything else is thrown on
  // to the function's own catch. `jumpTo` is a jump from the catch (outside a function
  // body's blocks: on through the loop's head).
  const nativeCatch = (jumpTo: (target: number) => string): string[] => {
    const out = ['} catch (e) {', '  const ex = nativeRaised(vm, f, e);', '  if (ex === null) throw e;'];
    out.push('  switch (xd) {');
    for (let i = region.maxDepth; i > 0; i--) out.push(`    case ${i}: stack[S + ${i - 1}] = s${i - 1};`);
    out.push('  }', '  f.sp = S + xd; f.pc = pc + 1;', '  const cb = catchingBlock(vm, f);', '  if (cb < 0) throw e;');
    out.push('  const h = f.blocks[cb + 1], lv = f.blocks[cb + 2];');
    for (const h of region.handlers) {
      if (h.copy !== undefined) continue;
      if (h.withCleanup) {
        const cleanup = withCleanupForRaise(h.handler, h.level, writeBackLocals(writtenLocals), jumpTo, (d) =>
          raiseDispatch(h.handler + 2, d, nlocals, true, region.handlers, jumpTo, mode === 'function', `{ rx = null; ${exit(h.handler + 2, d)} }`,
            () => null, `withReraisePc(f, rx, ${h.handler + 3})`));
        out.push(
          `  if (h === ${h.handler} && lv === ${nlocals + h.level}) {`,
          '    const p = enterHandlerUnpushed(vm, f, ex, pc * 2, false, cb);',
          ...handlerValues(h.level, 'p', 'ex').map((l) => `    ${l}`),
          ...cleanup.map((l) => `    ${l}`),
          '  }',
        );
        continue;
      }
      out.push(
        `  if (h === ${h.handler} && lv === ${nlocals + h.level}) {`,
        '    enterHandler(vm, f, ex, pc * 2, false, cb);',
        ...Array.from({ length: 6 }, (_, k) => `    s${h.level + k} = stack[S + ${h.level + k}];`),
        `    ${jumpTo(h.handler)}`,
        '  }',
      );
    }
    out.push('  throw e;', '}');
    return out;
  };
  // Its return, when no block is left to unwind and no one holds the frame (it keeps its locals then).
  const returnSnippet = (pc: number, d: number): string[] => [
    `// ${pc * 2} RETURN_VALUE`,
    `if (f.blocks.length !== 0 || f.escaped) ${exit(pc, d)}`,
    `return genReturned(s${d - 1});`,
  ];
  const masked = findMaskedExprs(code);
  let prev = -2;
  for (let i = 0; i < pcs.length; i++) {
    const pc = pcs[i];
    if (region.labels.has(pc)) {
      body.push(structured ? (pc === entry ? '' : `      } // L${pc}`) : `      case ${pc}:`);
      scope.floats?.forget();
    }
    else if (pc !== prev + 1) return null; // reached only by falling through from outside: not the compiler's bytecode
    prev = pc;
    const word = words[pc];
    if ((word & 0xff) === Op.FOR_ITER && pcs[i + 1] === pc + 1 && words[pc + 1] === (Op.UNPACK_SEQUENCE | (2 << 8)) && !region.labels.has(pc + 1) &&
        (region.bounds === null || pc + 1 < region.bounds.hi)) {
      // `for a, b in enumerate(xs)` (zip(a, b), d.items()): the pair's two values straight
      // onto the stack where UNPACK_SEQUENCE leaves them, when finding them runs no tpy code
      // (iterNextPairPlain, as the eval loop's FOR_ITER takes iterNextPair); else both instructions.
      const d = region.depth.get(pc)!;
      const s = scope.s;
      body.push(`        // ${pc * 2} FOR_ITER ${word >> 8}, ${(pc + 1) * 2} UNPACK_SEQUENCE 2: a pair made by the iterator, no tuple`);
      body.push('        {');
      // (A list's iterator, of tuples usually, makes no pairs: its own code below at once.)
      body.push(`          const p = ${s}${d - 1} instanceof PyListIterator ? null : iterNextPairPlain(${s}${d - 1}, PAIR);`);
      body.push(`          if (p === true) { ${s}${d} = PAIR[1]; ${s}${d + 1} = PAIR[0]; }`);
      body.push(`          else if (p === false) ${scope.jump(pc + 1 + ((word >> 8) >> 1))}`);
      body.push('          else {');
      for (const p of [pc, pc + 1]) body.push(...emit(p).map((l) => `            ${l}`));
      body.push('          }');
      body.push('        }');
      i += 1;
      prev = pc + 1;
      continue;
    }
    const m = masked.get(pc);
    if (m !== undefined && pcs[i + m.end - pc] === m.end && pcs.slice(i + 1, i + m.end - pc + 1).every((p) => !region.labels.has(p))) {
      // A masked int expression (vm/masked_int.ts): in 32-bit arithmetic when its locals hold ints.
      for (const l of m.locals) readLocals.add(l);
      const ints = m.locals.map((l) => `typeof ${scope.l}${l} === 'number'`).join(' && ') || 'true';
      body.push(`        // ${pc * 2}..${m.end * 2}: a masked int expression`);
      body.push(`        if (${ints}) ${scope.s}${region.depth.get(pc)!} = ${m.js((l) => `${scope.l}${l}`)};`);
      body.push('        else {');
      for (let p = pc; p <= m.end; p++) body.push(...emit(p).map((l) => `          ${l}`));
      body.push('        }');
      scope.floats?.forget(); // the two ways through it differ
      i += m.end - pc;
      prev = m.end;
      continue;
    }
    body.push(...emit(pc).map((l) => `        ${l}`));
  }
  const name = `${mode === 'loop' ? 'jit' : mode === 'generator' ? 'jitgen' : 'jitfn'}_${code.co_name.replace(/[^A-Za-z0-9_]/g, '_')}_${entry * 2}`;
  const written = [...writtenLocals].sort((a, b) => a - b);
  const lines: string[] = [];
  lines.push(`const { ${Object.keys(jitHelpers).join(', ')} } = H;`);
  for (let k = 0; k < ninlined; k++) lines.push(`const I${k} = INL[${k}];`);
  lines.push(`return function ${name}(vm, f, stack, base, pc${generator ? ', sink' : ''}) {`);
  lines.push(`  const S = base + ${nlocals};`);
  for (const i of [...new Set([...readLocals, ...writtenLocals])].sort((a, b) => a - b)) lines.push(`  let l${i} = stack[base + ${i}];`);
  // The operands an entry (the first one, or another loop head; a generator body's resume points) finds on the stack.
  const entries = generator ? region.resumes : mode === 'function' ? [] : region.heads;
  const entryDepth = Math.max(region.depth.get(entry)!, ...[...entries].map((h) => region.depth.get(h)!));
  for (let i = 0; i < region.maxDepth; i++) lines.push(`  let s${i}${i < entryDepth ? ` = stack[S + ${i}]` : ''};`);
  lines.push('  let xd = 0, rx = null, rr = false;');
  lines.push('  try {');
  lines.push('    loop: for (;;) {');
  // A native's exception goes on at a compiled handler of its frame's catching block, as a
  // raise does (jit_except.ts): the loop's `continue` enters it, so only where there is one.
  const caught = mode !== 'generator' && region.handlers.some((h) => h.copy === undefined);
  if (structured) {
    // Block L<n> holds everything before instruction n: a jump to n leaves it. The catch
    // (outside the blocks) goes on at a handler through the loop's head, where pc picks the
    // block to leave.
    const targets = [...region.labels].filter((l) => l !== entry).sort((a, b) => b - a);
    const reentries = new Set<number>();
    const catchLines = caught
      ? nativeCatch((t) => {
        reentries.add(t);
        return `{ pc = ${t}; continue loop; }`;
      })
      : [];
    if (caught) lines.push('      try {');
    if (targets.length) lines.push(`      ${targets.map((l) => `L${l}: {`).join(' ')}`);
    if (reentries.size !== 0) {
      lines.push(`      if (pc !== ${entry}) switch (pc) { ${[...reentries].sort((a, b) => a - b).map((t) => `case ${t}: break L${t};`).join(' ')} }`);
    }
    lines.push(...body.filter((l) => l !== '').map((l) => `    ${l}`));
    lines.push('      throw new Error("tpy jit: fell off the end");');
    if (caught) lines.push(...catchLines.map((l) => `      ${l}`));
  } else {
    if (caught) lines.push('      try {');
    lines.push('      switch (pc) {');
    lines.push(...body.map((l) => `    ${l}`));
    lines.push('        default: throw new Error("tpy jit: no label " + pc);');
    lines.push('      }');
    if (caught) lines.push(...nativeCatch(scope.jump).map((l) => `      ${l}`));
  }
  lines.push('    }');
  lines.push('  } catch (e) {');
  lines.push('    // Raised by a native called at pc (see jit_ops.ts): the eval loop handles it after the');
  lines.push('    // call, unless the function body has no block to catch it (out of the frame, as a raise).');
  if (mode === 'function') {
    lines.push('    rx = catchingBlock(vm, f) === -1 ? nativeRaised(vm, f, e) : null;');
    lines.push('    if (rx === null) vm.jitRaised = e;');
    lines.push('    rr = false;');
  } else {
    lines.push('    vm.jitRaised = e;');
    lines.push('    rx = null;');
  }
  lines.push('    pc++;');
  lines.push('  }');
  // The exit: locals and operands back into the frame.
  for (const i of written) lines.push(`  stack[base + ${i}] = l${i};`);
  if (region.maxDepth > 0) {
    lines.push('  switch (xd) {');
    for (let i = region.maxDepth; i > 0; i--) lines.push(`    case ${i}: stack[S + ${i - 1}] = s${i - 1};`);
    lines.push('  }');
  }
  lines.push('  f.sp = S + xd;');
  if (mode !== 'loop') lines.push('  f.pc = pc;');
  // An exception leaving a function body's frame (jit_except.ts), its locals written back.
  if (mode === 'function') lines.push('  if (rx !== null) return raiseOut(vm, f, rx, rr);');
  if (mode !== 'loop') lines.push('  return undefined;');
  else lines.push('  return pc;');
  lines.push('};');
  return lines.join('\n');
}
