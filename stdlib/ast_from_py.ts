// `ast` node objects back to tpy's tree for compile(), with the checks and messages of CPython's
// obj2ast (types, required fields); ast_validate.ts then makes the validator's.

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
import { validateMod } from './ast_validate.js';
import type { VM } from '../vm/vm.js';

type Node = Record<string, unknown>;

class Converter {
  constructor(private readonly vm: VM, private readonly classes: AstClasses) {}

  private attr(o: PyObject, name: string): PyObject | undefined {
    return getAttrOpt(this.vm, o, name);
  }

  private isA(o: PyObject, name: string): boolean {
    return typeOf(o).isSubtypeOf(this.classes.byName.get(name)!);
  }

  /** A value of the ASDL type `type`: a node of a sum or product type, or null for None. */
  node(o: PyObject, type: string): Node | string | null {
    if (o === None) return null;
    const sum = AST_SCHEMA.sums.get(type);
    if (sum === undefined) return this.fields(o, type); // a product type: read its fields, whatever its class
    // The positions are read before the kind is known, as CPython does ("missing from stmt").
    const positions = sum.attributes.length > 0 ? this.positions(o, type) : null;
    const kind = sum.constructors.find((c) => this.isA(o, c));
    if (kind === undefined) throw typeError(`expected some sort of ${type}, but got ${repr(this.vm, o)}`);
    if (sum.simple) return kind;
    const n = this.fields(o, kind);
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
  private fields(o: PyObject, kind: string): Node {
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
      n[key] = this.field(kind, f, v);
    }
    return this.tpyShape(n, kind);
  }

  private field(kind: string, f: AsdlField, v: PyObject): unknown {
    if (f.list) {
      if (!(v instanceof PyList)) throw typeError(`${kind} field "${f.name}" must be a list, not a ${typeOf(v).tpName}`);
      return v.items.map((item) => this.scalar(f, item));
    }
    const r = this.scalar(f, v);
    if (r === null && !f.optional) throw valueError(`field '${f.name}' is required for ${kind}`);
    return r;
  }

  private scalar(f: AsdlField, v: PyObject): unknown {
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
    return this.node(v, f.type);
  }

  /** Where tpy's tree differs from CPython's classes. */
  private tpyShape(n: Node, kind: string): Node {
    switch (kind) {
      case 'AsyncFunctionDef': case 'AsyncFor': case 'AsyncWith':
        n['kind'] = kind.slice(5);
        n['is_async'] = true;
        break;
      case 'MatchSingleton':
        // tpy keeps the singleton as a Constant node, placed where the pattern is.
        n['value'] = { kind: 'Constant', value: n['value'], kind_: null };
        break;
      case 'ImportFrom':
        n['level'] ??= 0;
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
  const mod = new Converter(vm, classes).node(o, 'mod') as unknown as ast.mod;
  validateMod(mod);
  return mod;
}

/** Whether `o` is an `ast.AST` instance (compile() takes it instead of source). */
export function isAstNode(vm: VM, o: PyObject): boolean {
  const classes = builtAstClasses(vm);
  return classes !== undefined && o instanceof PyObj && o.cls.isSubtypeOf(classes.AST);
}
