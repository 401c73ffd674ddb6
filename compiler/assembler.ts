// The assembler: lays out a unit's basic blocks, resolves jumps, encodes wordcode and the line table, runs the peephole pass, computes the stack depth, and builds the Code (compile.c's assemble and makecode).

import { Op, HAVE_ARGUMENT, stackEffect } from '../vm/opcodes.js';
import { NO_POSITION_LINE } from '../vm/code.js';
import { Code } from '../vm/code.js';
import { None } from '../vm/objects/singletons.js';
import { NO_LINE, ScopeType, type Compiler, type Block, type Instr, type Location } from './codegen.js';
import { optimizeCode } from './peephole.js';
import { resolveLineNumbers } from './line_numbers.js';
import { duplicateExitsWithoutLine } from './exit_copies.js';

/** Code units (2-byte words) an instruction takes with its EXTENDED_ARG prefixes. */
export function instrSize(arg: number): number {
  return arg <= 0xff ? 1 : arg <= 0xffff ? 2 : arg <= 0xffffff ? 3 : 4;
}

/** Writes op/arg as `ilen` words at word index `at`, EXTENDED_ARG prefixes first. */
export function writeOpArg(code: Uint8Array, at: number, op: number, arg: number, ilen: number): void {
  let i = at * 2;
  for (let k = ilen - 1; k >= 1; k--) {
    code[i++] = Op.EXTENDED_ARG;
    code[i++] = (arg >>> (8 * k)) & 0xff;
  }
  code[i++] = op;
  code[i++] = arg & 0xff;
}

/**
 * Orders the blocks as 3.7 does: a depth-first walk that lays out each chain of
 * fall-through blocks (b_next) in order, placing a block reached only by jumps
 * after the block that jumps to it. Returns the blocks in postorder.
 */
function layout(entry: Block, nblocks: number): Block[] {
  const post: Block[] = new Array(nblocks);
  let count = 0;
  const dfs = (start: Block | null, end: number): void => {
    let j = end;
    for (let b = start; b && !b.seen; b = b.next) {
      b.seen = true;
      post[--j] = b;
    }
    while (j < end) {
      const b = post[j++];
      for (const instr of b.instrs) if (instr.target) dfs(instr.target, j);
      post[count++] = b;
    }
  };
  dfs(entry, nblocks);
  return post.slice(0, count);
}

function blockSize(b: Block): number {
  let size = 0;
  for (const i of b.instrs) size += instrSize(i.arg);
  return size;
}

/** Gives every block its offset and every jump its argument, growing jumps that need EXTENDED_ARG until stable. */
function resolveJumps(order: Block[], blocks: Block[]): void {
  for (;;) {
    let total = 0;
    for (const b of order) {
      b.offset = total;
      total += blockSize(b);
    }
    let again = false;
    for (const b of blocks) {
      let pos = b.offset;
      for (const instr of b.instrs) {
        const isize = instrSize(instr.arg);
        pos += isize;
        if (instr.target) {
          let arg = instr.target.offset;
          if (instr.jrel) arg -= pos;
          arg *= 2;
          instr.arg = arg;
          if (instrSize(arg) !== isize) again = true;
        }
      }
    }
    if (!again) return;
  }
}

/**
 * Builds co_lnotab's (byte delta, line delta) pairs the way assemble_lnotab does, with
 * an entry only where the line changes. Deltas may be negative (as since 3.6), and an
 * instruction without a line sits on line 0.
 */
class LnotabWriter {
  readonly bytes: number[] = [];
  private lineno: number;
  private linenoOff = 0;
  constructor(firstlineno: number) {
    this.lineno = firstlineno;
  }

  add(offsetWords: number, lineno: number): void {
    let dBytecode = (offsetWords - this.linenoOff) * 2;
    let dLineno = lineno - this.lineno;
    if (dLineno === 0) return;
    while (dBytecode > 255) {
      this.bytes.push(255, 0);
      dBytecode -= 255;
    }
    if (dLineno < -128 || dLineno > 127) {
      const k = dLineno < 0 ? -128 : 127;
      let ncodes = dLineno < 0 ? Math.floor(-dLineno / 128) : Math.floor(dLineno / 127);
      dLineno -= ncodes * k;
      this.bytes.push(dBytecode, k & 0xff);
      dBytecode = 0;
      while (--ncodes > 0) this.bytes.push(0, k & 0xff);
    }
    this.bytes.push(dBytecode, dLineno & 0xff);
    this.lineno = lineno;
    this.linenoOff = offsetWords;
  }
}

/** Expands a line table into the line of every code unit (what Code.lines holds). */
export function linesFromLnotab(lnotab: number[], firstlineno: number, ncodeunits: number): Int32Array {
  const lines = new Int32Array(ncodeunits);
  let line = firstlineno;
  let addr = 0;
  for (let i = 0; i < lnotab.length; i += 2) {
    const end = Math.min(addr + lnotab[i] / 2, ncodeunits);
    for (let a = addr; a < end; a++) lines[a] = line;
    addr += lnotab[i] / 2;
    line += lnotab[i + 1] >= 0x80 ? lnotab[i + 1] - 0x100 : lnotab[i + 1];
  }
  for (let a = addr; a < ncodeunits; a++) lines[a] = line;
  return lines;
}

/**
 * The deepest value stack any path needs (compile.c's stackdepth): a walk over the
 * flow graph from the entry, assuming loops leave the stack as they found it.
 */
function stackDepth(blocks: Block[]): number {
  if (!blocks.length) return 0;
  for (const b of blocks) b.startDepth = -1;
  const stack: Block[] = [];
  const push = (b: Block, depth: number) => {
    if (b.startDepth < depth) {
      b.startDepth = depth;
      stack.push(b);
    }
  };
  let maxdepth = 0;
  push(blocks[0], 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startDepth;
    let next: Block | null = b.next;
    for (const instr of b.instrs) {
      const newDepth = depth + stackEffect(instr.op, instr.arg, false);
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (instr.target) {
        const targetDepth = depth + stackEffect(instr.op, instr.arg, true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        if (instr.op === Op.CONTINUE_LOOP) {
          next = null; // the target was already reached; what follows is dead
          break;
        }
        push(instr.target, targetDepth);
      }
      depth = newDepth;
      if (
        instr.op === Op.JUMP_ABSOLUTE || instr.op === Op.JUMP_FORWARD || instr.op === Op.RETURN_VALUE ||
        instr.op === Op.RAISE_VARARGS || instr.op === Op.BREAK_LOOP
      ) {
        next = null;
        break;
      }
    }
    if (next) push(next, depth);
  }
  return maxdepth;
}

/** Finishes the current unit: the implicit `return None`, layout, encoding, peephole pass, Code. */
export function assemble(c: Compiler, addNone: boolean): Code {
  const u = c.u;
  // Every path that falls off the end returns None, on the line it falls from.
  if (!u.curblock.hasReturn) {
    c.nextBlock();
    c.unsetLine();
    if (addNone) c.loadConst(None);
    c.addop(Op.RETURN_VALUE);
  }
  const entry = u.blocks[0];
  if (!u.firstlineno) u.firstlineno = entry.instrs.length && entry.instrs[0].lineno > 0 ? entry.instrs[0].lineno : 1;

  const post = layout(entry, u.blocks.length);
  const order = duplicateExitsWithoutLine(post.slice().reverse(), u.blocks);
  resolveLineNumbers(entry, order, c.u.scopeType === ScopeType.Module ? NO_LINE : u.firstlineno);
  resolveJumps(order, u.blocks);

  let nwords = 0;
  for (const b of order) nwords += blockSize(b);
  const code = new Uint8Array(nwords * 2);
  const lnotab = new LnotabWriter(u.firstlineno);
  // The NOPs still there stand for lines 3.11 traces: the peephole pass keeps them.
  const lineNops = new Uint8Array(nwords);
  // The lines the code generator gave, by the word of each opcode: jump threading must not skip a line.
  const ownLines = new Int32Array(nwords);
  // Each instruction's location (co_positions), by the word of its opcode.
  const positions = new Int32Array(nwords * 4).fill(-1);
  let at = 0;
  for (const b of order) {
    for (const instr of b.instrs) {
      const size = instrSize(instr.arg);
      lnotab.add(at, instr.lineno > 0 ? instr.lineno : 0);
      if (instr.op === Op.NOP) lineNops[at] = 1;
      ownLines[at + size - 1] = instr.ownLine;
      setPosition(positions, at + size - 1, instr);
      writeOpArg(code, at, instr.op, instr.op >= HAVE_ARGUMENT ? instr.arg : 0, size);
      at += size;
    }
  }

  const consts = u.consts.items.slice();
  const optimized = optimizeCode(code, consts, lnotab.bytes, lineNops, ownLines, positions);
  const lines = linesFromLnotab(optimized.lnotab, u.firstlineno, optimized.code.length / 2);
  const cellvars = u.cellvars.items.slice();
  const freevars = u.freevars.items.slice();
  // No CO_NOFREE: CPython 3.10 dropped the flag, and co_flags is compared with 3.11's.
  const flags = c.codeFlags();
  return new Code({
    argcount: u.argcount,
    posonlyargcount: u.posonlyargcount,
    kwonlyargcount: u.kwonlyargcount,
    nlocals: u.varnames.size,
    stacksize: stackDepth(u.blocks),
    flags,
    code: optimized.code,
    consts,
    names: u.names.items.slice(),
    varnames: u.varnames.items.slice(),
    freevars,
    cellvars,
    filename: c.filename,
    name: u.name,
    qualname: u.qualname || u.name,
    firstlineno: u.firstlineno,
    lines,
    positions: optimized.positions,
    hasDocstring: u.hasDocstring,
  });
}

/** Stores `loc` as the location of the instruction whose opcode is word `w` (co_positions: -1 where there is none). */
function setPosition(positions: Int32Array, w: number, loc: Instr): void {
  if (loc.noLine) positions[4 * w] = NO_POSITION_LINE;
  if (loc.lineno < 0) return;
  positions[4 * w] = loc.lineno;
  positions[4 * w + 1] = loc.endLineno;
  positions[4 * w + 2] = loc.colOffset;
  positions[4 * w + 3] = loc.endColOffset;
}

export type { Instr };
