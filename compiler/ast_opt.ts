// Constant folding on the AST before code generation (CPython 3.7's ast_opt.c).
//
// Folds unary and binary operators on constants (with 3.7's size limits), tuples of
// constants, subscripts of constants, `not (a is b)` into `a is not b`, the
// right operand of `in`/`not in` and the iterable of `for`/comprehensions from a
// list of constants into a tuple, and `__debug__` into True. The input tree is not
// modified: changed nodes are copied. A folded constant whose value has no
// ast.ConstantValue form (a tuple) carries the VM object itself; read every
// Constant's value through `constantValue`.

import type * as ast from './ast.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyFloat } from '../vm/objects/float.js';
import { PyComplex } from '../vm/objects/complex.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { PyBytes } from '../vm/objects/bytes.js';
import { None, Ellipsis } from '../vm/objects/singletons.js';
import { normInt } from '../vm/objects/int.js';
import { BinOp, numberBinary } from '../vm/ops/arith.js';
import { complexBinary } from '../vm/ops/complex_arith.js';
import { NotImplemented } from '../vm/objects/singletons.js';
import { displayFrozenSet, hashableAtCompileTime } from '../vm/objects/set.js';
import { installBuiltinMethods } from '../vm/methods/index.js';
import type { VM } from '../vm/vm.js';
import { formatAsJoinedStr } from './format_opt.js';

/** The value of a Constant folded from an expression: already a VM object. */
interface FoldedValue {
  type: 'folded';
  value: PyObject;
}

/** The VM object a Constant node stands for (ints as numbers or bigints, floats boxed, ...). */
export function constantValue(c: ast.Constant): PyObject {
  const v = c.value as ast.ConstantValue | FoldedValue;
  switch (v.type) {
    case 'int': return normInt(v.value);
    case 'float': return new PyFloat(v.value);
    case 'complex': return new PyComplex(v.real, v.imag);
    case 'str': return v.value;
    case 'bytes': return new PyBytes(v.value);
    case 'bool': return v.value;
    case 'None': return None;
    case 'Ellipsis': return Ellipsis;
    case 'folded': return v.value;
  }
}

/** A Constant node holding `value`, at the location of `at`. */
function makeConst(at: ast.Location, value: PyObject): ast.Constant {
  const folded: FoldedValue = { type: 'folded', value };
  return {
    kind: 'Constant',
    value: folded as unknown as ast.ConstantValue,
    kind_: null,
    lineno: at.lineno,
    col_offset: at.col_offset,
    end_lineno: at.end_lineno,
    end_col_offset: at.end_col_offset,
  };
}

/** What `__debug__` folds into: False under -O (set per call of optimizeAst). */
let debugValue = true;

/**
 * Whether annotations stay as written (set per call of optimizeAst): under `from __future__
 * import annotations` they become their source text, which CPython unparses unfolded.
 */
let keepAnnotations = false;

/** The fields that hold annotations: an arg's and an AnnAssign's `annotation`, a def's `returns`. */
const ANNOTATION_FIELDS = new Set(['annotation', 'returns']);

/**
 * Folds constants in a whole module (or expression, or interactive input); `optimize` is -O's
 * level; `futureAnnotations`: annotations are left unfolded (CPython's astfold skips them).
 */
export function optimizeAst<T extends ast.mod>(mod: T, optimize = 0, futureAnnotations = false): T {
  debugValue = optimize === 0;
  keepAnnotations = futureAnnotations;
  if (mod.kind === 'Module') {
    const body = foldBody(mod.body);
    return body === mod.body ? mod : { ...mod, body };
  }
  return foldChildren(mod);
}

// ---------------------------------------------------------------------------
// The walk

type AnyNode = { kind: string };

function isNode(v: unknown): v is AnyNode {
  return typeof v === 'object' && v !== null && typeof (v as AnyNode).kind === 'string';
}

function foldArray<T>(items: T[]): T[] {
  let out: T[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    const nv = isNode(v) ? (foldNode(v) as T) : v;
    if (nv !== v) {
      out ??= items.slice();
      out[i] = nv;
    }
  }
  return out ?? items;
}

/** Folds every child node of `node`; returns `node` itself when nothing changed. */
function foldChildren<T extends object>(node: T): T {
  let copy: Record<string, unknown> | null = null;
  const fields = node as Record<string, unknown>;
  for (const key in fields) {
    const v = fields[key];
    if (typeof v !== 'object' || v === null) continue;
    if (keepAnnotations && ANNOTATION_FIELDS.has(key)) continue;
    let nv = v;
    if (Array.isArray(v)) nv = key === 'body' && hasDocstringBody(node) ? foldBody(v as ast.stmt[]) : foldArray(v);
    else if (isNode(v)) nv = foldNode(v);
    if (nv !== v) {
      copy ??= { ...fields };
      copy[key] = nv;
    }
  }
  return (copy as T | null) ?? node;
}

function hasDocstringBody(node: object): boolean {
  const k = (node as AnyNode).kind;
  return k === 'FunctionDef' || k === 'ClassDef' || k === 'Module';
}

function isDocstring(s: ast.stmt | undefined): boolean {
  return s !== undefined && s.kind === 'Expr' && s.value.kind === 'Constant' && typeof constantValue(s.value) === 'string';
}

/**
 * A body whose first statement became a string only by folding (`"a" + "b"`) must not
 * gain a docstring: that statement is wrapped in a JoinedStr, as 3.7 does.
 */
function foldBody(body: ast.stmt[]): ast.stmt[] {
  if (body.length === 0) return body;
  const wasDocstring = isDocstring(body[0]);
  const out = foldArray(body);
  if (wasDocstring || !isDocstring(out[0])) return out;
  const st = out[0] as ast.Expr;
  const joined: ast.JoinedStr = {
    kind: 'JoinedStr',
    values: [st.value as ast.Constant],
    lineno: st.lineno,
    col_offset: st.col_offset,
    end_lineno: st.end_lineno,
    end_col_offset: st.end_col_offset,
  };
  const copy = out === body ? body.slice() : out;
  copy[0] = { ...st, value: joined };
  return copy;
}

function isDebugLoad(name: ast.Name): boolean {
  return name.id === '__debug__' && name.ctx === 'Load';
}

function foldNode(node: AnyNode): AnyNode {
  // Leaves: a Name is only folded when it is __debug__; a Constant never.
  if (node.kind === 'Constant') return node;
  // A stored or deleted __debug__ stays a Name: the code generator rejects it.
  if (node.kind === 'Name') return isDebugLoad(node as ast.Name) ? makeConst(node as ast.Name, debugValue) : node;
  const n = foldChildren(node);
  switch (n.kind) {
    case 'UnaryOp': return foldUnaryOp(n as ast.UnaryOp);
    case 'BinOp': return foldBinOp(n as ast.BinOp);
    case 'Tuple': return foldTuple(n as ast.Tuple);
    case 'Subscript': return foldSubscript(n as ast.Subscript);
    case 'Compare': return foldCompare(n as ast.Compare);
    case 'Name': {
      const name = n as ast.Name;
      return isDebugLoad(name) ? makeConst(name, debugValue) : n;
    }
    case 'For': {
      const f = n as ast.For;
      const iter = foldIter(f.iter);
      return iter === f.iter ? f : ({ ...f, iter } as ast.For);
    }
    case 'comprehension': {
      const c = n as ast.comprehension;
      const iter = foldIter(c.iter);
      return iter === c.iter ? c : ({ ...c, iter } as ast.comprehension);
    }
  }
  return n;
}

// ---------------------------------------------------------------------------
// The folds

function truthy(v: PyObject): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'string') return v.length > 0;
  if (v instanceof PyFloat) return v.value !== 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyBytes) return v.data.length > 0;
  if (v instanceof PyTuple) return v.items.length > 0;
  return v !== None;
}

function isInt(v: PyObject): v is number | bigint | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

function toBig(v: number | bigint | boolean): bigint {
  return typeof v === 'boolean' ? (v ? 1n : 0n) : BigInt(v);
}

/** _PyLong_NumBits: the bit length of |v|. */
function numBits(v: number | bigint | boolean): number {
  let b = toBig(v);
  if (b < 0n) b = -b;
  return b === 0n ? 0 : b.toString(2).length;
}

const NOT_FOLDED = Symbol('not folded');
type Folded = PyObject | typeof NOT_FOLDED;

function foldUnaryOp(e: ast.UnaryOp): ast.expr {
  const arg = e.operand;
  if (arg.kind !== 'Constant') {
    // `not a is b` -> `a is not b` (and likewise for is not, in, not in).
    if (e.op === 'Not' && arg.kind === 'Compare' && arg.ops.length === 1) {
      const flipped: Partial<Record<ast.cmpop, ast.cmpop>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
      const op = flipped[arg.ops[0]];
      if (op) return { ...arg, ops: [op] };
    }
    return e;
  }
  const v = constantValue(arg);
  let r: Folded = NOT_FOLDED;
  switch (e.op) {
    case 'Not':
      r = !truthy(v);
      break;
    case 'USub':
      if (isInt(v)) r = normInt(-toBig(v));
      else if (v instanceof PyFloat) r = new PyFloat(-v.value);
      else if (v instanceof PyComplex) r = new PyComplex(-v.real, -v.imag);
      break;
    case 'UAdd':
      if (isInt(v)) r = normInt(toBig(v));
      else if (v instanceof PyFloat) r = new PyFloat(v.value);
      else if (v instanceof PyComplex) r = v;
      break;
    case 'Invert':
      if (isInt(v)) r = normInt(~toBig(v));
      break;
  }
  return r === NOT_FOLDED ? e : makeConst(e, r);
}

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256; // items
const MAX_STR_SIZE = 4096; // characters
const MAX_TOTAL_ITEMS = 1024; // including nested collections

/** Items in a tuple, counting nested tuples, against `limit`: negative when over. */
function checkComplexity(v: PyObject, limit: number): number {
  if (v instanceof PyTuple) {
    limit -= v.items.length;
    for (let i = 0; limit >= 0 && i < v.items.length; i++) limit = checkComplexity(v.items[i], limit);
  }
  return limit;
}

function strLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function seqSize(v: PyObject): number | null {
  if (typeof v === 'string') return strLength(v);
  if (v instanceof PyBytes) return v.data.length;
  if (v instanceof PyTuple) return v.items.length;
  return null;
}

function repeat(seq: PyObject, n: number): PyObject {
  if (typeof seq === 'string') return n > 0 ? seq.repeat(n) : '';
  if (seq instanceof PyBytes) {
    const out = new Uint8Array(seq.data.length * Math.max(n, 0));
    for (let i = 0; i < n; i++) out.set(seq.data, i * seq.data.length);
    return new PyBytes(out);
  }
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) items.push(...(seq as PyTuple).items);
  return new PyTuple(items);
}

/** safe_multiply: refuses results that would be too large to keep as a constant. */
function safeMultiply(v: PyObject, w: PyObject): Folded {
  if (isInt(v) && isInt(w)) {
    if (toBig(v) !== 0n && toBig(w) !== 0n && numBits(v) + numBits(w) > MAX_INT_SIZE) return NOT_FOLDED;
    return numeric(BinOp.MUL, v, w);
  }
  if (isInt(w) && seqSize(v) !== null) return safeMultiply(w, v);
  if (isInt(v)) {
    const size = seqSize(w);
    if (size === null) return numeric(BinOp.MUL, v, w);
    const n = Number(toBig(v));
    if (size) {
      if (w instanceof PyTuple) {
        if (n < 0 || n > Math.floor(MAX_COLLECTION_SIZE / size)) return NOT_FOLDED;
        if (n && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / n)) < 0) return NOT_FOLDED;
      } else if (n < 0 || n > Math.floor(MAX_STR_SIZE / size)) {
        return NOT_FOLDED;
      }
    }
    return repeat(w, n);
  }
  return numeric(BinOp.MUL, v, w);
}

/** The built-in arithmetic of int, bool, float and complex; NOT_FOLDED where it would raise or does not apply. */
function numeric(op: BinOp, v: PyObject, w: PyObject): Folded {
  if (typeof v === 'boolean' && typeof w === 'boolean') {
    if (op === BinOp.AND) return v && w;
    if (op === BinOp.OR) return v || w;
    if (op === BinOp.XOR) return v !== w;
  }
  const isNum = (o: PyObject) => isInt(o) || o instanceof PyFloat || o instanceof PyComplex;
  if (!isNum(v) || !isNum(w)) return NOT_FOLDED;
  try {
    const r = v instanceof PyComplex || w instanceof PyComplex ? complexBinary(op, v, w) : numberBinary(op, v, w);
    return r === NotImplemented ? NOT_FOLDED : r;
  } catch {
    return NOT_FOLDED;
  }
}

function foldBinOp(e: ast.BinOp): ast.expr {
  if (e.op === 'Mod' && e.left.kind === 'Constant' && e.right.kind === 'Tuple' && !e.right.elts.some((x) => x.kind === 'Starred')) {
    const fmt = constantValue(e.left);
    if (typeof fmt === 'string') return formatAsJoinedStr(e, fmt, e.right.elts) ?? e;
  }
  if (e.left.kind !== 'Constant' || e.right.kind !== 'Constant') return e;
  const v = constantValue(e.left);
  const w = constantValue(e.right);
  let r: Folded = NOT_FOLDED;
  switch (e.op) {
    case 'Add':
      if (typeof v === 'string' && typeof w === 'string') r = v + w;
      else if (v instanceof PyBytes && w instanceof PyBytes) {
        const out = new Uint8Array(v.data.length + w.data.length);
        out.set(v.data);
        out.set(w.data, v.data.length);
        r = new PyBytes(out);
      } else if (v instanceof PyTuple && w instanceof PyTuple) r = new PyTuple([...v.items, ...w.items]);
      else r = numeric(BinOp.ADD, v, w);
      break;
    case 'Sub': r = numeric(BinOp.SUB, v, w); break;
    case 'Mult': r = safeMultiply(v, w); break;
    case 'Div': r = numeric(BinOp.TRUEDIV, v, w); break;
    case 'FloorDiv': r = numeric(BinOp.FLOORDIV, v, w); break;
    case 'Mod':
      // safe_mod: str % and bytes % are formatting, never folded.
      r = numeric(BinOp.MOD, v, w);
      break;
    case 'Pow':
      if (isInt(v) && isInt(w) && toBig(v) !== 0n && toBig(w) > 0n) {
        const wbits = toBig(w);
        if (wbits > BigInt(Number.MAX_SAFE_INTEGER) || numBits(v) > Math.floor(MAX_INT_SIZE / Number(wbits))) break;
      }
      r = numeric(BinOp.POW, v, w);
      break;
    case 'LShift':
      if (isInt(v) && isInt(w) && toBig(v) !== 0n && toBig(w) !== 0n) {
        const wb = toBig(w);
        if (wb < 0n || wb > BigInt(MAX_INT_SIZE) || numBits(v) > MAX_INT_SIZE - Number(wb)) break;
      }
      r = numeric(BinOp.LSHIFT, v, w);
      break;
    case 'RShift': r = numeric(BinOp.RSHIFT, v, w); break;
    case 'BitOr': r = numeric(BinOp.OR, v, w); break;
    case 'BitXor': r = numeric(BinOp.XOR, v, w); break;
    case 'BitAnd': r = numeric(BinOp.AND, v, w); break;
    case 'MatMult': break;
  }
  return r === NOT_FOLDED ? e : makeConst(e, r);
}

function constTuple(elts: ast.expr[]): PyTuple | null {
  if (!elts.every((x) => x.kind === 'Constant')) return null;
  return new PyTuple(elts.map((x) => constantValue(x as ast.Constant)));
}

function foldTuple(e: ast.Tuple): ast.expr {
  if (e.ctx !== 'Load') return e;
  const t = constTuple(e.elts);
  return t ? makeConst(e, t) : e;
}

function foldSubscript(e: ast.Subscript): ast.expr {
  if (e.ctx !== 'Load' || e.value.kind !== 'Constant' || e.slice.kind !== 'Constant') return e;
  const v = constantValue(e.value);
  const idx = constantValue(e.slice);
  if (!isInt(idx)) return e;
  let i = Number(toBig(idx));
  let items: PyObject[];
  if (typeof v === 'string') items = Array.from(v);
  else if (v instanceof PyBytes) items = Array.from(v.data);
  else if (v instanceof PyTuple) items = v.items;
  else return e;
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) return e;
  return makeConst(e, items[i]);
}

/** A literal list of constants iterated over (or tested with `in`) becomes a tuple constant. */
function foldIter(e: ast.expr): ast.expr {
  if (e.kind === 'List') {
    const t = constTuple(e.elts);
    return t ? makeConst(e, t) : e;
  }
  // A set display becomes a frozenset constant, in the order CPython's constant merging
  // gives it. DIVERGENCE: only when its items are ints, bools, strs, floats, complexes, None or
  // Ellipsis (hashing anything else needs a running VM); 3.11 folds any constant items.
  if (e.kind === 'Set' && e.elts.length) {
    const t = constTuple(e.elts);
    if (!t || !t.items.every(hashableAtCompileTime)) return e;
    installBuiltinMethods(); // float.__hash__, for a compile() before any VM exists
    return makeConst(e, displayFrozenSet(null as unknown as VM, t.items));
  }
  return e;
}

function foldCompare(e: ast.Compare): ast.expr {
  const i = e.ops.length - 1;
  if (e.ops[i] !== 'In' && e.ops[i] !== 'NotIn') return e;
  const last = foldIter(e.comparators[i]);
  if (last === e.comparators[i]) return e;
  const comparators = e.comparators.slice();
  comparators[i] = last;
  return { ...e, comparators };
}
