// Expressions: operators, comparisons, calls, displays, comprehensions, subscripts, f-strings, conditional jumps (compile.c's compiler_visit_expr and friends).

import type * as ast from './ast.js';
import { Op, Cmp, FVC_NONE, FVC_STR, FVC_REPR, FVC_ASCII, FVS_HAVE_SPEC } from '../vm/opcodes.js';
import type { Code } from '../vm/code.js';
import { None } from '../vm/objects/singletons.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { PySetBase, displayFrozenSet, hashableAtCompileTime } from '../vm/objects/set.js';
import type { VM } from '../vm/vm.js';
import { installBuiltinMethods } from '../vm/methods/index.js';
import type { PyObject } from '../vm/objects/object.js';
import { BlockType } from './symtable.js';
import { Compiler, Block, ScopeType, compilerLambda } from './codegen.js';
import { constantValue } from './ast_opt.js';

const BINARY_OPS: Record<ast.operator, Op> = {
  Add: Op.BINARY_ADD,
  Sub: Op.BINARY_SUBTRACT,
  Mult: Op.BINARY_MULTIPLY,
  MatMult: Op.BINARY_MATRIX_MULTIPLY,
  Div: Op.BINARY_TRUE_DIVIDE,
  Mod: Op.BINARY_MODULO,
  Pow: Op.BINARY_POWER,
  LShift: Op.BINARY_LSHIFT,
  RShift: Op.BINARY_RSHIFT,
  BitOr: Op.BINARY_OR,
  BitXor: Op.BINARY_XOR,
  BitAnd: Op.BINARY_AND,
  FloorDiv: Op.BINARY_FLOOR_DIVIDE,
};

const UNARY_OPS: Record<ast.unaryop, Op> = {
  Invert: Op.UNARY_INVERT,
  Not: Op.UNARY_NOT,
  UAdd: Op.UNARY_POSITIVE,
  USub: Op.UNARY_NEGATIVE,
};

const CMP_OPS: Record<ast.cmpop, Cmp> = {
  Eq: Cmp.EQ,
  NotEq: Cmp.NE,
  Lt: Cmp.LT,
  LtE: Cmp.LE,
  Gt: Cmp.GT,
  GtE: Cmp.GE,
  Is: Cmp.IS,
  IsNot: Cmp.IS_NOT,
  In: Cmp.IN,
  NotIn: Cmp.NOT_IN,
};

/** 1 or 0 for a constant whose truth is known at compile time, -1 otherwise (expr_constant). */
export function exprConstant(e: ast.expr): 1 | 0 | -1 {
  if (e.kind !== 'Constant') return -1;
  return isTrue(constantValue(e)) ? 1 : 0;
}

function isTrue(v: PyObject): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'string') return v.length > 0;
  if (v === None) return false;
  if (v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PySetBase) return v.size > 0;
  const o = v as unknown as { value?: number; data?: Uint8Array };
  if (typeof o.value === 'number') return o.value !== 0;
  if (o.data instanceof Uint8Array) return o.data.length > 0;
  return true;
}

/**
 * The subexpression whose instruction comes first in `e`'s code: the left operand, the
 * called function, the first item... (`(\n A,\n B\n)` starts at A's line, not the bracket's).
 */
export function evaluationStart(e: ast.expr): ast.expr {
  for (;;) {
    switch (e.kind) {
      case 'Tuple': case 'List': case 'Set':
        if (e.elts.length === 0 || e.elts[0].kind === 'Starred') return e;
        e = e.elts[0];
        continue;
      case 'Attribute': case 'Subscript':
        e = e.value;
        continue;
      case 'Call':
        e = e.func;
        continue;
      case 'BinOp': case 'Compare':
        e = e.left;
        continue;
      case 'BoolOp':
        e = e.values[0];
        continue;
      default:
        return e;
    }
  }
}

/**
 * An expression's instructions carry its location; what its parent emits after it carries
 * the parent's again (3.11's compiler_visit_expr saves and restores u_lineno and the rest).
 */
export function visitExpr(c: Compiler, e: ast.expr): void {
  // Saved in locals, not an object: this runs for every expression compiled.
  const u = c.u;
  const lineno = u.lineno, endLineno = u.endLineno, colOffset = u.colOffset, endColOffset = u.endColOffset;
  u.lineno = e.lineno;
  u.endLineno = e.end_lineno;
  u.colOffset = e.col_offset;
  u.endColOffset = e.end_col_offset;
  visitExpr1(c, e);
  u.lineno = lineno;
  u.endLineno = endLineno;
  u.colOffset = colOffset;
  u.endColOffset = endColOffset;
}

function visitExpr1(c: Compiler, e: ast.expr): void {
  switch (e.kind) {
    case 'BoolOp':
      return compilerBoolop(c, e);
    case 'BinOp':
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      c.addop(BINARY_OPS[e.op]);
      return;
    case 'UnaryOp':
      visitExpr(c, e.operand);
      c.addop(UNARY_OPS[e.op]);
      return;
    case 'Lambda':
      return compilerLambda(c, e);
    case 'IfExp':
      return compilerIfexp(c, e);
    case 'Dict':
      return compilerDict(c, e);
    case 'Set':
      if (constantSetDisplay(c, e.elts)) return;
      return starunpackHelper(c, e.elts, Op.BUILD_SET, Op.BUILD_SET, Op.BUILD_SET_UNPACK);
    case 'GeneratorExp':
      return compilerComprehension(c, e, '<genexpr>', e.generators, e.elt, null);
    case 'ListComp':
      return compilerComprehension(c, e, '<listcomp>', e.generators, e.elt, null);
    case 'SetComp':
      return compilerComprehension(c, e, '<setcomp>', e.generators, e.elt, null);
    case 'DictComp':
      return compilerComprehension(c, e, '<dictcomp>', e.generators, e.key, e.value);
    case 'Yield':
      if (c.u.ste.type !== BlockType.Function) c.error("'yield' outside function", e);
      if (e.value) visitExpr(c, e.value);
      else c.loadConst(None);
      c.addop(Op.YIELD_VALUE);
      return;
    case 'YieldFrom':
      if (c.u.ste.type !== BlockType.Function) c.error("'yield' outside function", e);
      if (c.u.scopeType === ScopeType.AsyncFunction) c.error("'yield from' inside async function", e);
      visitExpr(c, e.value);
      c.addop(Op.GET_YIELD_FROM_ITER);
      c.loadConst(None);
      c.addop(Op.YIELD_FROM);
      return;
    case 'Await':
      // await: GET_AWAITABLE  LOAD_CONST None  YIELD_FROM   (the awaitable's iterator driven to its result)
      if (c.u.ste.type !== BlockType.Function) c.error("'await' outside function", e);
      if (c.u.scopeType !== ScopeType.AsyncFunction && c.u.scopeType !== ScopeType.Comprehension) c.error("'await' outside async function", e);
      visitExpr(c, e.value);
      emitAwait(c);
      return;
    case 'Compare':
      return compilerCompare(c, e);
    case 'Call':
      return compilerCall(c, e);
    case 'Constant':
      c.loadConst(constantValue(e));
      return;
    case 'JoinedStr':
      for (const v of e.values) visitExpr(c, v);
      if (e.values.length !== 1) c.addopI(Op.BUILD_STRING, e.values.length);
      return;
    case 'FormattedValue':
      return compilerFormattedValue(c, e);
    case 'Attribute':
      visitExpr(c, e.value);
      // An attribute reached across lines is located at its name (update_start_location_to_match_attr).
      c.locateAtAttr(e);
      c.addopName(e.ctx === 'Load' ? Op.LOAD_ATTR : e.ctx === 'Store' ? Op.STORE_ATTR : Op.DELETE_ATTR, e.attr);
      return;
    case 'Subscript':
      visitExpr(c, e.value);
      visitSubscriptParts(c, e.slice);
      c.addop(e.ctx === 'Load' ? Op.BINARY_SUBSCR : e.ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
      return;
    case 'Starred':
      if (e.ctx === 'Store') c.error('starred assignment target must be in a list or tuple', e);
      c.error("can't use starred expression here", e);
      break;
    case 'Name':
      return c.nameop(e.id, e.ctx);
    case 'NamedExpr':
      return compilerNamedExpr(c, e);
    case 'List':
      if (e.ctx === 'Store') return assignmentHelper(c, e.elts, e);
      if (e.ctx === 'Load') return starunpackHelper(c, e.elts, Op.BUILD_LIST, Op.BUILD_TUPLE, Op.BUILD_LIST_UNPACK);
      for (const x of e.elts) visitExpr(c, x);
      return;
    case 'Tuple':
      if (e.ctx === 'Store') return assignmentHelper(c, e.elts, e);
      if (e.ctx === 'Load') return starunpackHelper(c, e.elts, Op.BUILD_TUPLE, Op.BUILD_TUPLE, Op.BUILD_TUPLE_UNPACK);
      for (const x of e.elts) visitExpr(c, x);
      return;
    case 'Slice':
      // Only reachable as a subscript (handled by visitSubscriptParts); 3.7 has no slice expressions.
      compilerSlice(c, e);
      return;
  }
}

/**
 * The index part of a subscript, as 3.7 compiles its Index / Slice / ExtSlice nodes:
 * an expression, BUILD_SLICE from its bounds, or a tuple of those. Slices (and a
 * tuple containing them) are not expressions in 3.7, so they do not set the line.
 */
export function visitSubscriptParts(c: Compiler, slice: ast.expr): void {
  // Located as 3.11, where slices are expressions with locations of their own.
  const old = c.setLoc(slice);
  if (slice.kind === 'Slice') {
    compilerSlice(c, slice);
  } else if (slice.kind === 'Tuple' && slice.elts.some((x) => x.kind === 'Slice')) {
    // `a[1:2, *b]` (3.11): the dimensions are a tuple display, starred parts unpacked into it.
    const visitDim = (dim: ast.expr): void => (dim.kind === 'Slice' ? visitSubscriptParts(c, dim) : visitExpr(c, dim));
    starunpackHelper(c, slice.elts, Op.BUILD_TUPLE, Op.BUILD_TUPLE, Op.BUILD_TUPLE_UNPACK, visitDim);
  } else {
    visitExpr(c, slice);
  }
  c.restoreLoc(old);
}

/** lower upper [step] BUILD_SLICE n, with None for a missing bound. */
function compilerSlice(c: Compiler, s: ast.Slice): void {
  let n = 2;
  if (s.lower) visitExpr(c, s.lower);
  else c.loadConst(None);
  if (s.upper) visitExpr(c, s.upper);
  else c.loadConst(None);
  if (s.step) {
    n++;
    visitExpr(c, s.step);
  }
  c.addopI(Op.BUILD_SLICE, n);
}

/**
 * Emits a jump to `next` taken when `e` is true (cond) or false (!cond), without
 * materializing `not`, `and`/`or`, conditional expressions or chained comparisons
 * as values (compiler_jump_if).
 */
export function jumpIf(c: Compiler, e: ast.expr, next: Block, cond: boolean): void {
  switch (e.kind) {
    case 'UnaryOp':
      if (e.op === 'Not') return jumpIf(c, e.operand, next, !cond);
      break;
    case 'BoolOp': {
      const s = e.values;
      const n = s.length - 1;
      const cond2 = e.op === 'Or';
      let next2 = next;
      if (cond2 !== cond) next2 = c.newBlock();
      for (let i = 0; i < n; i++) jumpIf(c, s[i], next2, cond2);
      jumpIf(c, s[n], next, cond);
      if (next2 !== next) c.useNextBlock(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newBlock();
      const next2 = c.newBlock();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      c.jrelNoLine(Op.JUMP_FORWARD, end);
      c.useNextBlock(next2);
      jumpIf(c, e.orelse, next, cond);
      c.useNextBlock(end);
      return;
    }
    case 'Compare':
      // 3.11 locates a tested comparison's operations and jumps at the comparison, and
      // leaves that location current for what follows (an `if` clause's element, an assert's raise).
      c.setLoc(e);
      jumpIfCompare(c, e, next, cond);
      return;
  }
  visitExpr(c, e);
  c.jabs(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
}

/** A comparison as a jump condition: a chain without materializing its intermediate results. */
function jumpIfCompare(c: Compiler, e: ast.Compare, next: Block, cond: boolean): void {
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e);
    c.jabs(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
    return;
  }
  const cleanup = c.newBlock();
  visitExpr(c, e.left);
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]);
    c.addop(Op.DUP_TOP);
    c.addop(Op.ROT_THREE);
    c.addopI(Op.COMPARE_OP, CMP_OPS[e.ops[i]]);
    c.jabs(Op.POP_JUMP_IF_FALSE, cleanup);
    c.nextBlock();
  }
  visitExpr(c, e.comparators[n]);
  c.addopI(Op.COMPARE_OP, CMP_OPS[e.ops[n]]);
  c.jabs(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
  const end = c.newBlock();
  c.jrelNoLine(Op.JUMP_FORWARD, end);
  c.useNextBlock(cleanup);
  c.addop(Op.POP_TOP);
  if (!cond) c.jrelNoLine(Op.JUMP_FORWARD, next);
  c.useNextBlock(end);
}

/**
 *      <jump if not test> L_else   <body>  JUMP_FORWARD L_end
 *   L_else: <orelse>
 *   L_end:
 */
function compilerIfexp(c: Compiler, e: ast.IfExp): void {
  const end = c.newBlock();
  const next = c.newBlock();
  jumpIf(c, e.test, next, false);
  visitExpr(c, e.body);
  c.jrelNoLine(Op.JUMP_FORWARD, end);
  c.useNextBlock(next);
  visitExpr(c, e.orelse);
  c.useNextBlock(end);
}

/** a and b and c: <a> JUMP_IF_FALSE_OR_POP L  <b> JUMP_IF_FALSE_OR_POP L  <c>  L: (or: JUMP_IF_TRUE_OR_POP) */
function compilerBoolop(c: Compiler, e: ast.BoolOp): void {
  const jump = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  const end = c.newBlock();
  const n = e.values.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.values[i]);
    c.jabs(jump, end);
  }
  visitExpr(c, e.values[n]);
  c.useNextBlock(end);
}

/**
 * a < b < c:   <a> <b> DUP_TOP ROT_THREE COMPARE_OP <  JUMP_IF_FALSE_OR_POP L_cleanup
 *              <c> COMPARE_OP <  JUMP_FORWARD L_end
 *   L_cleanup: ROT_TWO POP_TOP
 *   L_end:
 */
function compilerCompare(c: Compiler, e: ast.Compare): void {
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]);
    c.addopI(Op.COMPARE_OP, CMP_OPS[e.ops[0]]);
    return;
  }
  const cleanup = c.newBlock();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]);
    c.addop(Op.DUP_TOP);
    c.addop(Op.ROT_THREE);
    c.addopI(Op.COMPARE_OP, CMP_OPS[e.ops[i]]);
    c.jabs(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    c.nextBlock();
  }
  visitExpr(c, e.comparators[n]);
  c.addopI(Op.COMPARE_OP, CMP_OPS[e.ops[n]]);
  const end = c.newBlock();
  c.jrelNoLine(Op.JUMP_FORWARD, end);
  c.useNextBlock(cleanup);
  c.addop(Op.ROT_TWO);
  c.addop(Op.POP_TOP);
  c.useNextBlock(end);
}

/**
 * [a, *b, c] and friends: items are collected into tuples between starred parts, then
 * one BUILD_*_UNPACK joins them; without a star, one BUILD_* (starunpack_helper).
 */
function starunpackHelper(
  c: Compiler,
  elts: ast.expr[],
  singleOp: Op,
  innerOp: Op,
  outerOp: Op,
  visitElt: (e: ast.expr) => void = (e) => visitExpr(c, e),
): void {
  if (elts.length > 2 && elts.every((x) => x.kind === 'Constant')) {
    // 3.11 loads 3+ constants as one folded tuple, on the display's line: no line of their own.
    for (const x of elts) c.loadConst(constantValue(x as ast.Constant));
    c.addopI(singleOp, elts.length);
    return;
  }
  let nsubitems = 0;
  let nseen = 0;
  for (const elt of elts) {
    if (elt.kind === 'Starred') {
      if (nseen) {
        c.addopI(innerOp, nseen);
        nseen = 0;
        nsubitems++;
      }
      visitExpr(c, elt.value);
      nsubitems++;
    } else {
      visitElt(elt);
      nseen++;
    }
  }
  if (nsubitems) {
    if (nseen) {
      c.addopI(innerOp, nseen);
      nsubitems++;
    }
    c.addopI(outerOp, nsubitems);
  } else {
    c.addopI(singleOp, nseen);
  }
}

/**
 * A set display of more than two constants, as CPython 3.11 compiles it (BUILD_SET 0,
 * LOAD_CONST frozenset, SET_UPDATE 1): here LOAD_CONST frozenset; BUILD_SET_UNPACK 1. The
 * set is filled from the frozenset's table, which orders colliding ints as CPython does.
 * DIVERGENCE: only ints, bools, strs, floats, complexes, None and Ellipsis are folded (hashing others needs a running VM).
 */
function constantSetDisplay(c: Compiler, elts: ast.expr[]): boolean {
  if (elts.length <= 2 || !elts.every((x) => x.kind === 'Constant')) return false;
  const items = elts.map((x) => constantValue(x as ast.Constant));
  if (!items.every(hashableAtCompileTime)) return false;
  installBuiltinMethods(); // float.__hash__, for a compile() before any VM exists
  c.loadConst(displayFrozenSet(null as unknown as VM, items));
  c.addopI(Op.BUILD_SET_UNPACK, 1);
  return true;
}

/** Unpacking assignment targets: UNPACK_SEQUENCE n, or UNPACK_EX (before | after << 8) with a star. */
function assignmentHelper(c: Compiler, elts: ast.expr[], target: ast.expr): void {
  const n = elts.length;
  let seenStar = false;
  const targets = elts.slice();
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt.kind === 'Starred' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) {
        c.error('too many expressions in star-unpacking assignment', target);
      }
      c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
      targets[i] = elt.value;
    } else if (elt.kind === 'Starred') {
      c.error('multiple starred expressions in assignment', target);
    }
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n);
  for (const t of targets) visitExpr(c, t);
}

/** A run of dict items: BUILD_CONST_KEY_MAP when 2+ keys are all constants, else BUILD_MAP. */
function compilerSubdict(c: Compiler, e: ast.Dict, begin: number, end: number): void {
  const n = end - begin;
  const keys = e.keys.slice(begin, end);
  if (n > 1 && keys.every((k) => k !== null && k.kind === 'Constant')) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]);
    c.loadConst(new PyTuple(keys.map((k) => constantValue(k as ast.Constant))));
    c.addopI(Op.BUILD_CONST_KEY_MAP, n);
  } else {
    for (let i = begin; i < end; i++) {
      visitExpr(c, e.keys[i]!);
      visitExpr(c, e.values[i]);
    }
    c.addopI(Op.BUILD_MAP, n);
  }
}

/**
 * {k: v, **m, ...}: the items before the first ** make the display's dict, which each **
 * mapping and each later run of items (a map of its own) update in turn.
 * DIVERGENCE: 3.9+'s shape (DICT_UPDATE), not 3.7's (every part evaluated, then one
 * BUILD_MAP_UNPACK): a ** mapping's keys() and __getitem__ run where it stands, before the
 * items after it are evaluated, and the dict is made first, as CPython 3.11 does both.
 */
function compilerDict(c: Compiler, e: ast.Dict): void {
  const n = e.values.length;
  let first = 0;
  while (first < n && e.keys[first] !== null) first++;
  if (first === n) {
    // No **: one map (in runs of 0xffff items, joined as 3.7 joins them).
    if (n <= 0xffff) {
      compilerSubdict(c, e, 0, n);
      return;
    }
  }
  // The items before the first ** (up to 0xffff: more go as a run of their own).
  const lead = Math.min(first, 0xffff);
  compilerSubdict(c, e, 0, lead);
  let i = lead;
  while (i < n) {
    if (e.keys[i] === null) {
      visitExpr(c, e.values[i]);
      i++;
    } else {
      let j = i;
      while (j < n && e.keys[j] !== null && j - i < 0xffff) j++;
      compilerSubdict(c, e, i, j);
      i = j;
    }
    c.addopI(Op.DICT_UPDATE, 1);
  }
}

/**
 * obj.meth(args) without keywords or stars: <obj> LOAD_METHOD meth <args> CALL_METHOD n.
 * Otherwise <func> and the call helper.
 */
function compilerCall(c: Compiler, e: ast.Call): void {
  const meth = e.func;
  const kwds = e.keywords;
  const noStars = !e.args.some((a) => a.kind === 'Starred');
  // Where 3.11 would compile a method call (maybe_optimize_method_call), the call is
  // located at the method name, on the line where the attribute ends.
  const methodLike = meth.kind === 'Attribute' && meth.ctx === 'Load' && noStars && !kwds.some((k) => k.arg === null) &&
    e.args.length + kwds.length + (kwds.length ? 1 : 0) < STACK_USE_GUIDELINE;
  if (methodLike) {
    // The method's load is located as the attribute, the call as the call; both start at
    // the method's name when it is on a later line.
    visitExpr(c, meth.value);
    const old = c.setLoc(meth);
    c.locateAtAttr(meth);
    c.addopName(kwds.length ? Op.LOAD_ATTR : Op.LOAD_METHOD, meth.attr);
    c.setLoc(e);
    c.locateAtAttr(meth);
    if (!kwds.length) {
      for (const a of e.args) visitExpr(c, a);
      c.addopI(Op.CALL_METHOD, e.args.length);
    } else {
      callHelper(c, 0, e.args, kwds);
    }
    c.restoreLoc(old);
    return;
  }
  visitExpr(c, e.func);
  callHelper(c, 0, e.args, kwds);
}

/** 3.11's limit on values pushed for one call before it builds them as a collection instead. */
const STACK_USE_GUIDELINE = 30;
/** validate_keywords: a keyword given twice is a SyntaxError at its second occurrence. */
function validateKeywords(c: Compiler, keywords: ast.keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const name = keywords[i].arg;
    if (name === null) continue;
    for (let j = i + 1; j < keywords.length; j++) {
      if (keywords[j].arg === name) c.error(`keyword argument repeated: ${name}`, keywords[j]);
    }
  }
}

/** Keyword arguments as one map: BUILD_CONST_KEY_MAP for 2+, LOAD_CONST 'k' <v> BUILD_MAP 1 for one. */
function compilerSubkwargs(c: Compiler, keywords: ast.keyword[], begin: number, end: number): void {
  const n = end - begin;
  if (n > 1) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i].value);
    c.loadConst(new PyTuple(keywords.slice(begin, end).map((k) => k.arg!)));
    c.addopI(Op.BUILD_CONST_KEY_MAP, n);
  } else {
    for (let i = begin; i < end; i++) {
      c.loadConst(keywords[i].arg!);
      visitExpr(c, keywords[i].value);
    }
    c.addopI(Op.BUILD_MAP, n);
  }
}

/**
 * The arguments of a call whose callable (and `n` leading arguments) are on the stack:
 *   plain:      <args> CALL_FUNCTION n
 *   keywords:   <args> <kw values> LOAD_CONST ('k', ...) CALL_FUNCTION_KW n
 *   * or **:    <positional tuple(s)> [BUILD_TUPLE_UNPACK_WITH_CALL] [<keyword map>
 *               [(<mapping> | <keyword map>) DICT_MERGE 1]...] CALL_FUNCTION_EX has_kwargs
 */
export function callHelper(c: Compiler, n: number, args: ast.expr[], keywords: ast.keyword[]): void {
  validateKeywords(c, keywords);
  let nsubargs = 0;
  let nsubkwargs = 0;
  const mustDictUnpack = keywords.some((k) => k.arg === null);
  let nseen = n;
  for (const elt of args) {
    if (elt.kind === 'Starred') {
      if (nseen) {
        c.addopI(Op.BUILD_TUPLE, nseen);
        nseen = 0;
        nsubargs++;
      }
      visitExpr(c, elt.value);
      nsubargs++;
    } else {
      visitExpr(c, elt);
      nseen++;
    }
  }
  if (nsubargs || mustDictUnpack) {
    if (nseen) {
      c.addopI(Op.BUILD_TUPLE, nseen);
      nsubargs++;
    }
    if (nsubargs > 1) c.addopI(Op.BUILD_TUPLE_UNPACK_WITH_CALL, nsubargs);
    else if (nsubargs === 0) c.addopI(Op.BUILD_TUPLE, 0);
    if (keywords.length === 1 && mustDictUnpack) {
      // f(*args, **kwargs): the mapping as it is (CALL_FUNCTION_EX takes any mapping).
      visitExpr(c, keywords[0].value);
      nsubkwargs = 1;
    } else if (keywords.length > 0) {
      // DIVERGENCE: 3.9+'s shape: the keywords before the first ** make the dict, and each
      // ** mapping and each later run of keywords is merged in where it stands (DICT_MERGE),
      // so that a mapping's keys() and __getitem__ run before what follows is evaluated.
      nseen = 0;
      let started = false;
      for (let i = 0; i <= keywords.length; i++) {
        const atStar = i < keywords.length && keywords[i].arg === null;
        if (i < keywords.length && !atStar) {
          nseen++;
          continue;
        }
        if (nseen > 0 || !started) {
          compilerSubkwargs(c, keywords, i - nseen, i);
          if (started) c.addopI(Op.DICT_MERGE, 1);
          started = true;
          nseen = 0;
        }
        if (atStar) {
          visitExpr(c, keywords[i].value);
          c.addopI(Op.DICT_MERGE, 1);
        }
      }
      nsubkwargs = 1;
    }
    c.addopI(Op.CALL_FUNCTION_EX, nsubkwargs > 0 ? 1 : 0);
  } else if (keywords.length) {
    for (const kw of keywords) visitExpr(c, kw.value);
    c.loadConst(new PyTuple(keywords.map((k) => k.arg!)));
    c.addopI(Op.CALL_FUNCTION_KW, n + args.length + keywords.length);
  } else {
    c.addopI(Op.CALL_FUNCTION, n + args.length);
  }
}

/** f'{x!r:>{w}}': <x> [<spec>] FORMAT_VALUE (conversion | HAVE_SPEC). */
function compilerFormattedValue(c: Compiler, e: ast.FormattedValue): void {
  visitExpr(c, e.value);
  let oparg: number;
  switch (e.conversion) {
    case 115: oparg = FVC_STR; break;
    case 114: oparg = FVC_REPR; break;
    case 97: oparg = FVC_ASCII; break;
    default: oparg = FVC_NONE; break;
  }
  if (e.format_spec) {
    visitExpr(c, e.format_spec);
    oparg |= FVS_HAVE_SPEC;
  }
  c.addopI(Op.FORMAT_VALUE, oparg);
}

type Comprehension = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

/**
 * A comprehension is a nested function called at once with the outermost iterator:
 *   MAKE_FUNCTION <listcomp>  <outermost iterable> GET_ITER  CALL_FUNCTION 1
 * Its body: BUILD_LIST 0 (not for genexps), then the nested loops, then RETURN_VALUE.
 */
function compilerComprehension(c: Compiler, e: Comprehension, name: string, generators: ast.comprehension[], elt: ast.expr, val: ast.expr | null): void {
  const outermost = generators[0];
  const outerScope = c.u.scopeType;
  c.enterScope(name, ScopeType.Comprehension, e, e.lineno);
  // 3.11 locates the comprehension's own instructions (its FOR_ITER too) at the whole expression.
  c.setLoc(e);
  const isAsync = c.u.ste.coroutine;
  if (isAsync && e.kind !== 'GeneratorExp' && outerScope !== ScopeType.AsyncFunction && outerScope !== ScopeType.Comprehension) {
    c.error('asynchronous comprehension outside of an asynchronous function', e);
  }
  if (e.kind !== 'GeneratorExp') {
    c.addopI(e.kind === 'ListComp' ? Op.BUILD_LIST : e.kind === 'SetComp' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
  }
  comprehensionGenerator(c, e, generators, 0, elt, val);
  if (e.kind !== 'GeneratorExp') c.addop(Op.RETURN_VALUE);
  const co: Code = c.assemble(true);
  const qualname = c.u.qualname;
  c.exitScope();
  c.makeClosure(co, 0, qualname);
  visitExpr(c, outermost.iter);
  c.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
  c.addopI(Op.CALL_FUNCTION, 1);
  // A list, set or dict comprehension that awaits is a coroutine: await its result.
  if (isAsync && e.kind !== 'GeneratorExp') emitAwait(c);
}

/** GET_AWAITABLE  LOAD_CONST None  YIELD_FROM: the awaitable's iterator driven to its result. */
export function emitAwait(c: Compiler): void {
  c.addop(Op.GET_AWAITABLE);
  c.loadConst(None);
  c.addop(Op.YIELD_FROM);
}

/**
 * One `for` clause:                        stack: [result, it_0, ..., it_k]
 *          LOAD_FAST .0  (outermost) | <iter> GET_ITER
 *   L_start: FOR_ITER L_anchor
 *          <store target>  (<jump if not cond> L_if_cleanup)*
 *          <inner clauses, or: <elt> LIST_APPEND k+1 | SET_ADD | <key> <val> MAP_ADD | YIELD_VALUE POP_TOP>
 *   L_if_cleanup: JUMP_ABSOLUTE L_start
 *   L_anchor:
 */
function comprehensionGenerator(c: Compiler, e: Comprehension, generators: ast.comprehension[], genIndex: number, elt: ast.expr, val: ast.expr | null): void {
  if (generators[genIndex].is_async) {
    asyncComprehensionGenerator(c, e, generators, genIndex, elt, val);
    return;
  }
  const start = c.newBlock();
  const skip = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  const gen = generators[genIndex];
  if (genIndex === 0) {
    // The outermost iterator arrives as the implicit argument `.0`.
    c.u.argcount = 1;
    c.addopI(Op.LOAD_FAST, 0);
  } else {
    visitExpr(c, gen.iter);
    c.addop(Op.GET_ITER);
  }
  c.useNextBlock(start);
  c.jrel(Op.FOR_ITER, anchor);
  c.nextBlock();
  visitExpr(c, gen.target);
  for (const cond of gen.ifs) {
    jumpIf(c, cond, ifCleanup, false);
    c.nextBlock();
  }
  genIndex++;
  if (genIndex < generators.length) comprehensionGenerator(c, e, generators, genIndex, elt, val);
  if (genIndex >= generators.length) {
    comprehensionElement(c, e, genIndex, elt, val);
    c.useNextBlock(skip);
  }
  c.useNextBlock(ifCleanup);
  c.jabs(Op.JUMP_ABSOLUTE, start);
  c.useNextBlock(anchor);
}

/**
 * One `async for` clause (3.8's shape, in 3.7's blocks):   stack: [result, ..., aiter]
 *          LOAD_FAST .0  (outermost) | <iter> GET_AITER
 *   L_start: SETUP_EXCEPT L_except
 *          GET_ANEXT  LOAD_CONST None  YIELD_FROM  POP_BLOCK
 *          <store target>  (<jump if not cond> L_start)*  <inner clauses or the element>
 *          JUMP_ABSOLUTE L_start
 *   L_except: END_ASYNC_FOR                 (StopAsyncIteration: pops the handler and aiter)
 */
function asyncComprehensionGenerator(c: Compiler, e: Comprehension, generators: ast.comprehension[], genIndex: number, elt: ast.expr, val: ast.expr | null): void {
  const start = c.newBlock();
  const except = c.newBlock();
  const ifCleanup = c.newBlock();
  const gen = generators[genIndex];
  if (genIndex === 0) {
    c.u.argcount = 1;
    c.addopI(Op.LOAD_FAST, 0);
  } else {
    visitExpr(c, gen.iter);
    c.addop(Op.GET_AITER);
  }
  c.useNextBlock(start);
  c.jrel(Op.SETUP_EXCEPT, except);
  c.addop(Op.GET_ANEXT);
  c.loadConst(None);
  c.addop(Op.YIELD_FROM);
  c.addop(Op.POP_BLOCK);
  visitExpr(c, gen.target);
  for (const cond of gen.ifs) {
    jumpIf(c, cond, ifCleanup, false);
    c.nextBlock();
  }
  genIndex++;
  if (genIndex < generators.length) comprehensionGenerator(c, e, generators, genIndex, elt, val);
  else comprehensionElement(c, e, genIndex, elt, val);
  c.useNextBlock(ifCleanup);
  c.jabs(Op.JUMP_ABSOLUTE, start);
  c.useNextBlock(except);
  c.addop(Op.END_ASYNC_FOR);
}

/** The innermost clause's body: the element added to the result (or yielded), `genIndex` clauses deep. */
function comprehensionElement(c: Compiler, e: Comprehension, genIndex: number, elt: ast.expr, val: ast.expr | null): void {
    switch (e.kind) {
      case 'GeneratorExp':
        visitExpr(c, elt);
        c.addop(Op.YIELD_VALUE);
        c.addop(Op.POP_TOP);
        break;
      case 'ListComp':
        visitExpr(c, elt);
        c.addopI(Op.LIST_APPEND, genIndex + 1);
        break;
      case 'SetComp':
        visitExpr(c, elt);
        c.addopI(Op.SET_ADD, genIndex + 1);
        break;
      case 'DictComp':
        // DIVERGENCE: Python 3.8+ evaluates the key before the value (PEP 572 fixed
        // the order), and CPython 3.11 is our oracle; so MAP_ADD takes the value from
        // the top and the key below it, as in 3.8, not 3.7.
        visitExpr(c, elt);
        visitExpr(c, val!);
        c.addopI(Op.MAP_ADD, genIndex + 1);
        break;
    }
}

/**
 * `target := value`, as CPython 3.8 compiles it:
 *   <value>  DUP_TOP  STORE_<scope> target      [value]
 */
function compilerNamedExpr(c: Compiler, e: ast.NamedExpr): void {
  visitExpr(c, e.value);
  c.addop(Op.DUP_TOP);
  visitExpr(c, e.target);
}
