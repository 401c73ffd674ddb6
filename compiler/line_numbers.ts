// Final line numbers of a unit's instructions, as CPython 3.11's assembler settles them (remove_redundant_nops, mark_reachable, propagate_line_numbers) on tpy's 3.7-shaped flow graph.
//
// The code generator gives each instruction the line of the statement or expression
// being compiled, or NO_LINE for an artificial one (a loop's jump back, the block
// cleanups of try/with). Here a NOP that stands for a line keeps it only where 3.11
// keeps it, and an artificial instruction takes the line of what runs before it when
// that is unambiguous. What stays NO_LINE has no line at all: it never starts a
// 'line' trace event, and a frame stopped on it reports the line traced last, as
// 3.11's copy of an exit block carries the line of the jump that reaches it.

import { Op } from '../vm/opcodes.js';
import { NO_LINE, NO_LOCATION, type Block, type Instr, type Location } from './codegen.js';

/** Instructions after which control never reaches the next one. */
function endsFlow(op: Op): boolean {
  return op === Op.JUMP_ABSOLUTE || op === Op.JUMP_FORWARD || op === Op.RETURN_VALUE ||
    op === Op.RAISE_VARARGS || op === Op.BREAK_LOOP || op === Op.CONTINUE_LOOP;
}

/** SETUP_* targets are handlers: reached by an exception or unwinding, they count as predecessors but pass no line on. */
function isBlockPush(op: Op): boolean {
  return op === Op.SETUP_LOOP || op === Op.SETUP_EXCEPT || op === Op.SETUP_FINALLY || op === Op.SETUP_WITH || op === Op.SETUP_ASYNC_WITH;
}

/** The instructions of `b` that can run: those up to the first that ends the flow. */
function liveLength(b: Block): number {
  for (let i = 0; i < b.instrs.length; i++) if (endsFlow(b.instrs[i].op)) return i + 1;
  return b.instrs.length;
}

function fallsThrough(b: Block): boolean {
  const n = liveLength(b);
  return n === 0 || !endsFlow(b.instrs[n - 1].op);
}

/** Jumps the peephole pass sends straight on when they land on an unconditional jump. */
function threads(op: Op): boolean {
  return op === Op.JUMP_ABSOLUTE || op === Op.JUMP_FORWARD || op === Op.CONTINUE_LOOP ||
    op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE || op === Op.JUMP_IF_FALSE_OR_POP || op === Op.JUMP_IF_TRUE_OR_POP;
}

/**
 * Whether a jump to `target` (an unconditional jump) may go straight to its target,
 * as 3.11's jump_thread allows: only when that skips no line of its own.
 */
export function mayThread(jumpLine: number, targetLine: number): boolean {
  return targetLine < 0 || targetLine === jumpLine;
}

/** The block a jump really reaches once the peephole pass threads it (one step, as the pass does going forward). */
function reachedBlock(instr: Instr): Block {
  const t = instr.target!;
  if (!threads(instr.op)) return t;
  let b: Block | null = t;
  while (b && !b.instrs.length) b = b.next;
  const first = b?.instrs[0];
  if (first && (first.op === Op.JUMP_ABSOLUTE || first.op === Op.JUMP_FORWARD) && first.target && mayThread(instr.ownLine, first.ownLine)) {
    return first.target;
  }
  return t;
}

/** The next block in flow order that has instructions. */
function nextNonEmpty(b: Block): Block | null {
  let n = b.next;
  while (n && !n.instrs.length) n = n.next;
  return n;
}

/**
 * Drops the NOPs whose line is traced anyway (remove_redundant_nops): one with no
 * line, one on the line of the instruction before it, or one followed by an
 * instruction on its line or with none (which then takes the NOP's line).
 */
function removeRedundantNops(b: Block, preds: Map<Block, number>): void {
  const kept: Instr[] = [];
  let prevLine = NO_LINE;
  const instrs = b.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const instr = instrs[i];
    const line = instr.lineno;
    if (instr.op === Op.NOP) {
      if (line < 0 || line === prevLine) continue;
      if (i < instrs.length - 1) {
        const next = instrs[i + 1];
        if (next.lineno < 0 || next.lineno === line) {
          if (next.lineno < 0) next.copyLocFrom(instr);
          continue;
        }
      } else {
        const next = nextNonEmpty(b);
        if (next && next.instrs[0].lineno === line) continue;
        // A block entered only from here continues this one, as 3.11's would. When this
        // block is unreachable (an `else:` after a body that always raises), that one
        // entry is another block's jump, and 3.11 has dropped this one.
        if (next && next === b.next && preds.get(next) === 1 && preds.has(b) && next.instrs[0].lineno < 0) {
          next.instrs[0].copyLocFrom(instr);
          continue;
        }
      }
    }
    kept.push(instr);
    prevLine = line;
  }
  if (kept.length !== instrs.length) {
    instrs.length = 0;
    instrs.push(...kept);
  }
}

/** How many edges reach each block from the entry (mark_reachable); unreachable blocks get 0. */
function countPredecessors(entry: Block): Map<Block, number> {
  const preds = new Map<Block, number>([[entry, 1]]);
  const seen = new Set<Block>([entry]);
  const stack = [entry];
  const reach = (target: Block) => {
    preds.set(target, (preds.get(target) ?? 0) + 1);
    if (!seen.has(target)) {
      seen.add(target);
      stack.push(target);
    }
  };
  while (stack.length) {
    const b = stack.pop()!;
    const n = liveLength(b);
    for (let i = 0; i < n; i++) {
      const instr = b.instrs[i];
      // A loop's end is reached by its `break`s (and its normal exit), not by SETUP_LOOP.
      if (instr.target && instr.op !== Op.SETUP_LOOP) reach(reachedBlock(instr));
      if (instr.breakTo) reach(instr.breakTo);
    }
    if (b.next && fallsThrough(b)) reach(b.next);
  }
  return preds;
}

/** Gives artificial instructions the location of the instruction that runs before them, where that is one instruction. */
function propagateLineNumbers(entry: Block, entryLine: number, order: Block[], preds: Map<Block, number>): void {
  // A function starts after 3.11's RESUME, located at the start of its first line.
  const resume: Location = { lineno: entryLine, endLineno: entryLine, colOffset: entryLine < 0 ? -1 : 0, endColOffset: entryLine < 0 ? -1 : 0 };
  for (const b of order) {
    const n = liveLength(b);
    // An unreachable block (3.11 has removed it) passes no line on to the blocks it would reach.
    if (!n || !preds.has(b)) continue;
    let prev: Location = b === entry ? resume : NO_LOCATION;
    let atStart = b === entry;
    for (let i = 0; i < b.instrs.length; i++) {
      const instr = b.instrs[i];
      // ...but a loop's SETUP_LOOP does not take that line: 3.11 has no instruction there to trace.
      if (atStart && instr.op === Op.SETUP_LOOP) continue;
      atStart = false;
      if (instr.lineno < 0) instr.copyLocFrom(prev);
      else prev = instr;
    }
    // 3.11 ends a block at every jump; here a jump may sit mid-block, so each one passes its location on.
    for (let i = 0; i < n; i++) {
      const instr = b.instrs[i];
      if (instr.target && !isBlockPush(instr.op)) inherit(reachedBlock(instr), instr);
      if (instr.breakTo && !instr.breakViaCleanup) inherit(instr.breakTo, instr);
    }
    if (b.next && fallsThrough(b)) inherit(b.next, b.instrs[n - 1]);
  }

  /** A block reached from one place only starts at the location it is reached from. */
  function inherit(b: Block, from: Location): void {
    if (preds.get(b) !== 1) return;
    if (!b.instrs.length) {
      if (b.next) inherit(b.next, from);
      return;
    }
    if (b.instrs[0].lineno < 0) b.instrs[0].copyLocFrom(from);
  }
}

/**
 * Settles every instruction's line; `order` is the layout, `entryLine` the line of a
 * function's first line (NO_LINE for a module). The NOPs left must survive the peephole pass.
 */
export function resolveLineNumbers(entry: Block, order: Block[], entryLine: number): void {
  for (const b of order) for (const instr of b.instrs) instr.ownLine = instr.lineno;
  const preds = countPredecessors(entry);
  for (const b of order) removeRedundantNops(b, preds);
  let first: Block | null = entry;
  while (first && !first.instrs.length) first = first.next;
  if (first) propagateLineNumbers(first, entryLine, order, preds);
  // 3.11 drops NOPs once more at the end, when the lines they stood for have spread.
  for (const b of order) removeRedundantNops(b, preds);
}
