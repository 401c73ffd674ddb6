// Callables: tpy functions, built-in functions and methods, bound methods, cells,
// and the descriptors staticmethod, classmethod and property.

import { PyObj, PyObject } from './object.js';
import { makeNativeType, PyType } from './type.js';
import { None, NotImplemented } from './singletons.js';
import { typeError } from './exceptions.js';
import type { Code } from '../code.js';
import type { PyDict } from './dict.js';
import type { VM } from '../vm.js';
import type { FrameRunner } from '../frame_runner.js';
import { stampingAllocations, stampAllocation } from '../alloc_stamps.js';
import { isLevelCountingMethod, runsNoCode, countingLevel, countingLevelFixed, isCheckedModuleFunction, isHeldModuleFunction, roundingChecks } from '../method_recursion_level.js';
import { isColdLevelMethod, isColdLevelFunction } from '../cold_call_level.js';

/** Keyword arguments passed to a native callable, in call order. */
export type KwArgs = Map<string, PyObject>;

/**
 * A native callable. `args` are the positional arguments (for a method
 * descriptor, args[0] is self); `kwargs` is null when none were passed.
 */
export type NativeFn = (vm: VM, args: PyObject[], kwargs: KwArgs | null) => PyObject;

/**
 * Fixed-arity entries of a native callable (CPython's METH_NOARGS / METH_O / fastcall
 * shapes): the eval loop calls one with the arguments it holds, without building an
 * argument array, when no keyword was passed and no hook is set. The number counts
 * positional arguments, a method's self included: a method descriptor's call1 is the
 * method called with no argument. Each must do exactly what the callable's NativeFn
 * does for that call, errors included.
 */
export type Native1 = (vm: VM, a: PyObject) => PyObject;
export type Native2 = (vm: VM, a: PyObject, b: PyObject) => PyObject;
export type Native3 = (vm: VM, a: PyObject, b: PyObject, c: PyObject) => PyObject;
/**
 * A plain entry: the same call as the entry of its count, when it can be made without running
 * tpy code, reading or writing the calling frame, warning or parking; undefined when it
 * cannot (the caller then makes the call through callN). Compiled code calls it without
 * writing its frame back first (vm/jit_ops.ts): an exception it raises is written back by
 * the compiled body's catch, as for any native. An error programs commonly catch (int('x')'s
 * ValueError) it may answer instead, as RAISED with the exception in vm.jitRaised: a
 * JavaScript throw costs V8 0.4-1 us (it walks the stack), several times the rest of the raise.
 */
/** What a plain entry answers when it raised without a JavaScript throw: its exception is in vm.jitRaised. */
export const RAISED: PyObject = Object.freeze({ raised: true }) as unknown as PyObject;

/** A plain entry's answer RAISED, `exc` handed over in vm.jitRaised. */
export function raisedPlain(vm: VM, exc: PyObject): PyObject {
  vm.jitRaised = exc;
  return RAISED;
}

/** The exception a RAISED answer handed over, taken out of vm.jitRaised for a caller that throws it. */
export function takeRaised(vm: VM): unknown {
  const e = vm.jitRaised;
  vm.jitRaised = null;
  return e;
}

export type Plain1 = (vm: VM, a: PyObject) => PyObject | undefined;
export type Plain2 = (vm: VM, a: PyObject, b: PyObject) => PyObject | undefined;
export type Plain3 = (vm: VM, a: PyObject, b: PyObject, c: PyObject) => PyObject | undefined;
export interface FixedArity {
  call1?: Native1;
  call2?: Native2;
  call3?: Native3;
  /** True: each callN given is plain for every argument (a str method of str arguments): it is its own plainN. */
  plain?: boolean;
  plain1?: Plain1;
  plain2?: Plain2;
  plain3?: Plain3;
}

/** The fields of FixedArity on a callable (null: no entry for that count). */
export abstract class HasFixedArity extends PyObj {
  call1: Native1 | null = null;
  call2: Native2 | null = null;
  call3: Native3 | null = null;
  /** The plain entries (see Plain1), null where there is none. */
  plain1: Plain1 | null = null;
  plain2: Plain2 | null = null;
  plain3: Plain3 | null = null;
  /**
   * True for a native only the eval loop may call: one that may park the VM (VM.park: a
   * socket wait, time.sleep), which it lets park there, or that sets a hook
   * (sys.settrace), which it must see at once. Any other native is called from compiled
   * code too (ops/call.ts callFixed), which never lets a native park.
   */
  evalLoopOnly = false;
  /**
   * True for a built-in whose call CPython 3.11 checks against the recursion limit only while
   * the calling code is unspecialised (vm/cold_call_level.ts).
   */
  coldLevel = false;

  /** Installs fixed-arity entries; returns this. */
  fixed(fx: FixedArity | undefined): this {
    if (fx !== undefined) {
      this.call1 = fx.call1 ?? null;
      this.call2 = fx.call2 ?? null;
      this.call3 = fx.call3 ?? null;
      this.plain1 = fx.plain1 ?? (fx.plain === true ? this.call1 : null);
      this.plain2 = fx.plain2 ?? (fx.plain === true ? this.call2 : null);
      this.plain3 = fx.plain3 ?? (fx.plain === true ? this.call3 : null);
    }
    return this;
  }
}

// Not subclassable in CPython either ("type 'function' is not an acceptable base type").
export const functionType = makeNativeType('function', undefined, { instanceDict: true, final: true });
export const builtinFunctionType = makeNativeType('builtin_function_or_method', undefined, { final: true });
export const methodDescriptorType = makeNativeType('method_descriptor', undefined, { final: true });
/** A built-in type's slot method (int.__add__, object.__init__): CPython's wrapper_descriptor. */
export const wrapperDescriptorType = makeNativeType('wrapper_descriptor', undefined, { final: true });
/** A slot method bound to an object ((1).__add__): CPython's method-wrapper. */
export const methodWrapperType = makeNativeType('method-wrapper', undefined, { final: true });
export const methodType = makeNativeType('method', undefined, { final: true });
export const cellType = makeNativeType('cell', undefined, { final: true });
export const staticmethodType = makeNativeType('staticmethod', undefined, { allocate: (cls) => new PyStaticMethod(None, cls), instanceDict: true });
export const classmethodType = makeNativeType('classmethod', undefined, { allocate: (cls) => new PyClassMethod(None, cls), instanceDict: true });
/**
 * A class method of a built-in type (dict.fromkeys, object.__init_subclass__): CPython's
 * classmethod_descriptor, which reprs as `<method 'fromkeys' of 'dict' objects>` (so does a
 * profiler's row for it). its object is a PyClassMethod, so it binds as one, but its type is not classmethod's subclass.
 */
export const classmethodDescriptorType = makeNativeType('classmethod_descriptor', undefined, { final: true, allocate: null });
export const propertyType = makeNativeType('property', undefined, { allocate: (cls) => new PyProperty(None, None, None, None, cls) });

/** A function defined in tpy code: code plus the environment MAKE_FUNCTION captured. */
// A PyObj by its prototype, not by `extends`, for the reason PyInstance gives
// (vm/objects/object.ts): a closure or lambda is made at every call of its maker.
export interface PyFunction extends PyObj {}
export class PyFunction {
  declare cls: PyType;
  declare dict: PyDict | null;
  declare code: Code;
  declare globals: PyDict;
  declare closure: PyCell[] | null;
  /**
   * The builtins its frames look names up in (CPython's func_builtins): fixed when the
   * function is made, from its globals' `__builtins__` (see VM.builtinsFor).
   */
  declare builtins: PyDict;
  declare name: string;
  declare qualname: string;
  declare defaults: PyObject[] | null;
  declare kwdefaults: PyDict | null;
  declare annotations: PyDict | null;
  declare doc: PyObject;
  declare module: PyObject;
  constructor(
    code: Code,
    globals: PyDict,
    qualname: string,
    defaults: PyObject[] | null,
    kwdefaults: PyDict | null,
    closure: PyCell[] | null,
    builtins: PyDict,
  ) {
    // PyObj's fields, then the rest in the order the class had them.
    this.cls = functionType;
    this.dict = null;
    this.code = code;
    this.globals = globals;
    this.closure = closure;
    this.builtins = builtins;
    this.annotations = null;
    this.name = code.co_name;
    this.qualname = qualname;
    this.defaults = defaults;
    this.kwdefaults = kwdefaults;
    const c0 = code.co_consts[0];
    this.doc = code.hasDocstring && typeof c0 === 'string' ? c0 : None;
    this.module = globals.getStr('__name__') ?? None;
    if (stampingAllocations) stampAllocation(this);
  }
}
Object.setPrototypeOf(PyFunction.prototype, PyObj.prototype);

/** A cell: the shared box behind a closure variable. `undefined` means empty (unbound). */
export interface PyCell extends PyObj {}
export class PyCell {
  declare cls: PyType;
  declare dict: PyDict | null;
  declare ref: PyObject | undefined;
  // A PyObj by its prototype, not by `extends`, as PyFunction.
  constructor(ref: PyObject | undefined = undefined) {
    this.cls = cellType;
    this.dict = null;
    this.ref = ref;
    if (stampingAllocations) stampAllocation(this);
  }
}
Object.setPrototypeOf(PyCell.prototype, PyObj.prototype);

/** A built-in function, or a built-in method bound to `self` (builtin_function_or_method). */
export class PyBuiltinFunction extends HasFixedArity {
  /** For exec and eval: the frame the eval loop runs for a call it makes (vm/frame_runner.ts). */
  runsFrame: FrameRunner | null = null;
  /**
   * For a type's __new__ (CPython's tp_new_wrapper): the type it belongs to. CPython binds the
   * wrapper to that type (its __self__, repr and profiler name say so) while the call still takes
   * the class to create first, so here it is a note for naming only and `self` stays unset.
   */
  newOf: PyType | null = null;
  /**
   * For a built-in type's static method (str.maketrans, CPython's METH_STATIC): the type. CPython
   * keeps it as the function's m_self for its repr and qualname, while __self__ reads None.
   */
  staticOf: PyType | null = null;
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    /** The module name for functions, or the bound object for methods. */
    readonly module: string | null = null,
    readonly self: PyObject | undefined = undefined,
    /** For a bound method: the descriptor it came from. */
    readonly descriptor: PyMethodDescriptor | null = null,
  ) {
    super(descriptor !== null && descriptor.cls === wrapperDescriptorType ? methodWrapperType : builtinFunctionType);
  }
}

/** A native method found in a built-in type's dict (method_descriptor); binds like a function. */
export class PyMethodDescriptor extends HasFixedArity {
  /** A built-in sequence's concat or repeat (CPython's sq_* slots): operators try it after number methods. */
  sequenceSlot = false;
  /**
   * For a sequence slot: what the operators call. It answers NotImplemented for an operand it
   * does not take, so that `+` and `*` go on to the other side and word the error themselves;
   * `fn`, what a direct call (`[1].__add__(1)`) runs, raises the slot wrapper's error instead.
   */
  operatorFn: NativeFn | null = null;
  /**
   * For a method CPython checks the recursion limit in when called (list.__getitem__, a
   * METH_COEXIST method): its two-argument entry without that level, which the operator on
   * an instance of the built-in type itself runs (CPython's mp_subscript slot checks nothing).
   */
  slotCall2: ((vm: VM, a: PyObject, b: PyObject) => PyObject) | null = null;
  constructor(readonly name: string, readonly owner: PyType, readonly fn: NativeFn) {
    super(SLOT_NAMES.has(name) && !isCoexistingMethod(owner.name, name) ? wrapperDescriptorType : methodDescriptorType);
  }
}

/** A function bound to an instance (or, for classmethod, a class). */
export interface PyMethod extends PyObj {}
export class PyMethod {
  declare cls: PyType;
  declare dict: PyDict | null;
  declare readonly func: PyObject;
  declare readonly self: PyObject;
  // A PyObj by its prototype, not by `extends`, for the reason PyInstance gives (vm/objects/object.ts).
  constructor(func: PyObject, self: PyObject) {
    this.cls = methodType;
    this.dict = null;
    (this as { func: PyObject }).func = func;
    (this as { self: PyObject }).self = self;
  }
}
Object.setPrototypeOf(PyMethod.prototype, PyObj.prototype);

export class PyStaticMethod extends PyObj {
  constructor(public func: PyObject, cls = staticmethodType) {
    super(cls);
  }
}

export class PyClassMethod extends PyObj {
  constructor(public func: PyObject, cls = classmethodType) {
    super(cls);
  }
}

/** A built-in type's class method (classmethod_descriptor): its function and the type that holds it. */
export class PyClassMethodDescriptor extends PyClassMethod {
  constructor(func: PyBuiltinFunction, readonly owner: PyType) {
    super(func, classmethodDescriptorType);
  }
}

export class PyProperty extends PyObj {
  /** The name __set_name__ gave it (a class body's assignment), for its error messages; null before. */
  name: string | null = null;
  constructor(public fget: PyObject, public fset: PyObject, public fdel: PyObject, public doc: PyObject, cls = propertyType) {
    super(cls);
  }
}

/**
 * How many arguments CPython's slot wrapper for each dunder takes (besides self): called
 * from Python with another number, `[].__repr__(1)`, it raises "expected 0 arguments, got 1".
 */
const SLOT_ARITY = new Map<string, number>([
  ...['__repr__', '__str__', '__hash__', '__len__', '__iter__', '__next__', '__bool__', '__neg__', '__pos__', '__abs__',
    '__invert__', '__int__', '__float__', '__index__', '__await__', '__aiter__', '__anext__'].map((n): [string, number] => [n, 0]),
  ...['__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__', '__getitem__', '__contains__', '__delitem__',
    '__delattr__', '__add__', '__radd__', '__sub__', '__rsub__', '__mul__', '__rmul__', '__truediv__', '__rtruediv__',
    '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__', '__divmod__', '__rdivmod__', '__lshift__', '__rlshift__',
    '__rshift__', '__rrshift__', '__and__', '__rand__', '__or__', '__ror__', '__xor__', '__rxor__', '__matmul__',
    '__rmatmul__', '__iadd__', '__isub__', '__imul__', '__itruediv__', '__ifloordiv__', '__imod__', '__ilshift__',
    '__irshift__', '__iand__', '__ior__', '__ixor__', '__imatmul__'].map((n): [string, number] => [n, 1]),
  ['__setitem__', 2],
]);

/** Dunder names CPython implements as type slots: their built-in methods are slot wrappers. */
const SLOT_NAMES = new Set([
  '__repr__', '__str__', '__hash__', '__call__', '__getattribute__', '__getattr__', '__setattr__', '__delattr__',
  '__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__', '__iter__', '__next__', '__get__', '__set__', '__delete__',
  '__init__', '__del__', '__len__', '__getitem__', '__setitem__', '__delitem__', '__contains__', '__bool__',
  '__neg__', '__pos__', '__abs__', '__invert__', '__int__', '__float__', '__index__', '__divmod__', '__rdivmod__',
  '__pow__', '__rpow__', '__await__', '__aiter__', '__anext__',
  ...['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'lshift', 'rshift', 'and', 'xor', 'or'].flatMap(
    (n) => [`__${n}__`, `__r${n}__`, `__i${n}__`],
  ),
  '__ipow__',
]);

/**
 * A slot wrapper (wrapper_descriptor) rather than a method descriptor: it prints as one, and
 * applied to the wrong type says "requires a 'list' object but received a 'int'". A few
 * dunders CPython also defines as plain methods, which win (METH_COEXIST): list's and dict's
 * __getitem__, dict's and set's __contains__.
 */
export function isSlotWrapper(d: PyMethodDescriptor): boolean {
  return d.cls === wrapperDescriptorType;
}

/** A dunder a built-in type defines as a plain method over its slot (METH_COEXIST). */
function isCoexistingMethod(owner: string, name: string): boolean {
  if (name === '__getitem__') return owner === 'list' || owner === 'dict';
  if (name === '__contains__') return owner === 'dict' || owner === 'set' || owner === 'frozenset';
  return false;
}

/** Slot wrappers that take keyword arguments (CPython's PyWrapperFlag_KEYWORDS). */
const SLOT_KEYWORDS = new Set(['__init__', '__call__']);

/**
 * `fn` behind the checks of the slot wrapper `name` stands for: keywords first ("wrapper
 * __add__() takes no keyword arguments", as wrapperdescr_raw_call), then the arity.
 */
const REPEAT_SLOTS = new Set(['__mul__', '__rmul__', '__imul__']);
/** The built-in types whose `*` is a sequence repeat (sq_repeat), not a number method. */
const SEQUENCE_REPEAT_TYPES = new Set(['str', 'bytes', 'bytearray', 'list', 'tuple', 'deque', 'array']);

/** A native descriptor's __get__ called with neither an object nor a type fails, as CPython's wrap_descr_get. */
function descrGetChecked(fn: NativeFn): NativeFn {
  return (vm, args, kwargs) => {
    if ((args.length === 2 || args.length === 3) && args[1] === None && (args.length === 2 || args[2] === None)) {
      throw typeError('__get__(None, None) is invalid');
    }
    return fn(vm, args, kwargs);
  };
}

function slotChecked(t: PyType, name: string, fn: NativeFn): NativeFn {
  const n = SLOT_ARITY.get(name);
  // A METH_COEXIST method (list's __getitem__, dict's __contains__) is a METH_O method with its messages.
  const coexisting = isCoexistingMethod(t.name, name);
  const refusesKeywords = SLOT_NAMES.has(name) && !SLOT_KEYWORDS.has(name);
  if (name === '__get__') fn = descrGetChecked(fn);
  if (!refusesKeywords && n === undefined) return fn;
  const keywordsMessage = coexisting
    ? `${t.name}.${name}() takes no keyword arguments`
    : `wrapper ${name}() takes no keyword arguments`;
  if (n === undefined) {
    return (vm, args, kwargs) => {
      if (kwargs !== null && kwargs.size > 0) throw typeError(keywordsMessage);
      return fn(vm, args, kwargs);
    };
  }
  // CPython's wrappers of sq_ass_item and sq_repeat unpack their arguments with no function
  // name, so their messages start with a space.
  const unnamed = name === '__setitem__' || (REPEAT_SLOTS.has(name) && SEQUENCE_REPEAT_TYPES.has(t.name));
  const message = coexisting
    ? (given: number) => `${t.name}.${name}() takes exactly one argument (${given} given)`
    : (given: number) => `${unnamed ? ' ' : ''}expected ${n} argument${n === 1 ? '' : 's'}, got ${given}`;
  return (vm, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0 && refusesKeywords) throw typeError(keywordsMessage);
    if (args.length !== n + 1) throw typeError(message(args.length - 1));
    return fn(vm, args, kwargs);
  };
}

/** Adds a native method to a built-in type (with fixed-arity entries, self counted: see FixedArity). */
export function defMethod(t: PyType, name: string, fn: NativeFn, fixed?: FixedArity): void {
  let slotCall2: PyMethodDescriptor['slotCall2'] = null;
  if (isLevelCountingMethod(t.name, name)) {
    const held = !runsNoCode(t.name, name);
    if (name === '__getitem__') {
      const plain = fn;
      slotCall2 = fixed?.call2 ?? ((vm, a, b) => plain(vm, [a, b], null));
    }
    fn = countingLevel(fn, held);
    if (fixed !== undefined) fixed = countingLevelFixed(fixed, held);
  }
  const d = new PyMethodDescriptor(name, t, slotChecked(t, name, fn)).fixed(fixed);
  d.slotCall2 = slotCall2;
  d.coldLevel = isColdLevelMethod(t.name, name);
  t.setAttr(name, d);
}

/** What a sequence slot called directly raises for the operand its operator form refuses. */
export type SequenceSlotRefusal = (vm: VM, name: string, self: PyObject, other: PyObject) => never;

/**
 * Marks a built-in sequence type's concatenation and repetition methods as CPython's
 * sq_concat/sq_repeat/sq_inplace_* slots, which `+`, `*`, `+=`, `*=` try only after both
 * operands' number methods (so `b'x' + R()` reaches `R.__radd__`). With `refuse`, a method
 * that answers NotImplemented keeps doing so for the operators (operatorFn) and raises
 * `refuse`'s error when called directly, as CPython's slot wrappers do.
 */
export function markSequenceSlots(t: PyType, refuse?: SequenceSlotRefusal): void {
  for (const name of ['__add__', '__mul__', '__rmul__', '__iadd__', '__imul__']) {
    const m = t.typeDict.get(name);
    if (!(m instanceof PyMethodDescriptor)) continue;
    if (refuse === undefined) {
      m.sequenceSlot = true;
      continue;
    }
    const operatorFn = m.fn;
    const direct = new PyMethodDescriptor(name, t, (vm, args, kwargs) => {
      const r = operatorFn(vm, args, kwargs);
      return r === NotImplemented ? refuse(vm, name, args[0], args[1]) : r;
    });
    direct.sequenceSlot = true;
    direct.operatorFn = operatorFn;
    t.setAttr(name, direct);
  }
}

/** A native attribute computed from the instance (CPython's getset descriptor). */
export const getsetType = makeNativeType('getset_descriptor', undefined, { final: true });
export class PyGetSet extends PyObj {
  constructor(
    readonly name: string,
    readonly owner: PyType,
    readonly get: (vm: VM, self: PyObject) => PyObject,
    readonly set: ((vm: VM, self: PyObject, value: PyObject | undefined) => void) | null = null,
    readonly doc: string | null = null,
  ) {
    super(getsetType);
  }
}

export function defGetter(t: PyType, name: string, get: (vm: VM, self: PyObject) => PyObject, set: PyGetSet['set'] = null): void {
  t.setAttr(name, new PyGetSet(name, t, get, set));
}

/** Defines a built-in function for a module namespace (with fixed-arity entries: see FixedArity). */
export function builtin(name: string, fn: NativeFn, module = 'builtins', fixed?: FixedArity): PyBuiltinFunction {
  // The builtins module's own checks are made by its functions (stdlib/builtins.ts).
  if (module !== 'builtins' && isCheckedModuleFunction(module, name)) {
    const rounding = roundingChecks(module, name, fn, fixed);
    if (rounding !== undefined) [fn, fixed] = rounding;
    else {
      const held = isHeldModuleFunction(module, name);
      fn = countingLevel(fn, held);
      if (fixed !== undefined) fixed = countingLevelFixed(fixed, held);
    }
  }
  const b = new PyBuiltinFunction(name, fn, module).fixed(fixed);
  if (module !== 'builtins') b.coldLevel = isColdLevelFunction(module, name);
  return b;
}
