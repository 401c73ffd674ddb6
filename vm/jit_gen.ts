// Compiled generator bodies: a generator that a for loop resumes runs from the yield it
// waits at to its next yield as JavaScript (vm/jit.ts compiles it), without a frame pushed.
//
// Resumed in the eval loop, a generator's frame is copied onto the value stack, runs its
// instructions through the loop's dispatch, and is copied back at its yield (gen_frames.ts):
// a pipeline of generators pays that for every value at every stage. Its compiled body
// instead takes its locals from the suspended frame's slots, runs the fast paths of the
// loop compiler, and at a yield writes back what it changed and returns the value. So the
// frame is always what the eval loop would have left at that yield: send(), throw(),
// close(), gi_frame, a hook or a traceback see the same generator whether the last resume
// ran compiled or not, and any of them simply resumes it in the eval loop.
//
// Anything the compiled body does not handle is an exit, as in a compiled loop: the frame
// is left suspended at that instruction (`midBody`; a native's exception in `pendingThrow`),
// genNext answers INTERPRET, and the eval loop resumes the generator from there.

import type { PyObject } from './objects/object.js';
import type { PyGenerator, PyGenBase } from './objects/generator.js';
import { None } from './objects/singletons.js';
import { Op } from './opcodes.js';
import { inExceptHandler } from './frame.js';
import { CO_GENERATOR, type Code } from './code.js';
import { GEN_RETURNED, INTERPRET, delegatedNext } from './gen_frames.js';
import { compileGenerator, countExit, type GenEntry, type GenSink } from './jit.js';
import { toPyException } from './errors.js';
import { GENERATOR_COUNTDOWN_FLOOR } from './jit_ops.js';
import type { VM } from './vm.js';

/**
 * The compiled body that resumes the suspended `gen` where it waits, compiling it once the
 * code's generators were resumed often enough, or at once when compiled code resumes it
 * (`eager`, as compiled code's calls compile their callee's body); null when there is none
 * (not after a yield or at a `yield from`: not started, or left between yields).
 */
export function compiledBody(vm: VM, gen: PyGenBase, eager = false): GenEntry | null {
  const f = gen.frame;
  const code = f.f_code;
  const at = f.pc;
  if (gen.midBody) return null;
  // The operands under the sent value, and it: the saved ones, or (asked by generatorPump at a yield) those on the stack.
  const depth = (f.saved === null ? f.sp - f.base : f.sp) - code.co_nlocals + 1;
  if (at === code.genLastAt && depth === code.genLastDepth) return code.genLastEntry;
  if (!gen.started) return firstRunBody(vm, code, eager);
  if ((code.words[at - 1] & 0xff) !== Op.YIELD_VALUE && (code.words[at] & 0xff) !== Op.YIELD_FROM) return null;
  const entries = code.genEntries;
  let entry = entries === null ? undefined : entries.get(at);
  if (entry === undefined) {
    // Coroutine and async generator bodies are left to the eval loop (their await opcodes).
    if ((code.co_flags & CO_GENERATOR) === 0) return null;
    if ((--code.genCountdown > 0 && !eager) || !vm.jitEnabled) return null;
    entry = compileGenerator(vm, code, at, depth);
    (code.genEntries ??= new Map()).set(at, entry);
  }
  // A body compiled for another depth at this yield (one in a finally block, reached by an
  // exception after a normal exit) is not this resume's: the eval loop resumes it.
  if (entry !== null && code.genDepths!.get(at) !== depth) return null;
  code.genLastAt = at;
  code.genLastDepth = depth;
  code.genLastEntry = entry;
  return entry;
}

/**
 * compiledBody for a generator not started: its body compiled from its entry (no sent value,
 * no operand), as the first run of each new generator needs (any(x for x in r), a helper's
 * generator). Out of line, and never the last-resume cache's: resumes keep their fast path.
 */
function firstRunBody(vm: VM, code: Code, eager: boolean): GenEntry | null {
  const entries = code.genEntries;
  let entry = entries === null ? undefined : entries.get(0);
  if (entry === undefined) {
    if ((code.co_flags & CO_GENERATOR) === 0) return null;
    if ((--code.genCountdown > 0 && !eager) || !vm.jitEnabled) return null;
    entry = compileGenerator(vm, code, 0, 0);
    (code.genEntries ??= new Map()).set(0, entry);
  }
  return entry !== null && code.genDepths!.get(0) === 0 ? entry : null;
}

/** Resumes in a row that left the compiled body before a yield, after which it is dropped. */
const GEN_SHORT_RUNS = 50;

/**
 * The next value of `gen` for a for loop (the eval loop's FOR_ITER, or a compiled loop's):
 * from its compiled body, or without running it at all when it waits in `yield from` over a
 * list or range (delegatedNext). Undefined when it returned; INTERPRET when the eval loop
 * must resume it (not compiled, an exit, a hook set, a generator running or finished).
 */
export function genNext(vm: VM, gen: PyGenBase, fromCompiled = false, sink: GenSink | null = null): PyObject | undefined {
  if (gen.running || gen.finished || vm.hooked) return INTERPRET;
  const entry = vm.depth < vm.recursionLimit ? compiledBody(vm, gen, fromCompiled) : null;
  if (entry === null) {
    const v = delegatedNext(vm, gen);
    return v === undefined ? INTERPRET : v;
  }
  const f = gen.frame;
  const code = f.f_code;
  const at = f.pc;
  vm.genJitRuns++;
  const slots = gen.slots;
  if (gen.started) slots[f.sp] = None; // what the yield evaluates to: a for loop sends nothing
  else gen.started = true; // its first run, from its entry (as enterGenerator)
  // The frame runs on top of the resumer, as in the eval loop: natives it calls see it as
  // the running frame, and frames they run go above it on the value stack.
  const caller = vm.frame;
  f.base = vm.stackTop();
  f.f_back = caller;
  vm.frame = f;
  gen.running = true;
  const callerExc = vm.excInfo;
  gen.callerExc = callerExc;
  vm.excInfo = gen.excState ?? callerExc;
  vm.depth++;
  let v: PyObject | undefined;
  try {
    v = entry(vm, f, slots, 0, at, sink);
  } finally {
    vm.depth--;
    // (No exception handled: no block to look for; most yields.)
    gen.excState = vm.excInfo !== null && inExceptHandler(f) ? vm.excInfo : null;
    vm.excInfo = callerExc;
    gen.callerExc = null;
    gen.running = false;
    vm.frame = caller;
    f.f_back = null;
  }
  if (v === GEN_RETURNED) {
    gen.finished = true;
    gen.excState = null;
    f.saved = [];
    f.sp = 0;
    return undefined;
  }
  if (v !== undefined) {
    code.genShortRuns = 0;
    return v;
  }
  // An exit: the eval loop resumes the frame where the compiled body left it.
  vm.genJitLeft++;
  gen.midBody = true;
  if (vm.jitRaised !== null) {
    gen.pendingThrow = toPyException(vm.jitRaised);
    vm.jitRaised = null;
  } else if (countExit(code, f.pc)) {
    // A slow path on its way to being compiled in (jit.ts): no reason to drop the body, as
    // for a function body. Several such sites together could otherwise take the resumes in
    // a row that drop it before their slow paths were compiled.
    return INTERPRET;
  }
  // Left at a check of the interval (a native's sink took every value meanwhile): no short run.
  if (vm.countdown <= GENERATOR_COUNTDOWN_FLOOR) return INTERPRET;
  if (++code.genShortRuns >= GEN_SHORT_RUNS) {
    for (const k of code.genEntries!.keys()) code.genEntries!.set(k, null);
    code.genLastAt = -1;
    code.genCountdown = 2 ** 30;
    code.genShortRuns = 0;
  }
  return INTERPRET;
}
