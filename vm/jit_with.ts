// `with` statements in compiled code (vm/jit.ts): SETUP_WITH, and the cleanup that calls
// __exit__ when the block is left normally, by a return, a break or continue, or an exception.
//
// The statement keeps the eval loop's shape (compiler/codegen_try.ts): SETUP_WITH leaves the
// bound __exit__ on the stack under a SETUP_FINALLY block whose handler is the cleanup
// (WITH_CLEANUP_START, WITH_CLEANUP_FINISH, END_FINALLY). Compiled code runs that cleanup when
// it falls into it (None on top: __exit__(None, None, None)), when a return unwinds to it
// (jit_finally.ts copies it after the return, the return value and Why.RETURN on top), when a
// break or continue leaves it (blocksInside) and when an exception unwinds to it, at the raise
// (withCleanupForRaise). Whatever it leaves, the frame's block stack is exactly what the eval
// loop would have made there, so the eval loop goes on with it as usual.

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
import type { FinallyCopy } from './jit_finally.js';

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

/**
 * WITH_CLEANUP_START's call of __exit__ for a block an exception left (jit.ts's
 * withCleanupForRaise): __exit__(type, value, traceback), its result.
 */
export function withExitRaised(vm: VM, exit: PyObject, type: PyObject, value: PyObject, tb: PyObject): PyObject {
  if (exit instanceof PyMethod && exit.func instanceof PyFunction) {
    vm.canPark = false;
    return vm.callFunctionWithSelf(exit.func, exit.self, [type, value, tb], null);
  }
  return call(vm, exit, [type, value, tb]);
}

/**
 * The JavaScript of a `with` block's cleanup entered by an exception, at the raise that
 * unwound to it (enterHandlerUnpushed made the with's block the EXCEPT_HANDLER block, its six
 * values in operands s`level`..., __exit__ under them): the eval loop's WITH_CLEANUP_START
 * (the saved values shifted down over __exit__, the block's level with them), then
 * WITH_CLEANUP_FINISH and END_FINALLY: a true result ends the handler and goes on after the
 * statement (`jump(handler + 3)`), anything else re-raises (`reraise`, the depth there). A
 * result whose truth runs tpy code, or a hook set by __exit__, leaves for the eval loop with
 * the frame as WITH_CLEANUP_START left it; an exception from __exit__ goes to the compiled
 * code's catch, the frame as the eval loop has it during that call.
 */
export function withCleanupForRaise(
  handler: number, level: number, writeBack: string[], jump: (target: number) => string, reraise: (d: number) => string[],
): string[] {
  const L = level;
  const leave = (xd: number) => `{ s${L + 6} = s${L + 5}; s${L + 7} = r; pc = ${handler + 1}; xd = ${xd}; break loop; }`;
  return [
    `// ${handler * 2} WITH_CLEANUP_START for the exception: __exit__(type, value, traceback)`,
    `const x = s${L - 1};`,
    `s${L - 1} = s${L}; s${L} = s${L + 1}; s${L + 1} = s${L + 2}; s${L + 2} = undefined;`,
    'f.blocks[f.blocks.length - 1]--;',
    ...writeBack,
    `f.sp = S + ${L + 6}; f.pc = ${handler + 1}; pc = ${handler}; xd = ${L + 6};`,
    `const r = withExitRaised(vm, x, s${L + 5}, s${L + 4}, s${L + 3});`,
    `if (vm.hooked) ${leave(L + 8)}`,
    `// ${(handler + 1) * 2} WITH_CLEANUP_FINISH, ${(handler + 2) * 2} END_FINALLY`,
    'let t;',
    "if (typeof r === 'boolean') t = r;",
    'else if (r === None) t = false;',
    "else if (typeof r === 'number') t = r !== 0;",
    `else ${leave(L + 8)}`,
    // Silenced: the handler's block ended as unwindExceptHandler ends it (the value saved at level + 1).
    `if (t) { restoreExc(vm, f, s${L}); popBlock(f.blocks); ${jump(handler + 3)} }`,
    `rx = s${L + 4};`,
    ...reraise(L + 6),
  ];
}

const NO_ARGS: PyObject[] = [];
/** __exit__'s arguments without an exception (copied into the callee's frame, never kept). */
const NO_EXCEPTION: PyObject[] = [None, None, None];

/**
 * A block a break or continue leaves on its way to its loop: a `with` (its __exit__ called),
 * a try's (`except`: dropped; `finally`: its body run, a copy, with the break or continue
 * pending), or an except clause's handler (`handler`: the exception handled before restored).
 * `setup` is its SETUP_* (-1 for a handler), `handler` its block's handler (-1 for a
 * handler), `depth` its level (for a with, __exit__ is just under it).
 */
export interface BlockLeft {
  kind: 'with' | 'except' | 'finally' | 'handler';
  setup: number;
  handler: number;
  depth: number;
  /** A finally body's copy (jit_finally.ts), for `finally`. */
  copy?: FinallyCopy;
}

/**
 * A break or continue in compiled code that leaves blocks on its way to its loop (jit.ts),
 * innermost first, as the eval loop unwinds them; then the loop's end or its head.
 */
export interface LoopExitThroughWith {
  withs: BlockLeft[];
  /** The loop's end (its block's handler), and where the break or continue goes with what depth. */
  loopEnd: number;
  target: number;
  targetDepth: number;
  isBreak: boolean;
}

/**
 * The blocks above the loop starting at `lo` that a break or continue at `pc` leaves,
 * innermost first (3.7 bytecode nests blocks by range, and a frame's blocks have rising
 * levels): the SETUP_WITH, SETUP_EXCEPT and SETUP_FINALLY whose bodies hold `pc` (their
 * levels `levelOf` the depth at each, all known), and the except handlers entered at the
 * levels `handlers` (at or above the loop's `loopLevel`). Null when another block does (a
 * nested loop, an async with), or a level is not known.
 */
export function blocksInside(
  words: ArrayLike<number>, lo: number, pc: number, levelOf: (setup: number) => number | undefined,
  handlers: readonly number[], loopLevel: number,
): BlockLeft[] | null {
  const left: BlockLeft[] = [];
  for (let i = lo + 1; i < pc; i++) {
    const op = words[i] & 0xff;
    if (op !== Op.SETUP_WITH && op !== Op.SETUP_LOOP && op !== Op.SETUP_EXCEPT && op !== Op.SETUP_FINALLY && op !== Op.SETUP_ASYNC_WITH) continue;
    const handler = i + 1 + ((words[i] >> 8) >> 1);
    if (handler <= pc) continue;
    if (op === Op.SETUP_LOOP || op === Op.SETUP_ASYNC_WITH) return null;
    const depth = levelOf(i);
    if (depth === undefined) return null;
    left.push({ kind: op === Op.SETUP_WITH ? 'with' : op === Op.SETUP_EXCEPT ? 'except' : 'finally', setup: i, handler, depth });
  }
  for (const level of handlers) if (level >= loopLevel) left.push({ kind: 'handler', setup: -1, handler: -1, depth: level });
  // Outermost first by level (a try's block at a loop's own level sorts after the loop's, by its setup).
  left.sort((a, b) => a.depth - b.depth || (a.setup === -1 ? 1 : 0) - (b.setup === -1 ? 1 : 0) || a.setup - b.setup);
  return left.reverse();
}
