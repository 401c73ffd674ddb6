// AST construction for the parser's actions: locations, literals, operator chains, parameter lists, target validation.
//
// Target checks follow CPython 3.11's pegen helpers (`_PyPegen_get_expr_name`,
// `_PyPegen_get_invalid_target`, `RAISE_SYNTAX_ERROR_INVALID_TARGET`) so that invalid targets
// are reported with CPython's messages at the node CPython points at.

import type { IToken } from 'chevrotain';
import type * as ast from './ast.js';
import type { NumberPayload } from './tokens.js';
import type { Source, TpySyntaxError } from './syntax_error.js';

function fail(src: Source, t: IToken, msg: string): never {
  throw errorAtToken(src, t, msg);
}

/** The location spanning tokens `s` to `e` (both included). */
export function loc(s: IToken, e: IToken): ast.Location {
  // `| 0`: chevrotain keeps token positions as doubles (its EOF token's are NaN), and a
  // double stored here would make every location field, and the code objects' line
  // numbers copied from them, boxed doubles in V8.
  return {
    lineno: s.startLine! | 0,
    col_offset: (s.startColumn! - 1) | 0,
    end_lineno: e.endLine! | 0,
    end_col_offset: e.endColumn! | 0,
  };
}

/**
 * Gives `node` the location `l`. Nodes are written with the four location fields (as zeros)
 * and filled in here, rather than spread from `l` (`{ ..., ...l }`): V8 sizes an object
 * literal by the properties written in it, so spread ones went to a separate properties array
 * (one more object per node, and a slow copy of each property).
 */
export function setLoc<T extends ast.Location>(node: T, l: ast.Location): T {
  node.lineno = l.lineno;
  node.col_offset = l.col_offset;
  node.end_lineno = l.end_lineno;
  node.end_col_offset = l.end_col_offset;
  return node;
}

/** A SyntaxError pointing at a node, as pegen's RAISE_SYNTAX_ERROR_KNOWN_LOCATION. */
export function errorAtNode(src: Source, node: ast.Location, msg: string): TpySyntaxError {
  return src.error('SyntaxError', msg, node.lineno, node.col_offset + 1, node.end_lineno, node.end_col_offset + 1);
}

/** A SyntaxError spanning two nodes, as RAISE_SYNTAX_ERROR_KNOWN_RANGE. */
export function errorAtRange(src: Source, a: ast.Location, b: ast.Location, msg: string): TpySyntaxError {
  return src.error('SyntaxError', msg, a.lineno, a.col_offset + 1, b.end_lineno, b.end_col_offset + 1);
}

/** A SyntaxError pointing at a token. */
export function errorAtToken(src: Source, t: IToken, msg: string): TpySyntaxError {
  return src.error('SyntaxError', msg, t.startLine!, t.startColumn!, t.endLine!, t.endColumn! + 1);
}

/** The Constant for a Number token. */
export function numberConstant(src: Source, t: IToken): ast.Constant {
  const text = t.image.replace(/_/g, '');
  const type = (t.payload as NumberPayload).type;
  let value: ast.ConstantValue;
  if (type === 'int') {
    value = { type: 'int', value: BigInt(text) };
  } else if (type === 'float') {
    value = { type: 'float', value: Number(text.endsWith('.') ? `${text}0` : text) };
  } else {
    const digits = text.slice(0, -1);
    value = { type: 'complex', real: 0, imag: Number(digits.endsWith('.') ? `${digits}0` : digits) };
  }
  return setLoc({ kind: 'Constant', value, kind_: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(t, t));
}

/** CPython's `_PyPegen_get_expr_name`: how error messages name an expression. */
export function exprName(e: ast.expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant':
      switch (e.value.type) {
        case 'None': return 'None';
        case 'bool': return e.value.value ? 'True' : 'False';
        case 'Ellipsis': return 'ellipsis';
        default: return 'literal';
      }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

export type TargetsType = 'star' | 'for' | 'del';

/** CPython's `_PyPegen_get_invalid_target`: the first node that cannot be a target, or null. */
export function invalidTarget(e: ast.expr, type: TargetsType): ast.expr | null {
  switch (e.kind) {
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, type);
        if (bad !== null) return bad;
      }
      return null;
    case 'Starred':
      return type === 'del' ? e : invalidTarget(e.value, type);
    case 'Compare':
      if (type === 'for' && e.ops[0] === 'In') return invalidTarget(e.left, type);
      return type === 'for' ? null : e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** Throws CPython's "cannot assign to X" / "cannot delete X" if `e` is not a valid target. */
export function checkTarget(src: Source, e: ast.expr, type: TargetsType): void {
  const bad = invalidTarget(e, type);
  if (bad !== null) {
    const verb = type === 'del' ? 'cannot delete' : 'cannot assign to';
    throw errorAtNode(src, bad, `${verb} ${exprName(bad)}`);
  }
}

/** Turn a validated target expression (and its sub-targets) into a Store or Del context. */
export function setContext(e: ast.expr, ctx: 'Store' | 'Del'): void {
  switch (e.kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      break;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      break;
    case 'List':
    case 'Tuple':
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      break;
    default:
      break;
  }
}

/** Validate `e` as a target and set its context. */
export function asTarget(src: Source, e: ast.expr, type: TargetsType): ast.expr {
  checkTarget(src, e, type);
  setContext(e, type === 'del' ? 'Del' : 'Store');
  return e;
}

/** An operand of a binary-operator chain with the tokens that delimit it in the source. */
export interface Operand {
  node: ast.expr;
  start: IToken;
  end: IToken;
}

const BINARY_OPS: ReadonlyMap<string, { op: ast.operator; prec: number }> = new Map([
  ['|', { op: 'BitOr', prec: 1 }],
  ['^', { op: 'BitXor', prec: 2 }],
  ['&', { op: 'BitAnd', prec: 3 }],
  ['<<', { op: 'LShift', prec: 4 }],
  ['>>', { op: 'RShift', prec: 4 }],
  ['+', { op: 'Add', prec: 5 }],
  ['-', { op: 'Sub', prec: 5 }],
  ['*', { op: 'Mult', prec: 6 }],
  ['@', { op: 'MatMult', prec: 6 }],
  ['/', { op: 'Div', prec: 6 }],
  ['%', { op: 'Mod', prec: 6 }],
  ['//', { op: 'FloorDiv', prec: 6 }],
]);

/** One parameter-list item before the list is assembled into `arguments`. */
export type ParamItem =
  | { type: 'slash'; tok: IToken }
  | { type: 'star'; tok: IToken; bareAt: IToken; commaAfter: boolean; arg: ast.arg | null }
  | { type: 'starstar'; tok: IToken; arg: ast.arg }
  | { type: 'param'; arg: ast.arg; default: ast.expr | null };

/** Validate the targets of `t1 = t2 = ... = value` as CPython does (`parts` includes the value). */
export function checkAssignTargets(src: Source, parenthesized: ReadonlySet<ast.expr>, parts: ast.expr[]): void {
  const isBareYield = (t: ast.expr) => (t.kind === 'Yield' || t.kind === 'YieldFrom') && !parenthesized.has(t);
  const targets = parts.slice(0, -1);
  if (targets.some((t) => isBareYield(t) || invalidTarget(t, 'star') !== null)) {
    // The statement does not parse: CPython's second pass reads its start as a named
    // expression (invalid_named_expression) before it blames a target.
    const mistyped = mistypedComparisonStatement(src, parenthesized, parts);
    if (mistyped !== null) throw mistyped;
  }
  for (const t of targets) {
    if (isBareYield(t)) throw errorAtNode(src, t, 'assignment to yield expression not possible');
    checkTarget(src, t, 'star');
  }
}

/**
 * invalid_named_expression at the start of a failed assignment: the first target (the last
 * item of an unparenthesized tuple, the only one followed by '=') then '=' and a bitwise_or
 * operand not itself followed by '='. A bare name gets "Maybe you meant '==' or ':='" over
 * `x = 1`; another operand-level target "cannot assign to ... here".
 */
function mistypedComparisonStatement(src: Source, parenthesized: ReadonlySet<ast.expr>, parts: ast.expr[]): TpySyntaxError | null {
  const t = parts[0]!;
  const a = t.kind === 'Tuple' && !parenthesized.has(t) ? t.elts[t.elts.length - 1] : t;
  if (a === undefined) return null;
  const lead = valueLead(parenthesized, parts);
  if (lead === null) return null;
  if (a.kind === 'Name' && !parenthesized.has(a)) {
    return src.error('SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
      a.lineno, a.col_offset + 1, lead.end_lineno, lead.end_col_offset + 1);
  }
  if (maybeComparison(parenthesized, a)) {
    return errorAtNode(src, a, `cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`);
  }
  return null;
}

/** Could `a = b` have been a mistyped comparison (`a` a bitwise_or-level operand)? */
export function maybeComparison(parenthesized: ReadonlySet<ast.expr>, a: ast.expr): boolean {
  if (!isOperandLevel(parenthesized, a)) return false;
  if (a.kind === 'List' || a.kind === 'Tuple' || a.kind === 'GeneratorExp') return false;
  if (a.kind === 'Constant' && (a.value.type === 'bool' || a.value.type === 'None')) return false;
  return true;
}

/** Is `e` an expression at CPython's bitwise_or level (no comparison, boolean or conditional on top)? */
export function isOperandLevel(parenthesized: ReadonlySet<ast.expr>, e: ast.expr): boolean {
  if (parenthesized.has(e)) return true;
  switch (e.kind) {
    case 'Compare': case 'BoolOp': case 'IfExp': case 'Lambda': case 'Starred': case 'Yield': case 'YieldFrom':
      return false;
    case 'UnaryOp':
      return e.op !== 'Not';
    case 'Tuple':
      return false;
    default:
      return true;
  }
}

/** After the first '=', the bitwise_or operand that starts the value, or null when it is followed by '=' or is none. */
function valueLead(parenthesized: ReadonlySet<ast.expr>, parts: ast.expr[]): ast.expr | null {
  const v = parts[1]!;
  let lead = v;
  for (;;) {
    if (parenthesized.has(lead)) break;
    if (lead.kind === 'Tuple' && lead.elts.length > 0) lead = lead.elts[0]!;
    else if (lead.kind === 'Compare') lead = lead.left;
    else if (lead.kind === 'BoolOp') lead = lead.values[0]!;
    else if (lead.kind === 'IfExp') lead = lead.body;
    else break;
  }
  if (!isOperandLevel(parenthesized, lead)) return null;
  return isOperandLevel(parenthesized, v) && parts.length > 2 ? null : lead;
}

/** The target of an annotated assignment, or CPython's error for an invalid one. */
export function annTarget(src: Source, parenthesized: ReadonlySet<ast.expr>, e: ast.expr): ast.Name | ast.Attribute | ast.Subscript {
  if (e.kind === 'Name' || e.kind === 'Attribute' || e.kind === 'Subscript') {
    setContext(e, 'Store');
    return e;
  }
  if (e.kind === 'Tuple' && !parenthesized.has(e)) {
    throw errorAtNode(src, e.elts[0]!, 'only single target (not tuple) can be annotated');
  }
  if (e.kind === 'Tuple' || e.kind === 'List') {
    throw errorAtNode(src, e, `only single target (not ${exprName(e)}) can be annotated`);
  }
  throw errorAtNode(src, e, 'illegal target for annotation');
}

/** Check the order of parameter items as CPython's grammar does and build `arguments`. */
export function assembleParameters(src: Source, items: ParamItem[]): ast.arguments {
  const a: ast.arguments = {
    kind: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [],
  };
  let star: (ParamItem & { type: 'star' }) | null = null;
  let starstar = false;
  let seenSlash = false;
  for (const item of items) {
    if (starstar) {
      // A parameter is blamed, or else the '/', '*' or '**' token.
      if (item.type === 'param') throw errorAtNode(src, item.arg, 'arguments cannot follow var-keyword argument');
      fail(src, item.tok, 'arguments cannot follow var-keyword argument');
    }
    switch (item.type) {
      case 'slash':
        if (seenSlash) fail(src, item.tok, '/ may appear only once');
        if (star !== null) fail(src, item.tok, '/ must be ahead of *');
        if (a.args.length === 0) {
          fail(src, item.tok, item === items[items.length - 1] ? 'invalid syntax' : 'at least one argument must precede /');
        }
        seenSlash = true;
        a.posonlyargs = a.args;
        a.args = [];
        break;
      case 'star':
        // A second `*` must have a name or a comma after it for CPython's message.
        if (star !== null) fail(src, item.tok, item.arg !== null || item.commaAfter ? '* argument may appear only once' : 'invalid syntax');
        star = item;
        a.vararg = item.arg;
        break;
      case 'starstar':
        starstar = true;
        a.kwarg = item.arg;
        break;
      case 'param':
        if (star !== null) {
          a.kwonlyargs.push(item.arg);
          a.kw_defaults.push(item.default);
        } else {
          if (item.default !== null) a.defaults.push(item.default);
          else if (a.defaults.length > 0) throw errorAtNode(src, item.arg, 'non-default argument follows default argument');
          a.args.push(item.arg);
        }
        break;
    }
  }
  if (star !== null && a.vararg === null && a.kwonlyargs.length === 0) fail(src, star.bareAt, 'named arguments must follow bare *');
  return a;
}

/** Fold `a and b or c` (operands and operators alternating after `first`): 'and' binds tighter. */
export function foldBool(items: (IToken | Operand)[], first: Operand): ast.expr {
  const groups: Operand[][] = [[first]];
  for (let i = 0; i < items.length; i += 2) {
    const op = items[i] as IToken;
    const operand = items[i + 1] as Operand;
    if (op.image === 'or') groups.push([operand]);
    else groups[groups.length - 1]!.push(operand);
  }
  const ors = groups.map((g): Operand => {
    if (g.length === 1) return g[0]!;
    const s = g[0]!.start;
    const e = g[g.length - 1]!.end;
    return { node: setLoc({ kind: 'BoolOp', op: 'And', values: g.map((o) => o.node), lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(s, e)), start: s, end: e };
  });
  if (ors.length === 1) return ors[0]!.node;
  return setLoc({ kind: 'BoolOp', op: 'Or', values: ors.map((o) => o.node), lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(first.start, ors[ors.length - 1]!.end));
}

/** Fold an operator chain into BinOp nodes by precedence (all operators left-associative). */
export function climb(operands: Operand[], ops: IToken[]): ast.expr {
  const outStack: Operand[] = [operands[0]!];
  const opStack: { op: ast.operator; prec: number }[] = [];
  const reduce = (): void => {
    const right = outStack.pop()!;
    const left = outStack.pop()!;
    const { op } = opStack.pop()!;
    outStack.push({
      node: setLoc({ kind: 'BinOp', left: left.node, op, right: right.node, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(left.start, right.end)),
      start: left.start,
      end: right.end,
    });
  };
  for (let i = 0; i < ops.length; i += 1) {
    const info = BINARY_OPS.get(ops[i]!.image)!;
    while (opStack.length > 0 && opStack[opStack.length - 1]!.prec >= info.prec) reduce();
    opStack.push(info);
    outStack.push(operands[i + 1]!);
  }
  while (opStack.length > 0) reduce();
  return outStack[0]!.node;
}
