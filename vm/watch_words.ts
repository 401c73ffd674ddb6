// The bytecode frames run while the finaliser watch is on and no trace function is set.
//
// The watch (vm/finalize_now.ts) decides before an instruction whether to look for dropped
// objects: after a frame returned (a method a native op called, a generator's yield), at a
// new line, at a loop's next iteration, after an instruction that drops a reference. Only an
// instruction that can run no Python code, and drops nothing, needs no such report after it:
// here the slot after one is left to run its own plain instruction, unless a line starts
// there or a jump lands there, or it may break a link of the watch's paths (it is reported
// before it runs: vm/link_breaking_ops.ts); every other slot is TRACE_OP, as in fully traced
// bytecode.
// (code.words, without superinstructions: their second word may be a report.)

import { Op, argKind, ArgKind } from './opcodes.js';
import { PseudoOp } from './pseudo_op.js';
import { needsReportBefore } from './link_breaking_ops.js';
import type { Code } from './code.js';

/** Opcodes after which a reference may have gone (see above). */
export const DROPS_REFERENCE = new Uint8Array(256);
for (const op of [Op.DELETE_NAME, Op.DELETE_FAST, Op.DELETE_GLOBAL, Op.DELETE_ATTR, Op.DELETE_SUBSCR, Op.DELETE_DEREF,
  Op.STORE_NAME, Op.STORE_FAST, Op.STORE_GLOBAL, Op.STORE_ATTR, Op.STORE_SUBSCR, Op.STORE_DEREF, Op.POP_TOP,
  Op.CALL_FUNCTION, Op.CALL_FUNCTION_KW, Op.CALL_FUNCTION_EX, Op.CALL_METHOD]) DROPS_REFERENCE[op] = 1;

/** Instructions that run no Python code and drop no reference (the slot after them is not reported). */
const QUIET = new Uint8Array(256);
for (const op of [Op.LOAD_FAST, Op.LOAD_CONST, Op.LOAD_CLOSURE, Op.LOAD_DEREF, Op.DUP_TOP, Op.DUP_TOP_TWO, Op.ROT_TWO,
  Op.ROT_THREE, Op.NOP, Op.EXTENDED_ARG, Op.BUILD_TUPLE, Op.BUILD_LIST, Op.SETUP_LOOP, Op.JUMP_ABSOLUTE,
  Op.JUMP_FORWARD]) QUIET[op] = 1;

/** code.words with TRACE_OP at each slot the watch is told about (kept on the code). */
export function watchWords(code: Code): Int32Array {
  return code.watchWords ?? makeWatchWords(code);
}

function makeWatchWords(code: Code): Int32Array {
  const words = code.words;
  const lines = code.lines;
  const n = words.length;
  const w = Int32Array.from(words);
  const landed = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    const op = words[s] & 0xff;
    const arg = words[s] >> 8;
    if (argKind[op] === ArgKind.JumpRelative) landed[s + 1 + (arg >> 1)] = 1;
    else if (argKind[op] === ArgKind.JumpAbsolute && arg >> 1 < n) landed[arg >> 1] = 1;
  }
  for (let s = 0; s < n; s++) {
    const lineStart = s < lines.length && lines[s] > 0;
    if (s === 0 || lineStart || landed[s] === 1 || QUIET[words[s - 1] & 0xff] === 0 || needsReportBefore(words[s])) {
      w[s] = PseudoOp.TRACE_OP;
    }
  }
  code.watchWords = w;
  return w;
}
