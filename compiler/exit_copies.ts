// One copy of a line-less exit block per jump that reaches it, as CPython 3.11's extend_block
// and duplicate_exits_without_lineno: the implicit `return None` at the end of a function that
// several paths jump to (the end of an if/else, of a try/except) becomes one `return` per path,
// each on the line of the jump that reaches it. An unconditional jump is replaced by the exit
// itself (so the copy continues the jump's line, as 3.11's, and is no new start of that line
// for `frame.f_lineno = N` to land on); a conditional one gets a copy placed after the exit. A frame stopped there (a profile function's
// 'return' event, which has no traced line to fall back on) then reports the line it came from,
// as 3.11's does, instead of whichever line the shared copy happened to follow in the layout.
//
// A `break` out of a loop that the exit follows returns where it stands, as 3.11's jump to the
// loop's exit gets the exit inlined: `return` unwinds the loop's block (and runs a finally or a
// with's exit on the way) as the break would have before reaching the exit.

import { Op } from '../vm/opcodes.js';
import { Block, Instr, NO_LINE } from './codegen.js';

/** SETUP_* targets are handlers, reached by unwinding: not a jump to copy an exit for. */
function isBlockPush(op: Op): boolean {
  return op === Op.SETUP_LOOP || op === Op.SETUP_EXCEPT || op === Op.SETUP_FINALLY || op === Op.SETUP_WITH || op === Op.SETUP_ASYNC_WITH;
}

function endsFlow(op: Op): boolean {
  return op === Op.JUMP_ABSOLUTE || op === Op.JUMP_FORWARD || op === Op.RETURN_VALUE ||
    op === Op.RAISE_VARARGS || op === Op.BREAK_LOOP || op === Op.CONTINUE_LOOP;
}

function firstNonEmpty(b: Block | null): Block | null {
  while (b !== null && b.instrs.length === 0) b = b.next;
  return b;
}

/** A block that only returns, with no line of its own: the code generator's implicit `return None`. */
function isExitWithoutLine(b: Block): boolean {
  const instrs = b.instrs;
  if (instrs.length === 0 || instrs.length > 2 || instrs[0].lineno !== NO_LINE) return false;
  return instrs[instrs.length - 1].op === Op.RETURN_VALUE && (instrs.length === 1 || instrs[0].op === Op.LOAD_CONST);
}

/** How many places reach each block: jumps to it, breaks landing on it, and the block before it falling through. */
function countEntries(order: Block[]): Map<Block, number> {
  const entries = new Map<Block, number>();
  const add = (b: Block | null) => {
    const t = firstNonEmpty(b);
    if (t !== null) entries.set(t, (entries.get(t) ?? 0) + 1);
  };
  for (const b of order) {
    let falls = true;
    for (const instr of b.instrs) {
      if (instr.target !== null) add(instr.target);
      if (instr.breakTo !== null) add(instr.breakTo);
      if (endsFlow(instr.op)) {
        falls = false;
        break;
      }
    }
    if (falls && b.instrs.length > 0) add(b.next);
  }
  return entries;
}

function copyBlock(b: Block): Block {
  const copy = new Block();
  copy.hasReturn = b.hasReturn;
  for (const instr of b.instrs) {
    const i = new Instr(instr.op, instr.arg);
    i.copyLocFrom(instr);
    i.ownLine = instr.ownLine;
    i.noLine = instr.noLine;
    copy.instrs.push(i);
  }
  return copy;
}

/** The exit's instructions in place of an unconditional jump to it (extend_block). */
function inlineExits(order: Block[]): void {
  for (const b of order) {
    const instrs = b.instrs;
    for (let i = 0; i < instrs.length; i++) {
      const instr = instrs[i];
      const leaves = instr.op === Op.JUMP_FORWARD || instr.op === Op.JUMP_ABSOLUTE || instr.op === Op.BREAK_LOOP;
      if (!leaves) {
        if (endsFlow(instr.op)) break;
        continue;
      }
      const target = firstNonEmpty(instr.op === Op.BREAK_LOOP ? instr.breakTo : instr.target);
      if (target === null || !isExitWithoutLine(target)) break;
      const copy = copyBlock(target).instrs;
      // A jump on a line of its own leaves a NOP standing for that line, as 3.11's.
      if (instr.lineno !== NO_LINE) {
        const nop = new Instr(Op.NOP, 0);
        nop.copyLocFrom(instr);
        nop.ownLine = instr.ownLine;
        copy.unshift(nop);
      }
      instrs.splice(i, 1, ...copy);
      b.hasReturn = true;
      break;
    }
  }
}

/**
 * Gives each jump to a shared line-less exit its own copy of it: unconditional jumps
 * take the exit's place, conditional ones jump to a copy placed right after the original
 * in the layout. Returns the new layout; new blocks are added to `blocks` too.
 */
export function duplicateExitsWithoutLine(order: Block[], blocks: Block[]): Block[] {
  inlineExits(order);
  const entries = countEntries(order);
  const copiesOf = new Map<Block, Block[]>();
  for (const b of order) {
    for (const instr of b.instrs) {
      if (instr.target === null || isBlockPush(instr.op)) continue;
      const target = firstNonEmpty(instr.target);
      if (target === null || !isExitWithoutLine(target)) continue;
      const n = entries.get(target) ?? 0;
      if (n <= 1) continue;
      entries.set(target, n - 1);
      const copy = copyBlock(target);
      blocks.push(copy);
      instr.target = copy;
      let list = copiesOf.get(target);
      if (list === undefined) copiesOf.set(target, (list = []));
      list.push(copy);
    }
  }
  if (copiesOf.size === 0) return order;
  const result: Block[] = [];
  for (const b of order) {
    result.push(b);
    const list = copiesOf.get(b);
    if (list === undefined) continue;
    let last = b;
    for (const copy of list) {
      copy.next = last.next;
      last.next = copy;
      last = copy;
      result.push(copy);
    }
  }
  return result;
}
