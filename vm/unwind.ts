// The block-stack unwinder: CPython 3.7's fast_block_end, shared by exceptions, return, break and continue.
//
// A block is (type, handler, level): the SETUP_* opcode that pushed it, the word
// index of its handler, and the value-stack depth (relative to the frame's base)
// to restore. EXCEPT_HANDLER blocks mark a running `except`/`finally` handler
// entered by an exception; unwinding one restores the previously handled exception.

import type { PyObject } from './objects/object.js';
import { PyBaseException, forgetExitStatus } from './objects/exceptions.js';
import { None } from './objects/singletons.js';
import { Op } from './opcodes.js';
import { Frame, Why, EXCEPT_HANDLER, popBlock, inExceptHandler } from './frame.js';
import type { VM } from './vm.js';
import { dropOwned } from './owned_iterators.js';

/**
 * Pops blocks of `f` until one handles `why`. `value` is the exception (EXCEPTION),
 * the return value (RETURN) or the continue target word index (CONTINUE).
 * Returns Why.NOT when a handler took over (f.pc and f.sp are set for it), or
 * `why` itself when the block stack is empty and the frame must exit.
 */
export function unwindBlocks(vm: VM, f: Frame, why: Why, value: PyObject | number): Why {
  const stack = vm.stack;
  const blocks = f.blocks;
  while (blocks.length > 0) {
    const n = blocks.length;
    const type = blocks[n - 3];
    const handler = blocks[n - 2];
    const level = blocks[n - 1];
    if (type === Op.SETUP_LOOP && why === Why.CONTINUE) {
      // Trim what a `finally` left on the stack (a `continue` inside one): the loop
      // resumes with its block's level, plus the iterator when it resumes at FOR_ITER.
      const target = value as number;
      f.sp = f.base + level + (opAt(f, target) === Op.FOR_ITER ? 1 : 0);
      if (f.ownedIters !== null) dropOwned(vm, f, f.sp - f.base);
      f.pc = target;
      return Why.NOT;
    }
    popBlock(blocks);
    if (type === EXCEPT_HANDLER) {
      unwindExceptHandler(vm, f, level);
      continue;
    }
    f.sp = f.base + level;
    if (f.ownedIters !== null) dropOwned(vm, f, level);
    if (type === Op.SETUP_LOOP && why === Why.BREAK) {
      f.pc = handler;
      return Why.NOT;
    }
    if (why === Why.EXCEPTION && (type === Op.SETUP_EXCEPT || type === Op.SETUP_FINALLY)) {
      // Enter the handler: save the previously handled exception, then push the new one.
      // A generator's outermost handler saves its own state, none, not the resumer's, which
      // may differ by the time it ends (unwindExceptHandler then restores the resumer's).
      const outermost = !inExceptHandler(f);
      const prev = f.generator !== null && outermost ? null : vm.excInfo;
      if (outermost && f.f_code.hiddenFrame) f.excBefore = vm.excInfo;
      blocks.push(EXCEPT_HANDLER, -1, f.sp - f.base);
      stack[f.sp++] = prev?.traceback ?? None;
      stack[f.sp++] = prev ?? None;
      stack[f.sp++] = prev !== null ? prev.cls : None;
      const exc = value as PyBaseException;
      forgetExitStatus(exc);
      vm.excInfo = exc;
      stack[f.sp++] = exc.traceback ?? None;
      stack[f.sp++] = exc;
      stack[f.sp++] = exc.cls;
      f.pc = handler;
      return Why.NOT;
    }
    if (type === Op.SETUP_FINALLY) {
      // Run the finally body with the pending return value / continue target and why on the stack.
      if (why === Why.RETURN || why === Why.CONTINUE) stack[f.sp++] = value as PyObject;
      stack[f.sp++] = why;
      f.pc = handler;
      return Why.NOT;
    }
  }
  return why;
}

/** UNWIND_EXCEPT_HANDLER: trims the stack to the block's level and restores the saved exc_info. */
export function unwindExceptHandler(vm: VM, f: Frame, level: number): void {
  const sp = f.base + level + 3;
  const value = vm.stack[sp - 2];
  vm.excInfo = value instanceof PyBaseException ? value : f.generator?.callerExc ?? null;
  f.sp = sp - 3;
}

/**
 * The exception an exception raised now in frame `f` is implicitly chained to (__context__):
 * the one being handled, vm.excInfo, except where that was caught by code standing for C code
 * (Code.hiddenFrame). CPython's C code handles an exception without making it the handled
 * one, so what it raises, and what tpy code it calls raises, is chained to the exception its
 * visible caller was handling; a hidden frame's handlers are looked through to that.
 */
export function handledForRaise(vm: VM, f: Frame | null): PyBaseException | null {
  let ctx = vm.excInfo;
  // The innermost frame in a handler decides; a hidden one gives what it had before its first.
  for (let fr = f; fr !== null && ctx !== null; fr = fr.f_back) {
    if (!inExceptHandler(fr)) continue;
    if (!fr.f_code.hiddenFrame) return ctx;
    ctx = fr.excBefore;
  }
  return ctx;
}

/** The opcode at word index `i`, looking past EXTENDED_ARG prefixes. */
function opAt(f: Frame, i: number): number {
  const words = f.f_code.words;
  while ((words[i] & 0xff) === Op.EXTENDED_ARG) i++;
  return words[i] & 0xff;
}
