// Attribute access (PyObject_GenericGetAttr, type_getattro, descriptors, method binding).

import type { PyObject } from '../objects/object.js';
import { PyObj } from '../objects/object.js';
import { PyType, objectType, typeType } from '../objects/type.js';
import {
  PyFunction, PyMethodDescriptor, PyBuiltinFunction, PyMethod, PyStaticMethod, PyClassMethod, PyClassMethodDescriptor, PyProperty, PyGetSet, propertyType, RAISED,
} from '../objects/function.js';
import { PyDict, newInstanceDict } from '../objects/dict.js';
import { None } from '../objects/singletons.js';
import { PyModule } from '../objects/module.js';
import { attributeError, typeError, AttributeError } from '../objects/exceptions.js';
import { PyBaseException } from '../objects/exceptions.js';
import { typeOf } from './typeof.js';
import { strRepr } from '../format/str_repr.js';
import { call, callSpecialMethod } from './call.js';
import { PyLruCacheWrapper } from '../objects/lru_cache.js';
import type { VM } from '../vm.js';

/** True when `d` defines __set__ or __delete__ (a data descriptor takes precedence over the instance dict). */
export function isDataDescriptor(d: PyObject): boolean {
  if (d instanceof PyProperty || d instanceof PyGetSet) return true;
  if (typeof d !== 'object' || d instanceof PyFunction || d instanceof PyMethodDescriptor) return false;
  const t = d.cls;
  return t.isHeapType && (t.lookup('__set__') !== undefined || t.lookup('__delete__') !== undefined);
}

/**
 * True when a read must go through data descriptor `d` before the instance dict: it has __set__
 * or __delete__ and also __get__ (CPython tests tp_descr_get first; a descriptor with only
 * __set__ lets the instance dict answer reads, and is itself the value when the dict lacks the name).
 */
export function readsBeforeInstanceDict(d: PyObject): boolean {
  if (!isDataDescriptor(d)) return false;
  const t = (d as PyObj).cls;
  return !t.isHeapType || t.lookup('__get__') !== undefined;
}

/** The name a property reports in errors: its getter's __name__ (CPython 3.11 uses the same source). */
/** CPython's AttributeError for a property without that function: named once __set_name__ named it. */
export function propertyError(p: PyProperty, obj: PyObject, what: 'getter' | 'setter' | 'deleter'): PyBaseException {
  const owner = strRepr(typeOf(obj).qualname);
  return attributeError(p.name === null ? `property of ${owner} object has no ${what}` : `property ${strRepr(p.name)} of ${owner} object has no ${what}`);
}

/** Whether property `p`'s class keeps property's own `slot`: a subclass may override __get__, __set__ or __delete__ (enum.property does). */
function usesPropertySlot(p: PyProperty, slot: '__get__' | '__set__' | '__delete__'): boolean {
  return !p.cls.isHeapType || p.cls.lookup(slot) === propertyType.typeDict.get(slot);
}

/**
 * classmethod.__get__: the function bound to the class. As in CPython 3.9-3.12, a wrapped
 * descriptor (a property, another classmethod, an object with __get__) is bound to the class
 * itself instead: `@classmethod @property def label(cls)` reads as a class property.
 */
export function bindClassMethod(vm: VM, cm: PyClassMethod, cls: PyType): PyObject {
  const f = cm.func;
  // classmethod_descriptor.__get__ gives a built-in method bound to the class, as CPython's.
  if (cm instanceof PyClassMethodDescriptor) return new PyBuiltinFunction((f as PyBuiltinFunction).name, (f as PyBuiltinFunction).fn, null, cls);
  if (typeof f !== 'object' || f instanceof PyFunction || f instanceof PyBuiltinFunction) return new PyMethod(f, cls);
  if (f instanceof PyProperty || f instanceof PyStaticMethod || f instanceof PyClassMethod) return bindDescriptor(vm, f, cls, cls);
  if (f.cls.isHeapType && f.cls.lookup('__get__') !== undefined) return bindDescriptor(vm, f, cls, cls);
  return new PyMethod(f, cls);
}

/** Applies the descriptor protocol: `descr.__get__(obj, type)`; obj undefined means access through the class. */
export function bindDescriptor(vm: VM, descr: PyObject, obj: PyObject | undefined, type: PyType): PyObject {
  if (typeof descr !== 'object') return descr;
  if (descr instanceof PyFunction) return obj === undefined ? descr : new PyMethod(descr, obj);
  if (descr instanceof PyMethodDescriptor) {
    return obj === undefined ? descr : new PyBuiltinFunction(descr.name, descr.fn, null, obj, descr);
  }
  if (descr instanceof PyStaticMethod) return descr.func;
  if (descr instanceof PyClassMethod) return bindClassMethod(vm, descr, type);
  if (descr instanceof PyProperty && usesPropertySlot(descr, '__get__')) {
    if (obj === undefined) return descr;
    if (descr.fget === None) throw propertyError(descr, obj, 'getter');
    return call(vm, descr.fget, [obj]);
  }
  if (descr instanceof PyGetSet) return obj === undefined ? descr : descr.get(vm, obj);
  // functools.lru_cache's wrapper binds as a function does.
  if (descr instanceof PyLruCacheWrapper) return obj === undefined ? descr : new PyMethod(descr, obj);
  if (descr.cls.isHeapType) {
    const get = descr.cls.lookup('__get__');
    if (get !== undefined) return callSpecialMethod(vm, descr, get, [obj === undefined ? None : obj, type]);
  }
  const descrGet = descr.cls.descrGet;
  if (descrGet !== null) return descrGet(vm, descr, obj, type);
  return descr;
}

/**
 * A special method found on self's type (not a plain function), bound to self, for the slots
 * that take a failing binding (a property whose getter raises) as a missing method, as CPython's
 * lookup_maybe_method followed by PyErr_Clear: undefined then, the error dropped.
 */
export function bindSpecialOrMissing(vm: VM, self: PyObject, m: PyObject): PyObject | undefined {
  try {
    return bindDescriptor(vm, m, self, typeOf(self));
  } catch (e) {
    if (e instanceof PyBaseException) return undefined;
    throw e;
  }
}

/**
 * getattr(o, name) or undefined when it is missing (AttributeError swallowed only for the final
 * miss). `orRaised`: the caller also takes RAISED (the exception in vm.jitRaised) for what a
 * class's `__getattr__` function raised (getAttrFallback).
 */
export function getAttrOpt(vm: VM, o: PyObject, name: string, orRaised = false): PyObject | undefined {
  if (o instanceof PyType) return typeGetAttr(vm, o, name);
  const t = typeOf(o);
  if (t.getattro !== null) return t.getattro(vm as never, o, name);
  const ga = t.lookup('__getattribute__');
  if (ga !== undefined && ga !== objectGetAttribute() && t.isHeapType) {
    try {
      return callSpecialMethod(vm, o, ga, [name]);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtypeOf(AttributeError)) return getAttrFallback(vm, o, t, name, e);
      throw e;
    }
  }
  const descr = t.lookup(name);
  if (descr !== undefined && readsBeforeInstanceDict(descr)) return bindOrFallBack(vm, descr, o, t, name);
  if (typeof o === 'object' && o.dict !== null) {
    const v = o.dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (descr !== undefined) return bindOrFallBack(vm, descr, o, t, name);
  return getAttrFallback(vm, o, t, name, null, orRaised);
}

/**
 * descr.__get__(o, t), where an AttributeError it raises (an empty slot, a property, any
 * descriptor's __get__) falls back to the class's __getattr__, as slot_tp_getattr_hook does.
 */
function bindOrFallBack(vm: VM, descr: PyObject, o: PyObject, t: PyType, name: string): PyObject | undefined {
  if (!t.isHeapType || t.lookup('__getattr__') === undefined) return bindDescriptor(vm, descr, o, t);
  try {
    return bindDescriptor(vm, descr, o, t);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(AttributeError)) return getAttrFallback(vm, o, t, name, e);
    throw e;
  }
}

function getAttrFallback(vm: VM, o: PyObject, t: PyType, name: string, err: PyBaseException | null, orRaised = false): PyObject | undefined {
  const ga = t.lookup('__getattr__');
  if (ga !== undefined) {
    // A `__getattr__` raising AttributeError is how such a class says "missing": commonly caught.
    if (orRaised && ga instanceof PyFunction) return vm.callFunctionWithSelfOrRaised(ga, o, [name]);
    return callSpecialMethod(vm, o, ga, [name]);
  }
  // PEP 562: a module's own __getattr__ answers the names its dict lacks.
  if (o instanceof PyModule) {
    const moduleGetattr = o.dict.getStr('__getattr__');
    if (moduleGetattr !== undefined) return call(vm, moduleGetattr, [name]);
  }
  if (err !== null) throw err;
  return undefined;
}

function typeGetAttr(vm: VM, cls: PyType, name: string): PyObject | undefined {
  const meta = typeOf(cls);
  if (!meta.isHeapType) return typeGetAttribute(vm, cls, meta, name);
  const gattr = meta.lookup('__getattribute__');
  if (gattr !== typeGetAttributeMethod()) return metaGetAttribute(vm, cls, meta, gattr!, name);
  const ga = meta.lookup('__getattr__');
  if (ga === undefined) return typeGetAttribute(vm, cls, meta, name);
  // A metaclass's __getattr__ also answers when a descriptor's __get__ raises AttributeError
  // (an enum.property read on the enum class), as type.__getattribute__ failing does in CPython.
  let v: PyObject | undefined;
  try {
    v = typeGetAttribute(vm, cls, meta, name);
  } catch (e) {
    if (!(e instanceof PyBaseException && e.cls.isSubtypeOf(AttributeError))) throw e;
  }
  return v !== undefined ? v : callSpecialMethod(vm, cls, ga, [name]);
}

/** `cls.name` where the metaclass defines __getattribute__: it answers, its AttributeError goes to the metaclass's __getattr__. */
function metaGetAttribute(vm: VM, cls: PyType, meta: PyType, gattr: PyObject, name: string): PyObject | undefined {
  try {
    return callSpecialMethod(vm, cls, gattr, [name]);
  } catch (e) {
    if (!(e instanceof PyBaseException && e.cls.isSubtypeOf(AttributeError))) throw e;
    const ga = meta.lookup('__getattr__');
    if (ga === undefined) throw e;
    return callSpecialMethod(vm, cls, ga, [name]);
  }
}

/** type.__getattribute__ itself (type_getattro): no metaclass __getattribute__ or __getattr__ hook. */
export function typeGetAttributeOf(vm: VM, cls: PyType, name: string): PyObject {
  const v = typeGetAttribute(vm, cls, typeOf(cls), name);
  if (v === undefined) throw attributeErrorFor(cls, name);
  return v;
}

let typeGetAttributeCache: PyObject | undefined;
/** The type.__getattribute__ slot wrapper: a metaclass that inherits it reads classes the generic way. */
export function typeGetAttributeMethod(): PyObject | undefined {
  return (typeGetAttributeCache ??= typeType.typeDict.get('__getattribute__'));
}

/** type.__getattribute__: a data descriptor of the metaclass, the class's MRO, then the metaclass's other attributes. */
function typeGetAttribute(vm: VM, cls: PyType, meta: PyType, name: string): PyObject | undefined {
  const metaAttr = meta.lookup(name);
  if (metaAttr !== undefined && readsBeforeInstanceDict(metaAttr)) return bindDescriptor(vm, metaAttr, cls, meta);
  const attr = cls.lookup(name);
  if (attr !== undefined) return bindDescriptor(vm, attr, undefined, cls);
  if (metaAttr !== undefined) return bindDescriptor(vm, metaAttr, cls, meta);
  return undefined;
}

export function attributeErrorFor(o: PyObject, name: string): PyBaseException {
  let msg: string;
  if (o instanceof PyType) msg = `type object '${o.tpName}' has no attribute '${name}'`;
  else if (typeOf(o).name === 'module' && typeof o === 'object' && o.dict !== null) {
    const mn = o.dict.getStr('__name__');
    if (typeof mn !== 'string') msg = `module has no attribute '${name}'`;
    else if (o instanceof PyModule && o.initializing) {
      msg = `partially initialized module '${mn}' has no attribute '${name}' (most likely due to a circular import)`;
    } else msg = `module '${mn}' has no attribute '${name}'`;
  } else msg = `'${typeOf(o).tpName}' object has no attribute '${name}'`;
  const e = attributeError(msg);
  (e.attrs ??= new Map()).set('name', name);
  e.attrs.set('obj', o);
  return e;
}

/**
 * The AttributeError of a store or delete that found no attribute: CPython 3.11's generic
 * setattr formats it from the type alone (a module reads as `'module' object`) and sets no
 * name or obj, so no "Did you mean" follows it.
 */
export function storeAttributeErrorFor(o: PyObject, name: string): PyBaseException {
  if (o instanceof PyType) return attributeError(`type object '${o.tpName}' has no attribute '${name}'`);
  return attributeError(`'${typeOf(o).tpName}' object has no attribute '${name}'`);
}

export function getAttr(vm: VM, o: PyObject, name: string): PyObject {
  const v = getAttrOrMissing(vm, o, name);
  if (v === undefined) throw attributeErrorFor(o, name);
  return v;
}

/**
 * CPython's _PyObject_LookupAttr: the attribute, or undefined when looking it up raised
 * AttributeError from anywhere (a descriptor's __get__, a __getattr__); other errors propagate.
 */
export function lookupAttr(vm: VM, o: PyObject, name: string): PyObject | undefined {
  try {
    return getAttrOpt(vm, o, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(AttributeError)) return undefined;
    throw e;
  }
}

/**
 * getAttr, undefined for a missing attribute instead of its AttributeError (attributeErrorFor).
 * `orRaised`: an exception may also be answered as RAISED, in vm.jitRaised (getAttrOpt).
 */
export function getAttrOrMissing(vm: VM, o: PyObject, name: string, orRaised = false): PyObject | undefined {
  let v: PyObject | undefined;
  try {
    v = getAttrOpt(vm, o, name, orRaised);
  } catch (e) {
    if (e instanceof PyBaseException) addAttributeErrorContext(e, o, name);
    throw e;
  }
  if (v === RAISED) addAttributeErrorContext(vm.jitRaised as PyBaseException, o, name);
  return v;
}

/**
 * As CPython 3.11's PyObject_GetAttr: an AttributeError raised by the lookup itself (a
 * `__getattr__`, a property) gets the name and object asked for when it carries neither, so
 * the traceback can offer "Did you mean".
 */
function addAttributeErrorContext(e: PyBaseException, o: PyObject, name: string): void {
  if (!e.cls.isSubtypeOf(AttributeError)) return;
  const attrs = (e.attrs ??= new Map());
  const unset = (v: PyObject | undefined): boolean => v === undefined || v === None;
  if (!unset(attrs.get('name')) || !unset(attrs.get('obj'))) return;
  attrs.set('name', name);
  attrs.set('obj', o);
}

export function setAttr(vm: VM, o: PyObject, name: string, value: PyObject | undefined): void {
  if (o instanceof PyType) {
    // A metaclass may define __setattr__/__delattr__ (enum's EnumType guards its members).
    const meta = o.cls;
    if (meta.isHeapType) {
      const which = value === undefined ? '__delattr__' : '__setattr__';
      const hook = meta.lookup(which);
      if (hook !== undefined && hook !== typeType.typeDict.get(which) && hook !== objectType.typeDict.get(which)) {
        callSpecialMethod(vm, o, hook, value === undefined ? [name] : [name, value]);
        return;
      }
    }
    typeSetAttr(vm, o, name, value);
    return;
  }
  const t = typeOf(o);
  if (t.isHeapType) {
    const hook = t.lookup(value === undefined ? '__delattr__' : '__setattr__');
    const base = objectType.typeDict.get(value === undefined ? '__delattr__' : '__setattr__');
    if (hook !== undefined && hook !== base) {
      callSpecialMethod(vm, o, hook, value === undefined ? [name] : [name, value]);
      return;
    }
  }
  genericSetAttr(vm, o, name, value);
}

/**
 * `del o.name` for compiled code when it runs no tpy code and raises nothing: o an instance
 * of a class with object's __delattr__, no data descriptor of that name, the name in o's
 * instance dict (removed). False, with nothing done, for anything else.
 */
export function deleteAttrPlain(o: PyObject, name: string): boolean {
  if (typeof o !== 'object' || o instanceof PyType || o.dict === null) return false;
  const t = o.cls;
  if (t.lookup('__delattr__') !== objectType.typeDict.get('__delattr__')) return false;
  const descr = t.lookup(name);
  if (descr !== undefined && isDataDescriptor(descr)) return false;
  return o.dict.deleteStr(name);
}

/** object.__setattr__ / object.__delattr__ (value undefined means delete). */
export function genericSetAttr(vm: VM, o: PyObject, name: string, value: PyObject | undefined): void {
  const t = typeOf(o);
  const descr = t.lookup(name);
  if (descr !== undefined && isDataDescriptor(descr)) {
    setViaDescriptor(vm, descr, o, name, value);
    return;
  }
  if (typeof o === 'object' && (o.dict !== null || t.hasInstanceDict)) {
    if (value === undefined) {
      if (o.dict === null || !o.dict.deleteStr(name)) throw storeAttributeErrorFor(o, name);
      return;
    }
    (o.dict ??= newInstanceDict(t)).setStr(name, value);
    return;
  }
  if (descr !== undefined) throw attributeError(`'${t.tpName}' object attribute '${name}' is read-only`);
  throw storeAttributeErrorFor(o, name);
}

function setViaDescriptor(vm: VM, descr: PyObject, o: PyObject, name: string, value: PyObject | undefined): void {
  if (descr instanceof PyProperty && usesPropertySlot(descr, value === undefined ? '__delete__' : '__set__')) {
    const f = value === undefined ? descr.fdel : descr.fset;
    if (f === None) throw propertyError(descr, o, value === undefined ? 'deleter' : 'setter');
    call(vm, f, value === undefined ? [o] : [o, value]);
    return;
  }
  if (descr instanceof PyGetSet) {
    if (descr.set === null) throw attributeError(`attribute '${name}' of '${descr.owner.tpName}' objects is not writable`);
    descr.set(vm, o, value);
    return;
  }
  const t = (descr as PyObj).cls;
  const m = t.lookup(value === undefined ? '__delete__' : '__set__');
  if (m === undefined) throw attributeError(value === undefined ? '__delete__' : '__set__');
  callSpecialMethod(vm, descr, m, value === undefined ? [o] : [o, value]);
}

/** type.__setattr__ / type.__delattr__ (value undefined means delete). */
export function typeSetAttr(vm: VM, cls: PyType, name: string, value: PyObject | undefined): void {
  // type_setattro refuses an immutable type first, before any metatype descriptor
  // (del int.__dict__ is this TypeError, not __dict__'s 'not writable').
  if (!cls.isHeapType || cls.isImmutable) {
    throw typeError(`cannot set '${name}' attribute of immutable type '${cls.tpName}'`);
  }
  const meta = typeOf(cls);
  const metaAttr = meta.lookup(name);
  if (metaAttr !== undefined && isDataDescriptor(metaAttr)) {
    setViaDescriptor(vm, metaAttr, cls, name, value);
    return;
  }
  if (value === undefined) {
    if (!cls.deleteAttr(name)) throw storeAttributeErrorFor(cls, name);
  } else cls.setAttr(name, value);
}

/**
 * LOAD_METHOD's lookup: when `name` is a plain function on the type, return it
 * unbound with `self` so the call skips creating a bound method.
 */
export function loadMethod(vm: VM, o: PyObject, name: string): [PyObject, PyObject | undefined] {
  const r = loadMethodOrMissing(vm, o, name);
  if (r === undefined) throw attributeErrorFor(o, name);
  return r;
}

/** loadMethod, undefined for a missing attribute instead of its AttributeError (attributeErrorFor). */
export function loadMethodOrMissing(vm: VM, o: PyObject, name: string): [PyObject, PyObject | undefined] | undefined {
  if (!(o instanceof PyType)) {
    const t = typeOf(o);
    if (t.getattro !== null) {
      const m = t.methodo !== null ? t.methodo(vm as never, o, name) : undefined;
      if (m !== undefined) return m;
    } else {
      const descr = t.lookup(name);
      if ((descr instanceof PyFunction || descr instanceof PyMethodDescriptor || descr instanceof PyLruCacheWrapper) && (t.lookup('__getattribute__') === objectGetAttribute() || !t.isHeapType)) {
        if (typeof o !== 'object' || o.dict === null || o.dict.getStr(name) === undefined) return [descr, o];
      }
    }
  }
  const v = getAttrOrMissing(vm, o, name);
  return v === undefined ? undefined : [v, undefined];
}

let objectGetAttributeCache: PyObject | undefined;
export function objectGetAttribute(): PyObject | undefined {
  return (objectGetAttributeCache ??= objectType.typeDict.get('__getattribute__'));
}
