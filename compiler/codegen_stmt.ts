// Statements: assignment forms, if/for/while, break/continue, imports, assert, raise, return (compile.c's compiler_visit_stmt and friends).

import type * as ast from './ast.js';
import { Op } from '../vm/opcodes.js';
import { None } from '../vm/objects/singletons.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { BlockType, mangle } from './symtable.js';
import { Compiler, FBlock, ScopeType, compilerFunction, compilerClass, visitAnnexpr, Block } from './codegen.js';
import { visitExpr, jumpIf, exprConstant, visitSubscriptParts } from './codegen_expr.js';
import { compilerTry, compilerWith, compilerAsyncWith } from './codegen_try.js';
import { compilerMatch } from './codegen_match.js';

export function visitStmts(c: Compiler, stmts: ast.stmt[]): void {
  for (const s of stmts) visitStmt(c, s);
}

export function visitStmt(c: Compiler, s: ast.stmt): void {
  // A statement's instructions carry its location, save where its expressions set their own.
  c.setLoc(s);
  switch (s.kind) {
    case 'FunctionDef':
      return compilerFunction(c, s);
    case 'ClassDef':
      return compilerClass(c, s);
    case 'Return':
      if (c.u.ste.type !== BlockType.Function) c.error("'return' outside function", s);
      if (s.value && c.u.ste.coroutine && c.u.ste.generator) c.error("'return' with value in async generator", s);
      if (s.value) visitExpr(c, s.value);
      else c.loadConst(None);
      if (c.u.fblocks.some((f) => f.type === FBlock.EXCEPTION_GROUP_HANDLER)) {
        // 3.11 reports it where the compiler stands: at a constant returned on the same line, else the statement.
        exceptStarExit(c, s.value?.kind === 'Constant' && s.value.lineno === s.lineno ? s.value : s);
      }
      c.addop(Op.RETURN_VALUE);
      return;
    case 'Delete':
      for (const t of s.targets) visitExpr(c, t);
      return;
    case 'Assign':
      // value, then DUP_TOP before every store but the last.
      visitExpr(c, s.value);
      s.targets.forEach((t, i) => {
        if (i < s.targets.length - 1) c.addop(Op.DUP_TOP);
        visitExpr(c, t);
      });
      return;
    case 'AugAssign':
      return compilerAugassign(c, s);
    case 'AnnAssign':
      return compilerAnnassign(c, s);
    case 'For':
      if (s.is_async) {
        if (c.u.scopeType !== ScopeType.AsyncFunction) c.error("'async for' outside async function", s);
        return compilerAsyncFor(c, s);
      }
      return compilerFor(c, s);
    case 'While':
      return compilerWhile(c, s);
    case 'If':
      return compilerIf(c, s);
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      c.addopI(Op.RAISE_VARARGS, n);
      return;
    }
    case 'Try':
    case 'TryStar':
      return compilerTry(c, s);
    case 'Assert':
      return compilerAssert(c, s);
    case 'Import':
      return compilerImport(c, s);
    case 'ImportFrom':
      return compilerFromImport(c, s);
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Pass':
      c.lineNop();
      return;
    case 'Expr':
      return compilerStmtExpr(c, s.value);
    case 'Break':
      return compilerBreak(c, s);
      return;
    case 'Continue':
      return compilerContinue(c, s);
    case 'With':
      if (s.is_async) {
        if (c.u.scopeType !== ScopeType.AsyncFunction) c.error("'async with' outside async function", s);
        return compilerAsyncWith(c, s, 0);
      }
      return compilerWith(c, s, 0);
    case 'Match':
      return compilerMatch(c, s);
  }
}

/** An expression statement: printed in interactive mode, dropped if constant, else evaluated and popped. */
function compilerStmtExpr(c: Compiler, value: ast.expr): void {
  if (c.interactive && c.nestlevel <= 1) {
    visitExpr(c, value);
    c.addop(Op.PRINT_EXPR);
    return;
  }
  if (value.kind === 'Constant') {
    c.lineNop();
    return;
  }
  visitExpr(c, value);
  // The POP_TOP is artificial (3.11's UNSET_LOC): it continues the line the expression
  // ended on, so `(\n a\n + 1\n)` has no line of its own at the statement's first line.
  c.unsetLine();
  c.addop(Op.POP_TOP);
}

/**
 * The NOPs 3.11 folds a constant test of an `if` or `while` into: its LOAD_CONST's, at the
 * test's line, then its jump's, at the statement's. They keep both lines traced where they
 * differ (`if (\n True\n):` traces the test's line, then the `if`'s); on one line the
 * assembler keeps one NOP.
 */
function constantTestNops(c: Compiler, test: ast.expr): void {
  const loc = c.setLoc(test);
  c.lineNop();
  c.restoreLoc(loc);
  c.lineNop();
}

/**
 * if: the test jumps to the else part (or the end) when false; a constant test
 * compiles only the branch it selects.
 *       <jump if not test> L_else    <body>  JUMP_FORWARD L_end
 *   L_else: <orelse>
 *   L_end:
 */
function compilerIf(c: Compiler, s: ast.If): void {
  const end = c.newBlock();
  const constant = exprConstant(s.test);
  if (constant === 0) {
    constantTestNops(c, s.test);
    c.checkOnly(() => visitStmts(c, s.body));
    visitStmts(c, s.orelse);
  } else if (constant === 1) {
    constantTestNops(c, s.test);
    visitStmts(c, s.body);
    c.checkOnly(() => visitStmts(c, s.orelse));
  } else {
    const next = s.orelse.length ? c.newBlock() : end;
    jumpIf(c, s.test, next, false);
    visitStmts(c, s.body);
    if (s.orelse.length) {
      c.jrelNoLine(Op.JUMP_FORWARD, end);
      c.useNextBlock(next);
      visitStmts(c, s.orelse);
    }
  }
  c.useNextBlock(end);
}

/**
 * for:                                      stack
 *          SETUP_LOOP L_end                 []
 *          <iter>  GET_ITER                 [it]
 *   L_start: FOR_ITER L_cleanup             [it, x]
 *          <store target> <body>            [it]
 *          JUMP_ABSOLUTE L_start
 *   L_cleanup: POP_BLOCK                    [] (FOR_ITER popped the iterator)
 *          <orelse>
 *   L_end:
 */
function compilerFor(c: Compiler, s: ast.For): void {
  const start = c.newBlock();
  const cleanup = c.newBlock();
  const end = c.newBlock();
  setupLoop(c, s, end);
  c.pushFBlock(FBlock.LOOP, start, s, end);
  visitExpr(c, s.iter);
  c.addop(Op.GET_ITER);
  c.useNextBlock(start);
  c.jrel(Op.FOR_ITER, cleanup);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  // The jump back and the exit are artificial: FOR_ITER, a backward-jump target, traces the `for` line.
  c.unsetLine();
  c.jabs(Op.JUMP_ABSOLUTE, start);
  c.useNextBlock(cleanup);
  c.addop(Op.POP_BLOCK);
  c.popFBlock();
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/**
 * async for: 3.8's shape (END_ASYNC_FOR ends the loop on StopAsyncIteration) in 3.7's blocks:
 *          SETUP_LOOP L_end
 *          <iter>  GET_AITER                [aiter]
 *   L_start: SETUP_EXCEPT L_except
 *          GET_ANEXT  LOAD_CONST None  YIELD_FROM  POP_BLOCK     [aiter, item]
 *          <store target> <body>            [aiter]
 *          JUMP_ABSOLUTE L_start
 *   L_except: END_ASYNC_FOR                 [] (the handler and the aiter popped)
 *          POP_BLOCK
 *          <orelse>
 *   L_end:
 */
function compilerAsyncFor(c: Compiler, s: ast.For): void {
  const start = c.newBlock();
  const except = c.newBlock();
  const end = c.newBlock();
  setupLoop(c, s, end);
  c.pushFBlock(FBlock.LOOP, start, s, end);
  visitExpr(c, s.iter);
  c.addop(Op.GET_AITER);
  c.useNextBlock(start);
  c.jrel(Op.SETUP_EXCEPT, except);
  c.addop(Op.GET_ANEXT);
  c.loadConst(None);
  c.addop(Op.YIELD_FROM);
  c.addop(Op.POP_BLOCK);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.unsetLine();
  c.jabs(Op.JUMP_ABSOLUTE, start);
  c.useNextBlock(except);
  c.setLoc(s);
  c.addop(Op.END_ASYNC_FOR);
  c.unsetLine();
  c.addop(Op.POP_BLOCK);
  c.popFBlock();
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/**
 * while: a constant false test compiles only the else part; a constant true one no test.
 *          SETUP_LOOP L_end
 *   L_loop: <jump if not test> L_anchor
 *          <body>  JUMP_ABSOLUTE L_loop
 *   L_anchor: POP_BLOCK
 *          <orelse>
 *   L_end:
 */
function compilerWhile(c: Compiler, s: ast.While): void {
  const constant = exprConstant(s.test);
  if (constant === 0) {
    constantTestNops(c, s.test);
    // The body is still compiled for its errors, inside the loop (a `break` there is fine).
    c.checkOnly(() => {
      c.pushFBlock(FBlock.LOOP, c.u.curblock, s, c.newBlock());
      visitStmts(c, s.body);
    });
    visitStmts(c, s.orelse);
    return;
  }
  const loop = c.newBlock();
  const end = c.newBlock();
  let anchor: Block | null = null;
  if (constant === -1) anchor = c.newBlock();
  if (s.orelse.length) c.newBlock(); // 3.7 allocates an (unused) orelse block here.
  setupLoop(c, s, end);
  c.useNextBlock(loop);
  c.pushFBlock(FBlock.LOOP, loop, s, end);
  if (anchor) jumpIf(c, s.test, anchor, false);
  else constantTestNops(c, s.test); // `while True:` traces its line on every iteration, as 3.11's NOPs do
  visitStmts(c, s.body);
  // 3.11 repeats the test at the bottom; here the jump back is artificial and the
  // test, a backward-jump target, traces the `while` line, as the copy would.
  c.unsetLine();
  c.jabs(Op.JUMP_ABSOLUTE, loop);
  if (anchor) c.useNextBlock(anchor);
  c.addop(Op.POP_BLOCK);
  c.popFBlock();
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/** break: BREAK_LOOP, which unwinds the block stack down to the loop's SETUP_LOOP and leaves the loop. */
function compilerBreak(c: Compiler, s: ast.Break): void {
  const fb = c.u.fblocks;
  let i = fb.length - 1;
  while (i >= 0 && fb[i].type !== FBlock.LOOP) {
    if (fb[i].type === FBlock.EXCEPTION_GROUP_HANDLER) exceptStarExit(c, s);
    i--;
  }
  if (i < 0) c.error("'break' outside loop", s);
  const instr = c.addop(Op.BREAK_LOOP);
  instr.breakTo = fb[i].exit;
  // Through a finally or a with, the loop is left from the cleanup, not from here.
  instr.breakViaCleanup = fb.slice(i + 1).some((f) => f.type === FBlock.FINALLY_TRY || f.type === FBlock.FINALLY_END);
}

/** break, continue and return may not leave an except* clause's body (the group's rest must be re-raised). */
function exceptStarExit(c: Compiler, where: ast.Location): never {
  return c.error("'break', 'continue' and 'return' cannot appear in an except* block", where);
}

/** SETUP_LOOP is artificial: 3.11 has no instruction before a loop's iterable or test to trace. */
function setupLoop(c: Compiler, s: ast.For | ast.While, end: Block): void {
  const loc = c.saveLoc();
  c.unsetLine();
  c.jrel(Op.SETUP_LOOP, end);
  c.restoreLoc(loc);
}

/**
 * continue: JUMP_ABSOLUTE to the loop start when the innermost block is the loop;
 * from inside try/except/with/finally blocks, CONTINUE_LOOP, which unwinds them.
 */
function compilerContinue(c: Compiler, s: ast.Continue): void {
  const fb = c.u.fblocks;
  let i = fb.length - 1;
  for (let j = i; j >= 0 && fb[j].type !== FBlock.LOOP; j--) {
    if (fb[j].type === FBlock.EXCEPTION_GROUP_HANDLER) exceptStarExit(c, s);
  }
  if (i < 0) c.error("'continue' not properly in loop", s);
  if (fb[i].type === FBlock.LOOP) {
    c.jabs(Op.JUMP_ABSOLUTE, fb[i].block);
    return;
  }
  // DIVERGENCE: 3.7 rejects `continue` inside a finally clause; like 3.8+ tpy allows it
  // (the eval loop unwinds the finally block's pending state).
  while (--i >= 0 && fb[i].type !== FBlock.LOOP);
  if (i < 0) c.error("'continue' not properly in loop", s);
  c.jabs(Op.CONTINUE_LOOP, fb[i].block);
}

/**
 * assert test, msg:
 *      <jump if test> L_end   LOAD_ASSERTION_ERROR  [<msg> CALL_FUNCTION 1]  RAISE_VARARGS 1
 *   L_end:
 */
function compilerAssert(c: Compiler, s: ast.Assert): void {
  // -O: no code (the "assertion is always true" SyntaxWarning is still given: syntax_warnings.ts).
  if (c.optimize > 0) return;
  const end = c.newBlock();
  jumpIf(c, s.test, end, true);
  // The built-in class, not a global lookup: `AssertionError = TypeError` must not change assert.
  c.addop(Op.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    visitExpr(c, s.msg);
    c.addopI(Op.CALL_FUNCTION, 1);
  }
  c.addopI(Op.RAISE_VARARGS, 1);
  c.useNextBlock(end);
}

/**
 * import a.b.c      -> LOAD_CONST 0  LOAD_CONST None  IMPORT_NAME a.b.c  STORE a
 * import a.b.c as d -> ... IMPORT_NAME a.b.c  IMPORT_FROM b  ROT_TWO POP_TOP  IMPORT_FROM c  STORE d  POP_TOP
 */
function compilerImport(c: Compiler, s: ast.Import): void {
  for (const alias of s.names) {
    c.loadConst(0);
    c.loadConst(None);
    c.addopName(Op.IMPORT_NAME, alias.name);
    if (alias.asname) {
      const parts = alias.name.split('.');
      if (parts.length > 1) {
        for (let i = 1; i < parts.length; i++) {
          c.addopNameRaw(Op.IMPORT_FROM, parts[i]);
          if (i === parts.length - 1) break;
          c.addop(Op.ROT_TWO);
          c.addop(Op.POP_TOP);
        }
        c.nameop(alias.asname, 'Store');
        c.addop(Op.POP_TOP);
      } else {
        c.nameop(alias.asname, 'Store');
      }
    } else {
      const dot = alias.name.indexOf('.');
      c.nameop(dot >= 0 ? alias.name.slice(0, dot) : alias.name, 'Store');
    }
  }
}

/** from m import a, b as c -> LOAD_CONST level  LOAD_CONST ('a', 'b')  IMPORT_NAME m  (IMPORT_FROM x  STORE y)*  POP_TOP */
function compilerFromImport(c: Compiler, s: ast.ImportFrom): void {
  c.loadConst(s.level);
  if (s.lineno > c.futureLineno && s.module === '__future__') {
    c.error('from __future__ imports must occur at the beginning of the file', s);
  }
  c.loadConst(new PyTuple(s.names.map((a) => a.name)));
  c.addopName(Op.IMPORT_NAME, s.module ?? '');
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i];
    if (i === 0 && alias.name.startsWith('*')) {
      c.addop(Op.IMPORT_STAR);
      return;
    }
    c.addopName(Op.IMPORT_FROM, alias.name);
    c.nameop(alias.asname ?? alias.name, 'Store');
  }
  c.addop(Op.POP_TOP);
}

/**
 * x op= v on a name:       LOAD x  <v>  INPLACE_op  STORE x
 * on an attribute:          <obj> DUP_TOP LOAD_ATTR a  <v>  INPLACE_op  ROT_TWO STORE_ATTR a
 * on a subscript:           <obj> <key> DUP_TOP_TWO BINARY_SUBSCR  <v>  INPLACE_op  ROT_THREE STORE_SUBSCR
 */
function compilerAugassign(c: Compiler, s: ast.AugAssign): void {
  const e = s.target;
  const op = INPLACE_OPS[s.op];
  // The target's loads and stores carry the target's location, the operation the statement's.
  const stmtLoc = c.setLoc(e);
  switch (e.kind) {
    case 'Attribute':
      visitExpr(c, e.value);
      c.addop(Op.DUP_TOP);
      c.locateAtAttr(e);
      c.addopName(Op.LOAD_ATTR, e.attr);
      c.restoreLoc(stmtLoc);
      visitExpr(c, s.value);
      c.addop(op);
      c.setLoc(e);
      c.locateAtAttr(e);
      c.addop(Op.ROT_TWO);
      c.addopName(Op.STORE_ATTR, e.attr);
      break;
    case 'Subscript':
      visitExpr(c, e.value);
      visitSubscriptParts(c, e.slice);
      c.addop(Op.DUP_TOP_TWO);
      c.addop(Op.BINARY_SUBSCR);
      c.restoreLoc(stmtLoc);
      visitExpr(c, s.value);
      c.addop(op);
      c.setLoc(e);
      c.addop(Op.ROT_THREE);
      c.addop(Op.STORE_SUBSCR);
      break;
    case 'Name':
      c.nameop(e.id, 'Load');
      c.restoreLoc(stmtLoc);
      visitExpr(c, s.value);
      c.addop(op);
      c.setLoc(e);
      c.nameop(e.id, 'Store');
      break;
  }
}

export const INPLACE_OPS: Record<ast.operator, Op> = {
  Add: Op.INPLACE_ADD,
  Sub: Op.INPLACE_SUBTRACT,
  Mult: Op.INPLACE_MULTIPLY,
  MatMult: Op.INPLACE_MATRIX_MULTIPLY,
  Div: Op.INPLACE_TRUE_DIVIDE,
  Mod: Op.INPLACE_MODULO,
  Pow: Op.INPLACE_POWER,
  LShift: Op.INPLACE_LSHIFT,
  RShift: Op.INPLACE_RSHIFT,
  BitOr: Op.INPLACE_OR,
  BitXor: Op.INPLACE_XOR,
  BitAnd: Op.INPLACE_AND,
  FloorDiv: Op.INPLACE_FLOOR_DIVIDE,
};

/** Evaluates an expression for its side effects only (check_ann_expr). */
function checkAnnExpr(c: Compiler, e: ast.expr): void {
  visitExpr(c, e);
  c.addop(Op.POP_TOP);
}

/**
 * x: T = v  ->  <v> STORE x, then, for a simple name in a module or class,
 * <T> LOAD_NAME __annotations__ LOAD_CONST 'x' STORE_SUBSCR. Targets that are
 * attributes or subscripts without a value still evaluate their object (and index).
 */
function compilerAnnassign(c: Compiler, s: ast.AnnAssign): void {
  const targ = s.target;
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  const moduleOrClass = c.u.scopeType === ScopeType.Module || c.u.scopeType === ScopeType.Class;
  switch (targ.kind) {
    case 'Name':
      if (s.simple && moduleOrClass) {
        visitAnnexpr(c, s.annotation);
        c.addopName(Op.LOAD_NAME, '__annotations__');
        c.loadConst(mangle(c.u.privateName, targ.id));
        c.addop(Op.STORE_SUBSCR);
      }
      break;
    case 'Attribute':
      if (!s.value) checkAnnExpr(c, targ.value);
      break;
    case 'Subscript':
      if (!s.value) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
  }
  if (!s.simple && moduleOrClass) checkAnnExpr(c, s.annotation);
}

/** The parts of an annotated subscript target that 3.7 evaluates (check_ann_subscr). */
function checkAnnSubscr(c: Compiler, slice: ast.expr): void {
  const one = (sl: ast.expr) => {
    if (sl.kind === 'Slice') {
      if (sl.lower) checkAnnExpr(c, sl.lower);
      if (sl.upper) checkAnnExpr(c, sl.upper);
      if (sl.step) checkAnnExpr(c, sl.step);
    } else {
      checkAnnExpr(c, sl);
    }
  };
  if (slice.kind === 'Tuple' && slice.elts.some((x) => x.kind === 'Slice')) slice.elts.forEach(one);
  else one(slice);
}
