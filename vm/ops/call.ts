// Calling any callable from native code (CPython's PyObject_Call), and the dunder-method helpers.
//
// A tpy function called from here runs in a nested eval loop (vm.callFunction);
// calls made by tpy code itself stay in the running loop (see eval.ts).

import type { PyObject } from '../objects/object.js';
import { PyObj } from '../objects/object.js';
import { PyType, typeType, typeEpoch } from '../objects/type.js';
import {
  PyFunction, PyBuiltinFunction, PyMethodDescriptor, PyMethod, PyStaticMethod, PyClassMethod, KwArgs, isSlotWrapper,
} from '../objects/function.js';
import { None } from '../objects/singletons.js';
import { typeError, BaseException, PyBaseException } from '../objects/exceptions.js';
import { typeOf } from './typeof.js';
import { PyLruCacheWrapper } from '../objects/lru_cache.js';
import { isLruCallee, lruCall, lruCallFixed } from '../lru_call.js';
import type { VM } from '../vm.js';
import { bindClassMethod, bindDescriptor } from './attribute.js';
import { recursionError } from '../errors.js';

export function call(vm: VM, f: PyObject, args: PyObject[], kwargs: KwArgs | null = null): PyObject {
  // A callable called from native code may not park the VM (see VM.park).
  vm.canPark = false;
  if (typeof f === 'object') {
    if (f instanceof PyFunction) return vm.callFunction(f, args, kwargs);
    if (f instanceof PyBuiltinFunction) {
      return f.self === undefined ? f.fn(vm, args, kwargs) : f.fn(vm, [f.self, ...args], kwargs);
    }
    if (f instanceof PyMethod) return call(vm, f.func, [f.self, ...args], kwargs);
    if (f instanceof PyMethodDescriptor) return callMethodDescriptor(vm, f, args, kwargs);
    if (f instanceof PyType) {
      // A metaclass may define __call__ (type(cls) is not type itself).
      if (f.cls !== typeType) {
        const mc = f.cls.lookup('__call__');
        if (mc !== undefined && mc !== typeType.typeDict.get('__call__')) return callAtTpCallLevel(vm, f, mc, args, kwargs);
      }
      return callType(vm, f, args, kwargs);
    }
    if (f instanceof PyStaticMethod) return call(vm, f.func, args, kwargs);
    if (f instanceof PyLruCacheWrapper) return lruCall(vm, f, args, kwargs);
  }
  const t = typeOf(f);
  const c = t.lookup('__call__');
  if (c === undefined) throw typeError(`'${t.tpName}' object is not callable`);
  return t.isHeapType ? callAtTpCallLevel(vm, f, c, args, kwargs) : callSpecialMethod(vm, f, c, args, kwargs);
}

/**
 * A call of an instance of a class statement's class (or of a class whose metaclass defines
 * __call__) through its __call__ function: one level of recursion of its own, as CPython's
 * _PyObject_Call checks the limit before tp_call (slot_tp_call). A library class standing in
 * for a C type with a vectorcall (functools.partial: hidden code) has no frame in CPython.
 */
function callAtTpCallLevel(vm: VM, self: PyObject, m: PyObject, args: PyObject[], kwargs: KwArgs | null): PyObject {
  // The hidden __call__'s frame stands for no level of CPython's: it runs one level lower.
  const level = m instanceof PyFunction && m.code.hiddenFrame ? -1 : 1;
  if (level > 0 && vm.depth >= vm.recursionLimit) throw recursionError(' while calling a Python object');
  vm.depth += level;
  try {
    return callSpecialMethod(vm, self, m, args, kwargs);
  } finally {
    vm.depth -= level;
  }
}

/**
 * Calls a native with the `argc` arguments at stack[at...] without keywords, through its
 * fixed-arity entry (see FixedArity) when it has one for that count, else through its
 * NativeFn with an argument array. Returns undefined where the caller must make the call
 * itself: a native only the eval loop may call (evalLoopOnly), a method descriptor whose
 * self is not of its type (the generic call raises the error), anything not native. A
 * built-in class is called with any count. The eval loop tries this first for natives
 * called without keywords and without hooks; compiled code calls natives only through this.
 */
export function callFixed(vm: VM, callee: PyObject, stack: PyObject[], at: number, argc: number): PyObject | undefined {
  if (callee instanceof PyMethodDescriptor) {
    if (argc === 0) return undefined;
    const self = stack[at];
    const t = typeOf(self);
    if (t !== callee.owner && !t.isSubtypeOf(callee.owner)) return undefined;
    return callFixedArgs(vm, callee, self, stack, at + 1, argc - 1) ?? callNativeFn(vm, callee, undefined, stack, at, argc);
  }
  if (callee instanceof PyBuiltinFunction) {
    if (callee.self === undefined) {
      let r: PyObject | undefined;
      switch (argc) {
        case 1: r = callee.call1 === null ? undefined : callee.call1(vm, stack[at]); break;
        case 2: r = callee.call2 === null ? undefined : callee.call2(vm, stack[at], stack[at + 1]); break;
        case 3: r = callee.call3 === null ? undefined : callee.call3(vm, stack[at], stack[at + 1], stack[at + 2]); break;
      }
      return r ?? callNativeFn(vm, callee, undefined, stack, at, argc);
    }
    // A bound built-in method: its descriptor's entries, with self first.
    const d = callee.descriptor;
    return (d === null ? undefined : callFixedArgs(vm, d, callee.self, stack, at, argc)) ?? callNativeFn(vm, callee, callee.self, stack, at, argc);
  }
  if (callee instanceof PyType) {
    if (argc === 0 && callee.call0 !== null) return callee.call0(vm);
    if (argc === 1 && callee.call1 !== null) return callee.vectorcall || callee.specializedCall1 ? callee.call1(vm, stack[at]) : callType1(vm, callee, stack[at]);
    // Only vectorcall types (range) have a two-argument entry: no recursion level of their own.
    if (argc === 2 && callee.call2 !== null) return callee.call2(vm, stack[at], stack[at + 1]);
    // `class E(Exception): pass` called (a class statement's class, so only when its
    // metaclass is type): what callType does for it, with no argument array to copy first
    // (at the call's own recursion level, which runs no code but is checked all the same).
    if (callee.cls === typeType && makesPlainException(callee)) {
      if (vm.depth >= vm.recursionLimit) throw recursionError(' while calling a Python object');
      const exc = newPlainException(callee, argc === 1 ? [stack[at]] : stack.slice(at, at + argc));
      if (exc !== undefined) return exc;
    }
    // A built-in class (range(a, b), dict(), ValueError(msg)): its __new__ and __init__ are
    // natives, so it is a native call whatever the count. A class statement's class may run
    // tpy code (its __init__, a metaclass's __call__) and is the eval loop's to call.
    if (!callee.isHeapType && callee.cls === typeType) return callType(vm, callee, stack.slice(at, at + argc), null);
  }
  if (isLruCallee(callee)) return lruCallFixed(vm, callee, stack, at, argc);
  return undefined;
}

/**
 * CALL_FUNCTION_KW or CALL_FUNCTION_EX of a native from compiled code: `args` positional,
 * `kwargs` by name (null: none). Undefined where the eval loop must make the call: not a native, or one only it may call.
 */
export function callNativeKw(vm: VM, callee: PyObject, args: PyObject[], kwargs: KwArgs | null): PyObject | undefined {
  if (callee instanceof PyBuiltinFunction) {
    if (onlyForEvalLoop(callee)) return undefined;
    return callee.self === undefined ? callee.fn(vm, args, kwargs) : callee.fn(vm, [callee.self, ...args], kwargs);
  }
  if (callee instanceof PyMethodDescriptor) return callee.evalLoopOnly ? undefined : callMethodDescriptor(vm, callee, args, kwargs);
  if (callee instanceof PyType && !callee.isHeapType && callee.cls === typeType) return callType(vm, callee, args, kwargs);
  return undefined;
}

/** A native's NativeFn called with the arguments at stack[at...] (`self` first for a bound method), unless only the eval loop may. */
function callNativeFn(vm: VM, callee: PyBuiltinFunction | PyMethodDescriptor, self: PyObject | undefined, stack: PyObject[], at: number, argc: number): PyObject | undefined {
  if (onlyForEvalLoop(callee)) return undefined;
  if (self === undefined) return callee.fn(vm, stack.slice(at, at + argc), null);
  // Not unshift: V8 runs it as a slow builtin.
  const args = [self];
  for (let i = 0; i < argc; i++) args.push(stack[at + i]);
  return callee.fn(vm, args, null);
}

/** Whether only the eval loop may call `callee`: marked so, or a method bound from a descriptor marked so. */
function onlyForEvalLoop(callee: PyBuiltinFunction | PyMethodDescriptor): boolean {
  return callee.evalLoopOnly || (callee instanceof PyBuiltinFunction && callee.descriptor !== null && callee.descriptor.evalLoopOnly);
}

/** A method descriptor's entry for self plus the `n` arguments at stack[at...]. */
function callFixedArgs(vm: VM, d: PyMethodDescriptor, self: PyObject, stack: PyObject[], at: number, n: number): PyObject | undefined {
  switch (n) {
    case 0: return d.call1 === null ? undefined : d.call1(vm, self);
    case 1: return d.call2 === null ? undefined : d.call2(vm, self, stack[at]);
    case 2: return d.call3 === null ? undefined : d.call3(vm, self, stack[at], stack[at + 1]);
  }
  return undefined;
}

export function callMethodDescriptor(vm: VM, d: PyMethodDescriptor, args: PyObject[], kwargs: KwArgs | null): PyObject {
  if (args.length === 0) {
    throw typeError(isSlotWrapper(d)
      ? `descriptor '${d.name}' of '${d.owner.tpName}' object needs an argument`
      : `unbound method ${d.owner.name}.${d.name}() needs an argument`);
  }
  if (!typeOf(args[0]).isSubtypeOf(d.owner)) throw descriptorSelfError(d, args[0]);
  return d.fn(vm, args, kwargs);
}

/** The TypeError of a method descriptor given a self that is not an instance of its type. */
function descriptorSelfError(d: PyMethodDescriptor, self: PyObject): PyObject {
  return typeError(isSlotWrapper(d)
    ? `descriptor '${d.name}' requires a '${d.owner.tpName}' object but received a '${typeOf(self).tpName}'`
    : `descriptor '${d.name}' for '${d.owner.tpName}' objects doesn't apply to a '${typeOf(self).tpName}' object`);
}

/** Calls a method found on self's type (not bound yet) with self as first argument. */
export function callSpecialMethod(vm: VM, self: PyObject, m: PyObject, args: PyObject[], kwargs: KwArgs | null = null): PyObject {
  if (m instanceof PyMethodDescriptor) {
    // Found on self's type, yet maybe not its own (`class A: __getitem__ = dict.get`): its
    // binding checks self's type, as CPython's method_descriptor __get__ does.
    const t = typeOf(self);
    if (t !== m.owner && !t.isSubtypeOf(m.owner)) throw descriptorSelfError(m, self);
    if (kwargs === null) {
      switch (args.length) {
        case 0: if (m.call1 !== null) return m.call1(vm, self); break;
        case 1: if (m.call2 !== null) return m.call2(vm, self, args[0]); break;
        case 2: if (m.call3 !== null) return m.call3(vm, self, args[0], args[1]); break;
      }
    }
    return m.fn(vm, [self, ...args], kwargs);
  }
  if (m instanceof PyFunction) return vm.callFunctionWithSelf(m, self, args, kwargs);
  if (m instanceof PyStaticMethod) return call(vm, m.func, args, kwargs);
  if (m instanceof PyClassMethod) {
    if (m.func instanceof PyFunction || m.func instanceof PyBuiltinFunction) return call(vm, m.func, [typeOf(self), ...args], kwargs);
    return call(vm, bindClassMethod(vm, m, typeOf(self)), args, kwargs);
  }
  // A built-in function is no descriptor: `__eq__ = len` is called without self, as in CPython.
  if (m instanceof PyBuiltinFunction) return call(vm, m, args, kwargs);
  // Any other descriptor or callable: bind through __get__ if it has one.
  const get = m instanceof PyObj ? typeOf(m).lookup('__get__') : undefined;
  if (get !== undefined) return call(vm, callSpecialMethod(vm, m, get, [self, typeOf(self)]), args, kwargs);
  return call(vm, m, args, kwargs);
}

/** Calls `self.<name>(*args)` looked up on the type, or returns undefined when the type lacks it. */
export function callDunder(vm: VM, self: PyObject, name: string, args: PyObject[]): PyObject | undefined {
  const m = typeOf(self).lookup(name);
  // `__len__ = None` (any special method set to None) is called, and fails, as CPython's slot does.
  if (m === undefined) return undefined;
  return callSpecialMethod(vm, self, m, args);
}

/**
 * type(...) called: type(x), a new class, or instantiation via __new__ and __init__. Unless
 * the class has a vectorcall entry in CPython, the call is a recursion level of its own (the
 * check of CPython's tp_call), under its __new__ and __init__ frames.
 */
export function callType(vm: VM, cls: PyType, args: PyObject[], kwargs: KwArgs | null): PyObject {
  if (cls.vectorcall) return instantiate(vm, cls, args, kwargs);
  if (vm.depth >= vm.recursionLimit) throw recursionError(' while calling a Python object');
  vm.depth++;
  try {
    return instantiate(vm, cls, args, kwargs);
  } finally {
    vm.depth--;
  }
}

/** A class's one-argument entry (int(x), str(x)) at its call's own recursion level, as callType. */
function callType1(vm: VM, cls: PyType, arg: PyObject): PyObject {
  if (vm.depth >= vm.recursionLimit) throw recursionError(' while calling a Python object');
  vm.depth++;
  try {
    return cls.call1!(vm, arg);
  } finally {
    vm.depth--;
  }
}

function instantiate(vm: VM, cls: PyType, args: PyObject[], kwargs: KwArgs | null): PyObject {
  if (cls === typeType) {
    if (args.length === 1 && (kwargs === null || kwargs.size === 0)) return typeOf(args[0]);
    // type_new's own checks for type(...), before type.__new__'s "takes exactly 3 arguments".
    if (args.length === 1) throw typeError('type() takes no keyword arguments');
    if (args.length !== 3) throw typeError('type() takes 1 or 3 arguments');
  }
  const newMethod = cls.lookup('__new__');
  let obj: PyObject;
  if (newMethod === undefined) throw typeError(`cannot create '${cls.tpName}' instances`);
  // A class keeping BaseException's __new__ and __init__ (`class E(Exception): pass`): in one
  // step what those two would do, allocate it and set its args (looked up again after any class change).
  if (kwargs === null && makesPlainException(cls)) {
    const exc = newPlainException(cls, args);
    if (exc !== undefined) return exc;
  }
  obj = callNew(vm, cls, newMethod, args, kwargs);
  // As type_call: __init__ runs only when __new__ returned an instance of cls.
  const ot = typeOf(obj);
  if (!ot.isSubtypeOf(cls)) return obj;
  const init = ot.lookup('__init__');
  if (init !== undefined && init !== objectInit()) {
    const r = callSpecialMethod(vm, obj, init, args, kwargs);
    if (r !== None) throw typeError(`__init__() should return None, not '${typeOf(r).tpName}'`);
  } else if (init === objectInit() && (args.length > 0 || (kwargs !== null && kwargs.size > 0)) && newMethod === objectNew()) {
    throw typeError(`${cls.name}() takes no arguments`);
  }
  return obj;
}

function callNew(vm: VM, cls: PyType, newMethod: PyObject, args: PyObject[], kwargs: KwArgs | null): PyObject {
  if (newMethod === objectNew()) {
    if (cls.allocate === null) throw typeError(`cannot create '${cls.tpName}' instances`);
    return cls.allocate(cls);
  }
  // slot_tp_new reads cls.__new__ through the descriptor protocol: a classmethod __new__ is
  // bound to cls and still gets cls as its first argument.
  const f = newMethod instanceof PyStaticMethod ? newMethod.func : bindDescriptor(vm, newMethod, undefined, cls);
  return call(vm, f, [cls, ...args], kwargs);
}

// object.__init__ and object.__new__ are looked up lazily: base_methods.ts defines them.
import { objectType } from '../objects/type.js';
let exceptionNewCache: PyObject | undefined;
let exceptionInitCache: PyObject | undefined;
/** BaseException.__new__ and __init__, which most exception classes inherit. */
function exceptionNew(): PyObject | undefined {
  return (exceptionNewCache ??= BaseException.typeDict.get('__new__'));
}
function exceptionInit(): PyObject | undefined {
  return (exceptionInitCache ??= BaseException.typeDict.get('__init__'));
}

/** What BaseException's __new__ and __init__ make for a class that keeps both: an instance holding `args`. */
function newPlainException(cls: PyType, args: PyObject[]): PyBaseException | undefined {
  const exc = cls.allocate!(cls);
  if (!(exc instanceof PyBaseException)) return undefined;
  exc.args = args;
  return exc;
}

/** True when a call of `cls` is BaseException's __new__ and __init__ (cached on the class for the type epoch). */
function makesPlainException(cls: PyType): boolean {
  if (cls.plainExceptionEpoch !== typeEpoch) {
    cls.plainException = cls.allocate !== null && cls.lookup('__new__') === exceptionNew() && cls.lookup('__init__') === exceptionInit();
    cls.plainExceptionEpoch = typeEpoch;
  }
  return cls.plainException;
}

let objectInitCache: PyObject | undefined;
let objectNewCache: PyObject | undefined;
/** object.__init__. */
export function objectInit(): PyObject | undefined {
  return (objectInitCache ??= objectType.typeDict.get('__init__'));
}
/** object.__new__ (the one every plain class inherits). */
export function objectNew(): PyObject | undefined {
  return (objectNewCache ??= objectType.typeDict.get('__new__'));
}
