// `ast` node objects back to tpy's tree for compile(), with the checks and messages of CPython's obj2ast and validator.

import type * as ast from '../compiler/ast.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { PyList } from '../vm/objects/list.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { PyFloat } from '../vm/objects/float.js';
import { PyComplex } from '../vm/objects/complex.js';
import { PyBytes } from '../vm/objects/bytes.js';
import { PyFrozenSet } from '../vm/objects/set.js';
import { None, Ellipsis } from '../vm/objects/singletons.js';
import { typeError, valueError } from '../vm/objects/exceptions.js';
import { getAttrOpt } from '../vm/ops/attribute.js';
import { typeOf } from '../vm/ops/typeof.js';
import { repr } from '../vm/ops/convert.js';
import { AST_SCHEMA, type AsdlField } from '../compiler/ast_schema.js';
import { astClasses, builtAstClasses, type AstClasses } from './ast_classes.js';
import type { VM } from '../vm/vm.js';

type Node = Record<string, unknown>;
type Ctx = 'Load' | 'Store' | 'Del';

/** Fields whose expression is assigned to (Store) or deleted (Del); every other expression field is Load. */
const TARGET_CTX: Readonly<Record<string, Ctx>> = {
  'Assign.targets': 'Store', 'AugAssign.target': 'Store', 'AnnAssign.target': 'Store', 'For.target': 'Store',
  'AsyncFor.target': 'Store', 'withitem.optional_vars': 'Store', 'comprehension.target': 'Store',
  'NamedExpr.target': 'Store', 'Delete.targets': 'Del',
};

/** Nodes whose `ctx` is checked, and whose elements (List, Tuple) or value (Starred) share it. */
const CTX_NODES = new Set(['Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple']);

/** Statements whose `body` must not be empty ("empty body on If"). */
const NONEMPTY_BODY = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'For', 'AsyncFor', 'While', 'If', 'With',
  'AsyncWith', 'Try', 'TryStar', 'ExceptHandler']);

class Converter {
  constructor(private readonly vm: VM, private readonly classes: AstClasses) {}

  private attr(o: PyObject, name: string): PyObject | undefined {
    return getAttrOpt(this.vm, o, name);
  }

  private isA(o: PyObject, name: string): boolean {
    return typeOf(o).isSubtypeOf(this.classes.byName.get(name)!);
  }

  /** A value of the ASDL type `type`: a node of a sum or product type, or null for None. */
  node(o: PyObject, type: string, ctx: Ctx): Node | string | null {
    if (o === None) return null;
    const sum = AST_SCHEMA.sums.get(type);
    if (sum === undefined) return this.fields(o, type, ctx); // a product type: read its fields, whatever its class
    // The positions are read before the kind is known, as CPython does ("missing from stmt").
    const positions = sum.attributes.length > 0 ? this.positions(o, type) : null;
    const kind = sum.constructors.find((c) => this.isA(o, c));
    if (kind === undefined) throw typeError(`expected some sort of ${type}, but got ${repr(this.vm, o)}`);
    if (sum.simple) return kind;
    const n = this.fields(o, kind, ctx);
    if (positions === null) return n;
    Object.assign(n, positions);
    if (kind === 'MatchSingleton') Object.assign(n['value'] as Node, positions);
    return n;
  }

  private positions(o: PyObject, owner: string): ast.Location {
    const lineno = this.int(this.required(o, 'lineno', owner));
    const col_offset = this.int(this.required(o, 'col_offset', owner));
    const endLine = this.attr(o, 'end_lineno');
    const endCol = this.attr(o, 'end_col_offset');
    return {
      lineno,
      col_offset,
      end_lineno: endLine === undefined || endLine === None ? lineno : this.int(endLine),
      end_col_offset: endCol === undefined || endCol === None ? col_offset : this.int(endCol),
    };
  }

  private required(o: PyObject, name: string, owner: string): PyObject {
    const v = this.attr(o, name);
    if (v === undefined) throw typeError(`required field "${name}" missing from ${owner}`);
    return v;
  }

  private int(v: PyObject): number {
    if (typeof v === 'number' || typeof v === 'boolean') return Number(v);
    if (typeof v === 'bigint') return Number(v);
    throw valueError(`invalid integer value: ${repr(this.vm, v)}`);
  }

  /** The fields of a node of class `kind` (a constructor or a product type). */
  private fields(o: PyObject, kind: string, ctx: Ctx): Node {
    const spec = AST_SCHEMA.classes.get(kind)!;
    const n: Node = { kind };
    if (spec.base === null && spec.attributes.length > 0) Object.assign(n, this.positions(o, kind));
    for (const f of spec.fields) {
      // tpy's Constant keeps CPython's `kind` as `kind_` (its `kind` is the node discriminant).
      const key = kind === 'Constant' && f.name === 'kind' ? 'kind_' : f.name;
      const v = this.attr(o, f.name);
      if (v === undefined) {
        if (!f.optional) throw typeError(`required field "${f.name}" missing from ${kind}`);
        n[key] = null;
        continue;
      }
      n[key] = this.field(kind, f, v, this.fieldCtx(kind, f.name, ctx));
    }
    return this.tpyShape(n, kind);
  }

  /** The context an expression in field `name` of `kind` must have. */
  private fieldCtx(kind: string, name: string, ctx: Ctx): Ctx {
    if ((kind === 'List' || kind === 'Tuple') && name === 'elts') return ctx;
    if (kind === 'Starred' && name === 'value') return ctx;
    return TARGET_CTX[`${kind}.${name}`] ?? 'Load';
  }

  private field(kind: string, f: AsdlField, v: PyObject, ctx: Ctx): unknown {
    if (f.list) {
      if (!(v instanceof PyList)) throw typeError(`${kind} field "${f.name}" must be a list, not a ${typeOf(v).tpName}`);
      return v.items.map((item) => this.scalar(kind, f, item, ctx));
    }
    const r = this.scalar(kind, f, v, ctx);
    if (r === null && !f.optional) throw valueError(`field '${f.name}' is required for ${kind}`);
    return r;
  }

  private scalar(kind: string, f: AsdlField, v: PyObject, ctx: Ctx): unknown {
    switch (f.type) {
      case 'identifier':
      case 'string':
        if (v === None) return null;
        if (typeof v !== 'string') throw typeError(`AST ${f.type} must be of type str`);
        return v;
      case 'int':
        return v === None ? null : this.int(v);
      case 'constant':
        return constantOf(v);
    }
    const r = this.node(v, f.type, ctx);
    if (r !== null && typeof r === 'object' && CTX_NODES.has(r['kind'] as string) && r['ctx'] !== ctx) {
      throw valueError(`expression must have ${ctx} context but has ${r['ctx'] as string} instead`);
    }
    return r;
  }

  /** Where tpy's tree differs from CPython's classes, and the validator's structural checks. */
  private tpyShape(n: Node, kind: string): Node {
    if (NONEMPTY_BODY.has(kind) && (n['body'] as unknown[]).length === 0) throw valueError(`empty body on ${kind}`);
    switch (kind) {
      case 'AsyncFunctionDef': case 'AsyncFor': case 'AsyncWith':
        n['kind'] = kind.slice(5);
        n['is_async'] = true;
        break;
      case 'MatchSingleton':
        // tpy keeps the singleton as a Constant node, placed where the pattern is.
        n['value'] = { kind: 'Constant', value: n['value'], kind_: null };
        break;
      case 'Dict':
        if ((n['keys'] as unknown[]).length !== (n['values'] as unknown[]).length) {
          throw valueError("Dict doesn't have the same number of keys as values");
        }
        break;
      case 'Compare': {
        const ops = (n['ops'] as unknown[]).length;
        if (ops === 0) throw valueError('Compare with no comparators');
        if (ops !== (n['comparators'] as unknown[]).length) throw valueError('Compare has a different number of comparators and operands');
        break;
      }
      case 'arguments':
        if ((n['defaults'] as unknown[]).length > (n['posonlyargs'] as unknown[]).length + (n['args'] as unknown[]).length) {
          throw valueError('more positional defaults than args on arguments');
        }
        if ((n['kw_defaults'] as unknown[]).length !== (n['kwonlyargs'] as unknown[]).length) {
          throw valueError('length of kwonlyargs is not the same as kw_defaults on arguments');
        }
        break;
      case 'ImportFrom':
        n['level'] ??= 0;
        break;
      case 'Try':
        if ((n['handlers'] as unknown[]).length === 0 && (n['finalbody'] as unknown[]).length === 0) {
          throw valueError('Try has neither except handlers nor finalbody');
        }
        break;
    }
    return n;
  }
}

/** A Constant's value as tpy's tree holds it; tuples and frozensets stay VM objects (ast_opt's folded form). */
function constantOf(v: PyObject): ast.ConstantValue {
  checkConstant(v);
  if (typeof v === 'boolean') return { type: 'bool', value: v };
  if (typeof v === 'number' || typeof v === 'bigint') return { type: 'int', value: BigInt(v) };
  if (typeof v === 'string') return { type: 'str', value: v };
  if (v === None) return { type: 'None' };
  if (v === Ellipsis) return { type: 'Ellipsis' };
  if (v instanceof PyFloat) return { type: 'float', value: v.value };
  if (v instanceof PyComplex) return { type: 'complex', real: v.real, imag: v.imag };
  if (v instanceof PyBytes) return { type: 'bytes', value: v.data };
  return { type: 'folded', value: v } as unknown as ast.ConstantValue;
}

/** Only the immutable built-in constants (and tuples and frozensets of them) may be a Constant's value. */
function checkConstant(v: PyObject): void {
  if (typeof v !== 'object' || v === None || v === Ellipsis) return;
  const t = typeOf(v);
  if (!t.isHeapType && (v instanceof PyFloat || v instanceof PyComplex || v instanceof PyBytes)) return;
  if (!t.isHeapType && (v instanceof PyTuple || v instanceof PyFrozenSet)) {
    for (const item of v instanceof PyTuple ? v.items : [...v.values()]) checkConstant(item);
    return;
  }
  throw typeError(`got an invalid type in Constant: ${(v as PyObj).cls.tpName}`);
}

/**
 * The tpy tree for a `mod` node object given to compile(): a Module for 'exec', an Expression
 * for 'eval', an Interactive for 'single'.
 */
export function astFromPy(vm: VM, o: PyObject, mode: 'exec' | 'eval' | 'single'): ast.mod {
  const classes = astClasses(vm);
  const want = mode === 'exec' ? 'Module' : mode === 'eval' ? 'Expression' : 'Interactive';
  if (!typeOf(o).isSubtypeOf(classes.byName.get(want)!)) {
    throw typeError(`expected ${want} node, got ${typeOf(o).name}`);
  }
  return new Converter(vm, classes).node(o, 'mod', 'Load') as unknown as ast.mod;
}

/** Whether `o` is an `ast.AST` instance (compile() takes it instead of source). */
export function isAstNode(vm: VM, o: PyObject): boolean {
  const classes = builtAstClasses(vm);
  return classes !== undefined && o instanceof PyObj && o.cls.isSubtypeOf(classes.AST);
}
