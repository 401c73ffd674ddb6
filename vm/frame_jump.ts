// `frame.f_lineno = N` from a trace function: CPython 3.11's frame_setlineno on tpy's block stack.
//
// A jump is legal only from a 'line' event of the frame being traced. The target is the first
// instruction of line N (or of the next line that has code). 3.11 compares the kinds of value
// stack entries at the source and the target (mark_stacks): the target's stack must be what is
// left of the source's after popping some entries, so a jump may leave a `for` loop (popping
// its iterator), a `with` block (popping __exit__, which is not called) or an `except` block
// (restoring the exception handled before), but not enter a `for` loop body, a `with` body or
// an `except` body. tpy's frames have a block stack too (vm/block_states.ts follows both):
// blocks above the common part of the two states are popped without running any `finally`;
// blocks the target has and the source lacks are pushed when they hold no values (SETUP_LOOP,
// SETUP_EXCEPT, SETUP_FINALLY: entering a try body, which 3.11's zero-cost try allows), and
// so is the None a try body leaves before falling into its finally body (3.11 runs a copy of
// the finally body on that path, with nothing on the stack).
//
// The eval loop is untouched: the trace function runs at a traced instruction (TRACE_OP),
// which, after the 'line' event, goes on at whatever f.pc / f.sp the frame has then.

import type { PyObject } from './objects/object.js';
import { valueError, attributeError } from './objects/exceptions.js';
import { None } from './objects/singletons.js';
import { Op } from './opcodes.js';
import { Frame, EXCEPT_HANDLER, NO_BLOCKS, popBlock } from './frame.js';
import { blockStates, isBlock, type BlockStates, type State } from './block_states.js';
import { unwindExceptHandler } from './unwind.js';
import { dropOwned } from './owned_iterators.js';
import type { VM } from './vm.js';

const INT_MAX = 2 ** 31 - 1;

/** The setter of frame.f_lineno. */
export function setFrameLineno(vm: VM, f: Frame, v: PyObject | undefined): void {
  if (v === undefined) throw attributeError('cannot delete attribute');
  if (typeof v !== 'number' && typeof v !== 'bigint') throw valueError('lineno must be an integer');
  // Checked in 3.11's order; outside any hook the event is 'call', as CPython's tracing_what.
  if (vm.tracingWhat === 'call') throw valueError("can't jump from the 'call' trace event of a new frame");
  if (vm.tracingWhat !== 'line') throw valueError("can only jump from a 'line' trace event");
  // DIVERGENCE: during a 'line' event CPython also jumps another frame that has a trace
  // function (its caller), which can corrupt that frame's stack; tpy refuses.
  if (f.f_trace === null || vm.tracingFrame !== f) throw valueError('f_lineno can only be set by a trace function');
  if (v < -INT_MAX - 1 || v > INT_MAX) throw valueError('lineno out of range');
  const lineno = Number(v);
  const code = f.f_code;
  if (lineno < code.co_firstlineno) throw valueError(`line ${lineno} comes before the current code block`);
  const states = blockStates(code);
  if (states === null) throw valueError('stack to deep to analyze');
  // Code no path reaches has no line: CPython's compiler leaves it out.
  const starts = lineStarts(code.lines).filter((slot) => states[slot].length > 0);
  let line = -1;
  for (const slot of starts) {
    const l = code.lines[slot];
    if (l >= lineno && (line < 0 || l < line)) line = l;
  }
  if (line < 0) throw valueError(`line ${lineno} comes after the current code block`);

  const source = frameState(f, states);
  if (source === undefined) throw valueError("can't jump from unreachable code");

  // As 3.11: the deepest compatible target wins, the first in code order among equals; when
  // none is compatible, the first incompatible one explains why.
  let best: { slot: number; state: State; common: number } | null = null;
  let why: string | null = null;
  for (const slot of starts) {
    if (code.lines[slot] !== line) continue;
    for (const state of states[slot]) {
      const common = commonPart(source, state);
      if (common < 0) why ??= explainIncompatible(state);
      else if (best === null || common > best.common) best = { slot, state, common };
    }
  }
  if (best === null) throw valueError(why ?? 'cannot find bytecode for specified line');
  moveFrame(vm, f, source, best.state, best.common);
  f.pc = best.slot + 1;
  f.traceLastPc = best.slot;
  f.traceLine = line;
}

/** The instructions that start a line (each run of instructions on one line starts a range, as in co_lines). */
function lineStarts(lines: Int32Array): number[] {
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i] > 0 && (i === 0 || lines[i - 1] !== lines[i])) starts.push(i);
  return starts;
}

/** The state of `f` before its current instruction, among those the walk found there. */
export function frameState(f: Frame, states: BlockStates): State | undefined {
  return states[f.pc - 1].find((s) => matchesFrame(s, f));
}

const BLOCK_LETTER = new Map<number, string>([[Op.SETUP_LOOP, 'L'], [Op.SETUP_EXCEPT, 'X'], [Op.SETUP_FINALLY, 'F'], [EXCEPT_HANDLER, 'H']]);

/** Whether state `s` has the frame's blocks, at their levels, and its operand count. */
function matchesFrame(s: State, f: Frame): boolean {
  const nlocals = f.f_code.co_nlocals;
  const blocks = f.blocks;
  let values = 0;
  let b = 0;
  for (const item of s) {
    if (!isBlock(item)) {
      values++;
      continue;
    }
    if (b >= blocks.length) return false;
    const letter = BLOCK_LETTER.get(blocks[b]);
    const name = letter === 'H' ? 'H' : `${letter}${blocks[b + 1]}`;
    if (item !== name || blocks[b + 2] - nlocals !== values) return false;
    b += 3;
  }
  return b === blocks.length && f.sp - f.base - nlocals === values;
}

/** Whether a source entry can stay as the target's entry at the same place (3.11's compatible_kind). */
function fits(from: string, to: string): boolean {
  if (isBlock(to) || isBlock(from)) return from === to;
  // As 3.11: any value may be left where the target has a NULL, but a NULL never becomes an object.
  if (to === 'u') return true;
  if (to === 'o') return from === 'o' || from === 'i' || from === 'e' || from === 'n' || from === 'r' || from[0] === 'c';
  if (to === 'r') return from === 'r' || from === 'o';
  return from === to;
}

/** What a jump may create: a block holding no values, the None before a finally body. */
function pushable(item: string): boolean {
  return item === 'n' || (isBlock(item) && item !== 'H');
}

/** How many entries of `source` the target keeps, or -1 when the target cannot be reached from it. */
function commonPart(source: State, target: State): number {
  let p = 0;
  while (p < source.length && p < target.length && fits(source[p], target[p])) p++;
  for (let j = p; j < target.length; j++) if (!pushable(target[j])) return -1;
  return p;
}

/** 3.11's explain_incompatible_stack: named after the target's top value. */
function explainIncompatible(target: State): string {
  for (let j = target.length - 1; j >= 0; j--) {
    const item = target[j];
    if (isBlock(item) || item === 'n') continue;
    if (item === 'e') return "can't jump into an 'except' block as there's no exception";
    if (item === 'i') return "can't jump into the body of a for loop";
    break;
  }
  return 'incompatible stacks';
}

/** Pops the source's entries above the common part (restoring exc_info at except handlers), then pushes the target's. */
function moveFrame(vm: VM, f: Frame, source: State, target: State, common: number): void {
  for (let j = source.length - 1; j >= common; j--) {
    if (!isBlock(source[j])) {
      f.sp--;
      continue;
    }
    const blocks = f.blocks;
    const level = blocks[blocks.length - 1];
    popBlock(blocks);
    if (source[j] === 'H') unwindExceptHandler(vm, f, level);
  }
  if (f.ownedIters !== null) dropOwned(vm, f, f.sp - f.base);
  for (let j = common; j < target.length; j++) {
    const item = target[j];
    if (item === 'n') {
      vm.stack[f.sp++] = None;
      continue;
    }
    if (f.blocks === NO_BLOCKS) f.blocks = [];
    const type = item[0] === 'L' ? Op.SETUP_LOOP : item[0] === 'X' ? Op.SETUP_EXCEPT : Op.SETUP_FINALLY;
    f.blocks.push(type, Number(item.slice(1)), f.sp - f.base);
  }
}
