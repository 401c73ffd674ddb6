// Reprs and attributes of the interpreter's own types: None/NotImplemented/Ellipsis, functions and
// methods, built-in functions and descriptors, staticmethod/classmethod/property, cells, code
// objects, modules, tracebacks and frames. Generators live in generator_methods.ts.

import type { PyObject } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import {
  PyFunction, PyBuiltinFunction, PyMethodDescriptor, PyMethod, PyStaticMethod, PyClassMethod, PyProperty, PyCell,
  PyGetSet, functionType, builtinFunctionType, methodDescriptorType, wrapperDescriptorType, methodWrapperType, methodType, cellType, staticmethodType,
  classmethodType, classmethodDescriptorType, PyClassMethodDescriptor, propertyType, NativeFn, getsetType, defMethod, defGetter, isSlotWrapper,
} from '../objects/function.js';
import { None, NotImplemented, Ellipsis, noneType, notImplementedType, ellipsisType } from '../objects/singletons.js';
import { warnFromNative } from '../native_warn.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { PyModule, moduleType, pendingLazyNames } from '../objects/module.js';
import { memberDescriptorType, defReadonlyMember } from '../objects/slots.js';
import { PyBytes } from '../objects/bytes.js';
import { PyTraceback, tracebackType } from '../objects/traceback.js';
import { typeError, valueError, attributeError, notImplementedError, DeprecationWarning, PyBaseException, AttributeError } from '../objects/exceptions.js';
import { Code, codeType } from '../code.js';
import { Frame, frameType } from '../frame.js';
import { setFrameLineno } from '../frame_jump.js';
import { typeOf, argTypeName } from '../ops/typeof.js';
import { call, callMethodDescriptor } from '../ops/call.js';
import { repr, truthy, index } from '../ops/convert.js';
import { getAttrOpt, bindDescriptor, bindClassMethod, propertyError, setAttr } from '../ops/attribute.js';
import { identityHash, pyHash, strHash } from '../ops/hash.js';
import { richCompare } from '../ops/compare.js';
import { Cmp } from '../opcodes.js';
import { strRepr } from '../format/str_repr.js';
import { defNew, hexId } from './object.js';
import { installCodeLocations } from './code_locations.js';
import { codeReplace } from './code_replace.js';
import { frameClear } from './frame_clear.js';
import { builtinFunctionTextSignature, methodDescriptorTextSignature, classMethodTextSignature } from '../objects/text_signature_of.js';
import { builtinFunctionDoc, memberDoc } from '../objects/builtin_doc_of.js';
import { functionNew } from './function_new.js';
import { checkArgCount, noArgs, noKwargs, parseArgs, wrapperArgs } from './args.js';
import type { VM } from '../vm.js';
import { realNamespace } from '../namespace_mapping.js';

function funcQualname(vm: VM, f: PyObject): string {
  if (f instanceof PyFunction) return f.qualname;
  const q = getAttrOpt(vm, f, '__qualname__');
  if (typeof q === 'string') return q;
  const n = getAttrOpt(vm, f, '__name__');
  return typeof n === 'string' ? n : '?';
}

/** `<built-in method append of list object at 0x...>` and friends. */
function builtinRepr(b: PyBuiltinFunction): string {
  const owner = b.newOf ?? b.staticOf;
  if (owner !== null) return `<built-in method ${b.name} of ${typeOf(owner).tpName} object at ${hexId(owner)}>`;
  if (b.self === undefined) return `<built-in function ${b.name}>`;
  const self = b.self;
  if (b.descriptor !== null && isSlotWrapper(b.descriptor)) {
    return `<method-wrapper '${b.name}' of ${typeOf(self).tpName} object at ${hexId(self)}>`;
  }
  return `<built-in method ${b.name} of ${typeOf(self).tpName} object at ${hexId(self)}>`;
}

// meth_get__qualname__: a bound built-in is named after its self's class (self itself when a
// class), by that class's __qualname__ (`f.<locals>.S.mro`, not the descriptor's `type.mro`).
function builtinQualname(b: PyBuiltinFunction): string {
  if (b.newOf !== null) return `${b.newOf.qualname}.${b.name}`;
  if (b.staticOf !== null) return `${b.staticOf.qualname}.${b.name}`;
  if (b.self !== undefined && !(b.self instanceof PyModule)) return `${(b.self instanceof PyType ? b.self : typeOf(b.self)).qualname}.${b.name}`;
  if (b.descriptor !== null) return `${b.descriptor.owner.qualname}.${b.name}`;
  return b.name;
}

function nameSetter(what: string): (value: PyObject | undefined) => string {
  return (value) => {
    if (typeof value !== 'string') throw typeError(`${what} must be set to a string object`);
    return value;
  };
}

function installSingletons(): void {
  for (const [t, value, text] of [[noneType, None, 'None'], [notImplementedType, NotImplemented, 'NotImplemented'], [ellipsisType, Ellipsis, 'Ellipsis']] as const) {
    defNew(t, (vm, args, kwargs) => {
      if (args.length > 1 || (kwargs !== null && kwargs.size > 0)) throw typeError(`${t.name} takes no arguments`);
      return value;
    });
    defMethod(t, '__repr__', (vm, args, kwargs) => {
      wrapperArgs(args, 0, 1, kwargs, `${t.name}.__repr__`);
      return text;
    });
  }
  defMethod(noneType, '__bool__', (vm, args, kwargs) => {
    wrapperArgs(args, 0, 1, kwargs, 'wrapper __bool__');
    return false;
  });
  defMethod(notImplementedType, '__bool__', (vm, args, kwargs) => {
    wrapperArgs(args, 0, 1, kwargs, 'wrapper __bool__');
    warnFromNative(vm, DeprecationWarning, 'NotImplemented should not be used in a boolean context');
    return true;
  });
}

function installFunction(): void {
  const t = functionType;
  const self = (o: PyObject) => o as PyFunction;
  defNew(t, functionNew);
  defMethod(t, '__repr__', (vm, args) => `<function ${self(args[0]).qualname} at ${hexId(args[0])}>`);
  defMethod(t, '__call__', (vm, args, kwargs) => call(vm, args[0], args.slice(1), kwargs));
  defMethod(t, '__get__', (vm, args) => {
    checkArgCount('', args, 1, 2);
    const obj = args[1];
    return obj === None ? args[0] : new PyMethod(args[0], obj);
  });
  defGetter(t, '__name__', (vm, o) => self(o).name, (vm, o, v) => {
    self(o).name = nameSetter('__name__')(v);
  });
  defGetter(t, '__qualname__', (vm, o) => self(o).qualname, (vm, o, v) => {
    self(o).qualname = nameSetter('__qualname__')(v);
  });
  defGetter(t, '__doc__', (vm, o) => self(o).doc, (vm, o, v) => {
    self(o).doc = v ?? None;
  });
  defGetter(t, '__module__', (vm, o) => self(o).module, (vm, o, v) => {
    self(o).module = v ?? None;
  });
  defGetter(t, '__defaults__', (vm, o) => {
    // Only a function made without defaults has None: `f.__defaults__ = ()` reads back ().
    const d = self(o).defaults;
    return d === null ? None : newTuple(d);
  }, (vm, o, v) => {
    if (v === undefined || v === None) self(o).defaults = null;
    else if (v instanceof PyTuple) self(o).defaults = [...v.items];
    else throw typeError('__defaults__ must be set to a tuple object');
  });
  defGetter(t, '__kwdefaults__', (vm, o) => {
    const d = self(o).kwdefaults;
    return d === null || d.size === 0 ? None : d;
  }, (vm, o, v) => {
    if (v === undefined || v === None) self(o).kwdefaults = null;
    else if (v instanceof PyDict) self(o).kwdefaults = v;
    else throw typeError('__kwdefaults__ must be set to a dict object');
  });
  defGetter(t, '__code__', (vm, o) => self(o).code, (vm, o, v) => {
    if (!(v instanceof Code)) throw typeError('__code__ must be set to a code object');
    // The function's closure cells must line up with the new code's free variables.
    const nclosure = self(o).closure?.length ?? 0;
    if (v.co_freevars.length !== nclosure) {
      throw valueError(`${self(o).name}() requires a code object with ${nclosure} free vars, not ${v.co_freevars.length}`);
    }
    self(o).code = v;
  });
  defReadonlyMember(t, '__globals__', (vm, o) => self(o).globals);
  defReadonlyMember(t, '__builtins__', (_vm, o) => self(o).builtins);
  defReadonlyMember(t, '__closure__', (vm, o) => {
    const c = self(o).closure;
    return c === null || c.length === 0 ? None : newTuple(c);
  });
  defGetter(t, '__annotations__', (vm, o) => (self(o).annotations ??= new PyDict()), (vm, o, v) => {
    if (v === undefined || v === None) self(o).annotations = null;
    else if (v instanceof PyDict) self(o).annotations = v;
    else throw typeError('__annotations__ must be set to a dict object');
  });
}

function installMethod(): void {
  const t = methodType;
  const self = (o: PyObject) => o as PyMethod;
  defNew(t, (vm, args, kwargs) => {
    noKwargs('method', kwargs);
    checkArgCount('method', args, 2, 2);
    // PyMethod_New's check (tp_call set): a class's __call__ = None still counts.
    if (typeOf(args[1]).lookup('__call__') === undefined) throw typeError('first argument must be callable');
    if (args[2] === None) throw typeError('instance must not be None');
    return new PyMethod(args[1], args[2]);
  });
  defMethod(t, '__repr__', (vm, args) => {
    const m = self(args[0]);
    if (m.func instanceof PyBuiltinFunction && m.self instanceof PyType) {
      return `<built-in method ${m.func.name} of type object at ${hexId(m.self)}>`;
    }
    return `<bound method ${funcQualname(vm, m.func)} of ${repr(vm, m.self)}>`;
  });
  defMethod(t, '__call__', (vm, args, kwargs) => call(vm, args[0], args.slice(1), kwargs));
  // No __get__: a bound method stored on a class stays bound to its object, and
  // `m.__get__` is the function's (method_getattro), as in CPython.
  defMethod(t, '__eq__', (vm, args) => {
    const a = self(args[0]);
    const b = args[1];
    if (!(b instanceof PyMethod)) return NotImplemented;
    return a.func === b.func && a.self === b.self;
  });
  defMethod(t, '__ne__', (vm, args) => {
    const a = self(args[0]);
    const b = args[1];
    if (!(b instanceof PyMethod)) return NotImplemented;
    return !(a.func === b.func && a.self === b.self);
  });
  defMethod(t, '__hash__', (vm, args) => {
    const m = self(args[0]);
    const fh = typeof m.func === 'object' ? identityHash(m.func) : 0;
    const sh = typeof m.self === 'object' ? identityHash(m.self) : 0;
    return (fh ^ sh) | 0;
  });
  // Attributes the method type lacks are the function's (method_getattro): a decorator's marks on it.
  t.getattro = ((vm: VM, o: PyObject, name: string): PyObject | undefined => {
    // A method has no __dict__ of its own: it is the function's.
    const descr = name === '__dict__' ? undefined : t.lookup(name);
    if (descr !== undefined) return bindDescriptor(vm, descr, o, t);
    const func = self(o).func;
    const v = getAttrOpt(vm, func, name);
    if (v === undefined) throw attributeError(`'${typeOf(func).name}' object has no attribute '${name}'`);
    return v;
  }) as never;
  defReadonlyMember(t, '__func__', (vm, o) => self(o).func);
  defReadonlyMember(t, '__self__', (vm, o) => self(o).self);
  // __doc__ is the method type's own (method_getset); __name__, __qualname__, __module__... are
  // the function's, through getattro above.
  for (const name of ['__doc__']) {
    defGetter(t, name, (vm, o) => {
      const v = getAttrOpt(vm, self(o).func, name);
      if (v === undefined) throw attributeError(`'method' object has no attribute '${name}'`);
      return v;
    });
  }
}

function installBuiltins(): void {
  // A method-wrapper is a bound built-in method under another type name (and no __module__).
  for (const t of [builtinFunctionType, methodWrapperType]) installBuiltinMethods(t);
  for (const d of [methodDescriptorType, wrapperDescriptorType]) installMethodDescriptorMethods(d);
  installGetSetMethods(getsetType, 'attribute');
  // A member descriptor (__slots__) is a getset descriptor with its own type name and repr.
  installGetSetMethods(memberDescriptorType, 'member');
}

/** The methods of builtin_function_or_method and method-wrapper. */
function installBuiltinMethods(t: PyType): void {
  const self = (o: PyObject) => o as PyBuiltinFunction;
  defMethod(t, '__repr__', (vm, args) => builtinRepr(self(args[0])));
  defMethod(t, '__call__', (vm, args, kwargs) => call(vm, args[0], args.slice(1), kwargs));
  defMethod(t, '__eq__', (vm, args) => {
    const a = self(args[0]);
    const b = args[1];
    if (!(b instanceof PyBuiltinFunction)) return NotImplemented;
    return a === b || (a.fn === b.fn && a.self === b.self && a.name === b.name);
  });
  // Equal methods (same function, same self) hash alike, as CPython's meth_hash and wrapper_hash.
  defMethod(t, '__hash__', (vm, args) => {
    const b = self(args[0]);
    if (b.self === undefined) return identityHash(b);
    const selfHash = typeof b.self === 'object' ? identityHash(b.self) : Number(BigInt.asIntN(32, BigInt(pyHash(vm, b.self))));
    return (selfHash ^ Number(BigInt.asIntN(32, BigInt(strHash(b.name))))) | 0;
  });
  defGetter(t, '__name__', (vm, o) => self(o).name);
  defGetter(t, '__qualname__', (vm, o) => builtinQualname(self(o)));
  defGetter(t, '__self__', (vm, o) => {
    const b = self(o);
    if (b.self !== undefined) return b.self;
    if (b.newOf !== null) return b.newOf;
    return b.module !== null ? (vm.modules.getStr(b.module) ?? None) : None;
  });
  if (t === builtinFunctionType) defGetter(t, '__module__', (vm, o) => (self(o).self === undefined ? (self(o).module ?? None) : None));
  else defGetter(t, '__objclass__', (vm, o) => self(o).descriptor!.owner);
  defGetter(t, '__doc__', (vm, o) => builtinFunctionDoc(self(o)));
  defGetter(t, '__text_signature__', (vm, o) => builtinFunctionTextSignature(self(o)));
}

/** The methods of method_descriptor and wrapper_descriptor (a slot's). */
function installMethodDescriptorMethods(d: PyType): void {
  const ds = (o: PyObject) => o as PyMethodDescriptor;
  defMethod(d, '__repr__', (vm, args) => {
    const m = ds(args[0]);
    // The owner as its tp_name: qualified by the module for types outside builtins ('_lsprof.Profiler').
    const owner = m.owner.module === 'builtins' ? m.owner.name : `${m.owner.module}.${m.owner.name}`;
    return isSlotWrapper(m) ? `<slot wrapper '${m.name}' of '${owner}' objects>` : `<method '${m.name}' of '${owner}' objects>`;
  });
  defMethod(d, '__call__', (vm, args, kwargs) => callMethodDescriptor(vm, ds(args[0]), args.slice(1), kwargs));
  defMethod(d, '__get__', (vm, args) => {
    checkArgCount('', args, 1, 2);
    const m = ds(args[0]);
    return args[1] === None ? m : bindDescriptor(vm, m, args[1], m.owner);
  });
  defGetter(d, '__name__', (vm, o) => ds(o).name);
  defGetter(d, '__qualname__', (vm, o) => `${ds(o).owner.name}.${ds(o).name}`);
  defGetter(d, '__objclass__', (vm, o) => ds(o).owner);
  defGetter(d, '__doc__', (vm, o) => memberDoc(ds(o).owner, ds(o).name));
  defGetter(d, '__text_signature__', (vm, o) => methodDescriptorTextSignature(ds(o)));
}

/** The methods of getset_descriptor and member_descriptor (`word` is how the repr names them). */
function installGetSetMethods(g: PyType, word: string): void {
  const gs = (o: PyObject) => o as PyGetSet;
  defMethod(g, '__repr__', (vm, args) => `<${word} '${gs(args[0]).name}' of '${gs(args[0]).owner.tpName}' objects>`);
  defMethod(g, '__get__', (vm, args) => {
    checkArgCount('', args, 1, 2);
    if (args[1] === None) return args[0];
    checkApplies(gs(args[0]), args[1]);
    return gs(args[0]).get(vm, args[1]);
  });
  defMethod(g, '__set__', (vm, args) => {
    checkArgCount('', args, 2, 2);
    const s = gs(args[0]);
    checkApplies(s, args[1]);
    if (s.set === null) throw attributeError(`attribute '${s.name}' of '${s.owner.tpName}' objects is not writable`);
    s.set(vm, args[1], args[2]);
    return None;
  });
  defMethod(g, '__delete__', (vm, args) => {
    wrapperArgs(args, 1);
    const s = gs(args[0]);
    checkApplies(s, args[1]);
    if (s.set === null) throw attributeError(`attribute '${s.name}' of '${s.owner.tpName}' objects is not writable`);
    s.set(vm, args[1], undefined);
    return None;
  });
  defGetter(g, '__name__', (vm, o) => gs(o).name);
  defGetter(g, '__qualname__', (vm, o) => `${gs(o).owner.name}.${gs(o).name}`);
  defGetter(g, '__objclass__', (vm, o) => gs(o).owner);
  defGetter(g, '__doc__', (vm, o) => gs(o).doc ?? memberDoc(gs(o).owner, gs(o).name));
}

/** descr_check: a descriptor of class C works only on instances of C. */
function checkApplies(d: PyGetSet, o: PyObject): void {
  if (!typeOf(o).isSubtypeOf(d.owner)) {
    throw typeError(`descriptor '${d.name}' for '${d.owner.tpName}' objects doesn't apply to a '${typeOf(o).tpName}' object`);
  }
}

/**
 * staticmethod(f) and classmethod(f) take f's name, qualname, doc, module and annotations into
 * their own __dict__ (3.10's functools_wraps), so they read like f; an implicit one (a class
 * body's __new__) has none of them.
 */
function copyWrappedAttrs(vm: VM, sm: PyStaticMethod | PyClassMethod, func: PyObject): void {
  for (const attr of ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']) {
    let v: PyObject | undefined;
    try {
      v = getAttrOpt(vm, func, attr);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtypeOf(AttributeError)) continue;
      throw e;
    }
    if (v === undefined) continue;
    sm.dict ??= new PyDict();
    sm.dict.setStr(attr, v);
  }
}

function installStaticClassMethod(): void {
  for (const [t, name] of [[staticmethodType, 'staticmethod'], [classmethodType, 'classmethod']] as const) {
    const fn = (o: PyObject) => (o as PyStaticMethod | PyClassMethod).func;
    defMethod(t, '__init__', (vm, args, kwargs) => {
      noKwargs(name, kwargs);
      checkArgCount(name, args, 1, 1);
      const sm = args[0] as PyStaticMethod | PyClassMethod;
      sm.func = args[1];
      copyWrappedAttrs(vm, sm, args[1]);
      return None;
    });
    defMethod(t, '__repr__', (vm, args) => `<${name}(${repr(vm, fn(args[0]))})>`);
    defReadonlyMember(t, '__func__', (vm, o) => fn(o));
    defReadonlyMember(t, '__wrapped__', (vm, o) => fn(o));
    defGetter(t, '__isabstractmethod__', (vm, o) => {
      const v = getAttrOpt(vm, fn(o), '__isabstractmethod__');
      return v !== undefined && truthy(vm, v);
    });
  }
  defMethod(classmethodDescriptorType, '__repr__', (vm, args) => {
    const d = args[0] as PyClassMethodDescriptor;
    return `<method '${(d.func as PyBuiltinFunction).name}' of '${d.owner.tpName}' objects>`;
  });
  defMethod(staticmethodType, '__get__', (vm, args) => {
    checkArgCount('', args, 1, 2);
    return (args[0] as PyStaticMethod).func;
  });
  defMethod(staticmethodType, '__call__', (vm, args, kwargs) => call(vm, (args[0] as PyStaticMethod).func, args.slice(1), kwargs));
  const classmethodGet: NativeFn = (vm, args) => {
    checkArgCount('', args, 1, 2);
    const cls = args.length > 2 && args[2] !== None ? args[2] : typeOf(args[1]);
    const d = args[0];
    // A built-in class method binds only to its type's subclasses (classmethod_get).
    if (d instanceof PyClassMethodDescriptor) {
      const name = ((d.func as PyBuiltinFunction).name);
      if (!(cls instanceof PyType)) throw typeError(`descriptor '${name}' for type '${d.owner.tpName}' needs a type, not a '${typeOf(cls).tpName}' as arg 2`);
      if (!cls.isSubtypeOf(d.owner)) throw typeError(`descriptor '${name}' requires a subtype of '${d.owner.tpName}' but received '${cls.tpName}'`);
    }
    if (cls instanceof PyType) return bindClassMethod(vm, args[0] as PyClassMethod, cls);
    return new PyMethod((args[0] as PyClassMethod).func, cls);
  };
  defMethod(classmethodType, '__get__', classmethodGet);
  defMethod(classmethodDescriptorType, '__get__', classmethodGet);
  // vars(dict)['fromkeys'](dict, ...): the class comes first (classmethoddescr_call).
  defMethod(classmethodDescriptorType, '__call__', (vm, args, kwargs) => {
    const d = args[0] as PyClassMethodDescriptor;
    const name = builtinName(d);
    const owner = d.owner.tpName;
    if (args.length < 2) throw typeError(`descriptor '${name}' of '${owner}' object needs an argument`);
    const cls = args[1];
    if (!(cls instanceof PyType)) throw typeError(`descriptor '${name}' for type '${owner}' needs a type, not a '${typeOf(cls).tpName}' as arg 2`);
    if (!cls.isSubtypeOf(d.owner)) throw typeError(`descriptor '${name}' requires a subtype of '${owner}' but received '${cls.tpName}'`);
    return call(vm, bindClassMethod(vm, d, cls), args.slice(2), kwargs);
  });
  const builtinName = (o: PyObject) => ((o as PyClassMethodDescriptor).func as PyBuiltinFunction).name;
  defGetter(classmethodDescriptorType, '__name__', (vm, o) => builtinName(o));
  defGetter(classmethodDescriptorType, '__qualname__', (vm, o) => `${(o as PyClassMethodDescriptor).owner.name}.${builtinName(o)}`);
  defGetter(classmethodDescriptorType, '__objclass__', (vm, o) => (o as PyClassMethodDescriptor).owner);
  defGetter(classmethodDescriptorType, '__doc__', (vm, o) => memberDoc((o as PyClassMethodDescriptor).owner, builtinName(o)));
  defGetter(classmethodDescriptorType, '__text_signature__', (vm, o) => {
    const d = o as PyClassMethodDescriptor;
    return classMethodTextSignature(d.owner, builtinName(o));
  });
}

/** Properties that took their doc from the getter. */
const getterDoc = new WeakSet<PyProperty>();

function propertyCopy(vm: VM, old: PyProperty, fget: PyObject, fset: PyObject, fdel: PyObject): PyObject {
  // A doc taken from the old getter is taken again from the new one (property_copy).
  const doc = getterDoc.has(old) && fget !== None ? None : old.doc;
  const t = typeOf(old);
  let np: PyObject;
  if (t === propertyType) {
    np = new PyProperty(fget, fset, fdel, None);
    initProperty(vm, np as PyProperty, fget, fset, fdel, doc);
  } else np = call(vm, t, [fget, fset, fdel, doc]);
  if (np instanceof PyProperty) np.name = old.name;
  return np;
}

function initProperty(vm: VM, p: PyProperty, fget: PyObject, fset: PyObject, fdel: PyObject, doc: PyObject): void {
  p.fget = fget;
  p.fset = fset;
  p.fdel = fdel;
  p.doc = doc;
  getterDoc.delete(p);
  if (doc === None && fget !== None) {
    const d = getAttrOpt(vm, fget, '__doc__');
    if (d === undefined) return;
    // 3.11: a subclass's instance keeps the getter's doc in its own __dict__, where reads find
    // it before the subclass's own __doc__ (which hides property's); without a dict that fails.
    if (typeOf(p) === propertyType) p.doc = d;
    else setAttr(vm, p, '__doc__', d);
    getterDoc.add(p);
  }
}

function installProperty(): void {
  const t = propertyType;
  const self = (o: PyObject) => o as PyProperty;
  defMethod(t, '__init__', (vm, args, kwargs) => {
    const [fget, fset, fdel, doc] = parseArgs('property', args, kwargs, { names: ['fget', 'fset', 'fdel', 'doc'] });
    initProperty(vm, self(args[0]), fget ?? None, fset ?? None, fdel ?? None, doc ?? None);
    return None;
  });
  defMethod(t, '__get__', (vm, args) => {
    checkArgCount('', args, 1, 2);
    const p = self(args[0]);
    const obj = args[1];
    if (obj === None) return p;
    if (p.fget === None) throw propertyError(p, obj, 'getter');
    return call(vm, p.fget, [obj]);
  });
  defMethod(t, '__set__', (vm, args) => {
    checkArgCount('', args, 2, 2);
    const p = self(args[0]);
    if (p.fset === None) throw propertyError(p, args[1], 'setter');
    call(vm, p.fset, [args[1], args[2]]);
    return None;
  });
  defMethod(t, '__delete__', (vm, args) => {
    wrapperArgs(args, 1);
    const p = self(args[0]);
    if (p.fdel === None) throw propertyError(p, args[1], 'deleter');
    call(vm, p.fdel, [args[1]]);
    return None;
  });
  defMethod(t, '__set_name__', (vm, args) => {
    if (args.length !== 3) throw typeError(`__set_name__() takes 2 positional arguments but ${args.length - 1} were given`);
    if (typeof args[2] === 'string') self(args[0]).name = args[2];
    return None;
  });
  defMethod(t, 'getter', (vm, args) => propertyCopy(vm, self(args[0]), args[1], self(args[0]).fset, self(args[0]).fdel));
  defMethod(t, 'setter', (vm, args) => propertyCopy(vm, self(args[0]), self(args[0]).fget, args[1], self(args[0]).fdel));
  defMethod(t, 'deleter', (vm, args) => propertyCopy(vm, self(args[0]), self(args[0]).fget, self(args[0]).fset, args[1]));
  defReadonlyMember(t, 'fget', (vm, o) => self(o).fget);
  defReadonlyMember(t, 'fset', (vm, o) => self(o).fset);
  defReadonlyMember(t, 'fdel', (vm, o) => self(o).fdel);
  defGetter(t, '__doc__', (vm, o) => self(o).doc, (vm, o, v) => {
    self(o).doc = v ?? None;
    getterDoc.delete(self(o));
  });
  defGetter(t, '__isabstractmethod__', (vm, o) => {
    for (const f of [self(o).fget, self(o).fset, self(o).fdel]) {
      const v = f === None ? undefined : getAttrOpt(vm, f, '__isabstractmethod__');
      if (v !== undefined && truthy(vm, v)) return true;
    }
    return false;
  });
}

function installCell(): void {
  const t = cellType;
  const self = (o: PyObject) => o as PyCell;
  defNew(t, (vm, args) => {
    checkArgCount('cell', args, 0, 1);
    return new PyCell(args.length > 1 ? args[1] : undefined);
  });
  defMethod(t, '__repr__', (vm, args) => {
    const c = self(args[0]);
    if (c.ref === undefined) return `<cell at ${hexId(c)}: empty>`;
    return `<cell at ${hexId(c)}: ${typeOf(c.ref).tpName} object at ${hexId(c.ref)}>`;
  });
  // cell_richcompare: cells compare by their contents; an empty cell comes before any other.
  const ops: [string, Cmp][] = [['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ], ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE]];
  for (const [name, op] of ops) {
    defMethod(t, name, (vm, args) => {
      checkArgCount(name, args, 1, 1);
      const b = args[1];
      if (!(b instanceof PyCell)) return NotImplemented;
      const x = self(args[0]).ref;
      const y = b.ref;
      if (x !== undefined && y !== undefined) return richCompare(vm, x, y, op);
      return richCompare(vm, y === undefined ? 1 : 0, x === undefined ? 1 : 0, op);
    });
  }
  t.setAttr('__hash__', None);
  defGetter(t, 'cell_contents', (vm, o) => {
    const v = self(o).ref;
    if (v === undefined) throw valueError('Cell is empty');
    return v;
  }, (vm, o, v) => {
    self(o).ref = v;
  });
}

function installCode(): void {
  const t = codeType;
  const c = (o: PyObject) => o as Code;
  // tpy's code objects hold tpy's own instructions, not CPython's bytecode.
  defNew(t, () => {
    throw notImplementedError("tpy cannot make a code object from CPython's bytecode (types.CodeType()); use compile() or code.replace()");
  });
  defMethod(t, '__repr__', (vm, args) => {
    const code = c(args[0]);
    return `<code object ${code.co_name} at ${hexId(code)}, file "${code.co_filename}", line ${code.co_firstlineno}>`;
  });
  const strs = (a: string[]) => newTuple([...a]);
  const getters: [string, (code: Code) => PyObject][] = [
    ['co_argcount', (x) => x.co_argcount], ['co_posonlyargcount', (x) => x.co_posonlyargcount],
    ['co_kwonlyargcount', (x) => x.co_kwonlyargcount], ['co_nlocals', (x) => x.co_nlocals],
    ['co_stacksize', (x) => x.co_stacksize], ['co_flags', (x) => x.co_flags],
    ['co_code', (x) => new PyBytes(x.co_code.slice())], ['co_consts', (x) => newTuple([...x.co_consts])],
    ['co_names', (x) => strs(x.co_names)], ['co_varnames', (x) => strs(x.co_varnames)],
    ['co_freevars', (x) => strs(x.co_freevars)], ['co_cellvars', (x) => strs(x.co_cellvars)],
    ['co_filename', (x) => x.co_filename], ['co_name', (x) => x.co_name], ['co_qualname', (x) => x.co_qualname],
    ['co_firstlineno', (x) => x.co_firstlineno],
  ];
  // co_code and the name tuples are computed (getset descriptors); the rest are READONLY members.
  const computed = new Set(['co_code', 'co_varnames', 'co_freevars', 'co_cellvars']);
  for (const [name, get] of getters) (computed.has(name) ? defGetter : defReadonlyMember)(t, name, (vm, o) => get(c(o)));
  installCodeLocations(t);
  defMethod(t, 'replace', (vm, args, kwargs) => codeReplace(vm, c(args[0]), args, kwargs));
  defMethod(t, '__eq__', (vm, args) => args[0] === args[1] || NotImplemented);
  defMethod(t, '__hash__', (vm, args) => identityHash(c(args[0])));
}

/** `<module 'm' from 'path'>`, `<module 'sys' (built-in)>` or `<module 'm'>`. */
export function moduleRepr(vm: VM, m: PyModule): string {
  const nameObj = m.dict.getStr('__name__');
  const name = typeof nameObj === 'string' ? nameObj : '?';
  const file = m.dict.getStr('__file__');
  if (typeof file === 'string') return `<module ${strRepr(name)} from ${strRepr(file)}>`;
  if (vm.nativeModules.has(name) && vm.modules.getStr(name) === m) return `<module ${strRepr(name)} (built-in)>`;
  return `<module ${strRepr(name)}>`;
}

function installModule(): void {
  const t = moduleType;
  defMethod(t, '__init__', (vm, args, kwargs) => {
    const [name, doc] = parseArgs('module', args, kwargs, { names: ['name', 'doc'], required: 1 });
    if (typeof name !== 'string') throw typeError(`module() argument 'name' must be str, not ${argTypeName(name!)}`);
    const m = args[0] as PyModule;
    m.dict.setStr('__name__', name);
    m.dict.setStr('__doc__', doc ?? None);
    return None;
  });
  defMethod(t, '__repr__', (vm, args) => moduleRepr(vm, args[0] as PyModule));
  // module.__annotations__ lives in the module's dict, made empty there on first read (3.10+).
  defGetter(t, '__annotations__', (vm, o) => {
    const d = (o as PyModule).dict;
    let a = d.getStr('__annotations__');
    if (a === undefined) d.setStr('__annotations__', a = new PyDict());
    return a;
  }, (vm, o, v) => {
    const d = (o as PyModule).dict;
    if (v !== undefined) d.setStr('__annotations__', v);
    else if (d.getStr('__annotations__') !== undefined) d.deleteStr('__annotations__');
    else throw attributeError('__annotations__');
  });
  // A module's dict, with the names its native code makes lazily made now (vars(sys) lists them).
  defReadonlyMember(t, '__dict__', (vm, o) => {
    const d = (o as PyModule).dict;
    pendingLazyNames.get(d)?.(vm);
    return d;
  });
  // module_dir: a module's own __dir__ function (PEP 562) answers, else its __dict__'s keys.
  defMethod(t, '__dir__', (vm, args) => {
    // The dict as it is: a lazy module's __dir__ lists its names without making them. A subclass
    // whose class redefines __dict__ answers through it, as PyObject_GetAttr does.
    const self = args[0];
    const ownDict = self instanceof PyModule && typeOf(self).lookup('__dict__') === t.typeDict.get('__dict__');
    const d = ownDict ? (self as PyModule).dict : getAttrOpt(vm, self, '__dict__');
    if (!(d instanceof PyDict)) throw typeError('<module>.__dict__ is not a dictionary');
    const dirFn = d.getStr('__dir__');
    if (dirFn !== undefined) return call(vm, dirFn, []);
    return new PyList([...d.keys()]);
  });
}

/**
 * A frame's locals as a dict (PyFrame_FastToLocals): function frames copy their
 * stack slots and cells into one dict kept on the frame, refreshed on each read,
 * so `frame.f_locals is frame.f_locals` as in CPython.
 */
export function frameLocals(vm: VM, f: Frame): PyDict {
  if (f.f_locals !== null) return f.f_locals;
  const d = f.localsDict ??= new PyDict();
  const code = f.f_code;
  const slots = f.saved ?? f.exitedLocals;
  const put = (name: string, v: PyObject | undefined) => {
    if (v !== undefined) d.setStr(name, v);
    else if (d.getStr(name) !== undefined) d.deleteStr(name);
  };
  for (let i = 0; i < code.co_nlocals; i++) put(code.co_varnames[i], slots !== null ? slots[i] : vm.stack[f.base + i]);
  const cellNames = [...code.co_cellvars, ...code.co_freevars];
  if (f.cells !== null) cellNames.forEach((name, i) => put(name, f.cells![i]?.ref));
  return d;
}

function installFrameAndTraceback(): void {
  const t = frameType;
  const f = (o: PyObject) => o as Frame;
  defMethod(t, '__repr__', (vm, args) => {
    const fr = f(args[0]);
    return `<frame at ${hexId(fr)}, file ${strRepr(fr.f_code.co_filename)}, line ${fr.f_lineno}, code ${fr.f_code.co_name}>`;
  });
  defGetter(t, 'f_code', (vm, o) => f(o).f_code);
  defGetter(t, 'f_lineno', (vm, o) => {
    const fr = f(o);
    return fr.f_lasti >= 0 && fr.f_code.hasNoLine(fr.f_lasti) ? None : fr.f_lineno;
  }, (vm, o, v) => setFrameLineno(vm, f(o), v));
  // -2 inside tpy for a frame at its entry, where 3.11's stands at its RESUME, offset 0 or more.
  defGetter(t, 'f_lasti', (vm, o) => Math.max(0, f(o).f_lasti));
  defGetter(t, 'f_back', (vm, o) => {
    const back = f(o).f_back;
    if (back === null) return None;
    back.escape();
    return back;
  });
  defGetter(t, 'f_trace_lines', (vm, o) => f(o).traceLines, (vm, o, v) => {
    f(o).traceLines = v === undefined ? true : truthy(vm, v);
  });
  defGetter(t, 'f_trace_opcodes', (vm, o) => f(o).traceOpcodes, (vm, o, v) => {
    f(o).traceOpcodes = v === undefined ? false : truthy(vm, v);
  });
  defGetter(t, 'f_globals', (vm, o) => f(o).f_globals);
  defGetter(t, 'f_builtins', (vm, o) => f(o).f_builtins);
  defGetter(t, 'f_locals', (vm, o) => realNamespace(frameLocals(vm, f(o))));
  defGetter(t, 'f_trace', (vm, o) => f(o).f_trace ?? None, (vm, o, v) => {
    f(o).f_trace = v === undefined || v === None ? null : v;
  });
  defMethod(t, 'clear', (vm, args, kwargs) => {
    noArgs('frame.clear', args, kwargs);
    return frameClear(vm, f(args[0]));
  });

  const tb = tracebackType;
  const tt = (o: PyObject) => o as PyTraceback;
  // TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno): libraries rewrite tracebacks with it.
  defNew(tb, (vm, args, kwargs) => {
    const [next, frame, lasti, lineno] = parseArgs('TracebackType', args, kwargs,
      { names: ['tb_next', 'tb_frame', 'tb_lasti', 'tb_lineno'], required: 4 });
    if (next !== None && !(next instanceof PyTraceback)) throw typeError(`expected traceback object or None, got '${typeOf(next!).tpName}'`);
    if (!(frame instanceof Frame)) throw typeError(`TracebackType() argument 'tb_frame' must be frame, not ${argTypeName(frame!)}`);
    return new PyTraceback(next instanceof PyTraceback ? next : null, frame, Number(index(vm, lasti!)), Number(index(vm, lineno!)));
  });
  defGetter(tb, 'tb_next', (vm, o) => tt(o).tb_next ?? None, (vm, o, v) => {
    if (v === undefined) throw typeError("can't delete tb_next attribute");
    if (v !== None && !(v instanceof PyTraceback)) throw typeError(`expected traceback object, got '${typeOf(v).tpName}'`);
    // A chain through this entry would never end (traceback printing walks tb_next).
    for (let t = v instanceof PyTraceback ? v : null; t !== null; t = t.tb_next) {
      if (t === o) throw valueError('traceback loop detected');
    }
    tt(o).tb_next = v instanceof PyTraceback ? v : null;
  });
  // tb_dir: a traceback lists only its four attributes.
  defMethod(tb, '__dir__', (vm, args, kwargs) => {
    noArgs('traceback.__dir__', args, kwargs);
    return new PyList(['tb_frame', 'tb_next', 'tb_lasti', 'tb_lineno']);
  });
  defReadonlyMember(tb, 'tb_frame', (vm, o) => tt(o).tb_frame);
  defGetter(tb, 'tb_lineno', (vm, o) => tt(o).tb_lineno);
  defReadonlyMember(tb, 'tb_lasti', (vm, o) => Math.max(0, tt(o).tb_lasti));
}

let installed = false;

export function installMiscMethods(): void {
  if (installed) return;
  installed = true;
  installSingletons();
  installFunction();
  installMethod();
  installBuiltins();
  installStaticClassMethod();
  installProperty();
  installCell();
  installCode();
  installModule();
  installFrameAndTraceback();
}

