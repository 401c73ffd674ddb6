// The block stack and the kinds of operands at every instruction of a code object: what a
// jump by `frame.f_lineno = N` (vm/frame_jump.ts) compares at its source and its target.
//
// CPython 3.11's frame_setlineno walks the bytecode once (mark_stacks) to learn the kind of
// every value stack entry at every instruction. tpy's frames also have a block stack, so the
// walk here follows both, the way the eval loop and vm/unwind.ts move them: SETUP_* push a
// block, POP_BLOCK / POP_EXCEPT pop one, an exception enters the nearest except/finally
// handler, return / break / continue unwind to a finally body or the loop. One instruction
// can be reached with several states: a finally body runs after the try body (a None under
// it), after a return (the value and WHY_RETURN), or for an exception (an EXCEPT_HANDLER block
// and six values); every state an instruction is reached with is kept.
//
// A state is one sequence of items from the bottom up, values and blocks interleaved: a block
// sits after the values below its level. Items are short strings (the key of a state is
// their join):
//   values: 'o' any object, 'i' a for loop's iterator, 'e' a value of an exception being
//           handled (the saved exc_info and the new one), 'n' the None a try body pushes
//           before falling into its finally body, 'R' / 'B' / 'C' / 'S' a pending why
//           (return, break, continue, silenced exception), 'r' a pending return value,
//           'c<word>' a pending continue target, 'u' the slot below a LOAD_METHOD's method
//           (3.11's NULL kind: the unbound method or NULL, which no other value may stand for);
//   blocks: 'L<handler>' SETUP_LOOP, 'X<handler>' SETUP_EXCEPT, 'F<handler>' SETUP_FINALLY
//           (also pushed by SETUP_WITH / SETUP_ASYNC_WITH), 'H' EXCEPT_HANDLER.

import type { Code } from './code.js';
import { Op, stackEffect } from './opcodes.js';
import { None } from './objects/singletons.js';

export type State = readonly string[];

/** The states each instruction (by word index) is reached with; an empty list: unreachable. */
export type BlockStates = State[][];

/** More states than this per instruction, on average, in one code object: the walk gives up (frame_jump reports it). */
const MAX_STATES_PER_WORD = 16;

const cache = new WeakMap<Code, BlockStates | null>();

export function isBlock(item: string): boolean {
  const c = item.charCodeAt(0);
  return c === 0x4c /* L */ || c === 0x58 /* X */ || c === 0x46 /* F */ || c === 0x48 /* H */;
}

/** The states of every instruction of `code`, or null when there are too many to follow (or a shape it does not know). */
export function blockStates(code: Code): BlockStates | null {
  let s = cache.get(code);
  if (s === undefined) {
    try {
      s = walk(code);
    } catch {
      // A sequence this walk does not model (an operand popped below a block): no jump here.
      s = null;
    }
    cache.set(code, s);
  }
  return s;
}

function walk(code: Code): BlockStates | null {
  const words = code.words;
  const n = words.length;
  const states: BlockStates = [];
  const seen: Set<string>[] = [];
  for (let i = 0; i < n; i++) {
    states.push([]);
    seen.push(new Set());
  }
  // The handlers of finally blocks: the LOAD_CONST None just before one, after a POP_BLOCK, is
  // the try body falling into its finally body ('n').
  const finallyHandlers = new Set<number>();
  for (let i = 0; i < n; i++) {
    const op = words[i] & 0xff;
    if (op === Op.SETUP_FINALLY || op === Op.SETUP_WITH || op === Op.SETUP_ASYNC_WITH) finallyHandlers.add(i + 1 + ((words[i] >> 8) >> 1));
  }
  let count = 0;
  const work: [number, State][] = [];
  const add = (slot: number, st: State): void => {
    if (slot < 0 || slot >= n) return;
    const key = st.join(' ');
    if (seen[slot].has(key)) return;
    seen[slot].add(key);
    states[slot].push(st);
    work.push([slot, st]);
    count++;
  };
  add(0, []);
  while (work.length > 0) {
    if (count > MAX_STATES_PER_WORD * n + 1000) return null;
    const [slot, st] = work.pop()!;
    for (const [next, s] of successors(code, slot, st, finallyHandlers)) add(next, s);
    const handler = exceptionEdge(st);
    if (handler !== null) add(handler[0], handler[1]);
  }
  return states;
}

/** Index of the topmost block item of `st`, or -1. */
function topBlock(st: State): number {
  for (let i = st.length - 1; i >= 0; i--) if (isBlock(st[i])) return i;
  return -1;
}

function pop(st: State, k: number): string[] {
  const out = st.slice();
  for (let j = 0; j < k; j++) {
    const item = out.pop();
    if (item === undefined || isBlock(item)) throw new Error('block_states: popped below a block');
  }
  return out;
}

function push(st: State, ...items: string[]): string[] {
  return [...st, ...items];
}

/** The handler an exception raised in state `st` enters, with its state (vm/unwind.ts). */
function exceptionEdge(st: State): [number, State] | null {
  for (let b = topBlock(st); b >= 0; b = topBlock(st.slice(0, b))) {
    const item = st[b];
    if (item[0] === 'X' || item[0] === 'F') return [Number(item.slice(1)), push(st.slice(0, b), 'H', 'e', 'e', 'e', 'e', 'e', 'e')];
  }
  return null;
}

/** Where return / break / continue in state `st` go: a finally body, the loop, or nowhere (the frame exits). */
function unwind(code: Code, st: State, why: 'R' | 'B' | 'C', target: number): [number, State][] {
  for (let b = topBlock(st); b >= 0; b = topBlock(st.slice(0, b))) {
    const item = st[b];
    const below = st.slice(0, b);
    if (item[0] === 'L') {
      if (why === 'B') return [[Number(item.slice(1)), below]];
      if (why === 'C') {
        // The loop block stays; so does the iterator above it when the loop resumes at FOR_ITER.
        const resumesAtForIter = (opAt(code, target)) === Op.FOR_ITER;
        return [[target, st.slice(0, b + (resumesAtForIter ? 2 : 1))]];
      }
    } else if (item[0] === 'F') {
      const pending = why === 'R' ? ['r', 'R'] : why === 'C' ? [`c${target}`, 'C'] : ['B'];
      return [[Number(item.slice(1)), push(below, ...pending)]];
    }
  }
  return [];
}

function opAt(code: Code, i: number): number {
  while ((code.words[i] & 0xff) === Op.EXTENDED_ARG) i++;
  return code.words[i] & 0xff;
}

/** The top `k` values rotated, the top one moving down to the `k`th place. */
function rotate(st: State, k: number): string[] {
  const s = st.slice();
  const moved = s.splice(s.length - k, k);
  if (moved.some(isBlock)) throw new Error('block_states: rotated below a block');
  return [...s, moved[k - 1], ...moved.slice(0, k - 1)];
}

/** The block and operands above it popped, as POP_EXCEPT / unwindExceptHandler leave them. */
function popHandler(st: State): string[] {
  const b = topBlock(st);
  if (b < 0 || st[b] !== 'H') throw new Error('block_states: no except handler to pop');
  return st.slice(0, b);
}

/** The instructions after `slot` reached with state `st`, each with its state (the eval loop's own moves). */
function successors(code: Code, slot: number, st: State, finallyHandlers: Set<number>): [number, State][] {
  const word = code.words[slot];
  const op = word & 0xff;
  const arg = word >> 8;
  const next = slot + 1;
  const top = st.length > 0 ? st[st.length - 1] : '';
  switch (op) {
    case Op.EXTENDED_ARG: case Op.NOP: return [[next, st]];
    case Op.SETUP_LOOP: return [[next, push(st, `L${next + (arg >> 1)}`)]];
    case Op.SETUP_EXCEPT: return [[next, push(st, `X${next + (arg >> 1)}`)]];
    case Op.SETUP_FINALLY: return [[next, push(st, `F${next + (arg >> 1)}`)]];
    case Op.SETUP_WITH: return [[next, push(pop(st, 1), 'o', `F${next + (arg >> 1)}`, 'o')]];
    case Op.SETUP_ASYNC_WITH: return [[next, push(pop(st, 1), `F${next + (arg >> 1)}`, 'o')]];
    case Op.POP_BLOCK: {
      const b = topBlock(st);
      if (b < 0) throw new Error('block_states: POP_BLOCK without a block');
      return [[next, [...st.slice(0, b), ...st.slice(b + 1)]]];
    }
    case Op.LOAD_CONST: {
      const marker = code.co_consts[arg] === None && slot > 0 && (code.words[slot - 1] & 0xff) === Op.POP_BLOCK && finallyHandlers.has(next);
      return [[next, push(st, marker ? 'n' : 'o')]];
    }
    case Op.POP_EXCEPT: return [[next, popHandler(st)]];
    case Op.GET_ITER: case Op.GET_AITER: return [[next, push(pop(st, 1), 'i')]];
    case Op.FOR_ITER: return [[next, push(st, 'o')], [next + (arg >> 1), pop(st, 1)]];
    case Op.JUMP_FORWARD: return [[next + (arg >> 1), st]];
    case Op.JUMP_ABSOLUTE: return [[arg >> 1, st]];
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: {
      const s = pop(st, 1);
      return [[next, s], [arg >> 1, s]];
    }
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: return [[next, pop(st, 1)], [arg >> 1, st]];
    case Op.RETURN_VALUE: return unwind(code, pop(st, 1), 'R', 0);
    case Op.RAISE_VARARGS: return [];
    case Op.BREAK_LOOP: return unwind(code, st, 'B', 0);
    case Op.CONTINUE_LOOP: return unwind(code, st, 'C', arg >> 1);
    case Op.END_FINALLY:
      switch (top[0]) {
        case 'e': return []; // the exception is raised again
        case 'S': return [[next, popHandler(pop(st, 1))]];
        case 'R': return unwind(code, pop(st, 2), 'R', 0);
        case 'B': return unwind(code, pop(st, 1), 'B', 0);
        case 'C': return unwind(code, pop(st, 2), 'C', Number(st[st.length - 2].slice(1)));
        default: return [[next, pop(st, 1)]];
      }
    case Op.WITH_CLEANUP_START:
      switch (top[0]) {
        case 'R': case 'C': return [[next, push(pop(st, 3), st[st.length - 2], top, 'o', 'o')]];
        case 'B': case 'n': case 'o': return [[next, push(pop(st, 2), top, 'o', 'o')]];
        case 'e': {
          // __exit__ goes from under the EXCEPT_HANDLER block; the block moves down one (eval_cold).
          const h = topBlock(st);
          return [[next, [...st.slice(0, h - 1), 'H', 'e', 'e', 'e', 'e', 'e', 'e', 'e', 'e', 'o']]];
        }
        default: throw new Error('block_states: WITH_CLEANUP_START without a pending exit');
      }
    case Op.WITH_CLEANUP_FINISH: {
      const exc = st[st.length - 2];
      const s = pop(st, 2);
      return exc === 'e' ? [[next, s], [next, push(s, 'S')]] : [[next, s]];
    }
    case Op.END_ASYNC_FOR: return [[next, pop(popHandler(st), 1)]];
    case Op.LOAD_METHOD: return [[next, push(pop(st, 1), 'u', 'o')]];
    case Op.YIELD_VALUE: return [[next, push(pop(st, 1), 'o')]];
    case Op.DUP_TOP: return [[next, push(st, top)]];
    case Op.DUP_TOP_TWO: return [[next, push(st, st[st.length - 2], top)]];
    case Op.ROT_TWO: return [[next, rotate(st, 2)]];
    case Op.ROT_THREE: return [[next, rotate(st, 3)]];
    case Op.ROT_N: return [[next, rotate(st, arg)]];
    case Op.CHECK_EG_MATCH: return [[next, push(pop(st, 2), 'o', 'o')], [next + (arg >> 1), pop(st, 1)]];
    case Op.PREP_RERAISE_STAR: {
      const s = pop(st, 3);
      return [[next, push(s, 'n')], [next, push(s, 'e', 'e', 'e')]];
    }
    default: {
      const effect = stackEffect(op, arg, false);
      let s = st.slice();
      if (effect < 0) s = pop(s, -effect);
      for (let k = 0; k < effect; k++) s.push('o');
      return [[next, s]];
    }
  }
}
