// Masked int expressions: `(seed * 1103515245 + 12345) & 0x7FFFFFFF`, `(h * 31 + c) % 2**32`.
//
// Hashes and pseudo-random generators multiply ints past 2**53 and then keep only their low
// bits. tpy's ints beyond 2**53 are BigInts, so each such step costs several BigInt
// operations, where CPython does two-digit arithmetic in C. But `x & mask` with
// 0 <= mask < 2**32 depends only on x modulo 2**32 (ints are two's complement, however
// large), and so does `x % 2**k` (k <= 32, a floor modulo: equal to `x & (2**k - 1)`); so do
// +, -, *, ^, |, & and << by a constant of their operands. An expression of those whose
// leaves are all ints can then run in 32-bit JavaScript arithmetic (Math.imul, | 0) and
// give exactly the int CPython gives.
//
// This module finds such expressions in a code object's bytecode: trees of those operators
// over LOAD_FAST and int LOAD_CONST leaves (reading a local has no side effect, so all of
// them can be read first), ending with the mask. The loop compiler (vm/jit.ts) runs one in
// 32-bit arithmetic when every local leaf holds an int, and its instructions one by one
// otherwise (a float, a big int, a str, an unbound local), as the eval loop would.

import type { Code } from './code.js';
import { Op } from './opcodes.js';

export interface MaskedExpr {
  /** The first instruction of the expression and its last one (the `&` or `%`), as word indexes. */
  start: number;
  end: number;
  /** The locals it reads: each must hold an int (a JS number) for the 32-bit evaluation. */
  locals: number[];
  /** The expression in JavaScript, `local(i)` naming local i; its value is the result as a JS number. */
  js: (local: (i: number) => string) => string;
}

/** A parsed operand: where its instructions start, and its JavaScript as an int32 (given local names). */
interface Node {
  start: number;
  locals: number[];
  int32: (local: (i: number) => string) => string;
  /** True if it multiplies or shifts: only then can the expression leave the safe-integer range. */
  grows: boolean;
}

const MAX_NODES = 32;

/** The int32 JavaScript of each operator on two int32 operands, modulo 2**32. */
const INT32_OPS: Partial<Record<number, (a: string, b: string) => string>> = {
  [Op.BINARY_ADD]: (a, b) => `((${a} + ${b}) | 0)`,
  [Op.INPLACE_ADD]: (a, b) => `((${a} + ${b}) | 0)`,
  [Op.BINARY_SUBTRACT]: (a, b) => `((${a} - ${b}) | 0)`,
  [Op.INPLACE_SUBTRACT]: (a, b) => `((${a} - ${b}) | 0)`,
  [Op.BINARY_MULTIPLY]: (a, b) => `Math.imul(${a}, ${b})`,
  [Op.INPLACE_MULTIPLY]: (a, b) => `Math.imul(${a}, ${b})`,
  [Op.BINARY_AND]: (a, b) => `(${a} & ${b})`,
  [Op.INPLACE_AND]: (a, b) => `(${a} & ${b})`,
  [Op.BINARY_OR]: (a, b) => `(${a} | ${b})`,
  [Op.INPLACE_OR]: (a, b) => `(${a} | ${b})`,
  [Op.BINARY_XOR]: (a, b) => `(${a} ^ ${b})`,
  [Op.INPLACE_XOR]: (a, b) => `(${a} ^ ${b})`,
};

/** The mask a terminator applies: `x & m` (0 <= m < 2**32) or `x % 2**k` (k <= 32); else undefined. */
function maskOf(op: number, c: unknown): number | undefined {
  if (typeof c !== 'number' || !Number.isSafeInteger(c)) return undefined;
  if ((op === Op.BINARY_AND || op === Op.INPLACE_AND) && c >= 0 && c <= 0xffffffff) return c;
  if ((op === Op.BINARY_MODULO || op === Op.INPLACE_MODULO) && c >= 1 && c <= 2 ** 32 && Number.isInteger(Math.log2(c))) return c - 1;
  return undefined;
}

/** The masked expressions of `code`, by the word index of their first instruction. */
export function findMaskedExprs(code: Code): Map<number, MaskedExpr> {
  const words = code.words;
  const found = new Map<number, MaskedExpr>();
  let nodes = 0;
  const safeInt = (c: unknown): c is number => typeof c === 'number' && Number.isSafeInteger(c);
  // The operand whose last instruction is at `pc`, or null when it is not such a tree.
  const parse = (pc: number): Node | null => {
    if (pc < 0 || ++nodes > MAX_NODES || (pc > 0 && (words[pc - 1] & 0xff) === Op.EXTENDED_ARG)) return null;
    const op = words[pc] & 0xff;
    const arg = words[pc] >> 8;
    if (op === Op.LOAD_FAST) return { start: pc, locals: [arg], int32: (local) => `(${local(arg)} | 0)`, grows: false };
    if (op === Op.LOAD_CONST) {
      const c = code.co_consts[arg];
      return safeInt(c) ? { start: pc, locals: [], int32: () => `${c | 0}`, grows: false } : null;
    }
    if (op === Op.BINARY_LSHIFT || op === Op.INPLACE_LSHIFT) {
      // By a constant only: a negative or huge shift count raises.
      if ((words[pc - 1] & 0xff) !== Op.LOAD_CONST) return null;
      const k = code.co_consts[words[pc - 1] >> 8];
      if (!safeInt(k) || k < 0) return null;
      const left = parse(pc - 2);
      if (left === null) return null;
      return { start: left.start, locals: left.locals, int32: (local) => (k < 32 ? `(${left.int32(local)} << ${k})` : '0'), grows: true };
    }
    const f = INT32_OPS[op];
    if (f === undefined) return null;
    const right = parse(pc - 1);
    if (right === null) return null;
    const left = parse(right.start - 1);
    if (left === null) return null;
    return {
      start: left.start,
      locals: [...left.locals, ...right.locals],
      int32: (local) => f(left.int32(local), right.int32(local)),
      grows: left.grows || right.grows || op === Op.BINARY_MULTIPLY || op === Op.INPLACE_MULTIPLY,
    };
  };
  for (let end = 2; end < words.length; end++) {
    const op = words[end] & 0xff;
    if ((words[end - 1] & 0xff) !== Op.LOAD_CONST || (words[end - 2] & 0xff) === Op.EXTENDED_ARG) continue;
    const mask = maskOf(op, code.co_consts[words[end - 1] >> 8]);
    if (mask === undefined) continue;
    nodes = 0;
    const x = parse(end - 2);
    if (x === null || !x.grows) continue;
    const locals = [...new Set(x.locals)];
    // The masked int32 as a non-negative int: >>> 0 reads the 32 bits unsigned.
    found.set(x.start, { start: x.start, end, locals, js: (local) => `((${x.int32(local)} & ${mask | 0}) >>> 0)` });
  }
  return found;
}
