// Generator frames: resuming a suspended generator on top of its resumer, suspending
// it at a yield and finishing it (CPython 3.11's gen_send_ex2, YIELD_VALUE and
// _PyFrame_Clear of a generator frame).
//
// A generator's frame sits on the shared value stack only while it runs, right above
// the frame that resumed it; when it yields, its slots (locals, then operands) are
// copied into `gen.slots` and `frame.saved` points there (DESIGN decision 5). While
// suspended, `frame.sp` counts the saved slots and `frame.f_back` is null, as in CPython.
// FOR_ITER and YIELD_FROM resume a generator as a frame of the running eval loop
// (Resumer.FOR_ITER / YIELD_FROM); natives resume it in a nested loop (generatorSend).

import type { PyObject } from './objects/object.js';
import { PyGenBase, PyAsyncGen, Resumer } from './objects/generator.js';
import { PyBaseException, StopIteration, StopAsyncIteration, RuntimeError, newException } from './objects/exceptions.js';
import { recursionError } from './errors.js';
import { PyRangeIterator, PyListIterator, PyTupleIterator } from './objects/iterators.js';
import { Op } from './opcodes.js';
import { None } from './objects/singletons.js';
import { iterNext } from './ops/sequence.js';
import { inExceptHandler, type Frame } from './frame.js';
import type { VM } from './vm.js';

/** What a compiled generator body (vm/jit.ts) returns when the generator returned: for loops drop the value. */
export const GEN_RETURNED: PyObject = Object.freeze({ genReturned: true }) as unknown as PyObject;

/** The value the generator returned, when a compiled body last returned GEN_RETURNED. */
let lastGenReturn: PyObject = None;

/** That value: for generatorPump, and for a compiled body whose `yield from` delegate returned it (vm/jit.ts). */
export function genReturnValue(): PyObject {
  return lastGenReturn;
}

/** Forgets that value (eval.ts forgetHandedValues). */
export function forgetGenReturn(): void {
  lastGenReturn = None;
}

/** A compiled generator body's return (vm/jit.ts): keeps the value, answers GEN_RETURNED. */
export function genReturned(v: PyObject): PyObject {
  lastGenReturn = v;
  return GEN_RETURNED;
}

/** What genNext (vm/jit_gen.ts) answers when the eval loop must resume the generator itself. */
export const INTERPRET: PyObject = Object.freeze({ interpret: true }) as unknown as PyObject;

/**
 * Places the suspended frame of `gen` on the value stack above the running frame and
 * marks the generator running, with `sent` (undefined: nothing) pushed as its yield's
 * result. The caller links the frame in (f_back is vm.frame) and runs it.
 */
export function enterGenerator(vm: VM, gen: PyGenBase, sent: PyObject | undefined): Frame {
  const f = gen.frame;
  const code = f.f_code;
  const base = vm.stackTop();
  const top = base + code.nlocalsplus + code.co_stacksize + 1;
  if (top > vm.stack.length) vm.ensureStack(top);
  const stack = vm.stack;
  const saved = f.saved!;
  const n = f.sp;
  for (let i = 0; i < n; i++) stack[base + i] = saved[i];
  f.base = base;
  f.sp = base + n;
  f.saved = null;
  if (gen.midBody) gen.midBody = false; // left by its compiled body between yields: nothing was sent
  else if (gen.started) {
    if (sent !== undefined) stack[f.sp++] = sent;
  } else gen.started = true;
  gen.running = true;
  gen.callerExc = vm.excInfo;
  // Outside its own handlers a generator sees (and chains to) its resumer's handled exception,
  // as CPython's exc_info stack, which a generator's entry sits on, is searched downwards.
  vm.excInfo = gen.excState ?? vm.excInfo;
  f.f_back = vm.frame;
  return f;
}

/**
 * FOR_ITER or YIELD_FROM resumes `gen` (not running, not finished) as a frame of the
 * running loop: it becomes vm.frame, counted in vm.depth. A resume past the recursion
 * limit finishes the generator and raises in the resumer, as a nested run would.
 */
export function resumeGenerator(vm: VM, gen: PyGenBase, sent: PyObject | undefined, resumer: Resumer): Frame {
  const f = enterGenerator(vm, gen, sent);
  if (vm.depth >= vm.recursionLimit) {
    finishGenerator(vm, f);
    throw recursionError();
  }
  vm.depth++;
  gen.resumer = resumer;
  vm.frame = f;
  return f;
}

/** The exception a native raised in the compiled body of `gen` (vm/jit_gen.ts), to raise where it is resumed. */
export function takePendingThrow(gen: PyGenBase): PyBaseException {
  const e = gen.pendingThrow!;
  gen.pendingThrow = null;
  return e;
}

/** The running generator frame `f` yields (its f.sp and f.pc set): save its slots and unlink it. */
export function suspendGenerator(vm: VM, f: Frame): void {
  const gen = f.generator!;
  const stack = vm.stack;
  const slots = gen.slots;
  const base = f.base;
  const n = f.sp - base;
  for (let i = 0; i < n; i++) slots[i] = stack[base + i];
  f.saved = slots;
  f.sp = n;
  f.f_back = null;
  f.isEntry = false;
  gen.running = false;
  gen.excState = inExceptHandler(f) ? vm.excInfo : null;
  vm.excInfo = gen.callerExc;
  gen.callerExc = null;
}

/** The running generator frame `f` returned or raised: the generator is done. */
export function finishGenerator(vm: VM, f: Frame): void {
  const gen = f.generator!;
  // A frame tpy code holds keeps the locals it exited with (snapshotLocals); no one sees another's.
  f.saved = f.exitedLocals ?? [];
  f.sp = 0;
  f.f_back = null;
  f.isEntry = false;
  gen.finished = true;
  gen.running = false;
  gen.excState = null;
  vm.excInfo = gen.callerExc;
  gen.callerExc = null;
}

/**
 * What the resumer sees when `exc` leaves `gen`: StopIteration becomes RuntimeError (PEP 479),
 * and so does StopAsyncIteration leaving an async generator (PEP 525).
 */
export function generatorRaised(exc: unknown, gen: PyGenBase): unknown {
  if (exc instanceof PyBaseException && (exc.cls.isSubtypeOf(StopIteration) || (gen instanceof PyAsyncGen && exc.cls.isSubtypeOf(StopAsyncIteration)))) {
    const re = newException(RuntimeError, `${gen.kindName} raised ${exc.cls.isSubtypeOf(StopIteration) ? 'StopIteration' : 'StopAsyncIteration'}`);
    re.cause = exc;
    re.context = exc;
    re.suppressContext = true;
    return re;
  }
  return exc;
}

/**
 * The next value of the suspended generator `gen` when it waits in `yield from` over a
 * list, tuple or range iterator that has one: what resuming it with None would give, taken
 * without running its frame. Its YIELD_FROM would call that iterator's __next__, which runs
 * no tpy code, and suspend again at the same instruction, so nothing else could tell; only
 * a hook could (a resume's call and return events), and callers ask only without hooks.
 * Undefined when the generator must be resumed (or is running or finished): another
 * delegate or none, the iterator exhausted (YIELD_FROM then ends the delegation), the
 * recursion limit reached.
 */
export function delegatedNext(vm: VM, gen: PyGenBase): PyObject | undefined {
  if (vm.depth >= vm.recursionLimit) return undefined;
  const it = yieldFromDelegate(gen);
  return it instanceof PyListIterator || it instanceof PyRangeIterator || it instanceof PyTupleIterator ? iterNext(vm, it) : undefined;
}

/** The iterator a suspended generator's `yield from` delegates to (gi_yieldfrom): its topmost saved operand; else undefined. */
export function yieldFromDelegate(gen: PyGenBase): PyObject | undefined {
  const f = gen.frame;
  if (!gen.started || gen.finished || gen.running || (f.f_code.words[f.pc] & 0xff) !== Op.YIELD_FROM) return undefined;
  return f.saved![f.sp - 1];
}
