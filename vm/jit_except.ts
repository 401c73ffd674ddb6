// Exceptions caught in compiled code: a raise inside a compiled loop or function body whose
// handler is in the same compiled function goes on there, without leaving for the eval loop.
//
// The block stack stays the frame's own, as the eval loop keeps it: at a raise, compiled code
// writes its operands back, finds the block that catches (catchingBlock), and when its
// handler was compiled at that block's level, unwinds to it with the eval loop's own
// unwindBlocks (enterHandler: the traceback entry, EXCEPT_HANDLER pushed, sys.exc_info() set,
// the six values pushed) and jumps there. A function body whose frame has no catching block
// left raises out of it (raiseOut), as the eval loop's findHandler leaves a frame: its caller,
// compiled, takes the exception at its call (RAISED_OUT) the same way. Anything else (a hook
// set, a handler not compiled) hands the exception to the eval loop as before.

import type { PyObject } from './objects/object.js';
import type { Frame } from './frame.js';
import type { VM } from './vm.js';
import { Op } from './opcodes.js';
import { Why, EXCEPT_HANDLER, popBlock, inExceptHandler } from './frame.js';
import { PyBaseException, BaseException, forgetExitStatus } from './objects/exceptions.js';
import { None } from './objects/singletons.js';
import { PyTraceback } from './objects/traceback.js';
import { PyType } from './objects/type.js';
import { PyTuple } from './objects/tuple.js';
import { unwindBlocks, unwindExceptHandler, handledForRaise } from './unwind.js';
import { dropOwned } from './owned_iterators.js';
import type { FinallyCopy } from './jit_finally.js';

/** What a compiled call answers when the callee's body raised out of its frame: the exception is in vm.jitRaised. */
export const RAISED_OUT: PyObject = Object.freeze({ raisedOut: true }) as unknown as PyObject;

/** A handler a compiled function runs: the SETUP_* at `setup` (`level` operands under its block) entered at `handler`. */
export interface CompiledHandler {
  setup: number;
  handler: number;
  level: number;
  /** A finally body also fallen into: compiled as a copy at each raise it catches (jit_finally.ts finallyCopyForRaise). */
  copy?: FinallyCopy;
  /** A `with` statement's cleanup (SETUP_WITH's block): compiled at each raise it catches (jit_with.ts withCleanupForRaise). */
  withCleanup?: true;
}

/**
 * The index in f.blocks of the block that catches an exception raised now (the top
 * SETUP_EXCEPT or SETUP_FINALLY: unwinding drops loops and ends except handlers above it);
 * -1 when there is none, -2 when a hook is set (the eval loop reports the exception).
 */
export function catchingBlock(vm: VM, f: Frame): number {
  if (vm.hooked) return -2;
  const blocks = f.blocks;
  for (let i = blocks.length - 3; i >= 0; i -= 3) {
    const type = blocks[i];
    if (type === Op.SETUP_EXCEPT || type === Op.SETUP_FINALLY) return i;
  }
  return -1;
}

/** The traceback entry of frame `f` at byte offset `lasti`, as the eval loop's findHandler adds it. */
function addTraceback(f: Frame, exc: PyBaseException, lasti: number): void {
  exc.traceback = new PyTraceback(exc.traceback, f, lasti, f.f_code.lineAt(lasti));
  f.escape();
}

/**
 * Unwinds frame `f` to the handler of its block at `cb` (catchingBlock's), as findHandler does
 * for `exc` raised at `lasti` (a re-raise, `reraise`, keeps its traceback): f.sp then holds
 * the values pushed. unwindBlocks' steps, with the catching block turned into the
 * EXCEPT_HANDLER block in place (the same level) rather than popped and pushed again.
 */
export function enterHandler(vm: VM, f: Frame, exc: PyBaseException, lasti: number, reraise: boolean, cb: number): void {
  const prev = enterHandlerUnpushed(vm, f, exc, lasti, reraise, cb);
  const stack = vm.stack;
  let sp = f.sp - 6;
  stack[sp++] = prev?.traceback ?? None;
  stack[sp++] = prev ?? None;
  stack[sp++] = prev !== null ? prev.cls : None;
  stack[sp++] = exc.traceback ?? None;
  stack[sp++] = exc;
  stack[sp++] = exc.cls;
}

/**
 * enterHandler without its six stores into the stack (f.sp counts them): compiled code
 * holds them in its operand variables (handlerValues), and writes them into the frame where
 * it writes every operand, at an exit or before unwinding to another handler (raiseDispatch),
 * the only places where anything reads them there (unwindExceptHandler). A store of a young
 * object into the stack costs a write barrier. Answers the exception handled before (the
 * first three values), or null.
 */
export function enterHandlerUnpushed(vm: VM, f: Frame, exc: PyBaseException, lasti: number, reraise: boolean, cb: number): PyBaseException | null {
  if (!reraise) addTraceback(f, exc, lasti);
  const blocks = f.blocks;
  // The blocks above it: loops dropped, except handlers ended.
  if (blocks.length !== cb + 3) {
    for (let n = blocks.length; n > cb + 3; n -= 3) {
      const type = blocks[n - 3];
      const level = blocks[n - 1];
      popBlock(blocks);
      if (type === EXCEPT_HANDLER) unwindExceptHandler(vm, f, level);
      else {
        f.sp = f.base + level;
        if (f.ownedIters !== null) dropOwned(vm, f, level);
      }
    }
  }
  const level = blocks[cb + 2];
  f.sp = f.base + level;
  if (f.ownedIters !== null) dropOwned(vm, f, level);
  const outermost = !inExceptHandler(f);
  const prev = f.generator !== null && outermost ? null : vm.excInfo;
  if (outermost && f.f_code.hiddenFrame) f.excBefore = vm.excInfo;
  const handler = blocks[cb + 1];
  blocks[cb] = EXCEPT_HANDLER;
  blocks[cb + 1] = -1;
  forgetExitStatus(exc);
  vm.excInfo = exc;
  f.sp = f.base + level + 6;
  f.pc = handler;
  return prev;
}

/**
 * The JavaScript that puts the six values enterHandler pushes into operands s`at`...: `prev`
 * enterHandlerUnpushed's answer, `exc` the exception.
 */
export function handlerValues(at: number, prev: string, exc: string): string[] {
  return [
    `s${at} = ${prev} === null ? None : ${prev}.traceback ?? None;`,
    `s${at + 1} = ${prev} ?? None;`,
    `s${at + 2} = ${prev} === null ? None : ${prev}.cls;`,
    `s${at + 3} = ${exc}.traceback ?? None;`,
    `s${at + 4} = ${exc};`,
    `s${at + 5} = ${exc}.cls;`,
  ];
}

/**
 * `exc` leaves the compiled function body of frame `f` (f.pc past the instruction that raised,
 * locals written back), which has no catching block: as findHandler leaves a frame, its blocks
 * unwound, the frame popped, the exception in vm.jitRaised for the caller. Answers RAISED_OUT.
 */
export function raiseOut(vm: VM, f: Frame, exc: PyBaseException, reraise: boolean): PyObject {
  if (!reraise) addTraceback(f, exc, f.pc * 2 - 2);
  unwindBlocks(vm, f, Why.EXCEPTION, exc);
  if (f.ownedIters !== null) dropOwned(vm, f, 0);
  f.snapshotLocals(vm.stack);
  vm.depth -= f.dropLevels();
  vm.frame = f.f_back;
  vm.jitRaised = exc;
  return RAISED_OUT;
}

/**
 * What compiled code of frame `f` caught from a native it called (a KeyError from `d[k]`, a
 * ValueError from `int(s)`): the exception to unwind to a compiled handler or out of the
 * frame, chained to the one being handled as findHandler chains it; null when the eval loop
 * takes it (a JavaScript error, a hook set, or the native left another frame current).
 */
export function nativeRaised(vm: VM, f: Frame, e: unknown): PyBaseException | null {
  if (!(e instanceof PyBaseException) || vm.hooked || vm.frame !== f) return null;
  if (e.traceback === null && e.context === null && vm.excInfo !== null) {
    const ctx = handledForRaise(vm, f);
    if (ctx !== e) e.context = ctx;
  }
  vm.canPark = false;
  return e;
}

/** POP_EXCEPT's restoring of the exception handled before (unwindExceptHandler), from the value saved under the handler's. */
export function restoreExc(vm: VM, f: Frame, saved: PyObject): void {
  vm.excInfo = saved instanceof PyBaseException ? saved : f.generator?.callerExc ?? null;
}

/**
 * `except spec:` matching for a class or a tuple of classes, all exception classes:
 * true or false; undefined for anything else (the eval loop raises the TypeError).
 */
export function excMatchPlain(exc: PyObject, spec: PyObject): boolean | undefined {
  if (spec instanceof PyType && spec.isSubtypeOf(BaseException)) return exc instanceof PyType && exc.isSubtypeOf(spec);
  if (!(spec instanceof PyTuple)) return undefined;
  const classes = spec.items;
  for (const c of classes) if (!(c instanceof PyType) || !c.isSubtypeOf(BaseException)) return undefined;
  for (const c of classes) if (exc instanceof PyType && exc.isSubtypeOf(c as PyType)) return true;
  return false;
}

/**
 * The JavaScript of a raise at instruction `pc` of the exception in `rx`, with `d` operands
 * (s0...) under it: to a compiled handler of `handlers` around `pc` when the frame's catching
 * block is its; out of the frame (a function body, `raiseOut` true) when there is no catching
 * block; else `fallback` (the eval loop takes it).
 */
export function raiseDispatch(
  pc: number, d: number, nlocals: number, reraise: boolean, handlers: readonly CompiledHandler[],
  jump: (target: number) => string, canRaiseOut: boolean, fallback: string,
  copyOf: (h: CompiledHandler) => string[] | null = () => null, outPc = `${pc + 1}`,
): string[] {
  const out: string[] = [];
  out.push('{', '  const cb = catchingBlock(vm, f);');
  // Only handlers whose try body holds the raise can catch it (blocks nest as the source does).
  const around = handlers.filter((h) => h.setup < pc && pc < h.handler);
  if (around.length !== 0) {
    out.push('  if (cb >= 0) {');
    // Unwinding to a handler reads the saved values of the except handlers it ends from the
    // stack (unwindExceptHandler). Only here: every other way on is an exit, which writes the
    // operands itself (each store of a young object into the stack costs a write barrier).
    for (let i = 0; i < d; i++) out.push(`    stack[S + ${i}] = s${i};`);
    out.push('    const h = f.blocks[cb + 1], lv = f.blocks[cb + 2];');
    for (const h of around) {
      // A finally body compiled as a copy here, or none (the eval loop runs it).
      const copied = h.copy !== undefined || h.withCleanup === true;
      const copy = copied ? copyOf(h) : null;
      if (copied && copy === null) continue;
      out.push(
        `    if (h === ${h.handler} && lv === ${nlocals + h.level}) {`,
        `      const p = enterHandlerUnpushed(vm, f, rx, ${pc * 2}, ${reraise}, cb);`,
        ...handlerValues(h.level, 'p', 'rx').map((l) => `      ${l}`),
        '      rx = null;',
        ...(copy === null ? [`      ${jump(h.handler)}`] : copy.map((l) => `      ${l}`)),
        '    }',
      );
    }
    out.push('  }');
  }
  if (canRaiseOut) out.push(`  if (cb === -1) { pc = ${outPc}; xd = ${d}; rr = ${reraise}; break loop; }`);
  out.push(`  ${fallback}`, '}');
  return out;
}
