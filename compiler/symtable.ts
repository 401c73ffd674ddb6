// The symbol table: which names each scope binds, and whether each use is local, global, cell or free (CPython 3.7's symtable.c).
//
// Two passes, as in CPython. The first walks the AST and records raw facts per
// block (function, class, module): "assigned here", "a parameter", "used",
// "declared global". The second (analyze) decides the scope of every name,
// passing down the names bound by enclosing functions and passing up the free
// names of nested blocks, which turns the enclosing locals they refer to into cells.

import type * as ast from './ast.js';
import type { Source } from './syntax_error.js';
import { compileError, symtableError } from './compile_error.js';

/** What kind of namespace a block is. */
export enum BlockType {
  Function,
  Class,
  Module,
}

/** Raw facts about a name within one block (bit flags, as symtable.h's DEF_*). */
export const DEF_GLOBAL = 1; // named in a `global` statement
export const DEF_LOCAL = 2; // assigned to in the block
export const DEF_PARAM = 4; // a formal parameter
export const DEF_NONLOCAL = 8; // named in a `nonlocal` statement
export const USE = 16; // loaded in the block
export const DEF_FREE = 32; // used but not defined in a nested block
export const DEF_FREE_CLASS = 64; // free in a method, and bound (or global) in the class itself
export const DEF_IMPORT = 128; // bound by an import
export const DEF_ANNOT = 256; // the target of an annotated assignment
export const DEF_COMP_ITER = 512; // an iteration variable of a comprehension
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** The scope of a name, stored in the symbol's flags at SCOPE_OFFSET. */
export enum Scope {
  /** Bound in this block (a fast local in functions, a NAME in modules and classes). */
  LOCAL = 1,
  /** Declared `global`. */
  GLOBAL_EXPLICIT = 2,
  /** Not bound in any enclosing function: a global or a builtin. */
  GLOBAL_IMPLICIT = 3,
  /** Bound in an enclosing function (or declared `nonlocal`): read through a cell. */
  FREE = 4,
  /** Local here and free in a nested block: stored in a cell. */
  CELL = 5,
}

export const SCOPE_OFFSET = 11;
const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

type Node = ast.mod | ast.stmt | ast.expr;

/** One block's table (CPython's PySTEntryObject). */
export class SymbolTableEntry {
  /** name -> DEF_* flags, or'ed with (scope << SCOPE_OFFSET) after analysis; in insertion order. */
  readonly symbols = new Map<string, number>();
  /** The parameters, in order (the start of co_varnames). */
  readonly varnames: string[] = [];
  readonly children: SymbolTableEntry[] = [];
  /** Where each name of a global/nonlocal statement was declared, for error locations. */
  readonly directives = new Map<string, ast.Location>();
  nested = false;
  hasFree = false;
  childFree = false;
  generator = false;
  /** An `async def`, or a block with `await`/`async for` (with generator: an async generator). */
  coroutine = false;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  /** For a comprehension's block, what kind of comprehension it is. */
  comprehension: 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp' | null = null;
  /** Above 0 while a comprehension's iterable is visited (no assignment expression there). */
  compIterExpr = 0;
  /** True while a comprehension's iteration target is visited (its names get DEF_COMP_ITER). */
  compIterTarget = false;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly node: Node,
    readonly lineno: number,
  ) {}

  /** The scope of `name` (already mangled), or 0 when the block has no such symbol. */
  getScope(name: string): Scope | 0 {
    const v = this.symbols.get(name);
    if (v === undefined) return 0;
    return ((v >> SCOPE_OFFSET) & SCOPE_MASK) as Scope;
  }

  /** The raw DEF_* flags of `name`, or 0. */
  getFlags(name: string): number {
    return (this.symbols.get(name) ?? 0) & ((1 << SCOPE_OFFSET) - 1);
  }
}

export class SymbolTable {
  readonly blocks = new Map<Node, SymbolTableEntry>();
  top!: SymbolTableEntry;

  /** The table of the block that `node` (a mod, def, class, lambda or comprehension) opens. */
  lookup(node: Node): SymbolTableEntry {
    const e = this.blocks.get(node);
    if (!e) throw new Error('symtable: unknown block');
    return e;
  }
}

/** Name mangling of `__private` names inside a class body (CPython's _Py_Mangle). */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

/** Builds the table for a module (or expression, or interactive input) and analyzes it. */
export function buildSymtable(mod: ast.mod, source: Source, futureAnnotations = false): SymbolTable {
  const builder = new Builder(source, futureAnnotations);
  builder.run(mod);
  analyze(builder.st, source);
  return builder.st;
}

// ---------------------------------------------------------------------------
// Pass 1: collect the raw facts.

const COMP_NAMES: Record<string, string> = {
  ListComp: 'listcomp',
  SetComp: 'setcomp',
  DictComp: 'dictcomp',
  GeneratorExp: 'genexpr',
};

const COMP_WHAT = {
  ListComp: 'list comprehension',
  SetComp: 'set comprehension',
  DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression',
};

class Builder {
  readonly st = new SymbolTable();
  private stack: SymbolTableEntry[] = [];
  private cur!: SymbolTableEntry;
  private globalSymbols!: Map<string, number>;
  private privateName: string | null = null;
  /**
   * Under `from __future__ import annotations`, the block whose annotation is being visited
   * (CPython visits it in an annotation block of its own, where yield, await and := are errors;
   * a lambda or comprehension inside it is a block of its own again).
   */
  private annotationOf: SymbolTableEntry | null = null;

  constructor(private readonly source: Source, private readonly futureAnnotations = false) {}

  /** Visits an annotation expression (symtable_visit_annotation). */
  private visitAnnotation(e: ast.expr): void {
    if (!this.futureAnnotations) {
      this.visitExpr(e);
      return;
    }
    const outer = this.annotationOf;
    this.annotationOf = this.cur;
    try {
      this.visitExpr(e);
    } finally {
      this.annotationOf = outer;
    }
  }

  /** CPython's symtable_raise_if_annotation_block: `what` is not allowed in an annotation. */
  private checkNotInAnnotation(what: string, e: ast.expr): void {
    if (this.annotationOf === this.cur) this.error(`'${what}' can not be used within an annotation`, e);
  }

  run(mod: ast.mod): void {
    this.enterBlock('top', BlockType.Module, mod, 0);
    this.st.top = this.cur;
    if (mod.kind === 'Expression') this.visitExpr(mod.body);
    else for (const s of mod.body) this.visitStmt(s);
    this.exitBlock();
  }

  private error(msg: string, loc: ast.Location): never {
    throw symtableError(this.source, msg, loc);
  }

  /** CPython's forbidden_name errors (`__debug__`) come from its compiler, with the location in `args`. */
  private forbidden(msg: string, loc: ast.Location): never {
    throw compileError(this.source, msg, loc);
  }

  private enterBlock(name: string, type: BlockType, node: Node, lineno: number): void {
    const prev = this.stack.length ? this.stack[this.stack.length - 1] : null;
    const ste = new SymbolTableEntry(name, type, node, lineno);
    if (prev && (prev.nested || prev.type === BlockType.Function)) ste.nested = true;
    // A lambda inside a comprehension's iterable is still inside that iterable.
    if (prev) ste.compIterExpr = prev.compIterExpr;
    this.st.blocks.set(node, ste);
    this.stack.push(ste);
    if (prev) prev.children.push(ste);
    if (type === BlockType.Module) this.globalSymbols = ste.symbols;
    this.cur = ste;
  }

  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1];
  }

  private lookupFlags(name: string): number {
    return this.cur.symbols.get(mangle(this.privateName, name)) ?? 0;
  }

  private addDef(name: string, flag: number, loc?: ast.Location, ste: SymbolTableEntry = this.cur): void {
    const mangled = mangle(this.privateName, name);
    const symbols = ste.symbols;
    let val = symbols.get(mangled);
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM) {
        this.error(`duplicate argument '${name}' in function definition`, loc!);
      }
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      // An iteration variable that an assignment expression of this comprehension already bound.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc!);
      }
      val |= DEF_COMP_ITER;
    }
    symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.globalSymbols.set(mangled, flag | (this.globalSymbols.get(mangled) ?? 0));
    }
  }

  private visitStmts(body: ast.stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  private visitExprs(exprs: (ast.expr | null)[]): void {
    for (const e of exprs) if (e) this.visitExpr(e);
  }

  private visitStmt(s: ast.stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
        this.checkDebug(s.name, s);
        this.checkDebugArgs(s.args, s);
        this.addDef(s.name, DEF_LOCAL);
        this.visitExprs(s.args.defaults);
        this.visitExprs(s.args.kw_defaults);
        this.visitAnnotations(s.args, s.returns);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, BlockType.Function, s, s.lineno);
        if (s.is_async) this.cur.coroutine = true;
        this.visitArguments(s.args);
        this.visitStmts(s.body);
        this.exitBlock();
        break;
      case 'ClassDef': {
        this.checkDebug(s.name, s);
        this.addDef(s.name, DEF_LOCAL);
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, BlockType.Class, s, s.lineno);
        const saved = this.privateName;
        this.privateName = s.name;
        this.visitStmts(s.body);
        this.privateName = saved;
        this.exitBlock();
        break;
      }
      case 'Return':
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign':
        if (s.target.kind === 'Name') this.checkDebug(s.target.id, s);
        if (s.target.kind === 'Name') {
          const cur = this.lookupFlags(s.target.id);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && s.simple) {
            const what = cur & DEF_GLOBAL ? 'global' : 'nonlocal';
            this.error(`annotated name '${s.target.id}' can't be ${what}`, s);
          }
          if (s.simple) this.addDef(s.target.id, DEF_ANNOT | DEF_LOCAL);
          else if (s.value) this.addDef(s.target.id, DEF_LOCAL);
        } else {
          // Without a value the attribute is never stored, but CPython still rejects `x.__debug__: int` (at the statement).
          if (!s.value && s.target.kind === 'Attribute' && s.target.attr === '__debug__') this.forbidden('cannot assign to __debug__', s);
          this.visitExpr(s.target);
        }
        this.visitAnnotation(s.annotation);
        if (s.value) this.visitExpr(s.value);
        break;
      case 'AugAssign':
        // CPython compiles `obj.attr op= v` without a Store visit of the attribute: `x.__debug__ += 1` is accepted.
        this.visitExpr(s.target.kind === 'Attribute' ? s.target.value : s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Raise':
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name) this.checkDebug(h.name, h);
          if (h.name) this.addDef(h.name, DEF_LOCAL);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.checkDebug(a.asname ?? a.name, s);
        for (const a of s.names) this.visitAlias(a);
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s.kind === 'Global';
        const what = isGlobal ? 'global' : 'nonlocal';
        for (const name of s.names) {
          const cur = this.lookupFlags(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${what}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${what} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${what}`;
            else msg = `name '${name}' is assigned to before ${what} declaration`;
            this.error(msg, s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL);
          const mangled = mangle(this.privateName, name);
          if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, s);
        }
        break;
      }
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'With':
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const m of s.cases) {
          this.visitPattern(m.pattern);
          if (m.guard) this.visitExpr(m.guard);
          this.visitStmts(m.body);
        }
        break;
    }
  }

  /** A pattern of a match statement: its captures are assignments, its values loads (symtable_visit_pattern). */
  private visitPattern(p: ast.pattern): void {
    switch (p.kind) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
      case 'MatchOr':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case 'MatchStar':
        if (p.name !== null) {
          this.checkDebug(p.name, p);
          this.addDef(p.name, DEF_LOCAL);
        }
        break;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name !== null) {
          this.checkDebug(p.name, p.pattern ? lastCompiledPattern(p.pattern) : p);
          this.addDef(p.name, DEF_LOCAL);
        }
        break;
      case 'MatchMapping':
        for (const k of p.keys) this.visitExpr(k);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest !== null) {
          this.checkDebug(p.rest, lastCompiledPattern(p));
          this.addDef(p.rest, DEF_LOCAL);
        }
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        p.kwd_attrs.forEach((attr, i) => this.checkDebug(attr, p.kwd_patterns[i]));
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
    }
  }

  private visitExpr(e: ast.expr): void {
    switch (e.kind) {
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda':
        this.checkDebugArgs(e.args, e);
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock('lambda', BlockType.Function, e, e.lineno);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.visitComprehension(e, e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.visitComprehension(e, e.generators, e.key, e.value);
        break;
      case 'Await':
        this.checkNotInAnnotation('await expression', e);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Yield':
      case 'YieldFrom':
        // DIVERGENCE: 3.7 only warned (DeprecationWarning); like 3.8+, tpy rejects it.
        this.checkNotInAnnotation('yield expression', e);
        if (this.cur.comprehension) this.error(`'yield' inside ${COMP_WHAT[this.cur.comprehension]}`, e);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        for (const k of e.keywords) if (k.arg !== null) this.checkDebug(k.arg, e);
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        if (e.ctx === 'Store' && e.attr === '__debug__') this.forbidden('cannot assign to __debug__', e);
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'NamedExpr':
        this.checkNotInAnnotation('named expression', e);
        this.visitNamedExpr(e);
        break;
      case 'Name':
        if (e.ctx !== 'Load' && e.id === '__debug__') this.forbidden(e.ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', e);
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        // A use of `super` in a function is a use of the implicit `__class__` cell.
        if (e.ctx === 'Load' && this.cur.type === BlockType.Function && e.id === 'super') {
          this.addDef('__class__', USE);
        }
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
    }
  }

  /** CPython's forbidden_name: `__debug__` cannot be bound (reported at the whole construct). */
  private checkDebug(name: string, loc: ast.Location): void {
    if (name === '__debug__') this.forbidden('cannot assign to __debug__', loc);
  }

  private checkDebugArgs(a: ast.arguments, loc: ast.Location): void {
    for (const arg of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) this.checkDebug(arg.arg, loc);
    if (a.vararg) this.checkDebug(a.vararg.arg, loc);
    if (a.kwarg) this.checkDebug(a.kwarg.arg, loc);
  }

  private visitAnnotations(a: ast.arguments, returns: ast.expr | null): void {
    for (const arg of [...a.posonlyargs, ...a.args]) if (arg.annotation) this.visitAnnotation(arg.annotation);
    if (a.vararg?.annotation) this.visitAnnotation(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitAnnotation(a.kwarg.annotation);
    for (const arg of a.kwonlyargs) if (arg.annotation) this.visitAnnotation(arg.annotation);
    if (returns) this.visitAnnotation(returns);
  }

  private visitArguments(a: ast.arguments): void {
    for (const arg of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) this.addDef(arg.arg, DEF_PARAM, arg);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  private visitAlias(a: ast.alias): void {
    const name = a.asname ?? a.name;
    if (name === '*') {
      if (this.cur.type !== BlockType.Module) this.error('import * only allowed at module level', a);
      return;
    }
    const dot = name.indexOf('.');
    this.addDef(dot >= 0 ? name.slice(0, dot) : name, DEF_IMPORT);
  }

  /**
   * A comprehension is a nested function: the outermost iterable is evaluated in
   * the enclosing scope and passed in as the implicit parameter `.0`.
   */
  private visitComprehension(
    e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
    generators: ast.comprehension[],
    elt: ast.expr,
    value: ast.expr | null,
  ): void {
    const outermost = generators[0];
    this.visitIterable(outermost.iter);
    this.enterBlock(COMP_NAMES[e.kind], BlockType.Function, e, e.lineno);
    this.cur.comprehension = e.kind;
    this.addDef('.0', DEF_PARAM);
    this.visitIterTarget(outermost.target);
    this.visitExprs(outermost.ifs);
    for (const gen of generators.slice(1)) {
      this.visitIterTarget(gen.target);
      this.visitIterable(gen.iter);
      this.visitExprs(gen.ifs);
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    this.cur.generator ||= e.kind === 'GeneratorExp';
    if (generators.some((g) => g.is_async)) this.cur.coroutine = true;
    // A list, set or dict comprehension that awaits is awaited where it is called.
    const awaited = this.cur.coroutine && e.kind !== 'GeneratorExp';
    this.exitBlock();
    if (awaited) this.cur.coroutine = true;
  }

  private visitIterable(iter: ast.expr): void {
    this.cur.compIterExpr += 1;
    this.visitExpr(iter);
    this.cur.compIterExpr -= 1;
  }

  private visitIterTarget(target: ast.expr): void {
    this.cur.compIterTarget = true;
    this.visitExpr(target);
    this.cur.compIterTarget = false;
  }

  /**
   * `target := value`. Inside a comprehension the target belongs to the nearest enclosing
   * function (a nonlocal of the comprehension) or module (a global); in a class body it
   * has no home, and it may not rebind an iteration variable (CPython's symtable rules).
   */
  private visitNamedExpr(e: ast.NamedExpr): void {
    if (this.cur.compIterExpr > 0) this.error('assignment expression cannot be used in a comprehension iterable expression', e);
    if (this.cur.comprehension) this.extendNamedExprScope(e.target);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  private extendNamedExprScope(target: ast.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i -= 1) {
      const ste = this.stack[i]!;
      if (ste.comprehension) {
        if (ste.getFlags(mangle(this.privateName, name)) & DEF_COMP_ITER) {
          this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      const mangled = mangle(this.privateName, name);
      if (ste.type === BlockType.Function) {
        this.addDef(name, ste.getFlags(mangled) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, target);
        this.addDef(name, DEF_LOCAL, target, ste);
        return;
      }
      if (ste.type === BlockType.Module) {
        this.addDef(name, DEF_GLOBAL, target);
        if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, target);
        this.addDef(name, DEF_GLOBAL, target, ste);
        return;
      }
      this.error('assignment expression within a comprehension cannot be used in a class body', target);
    }
  }
}

// ---------------------------------------------------------------------------
// Pass 2: decide every name's scope.

function analyze(st: SymbolTable, source: Source): void {
  analyzeBlock(st.top, null, new Set(), new Set(), source);
}

function directiveError(ste: SymbolTableEntry, name: string, msg: string, source: Source): never {
  const loc = ste.directives.get(name)!;
  throw symtableError(source, msg, loc);
}

function analyzeName(
  ste: SymbolTableEntry,
  scopes: Map<string, Scope>,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  source: Source,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) directiveError(ste, name, `name '${name}' is nonlocal and global`, source);
    scopes.set(name, Scope.GLOBAL_EXPLICIT);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) directiveError(ste, name, 'nonlocal declaration not allowed at module level', source);
    if (!bound.has(name)) directiveError(ste, name, `no binding for nonlocal '${name}' found`, source);
    scopes.set(name, Scope.FREE);
    ste.hasFree = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, Scope.LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  // A name bound by an enclosing function is free here (a non-null bound implies nesting).
  if (bound && bound.has(name)) {
    scopes.set(name, Scope.FREE);
    ste.hasFree = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    scopes.set(name, Scope.GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.hasFree = true;
  scopes.set(name, Scope.GLOBAL_IMPLICIT);
}

/**
 * `bound`: names bound by enclosing function scopes (null for the module);
 * `free` (output): free names of this block and its children not yet resolved;
 * `global`: names declared global in enclosing scopes.
 */
function analyzeBlock(
  ste: SymbolTableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string>,
  source: Source,
): void {
  const local = new Set<string>();
  const scopes = new Map<string, Scope>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();

  // A class's own bindings are invisible to its methods, so children see what the class saw.
  if (ste.type === BlockType.Class) {
    for (const n of global) newGlobal.add(n);
    if (bound) for (const n of bound) newBound.add(n);
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(ste, scopes, name, flags, bound, local, free, global, source);
  }
  if (ste.type !== BlockType.Class) {
    if (ste.type === BlockType.Function) for (const n of local) newBound.add(n);
    if (bound) for (const n of bound) newBound.add(n);
    for (const n of global) newGlobal.add(n);
  } else {
    newBound.add('__class__');
  }

  const allFree = new Set<string>();
  for (const child of ste.children) {
    const childFree = new Set(newFree);
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), source);
    for (const n of childFree) allFree.add(n);
    if (child.hasFree || child.childFree) ste.childFree = true;
  }
  for (const n of allFree) newFree.add(n);

  if (ste.type === BlockType.Function) {
    // Locals that a child refers to become cells.
    for (const [name, scope] of scopes) {
      if (scope === Scope.LOCAL && newFree.has(name)) {
        scopes.set(name, Scope.CELL);
        newFree.delete(name);
      }
    }
  } else if (ste.type === BlockType.Class) {
    if (newFree.delete('__class__')) ste.needsClassClosure = true;
  }
  updateSymbols(ste.symbols, scopes, bound, newFree, ste.type === BlockType.Class);
  for (const n of newFree) free.add(n);
}

function updateSymbols(
  symbols: Map<string, number>,
  scopes: Map<string, Scope>,
  bound: Set<string> | null,
  free: Set<string>,
  classflag: boolean,
): void {
  for (const [name, flags] of symbols) symbols.set(name, flags | (scopes.get(name)! << SCOPE_OFFSET));
  // Free names of children not bound here pass through this block on their way up.
  for (const name of free) {
    const v = symbols.get(name);
    if (v !== undefined) {
      // A method's free variable that the class itself also binds (or declares global).
      if (classflag && v & (DEF_BOUND | DEF_GLOBAL)) symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue; // a global
    symbols.set(name, Scope.FREE << SCOPE_OFFSET);
  }
}

/**
 * The pattern CPython's compiler last set its location to when it reaches the end of `p`:
 * a binding at the end of a pattern (`... as name`, `**rest`) reports its errors there.
 */
function lastCompiledPattern(p: ast.pattern): ast.pattern {
  let subs: ast.pattern[] = [];
  if (p.kind === 'MatchSequence' || p.kind === 'MatchOr' || p.kind === 'MatchMapping') subs = p.patterns;
  else if (p.kind === 'MatchClass') subs = [...p.patterns, ...p.kwd_patterns];
  else if (p.kind === 'MatchAs' && p.pattern) subs = [p.pattern];
  return subs.length ? lastCompiledPattern(subs[subs.length - 1]) : p;
}
