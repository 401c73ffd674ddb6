// The checks compile() makes of a tree built by hand from `ast` node objects, in the order and
// with the messages of CPython's validator (Python/ast.c), run on tpy's tree once
// ast_from_py.ts has converted it. The parser never builds a tree that fails them, so only
// compile(ast_object) pays for them.

import type * as ast from '../compiler/ast.js';
import { typeError, valueError } from '../vm/objects/exceptions.js';

type Ctx = 'Load' | 'Store' | 'Del';
/** A converted node: tpy's tree read by field name (a None field or list item is null). */
type Node = Record<string, unknown> & { kind: string };

/** Nodes that carry a `ctx`, which must be the one their place asks for. */
const CTX_NODES = new Set(['Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple']);

function list(n: Node, field: string): (Node | null)[] {
  return n[field] as (Node | null)[];
}

function opt(n: Node, field: string): Node | null {
  return n[field] as Node | null;
}

function positions(n: Node): void {
  const lineno = n['lineno'] as number;
  const endLineno = n['end_lineno'] as number;
  const col = n['col_offset'] as number;
  const endCol = n['end_col_offset'] as number;
  if (lineno > endLineno) throw valueError(`AST node line range (${lineno}, ${endLineno}) is not valid`);
  if ((lineno < 0 && endLineno !== lineno) || (col < 0 && col !== endCol)) {
    throw valueError(`AST node column range (${col}, ${endCol}) for line range (${lineno}, ${endLineno}) is not valid`);
  }
  if (lineno === endLineno && col > endCol) throw valueError(`line ${lineno}, column ${col}-${endCol} is not a valid range`);
}

function name(id: string): void {
  if (id === 'None' || id === 'True' || id === 'False') throw valueError(`identifier field can't represent '${id}' constant`);
}

function nonEmpty(items: unknown[], what: string, owner: string): void {
  if (items.length === 0) throw valueError(`empty ${what} on ${owner}`);
}

function stmts(items: (Node | null)[]): void {
  for (const s of items) {
    if (s === null) throw valueError('None disallowed in statement list');
    stmt(s);
  }
}

function exprs(items: (Node | null)[], ctx: Ctx, nullOk: boolean): void {
  for (const e of items) {
    if (e === null) {
      if (!nullOk) throw valueError('None disallowed in expression list');
      continue;
    }
    expr(e, ctx);
  }
}

function body(n: Node, owner: string, field = 'body'): void {
  nonEmpty(list(n, field), 'body', owner);
  stmts(list(n, field));
}

/** CPython's node name for a tpy node that folds the async form in (`is_async`). */
function owner(n: Node): string {
  return n['is_async'] === true ? `Async${n.kind}` : n.kind;
}

function args(items: (Node | null)[]): void {
  for (const a of items as Node[]) {
    positions(a);
    const ann = opt(a, 'annotation');
    if (ann !== null) expr(ann, 'Load');
  }
}

function argumentsOf(a: Node): void {
  args(list(a, 'posonlyargs'));
  args(list(a, 'args'));
  const vararg = opt(a, 'vararg');
  if (vararg !== null && opt(vararg, 'annotation') !== null) expr(opt(vararg, 'annotation')!, 'Load');
  args(list(a, 'kwonlyargs'));
  const kwarg = opt(a, 'kwarg');
  if (kwarg !== null && opt(kwarg, 'annotation') !== null) expr(opt(kwarg, 'annotation')!, 'Load');
  if (list(a, 'defaults').length > list(a, 'posonlyargs').length + list(a, 'args').length) {
    throw valueError('more positional defaults than args on arguments');
  }
  if (list(a, 'kw_defaults').length !== list(a, 'kwonlyargs').length) {
    throw valueError('length of kwonlyargs is not the same as kw_defaults on arguments');
  }
  exprs(list(a, 'defaults'), 'Load', false);
  exprs(list(a, 'kw_defaults'), 'Load', true);
}

function keywords(items: (Node | null)[]): void {
  for (const k of items as Node[]) expr(opt(k, 'value')!, 'Load');
}

function comprehension(gens: (Node | null)[]): void {
  if (gens.length === 0) throw valueError('comprehension with no generators');
  for (const g of gens as Node[]) {
    expr(opt(g, 'target')!, 'Store');
    expr(opt(g, 'iter')!, 'Load');
    exprs(list(g, 'ifs'), 'Load', false);
  }
}

function stmt(s: Node): void {
  positions(s);
  switch (s.kind) {
    case 'FunctionDef':
      body(s, owner(s));
      argumentsOf(opt(s, 'args')!);
      exprs(list(s, 'decorator_list'), 'Load', false);
      if (opt(s, 'returns') !== null) expr(opt(s, 'returns')!, 'Load');
      return;
    case 'ClassDef':
      body(s, 'ClassDef');
      exprs(list(s, 'bases'), 'Load', false);
      keywords(list(s, 'keywords'));
      exprs(list(s, 'decorator_list'), 'Load', false);
      return;
    case 'Return':
      if (opt(s, 'value') !== null) expr(opt(s, 'value')!, 'Load');
      return;
    case 'Delete':
      nonEmpty(list(s, 'targets'), 'targets', 'Delete');
      exprs(list(s, 'targets'), 'Del', false);
      return;
    case 'Assign':
      nonEmpty(list(s, 'targets'), 'targets', 'Assign');
      exprs(list(s, 'targets'), 'Store', false);
      expr(opt(s, 'value')!, 'Load');
      return;
    case 'AugAssign':
      expr(opt(s, 'target')!, 'Store');
      expr(opt(s, 'value')!, 'Load');
      return;
    case 'AnnAssign':
      if (opt(s, 'target')!.kind !== 'Name' && s['simple'] !== 0) throw typeError('AnnAssign with simple non-Name target');
      expr(opt(s, 'target')!, 'Store');
      if (opt(s, 'value') !== null) expr(opt(s, 'value')!, 'Load');
      expr(opt(s, 'annotation')!, 'Load');
      return;
    case 'For':
      expr(opt(s, 'target')!, 'Store');
      expr(opt(s, 'iter')!, 'Load');
      body(s, owner(s));
      stmts(list(s, 'orelse'));
      return;
    case 'While':
    case 'If':
      expr(opt(s, 'test')!, 'Load');
      body(s, s.kind);
      stmts(list(s, 'orelse'));
      return;
    case 'With':
      nonEmpty(list(s, 'items'), 'items', owner(s));
      for (const item of list(s, 'items') as Node[]) {
        expr(opt(item, 'context_expr')!, 'Load');
        if (opt(item, 'optional_vars') !== null) expr(opt(item, 'optional_vars')!, 'Store');
      }
      body(s, owner(s));
      return;
    case 'Match':
      expr(opt(s, 'subject')!, 'Load');
      nonEmpty(list(s, 'cases'), 'cases', 'Match');
      for (const c of list(s, 'cases') as Node[]) {
        pattern(opt(c, 'pattern')!, false);
        if (opt(c, 'guard') !== null) expr(opt(c, 'guard')!, 'Load');
        body(c, 'match_case');
      }
      return;
    case 'Raise':
      if (opt(s, 'exc') !== null) {
        expr(opt(s, 'exc')!, 'Load');
        if (opt(s, 'cause') !== null) expr(opt(s, 'cause')!, 'Load');
      } else if (opt(s, 'cause') !== null) {
        throw valueError('Raise with cause but no exception');
      }
      return;
    case 'Try':
    case 'TryStar': {
      body(s, s.kind);
      const handlers = list(s, 'handlers') as Node[];
      if (handlers.length === 0 && list(s, 'finalbody').length === 0) throw valueError(`${s.kind} has neither except handlers nor finalbody`);
      if (handlers.length === 0 && list(s, 'orelse').length > 0) throw valueError(`${s.kind} has orelse but no except handlers`);
      for (const h of handlers) {
        positions(h);
        if (opt(h, 'type') !== null) expr(opt(h, 'type')!, 'Load');
        body(h, 'ExceptHandler');
      }
      stmts(list(s, 'finalbody'));
      stmts(list(s, 'orelse'));
      return;
    }
    case 'Assert':
      expr(opt(s, 'test')!, 'Load');
      if (opt(s, 'msg') !== null) expr(opt(s, 'msg')!, 'Load');
      return;
    case 'Import':
      nonEmpty(list(s, 'names'), 'names', 'Import');
      return;
    case 'ImportFrom':
      if ((s['level'] as number) < 0) throw valueError('Negative ImportFrom level');
      nonEmpty(list(s, 'names'), 'names', 'ImportFrom');
      return;
    case 'Global':
    case 'Nonlocal':
      nonEmpty(list(s, 'names'), 'names', s.kind);
      return;
    case 'Expr':
      expr(opt(s, 'value')!, 'Load');
      return;
  }
}

function expr(e: Node, ctx: Ctx): void {
  positions(e);
  if (CTX_NODES.has(e.kind)) {
    if (e.kind === 'Name') name(e['id'] as string);
    if (e['ctx'] !== ctx) throw valueError(`expression must have ${ctx} context but has ${e['ctx'] as string} instead`);
  } else if (ctx !== 'Load') {
    throw valueError(`expression which can't be assigned to in ${ctx} context`);
  }
  switch (e.kind) {
    case 'BoolOp':
      if (list(e, 'values').length < 2) throw valueError('BoolOp with less than 2 values');
      exprs(list(e, 'values'), 'Load', false);
      return;
    case 'BinOp':
      expr(opt(e, 'left')!, 'Load');
      expr(opt(e, 'right')!, 'Load');
      return;
    case 'UnaryOp':
      expr(opt(e, 'operand')!, 'Load');
      return;
    case 'Lambda':
      argumentsOf(opt(e, 'args')!);
      expr(opt(e, 'body')!, 'Load');
      return;
    case 'IfExp':
      expr(opt(e, 'test')!, 'Load');
      expr(opt(e, 'body')!, 'Load');
      expr(opt(e, 'orelse')!, 'Load');
      return;
    case 'Dict':
      if (list(e, 'keys').length !== list(e, 'values').length) throw valueError("Dict doesn't have the same number of keys as values");
      exprs(list(e, 'keys'), 'Load', true); // a null key is `**mapping`
      exprs(list(e, 'values'), 'Load', false);
      return;
    case 'Set':
      exprs(list(e, 'elts'), 'Load', false);
      return;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      comprehension(list(e, 'generators'));
      expr(opt(e, 'elt')!, 'Load');
      return;
    case 'DictComp':
      comprehension(list(e, 'generators'));
      expr(opt(e, 'key')!, 'Load');
      expr(opt(e, 'value')!, 'Load');
      return;
    case 'Yield':
      if (opt(e, 'value') !== null) expr(opt(e, 'value')!, 'Load');
      return;
    case 'YieldFrom':
    case 'Await':
      expr(opt(e, 'value')!, 'Load');
      return;
    case 'Compare':
      if (list(e, 'comparators').length === 0) throw valueError('Compare with no comparators');
      if (list(e, 'comparators').length !== list(e, 'ops').length) throw valueError('Compare has a different number of comparators and operands');
      exprs(list(e, 'comparators'), 'Load', false);
      expr(opt(e, 'left')!, 'Load');
      return;
    case 'Call':
      expr(opt(e, 'func')!, 'Load');
      exprs(list(e, 'args'), 'Load', false);
      keywords(list(e, 'keywords'));
      return;
    case 'JoinedStr':
      exprs(list(e, 'values'), 'Load', false);
      return;
    case 'FormattedValue':
      expr(opt(e, 'value')!, 'Load');
      if (opt(e, 'format_spec') !== null) expr(opt(e, 'format_spec')!, 'Load');
      return;
    case 'Attribute':
      expr(opt(e, 'value')!, 'Load');
      return;
    case 'Subscript':
      expr(opt(e, 'slice')!, 'Load');
      expr(opt(e, 'value')!, 'Load');
      return;
    case 'Starred':
      expr(opt(e, 'value')!, ctx);
      return;
    case 'Slice':
      for (const f of ['lower', 'upper', 'step']) if (opt(e, f) !== null) expr(opt(e, f)!, 'Load');
      return;
    case 'List':
    case 'Tuple':
      exprs(list(e, 'elts'), ctx, false);
      return;
    case 'NamedExpr':
      if (opt(e, 'target')!.kind !== 'Name') throw typeError('NamedExpr target must be a Name');
      expr(opt(e, 'value')!, 'Load');
      return;
  }
}

function constantValue(e: Node): ast.ConstantValue {
  return e['value'] as ast.ConstantValue;
}

/** A number literal: a real one (int, float) or an imaginary one (complex). */
function literalNumber(e: Node, real: boolean, imaginary: boolean): boolean {
  if (e.kind !== 'Constant') return false;
  const t = constantValue(e).type;
  return (real && (t === 'int' || t === 'float')) || (imaginary && t === 'complex');
}

function literalNegative(e: Node, real: boolean, imaginary: boolean): boolean {
  return e.kind === 'UnaryOp' && e['op'] === 'USub' && literalNumber(opt(e, 'operand')!, real, imaginary);
}

/** A complex literal written as a sum: a (possibly negated) real number plus or minus an imaginary one. */
function literalComplex(e: Node): boolean {
  if (e.kind !== 'BinOp' || (e['op'] !== 'Add' && e['op'] !== 'Sub')) return false;
  const left = opt(e, 'left')!;
  const leftOk = left.kind === 'Constant' ? literalNumber(left, true, false) : literalNegative(left, true, false);
  return leftOk && literalNumber(opt(e, 'right')!, false, true);
}

function matchValue(e: Node): void {
  expr(e, 'Load');
  switch (e.kind) {
    case 'Constant': {
      const t = constantValue(e).type;
      if (t === 'int' || t === 'float' || t === 'bytes' || t === 'complex' || t === 'str') return;
      throw valueError('unexpected constant inside of a literal pattern');
    }
    case 'Attribute':
    case 'JoinedStr':
      return;
    case 'UnaryOp':
      if (literalNegative(e, true, true)) return;
      break;
    case 'BinOp':
      if (literalComplex(e)) return;
      break;
  }
  throw valueError('patterns may only match literals and attribute lookups');
}

function capture(id: string): void {
  if (id === '_') throw valueError("can't capture name '_' in patterns");
  name(id);
}

function patterns(items: (Node | null)[], starOk: boolean): void {
  for (const p of items as Node[]) pattern(p, starOk);
}

function pattern(p: Node, starOk: boolean): void {
  positions(p);
  switch (p.kind) {
    case 'MatchValue':
      matchValue(opt(p, 'value')!);
      return;
    case 'MatchSingleton': {
      const t = constantValue(opt(p, 'value')!).type;
      if (t !== 'None' && t !== 'bool') throw valueError('MatchSingleton can only contain True, False and None');
      return;
    }
    case 'MatchSequence':
      patterns(list(p, 'patterns'), true);
      return;
    case 'MatchMapping': {
      if (list(p, 'keys').length !== list(p, 'patterns').length) {
        throw valueError("MatchMapping doesn't have the same number of keys as patterns");
      }
      if (p['rest'] !== null) capture(p['rest'] as string);
      for (const key of list(p, 'keys') as Node[]) {
        // None, True and False are valid keys (they are written as such), though not values.
        if (key.kind === 'Constant' && ['None', 'bool'].includes(constantValue(key).type)) continue;
        matchValue(key);
      }
      patterns(list(p, 'patterns'), false);
      return;
    }
    case 'MatchClass': {
      if ((p['kwd_attrs'] as string[]).length !== list(p, 'kwd_patterns').length) {
        throw valueError("MatchClass doesn't have the same number of keyword attributes as patterns");
      }
      let cls = opt(p, 'cls')!;
      expr(cls, 'Load');
      while (cls.kind === 'Attribute') cls = opt(cls, 'value')!;
      if (cls.kind !== 'Name') throw valueError('MatchClass cls field can only contain Name or Attribute nodes.');
      for (const attr of p['kwd_attrs'] as string[]) name(attr);
      patterns(list(p, 'patterns'), false);
      patterns(list(p, 'kwd_patterns'), false);
      return;
    }
    case 'MatchStar':
      if (!starOk) throw valueError("can't use MatchStar here");
      if (p['name'] !== null) capture(p['name'] as string);
      return;
    case 'MatchAs':
      if (p['name'] !== null) capture(p['name'] as string);
      if (opt(p, 'pattern') === null) return;
      if (p['name'] === null) throw valueError('MatchAs must specify a target name if a pattern is given');
      pattern(opt(p, 'pattern')!, false);
      return;
    case 'MatchOr':
      if (list(p, 'patterns').length < 2) throw valueError('MatchOr requires at least 2 patterns');
      patterns(list(p, 'patterns'), false);
      return;
  }
}

/** Raises what CPython's validator raises for the converted tree `mod`, if anything. */
export function validateMod(mod: ast.mod): void {
  const m = mod as unknown as Node;
  switch (m.kind) {
    case 'Module':
    case 'Interactive':
      stmts(list(m, 'body'));
      return;
    case 'Expression':
      expr(opt(m, 'body')!, 'Load');
      return;
  }
}
