// Class creation: __build_class__ (runs the class body) and type.__new__(meta, name, bases, ns).

import { noteFinalizerClass } from './finalizer_classes.js';
import type { PyObject } from './objects/object.js';
import { PyInstance } from './objects/object.js';
import { PyType, objectType, typeType, MroError, invalidateTypeCaches, NativeNew } from './objects/type.js';
import { PyFunction, PyBuiltinFunction, PyCell, PyStaticMethod, PyClassMethod, KwArgs } from './objects/function.js';
import { PyDict } from './objects/dict.js';
import { PyTuple, newTuple } from './objects/tuple.js';
import { None } from './objects/singletons.js';
import { typeError, valueError, newException, RuntimeError } from './objects/exceptions.js';
import { toPyException } from './errors.js';
import { repr } from './ops/convert.js';
import { Frame } from './frame.js';
import { makeCells } from './bind.js';
import { typeOf, argTypeName } from './ops/typeof.js';
import { call, callSpecialMethod } from './ops/call.js';
import { bindDescriptor, lookupAttr } from './ops/attribute.js';
import { readSlots, inheritedSlots, installSlots, installInstanceGetsets, mayAddWeakref } from './class_slots.js';
import { solidBase } from './instance_layout.js';
import { bestBase } from './type_bases.js';
import { toArray } from './ops/sequence.js';
import { namespaceStandIn, storeInNamespace } from './namespace_mapping.js';
import type { VM } from './vm.js';
import { PyStrSub, strVal } from './objects/str.js';
import { encodeUtf8 } from './methods/codec_utf8.js';

let buildClassBuiltin: PyBuiltinFunction | null = null;

/** The builtins' __build_class__ function object (LOAD_BUILD_CLASS pushes it). */
export function buildClassFunction(): PyBuiltinFunction {
  return (buildClassBuiltin ??= new PyBuiltinFunction('__build_class__', builtin___build_class__, 'builtins'));
}

function builtin___build_class__(vm: VM, args: PyObject[], kwargs: KwArgs | null): PyObject {
  if (args.length < 2) throw typeError('__build_class__: not enough arguments');
  const func = args[0];
  const name = args[1];
  if (!(func instanceof PyFunction)) throw typeError('__build_class__: func must be a function');
  if (typeof name !== 'string') throw typeError('__build_class__: name is not a string');
  const origBases = args.slice(2);
  const bases = resolveMroEntries(vm, origBases);
  let meta: PyObject | undefined;
  let classKwargs: KwArgs | null = null;
  if (kwargs !== null) {
    classKwargs = new Map(kwargs);
    meta = classKwargs.get('metaclass');
    classKwargs.delete('metaclass');
    if (classKwargs.size === 0) classKwargs = null;
  }
  if (meta === undefined) meta = bases.length > 0 ? typeOf(bases[0]) : typeType;
  if (meta instanceof PyType) meta = calculateMetaclass(meta, bases);

  // Any metaclass object's __prepare__ attribute (a function used as metaclass may carry one);
  // an error looking it up propagates. type's own makes a plain dict.
  const prepare = meta === typeType ? undefined : lookupAttr(vm, meta, '__prepare__');
  const ns: PyObject = prepare === undefined ? new PyDict() : call(vm, prepare, [name, newTuple(bases)], classKwargs);
  // PyMapping_Check: anything with __getitem__ will do (the body runs on a stand-in for a non-dict).
  if (!(ns instanceof PyDict) && typeOf(ns).lookup('__getitem__') === undefined) {
    throw typeError(`${meta instanceof PyType ? meta.tpName : '<metaclass>'}.__prepare__() must return a mapping, not ${typeOf(ns).tpName}`);
  }
  const locals = ns instanceof PyDict ? ns : namespaceStandIn(ns);
  if (bases !== origBases) {
    if (locals.cls.isHeapType) storeInNamespace(vm, locals, '__orig_bases__', newTuple(origBases));
    else locals.setStr('__orig_bases__', newTuple(origBases));
  }

  // Run the class body with the namespace as its locals.
  const code = func.code;
  const frame = new Frame(code, func.globals, func.builtins, locals, func);
  frame.base = vm.stackTop();
  vm.ensureStack(frame.base + code.nlocalsplus + code.co_stacksize + 1);
  frame.sp = frame.base + code.co_nlocals;
  makeCells(frame, func, vm.stack, frame.base);
  const cell = vm.runFrame(frame);

  const cls = call(vm, meta, [name, newTuple(bases), ns], classKwargs);
  // type.__new__ fills the __class__ cell from the namespace's __classcell__: a metaclass that
  // dropped it leaves the cell empty, which CPython reports.
  if (cell instanceof PyCell && cls instanceof PyType && cell.ref !== cls) {
    if (cell.ref === undefined) {
      throw newException(RuntimeError, `__class__ not set defining ${repr(vm, name)} as ${repr(vm, cls)}. Was __classcell__ propagated to type.__new__?`);
    }
    throw typeError(`__class__ set to ${repr(vm, cell.ref)} defining ${repr(vm, name)} as ${repr(vm, cls)}`);
  }
  return cls;
}

/**
 * PEP 560's update_bases: a base that is not a class but has __mro_entries__ (typing's
 * Generic[T], NamedTuple) is replaced by the classes that method returns. Returns `bases`
 * itself when nothing was replaced.
 */
function resolveMroEntries(vm: VM, bases: PyObject[]): PyObject[] {
  let out: PyObject[] | null = null;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    // An attribute lookup, as CPython's: typing.NamedTuple is a function carrying one.
    const entries = b instanceof PyType ? undefined : lookupAttr(vm, b, '__mro_entries__');
    if (entries === undefined) {
      if (out !== null) out.push(b);
      continue;
    }
    const r = call(vm, entries, [newTuple(bases)]);
    if (!(r instanceof PyTuple)) throw typeError('__mro_entries__ must return a tuple');
    out ??= bases.slice(0, i);
    out.push(...r.items);
  }
  return out ?? bases;
}

/** The most derived metaclass among `meta` and the bases' metaclasses (_PyType_CalculateMetaclass). */
export function calculateMetaclass(meta: PyType, bases: PyObject[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtypeOf(bt)) continue;
    if (bt.isSubtypeOf(winner)) {
      winner = bt;
      continue;
    }
    throw typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/**
 * As CPython's mro_invoke: a metaclass that overrides mro() decides the new class's MRO;
 * each entry must be a class whose layout the new class's instances have.
 */
export function applyCustomMro(vm: VM, meta: PyType, cls: PyType): void {
  const mroMethod = meta.lookup('mro');
  if (mroMethod === undefined || mroMethod === typeType.typeDict.get('mro')) return;
  const entries = toArray(vm, callSpecialMethod(vm, cls, mroMethod, []));
  const solid = solidBase(cls);
  const mro: PyType[] = [];
  for (const e of entries) {
    if (!(e instanceof PyType)) throw typeError(`mro() returned a non-class ('${typeOf(e).tpName}')`);
    if (!solid.isSubtypeOf(solidBase(e))) throw typeError(`mro() returned base with unsuitable layout ('${e.tpName}')`);
    mro.push(e);
  }
  cls.mro = mro;
  invalidateTypeCaches();
}

const allocateInstance: NativeNew = (cls) => new PyInstance(cls);

/**
 * A class's name and doc string are kept as UTF-8 by CPython (tp_name, tp_doc), so a lone
 * surrogate in them raises the codec's UnicodeEncodeError.
 */
export function checkUtf8Encodable(s: string): void {
  if (/[\ud800-\udfff]/.test(s)) encodeUtf8(s, 'strict');
}

/** type.__new__(meta, name, bases, ns): creates a heap type from a class namespace. */
export function createClass(vm: VM, meta: PyType, name: string, basesObj: PyObject, ns: PyDict, kwargs: KwArgs | null): PyType {
  if (!(basesObj instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${argTypeName(basesObj)}`);
  if (name.includes('\0')) throw valueError('type name must not contain null characters');
  checkUtf8Encodable(name);
  const doc = ns.getStr('__doc__');
  if (typeof doc === 'string') checkUtf8Encodable(doc);
  const bases: PyType[] = [];
  for (const b of basesObj.items) {
    if (!(b instanceof PyType)) throw typeError('bases must be types');
    if (b.isFinal) throw typeError(`type '${b.tpName}' is not an acceptable base type`);
    if (bases.includes(b)) throw typeError(`duplicate base class ${b.name}`);
    bases.push(b);
  }
  if (bases.length === 0) bases.push(objectType);
  // As type_new: a class made by calling type() takes __module__ from the caller's globals
  // (into the class's dict: the namespace passed in is left as it was).
  let mod = ns.getStr('__module__');
  const moduleFromCaller = mod === undefined && vm.frame !== null ? vm.frame.f_globals.getStr('__name__') : undefined;
  if (moduleFromCaller !== undefined) mod = moduleFromCaller;
  const qualObj = ns.getStr('__qualname__');
  const qual = qualObj === undefined ? undefined : strVal(qualObj);
  if (qualObj !== undefined && qual === undefined) throw typeError(`type __qualname__ must be a str, not ${typeOf(qualObj).tpName}`);
  // The instance layout comes from the best base (best_base: the one with the widest layout),
  // not the first: class S(Mixin, random.Random) makes Random instances.
  let allocate: NativeNew | null = null;
  for (const t of bestBase(bases).mro) {
    if (t.allocate !== null) {
      allocate = t.allocate;
      break;
    }
  }
  const slots = readSlots(vm, name, ns, bases);
  const inherited = inheritedSlots(bases);
  let cls: PyType;
  try {
    cls = new PyType(meta, name, bases, {
      heap: true,
      module: typeof mod === 'string' ? mod : 'builtins',
      qualname: typeof qual === 'string' ? qual : name,
      allocate: allocate ?? allocateInstance,
      // A class with __slots__ has a __dict__ only if it asks for one or inherits one.
      instanceDict: slots === null || slots.addDict || bases.some((b) => b.hasInstanceDict),
    });
  } catch (e) {
    if (e instanceof MroError) throw typeError(e.message);
    throw e;
  }
  const classCell = ns.getStr('__classcell__');
  if (classCell !== undefined) {
    if (!(classCell instanceof PyCell)) throw typeError(`__classcell__ must be a nonlocal cell, not ${repr(vm, typeOf(classCell))}`);
    classCell.ref = cls;
  }
  for (const [key, v] of ns.entries()) {
    // DIVERGENCE: the type's dict is keyed by strings, so a str subclass key (`vars()[S('x')] = 1`
    // in the body) becomes its str value (CPython keeps the key object); other keys are dropped.
    const k = key instanceof PyStrSub ? key.value : key;
    if (typeof k !== 'string' || k === '__qualname__' || k === '__classcell__') continue;
    let value = v;
    if (k === '__new__' && value instanceof PyFunction) value = new PyStaticMethod(value);
    if ((k === '__init_subclass__' || k === '__class_getitem__') && value instanceof PyFunction) value = new PyClassMethod(value);
    cls.typeDict.set(k, value);
  }
  if (moduleFromCaller !== undefined) cls.typeDict.set('__module__', moduleFromCaller);
  cls.slotCount = inherited;
  if (slots !== null) installSlots(cls, slots, inherited);
  const addDict = slots === null ? !bases.some((b) => b.hasInstanceDict) : slots.addDict;
  installInstanceGetsets(cls, addDict, slots === null ? mayAddWeakref(bases) : slots.addWeak);
  if (cls.typeDict.has('__del__')) noteFinalizerClass(cls, vm);
  if (!cls.typeDict.has('__doc__')) cls.typeDict.set('__doc__', None);
  if (cls.typeDict.has('__eq__') && !cls.typeDict.has('__hash__')) cls.typeDict.set('__hash__', None);
  // Only the new class's own caches can be stale: no other class derives from it yet.
  cls.forgetOwnLookups();
  if (meta !== typeType) {
    try {
      applyCustomMro(vm, meta, cls);
    } catch (e) {
      cls.detachFromBases();
      throw e;
    }
  }

  // __set_name__ on descriptors, then the parent's __init_subclass__.
  for (const [k, v] of cls.typeDict) {
    if (typeof v !== 'object') continue;
    const sn = typeOf(v).lookup('__set_name__');
    if (sn === undefined) continue;
    try {
      callSpecialMethod(vm, v, sn, [cls, k]);
    } catch (e) {
      // 3.11 wraps any exception (KeyboardInterrupt too) in a RuntimeError caused by it.
      const cause = toPyException(e);
      const wrapped = newException(RuntimeError, `Error calling __set_name__ on '${typeOf(v).tpName}' instance ${repr(vm, k)} in '${cls.name}'`);
      wrapped.cause = cause;
      wrapped.context = cause;
      wrapped.suppressContext = true;
      throw wrapped;
    }
  }
  // super(cls, cls).__init_subclass__(**kwargs): the first definition after cls in cls's own
  // MRO (a later base's, past a mixin without one), bound as super binds it for a class (a
  // classmethod to cls, a plain function assigned later unbound).
  const mro = cls.mro;
  for (let i = 1; i < mro.length; i++) {
    const initSubclass = mro[i].typeDict.get('__init_subclass__');
    if (initSubclass === undefined) continue;
    // object's own does nothing without keywords: no bound method to make and call.
    if (initSubclass === objectType.typeDict.get('__init_subclass__') && (kwargs === null || kwargs.size === 0)) return cls;
    call(vm, bindDescriptor(vm, initSubclass, undefined, cls), [], kwargs);
    return cls;
  }
  if (kwargs !== null && kwargs.size > 0) throw typeError(`${cls.qualname}.__init_subclass__() takes no keyword arguments`);
  return cls;
}

