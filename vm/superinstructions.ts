// Superinstructions: pairs of common instructions the eval loop runs as one dispatch.
//
// Code.fastWords is a copy of Code.words in which the first word of such a pair is
// replaced by a superinstruction carrying the first instruction's argument; the second
// word stays as it was, so a jump to it (or a frame resumed there) runs it alone. The
// superinstruction reads the second word's argument itself and steps over it. Only the
// eval loop without tracing runs fastWords: traced frames, dis, the unwinder and
// co_code see the original instructions. A superinstruction whose fast path does not
// apply runs its first instruction alone (the loop re-dispatches it as the original
// opcode), leaving the second word to run next as usual. One triple (LOAD_FAST, DUP_TOP,
// LOAD_ATTR) works the same way, its middle word fused as the pair DUP_TOP+LOAD_ATTR.

import { Op } from './opcodes.js';

/** Opcode numbers above CPython's, never stored in co_code. */
export enum Super {
  /** LOAD_FAST a; LOAD_FAST b */
  LOAD_FAST_LOAD_FAST = 200,
  /** LOAD_FAST a; LOAD_CONST c */
  LOAD_FAST_LOAD_CONST = 201,
  /** STORE_FAST a; LOAD_FAST b */
  STORE_FAST_LOAD_FAST = 202,
  /** COMPARE_OP op; POP_JUMP_IF_FALSE target */
  COMPARE_OP_POP_JUMP_IF_FALSE = 203,
  /** FOR_ITER delta; STORE_FAST a (the loop variable) */
  FOR_ITER_STORE_FAST = 204,
  /** LOAD_FAST a; LOAD_ATTR name (self.x) */
  LOAD_FAST_LOAD_ATTR = 205,
  /** LOAD_GLOBAL name; LOAD_FAST a (a call's first argument) */
  LOAD_GLOBAL_LOAD_FAST = 206,
  /** INPLACE_ADD; STORE_FAST a (s += x) */
  INPLACE_ADD_STORE_FAST = 207,
  /** DUP_TOP; LOAD_ATTR name (the read of o.x += v) */
  DUP_TOP_LOAD_ATTR = 208,
  /** ROT_TWO; STORE_ATTR name (the write of o.x += v) */
  ROT_TWO_STORE_ATTR = 209,
  /**
   * LOAD_FAST a; DUP_TOP; LOAD_ATTR name (a.x += v): a triple, whose middle word is
   * DUP_TOP_LOAD_ATTR, so that a jump to it or the triple's fallback runs the pair.
   */
  LOAD_FAST_DUP_TOP_LOAD_ATTR = 210,
}

const PAIRS: [Op, Op, Super][] = [
  [Op.LOAD_FAST, Op.LOAD_FAST, Super.LOAD_FAST_LOAD_FAST],
  [Op.LOAD_FAST, Op.LOAD_CONST, Super.LOAD_FAST_LOAD_CONST],
  [Op.STORE_FAST, Op.LOAD_FAST, Super.STORE_FAST_LOAD_FAST],
  [Op.COMPARE_OP, Op.POP_JUMP_IF_FALSE, Super.COMPARE_OP_POP_JUMP_IF_FALSE],
  [Op.FOR_ITER, Op.STORE_FAST, Super.FOR_ITER_STORE_FAST],
  [Op.LOAD_FAST, Op.LOAD_ATTR, Super.LOAD_FAST_LOAD_ATTR],
  [Op.LOAD_GLOBAL, Op.LOAD_FAST, Super.LOAD_GLOBAL_LOAD_FAST],
  [Op.INPLACE_ADD, Op.STORE_FAST, Super.INPLACE_ADD_STORE_FAST],
  [Op.DUP_TOP, Op.LOAD_ATTR, Super.DUP_TOP_LOAD_ATTR],
  [Op.ROT_TWO, Op.STORE_ATTR, Super.ROT_TWO_STORE_ATTR],
];

/**
 * The superinstruction for each fusable (first, second) opcode pair, else 0: at ROW[first] << 8 |
 * second, where ROW numbers the few opcodes that begin a pair from 1 (row 0 is all zeros). Two
 * small tables rather than one of 65,536 entries, most of them 0, kept in the start-up snapshot.
 */
const ROW = new Uint8Array(256);
const firsts = [...new Set(PAIRS.map(([first]) => first))];
firsts.forEach((first, i) => (ROW[first] = i + 1));
const FUSED = new Uint8Array((firsts.length + 1) << 8);
for (const [first, second, fused] of PAIRS) FUSED[(ROW[first] << 8) | second] = fused;

/** fastWords for `words`: each fusable pair's first word replaced (pairs do not overlap). */
export function fuseWords(words: Int32Array): Int32Array {
  const out = words.slice();
  for (let i = 0; i + 1 < words.length; i++) {
    if (i + 2 < words.length && (words[i] & 0xff) === Op.LOAD_FAST && (words[i + 1] & 0xff) === Op.DUP_TOP &&
        (words[i + 2] & 0xff) === Op.LOAD_ATTR) {
      out[i] = (words[i] & ~0xff) | Super.LOAD_FAST_DUP_TOP_LOAD_ATTR;
      out[i + 1] = (words[i + 1] & ~0xff) | Super.DUP_TOP_LOAD_ATTR;
      i += 2;
      continue;
    }
    const fused = FUSED[(ROW[words[i] & 0xff] << 8) | (words[i + 1] & 0xff)];
    if (fused !== 0) {
      out[i] = (words[i] & ~0xff) | fused;
      i++;
    }
  }
  return out;
}
