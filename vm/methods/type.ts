// The methods of `type`: repr, the class attributes (__name__, __mro__, __dict__...), mro(), calling and type(name, bases, ns).

import { typeTextSignature } from '../objects/text_signature_of.js';
import { nativeTypeDoc } from '../objects/builtin_doc_of.js';
import type { PyObject } from '../objects/object.js';
import { PyType, typeType } from '../objects/type.js';
import { PyGetSet, defMethod, defGetter, NativeFn } from '../objects/function.js';
import { None } from '../objects/singletons.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { typeError, attributeError, valueError, PyBaseException, AttributeError } from '../objects/exceptions.js';
import { typeOf, argTypeName } from '../ops/typeof.js';
import { call, callType } from '../ops/call.js';
import { getAttr, getAttrOpt, setAttr, typeSetAttr, bindDescriptor, typeGetAttributeOf } from '../ops/attribute.js';
import { strVal } from '../objects/str.js';
import { calculateMetaclass, createClass, checkUtf8Encodable } from '../build_class.js';
import { defNew, defClassMethod, typeModule, classAttributeNames, attrName, readsClassesThroughHook, mergeClassNames } from './object.js';
import { checkArgs, noArgs, noKwargs, oneArg, wrapperArgs } from './args.js';
import { PyMappingProxy } from './mappingproxy.js';
import type { VM } from '../vm.js';
import { abstractMethodsChanged } from '../abstract_types.js';
import { setTypeBases, bestBase } from '../type_bases.js';
import { defReadonlyMember } from '../objects/slots.js';
import { abstractBases, abstractIsSubclass } from '../ops/abstract_class.js';

/** The receiver of a type method, with the descriptor check CPython applies. */
function selfType(args: PyObject[], name: string): PyType {
  const t = args[0];
  if (!(t instanceof PyType)) throw typeError(`descriptor '${name}' requires a 'type' object but received a '${typeOf(t).tpName}'`);
  return t;
}

function asType(o: PyObject): PyType {
  return o as PyType;
}

/** `<class 'mod.Qual'>`, the module left out for builtins. */
export function typeRepr(t: PyType): string {
  const m = typeModule(t);
  return m !== null && m !== 'builtins' ? `<class '${m}.${t.qualname}'>` : `<class '${t.qualname}'>`;
}

function setNameAttr(what: '__name__' | '__qualname__') {
  return (vm: VM, o: PyObject, value: PyObject | undefined): void => {
    const t = asType(o);
    if (!t.isHeapType || t.isImmutable) throw typeError(`cannot set '${what}' attribute of immutable type '${t.tpName}'`);
    if (value === undefined) throw typeError(`cannot delete '${what}' attribute of immutable type '${t.tpName}'`);
    // DIVERGENCE: a str subclass instance is kept as its text (CPython keeps the object itself).
    const text = strVal(value);
    if (text === undefined) throw typeError(`can only assign string to ${t.name}.${what}, not '${typeOf(value).tpName}'`);
    if (what === '__name__') {
      if (text.includes('\0')) throw valueError('type name must not contain null characters');
      checkUtf8Encodable(text);
      t.name = text;
    } else t.qualname = text;
  };
}

/** isinstance(inst, cls) for a plain class: the type of inst, or its __class__, is a subclass. */
export function typeInstanceCheck(vm: VM, cls: PyType, inst: PyObject): boolean {
  if (typeOf(inst).isSubtypeOf(cls)) return true;
  if (typeof inst === 'object') {
    // _PyObject_LookupAttr: only an AttributeError means "no __class__"; any other error propagates.
    let c: PyObject;
    try {
      c = getAttr(vm, inst, '__class__');
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtypeOf(AttributeError)) return false;
      throw e;
    }
    if (c !== typeOf(inst) && c instanceof PyType) return c.isSubtypeOf(cls);
  }
  return false;
}

const type_new: NativeFn = (vm, args, kwargs) => {
  if (args.length === 0) throw typeError('type.__new__(): not enough arguments');
  const meta = args[0];
  if (!(meta instanceof PyType)) throw typeError(`type.__new__(X): X is not a type object (${typeOf(meta).tpName})`);
  if (!meta.isSubtypeOf(typeType)) throw typeError(`type.__new__(${meta.name}): ${meta.name} is not a subtype of type`);
  if (args.length !== 4) throw typeError(`type.__new__() takes exactly 3 arguments (${args.length - 1} given)`);
  const [, nameObj, bases, ns] = args;
  // A str subclass instance names the class by its text (CPython's "U" format takes one).
  const name = strVal(nameObj);
  if (name === undefined) throw typeError(`type.__new__() argument 1 must be str, not ${argTypeName(nameObj)}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${argTypeName(bases)}`);
  if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${argTypeName(ns)}`);
  // The metaclasses are reconciled first (`type('X', (1,), {})` is a metaclass conflict); a more
  // derived metaclass among the bases' makes the class (type('D', (A,), {}) is A's metaclass's),
  // through its own __new__ when it has one (only __new__: the caller, type.__call__, runs the
  // __init__ of the class that comes back).
  // type_new_get_bases: a base needing PEP 560 resolution is refused before anything else.
  for (const b of bases.items) {
    if (!(b instanceof PyType) && getAttrOpt(vm, b, '__mro_entries__') !== undefined) {
      throw typeError("type() doesn't support MRO entry resolution; use types.new_class()");
    }
  }
  const winner = calculateMetaclass(meta, bases.items);
  if (winner !== meta && winner.lookup('__new__') !== typeType.lookup('__new__')) {
    return call(vm, getAttr(vm, winner, '__new__'), [winner, nameObj, bases, ns], kwargs);
  }
  return createClass(vm, winner, name, bases, ns, kwargs);
};

/** Docstrings of built-in types whose dict holds the __doc__ getter instead (type itself). */
const nativeDocs = new WeakMap<PyType, string>();

const VARSIZE_ITEMS = new Map<string, number>([
  ['int', 4], ['bytes', 1], ['tuple', 8], ['memoryview', 8], ['type', 40], ['code', 2], ['generator', 8],
  ['coroutine', 8], ['async_generator', 8], ['frame', 8],
]);

let installed = false;

export function installTypeMethods(): void {
  if (installed) return;
  installed = true;
  defNew(typeType, type_new);
  // type(x): callType's one-argument case.
  typeType.call1 = (_vm, x) => typeOf(x);
  defMethod(typeType, '__init__', (vm, args) => {
    selfType(args, '__init__');
    const n = args.length - 1;
    if (n !== 1 && n !== 3) throw typeError('type.__init__() takes 1 or 3 arguments');
    return None;
  });
  defMethod(typeType, '__repr__', (vm, args, kwargs) => {
    wrapperArgs(args, 0, 1, kwargs, 'type.__repr__');
    return typeRepr(selfType(args, '__repr__'));
  });
  defMethod(typeType, '__call__', (vm, args, kwargs) => {
    const t = selfType(args, '__call__');
    return callType(vm, t, args.slice(1), kwargs);
  });
  defMethod(typeType, '__getattribute__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, 'type.__getattribute__');
    const t = selfType(args, '__getattribute__');
    return typeGetAttributeOf(vm, t, attrName(args[1]));
  });
  // Named after the class they are called on (`int.mro()`), as CPython's bound built-ins are.
  defMethod(typeType, 'mro', (vm, args, kwargs) => {
    const t = selfType(args, 'mro');
    noArgs(`${t.qualname}.mro`, args, kwargs);
    return new PyList([...t.mro]);
  });
  defMethod(typeType, '__subclasses__', (vm, args, kwargs) => {
    const t = selfType(args, '__subclasses__');
    noArgs(`${t.qualname}.__subclasses__`, args, kwargs);
    return new PyList([...t.subclasses]);
  });
  defMethod(typeType, '__instancecheck__', (vm, args, kwargs) => {
    const inst = oneArg('type.__instancecheck__', args, kwargs);
    return typeInstanceCheck(vm, selfType(args, '__instancecheck__'), inst);
  });
  defMethod(typeType, '__subclasscheck__', (vm, args, kwargs) => {
    const sub = oneArg('type.__subclasscheck__', args, kwargs);
    const t = selfType(args, '__subclasscheck__');
    if (sub instanceof PyType) return sub.isSubtypeOf(t);
    // An object with a __bases__ tuple passes for a class (recursive_issubclass).
    if (abstractBases(vm, sub) === undefined) throw typeError('issubclass() arg 1 must be a class');
    return abstractIsSubclass(vm, sub, t);
  });
  defMethod(typeType, '__dir__', (vm, args) => {
    const t = selfType(args, '__dir__');
    if (readsClassesThroughHook(t)) {
      const merged = new Set<string>();
      mergeClassNames(vm, merged, t);
      return new PyList([...merged]);
    }
    const names = classAttributeNames(t);
    // The metatype's attributes are not listed (dir(A) shows what A's instances see), but a
    // class always has __dict__ itself.
    if (!t.hasInstanceDict && t.isHeapType && t.slotCount === 0 && !t.typeDict.has('__slots__')) names.add('__dict__');
    return new PyList([...names]);
  });
  defClassMethod(typeType, '__prepare__', () => new PyDict());
  defMethod(typeType, '__setattr__', (vm, args, kwargs) => {
    wrapperArgs(args, 2, 1, kwargs, 'type.__setattr__');
    typeSetAttr(vm, selfType(args, '__setattr__'), attrName(args[1]), args[2]);
    return None;
  });
  defMethod(typeType, '__delattr__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, 'type.__delattr__');
    typeSetAttr(vm, selfType(args, '__delattr__'), attrName(args[1]), undefined);
    return None;
  });
  defMethod(typeType, '__sizeof__', () => 880);

  defGetter(typeType, '__name__', (vm, o) => asType(o).name, setNameAttr('__name__'));
  defGetter(typeType, '__qualname__', (vm, o) => asType(o).qualname, setNameAttr('__qualname__'));
  defGetter(
    typeType,
    '__module__',
    (vm, o) => {
      const t = asType(o);
      if (!t.isHeapType) return t.module;
      const m = t.typeDict.get('__module__');
      if (m === undefined) throw attributeError('__module__');
      return m;
    },
    (vm, o, value) => {
      const t = asType(o);
      if (!t.isHeapType || t.isImmutable) throw typeError(`cannot set '__module__' attribute of immutable type '${t.tpName}'`);
      if (value === undefined) throw typeError(`cannot delete '__module__' attribute of immutable type '${t.tpName}'`);
      t.setAttr('__module__', value);
    },
  );
  defGetter(
    typeType,
    '__doc__',
    (vm, o) => {
      const t = asType(o);
      const d = t.typeDict.get('__doc__');
      if (d === undefined || d instanceof PyGetSet) return nativeDocs.get(t) ?? nativeTypeDoc(t) ?? None;
      // A heap type's __doc__ may itself be a descriptor (CPython calls its __get__ with None).
      return t.isHeapType ? bindDescriptor(vm, d, undefined, t) : d;
    },
    (vm, o, value) => {
      const t = asType(o);
      if (!t.isHeapType || t.isImmutable) throw typeError(`cannot set '__doc__' attribute of immutable type '${t.tpName}'`);
      if (value === undefined) throw typeError(`cannot delete '__doc__' attribute of immutable type '${t.tpName}'`);
      t.setAttr('__doc__', value);
    },
  );
  defReadonlyMember(typeType, '__mro__', (vm, o) => newTuple([...asType(o).mro]));
  defGetter(typeType, '__bases__', (vm, o) => newTuple([...asType(o).bases]), (vm, o, value) => setTypeBases(vm, asType(o), value));
  // tp_base: the base whose instance layout the class extends (int in type('C', (B, int), {})).
  defReadonlyMember(typeType, '__base__', (vm, o) => { const b = asType(o).bases; return b.length === 0 ? None : bestBase(b); });
  defGetter(typeType, '__dict__', (vm, o) => PyMappingProxy.ofType(asType(o)));
  defGetter(typeType, '__text_signature__', (vm, o) => typeTextSignature(asType(o)));
  defGetter(
    typeType,
    '__abstractmethods__',
    (vm, o) => {
      const v = asType(o) === typeType ? undefined : asType(o).typeDict.get('__abstractmethods__');
      if (v === undefined) throw attributeError('__abstractmethods__');
      return v;
    },
    (vm, o, value) => {
      const t = asType(o);
      if (!t.isHeapType || t.isImmutable) throw typeError(`cannot set '__abstractmethods__' attribute of immutable type '${t.tpName}'`);
      if (value === undefined) {
        if (!t.deleteAttr('__abstractmethods__')) throw attributeError('__abstractmethods__');
      } else t.setAttr('__abstractmethods__', value);
      abstractMethodsChanged(vm, t, value);
    },
  );
  defGetter(
    typeType,
    '__annotations__',
    (vm, o) => {
      const t = asType(o);
      const v = t.typeDict.get('__annotations__');
      if (v !== undefined) return v;
      if (!t.isHeapType) throw attributeError(`type object '${t.name}' has no attribute '__annotations__'`);
      const d = new PyDict();
      t.setAttr('__annotations__', d);
      return d;
    },
    (vm, o, value) => {
      const t = asType(o);
      if (!t.isHeapType || t.isImmutable) throw typeError(`cannot set '__annotations__' attribute of immutable type '${t.tpName}'`);
      if (value === undefined) {
        // type_set_annotations: deleting an absent entry raises AttributeError with just the name.
        if (!t.deleteAttr('__annotations__')) throw attributeError('__annotations__');
      } else t.setAttr('__annotations__', value);
    },
  );
  for (const [name, value] of [['__basicsize__', 16], ['__dictoffset__', 0], ['__weakrefoffset__', 0]] as const) {
    defGetter(typeType, name, () => value);
  }
  // The size of each item of a variable-size type, which its subclasses share (CPython 3.11's).
  defGetter(typeType, '__itemsize__', (vm, o) => {
    for (const t of asType(o).mro) {
      const n = t.isHeapType || t.module !== 'builtins' ? undefined : VARSIZE_ITEMS.get(t.name);
      if (n !== undefined) return n;
    }
    return 0;
  });
  // Only Py_TPFLAGS_HEAPTYPE is meaningful in tpy: copyreg tells classes written in Python
  // from native ones by it, as CPython's does.
  defReadonlyMember(typeType, '__flags__', (vm, o) => (asType(o).isHeapType ? 1 << 9 : 0));
  nativeDocs.set(typeType, "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type");
}
