// The methods of `object`: allocation, the default repr/str/eq/hash, generic attribute access, __class__ and __dict__.
//
// vm/ops/call.ts, hash.ts and attribute.ts compare against the exact objects stored here
// (object.__new__, __init__, __hash__, __getattribute__, __setattr__, __delattr__), so each
// is created once and never replaced.

import { dirHiddenNames } from '../dir_hidden.js';
import { PyObject, PyInstance, objectId } from '../objects/object.js';
import { strVal } from '../objects/str.js';
import { PyType, objectType, invalidateTypeCaches } from '../objects/type.js';
import {
  PyBuiltinFunction, PyStaticMethod, PyClassMethod, PyClassMethodDescriptor, PyFunction, PyMethodDescriptor, PyProperty, PyGetSet,
  defMethod, defGetter, KwArgs, NativeFn,
} from '../objects/function.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { PyDict, newInstanceDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { typeError, PyBaseException, AttributeError } from '../objects/exceptions.js';
import { typeOf, argTypeName } from '../ops/typeof.js';
import { repr, truthy, callTypeRepr, index, strObject } from '../ops/convert.js';
import { call, callSpecialMethod } from '../ops/call.js';
import { importModule } from '../import.js';
import { bindDescriptor, genericSetAttr, attributeErrorFor, storeAttributeErrorFor, readsBeforeInstanceDict, getAttrOpt, typeGetAttributeMethod } from '../ops/attribute.js';
import { callCompareMethod } from '../ops/compare.js';
import { toArray } from '../ops/sequence.js';
import { pyHash, identityHash, strHash } from '../ops/hash.js';
import { checkArgCount, noArgs, noKwargs, oneArg, wrapperArgs } from './args.js';
import type { VM } from '../vm.js';
import { PyMemberDescr } from '../objects/slots.js';
import { bestBase } from '../type_bases.js';
import { hasWeakrefs } from '../class_slots.js';

/** Stores `fn` as the type's __new__: a staticmethod around a built-in function, as CPython's tp_new wrapper. */
export function defNew(t: PyType, fn: NativeFn): void {
  const checked: NativeFn = (vm, args, kwargs) => {
    checkNewArgs(t, fn, args);
    return fn(vm, args, kwargs);
  };
  const wrapper = new PyBuiltinFunction('__new__', checked, null);
  wrapper.newOf = t;
  const stored = new PyStaticMethod(wrapper);
  newImplementation.set(stored, fn);
  t.setAttr('__new__', stored);
}

/** The function behind each built-in __new__ defNew stored: types sharing one allocate alike (tp_new). */
const newImplementation = new WeakMap<object, NativeFn>();

/**
 * tp_new_wrapper's checks of `T.__new__(S, ...)`: S a subtype of T whose nearest built-in
 * base allocates as T does (no `object.__new__(dict)`); `own` is the function of T's __new__.
 */
function checkNewArgs(t: PyType, own: NativeFn, args: PyObject[]): void {
  if (args.length === 0) throw typeError(`${t.tpName}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`${t.tpName}.__new__(X): X is not a type object (${typeOf(cls).tpName})`);
  if (cls === t) return;
  if (!cls.isSubtypeOf(t)) throw typeError(`${t.tpName}.__new__(${cls.tpName}): ${cls.tpName} is not a subtype of ${t.tpName}`);
  const sb = staticBase(cls);
  const sbNew = sb.lookup('__new__');
  if (typeof sbNew !== 'object' || newImplementation.get(sbNew) !== own) {
    throw typeError(`${t.tpName}.__new__(${cls.tpName}) is not safe, use ${sb.tpName}.__new__()`);
  }
}

/** Stores a native classmethod (its fn receives the class as args[0]). */
export function defClassMethod(t: PyType, name: string, fn: NativeFn): void {
  t.setAttr(name, new PyClassMethodDescriptor(new PyBuiltinFunction(name, fn, null), t));
}

/** Stores a native staticmethod (no receiver). */
export function defStaticMethod(t: PyType, name: string, fn: NativeFn): void {
  const f = new PyBuiltinFunction(name, fn, null);
  f.staticOf = t;
  t.setAttr(name, new PyStaticMethod(f));
}

/** An identity number for any value (primitives have none in JS: derive one from the value). */
export function anyId(o: PyObject): number {
  if (typeof o === 'object') return objectId(o);
  return 0x7f1000000000 + (Math.abs(pyHashPrimitive(o)) % 0x10000000) * 16;
}

function pyHashPrimitive(o: number | bigint | string | boolean): number {
  if (typeof o === 'string') return Number(BigInt.asIntN(32, BigInt(strHash(o))));
  if (typeof o === 'boolean') return o ? 1 : 0;
  return Number(BigInt.asIntN(32, BigInt(o)));
}

/** "0x7f..." as %p prints an address. */
export function hexId(o: PyObject): string {
  return '0x' + anyId(o).toString(16);
}

/** The module name of a type as its repr shows it: __module__ from a heap type's dict, else the native module. */
export function typeModule(t: PyType): string | null {
  if (t.isHeapType) {
    const m = t.typeDict.get('__module__');
    return typeof m === 'string' ? m : null;
  }
  return t.module;
}

/** `mod.Qualname`, or just the qualname for builtins. */
export function typeFullName(t: PyType): string {
  const m = typeModule(t);
  return m !== null && m !== 'builtins' ? `${m}.${t.qualname}` : t.qualname;
}

/** object.__repr__: `<__main__.A object at 0x7f...>`. */
export function defaultRepr(o: PyObject): string {
  return `<${typeFullName(typeOf(o))} object at ${hexId(o)}>`;
}

function excessArgs(args: PyObject[], kwargs: KwArgs | null, self: number): boolean {
  return args.length > self || (kwargs !== null && kwargs.size > 0);
}

/**
 * The type whose __new__ object.__new__(cls) would bypass (tp_new_wrapper's "staticbase"):
 * past every class whose __new__, its own or inherited, is written in tpy (slot_tp_new), along
 * tp_base (each class's best base, the one whose layout it extends: not always the first).
 */
function staticBase(cls: PyType): PyType {
  let b: PyType | undefined = cls;
  while (b !== undefined && b.isHeapType && isUserNew(b.lookup('__new__'))) b = b.bases.length === 0 ? undefined : bestBase(b.bases);
  return b ?? objectType;
}

function isUserNew(f: PyObject | undefined): boolean {
  if (f === undefined) return false;
  return !(f instanceof PyStaticMethod && f.func instanceof PyBuiltinFunction);
}

let objectNewFn: PyObject | undefined;
let objectInitFn: PyObject | undefined;

export const object_new: NativeFn = (vm, args, kwargs) => {
  if (args.length === 0) throw typeError('object.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`object.__new__(X): X is not a type object (${typeOf(cls).tpName})`);
  const sb = staticBase(cls);
  if (sb.lookup('__new__') !== objectNewFn) {
    throw typeError(`object.__new__(${cls.name}) is not safe, use ${sb.name}.__new__()`);
  }
  if (excessArgs(args, kwargs, 1)) {
    if (cls.lookup('__new__') !== objectNewFn) throw typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    if (cls.lookup('__init__') === objectInitFn) throw typeError(`${cls.name}() takes no arguments`);
  }
  if (cls.allocate === null) throw typeError(`cannot create '${cls.tpName}' instances`);
  return cls.allocate(cls);
};

const object_init: NativeFn = (vm, args, kwargs) => {
  if (args.length === 0) throw typeError("descriptor '__init__' of 'object' object needs an argument");
  if (excessArgs(args, kwargs, 1)) {
    const t = typeOf(args[0]);
    if (t.lookup('__init__') !== objectInitFn) throw typeError('object.__init__() takes exactly one argument (the instance to initialize)');
    if (t.lookup('__new__') === objectNewFn) throw typeError(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
  return None;
};

/** An attribute name: a str, or a str subclass instance's value (CPython accepts any str). */
export function attrName(name: PyObject): string {
  const s = strVal(name);
  if (s === undefined) throw typeError(`attribute name must be string, not '${typeOf(name).tpName}'`);
  return s;
}

/** PyObject_GenericGetAttr without the __getattr__ fallback: what object.__getattribute__ does. */
export function genericGetAttribute(vm: VM, o: PyObject, name: string): PyObject {
  const t = typeOf(o);
  const descr = t.lookup(name);
  if (descr !== undefined && readsBeforeInstanceDict(descr)) return bindDescriptor(vm, descr, o, t);
  if (typeof o === 'object' && o.dict !== null) {
    const v = o.dict.getStr(name);
    if (v !== undefined) return v;
  }
  // A class's instance dict is its own __dict__ (type's tp_dictoffset): a metaclass's plain
  // attribute (EnumType.__doc__) does not hide the class's own, as it does not in CPython.
  if (o instanceof PyType) {
    const v = o.typeDict.get(name);
    if (v !== undefined) return v;
  }
  if (descr !== undefined) return bindDescriptor(vm, descr, o, t);
  throw attributeErrorFor(o, name);
}

/** The instance dict of `o` (created on first use when its type has one), or null. */
export function instanceDict(o: PyObject): PyDict | null {
  if (typeof o !== 'object') return null;
  if (o.dict === null && o.cls.hasInstanceDict) o.dict = newInstanceDict(o.cls);
  return o.dict;
}

/** The nearest built-in (non-heap) type of `t`: decides the instance layout. */
export function solidBase(t: PyType): PyType {
  let b = t;
  while (b.isHeapType && b.bases.length > 0) b = b.bases[0];
  return b;
}

/** The __slots__ members `t` itself adds to its instances, by position. */
function ownSlotNames(t: PyType): string[] {
  const names: string[] = [];
  for (const d of t.typeDict.values()) if (d instanceof PyMemberDescr && d.owner === t) names.push(d.name);
  return names;
}

/** compatible_with_tp_base: `t` adds no slot, no instance dict and no weak references to its first base. */
function addsNothing(t: PyType): boolean {
  const base = t.bases[0];
  return t.isHeapType && base !== undefined && t.slotCount === base.slotCount && t.hasInstanceDict === base.hasInstanceDict &&
    hasWeakrefs(t) === hasWeakrefs(base);
}

/**
 * As CPython's compatible_for_assignment: going down from each class past the ones that add
 * nothing to their base's layout, both reach the same class, or two siblings that add the
 * same slots (same_slots_added).
 */
export function sameLayout(a: PyType, b: PyType): boolean {
  while (addsNothing(a)) a = a.bases[0];
  while (addsNothing(b)) b = b.bases[0];
  if (a === b) return true;
  // Two different built-in types have different structs.
  if (!a.isHeapType || !b.isHeapType) return false;
  if (a.bases[0] !== b.bases[0] || a.hasInstanceDict !== b.hasInstanceDict || a.slotCount !== b.slotCount) return false;
  if (hasWeakrefs(a) !== hasWeakrefs(b)) return false;
  const na = ownSlotNames(a);
  const nb = ownSlotNames(b);
  return na.length === nb.length && na.every((n, i) => n === nb[i]);
}

function setClass(vm: VM, o: PyObject, value: PyObject | undefined): void {
  if (value === undefined) throw typeError("can't delete __class__ attribute");
  if (!(value instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${typeOf(value).tpName}' object`);
  const old = typeOf(o);
  if (typeof o !== 'object' || !old.isHeapType || !value.isHeapType) {
    throw typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  if (solidBase(old) !== solidBase(value) || old.hasInstanceDict !== value.hasInstanceDict || !sameLayout(old, value)) {
    throw typeError(`__class__ assignment: '${value.name}' object layout differs from '${old.name}'`);
  }
  o.cls = value;
  // A class's attributes depend on its metaclass: caches of reads from the class are stale.
  if (o instanceof PyType) invalidateTypeCaches();
}

/**
 * object.__dir__: the keys of getattr(o, '__dict__') (a bound method's are its function's)
 * and the attributes of getattr(o, '__class__'); an AttributeError counts as none.
 */
function dirList(vm: VM, o: PyObject): PyObject[] {
  const names = new Set<string>();
  const d = attrOrNothing(vm, o, '__dict__');
  if (d instanceof PyDict) for (const k of d.keys()) if (typeof k === 'string') names.add(k);
  const cls = attrOrNothing(vm, o, '__class__');
  if (cls instanceof PyType) {
    if (readsClassesThroughHook(cls)) mergeClassNames(vm, names, cls);
    else for (const k of classAttributeNames(cls)) names.add(k);
  }
  return [...names];
}

/**
 * Whether a class in t's MRO has a metaclass with a __getattribute__ of its own: dir() then
 * reads each class's __dict__ and __bases__ as attributes (CPython's merge_class_dict), so the
 * hook sees those reads and what it answers is listed.
 */
export function readsClassesThroughHook(t: PyType): boolean {
  for (const c of t.mro) {
    const meta = c.cls;
    if (meta.isHeapType && meta.lookup('__getattribute__') !== typeGetAttributeMethod()) return true;
  }
  return false;
}

/** merge_class_dict: the keys of cls.__dict__, then of its bases' in turn, each read as an attribute. */
export function mergeClassNames(vm: VM, names: Set<string>, cls: PyObject): void {
  const d = attrOrNothing(vm, cls, '__dict__');
  if (d !== undefined) for (const k of toArray(vm, d)) if (typeof k === 'string') names.add(k);
  const bases = attrOrNothing(vm, cls, '__bases__');
  if (bases !== undefined) for (const b of toArray(vm, bases)) mergeClassNames(vm, names, b);
}

function attrOrNothing(vm: VM, o: PyObject, name: string): PyObject | undefined {
  try {
    return getAttrOpt(vm, o, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(AttributeError)) return undefined;
    throw e;
  }
}

/**
 * The attribute names of a class and its bases, as dir() lists them. tpy's object has the
 * `__dict__` descriptor of the built-in types whose instances have a dict (CPython gives each
 * such type its own): it is not listed for a class whose instances have none.
 */
export function classAttributeNames(t: PyType): Set<string> {
  const names = new Set<string>();
  for (const c of t.mro) {
    const hidden = dirHiddenNames(c);
    for (const k of c.typeDict.keys()) if (hidden === undefined || !hidden.has(k)) names.add(k);
  }
  if (!t.hasInstanceDict) names.delete('__dict__');
  return names;
}

function compareNotImplemented(name: string): NativeFn {
  return (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, `object.${name}`);
    return NotImplemented;
  };
}

let installed = false;

export function installObjectMethods(): void {
  if (installed) return;
  installed = true;
  // `object()` itself allocates a bare instance (without a __dict__).
  if (objectType.allocate === null) objectType.allocate = (cls) => new PyInstance(cls);
  defNew(objectType, object_new);
  objectNewFn = objectType.typeDict.get('__new__');
  defMethod(objectType, '__init__', object_init);
  objectInitFn = objectType.typeDict.get('__init__');

  defMethod(objectType, '__repr__', (vm, args, kwargs) => {
    wrapperArgs(args, 0, 1, kwargs, 'object.__repr__');
    return defaultRepr(args[0]);
  });
  defMethod(objectType, '__str__', (vm, args, kwargs) => {
    wrapperArgs(args, 0, 1, kwargs, 'object.__str__');
    return callTypeRepr(vm, args[0]);
  });
  defMethod(objectType, '__eq__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, 'object.__eq__');
    return args[0] === args[1] ? true : NotImplemented;
  });
  defMethod(objectType, '__ne__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, 'object.__ne__');
    const [self, other] = args;
    const eq = typeOf(self).lookup('__eq__');
    if (eq === undefined || eq === None) return NotImplemented;
    const r = callCompareMethod(vm, self, eq, other);
    if (r === NotImplemented) return r;
    return !truthy(vm, r);
  });
  for (const n of ['__lt__', '__le__', '__gt__', '__ge__']) defMethod(objectType, n, compareNotImplemented(n));
  defMethod(objectType, '__hash__', (vm, args, kwargs) => {
    wrapperArgs(args, 0, 1, kwargs, 'object.__hash__');
    const o = args[0];
    return typeof o === 'object' ? identityHash(o) : pyHash(vm, o);
  });
  defMethod(objectType, '__getattribute__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, 'object.__getattribute__');
    return genericGetAttribute(vm, args[0], attrName(args[1]));
  });
  defMethod(objectType, '__setattr__', (vm, args, kwargs) => {
    wrapperArgs(args, 2, 1, kwargs, 'object.__setattr__');
    const name = attrName(args[1]);
    if (args[0] instanceof PyType) throw typeError("can't apply this __setattr__ to type object");
    genericSetAttr(vm, args[0], name, args[2]);
    return None;
  });
  defMethod(objectType, '__delattr__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, 'object.__delattr__');
    const name = attrName(args[1]);
    if (args[0] instanceof PyType) throw typeError("can't apply this __delattr__ to type object");
    genericSetAttr(vm, args[0], name, undefined);
    return None;
  });
  defMethod(objectType, '__format__', (vm, args, kwargs) => {
    const spec = oneArg('object.__format__', args, kwargs);
    if (typeof spec !== 'string') throw typeError(`__format__() argument must be str, not ${argTypeName(spec)}`);
    if (spec.length > 0) throw typeError(`unsupported format string passed to ${typeOf(args[0]).tpName}.__format__`);
    return strObject(vm, args[0]);
  });
  defMethod(objectType, '__dir__', (vm, args, kwargs) => {
    noArgs('object.__dir__', args, kwargs);
    return new PyList(dirList(vm, args[0]));
  });
  defMethod(objectType, '__sizeof__', (vm, args, kwargs) => {
    noArgs('object.__sizeof__', args, kwargs);
    return 16;
  });
  // The default reductions are written in tpy (copyreg._object_reduce_ex), as CPython's
  // C code calls into copyreg for them.
  defMethod(objectType, '__reduce_ex__', (vm, args, kwargs) => {
    noKwargs('object.__reduce_ex__', kwargs);
    if (args.length !== 2) throw typeError(`object.__reduce_ex__() takes exactly one argument (${args.length - 1} given)`);
    return callCopyreg(vm, '_object_reduce_ex', [args[0], index(vm, args[1])]);
  });
  defMethod(objectType, '__reduce__', (vm, args, kwargs) => {
    noKwargs('object.__reduce__', kwargs);
    if (args.length !== 1) throw typeError(`object.__reduce__() takes no arguments (${args.length - 1} given)`);
    return callCopyreg(vm, '_object_reduce', [args[0], 0]);
  });
  defMethod(objectType, '__getstate__', (vm, args, kwargs) => {
    noArgs('object.__getstate__', args, kwargs);
    const o = args[0];
    // With __slots__ the state pairs the dict with the slot values (copyreg's _default_getstate).
    if (typeOf(o).slotCount > 0) return callCopyreg(vm, '_default_getstate', [o]);
    return typeof o === 'object' && o.dict !== null && o.dict.size > 0 ? o.dict : None;
  });
  defGetter(objectType, '__class__', (vm, o) => typeOf(o), setClass);
  defGetter(
    objectType,
    '__dict__',
    (vm, o) => {
      const d = instanceDict(o);
      if (d === null) throw attributeErrorFor(o, '__dict__');
      return d;
    },
    (vm, o, value) => {
      if (typeof o !== 'object' || (o.dict === null && !o.cls.hasInstanceDict)) throw storeAttributeErrorFor(o, '__dict__');
      // Deleting drops the dict (subtype_setdict): the next use starts an empty one. Where a
      // built-in base has the dict (a function, an exception, a partial), its own setter
      // answers, as subtype_setdict defers to it: PyObject_GenericSetDict refuses.
      if (value === undefined) {
        if (o.cls.mro.some((t) => !t.isHeapType && t !== objectType && t.hasInstanceDict)) throw typeError('cannot delete __dict__');
        o.dict = null;
        return;
      }
      if (!(value instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(value).tpName}'`);
      o.dict = value;
    },
  );
  defClassMethod(objectType, '__init_subclass__', (vm, args, kwargs) => {
    const cls = args[0] as PyType;
    noKwargs(`${cls.qualname}.__init_subclass__`, kwargs);
    if (args.length > 1) throw typeError(`${cls.qualname}.__init_subclass__() takes no arguments (${args.length - 1} given)`);
    return None;
  });
  defClassMethod(objectType, '__subclasshook__', () => NotImplemented);
  // object has a docstring; heap classes without one get None in their own dict.
  objectType.setAttr('__doc__', 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n');
}

function callCopyreg(vm: VM, name: string, args: PyObject[]): PyObject {
  return call(vm, importModule(vm, 'copyreg', null).dict.getStr(name)!, args);
}


/**
 * The built-in types that list a __getattribute__ of their own in CPython 3.11 (each sets
 * tp_getattro to the generic one, and its dict gets a slot wrapper). tpy's is object's, put in
 * their dicts too, so vars(), dir() order and help() show it where CPython does; being the same
 * object, it keeps every fast path that compares with object.__getattribute__.
 */
const OWN_GETATTRIBUTE = new Set([
  'BaseException', 'bytearray', 'bytes', 'complex', 'dict', 'enumerate', 'filter', 'float', 'frozenset', 'int', 'list',
  'map', 'memoryview', 'property', 'range', 'reversed', 'set', 'slice', 'str', 'super', 'tuple', 'zip',
]);

export function shareGenericGetAttribute(types: Iterable<PyType>): void {
  const generic = objectType.typeDict.get('__getattribute__')!;
  for (const t of types) {
    if (OWN_GETATTRIBUTE.has(t.name) && !t.isHeapType && !t.typeDict.has('__getattribute__')) t.setAttr('__getattribute__', generic);
  }
}
