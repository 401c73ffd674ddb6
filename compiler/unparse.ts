// Expression source text from the AST, for annotations under `from __future__ import annotations` (CPython's ast_unparse.c).

import type * as ast from './ast.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyFloat } from '../vm/objects/float.js';
import { PyComplex } from '../vm/objects/complex.js';
import { complexRepr } from '../vm/format/complex_text.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { PyBytes } from '../vm/objects/bytes.js';
import { None, Ellipsis } from '../vm/objects/singletons.js';
import { strRepr, bytesRepr } from '../vm/format/str_repr.js';
import { floatRepr } from '../vm/format/float_repr.js';
import { constantValue } from './ast_opt.js';

/** Operator precedence levels, loosest first. */
enum Pr {
  TUPLE,
  TEST, // if-else, lambda
  OR,
  AND,
  NOT,
  CMP,
  BOR, // also the level of a plain expression
  BXOR,
  BAND,
  SHIFT,
  ARITH,
  TERM,
  FACTOR,
  POWER,
  AWAIT,
  ATOM,
}

const BINOPS: Record<ast.operator, [string, Pr]> = {
  Add: ['+', Pr.ARITH], Sub: ['-', Pr.ARITH], Mult: ['*', Pr.TERM], MatMult: ['@', Pr.TERM],
  Div: ['/', Pr.TERM], Mod: ['%', Pr.TERM], LShift: ['<<', Pr.SHIFT], RShift: ['>>', Pr.SHIFT],
  BitOr: ['|', Pr.BOR], BitXor: ['^', Pr.BXOR], BitAnd: ['&', Pr.BAND], FloorDiv: ['//', Pr.TERM],
  Pow: ['**', Pr.POWER],
};

const CMPOPS: Record<ast.cmpop, string> = {
  Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in',
};

function constRepr(v: PyObject): string {
  if (typeof v === 'string') return strRepr(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (v === None) return 'None';
  if (v === Ellipsis) return '...';
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (v instanceof PyComplex) return complexRepr(v.real, v.imag);
  if (v instanceof PyBytes) return bytesRepr(v.data);
  if (v instanceof PyTuple) return v.items.length === 1 ? `(${constRepr(v.items[0])},)` : `(${v.items.map(constRepr).join(', ')})`;
  return '...';
}

/** The source text of an expression, parenthesized as needed. */
export function unparse(e: ast.expr): string {
  return expr(e, Pr.TEST);
}

function paren(cond: boolean, s: string): string {
  return cond ? `(${s})` : s;
}

function comprehensions(gens: ast.comprehension[]): string {
  return gens
    .map((g) => ` ${g.is_async ? "async " : ""}for ${expr(g.target, Pr.TUPLE)} in ${expr(g.iter, Pr.TEST + 1)}${g.ifs.map((i) => ` if ${expr(i, Pr.TEST + 1)}`).join('')}`)
    .join('');
}

function args(a: ast.arguments): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  positional.forEach((arg, i) => {
    const di = i - positional.length + a.defaults.length;
    parts.push(di >= 0 ? `${arg.arg}=${expr(a.defaults[di], Pr.TEST)}` : arg.arg);
  });
  if (a.vararg || a.kwonlyargs.length) parts.push(`*${a.vararg ? a.vararg.arg : ''}`);
  a.kwonlyargs.forEach((arg, i) => {
    const d = a.kw_defaults[i];
    parts.push(d ? `${arg.arg}=${expr(d, Pr.TEST)}` : arg.arg);
  });
  if (a.kwarg) parts.push(`**${a.kwarg.arg}`);
  return parts.join(', ');
}

function fstringBody(e: ast.JoinedStr | ast.FormattedValue): string {
  const part = (v: ast.expr): string => {
    if (v.kind === 'Constant') return String(constantValue(v)).replace(/\{/g, '{{').replace(/\}/g, '}}');
    if (v.kind === 'FormattedValue') {
      const inner = expr(v.value, Pr.TEST + 1);
      const conv = v.conversion > 0 ? `!${String.fromCharCode(v.conversion)}` : '';
      const spec = v.format_spec ? `:${fstringBody(v.format_spec)}` : '';
      return `{${inner.startsWith('{') ? ' ' : ''}${inner}${conv}${spec}}`;
    }
    return '';
  };
  return e.kind === 'JoinedStr' ? e.values.map(part).join('') : part(e);
}

function expr(e: ast.expr, level: Pr): string {
  switch (e.kind) {
    case 'BoolOp': {
      const pr = e.op === 'And' ? Pr.AND : Pr.OR;
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(e.op === 'And' ? ' and ' : ' or '));
    }
    case 'BinOp': {
      const [op, pr] = BINOPS[e.op];
      const rassoc = e.op === 'Pow' ? 1 : 0;
      return paren(level > pr, `${expr(e.left, pr + rassoc)} ${op} ${expr(e.right, pr + 1 - rassoc)}`);
    }
    case 'UnaryOp': {
      const [op, pr] = e.op === 'Not' ? ['not ', Pr.NOT] : [{ Invert: '~', UAdd: '+', USub: '-' }[e.op], Pr.FACTOR];
      return paren(level > pr, `${op}${expr(e.operand, pr)}`);
    }
    case 'NamedExpr':
      return paren(level > Pr.TUPLE, `${expr(e.target, Pr.ATOM)} := ${expr(e.value, Pr.ATOM)}`);
    case 'Lambda':
      return paren(level > Pr.TEST, `lambda${e.args.args.length || e.args.posonlyargs.length ? ' ' : ''}${args(e.args)}: ${expr(e.body, Pr.TEST)}`);
    case 'IfExp':
      return paren(level > Pr.TEST, `${expr(e.body, Pr.TEST + 1)} if ${expr(e.test, Pr.TEST + 1)} else ${expr(e.orelse, Pr.TEST)}`);
    case 'Dict':
      return `{${e.keys.map((k, i) => (k ? `${expr(k, Pr.TEST)}: ${expr(e.values[i], Pr.TEST)}` : `**${expr(e.values[i], Pr.BOR)}`)).join(', ')}}`;
    case 'Set':
      return `{${e.elts.map((x) => expr(x, Pr.TEST)).join(', ')}}`;
    case 'ListComp':
      return `[${expr(e.elt, Pr.TEST)}${comprehensions(e.generators)}]`;
    case 'SetComp':
      return `{${expr(e.elt, Pr.TEST)}${comprehensions(e.generators)}}`;
    case 'DictComp':
      return `{${expr(e.key, Pr.TEST)}: ${expr(e.value, Pr.TEST)}${comprehensions(e.generators)}}`;
    case 'GeneratorExp':
      return `(${expr(e.elt, Pr.TEST)}${comprehensions(e.generators)})`;
    // ast_unparse.c always parenthesizes these (ast.unparse, in Python, does not).
    case 'Yield':
      return e.value ? `(yield ${expr(e.value, Pr.TEST)})` : '(yield)';
    case 'YieldFrom':
      return `(yield from ${expr(e.value, Pr.TEST)})`;
    case 'Await':
      return paren(level > Pr.AWAIT, `await ${expr(e.value, Pr.ATOM)}`);
    case 'Compare':
      return paren(level > Pr.CMP, [expr(e.left, Pr.CMP + 1), ...e.ops.map((op, i) => `${CMPOPS[op]} ${expr(e.comparators[i], Pr.CMP + 1)}`)].join(' '));
    case 'Call': {
      const parts = [
        ...e.args.map((a) => expr(a, Pr.TEST)),
        ...e.keywords.map((k) => (k.arg === null ? `**${expr(k.value, Pr.TEST)}` : `${k.arg}=${expr(k.value, Pr.TEST)}`)),
      ];
      if (parts.length === 1 && e.args.length === 1 && e.args[0].kind === 'GeneratorExp') return `${expr(e.func, Pr.ATOM)}${parts[0]}`;
      return `${expr(e.func, Pr.ATOM)}(${parts.join(', ')})`;
    }
    case 'FormattedValue':
    case 'JoinedStr':
      return `f${strRepr(fstringBody(e))}`;
    case 'Constant': {
      const v = constantValue(e);
      return v === Ellipsis ? '...' : constRepr(v);
    }
    case 'Attribute': {
      const v = expr(e.value, Pr.ATOM);
      const isInt = e.value.kind === 'Constant' && /^-?\d+$/.test(v);
      return `${v}${isInt ? ' ' : ''}.${e.attr}`;
    }
    case 'Subscript':
      return `${expr(e.value, Pr.ATOM)}[${subscript(e.slice)}]`;
    case 'Starred':
      return `*${expr(e.value, Pr.BOR)}`;
    case 'Name':
      return e.id;
    case 'List':
      return `[${e.elts.map((x) => expr(x, Pr.TEST)).join(', ')}]`;
    case 'Tuple':
      if (!e.elts.length) return '()';
      return paren(level > Pr.TUPLE, e.elts.map((x) => expr(x, Pr.TEST)).join(', ') + (e.elts.length === 1 ? ',' : ''));
    case 'Slice':
      return subscript(e);
  }
}

function subscript(s: ast.expr): string {
  if (s.kind === 'Slice') {
    let out = s.lower ? expr(s.lower, Pr.TEST) : '';
    out += ':';
    if (s.upper) out += expr(s.upper, Pr.TEST);
    if (s.step) out += `:${expr(s.step, Pr.TEST)}`;
    return out;
  }
  if (s.kind === 'Tuple' && s.elts.length) return s.elts.map((x) => (x.kind === 'Slice' ? subscript(x) : expr(x, Pr.TEST))).join(', ') + (s.elts.length === 1 ? ',' : '');
  return expr(s, Pr.TUPLE);
}
