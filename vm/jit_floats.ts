// What the loop compiler knows, while it writes a straight run of instructions, about which
// operand and local variables hold plain floats (PyFloat objects of float itself).
//
// Float arithmetic in a compiled loop tests both operands' types at every site, for the
// int, float and mixed cases of the eval loop's fast paths (jit_ops.ts, fastArithmetic). A
// value made by a float fast path a few instructions earlier (`d2 = dx * dx + dy * dy`)
// needs no test: its site could only fall through with a float. Knowing so, the compiler
// writes the float case alone, which makes smaller functions for V8 to compile and fewer
// tests to run (nbody's inner loop is all such chains).
//
// Knowledge only flows forward along straight-line code: it is forgotten at every label
// (a jump target or loop head: control may arrive there from anywhere), and an instruction
// this file does not model forgets every operand slot (never a local: only STORE_FAST and
// DELETE_FAST write a local's variable in compiled code).

import type { Code } from './code.js';
import { Op } from './opcodes.js';
import { PyFloat, floatType } from './objects/float.js';

export class FloatKnowledge {
  /** Operand depths (s<i>) and local indices (l<i>) holding plain floats here. */
  readonly stack = new Set<number>();
  readonly locals = new Set<number>();

  /**
   * Arithmetic sites compiled for two floats alone (`speculated`): any other operands leave
   * the compiled code there, and after a few such exits jit.ts compiles the loop again with
   * the site's slow path (jit.ts, countExit), which ends the speculation.
   */
  constructor(readonly speculated: ReadonlySet<number> = new Set()) {}

  /** At a label: anything may arrive. */
  forget(): void {
    this.stack.clear();
    this.locals.clear();
  }

  private set(slot: number, float: boolean): void {
    if (float) this.stack.add(slot);
    else this.stack.delete(slot);
  }

  /**
   * After the instruction at `pc`, run with `d` operands: what it leaves known. `slowCompiled`:
   * its slow path calls the eval loop's helper (whose result may be anything) rather than
   * leaving the compiled code, so only fast paths fall through to the next instruction.
   */
  after(code: Code, pc: number, d: number, slowCompiled: boolean): void {
    const word = code.words[pc];
    const op = word & 0xff;
    const arg = word >> 8;
    switch (op) {
      case Op.NOP: case Op.EXTENDED_ARG: case Op.SETUP_LOOP: case Op.SETUP_EXCEPT: case Op.SETUP_FINALLY:
      case Op.POP_BLOCK: case Op.JUMP_FORWARD: case Op.JUMP_ABSOLUTE:
        return;
      case Op.LOAD_FAST: this.set(d, this.locals.has(arg)); return;
      case Op.STORE_FAST:
        if (this.stack.has(d - 1)) this.locals.add(arg);
        else this.locals.delete(arg);
        this.stack.delete(d - 1);
        return;
      case Op.DELETE_FAST: this.locals.delete(arg); return;
      case Op.LOAD_CONST: {
        const c = code.co_consts[arg];
        this.set(d, c instanceof PyFloat && c.cls === floatType);
        return;
      }
      case Op.POP_TOP: this.stack.delete(d - 1); return;
      case Op.DUP_TOP: this.set(d, this.stack.has(d - 1)); return;
      case Op.ROT_TWO: {
        const top = this.stack.has(d - 1);
        this.set(d - 1, this.stack.has(d - 2));
        this.set(d - 2, top);
        return;
      }
      case Op.ROT_THREE: {
        const top = this.stack.has(d - 1);
        this.set(d - 1, this.stack.has(d - 2));
        this.set(d - 2, this.stack.has(d - 3));
        this.set(d - 3, top);
        return;
      }
      case Op.LOAD_ATTR: this.stack.delete(d - 1); return;
      case Op.LOAD_GLOBAL: case Op.LOAD_NAME: case Op.LOAD_DEREF: this.stack.delete(d); return;
      case Op.STORE_ATTR: this.stack.delete(d - 1); this.stack.delete(d - 2); return;
      case Op.COMPARE_OP: this.stack.delete(d - 1); this.stack.delete(d - 2); return;
      default: {
        const result = this.speculated.has(pc) || floatResult(op, this.stack.has(d - 2), this.stack.has(d - 1), slowCompiled);
        if (result !== undefined) {
          this.set(d - 2, result);
          this.stack.delete(d - 1);
          return;
        }
      }
    }
    this.stack.clear();
  }
}

/** For an arithmetic instruction: whether its result is surely a plain float; undefined for other instructions. */
function floatResult(op: number, a: boolean, b: boolean, slowCompiled: boolean): boolean | undefined {
  switch (op) {
    case Op.BINARY_ADD: case Op.INPLACE_ADD: case Op.BINARY_SUBTRACT: case Op.INPLACE_SUBTRACT:
    case Op.BINARY_MULTIPLY: case Op.INPLACE_MULTIPLY:
      // Two floats never take the slow path; one float with an int makes a float too.
      return (a && b) || ((a || b) && !slowCompiled);
    case Op.BINARY_TRUE_DIVIDE: case Op.INPLACE_TRUE_DIVIDE:
      // Every fast path divides doubles; two floats go slow only to raise ZeroDivisionError.
      return (a && b) || !slowCompiled;
    case Op.BINARY_POWER: case Op.INPLACE_POWER:
      return !slowCompiled; // the fast path is a float to the power 0.5
    case Op.BINARY_FLOOR_DIVIDE: case Op.INPLACE_FLOOR_DIVIDE: case Op.BINARY_MODULO: case Op.INPLACE_MODULO:
    case Op.BINARY_AND: case Op.INPLACE_AND: case Op.BINARY_OR: case Op.INPLACE_OR: case Op.BINARY_XOR:
    case Op.INPLACE_XOR: case Op.BINARY_LSHIFT: case Op.INPLACE_LSHIFT: case Op.BINARY_RSHIFT: case Op.INPLACE_RSHIFT:
      return false;
    default:
      return undefined;
  }
}

/**
 * The float arithmetic a loop compiled now should speculate on: `+ - * /` whose result is
 * stored at once in a local that holds a plain float when the loop is compiled (after it
 * ran a couple of hundred turns in the eval loop), and whose slow path is not compiled in.
 */
export function speculatedFloatSites(
  code: Code, pcs: Iterable<number>, local: (i: number) => unknown, slowAt: (pc: number) => boolean,
): Set<number> {
  const sites = new Set<number>();
  const words = code.words;
  for (const pc of pcs) {
    const op = words[pc] & 0xff;
    if (!SPECULATED_OPS.has(op) || slowAt(pc) || (words[pc + 1] & 0xff) !== Op.STORE_FAST) continue;
    const v = local(words[pc + 1] >> 8);
    if (v instanceof PyFloat && v.cls === floatType) sites.add(pc);
  }
  return sites;
}

const SPECULATED_OPS = new Set<number>([
  Op.BINARY_ADD, Op.INPLACE_ADD, Op.BINARY_SUBTRACT, Op.INPLACE_SUBTRACT, Op.BINARY_MULTIPLY, Op.INPLACE_MULTIPLY,
  Op.BINARY_TRUE_DIVIDE, Op.INPLACE_TRUE_DIVIDE,
]);
