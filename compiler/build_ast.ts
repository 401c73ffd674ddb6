// AST construction helpers for the parser's actions: locations, literals, and assignment-target validation.
//
// Target checks follow CPython 3.11's pegen helpers (`_PyPegen_get_expr_name`,
// `_PyPegen_get_invalid_target`, `RAISE_SYNTAX_ERROR_INVALID_TARGET`) so that invalid targets
// are reported with CPython's messages at the node CPython points at.

import type { IToken } from 'chevrotain';
import type * as ast from './ast.js';
import type { NumberPayload } from './tokens.js';
import type { Source, TpySyntaxError } from './syntax_error.js';

/** The location spanning tokens `s` to `e` (both included). */
export function loc(s: IToken, e: IToken): ast.Location {
  return {
    lineno: s.startLine!,
    col_offset: s.startColumn! - 1,
    end_lineno: e.endLine!,
    end_col_offset: e.endColumn!,
  };
}

/** The location from the start of `s` to the end of node `e`. */
export function locTo(s: ast.Location, e: ast.Location): ast.Location {
  return { lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
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
    // DIVERGENCE: tpy has no complex type, so imaginary literals are rejected.
    throw errorAtToken(src, t, 'imaginary literals are not supported');
  }
  return { kind: 'Constant', value, kind_: null, ...loc(t, t) };
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
