// Module _c_type_names: lets a library module written in tpy stand in for a C module of
// CPython's. as_c_type(cls) gives the class the tp_name a C type of that module has
// ('decimal.Decimal'), which error messages show; as_c_type and as_c_function also make
// tracebacks leave out the frames of its code, as CPython's tracebacks show no C frames
// (`datetime.date(2020, 13, 1)` fails on the caller's line, not inside datetime.py).

import type { PyObject } from '../vm/objects/object.js';
import { builtin, PyFunction, PyStaticMethod, PyClassMethod, PyProperty, PyGetSet } from '../vm/objects/function.js';
import { defReadonlyMember } from '../vm/objects/slots.js';
import { None } from '../vm/objects/singletons.js';
import { typeError } from '../vm/objects/exceptions.js';
import { isType, typeName } from '../vm/ops/typeof.js';
import { checkArgCount, noKwargs } from '../vm/methods/args.js';
import { Code } from '../vm/code.js';
import { PyDict } from '../vm/objects/dict.js';
import type { PyType } from '../vm/objects/type.js';
import { hideImplementationNames } from '../vm/dir_hidden.js';
import { toArray } from '../vm/ops/sequence.js';
import type { ModuleInit, VM } from '../vm/vm.js';

/** Marks a code object and the code nested in it (lambdas, comprehensions, inner functions). */
function hideCode(code: Code): void {
  code.hiddenFrame = true;
  for (const c of code.co_consts) if (c instanceof Code) hideCode(c);
}

/** Marks the code behind a function, a static or class method, or a property's accessors. */
function hideCallable(o: PyObject): void {
  if (o instanceof PyFunction) hideCode(o.code);
  else if (o instanceof PyStaticMethod || o instanceof PyClassMethod) hideCallable(o.func);
  else if (o instanceof PyProperty) {
    hideCallable(o.fget);
    hideCallable(o.fset);
    hideCallable(o.fdel);
  }
}

/**
 * as_c_type(cls[, c_private]): messages name cls `module.name` from now on, its methods' frames
 * are left out of tracebacks, and dir() leaves out its implementation's names (private helpers
 * and slots, `__slots__`...: vm/dir_hidden.ts), but for `c_private`, a tuple of the private
 * names CPython's C type has too.
 */
function as_c_type(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  noKwargs('as_c_type', kwargs);
  checkArgCount('as_c_type', args, 1, 2, 0);
  const cls = args[0];
  if (!isType(cls)) throw typeError(`as_c_type() argument must be a type, not ${typeName(cls)}`);
  (cls as PyType).nameAsModuleType();
  for (const v of (cls as PyType).typeDict.values()) hideCallable(v);
  cTypeDict(cls as PyType);
  const keep = new Set<string>();
  if (args.length > 1) for (const name of toArray(vm, args[1])) if (typeof name === 'string') keep.add(name);
  hideImplementationNames(cls as PyType, keep);
  return None;
}

/**
 * A C type's instance dict is PyObject_GenericGetDict/SetDict's (functools.partial's,
 * defaultdict's): unlike a class statement's (subtype_setdict), it may not be deleted.
 */
function cTypeDict(cls: PyType): void {
  const d = cls.typeDict.get('__dict__');
  if (!(d instanceof PyGetSet) || d.owner !== cls || d.set === null) return;
  const set = d.set;
  cls.setAttr('__dict__', new PyGetSet('__dict__', cls, d.get, (vm, o, v) => {
    if (v === undefined) throw typeError('cannot delete __dict__');
    set(vm, o, v);
  }, d.doc));
}

/**
 * c_readonly_dict(cls): the instances' __dict__ is a read-only member (T_OBJECT, READONLY),
 * as types.SimpleNamespace's and a module's are: it may be neither replaced nor deleted.
 */
function c_readonly_dict(_vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  noKwargs('c_readonly_dict', kwargs);
  checkArgCount('c_readonly_dict', args, 1, 1, 0);
  const cls = args[0];
  const d = isType(cls) ? (cls as PyType).typeDict.get('__dict__') : undefined;
  if (!(d instanceof PyGetSet)) throw typeError('c_readonly_dict() argument must be a type with an instance dict');
  defReadonlyMember(cls as PyType, '__dict__', d.get);
  return None;
}

/**
 * c_immutable_type(cls): cls's attributes may no longer be set or deleted (TypeError "cannot set
 * 'x' attribute of immutable type '_io.StringIO'"), as a C type's; its subclasses' still may.
 */
function c_immutable_type(_vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  noKwargs('c_immutable_type', kwargs);
  checkArgCount('c_immutable_type', args, 1, 1, 0);
  const cls = args[0];
  if (!isType(cls)) throw typeError(`c_immutable_type() argument must be a type, not ${typeName(cls)}`);
  (cls as PyType).isImmutable = true;
  return None;
}

/**
 * as_c_function(fn): fn's frames are left out of tracebacks; given a class, its methods'
 * (a C type whose name stays as it is). Returns its argument (a decorator).
 */
function as_c_function(_vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  noKwargs('as_c_function', kwargs);
  checkArgCount('as_c_function', args, 1, 1, 0);
  const fn = args[0];
  if (isType(fn)) {
    for (const v of (fn as PyType).typeDict.values()) hideCallable(v);
    return fn;
  }
  if (!(fn instanceof PyFunction)) throw typeError(`as_c_function() argument must be a function or a class, not ${typeName(fn)}`);
  hideCallable(fn);
  return fn;
}

/**
 * as_c_module(namespace): every function of a module (its globals) and every method of the
 * classes it defines leave their frames out of tracebacks: the whole module stands for a C one.
 */
function as_c_module(_vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  noKwargs('as_c_module', kwargs);
  checkArgCount('as_c_module', args, 1, 1, 0);
  const ns = args[0];
  if (!(ns instanceof PyDict)) throw typeError(`as_c_module() argument must be a dict, not ${typeName(ns)}`);
  // What the module's own file defines: not what it imported from elsewhere.
  const file = ns.getStr('__file__');
  const own = (o: PyObject) => o instanceof PyFunction && o.code.co_filename === file;
  const ownCallable = (o: PyObject): boolean =>
    own(o) || ((o instanceof PyStaticMethod || o instanceof PyClassMethod) && own(o.func)) || (o instanceof PyProperty && own(o.fget));
  for (const v of ns.map.values()) {
    if (own(v)) hideCallable(v);
    else if (isType(v) && (v as PyType).isHeapType) {
      for (const m of (v as PyType).typeDict.values()) if (ownCallable(m)) hideCallable(m);
    }
  }
  return None;
}

/**
 * c_parse_args(cls, name): the methods of cls word their argument errors as
 * PyArg_ParseTupleAndKeywords does for the C type's: "function takes at most 2 arguments (3
 * given)" when `name` is 'function' (formats naming no function: __new__ too then), or with
 * '' each its own name, "replace() takes at most 3 arguments (4 given)". Left out: special
 * methods, methods taking no arguments (METH_NOARGS's wording, vm/bind.ts) and class or
 * static methods of one argument (METH_O's), unless named after `name` (datetime.now).
 */
function c_parse_args(_vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  noKwargs('c_parse_args', kwargs);
  checkArgCount('c_parse_args', args, 2, Infinity, 0);
  const also = args.slice(2);
  const cls = args[0];
  const name = args[1];
  if (!isType(cls) || typeof name !== 'string') throw typeError('c_parse_args() takes a type and a str');
  for (const [k, v] of (cls as PyType).typeDict) {
    if (k.startsWith('__') && !(k === '__new__' && name === 'function')) continue;
    const bound = v instanceof PyClassMethod;
    const f = v instanceof PyStaticMethod || bound ? v.func : v;
    if (!(f instanceof PyFunction)) continue;
    const nargs = f.code.co_argcount - (v instanceof PyStaticMethod ? 0 : 1);
    if (nargs > (bound || v instanceof PyStaticMethod ? 1 : 0) || (nargs === 1 && also.includes(k))) f.code.cArgsName = name;
  }
  return None;
}

/**
 * c_arg_style(cls, style, *names): the named class methods of cls word their argument errors
 * as a C function of that style does (Code.cArgsStyle): 'one' for METH_O's "date.fromtimestamp()
 * takes exactly one argument (0 given)", 'tuple' for PyArg_ParseTuple's "fromordinal() takes
 * exactly 1 argument (0 given)"; keywords are "takes no keyword arguments" for both.
 */
function c_arg_style(_vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  noKwargs('c_arg_style', kwargs);
  checkArgCount('c_arg_style', args, 3, Infinity, 0);
  const cls = args[0];
  const style = args[1];
  if (!isType(cls) || (style !== 'one' && style !== 'tuple')) throw typeError("c_arg_style() takes a type and 'one' or 'tuple'");
  for (const name of args.slice(2)) {
    const v = typeof name === 'string' ? (cls as PyType).typeDict.get(name) : undefined;
    const f = v instanceof PyClassMethod || v instanceof PyStaticMethod ? v.func : v;
    if (!(f instanceof PyFunction)) throw typeError(`c_arg_style(): no method ${String(name)}`);
    f.code.cArgsName = style === 'one' ? `${(cls as PyType).name}.${name as string}` : name as string;
    f.code.cArgsStyle = style;
  }
  return None;
}

export const init__c_type_names: ModuleInit = (_vm, m) => {
  m.dict.setStr('c_parse_args', builtin('c_parse_args', c_parse_args, '_c_type_names'));
  m.dict.setStr('c_arg_style', builtin('c_arg_style', c_arg_style, '_c_type_names'));
  m.dict.setStr('as_c_module', builtin('as_c_module', as_c_module, '_c_type_names'));
  m.dict.setStr('as_c_type', builtin('as_c_type', as_c_type, '_c_type_names'));
  m.dict.setStr('c_readonly_dict', builtin('c_readonly_dict', c_readonly_dict, '_c_type_names'));
  m.dict.setStr('c_immutable_type', builtin('c_immutable_type', c_immutable_type, '_c_type_names'));
  m.dict.setStr('as_c_function', builtin('as_c_function', as_c_function, '_c_type_names'));
};
