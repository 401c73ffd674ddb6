// A compiled function body's `return` through its try blocks.
//
// A function body starts with no block on its frame, so the blocks it has pushed at each
// instruction are known when compiling it (jit.ts's analysis follows them). A return inside
// `try`/`for` blocks unwinds them as the eval loop's RETURN_VALUE would (unwind.ts): a loop's
// or an except's block is dropped; a finally's block is dropped and its body runs with the
// return value and Why.RETURN pushed where the block's level was, then its END_FINALLY goes
// on with the return. The finally body compiled on that path is a copy of its instructions
// at those depths (the ones the frame would have in the eval loop), written inline after the
// return: the same body fallen into normally has None pushed instead, one operand less, and
// is compiled where it is. An exit in the copy therefore leaves the frame exactly as the eval
// loop has it there, and the eval loop finishes the return itself.

import type { Code } from './code.js';
import { Op } from './opcodes.js';
import { Why, EXCEPT_HANDLER } from './frame.js';
import { OPS_HANDLED, OPS_COLD, successors, jitStackEffect } from './jit_ops.js';

/** A block a function body pushed: its SETUP_* opcode, its handler (word index) and its level (operands under it). */
export interface StaticBlock {
  op: number;
  handler: number;
  depth: number;
}

/** The instructions of a finally body run for a return: from its handler to its END_FINALLY, with their depths. */
export interface FinallyCopy {
  handler: number;
  /**
   * The END_FINALLY that ends the body: Why.RETURN on top of the stack, at depth `endDepth`:
   * `entryDepth`, or one less after a `with` statement's cleanup (its __exit__ called and gone).
   */
  end: number;
  entryDepth: number;
  endDepth: number;
  depth: Map<number, number>;
  labels: Set<number>;
  maxDepth: number;
}

/**
 * How a return at some instruction unwinds: blocks dropped (null), except handlers ended (the
 * handler's level, a number: the exception handled before comes back) and finally bodies
 * run, from the top block down.
 */
export type ReturnPlan = (FinallyCopy | number | null)[];

/** What a finally body may hold to be run for a return: straight code (no blocks, loops or nested finally bodies). */
const COPY_OPS = new Set<number>([...OPS_HANDLED].filter((op) =>
  op !== Op.SETUP_LOOP && op !== Op.SETUP_EXCEPT && op !== Op.SETUP_FINALLY && op !== Op.SETUP_WITH && op !== Op.POP_BLOCK && op !== Op.END_FINALLY && op !== Op.FOR_ITER &&
  op !== Op.CALL_FUNCTION_KW && op !== Op.CALL_FUNCTION_EX && op !== Op.RAISE_VARARGS && op !== Op.POP_EXCEPT && !OPS_COLD.has(op)));

/**
 * The blocks after `op` runs (not jumping), given those before it; null when it pops a block
 * the body did not push. A `with` statement's block is SETUP_WITH's here (the frame has a
 * SETUP_FINALLY block for it), at the level above its __exit__.
 */
export function blocksAfter(blocks: readonly StaticBlock[], op: number, arg: number, pc: number, d: number): readonly StaticBlock[] | null {
  if (op === Op.SETUP_LOOP || op === Op.SETUP_EXCEPT || op === Op.SETUP_FINALLY || op === Op.SETUP_WITH) return [...blocks, { op, handler: pc + 1 + (arg >> 1), depth: d }];
  if (op === Op.POP_BLOCK) return blocks.length === 0 || blocks[blocks.length - 1].op === EXCEPT_HANDLER ? null : blocks.slice(0, -1);
  if (op === Op.POP_EXCEPT) return blocks.length === 0 || blocks[blocks.length - 1].op !== EXCEPT_HANDLER ? null : blocks.slice(0, -1);
  return blocks;
}

/** True when two block stacks are the same. */
export function sameBlocks(a: readonly StaticBlock[], b: readonly StaticBlock[]): boolean {
  return a.length === b.length && a.every((x, i) => x.op === b[i].op && x.handler === b[i].handler && x.depth === b[i].depth);
}

/** How a return under `blocks` unwinds them, or null when a finally body on the way is more than straight code. */
export function returnPlan(code: Code, blocks: readonly StaticBlock[]): ReturnPlan | null {
  const plan: ReturnPlan = [];
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.op === EXCEPT_HANDLER) {
      plan.push(b.depth);
      continue;
    }
    if (b.op !== Op.SETUP_FINALLY && b.op !== Op.SETUP_WITH) {
      plan.push(null);
      continue;
    }
    // A with statement's cleanup takes its __exit__ from under the return's two values.
    const copy = finallyCopy(code, b.handler, b.depth + 2, b.op === Op.SETUP_WITH ? b.depth + 1 : b.depth + 2);
    if (copy === null) return null;
    plan.push(copy);
  }
  return plan;
}

/** Instructions at most in a finally body copied for a raise: each raise site it may catch writes one copy. */
const RAISE_COPY_MAX = 24;

/**
 * The finally body at `handler` (its block at level `level`) as unwinding enters it for an
 * exception (six values pushed above the level), when it is straight code also fallen into:
 * the analysis knows each instruction at one depth, so the body is compiled there for the
 * fall-through, and this copy, at the exception's depths, is written at each raise that the
 * finally catches (jit_except.ts raiseDispatch). Its END_FINALLY re-raises the exception.
 */
export function finallyCopyForRaise(code: Code, handler: number, level: number): FinallyCopy | null {
  const copy = finallyCopy(code, handler, level + 6, level + 6);
  return copy !== null && copy.depth.size <= RAISE_COPY_MAX ? copy : null;
}

/**
 * The finally body at `handler` (its block at level `level`) as a break or continue through it
 * enters it, `pending` values pushed (Why.BREAK; a continue's target and Why.CONTINUE): a
 * copy written at that break or continue (jit.ts), whose END_FINALLY goes on unwinding.
 */
export function finallyCopyForJump(code: Code, handler: number, level: number, pending: number): FinallyCopy | null {
  const copy = finallyCopy(code, handler, level + pending, level + pending);
  return copy !== null && copy.depth.size <= RAISE_COPY_MAX ? copy : null;
}

/**
 * The finally body at `handler` entered with `entryDepth` operands (the return value and
 * Why.RETURN, or an exception's six values, on top), ending with `endDepth` at its
 * END_FINALLY, or null.
 */
function finallyCopy(code: Code, handler: number, entryDepth: number, endDepth: number): FinallyCopy | null {
  const words = code.words;
  const depth = new Map<number, number>([[handler, entryDepth]]);
  const labels = new Set<number>();
  const work = [handler];
  let end = -1;
  let maxDepth = entryDepth;
  while (work.length !== 0) {
    const pc = work.pop()!;
    const d = depth.get(pc)!;
    const op = words[pc] & 0xff;
    const arg = words[pc] >> 8;
    if (op === Op.END_FINALLY && d === endDepth) {
      if (end >= 0 && end !== pc) return null;
      end = pc;
      continue;
    }
    if (!COPY_OPS.has(op)) return null;
    for (const [next, jumps] of successors(op, arg, pc)) {
      // Forward only, and never below the pending return.
      const nd = d + jitStackEffect(op, arg, jumps);
      if (next <= pc || next >= words.length || nd < endDepth) return null;
      if (jumps) labels.add(next);
      const known = depth.get(next);
      if (known === undefined) {
        depth.set(next, nd);
        if (nd > maxDepth) maxDepth = nd;
        work.push(next);
      } else if (known !== nd) return null;
    }
  }
  if (end < 0) return null;
  // Written in order, as the compiler lays it out: each instruction after the first is a
  // jump target or follows the one before it.
  const pcs = [...depth.keys()].sort((a, b) => a - b);
  for (let i = 1; i < pcs.length; i++) if (pcs[i] > end || (pcs[i] !== pcs[i - 1] + 1 && !labels.has(pcs[i]))) return null;
  return { handler, end, entryDepth, endDepth, depth, labels, maxDepth };
}

/**
 * A finally body's instructions as a copy, up to its END_FINALLY (left to the caller): each
 * jump target inside it is a labelled block (`label(target)`) that the jumps break out of.
 */
export function finallyCopyBody(
  copy: FinallyCopy, label: (target: number) => string,
  emit: (pc: number, d: number, jump: (target: number) => string) => string[],
): string[] {
  const out: string[] = [];
  const targets = [...copy.labels].sort((a, b) => b - a);
  if (targets.length !== 0) out.push(targets.map((t) => `${label(t)}: {`).join(' '));
  const pcs = [...copy.depth.keys()].sort((a, b) => a - b);
  for (const p of pcs) {
    if (copy.labels.has(p)) out.push(`} // ${label(p)}`);
    if (p === copy.end) break;
    out.push(...emit(p, copy.depth.get(p)!, (t) => `break ${label(t)};`));
  }
  return out;
}

/**
 * The JavaScript of a return of the operand at depth `d - 1` under the blocks `plan` unwinds:
 * `emit(copy, pc, d, jump)` writes the instruction of a finally body's copy (`jump(target)`
 * goes on at a later instruction of it), `exit(pc, d)` leaves at an instruction. `k` makes
 * the copy's block labels unique in the compiled function.
 */
export function returnThroughBlocks(
  pc: number, d: number, plan: ReturnPlan, k: number,
  emit: (pc: number, d: number, jump: (target: number) => string) => string[], keepLocals: (at: number) => string[],
): string[] {
  const out = [`// ${pc * 2} RETURN_VALUE, through ${plan.length} block${plan.length === 1 ? '' : 's'}`];
  out.push('{', `  let rv = s${d - 1};`);
  // The instruction that returns last: the RETURN_VALUE, or the END_FINALLY of the last finally body run.
  let returnedAt = pc;
  plan.forEach((copy, i) => {
    if (typeof copy === 'number') {
      // An except handler ends: the exception handled before it comes back (unwindExceptHandler).
      out.push(`  restoreExc(vm, f, s${copy + 1});`, '  popBlock(f.blocks);');
      return;
    }
    // A loop's operands go with its block: a generator it owns is closed (owned_iterators.ts).
    out.push('  if (f.ownedIters !== null) dropOwned(vm, f, f.blocks[f.blocks.length - 1]);');
    out.push('  popBlock(f.blocks);');
    if (copy === null) return;
    const at = copy.entryDepth - 2;
    out.push(`  // the finally body at ${copy.handler * 2}, for the return`);
    out.push(`  s${at} = rv; s${at + 1} = ${Why.RETURN};`);
    out.push(...finallyCopyBody(copy, (t) => `F${k}_${i}_${t}`, emit).map((line) => `  ${line}`));
    out.push(`  // ${copy.end * 2} END_FINALLY: the return goes on`, `  rv = s${copy.endDepth - 2};`);
    returnedAt = copy.end;
  });
  // A frame someone holds (a traceback, sys._getframe) keeps its locals as they are now.
  out.push(...keepLocals(returnedAt + 1).map((l) => `  ${l}`));
  out.push('  return rv;', '}');
  return out;
}
