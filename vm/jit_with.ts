// `with` statements in compiled code (vm/jit.ts): SETUP_WITH, and the cleanup that calls
// __exit__ when the block is left normally or by a return.
//
// The statement keeps the eval loop's shape (compiler/codegen_try.ts): SETUP_WITH leaves the
// bound __exit__ on the stack under a SETUP_FINALLY block whose handler is the cleanup
// (WITH_CLEANUP_START, WITH_CLEANUP_FINISH, END_FINALLY). Compiled code runs that cleanup when
// it falls into it (None on top: __exit__(None, None, None)) and when a return unwinds to it
// (jit_finally.ts copies it after the return, the return value and Why.RETURN on top). An
// exception inside the block, a break or a continue through it, is the eval loop's: the frame's
// block stack is exactly what the eval loop would have made, so it unwinds it as usual.

import type { PyObject } from './objects/object.js';
import type { Frame } from './frame.js';
import type { VM } from './vm.js';
import { Op } from './opcodes.js';
import { NO_BLOCKS } from './frame.js';
import { PyFunction, PyMethod, PyMethodDescriptor } from './objects/function.js';
import { None } from './objects/singletons.js';
import { call } from './ops/call.js';
import { typeOf } from './ops/typeof.js';
import { lookupSpecialOrError } from './eval.js';

/**
 * SETUP_WITH from compiled code: the manager at stack[at] (locals written back, f.pc past the
 * instruction), as the eval loop's SETUP_WITH (eval_cold.ts): __enter__ and __exit__ looked
 * up, __exit__ put in the manager's slot, __enter__ called, then the block pushed (at `level`,
 * with `handler` the cleanup), so an __enter__ that raises has no __exit__ called. Returns
 * __enter__'s result; undefined, with nothing done, for a lock's __enter__ that would wait
 * (only the eval loop can park the thread: it runs the instruction again).
 */
export function withEnter(vm: VM, f: Frame, stack: PyObject[], at: number, handler: number, level: number): PyObject | undefined {
  const mgr = stack[at];
  const found = typeOf(mgr).lookup('__enter__');
  let res: PyObject | undefined;
  if (found instanceof PyMethodDescriptor && found.evalLoopOnly) {
    // Its plain entry takes a lock that is free (or the thread's own RLock) and answers
    // undefined where the acquire would wait; nothing else of it runs before.
    if (found.plain1 === null) return undefined;
    const exit = lookupSpecialOrError(vm, mgr, '__exit__');
    res = found.plain1(vm, mgr);
    if (res === undefined) return undefined;
    stack[at] = exit;
  } else if (found instanceof PyFunction) {
    // A class's own methods (the common manager): called with self, without binding __enter__.
    const exit = typeOf(mgr).lookup('__exit__');
    stack[at] = exit instanceof PyFunction ? new PyMethod(exit, mgr) : lookupSpecialOrError(vm, mgr, '__exit__');
    vm.canPark = false;
    res = vm.callFunctionWithSelf(found, mgr, NO_ARGS, null);
  } else {
    const enter = lookupSpecialOrError(vm, mgr, '__enter__');
    stack[at] = lookupSpecialOrError(vm, mgr, '__exit__');
    res = call(vm, enter, []);
  }
  if (f.blocks === NO_BLOCKS) f.blocks = [Op.SETUP_FINALLY, handler, level];
  else f.blocks.push(Op.SETUP_FINALLY, handler, level);
  return res;
}

/** WITH_CLEANUP_START's call of __exit__ for a block left without an exception: its result (WITH_CLEANUP_FINISH drops it). */
export function withExit(vm: VM, exit: PyObject): PyObject {
  if (exit instanceof PyMethod && exit.func instanceof PyFunction) {
    vm.canPark = false;
    return vm.callFunctionWithSelf(exit.func, exit.self, NO_EXCEPTION, null);
  }
  return call(vm, exit, [None, None, None]);
}

const NO_ARGS: PyObject[] = [];
/** __exit__'s arguments without an exception (copied into the callee's frame, never kept). */
const NO_EXCEPTION: PyObject[] = [None, None, None];

/** A `with` block a break or continue leaves: its SETUP_WITH, cleanup (handler) and the depth at its SETUP_WITH (__exit__ just under it). */
export interface WithLeft {
  setup: number;
  handler: number;
  depth: number;
}

/**
 * A break or continue in compiled code that leaves `with` blocks on its way to its loop
 * (jit.ts): each one's __exit__(None, None, None) called, innermost first, then the loop's
 * end or its head.
 */
export interface LoopExitThroughWith {
  withs: WithLeft[];
  /** The loop's end (its block's handler), and where the break or continue goes with what depth. */
  loopEnd: number;
  target: number;
  targetDepth: number;
  isBreak: boolean;
}

/**
 * The SETUP_WITH instructions whose blocks hold `pc` inside the loop starting at `lo`,
 * innermost first (3.7 bytecode nests blocks by range); null when another block does (a try,
 * a nested loop), which the eval loop unwinds.
 */
export function withsInside(words: ArrayLike<number>, lo: number, pc: number): number[] | null {
  const withs: number[] = [];
  for (let i = lo + 1; i < pc; i++) {
    const op = words[i] & 0xff;
    if (op !== Op.SETUP_WITH && op !== Op.SETUP_LOOP && op !== Op.SETUP_EXCEPT && op !== Op.SETUP_FINALLY && op !== Op.SETUP_ASYNC_WITH) continue;
    if (i + 1 + ((words[i] >> 8) >> 1) <= pc) continue;
    if (op !== Op.SETUP_WITH) return null;
    withs.unshift(i);
  }
  return withs;
}
