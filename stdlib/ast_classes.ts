// The `_ast` node classes (ast.AST, ast.expr, ast.Name, ...), built for each VM from the one schema table.

import type { PyObject } from '../vm/objects/object.js';
import { PyInstance, PyObj } from '../vm/objects/object.js';
import { PyType, typeType, objectType } from '../vm/objects/type.js';
import { newInstanceDict } from '../vm/objects/dict.js';
import { newTuple, PyTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { typeError } from '../vm/objects/exceptions.js';
import { defMethod } from '../vm/objects/function.js';
import { typeOf } from '../vm/ops/typeof.js';
import { getAttrOpt, setAttr } from '../vm/ops/attribute.js';
import { AST_SCHEMA } from '../compiler/ast_schema.js';
import type { VM } from '../vm/vm.js';

/** One VM's node classes: `AST` and every abstract and concrete class of the schema, by name. */
export interface AstClasses {
  AST: PyType;
  byName: Map<string, PyType>;
  /** The shared instance of each field-less class of a simple sum (Load(), Add(), ...), as a parse gives them. */
  singletons: Map<string, PyObj>;
}

const perVM = new WeakMap<VM, AstClasses>();

/** The node classes of `vm`, created the first time (by `import _ast`, ast.parse or compile() of a tree). */
export function astClasses(vm: VM): AstClasses {
  let classes = perVM.get(vm);
  if (classes === undefined) perVM.set(vm, (classes = buildClasses()));
  return classes;
}

/** The node classes of `vm` if anything created them yet (no node can exist before). */
export function builtAstClasses(vm: VM): AstClasses | undefined {
  return perVM.get(vm);
}

const allocateNode = (cls: PyType): PyObj => new PyInstance(cls);

function nodeType(name: string, base: PyType, doc: string | null): PyType {
  // Heap types in module 'ast', as CPython's _ast makes them (by calling type()).
  const t = new PyType(typeType, name, [base], { heap: true, module: 'ast', allocate: allocateNode, instanceDict: true });
  t.typeDict.set('__module__', 'ast');
  t.typeDict.set('__doc__', doc ?? None);
  return t;
}

function names(fields: readonly { name: string }[]): PyTuple {
  return newTuple(fields.map((f) => f.name));
}

function buildClasses(): AstClasses {
  const AST = nodeType('AST', objectType, null);
  AST.typeDict.set('_fields', newTuple([]));
  AST.typeDict.set('_attributes', newTuple([]));
  AST.typeDict.set('__match_args__', newTuple([]));
  defMethod(AST, '__init__', ast_init);
  defMethod(AST, '__reduce__', ast_reduce);
  const byName = new Map<string, PyType>([['AST', AST]]);
  const singletons = new Map<string, PyObj>();
  // Sums first: each constructor's class derives from its sum's abstract class.
  for (const sum of AST_SCHEMA.sums.values()) {
    const t = nodeType(sum.name, AST, sum.doc);
    t.typeDict.set('_fields', newTuple([]));
    t.typeDict.set('_attributes', names(sum.attributes));
    // Optional attributes (end_lineno, end_col_offset) read None where they were never set.
    for (const a of sum.attributes) if (a.optional) t.typeDict.set(a.name, None);
    byName.set(sum.name, t);
  }
  for (const cls of AST_SCHEMA.classes.values()) {
    const base = cls.base === null ? AST : byName.get(cls.base)!;
    const t = nodeType(cls.name, base, cls.doc);
    t.typeDict.set('_fields', names(cls.fields));
    t.typeDict.set('__match_args__', names(cls.fields));
    if (cls.base === null) {
      t.typeDict.set('_attributes', names(cls.attributes));
      for (const a of cls.attributes) if (a.optional) t.typeDict.set(a.name, None);
    }
    // An optional field (`expr? value`) reads None where it was never set.
    for (const f of cls.fields) if (f.optional) t.typeDict.set(f.name, None);
    byName.set(cls.name, t);
    if (cls.base !== null && AST_SCHEMA.sums.get(cls.base)!.simple) singletons.set(cls.name, newNode(t));
  }
  return { AST, byName, singletons };
}

/** A node instance of `cls` with an empty __dict__ (the converters fill it). */
export function newNode(cls: PyType): PyInstance {
  const o = new PyInstance(cls);
  o.dict = newInstanceDict(cls);
  return o;
}

/** AST.__init__(*args, **kwargs): positional arguments fill `_fields` in order, keywords set any attribute. */
function ast_init(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const self = args[0]!;
  const t = typeOf(self);
  const positional = args.length - 1;
  let fieldNames: PyObject[] = [];
  if (positional > 0) {
    const fields = getAttrOpt(vm, t, '_fields');
    fieldNames = fields instanceof PyTuple ? fields.items : [];
    if (positional > fieldNames.length) {
      throw typeError(`${t.name} constructor takes at most ${fieldNames.length} positional argument${fieldNames.length === 1 ? '' : 's'}`);
    }
    for (let i = 0; i < positional; i++) setAttr(vm, self, fieldNames[i] as string, args[i + 1]!);
  }
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (fieldNames.slice(0, positional).includes(k)) throw typeError(`${t.name} got multiple values for argument '${k}'`);
      setAttr(vm, self, k, v);
    }
  }
  return None;
}

/** AST.__reduce__(): (type(self), (), self.__dict__), so that copy and pickle rebuild nodes. */
function ast_reduce(_vm: VM, args: PyObject[]): PyObject {
  const self = args[0]!;
  const t = typeOf(self);
  const dict = self instanceof PyObj && t.hasInstanceDict ? (self.dict ??= newInstanceDict(t)) : null;
  return dict === null ? newTuple([t, newTuple([])]) : newTuple([t, newTuple([]), dict]);
}
