// try/except, try/finally and with: the statements that set up exception-handling blocks (compile.c's compiler_try_*, compiler_with).

import type * as ast from './ast.js';
import { Op, Cmp } from '../vm/opcodes.js';
import { None } from '../vm/objects/singletons.js';
import { Compiler, FBlock, type Block } from './codegen.js';
import { visitExpr, emitAwait, evaluationStart } from './codegen_expr.js';
import { visitStmts } from './codegen_stmt.js';

export function compilerTry(c: Compiler, s: ast.Try): void {
  if (s.finalbody.length) compilerTryFinally(c, s);
  else compilerTryExceptAny(c, s);
}

function compilerTryExceptAny(c: Compiler, s: ast.Try): void {
  if (s.kind === 'TryStar') compilerTryStarExcept(c, s);
  else compilerTryExcept(c, s);
}

/**
 * try: <body> finally: <finalbody>           stack at L: None, or the pending
 *          SETUP_FINALLY L                    return value / exception state
 *          <body>  POP_BLOCK
 *          LOAD_CONST None
 *   L:     <finalbody>
 *          END_FINALLY                        (resumes what was pending)
 * With except clauses, <body> is the whole try/except statement.
 */
function compilerTryFinally(c: Compiler, s: ast.Try): void {
  const body = c.newBlock();
  const end = c.newBlock();
  c.jrel(Op.SETUP_FINALLY, end);
  c.useNextBlock(body);
  c.pushFBlock(FBlock.FINALLY_TRY, body, s);
  if (s.handlers.length) compilerTryExceptAny(c, s);
  else visitStmts(c, s.body);
  // Entering and leaving the finally block is artificial: only its statements trace lines.
  c.unsetLine();
  c.addop(Op.POP_BLOCK);
  c.popFBlock();
  c.loadConst(None);
  c.useNextBlock(end);
  c.pushFBlock(FBlock.FINALLY_END, end, s);
  visitStmts(c, s.finalbody);
  c.unsetLine();
  c.addop(Op.END_FINALLY);
  c.popFBlock();
}

/**
 * try: S except E1 as V1: S1 ... else: S_else       value stack
 *          SETUP_EXCEPT L1                          []
 *          <S>  POP_BLOCK  JUMP_FORWARD L_else
 *   L1:    DUP_TOP  <E1>  COMPARE_OP exception-match [tb, val, exc, exc, E1]
 *          POP_JUMP_IF_FALSE L2                     [tb, val, exc]
 *          POP_TOP  <store V1> (or POP_TOP)  POP_TOP [] (the 3 saved exc_info stay under)
 *          <S1>  POP_EXCEPT  JUMP_FORWARD L_end     (with `as V1`, S1 runs in an inner
 *   L2:    DUP_TOP ...                               try/finally that clears V1: V1 = None; del V1)
 *   Ln:    END_FINALLY                              re-raises when no clause matched
 *   L_else: <S_else>
 *   L_end:
 */
function compilerTryExcept(c: Compiler, s: ast.Try): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const orelse = c.newBlock();
  const end = c.newBlock();
  protectedBody(c, s, body, except, orelse);
  const n = s.handlers.length;
  c.useNextBlock(except);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i];
    if (!handler.type && i < n - 1) c.error("default 'except:' must be last", handler);
    c.setLoc(handler);
    except = c.newBlock();
    if (handler.type) {
      // 3.11's clause starts with its type's first instruction (there is no DUP_TOP): an
      // `except (\n E\n):` traces the type's line, then the clause's for the match.
      c.setLoc(evaluationStart(handler.type));
      c.addop(Op.DUP_TOP);
      visitExpr(c, handler.type);
      c.setLoc(handler);
      c.addopI(Op.COMPARE_OP, Cmp.EXC_MATCH);
      c.jabs(Op.POP_JUMP_IF_FALSE, except);
    }
    c.addop(Op.POP_TOP);
    if (handler.name) {
      const cleanupEnd = c.newBlock();
      const cleanupBody = c.newBlock();
      c.nameop(handler.name, 'Store');
      c.addop(Op.POP_TOP);
      // try: <body> finally: name = None; del name
      c.jrel(Op.SETUP_FINALLY, cleanupEnd);
      c.useNextBlock(cleanupBody);
      c.pushFBlock(FBlock.FINALLY_TRY, cleanupBody, handler);
      visitStmts(c, handler.body);
      // name = None; del name: artificial, as in 3.11.
      c.unsetLine();
      c.addop(Op.POP_BLOCK);
      c.popFBlock();
      c.loadConst(None);
      c.useNextBlock(cleanupEnd);
      c.pushFBlock(FBlock.FINALLY_END, cleanupEnd, handler);
      clearHandlerName(c, handler);
      c.addop(Op.END_FINALLY);
      c.addop(Op.POP_EXCEPT);
      c.popFBlock();
    } else {
      const cleanupBody = c.newBlock();
      c.addop(Op.POP_TOP);
      c.addop(Op.POP_TOP);
      c.useNextBlock(cleanupBody);
      c.pushFBlock(FBlock.FINALLY_TRY, cleanupBody, handler);
      visitStmts(c, handler.body);
      c.unsetLine();
      c.addop(Op.POP_EXCEPT);
      c.popFBlock();
    }
    c.jrel(Op.JUMP_FORWARD, end);
    c.useNextBlock(except);
  }
  // Re-raising an exception no clause matched is artificial too.
  c.unsetLine();
  c.addop(Op.END_FINALLY);
  c.useNextBlock(orelse);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/**
 * try: S except* E1 as V1: S1 ... else: S_else     value stack (above the 3 saved exc_info)
 *          SETUP_EXCEPT L1                         []
 *          <S>  POP_BLOCK  JUMP_FORWARD L_else
 *   L1:    POP_TOP  DUP_TOP  BUILD_LIST 0  ROT_TWO [tb, orig, raised, rest]    rest = orig at first
 *          <E1>  CHECK_EG_MATCH L2                 [tb, orig, raised, rest', match]
 *          <store V1> (or POP_TOP)                 [tb, orig, raised, rest']
 *          SETUP_EXCEPT R1  <S1>  POP_BLOCK         (V1 = None; del V1 after S1, either way)
 *          JUMP_FORWARD L2
 *   R1:    POP_TOP  LIST_APPEND 6  POP_TOP         an exception S1 raised joins `raised`
 *          POP_EXCEPT
 *   L2:    <E2>  CHECK_EG_MATCH L3 ...             (no match: jumps with [.., rest] unchanged)
 *   Ln:    LIST_APPEND 1                           [tb, orig, raised + [rest]]
 *          PREP_RERAISE_STAR                       [None], or [tb, exc, type] to re-raise
 *          END_FINALLY  POP_EXCEPT  JUMP_FORWARD L_end
 *   L_else: <S_else>
 *   L_end:
 * CHECK_EG_MATCH wraps a bare exception in ExceptionGroup('', (exc,)) when it matches, and
 * PREP_RERAISE_STAR re-raises the unhandled rest in the original group's shape, together with
 * whatever the clauses raised.
 */
function compilerTryStarExcept(c: Compiler, s: ast.Try): void {
  const body = c.newBlock();
  const except = c.newBlock();
  const orelse = c.newBlock();
  const end = c.newBlock();
  const reraise = c.newBlock();
  protectedBody(c, s, body, except, orelse);
  c.useNextBlock(except);
  // The list of raised exceptions is made at the first clause's line (3.11's COPY 1,
  // BUILD_LIST 0, SWAP 2), before its type's.
  c.setLoc(s.handlers[0]);
  c.addop(Op.POP_TOP);
  c.addop(Op.DUP_TOP);
  c.addopI(Op.BUILD_LIST, 0);
  c.addop(Op.ROT_TWO);
  s.handlers.forEach((handler, i) => {
    const next = i === s.handlers.length - 1 ? reraise : c.newBlock();
    const raisedHere = c.newBlock();
    const handlerBody = c.newBlock();
    c.setLoc(handler);
    visitExpr(c, handler.type!);
    c.jrel(Op.CHECK_EG_MATCH, next);
    if (handler.name) c.nameop(handler.name, 'Store');
    else c.addop(Op.POP_TOP);
    c.jrel(Op.SETUP_EXCEPT, raisedHere);
    c.useNextBlock(handlerBody);
    c.pushFBlock(FBlock.EXCEPT, handlerBody, handler);
    c.pushFBlock(FBlock.EXCEPTION_GROUP_HANDLER, handlerBody, handler);
    visitStmts(c, handler.body);
    c.popFBlock();
    c.popFBlock();
    c.unsetLine();
    c.addop(Op.POP_BLOCK);
    clearHandlerName(c, handler);
    c.jrel(Op.JUMP_FORWARD, next);
    c.useNextBlock(raisedHere);
    clearHandlerName(c, handler);
    c.addop(Op.POP_TOP);
    c.addopI(Op.LIST_APPEND, 6);
    c.addop(Op.POP_TOP);
    c.addop(Op.POP_EXCEPT);
    c.useNextBlock(next);
  });
  c.unsetLine();
  c.addopI(Op.LIST_APPEND, 1);
  c.addop(Op.PREP_RERAISE_STAR).noLine = true;
  c.addop(Op.END_FINALLY).noLine = true;
  c.addop(Op.POP_EXCEPT);
  c.jrel(Op.JUMP_FORWARD, end);
  c.useNextBlock(orelse);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/** `V = None; del V` after an `except ... as V` or `except* ... as V` clause (artificial, as in 3.11). */
function clearHandlerName(c: Compiler, handler: ast.ExceptHandler): void {
  if (!handler.name) return;
  c.unsetLine();
  c.loadConst(None);
  c.nameop(handler.name, 'Store');
  c.nameop(handler.name, 'Del');
}

/**
 * with EXPR as VAR: BLOCK      (several items nest as several with statements)
 *          <EXPR>  SETUP_WITH L         [exit, enter-result]
 *          <store VAR> (or POP_TOP)     [exit]
 *          <BLOCK>  POP_BLOCK
 *          LOAD_CONST None
 *   L:     WITH_CLEANUP_START           calls exit(...) with the pending exception or Nones
 *          WITH_CLEANUP_FINISH
 *          END_FINALLY
 */
export function compilerWith(c: Compiler, s: ast.With, pos: number): void {
  withItems(c, s, pos, false);
}

/**
 * async with EXPR as VAR: BLOCK   (3.7's shape)
 *          <EXPR>  BEFORE_ASYNC_WITH        [aexit, aenter-awaitable]
 *          GET_AWAITABLE  LOAD_CONST None  YIELD_FROM                 [aexit, enter-result]
 *          SETUP_ASYNC_WITH L                                         (block level below the result)
 *          <store VAR> (or POP_TOP)  <BLOCK>  POP_BLOCK  LOAD_CONST None
 *   L:     WITH_CLEANUP_START           calls aexit(...) with the pending exception or Nones
 *          GET_AWAITABLE  LOAD_CONST None  YIELD_FROM                 (its result awaited)
 *          WITH_CLEANUP_FINISH
 *          END_FINALLY
 */
export function compilerAsyncWith(c: Compiler, s: ast.With, pos: number): void {
  withItems(c, s, pos, true);
}

/** One item of a `with` or `async with` and the items after it, nested (the two shapes above). */
function withItems(c: Compiler, s: ast.With, pos: number, isAsync: boolean): void {
  const item = s.items[pos];
  const block = c.newBlock();
  const fin = c.newBlock();
  visitExpr(c, item.context_expr);
  if (isAsync) {
    c.addop(Op.BEFORE_ASYNC_WITH);
    emitAwait(c);
    c.jrel(Op.SETUP_ASYNC_WITH, fin);
  } else c.jrel(Op.SETUP_WITH, fin);
  c.useNextBlock(block);
  c.pushFBlock(FBlock.FINALLY_TRY, block, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else withItems(c, s, pos, isAsync);
  c.unsetLine();
  c.addop(Op.POP_BLOCK);
  c.popFBlock();
  c.loadConst(None);
  c.useNextBlock(fin);
  c.pushFBlock(FBlock.FINALLY_END, fin, s);
  // DIVERGENCE: 3.7 left the cleanup on the body's last line; since 3.10 the __exit__
  // call belongs to the `with` statement, which 3.11's tracebacks and traces show.
  c.setLoc(s);
  c.addop(Op.WITH_CLEANUP_START);
  if (isAsync) emitAwait(c);
  c.addop(Op.WITH_CLEANUP_FINISH);
  c.addop(Op.END_FINALLY);
  c.popFBlock();
}

/** SETUP_EXCEPT <body> POP_BLOCK JUMP_FORWARD orelse: the protected part of try/except and try/except*. */
function protectedBody(c: Compiler, s: ast.Try, body: Block, except: Block, orelse: Block): void {
  c.jrel(Op.SETUP_EXCEPT, except);
  c.useNextBlock(body);
  c.pushFBlock(FBlock.EXCEPT, body, s);
  visitStmts(c, s.body);
  c.unsetLine();
  c.addop(Op.POP_BLOCK);
  c.popFBlock();
  c.jrel(Op.JUMP_FORWARD, orelse);
}
