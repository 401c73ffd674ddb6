// The peephole pass over finished wordcode (CPython 3.7's peephole.c): folds tuples of constants, threads jumps to jumps, drops dead code after returns, then squeezes out the NOPs it left.
//
// Every rewrite stays inside one basic block and never grows the code: removed
// instructions first become NOPs, and a final pass deletes them while retargeting
// jumps and the line table. Like 3.7, the pass is skipped when the line table needs
// its multi-byte encoding (a byte delta of 255 in it). Lines are 3.11's: a tuple whose
// constants sit on other lines than its BUILD_TUPLE stays unfolded, so that no traced
// line is lost, and the NOPs the code generator placed to carry a line stay.

import { Op } from '../vm/opcodes.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyFloat } from '../vm/objects/float.js';
import { PyComplex } from '../vm/objects/complex.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { PyBytes } from '../vm/objects/bytes.js';
import { None } from '../vm/objects/singletons.js';
import { PySetBase } from '../vm/objects/set.js';
import { instrSize, writeOpArg, linesFromLnotab } from './assembler.js';
import { mayThread } from './line_numbers.js';

const isUnconditionalJump = (op: number) => op === Op.JUMP_ABSOLUTE || op === Op.JUMP_FORWARD;
const isConditionalJump = (op: number) =>
  op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE || op === Op.JUMP_IF_FALSE_OR_POP || op === Op.JUMP_IF_TRUE_OR_POP;
// CONTINUE_LOOP's argument is absolute too (peephole.c's ABSOLUTE_JUMP): read as relative, its
// target was some later instruction, and when that was a jump the pass "threaded" the
// continue to wherever that jump went.
const isAbsoluteJump = (op: number) =>
  op === Op.JUMP_ABSOLUTE || op === Op.CONTINUE_LOOP || op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE ||
  op === Op.JUMP_IF_FALSE_OR_POP || op === Op.JUMP_IF_TRUE_OR_POP;
const jumpsOnTrue = (op: number) => op === Op.POP_JUMP_IF_TRUE || op === Op.JUMP_IF_TRUE_OR_POP;

/** Jumps whose targets start basic blocks (markblocks). */
const JUMP_OPS = new Set<number>([
  Op.FOR_ITER, Op.JUMP_FORWARD, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.POP_JUMP_IF_FALSE,
  Op.POP_JUMP_IF_TRUE, Op.JUMP_ABSOLUTE, Op.CONTINUE_LOOP, Op.SETUP_LOOP, Op.SETUP_EXCEPT, Op.SETUP_FINALLY,
  Op.SETUP_WITH, Op.SETUP_ASYNC_WITH,
]);

function truthy(v: PyObject): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'string') return v.length > 0;
  if (v instanceof PyFloat) return v.value !== 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyBytes) return v.data.length > 0;
  if (v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PySetBase) return v.size > 0;
  return v !== None;
}

export interface Optimized {
  code: Uint8Array;
  lnotab: number[];
  /** The instructions' locations (4 per word, by the word of each opcode), moved with them. */
  positions: Int32Array;
}

/**
 * Optimizes `code` (wordcode) in the context of `consts`, which may gain folded
 * tuples at its end, and `lnotab`, whose byte deltas are updated for removed code.
 * `lineNops` flags the words holding NOPs that must stay; `ownLines` holds the line the
 * code generator gave each instruction (NO_LINE when artificial), which decides what
 * jumps may be threaded. `positions` holds each instruction's location (co_positions).
 */
export function optimizeCode(
  input: Uint8Array, consts: PyObject[], lnotab: number[], lineNops: Uint8Array, ownLines: Int32Array, positions: Int32Array,
): Optimized {
  for (let i = 0; i < lnotab.length; i += 2) if (lnotab[i] === 255) return { code: input, lnotab, positions };
  const keep = lineNops.slice();
  // Lines relative to the first one: folding instructions of different lines would lose a traced line.
  const lineOf = linesFromLnotab(lnotab, 0, input.length / 2);
  const oneLine = (start: number, end: number) => {
    for (let k = start; k < end; k++) if (lineOf[k] !== lineOf[end]) return false;
    return true;
  };
  const code = input.slice();
  const len = code.length / 2;
  const opAt = (i: number) => code[2 * i];
  const argByte = (i: number) => code[2 * i + 1];
  const setWord = (i: number, op: number, arg: number) => {
    code[2 * i] = op;
    code[2 * i + 1] = arg;
  };
  const fillNops = (start: number, end: number) => {
    for (let i = start; i < end; i++) {
      setWord(i, Op.NOP, Op.NOP);
      keep[i] = 0;
    }
  };
  /** The effective argument of the instruction at i, with its EXTENDED_ARG prefixes. */
  const getArg = (i: number): number => {
    let arg = argByte(i);
    if (i >= 1 && opAt(i - 1) === Op.EXTENDED_ARG) {
      arg |= argByte(i - 1) << 8;
      if (i >= 2 && opAt(i - 2) === Op.EXTENDED_ARG) {
        arg |= argByte(i - 2) << 16;
        if (i >= 3 && opAt(i - 3) === Op.EXTENDED_ARG) arg = (arg | (argByte(i - 3) << 24)) >>> 0;
      }
    }
    return arg;
  };
  const findOp = (i: number) => {
    while (i < len && opAt(i) === Op.EXTENDED_ARG) i++;
    return i;
  };
  const jumpTarget = (i: number) => getArg(i) / 2 + (isAbsoluteJump(opAt(i)) ? 0 : i + 1);

  // Basic-block numbers: a jump target starts a new block.
  const blocks = new Uint32Array(len);
  for (let i = 0; i < len; i++) if (JUMP_OPS.has(opAt(i))) blocks[jumpTarget(i)] = 1;
  for (let i = 0, n = 0; i < len; i++) {
    n += blocks[i];
    blocks[i] = n;
  }
  const sameBlock = (start: number, end: number) => blocks[start] === blocks[end];

  /** Rewrites the argument in place if it fits; returns the new op index or -1. */
  const setArg = (i: number, arg: number): number => {
    const cur = getArg(i);
    if (cur === arg) return i;
    const curLen = instrSize(cur);
    const newLen = instrSize(arg);
    if (curLen < newLen) return -1;
    writeOpArg(code, i + 1 - curLen, opAt(i), arg, newLen);
    fillNops(i + 1 - curLen + newLen, i + 1);
    return i - curLen + newLen;
  };
  /**
   * Of the words just folded to NOPs (`words`, in order: where each folded instruction
   * started), keeps those that carry a line no neighbour carries, as 3.11's
   * remove_redundant_nops keeps a NOP whose line differs from the previous instruction's
   * and the next one's: a constant test on a line of its own (`1 if\n True else 2`,
   * `if (0 or\n 1):`) still has its line event.
   */
  const keepLineNops = (words: number[]) => {
    let prev = words[0] > 0 ? lineOf[words[0] - 1] : -1;
    const last = words[words.length - 1];
    const after = last + 1 < len ? lineOf[last + 1] : -1;
    for (let k = 0; k < words.length; k++) {
      const line = lineOf[words[k]];
      const next = k + 1 < words.length ? lineOf[words[k + 1]] : after;
      if (line === prev || line === next) continue;
      keep[words[k]] = 1;
      prev = line;
    }
  };
  /** Writes op/arg at the end of [i, maxi), NOPs before it; returns the op index or -1. */
  const copyOpArg = (i: number, op: number, arg: number, maxi: number): number => {
    const ilen = instrSize(arg);
    if (i + ilen > maxi) return -1;
    writeOpArg(code, maxi - ilen, op, arg, ilen);
    fillNops(i, maxi - ilen);
    return maxi - 1;
  };
  /** The start (EXTENDED_ARG prefix included) of the nth LOAD_CONST back from i. */
  const lastnConstStart = (i: number, n: number): number => {
    for (;;) {
      i--;
      if (opAt(i) === Op.LOAD_CONST) {
        if (!--n) {
          while (i > 0 && opAt(i - 1) === Op.EXTENDED_ARG) i--;
          return i;
        }
      }
    }
  };

  /** A jump to an unconditional jump goes straight to its target; an unconditional jump to a return returns. */
  const threadJump = (i: number, opcode: number, opStart: number): void => {
    const tgt = findOp(jumpTarget(i));
    // A jump to a return becomes the return, unless that loses the return's own line (3.11
    // copies only an exit block without a line: `return (\n a\n if c else b)` traces the
    // `return` line again after the `a` branch).
    if (isUnconditionalJump(opcode) && opAt(tgt) === Op.RETURN_VALUE && (ownLines[tgt] < 0 || lineOf[tgt] === lineOf[i])) {
      setWord(opStart, Op.RETURN_VALUE, 0);
      fillNops(opStart + 1, i + 1);
    } else if (isUnconditionalJump(opAt(tgt)) && mayThread(ownLines[i], ownLines[tgt])) {
      let arg = jumpTarget(tgt);
      if (opcode === Op.JUMP_FORWARD) {
        opcode = Op.JUMP_ABSOLUTE; // JUMP_ABSOLUTE can go backwards
      } else if (!isAbsoluteJump(opcode)) {
        if (arg < i + 1) return; // no backward relative jumps
        arg -= i + 1;
      }
      copyOpArg(opStart, opcode, arg * 2, i + 1);
    }
  };

  let cumlc = 0;
  let lastlc = 0;
  for (let i = findOp(0), nexti: number; i < len; i = nexti) {
    const opcode = opAt(i);
    let opStart = i;
    while (opStart >= 1 && opAt(opStart - 1) === Op.EXTENDED_ARG) opStart--;
    nexti = i + 1;
    while (nexti < len && opAt(nexti) === Op.EXTENDED_ARG) nexti++;
    const nextop = nexti < len ? opAt(nexti) : 0;
    lastlc = cumlc;
    cumlc = 0;

    switch (opcode) {
      // LOAD_CONST <true>; POP_JUMP_IF_FALSE: drop both ("while 1").
      case Op.LOAD_CONST:
        cumlc = lastlc + 1;
        if (nextop !== Op.POP_JUMP_IF_FALSE || !sameBlock(opStart, i + 1) || !truthy(consts[getArg(i)])) break;
        fillNops(opStart, nexti + 1);
        keepLineNops([opStart, nexti]);
        cumlc = 0;
        break;

      // LOAD_CONST a, ..., LOAD_CONST z, BUILD_TUPLE n -> LOAD_CONST (a, ..., z);
      // BUILD_TUPLE n UNPACK_SEQUENCE n -> nothing, ROT_TWO, or ROT_THREE ROT_TWO.
      case Op.BUILD_TUPLE: {
        const j = getArg(i);
        if (j > 0 && lastlc >= j) {
          const h = lastnConstStart(opStart, j);
          if (sameBlock(h, opStart) && oneLine(h, i)) {
            const items: PyObject[] = [];
            for (let k = 0, pos = h; k < j; k++, pos++) {
              pos = findOp(pos);
              items.push(consts[getArg(pos)]);
            }
            consts.push(new PyTuple(items));
            copyOpArg(h, Op.LOAD_CONST, consts.length - 1, i + 1);
            break;
          }
        }
        if (nextop !== Op.UNPACK_SEQUENCE || !sameBlock(opStart, i + 1) || j !== getArg(nexti)) break;
        if (j < 2) {
          fillNops(opStart, nexti + 1);
        } else if (j === 2) {
          setWord(opStart, Op.ROT_TWO, 0);
          fillNops(opStart + 1, nexti + 1);
        } else if (j === 3) {
          setWord(opStart, Op.ROT_THREE, 0);
          setWord(opStart + 1, Op.ROT_TWO, 0);
          fillNops(opStart + 2, nexti + 1);
        }
        break;
      }

      // A conditional jump to a conditional jump whose outcome the first one implies:
      //   x: JUMP_IF_FALSE_OR_POP y   y: JUMP_IF_FALSE_OR_POP z  ->  x: JUMP_IF_FALSE_OR_POP z
      //   x: JUMP_IF_FALSE_OR_POP y   y: JUMP_IF_TRUE_OR_POP z   ->  x: POP_JUMP_IF_FALSE y+1
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP: {
        const tgt = findOp(getArg(i) / 2);
        let j = opAt(tgt);
        if (isConditionalJump(j) && mayThread(ownLines[i], ownLines[tgt])) {
          let h: number;
          if (jumpsOnTrue(j) === jumpsOnTrue(opcode)) {
            h = setArg(i, getArg(tgt));
          } else {
            h = setArg(i, (tgt + 1) * 2);
            j = opcode === Op.JUMP_IF_TRUE_OR_POP ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE;
          }
          if (h >= 0) {
            nexti = h;
            code[2 * nexti] = j;
            break;
          }
        }
        threadJump(i, opcode, opStart);
        break;
      }

      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.FOR_ITER:
      case Op.JUMP_FORWARD:
      case Op.JUMP_ABSOLUTE:
      case Op.CONTINUE_LOOP:
      case Op.SETUP_LOOP:
      case Op.SETUP_EXCEPT:
      case Op.SETUP_FINALLY:
      case Op.SETUP_WITH:
      case Op.SETUP_ASYNC_WITH:
        threadJump(i, opcode, opStart);
        break;

      // Code after a return, up to the next jump target, is unreachable.
      case Op.RETURN_VALUE: {
        let h = i + 1;
        while (h < len && sameBlock(i, h)) h++;
        if (h > i + 1) {
          fillNops(i + 1, h);
          nexti = findOp(h);
        }
        break;
      }
    }

  }

  // Old word index -> new word index once the NOPs are gone.
  for (let i = 0, nops = 0; i < len; i++) {
    blocks[i] = i - nops;
    if (opAt(i) === Op.NOP && !keep[i]) nops++;
  }
  const newLnotab = lnotab.slice();
  for (let i = 0, cumOrig = 0, lastOffset = 0; i < newLnotab.length; i += 2) {
    cumOrig += newLnotab[i];
    const newOffset = blocks[cumOrig / 2] * 2;
    newLnotab[i] = newOffset - lastOffset;
    lastOffset = newOffset;
  }

  // Remove the NOPs and retarget the jumps.
  const newPositions = new Int32Array(positions.length).fill(-1);
  let h = 0;
  for (let i = 0, opStart = 0; i < len; i++, opStart = i) {
    let j = argByte(i);
    while (opAt(i) === Op.EXTENDED_ARG) {
      i++;
      j = ((j << 8) | argByte(i)) >>> 0;
    }
    const opcode = opAt(i);
    switch (opcode) {
      case Op.NOP:
        if (!keep[i]) continue;
        break;
      case Op.JUMP_ABSOLUTE:
      case Op.CONTINUE_LOOP:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP:
        j = blocks[j / 2] * 2;
        break;
      case Op.FOR_ITER:
      case Op.JUMP_FORWARD:
      case Op.SETUP_LOOP:
      case Op.SETUP_EXCEPT:
      case Op.SETUP_FINALLY:
      case Op.SETUP_WITH:
      case Op.SETUP_ASYNC_WITH:
        j = (blocks[j / 2 + i + 1] - blocks[i] - 1) * 2;
        break;
    }
    const ilen = i - opStart + 1;
    if (instrSize(j) > ilen) return { code: input, lnotab, positions };
    // A shorter argument keeps its slots as EXTENDED_ARG 0 prefixes.
    writeOpArg(code, h, opcode, j, ilen);
    for (let k = 0; k < 4; k++) newPositions[4 * (h + ilen - 1) + k] = positions[4 * i + k];
    h += ilen;
  }
  return { code: code.slice(0, h * 2), lnotab: newLnotab, positions: newPositions.slice(0, h * 4) };
}
