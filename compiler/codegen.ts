// The code generator's core (CPython 3.7's compile.c): compilation units, basic blocks, instruction emission, name resolution, and the function/class/lambda bodies that open new code objects.
//
// Statements live in codegen_stmt.ts, expressions in codegen_expr.ts, try/with in
// codegen_try.ts; the assembler (block layout, jump offsets, line table, stack depth)
// in assembler.ts. Every function mirrors the compile.c function of the same name, in
// the same order of emission, because the output must be 3.7's bytecode exactly:
// block creation order and constant-table insertion order are visible in the result.
// Line numbers are the exception: they follow 3.11's compile.c (SET_LOC/UNSET_LOC,
// restored after each expression), settled by line_numbers.ts, so that tracebacks and
// trace events match 3.11.

import type * as ast from './ast.js';
import { Op, MAKE_FUNCTION_ANNOTATIONS, MAKE_FUNCTION_CLOSURE, MAKE_FUNCTION_DEFAULTS, MAKE_FUNCTION_KWDEFAULTS } from '../vm/opcodes.js';
import { Code } from '../vm/code.js';
import type { PyObject } from '../vm/objects/object.js';
import { None } from '../vm/objects/singletons.js';
import { PyTuple, tupleType } from '../vm/objects/tuple.js';
import { PyFloat, floatType } from '../vm/objects/float.js';
import { PyComplex, complexType } from '../vm/objects/complex.js';
import { PyBytes, bytesType } from '../vm/objects/bytes.js';
import { PyFrozenSet, frozensetType } from '../vm/objects/set.js';
import { SymbolTable, SymbolTableEntry, BlockType, Scope, DEF_FREE_CLASS, mangle } from './symtable.js';
import type { Source } from './syntax_error.js';
import { compileError } from './compile_error.js';
import { constantValue } from './ast_opt.js';
import { assemble } from './assembler.js';
import { visitStmt } from './codegen_stmt.js';
import { visitExpr, callHelper } from './codegen_expr.js';
import { unparse } from './unparse.js';

/** What kind of code object a unit compiles (compile.c's COMPILER_SCOPE_*). */
export enum ScopeType {
  Module,
  Class,
  Function,
  Lambda,
  Comprehension,
  AsyncFunction,
}

/** The compile-time block stack: what a `break`/`continue` inside must cross (compile.c's fblocktype). */
export enum FBlock {
  LOOP,
  EXCEPT,
  FINALLY_TRY,
  FINALLY_END,
  /** The body of an `except*` clause, which break, continue and return may not leave. */
  EXCEPTION_GROUP_HANDLER,
}

/** CO_MAXBLOCKS: the static nesting limit of loops and try/with blocks in one code object. */
const CO_MAXBLOCKS = 20;

export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

/** The line of an artificial instruction (3.11's UNSET_LOC): filled in by the assembler, else "no line". */
export const NO_LINE = -1;

export class Instr {
  /** For a jump, the target block until the assembler turns it into an offset. */
  target: Block | null = null;
  /** For BREAK_LOOP, the block the unwinding lands on (for line numbers only: the VM finds it in the block stack). */
  breakTo: Block | null = null;
  /** For BREAK_LOOP, whether a finally or with cleanup runs on the way out. */
  breakViaCleanup = false;
  /** Absolute (jabs) or relative (jrel) jump. */
  jabs = false;
  jrel = false;
  /** The source line, or NO_LINE for an artificial instruction that takes the location of what runs before it. */
  lineno = NO_LINE;
  /** The rest of its location (co_positions): the last line and the columns of the code it stands for (-1: none). */
  endLineno = NO_LINE;
  colOffset = -1;
  endColOffset = -1;
  /** The line the code generator gave (NO_LINE if artificial), before the assembler filled lines in. */
  ownLine = NO_LINE;
  /**
   * An artificial instruction a frame stopped on reports no line at all (f_lineno None), as
   * 3.11's code shared by several paths: except*'s re-raise. Stored as line -2 in co_positions.
   */
  noLine = false;
  constructor(
    public op: Op,
    public arg: number,
  ) {}

  /** Takes the whole location of `other` (COPY_INSTR_LOC). */
  copyLocFrom(other: Location): void {
    this.lineno = other.lineno;
    this.endLineno = other.endLineno;
    this.colOffset = other.colOffset;
    this.endColOffset = other.endColOffset;
  }
}

/** Where an instruction's code is in the source: lines 1-based, columns 0-based; -1 where unknown. */
export interface Location {
  lineno: number;
  endLineno: number;
  colOffset: number;
  endColOffset: number;
}

/** No location: an artificial instruction's, until the assembler gives it the one of what runs before it. */
export const NO_LOCATION: Location = Object.freeze({ lineno: NO_LINE, endLineno: NO_LINE, colOffset: -1, endColOffset: -1 });

/** A basic block: instructions with one entry, linked in layout order by `next`. */
export class Block {
  readonly instrs: Instr[] = [];
  /** The block that follows in normal control flow (compile.c's b_next). */
  next: Block | null = null;
  /** Ends with RETURN_VALUE (compile.c's b_return). */
  hasReturn = false;
  /**
   * Assembler state: visited by the layout walk, stack depth on entry (-1: not reached; not
   * -Infinity, which would make the code's co_stacksize a boxed double in V8), byte offset / 2.
   */
  seen = false;
  startDepth = -1;
  offset = 0;
}

/** A table of names (or constants) to their index, in insertion order. */
export class IndexTable<K> {
  private readonly index = new Map<K, number>();
  readonly items: K[] = [];
  /** Indexes start at `offset` (free variables are numbered after the cell variables). */
  constructor(private readonly offset = 0) {}
  add(k: K): number {
    let i = this.index.get(k);
    if (i === undefined) {
      i = this.offset + this.items.length;
      this.index.set(k, i);
      this.items.push(k);
    }
    return i;
  }
  get(k: K): number | undefined {
    return this.index.get(k);
  }
  get size(): number {
    return this.items.length;
  }
}

/** co_consts, deduplicated by type and value as CPython's _PyCode_ConstantKey does. */
export class ConstTable {
  private readonly strs = new Map<string, number>();
  private readonly ints = new Map<number | bigint, number>();
  private readonly others = new Map<string, number>();
  /** Code objects by a cheap summary; equal summaries are compared in full. */
  private readonly codes = new Map<string, [Code, number][]>();
  readonly items: PyObject[] = [];

  add(o: PyObject): number {
    let map: Map<string, number> | Map<number | bigint, number>;
    let key: string | number | bigint;
    if (typeof o === 'string') {
      map = this.strs;
      key = o;
    } else if (typeof o === 'number' || typeof o === 'bigint') {
      map = this.ints;
      key = o;
    } else if (o instanceof Code) {
      return this.addCode(o);
    } else {
      map = this.others;
      key = constKey(o);
    }
    let i = (map as Map<typeof key, number>).get(key);
    if (i === undefined) {
      i = this.push(o);
      (map as Map<typeof key, number>).set(key, i);
    }
    return i;
  }

  private addCode(co: Code): number {
    const summary = `${co.co_name}\0${co.co_firstlineno}\0${co.co_code.length}`;
    let bucket = this.codes.get(summary);
    if (!bucket) this.codes.set(summary, (bucket = []));
    for (const [other, i] of bucket) if (codeEquals(co, other)) return i;
    const i = this.push(co);
    bucket.push([co, i]);
    return i;
  }

  private push(o: PyObject): number {
    this.items.push(o);
    return this.items.length - 1;
  }
}

const identityKeys = new WeakMap<object, string>();
let nextIdentityKey = 0;

/** A string that is equal for two constants exactly when CPython would merge them in co_consts. */
export function constKey(o: PyObject): string {
  switch (typeof o) {
    case 'number':
    case 'bigint':
      return `i${o}`;
    case 'boolean':
      return `b${o}`;
    case 'string':
      return `s${JSON.stringify(o)}`;
  }
  if (o === None) return 'N';
  if (o instanceof PyFloat && o.cls === floatType) {
    const v = o.value;
    if (Object.is(v, -0)) return 'f-0';
    if (!Number.isNaN(v)) return `f${v}`;
  } else if (o instanceof PyComplex && o.cls === complexType) {
    // Equal parts merge, but a zero's sign tells two constants apart (as for floats).
    const part = (v: number) => (Object.is(v, -0) ? '-0' : String(v));
    if (!Number.isNaN(o.real) && !Number.isNaN(o.imag)) return `c${part(o.real)},${part(o.imag)}`;
  } else if (o instanceof PyBytes && o.cls === bytesType) {
    return `y${o.data.join(',')}`;
  } else if (o instanceof PyTuple && o.cls === tupleType) {
    return `t(${o.items.map(constKey).join(',')})`;
  } else if (o instanceof PyFrozenSet && o.cls === frozensetType) {
    return `F(${o.toArray().map(constKey).sort().join(',')})`;
  }
  let k = identityKeys.get(o);
  if (k === undefined) {
    k = `o${nextIdentityKey++}`;
    identityKeys.set(o, k);
  }
  return k;
}

/** Code objects compare by value (code_richcompare), so identical lambdas on one line share a constant. */
function codeEquals(a: Code, b: Code): boolean {
  if (a === b) return true;
  const sameList = <T>(x: T[], y: T[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  if (
    a.co_name !== b.co_name || a.co_argcount !== b.co_argcount || a.co_kwonlyargcount !== b.co_kwonlyargcount ||
    a.co_nlocals !== b.co_nlocals || a.co_flags !== b.co_flags || a.co_firstlineno !== b.co_firstlineno ||
    a.co_code.length !== b.co_code.length || !a.co_code.every((v, i) => v === b.co_code[i]) ||
    !sameList(a.co_names, b.co_names) || !sameList(a.co_varnames, b.co_varnames) ||
    !sameList(a.co_freevars, b.co_freevars) || !sameList(a.co_cellvars, b.co_cellvars) ||
    a.co_consts.length !== b.co_consts.length
  ) {
    return false;
  }
  return a.co_consts.every((x, i) => {
    const y = b.co_consts[i];
    if (x instanceof Code || y instanceof Code) return x instanceof Code && y instanceof Code && codeEquals(x, y);
    return constKey(x) === constKey(y);
  });
}

/** The state of one code object being compiled (compile.c's compiler_unit). */
export class Unit {
  qualname = '';
  readonly consts = new ConstTable();
  readonly names = new IndexTable<string>();
  readonly varnames = new IndexTable<string>();
  readonly cellvars = new IndexTable<string>();
  freevars = new IndexTable<string>();
  privateName: string | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  /** Every block of the unit, in allocation order (blocks[0] is the entry). */
  readonly blocks: Block[] = [];
  curblock!: Block;
  /** The compile-time block stack; a loop's entry also names the block its `break` lands on. */
  readonly fblocks: { type: FBlock; block: Block; exit: Block | null }[] = [];
  /**
   * The location every instruction emitted now carries (3.11's u_lineno, u_end_lineno,
   * u_col_offset, u_end_col_offset): the statement's or expression's being compiled.
   */
  lineno: number;
  endLineno: number;
  colOffset = 0;
  endColOffset = 0;
  hasDocstring = false;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly name: string,
    readonly scopeType: ScopeType,
    public firstlineno: number,
  ) {
    this.lineno = firstlineno > 0 ? firstlineno : NO_LINE;
    this.endLineno = this.lineno;
  }
}

export interface CompilerOptions {
  /** 'single' mode: expression statements at top level print their value. */
  interactive: boolean;
  /** CO_FUTURE_* flags from `from __future__ import ...`. */
  futureFlags: number;
  /** The line of the last `from __future__` import at the top of the module (-1: none). */
  futureLineno: number;
  /** -O's level: 1 compiles no assert statements, 2 no docstrings either. */
  optimize?: number;
}

export class Compiler {
  u!: Unit;
  private readonly stack: Unit[] = [];
  nestlevel = 0;
  readonly interactive: boolean;
  readonly futureFlags: number;
  readonly futureLineno: number;
  readonly optimize: number;

  constructor(
    readonly st: SymbolTable,
    readonly filename: string,
    readonly source: Source,
    opts: CompilerOptions,
  ) {
    this.interactive = opts.interactive;
    this.futureFlags = opts.futureFlags;
    this.futureLineno = opts.futureLineno;
    this.optimize = opts.optimize ?? 0;
  }

  error(msg: string, loc: ast.Location): never {
    throw compileError(this.source, msg, loc);
  }

  // -------------------------------------------------------------------------
  // Scopes

  enterScope(name: string, scopeType: ScopeType, key: ast.mod | ast.stmt | ast.expr, lineno: number): void {
    const ste = this.st.lookup(key);
    const u = new Unit(ste, name, scopeType, lineno);
    for (const v of ste.varnames) u.varnames.add(v);
    // Free variables are numbered in sorted order (compile.c's dictbytype). Cell variables
    // follow 3.11's co_cellvars, read off its locals-plus layout: the parameters that are
    // cells first, in parameter order, then the other cells sorted.
    const cells: string[] = [];
    const frees: string[] = [];
    for (const n of ste.symbols.keys()) {
      const scope = ste.getScope(n);
      if (scope === Scope.CELL && !ste.varnames.includes(n)) cells.push(n);
      if (scope === Scope.FREE || ste.getFlags(n) & DEF_FREE_CLASS) frees.push(n);
    }
    for (const n of ste.varnames) if (ste.getScope(n) === Scope.CELL) u.cellvars.add(n);
    for (const n of cells.sort(compareCodePoints)) u.cellvars.add(n);
    if (ste.needsClassClosure) u.cellvars.add('__class__');
    u.freevars = new IndexTable<string>(u.cellvars.size);
    for (const n of frees.sort(compareCodePoints)) u.freevars.add(n);
    if (this.stack.length || this.u) {
      this.stack.push(this.u);
      u.privateName = this.u.privateName;
    }
    this.u = u;
    this.nestlevel++;
    u.curblock = this.newBlock();
    if (scopeType !== ScopeType.Module) this.setQualname();
  }

  exitScope(): void {
    this.nestlevel--;
    const parent = this.stack.pop();
    if (parent) this.u = parent;
  }

  /** The dotted path from the module to this function or class (`f.<locals>.g`). */
  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    if (this.stack.length > 1) {
      const parent = this.stack[this.stack.length - 1];
      let forceGlobal = false;
      if (u.scopeType === ScopeType.Function || u.scopeType === ScopeType.AsyncFunction || u.scopeType === ScopeType.Class) {
        const mangled = mangle(parent.privateName, u.name);
        if (parent.ste.getScope(mangled) === Scope.GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        // An async def's locals are locals too: `amain.<locals>.helper`.
        if (parent.scopeType === ScopeType.Function || parent.scopeType === ScopeType.AsyncFunction || parent.scopeType === ScopeType.Lambda) {
          base = `${parent.qualname}.<locals>`;
        } else {
          base = parent.qualname;
        }
      }
    }
    u.qualname = base !== null ? `${base}.${u.name}` : u.name;
  }

  // -------------------------------------------------------------------------
  // Blocks and instructions

  newBlock(): Block {
    const b = new Block();
    this.u.blocks.push(b);
    return b;
  }

  /** Starts a new block that normal control flow falls into (NEXT_BLOCK). */
  nextBlock(): Block {
    const b = this.newBlock();
    this.u.curblock.next = b;
    this.u.curblock = b;
    return b;
  }

  /** Continues emission in `b`, placed right after the current block. */
  useNextBlock(b: Block): Block {
    this.u.curblock.next = b;
    this.u.curblock = b;
    return b;
  }

  private emit(instr: Instr): Instr {
    instr.copyLocFrom(this.u);
    this.u.curblock.instrs.push(instr);
    return instr;
  }

  addop(op: Op): Instr {
    const instr = this.emit(new Instr(op, 0));
    if (op === Op.RETURN_VALUE) this.u.curblock.hasReturn = true;
    return instr;
  }

  addopI(op: Op, arg: number): void {
    this.emit(new Instr(op, arg));
  }

  /** A jump to `target`: absolute (JUMP_ABSOLUTE, POP_JUMP_IF_*) or relative (JUMP_FORWARD, SETUP_*). */
  addopJ(op: Op, target: Block, absolute: boolean): void {
    const i = new Instr(op, 0);
    i.target = target;
    if (absolute) i.jabs = true;
    else i.jrel = true;
    this.emit(i);
  }

  jabs(op: Op, target: Block): void {
    this.addopJ(op, target, true);
  }

  jrel(op: Op, target: Block): void {
    this.addopJ(op, target, false);
  }

  /** A relative jump that is artificial whatever the current line (ADDOP_JUMP_NOLINE). */
  jrelNoLine(op: Op, target: Block): void {
    const old = this.setLine(NO_LINE);
    this.addopJ(op, target, false);
    this.setLine(old);
  }

  loadConst(o: PyObject): void {
    this.addopI(Op.LOAD_CONST, this.u.consts.add(o));
  }

  /** An instruction naming co_names[...] (LOAD_ATTR, IMPORT_NAME, ...), with private-name mangling. */
  addopName(op: Op, name: string): void {
    this.addopI(op, this.u.names.add(mangle(this.u.privateName, name)));
  }

  /** An instruction naming co_names[...] without mangling. */
  addopNameRaw(op: Op, name: string): void {
    this.addopI(op, this.u.names.add(name));
  }

  /** The instructions emitted from now on carry `lineno` (SET_LOC); returns the line they carried before. */
  setLine(lineno: number): number {
    const old = this.u.lineno;
    this.u.lineno = lineno;
    return old;
  }

  /** The location the instructions emitted now carry. */
  saveLoc(): Location {
    const u = this.u;
    return { lineno: u.lineno, endLineno: u.endLineno, colOffset: u.colOffset, endColOffset: u.endColOffset };
  }

  /** The instructions emitted from now on carry the location of `node` (SET_LOC); returns the location they carried before. */
  setLoc(node: ast.Location): Location {
    const u = this.u;
    const old = this.saveLoc();
    u.lineno = node.lineno;
    u.endLineno = node.end_lineno;
    u.colOffset = node.col_offset;
    u.endColOffset = node.end_col_offset;
    return old;
  }

  /** The instructions emitted from now on carry `loc` again (what setLoc returned). */
  restoreLoc(loc: Location): void {
    const u = this.u;
    u.lineno = loc.lineno;
    u.endLineno = loc.endLineno;
    u.colOffset = loc.colOffset;
    u.endColOffset = loc.endColOffset;
  }

  /**
   * An attribute whose name is on a later line than where the instructions are located
   * starts at its name (update_start_location_to_match_attr): `.meth()` of a chain split
   * over lines is what a traceback points at.
   */
  locateAtAttr(e: ast.Attribute): void {
    const u = this.u;
    if (u.lineno === e.end_lineno) return;
    u.lineno = e.end_lineno;
    const len = e.attr.length;
    if (len <= e.end_col_offset) u.colOffset = e.end_col_offset - len;
    else {
      u.colOffset = -1;
      u.endColOffset = -1;
    }
  }

  /** The instructions emitted from now on are artificial (UNSET_LOC): the assembler gives them the location of what runs before them. */
  unsetLine(): void {
    this.restoreLoc(NO_LOCATION);
  }

  /**
   * A NOP that stands for a line with no code of its own (`pass`, a constant test):
   * the assembler keeps it only where 3.11 keeps it, so that the line is traced.
   */
  lineNop(): void {
    this.addop(Op.NOP);
  }

  /**
   * Compiles `emit` for its errors only: CPython 3.11 compiles an `if 0:` body (or a dead
   * `else`, or a `while 0:` body) like any other, so `break` or `return` there is still a
   * SyntaxError, and drops the code later. The instructions go to a block no one reaches,
   * and the unit's blocks, block stack and location are put back afterwards.
   */
  checkOnly(emit: () => void): void {
    const u = this.u;
    const cur = u.curblock;
    const nblocks = u.blocks.length;
    const nfblocks = u.fblocks.length;
    const loc = this.saveLoc();
    u.curblock = new Block();
    try {
      emit();
    } finally {
      u.curblock = cur;
      u.blocks.length = nblocks;
      u.fblocks.length = nfblocks;
      this.restoreLoc(loc);
    }
  }

  pushFBlock(type: FBlock, block: Block, loc: ast.Location, exit: Block | null = null): void {
    if (this.u.fblocks.length >= CO_MAXBLOCKS) this.error('too many statically nested blocks', loc);
    this.u.fblocks.push({ type, block, exit });
  }

  popFBlock(): void {
    this.u.fblocks.pop();
  }

  // -------------------------------------------------------------------------
  // Names

  /** Loads, stores or deletes a variable with the opcode its scope calls for (compiler_nameop). */
  nameop(name: string, ctx: ast.expr_context): void {
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.getScope(mangled);
    const isFunction = u.ste.type === BlockType.Function;
    let kind: 'fast' | 'global' | 'deref' | 'name' = 'name';
    let table = u.names;
    switch (scope) {
      case Scope.FREE:
        table = u.freevars;
        kind = 'deref';
        break;
      case Scope.CELL:
        table = u.cellvars;
        kind = 'deref';
        break;
      case Scope.LOCAL:
        if (isFunction) kind = 'fast';
        break;
      case Scope.GLOBAL_IMPLICIT:
        if (isFunction) kind = 'global';
        break;
      case Scope.GLOBAL_EXPLICIT:
        kind = 'global';
        break;
    }
    let op: Op;
    switch (kind) {
      case 'deref':
        op = ctx === 'Load'
          ? (u.ste.type === BlockType.Class ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF)
          : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
        break;
      case 'fast':
        op = ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
        this.addopI(op, u.varnames.add(mangled));
        return;
      case 'global':
        op = ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
        break;
      default:
        op = ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME;
        break;
    }
    this.addopI(op, table.add(mangled));
  }

  /** Where the closure cell for free variable `name` of a nested code object lives here. */
  private refType(name: string): Scope | 0 {
    if (this.u.scopeType === ScopeType.Class && name === '__class__') return Scope.CELL;
    return this.u.ste.getScope(name);
  }

  /**
   * MAKE_FUNCTION for a compiled body, after its defaults (and annotations) are on the stack:
   *   [LOAD_CLOSURE cell ... BUILD_TUPLE n]  LOAD_CONST code  LOAD_CONST qualname  MAKE_FUNCTION flags
   */
  makeClosure(co: Code, flags: number, qualname: string): void {
    const free = co.co_freevars.length;
    if (free) {
      for (const name of co.co_freevars) {
        const arg = this.refType(name) === Scope.CELL ? this.u.cellvars.get(name) : this.u.freevars.get(name);
        if (arg === undefined) throw new Error(`compiler: no closure cell for '${name}' in ${this.u.name}`);
        this.addopI(Op.LOAD_CLOSURE, arg);
      }
      flags |= MAKE_FUNCTION_CLOSURE;
      this.addopI(Op.BUILD_TUPLE, free);
    }
    this.loadConst(co);
    this.loadConst(qualname);
    this.addopI(Op.MAKE_FUNCTION, flags);
  }

  /** The finished code object of the current unit (assemble + makecode). */
  assemble(addNone: boolean): Code {
    return assemble(this, addNone);
  }

  /** The code flags of the current unit (compute_code_flags), CO_NOFREE aside. */
  codeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.type === BlockType.Function) {
      flags |= 0x0001 | 0x0002; // CO_OPTIMIZED | CO_NEWLOCALS
      if (ste.nested) flags |= 0x0010; // CO_NESTED
      if (ste.generator && !ste.coroutine) flags |= 0x0020; // CO_GENERATOR
      if (!ste.generator && ste.coroutine) flags |= 0x0080; // CO_COROUTINE
      if (ste.generator && ste.coroutine) flags |= 0x0200; // CO_ASYNC_GENERATOR
      if (ste.varargs) flags |= 0x0004; // CO_VARARGS
      if (ste.varkeywords) flags |= 0x0008; // CO_VARKEYWORDS
    }
    return flags | this.futureFlags;
  }
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Orders names by code point, as CPython sorts cell and free variable names. */
function compareCodePoints(a: string, b: string): number {
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1;
    const d = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}

/** co_firstlineno of a def or class: a decorated one starts at its first decorator. */
function firstLine(s: ast.FunctionDef | ast.ClassDef): number {
  if ((s.kind === 'FunctionDef' || s.kind === 'ClassDef') && s.decorator_list.length) return s.decorator_list[0].lineno;
  return s.lineno;
}

// ---------------------------------------------------------------------------
// Modules, bodies, functions, classes, lambdas

/** Whether a statement is a docstring: a string constant as an expression statement. */
export function isDocstring(s: ast.stmt | undefined): s is ast.Expr & { value: ast.Constant } {
  return s !== undefined && s.kind === 'Expr' && s.value.kind === 'Constant' && typeof constantValue(s.value) === 'string';
}

/** Whether a body contains an annotated assignment outside nested functions and classes (find_ann). */
function findAnn(stmts: ast.stmt[]): boolean {
  for (const st of stmts) {
    switch (st.kind) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'While':
      case 'If':
        if (findAnn(st.body) || findAnn(st.orelse)) return true;
        break;
      case 'With':
        if (findAnn(st.body)) return true;
        break;
      case 'Try':
      case 'TryStar':
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        if (findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse)) return true;
        break;
      case 'Match':
        for (const m of st.cases) if (findAnn(m.body)) return true;
        break;
    }
  }
  return false;
}

/** A module or class body: SETUP_ANNOTATIONS if needed, `__doc__ = docstring`, then the statements. */
export function compilerBody(c: Compiler, stmts: ast.stmt[]): void {
  // SETUP_ANNOTATIONS and the docstring of a module carry its first statement's line.
  if (c.u.scopeType === ScopeType.Module && stmts.length) c.setLoc(stmts[0]);
  if (findAnn(stmts)) c.addop(Op.SETUP_ANNOTATIONS);
  if (!stmts.length) return;
  let i = 0;
  const st = stmts[0];
  // Under -OO the docstring is an expression statement like any other (a constant: no code).
  if (isDocstring(st) && c.optimize < 2) {
    i = 1;
    visitExpr(c, st.value);
    c.unsetLine();
    c.nameop('__doc__', 'Store');
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i]);
}

/** Compiles a whole module, expression or interactive input into its code object. */
export function compileMod(c: Compiler, mod: ast.mod): Code {
  // Module code starts at line 1 whatever its first statement (co_firstlineno, as CPython 3.8+;
  // profiles show it as file:1(<module>)).
  c.enterScope('<module>', ScopeType.Module, mod, 1);
  let addNone = true;
  switch (mod.kind) {
    case 'Module':
      compilerBody(c, mod.body);
      break;
    case 'Interactive':
      if (findAnn(mod.body)) c.addop(Op.SETUP_ANNOTATIONS);
      for (const s of mod.body) visitStmt(c, s);
      break;
    case 'Expression':
      visitExpr(c, mod.body);
      addNone = false;
      break;
  }
  const co = c.assemble(addNone);
  c.exitScope();
  return co;
}

/** Pushes the defaults tuple and the kw-only defaults dict; returns the MAKE_FUNCTION flags for them. */
function defaultArguments(c: Compiler, args: ast.arguments): number {
  let flags = 0;
  if (args.defaults.length) {
    for (const d of args.defaults) visitExpr(c, d);
    c.addopI(Op.BUILD_TUPLE, args.defaults.length);
    flags |= MAKE_FUNCTION_DEFAULTS;
  }
  // LOAD_CONST ('name', ...)  BUILD_CONST_KEY_MAP n, for the kw-only parameters that have defaults.
  const keys: string[] = [];
  args.kwonlyargs.forEach((arg, i) => {
    const d = args.kw_defaults[i];
    if (d) {
      keys.push(mangle(c.u.privateName, arg.arg));
      visitExpr(c, d);
    }
  });
  if (keys.length) {
    c.loadConst(new PyTuple(keys));
    c.addopI(Op.BUILD_CONST_KEY_MAP, keys.length);
    flags |= MAKE_FUNCTION_KWDEFAULTS;
  }
  return flags;
}

/** Evaluates one annotation (or, under `from __future__ import annotations`, its source text). */
export function visitAnnexpr(c: Compiler, annotation: ast.expr): void {
  if (c.futureFlags & CO_FUTURE_ANNOTATIONS) c.loadConst(unparse(annotation));
  else if (annotation.kind === 'Starred') {
    // `*args: *Ts` annotates with the one item unpacking Ts gives (typing.Unpack[Ts]).
    visitExpr(c, annotation.value);
    c.addopI(Op.UNPACK_SEQUENCE, 1);
  } else visitExpr(c, annotation);
}

/** Pushes the annotations dict of a def; returns whether there was one (compiler_visit_annotations). */
function visitAnnotations(c: Compiler, args: ast.arguments, returns: ast.expr | null): boolean {
  const names: string[] = [];
  const one = (id: string, annotation: ast.expr | null) => {
    if (!annotation) return;
    visitAnnexpr(c, annotation);
    names.push(mangle(c.u.privateName, id));
  };
  // CPython 3.11 visits the ordinary parameters before the positional-only ones.
  for (const a of [...args.args, ...args.posonlyargs]) one(a.arg, a.annotation);
  if (args.vararg) one(args.vararg.arg, args.vararg.annotation);
  for (const a of args.kwonlyargs) one(a.arg, a.annotation);
  if (args.kwarg) one(args.kwarg.arg, args.kwarg.annotation);
  one('return', returns);
  if (!names.length) return false;
  c.loadConst(new PyTuple(names));
  c.addopI(Op.BUILD_CONST_KEY_MAP, names.length);
  return true;
}

/**
 * def: decorators, defaults, annotations, then the body as a new code object:
 *   <decorators> <defaults> [<annotations>] MAKE_FUNCTION flags  CALL_FUNCTION 1 (per decorator)  STORE name
 */
export function compilerFunction(c: Compiler, s: ast.FunctionDef): void {
  for (const d of s.decorator_list) visitExpr(c, d);
  let flags = defaultArguments(c, s.args);
  if (visitAnnotations(c, s.args, s.returns)) flags |= MAKE_FUNCTION_ANNOTATIONS;

  c.enterScope(s.name, s.is_async ? ScopeType.AsyncFunction : ScopeType.Function, s, firstLine(s));
  const first = s.body[0];
  const docstring = isDocstring(first) && c.optimize < 2;
  c.u.consts.add(docstring ? constantValue(first.value) : None);
  c.u.hasDocstring = docstring;
  c.u.posonlyargcount = s.args.posonlyargs.length;
  c.u.argcount = s.args.posonlyargs.length + s.args.args.length;
  c.u.kwonlyargcount = s.args.kwonlyargs.length;
  for (const st of docstring ? s.body.slice(1) : s.body) visitStmt(c, st);
  const co = c.assemble(true);
  const qualname = c.u.qualname;
  c.exitScope();

  c.makeClosure(co, flags, qualname);
  applyDecorators(c, s.decorator_list);
  c.nameop(s.name, 'Store');
}

/** CALL_FUNCTION 1 per decorator, innermost first, each on its decorator's line (compiler_apply_decorators). */
function applyDecorators(c: Compiler, decorators: ast.expr[]): void {
  if (!decorators.length) return;
  const old = c.saveLoc();
  for (let i = decorators.length - 1; i >= 0; i--) {
    c.setLoc(decorators[i]);
    c.addopI(Op.CALL_FUNCTION, 1);
  }
  c.restoreLoc(old);
}

/**
 * class: the body becomes a function run by __build_class__:
 *   <decorators> LOAD_BUILD_CLASS  MAKE_FUNCTION body  LOAD_CONST 'name'  <bases, keywords>  CALL_FUNCTION*
 *   CALL_FUNCTION 1 (per decorator)  STORE name
 * The body stores __module__ and __qualname__ first, and returns the __class__ cell
 * (also stored as __classcell__) when a method uses super() or __class__, else None.
 */
export function compilerClass(c: Compiler, s: ast.ClassDef): void {
  for (const d of s.decorator_list) visitExpr(c, d);
  c.enterScope(s.name, ScopeType.Class, s, firstLine(s));
  c.u.privateName = s.name;
  c.nameop('__name__', 'Load');
  c.nameop('__module__', 'Store');
  c.loadConst(c.u.qualname);
  c.nameop('__qualname__', 'Store');
  compilerBody(c, s.body);
  c.unsetLine();
  if (c.u.ste.needsClassClosure) {
    c.addopI(Op.LOAD_CLOSURE, c.u.cellvars.get('__class__')!);
    c.addop(Op.DUP_TOP);
    c.nameop('__classcell__', 'Store');
  } else {
    c.loadConst(None);
  }
  c.addop(Op.RETURN_VALUE);
  const co = c.assemble(true);
  c.exitScope();

  c.addop(Op.LOAD_BUILD_CLASS);
  c.makeClosure(co, 0, co.co_name);
  c.loadConst(s.name);
  callHelper(c, 2, s.bases, s.keywords);
  applyDecorators(c, s.decorator_list);
  c.nameop(s.name, 'Store');
}

/** lambda: like def, with None as the first constant (no docstring) and the body's value returned. */
export function compilerLambda(c: Compiler, e: ast.Lambda): void {
  const flags = defaultArguments(c, e.args);
  c.enterScope('<lambda>', ScopeType.Lambda, e, e.lineno);
  c.u.consts.add(None);
  c.u.posonlyargcount = e.args.posonlyargs.length;
  c.u.argcount = e.args.posonlyargs.length + e.args.args.length;
  c.u.kwonlyargcount = e.args.kwonlyargs.length;
  visitExpr(c, e.body);
  let co: Code;
  if (c.u.ste.generator) {
    co = c.assemble(false);
  } else {
    c.addop(Op.RETURN_VALUE);
    co = c.assemble(true);
  }
  const qualname = c.u.qualname;
  c.exitScope();
  c.makeClosure(co, flags, qualname);
}
