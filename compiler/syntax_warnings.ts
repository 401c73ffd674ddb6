// The SyntaxWarnings CPython 3.11's compiler gives for code that is valid but almost surely a mistake:
// `x is 1`, `"abc"()`, `[1, 2][1.0]`, `(1, 2)[0]` missing a comma, `assert (x, "msg")`.
//
// They are found on the folded tree, as 3.11's compiler sees it (so `x is -1` and `x is ()` warn),
// in the order the compiler visits the
// code: a function's decorators, defaults and annotations before its body, a class's body before
// its bases.

import type * as ast from './ast.js';
import { constantValue } from './ast_opt.js';
import { None, Ellipsis } from '../vm/objects/singletons.js';
import { PyFloat } from '../vm/objects/float.js';
import { PyComplex } from '../vm/objects/complex.js';
import { PySetBase } from '../vm/objects/set.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { typeOf } from '../vm/ops/typeof.js';

export interface SyntaxWarningAt {
  lineno: number;
  message: string;
  /** The node the compiler was at: where the SyntaxError points when a filter turns the warning into one. */
  loc: ast.Location;
}

type AnyNode = { kind: string; lineno?: number };

function isNode(v: unknown): v is AnyNode {
  return typeof v === 'object' && v !== null && typeof (v as AnyNode).kind === 'string';
}

/** The type of what an expression makes, when its form alone says (infer_type in 3.11's compile.c). */
function inferredTypeName(e: ast.expr): string | null {
  switch (e.kind) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': return typeOf(constantValue(e)).tpName;
    default: return null;
  }
}

/** An operand `is` may meet without a warning: anything but a constant other than None, True, False and `...`. */
function isArgOk(e: ast.expr): boolean {
  if (e.kind !== 'Constant') return true;
  const v = constantValue(e);
  return v === None || v === Ellipsis || typeof v === 'boolean';
}

function checkCompare(e: ast.Compare, warn: (msg: string) => void): void {
  let left = isArgOk(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const right = isArgOk(e.comparators[i]);
    const op = e.ops[i];
    if ((op === 'Is' || op === 'IsNot') && (!left || !right)) {
      warn(op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
      return;
    }
    left = right;
  }
}

function checkCaller(func: ast.expr, warn: (msg: string) => void): void {
  switch (func.kind) {
    case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp':
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
      warn(`'${inferredTypeName(func)}' object is not callable; perhaps you missed a comma?`);
  }
}

function checkSubscript(e: ast.Subscript, warn: (msg: string) => void): void {
  const value = e.value;
  let notSubscriptable = value.kind === 'Set' || value.kind === 'SetComp' || value.kind === 'GeneratorExp' || value.kind === 'Lambda';
  if (value.kind === 'Constant') {
    const v = constantValue(value);
    notSubscriptable = v === None || v === Ellipsis || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean'
      || v instanceof PyFloat || v instanceof PyComplex || v instanceof PySetBase;
  }
  if (notSubscriptable) {
    warn(`'${inferredTypeName(value)}' object is not subscriptable; perhaps you missed a comma?`);
    return;
  }
  const indexType = inferredTypeName(e.slice);
  if (indexType === null || indexType === 'int' || indexType === 'bool') return;
  let sequence = value.kind === 'Tuple' || value.kind === 'List' || value.kind === 'ListComp' || value.kind === 'JoinedStr' || value.kind === 'FormattedValue';
  if (value.kind === 'Constant') {
    const t = inferredTypeName(value);
    sequence = t === 'str' || t === 'bytes' || t === 'tuple';
  }
  if (sequence) warn(`${inferredTypeName(value)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
}

/** The children of a node in the order 3.11's compiler visits them. */
function children(node: AnyNode): unknown[] {
  const n = node as unknown as Record<string, unknown>;
  if (node.kind === 'FunctionDef') return [n.decorator_list, n.args, n.returns, n.body];
  if (node.kind === 'ClassDef') return [n.decorator_list, n.body, n.bases, n.keywords];
  return Object.keys(n).map((k) => n[k]);
}

/** The SyntaxWarnings of a folded module, expression or interactive statement, in the order CPython gives them. */
export function findSyntaxWarnings(tree: ast.mod): SyntaxWarningAt[] {
  const out: SyntaxWarningAt[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    if (!isNode(v) || v.kind === 'Constant') return;
    const loc = v as unknown as ast.Location;
    const warn = (message: string) => out.push({ lineno: loc.lineno, message, loc });
    switch (v.kind) {
      case 'Compare': checkCompare(v as unknown as ast.Compare, warn); break;
      case 'Call': checkCaller((v as unknown as ast.Call).func, warn); break;
      case 'Subscript':
        if ((v as unknown as ast.Subscript).ctx === 'Load') checkSubscript(v as unknown as ast.Subscript, warn);
        break;
      case 'Assert': {
        // A tuple of constants, folded, still warns: 3.11 checks for both forms.
        const test = (v as unknown as ast.Assert).test;
        const folded = test.kind === 'Constant' ? constantValue(test) : null;
        if ((test.kind === 'Tuple' && test.elts.length > 0) || (folded instanceof PyTuple && folded.items.length > 0)) {
          warn('assertion is always true, perhaps remove parentheses?');
        }
        break;
      }
    }
    for (const c of children(v)) visit(c);
  };
  visit(tree);
  return out;
}
