// Which instructions may take away a reference the finaliser watch's paths rely on.
//
// The watch (vm/finalize_now.ts) keeps, for each watched object, the path where a walk last
// met it: a root (a stack slot, a module's dict...) and then links, each an object holding
// the next. A look that finds every link still there knows that nothing watched was dropped.
// Checking every link at every look costs a step a link; most instructions, though, can break
// no link at all: they only push and pop the running frames' stack slots (which the look
// checks every time, being the roots), or they store into an object no path goes through.
// Reported before it runs (vm/watch_words.ts), each instruction is sorted here: one that may
// break a link makes the next look check them all.
//
// An instruction may break a link when it can remove a reference from an object other than
// the stack: a store or delete into a holder (under the key a path uses), or native code that
// mutates its arguments (list.pop, dict.clear, setattr...). Python code an instruction runs is
// reported instruction by instruction, so a call of a tpy function breaks nothing by itself;
// a call of native code does, except for the natives listed below, which neither mutate their
// arguments nor call back into other natives that could. Iterating is the same: a list's
// iterator only reads, a generator's frame is reported, but map(lst.pop, ...) calls a native.

import { Op, CMP_OP } from './opcodes.js';
import { PyObj, PyInstance } from './objects/object.js';
import type { PyObject } from './objects/object.js';
import { PyFunction, PyMethod, PyBuiltinFunction, PyMethodDescriptor } from './objects/function.js';
import { PyType, objectType, typeType } from './objects/type.js';
import { PyGenBase } from './objects/generator.js';
import { isPlainIterator } from './objects/iterators.js';
import { PyList } from './objects/list.js';
import { PyTuple } from './objects/tuple.js';
import { PyDict } from './objects/dict.js';
import { PySetBase } from './objects/set.js';
import { PyRange } from './objects/range.js';
import { PyFloat } from './objects/float.js';
import type { Frame } from './frame.js';
import type { VM } from './vm.js';

/** Where paths go through an object: the str keys of the links it holds (null: any place, an index or a slot). */
export type HolderKeys = Map<PyObj, Set<string | null>>;

/** Instructions that change nothing but the running frames' stack slots (and make new objects). */
const STACK_ONLY = new Uint8Array(256);
for (const op of [Op.POP_TOP, Op.ROT_TWO, Op.ROT_THREE, Op.ROT_N, Op.DUP_TOP, Op.DUP_TOP_TWO, Op.NOP, Op.EXTENDED_ARG,
  Op.UNARY_POSITIVE, Op.UNARY_NEGATIVE, Op.UNARY_NOT, Op.UNARY_INVERT,
  Op.BINARY_MATRIX_MULTIPLY, Op.BINARY_POWER, Op.BINARY_MULTIPLY, Op.BINARY_MODULO, Op.BINARY_ADD, Op.BINARY_SUBTRACT,
  Op.BINARY_SUBSCR, Op.BINARY_FLOOR_DIVIDE, Op.BINARY_TRUE_DIVIDE, Op.BINARY_LSHIFT, Op.BINARY_RSHIFT, Op.BINARY_AND,
  Op.BINARY_XOR, Op.BINARY_OR, Op.GET_LEN, Op.GET_ITER, Op.MATCH_MAPPING, Op.MATCH_SEQUENCE,
  Op.LOAD_BUILD_CLASS, Op.LOAD_ASSERTION_ERROR, Op.RETURN_VALUE, Op.YIELD_VALUE, Op.POP_BLOCK,
  Op.LOAD_CONST, Op.LOAD_NAME, Op.LOAD_GLOBAL, Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST, Op.LOAD_ATTR, Op.LOAD_METHOD,
  Op.LOAD_CLOSURE, Op.LOAD_DEREF, Op.LOAD_CLASSDEREF, Op.BUILD_TUPLE, Op.BUILD_LIST, Op.BUILD_SET, Op.BUILD_MAP,
  Op.BUILD_CONST_KEY_MAP, Op.BUILD_SLICE, Op.BUILD_STRING, Op.FORMAT_VALUE, Op.LIST_APPEND, Op.SET_ADD, Op.MAP_ADD,
  Op.MAKE_FUNCTION, Op.JUMP_FORWARD, Op.JUMP_ABSOLUTE, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP,
  Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.SETUP_LOOP, Op.SETUP_EXCEPT, Op.SETUP_FINALLY]) STACK_ONLY[op] = 1;

const CMP_IN = CMP_OP.indexOf('in');
const CMP_NOT_IN = CMP_OP.indexOf('not in');

/** Instructions sorted by looking at their operands (the rest may always break a link). */
const BY_OPERANDS = new Uint8Array(256);
for (const op of [Op.STORE_ATTR, Op.DELETE_ATTR, Op.STORE_SUBSCR, Op.DELETE_SUBSCR, Op.STORE_GLOBAL, Op.DELETE_GLOBAL,
  Op.STORE_NAME, Op.DELETE_NAME, Op.CALL_FUNCTION, Op.CALL_FUNCTION_KW, Op.CALL_METHOD, Op.FOR_ITER, Op.COMPARE_OP,
  Op.INPLACE_ADD, Op.INPLACE_SUBTRACT, Op.INPLACE_MULTIPLY, Op.INPLACE_MATRIX_MULTIPLY, Op.INPLACE_TRUE_DIVIDE,
  Op.INPLACE_FLOOR_DIVIDE, Op.INPLACE_MODULO, Op.INPLACE_POWER, Op.INPLACE_LSHIFT, Op.INPLACE_RSHIFT, Op.INPLACE_AND,
  Op.INPLACE_XOR, Op.INPLACE_OR, Op.UNPACK_SEQUENCE]) BY_OPERANDS[op] = 1;

/** Whether the watch must be told before the instruction `word` runs (it may break a link). */
export function needsReportBefore(word: number): boolean {
  const op = word & 0xff;
  // A comparison other than `in` only reads (see mayBreakLink).
  if (op === Op.COMPARE_OP) return (word >> 8) === CMP_IN || (word >> 8) === CMP_NOT_IN;
  return STACK_ONLY[op] === 0;
}

/** Built-in functions that mutate none of their arguments and call no callable they are given. */
const PURE_BUILTINS = ['len', 'isinstance', 'issubclass', 'id', 'hash', 'abs', 'callable', 'repr', 'ascii', 'print',
  'chr', 'ord', 'round', 'divmod', 'pow', 'hasattr', 'getattr', 'format', 'bin', 'hex', 'oct', 'iter', 'globals', 'dir'];
/** Modules whose functions all compute from numbers (their module name on the function). */
const PURE_MODULES = new Set(['math', 'cmath']);
/** Built-in types whose call makes a new object from its arguments without iterating them. */
const PURE_TYPES = ['int', 'float', 'str', 'bool', 'complex', 'range', 'enumerate', 'zip', 'map', 'filter', 'reversed',
  'slice', 'object', 'type', 'super', 'property', 'staticmethod', 'classmethod'];
/** Methods of built-in types that only read, or only add (an addition breaks no link). */
const PURE_METHODS = new Set(['list.append', 'list.insert', 'list.index', 'list.count', 'list.copy', 'dict.get',
  'dict.keys', 'dict.values', 'dict.items', 'dict.copy', 'dict.setdefault', 'set.add', 'set.copy', 'tuple.index',
  'tuple.count']);
/** Built-in types whose methods all only read (their values are immutable), join aside: it iterates what it is given. */
const IMMUTABLE_OWNERS = new Set(['str', 'int', 'float', 'bytes', 'tuple', 'complex', 'bool']);

/** A VM's built-ins that calls are sorted by: the pure ones, and next (which iterates). The watch keeps its VM's. */
export interface KnownBuiltins {
  pure: Set<PyObject>;
  next: PyObject | undefined;
}

export function knownBuiltins(vm: VM): KnownBuiltins {
  const b = vm.builtins;
  const pure = new Set<PyObject>();
  for (const name of [...PURE_BUILTINS, ...PURE_TYPES]) {
    const v = b.getStr(name);
    if (v !== undefined) pure.add(v);
  }
  return { pure, next: b.getStr('next') };
}

/** Whether taking the next item of `it` may break a link (FOR_ITER, next()). */
function iterMayBreak(holders: HolderKeys, it: PyObject | undefined): boolean {
  // A list's iterator lets go of its list at the end; a generator's frame takes its slots back.
  if (it instanceof PyObj && holders.has(it)) return true;
  if (it instanceof PyGenBase) return holders.has(it.frame);
  return !isPlainIterator(it as PyObject);
}

/** Whether `a op= b` may break a link: a native container changes in place, and may iterate `b`. */
function inplaceMayBreak(holders: HolderKeys, a: PyObject, b: PyObject): boolean {
  // Numbers, strs, tuples: the operator makes a new value.
  if (!(a instanceof PyObj) || a instanceof PyFloat || a instanceof PyTuple) return false;
  if (holders.has(a)) return true;
  return !(!(b instanceof PyObj) || b instanceof PyFloat || b instanceof PyList || b instanceof PyTuple ||
    b instanceof PyDict || b instanceof PySetBase || b instanceof PyRange || b instanceof PyInstance);
}

/** Whether calling `callee` can run native code that breaks a link (tpy code is reported on its own). */
function callMayBreak(known: KnownBuiltins, callee: PyObject | undefined): boolean {
  if (callee instanceof PyFunction) return false;
  if (callee instanceof PyMethod) return !(callee.func instanceof PyFunction);
  if (callee instanceof PyMethodDescriptor) return !isPureMethod(callee.owner, callee.name);
  if (callee instanceof PyBuiltinFunction) {
    if (callee.descriptor !== null) return !isPureMethod(callee.descriptor.owner, callee.name);
    return !(known.pure.has(callee) || (callee.self === undefined && PURE_MODULES.has(callee.module ?? '')));
  }
  if (callee instanceof PyType) return !(known.pure.has(callee) || plainClass(callee));
  if (callee instanceof PyInstance) return !(callee.cls.lookup('__call__') instanceof PyFunction);
  return true;
}

function isPureMethod(owner: PyType, name: string): boolean {
  return (IMMUTABLE_OWNERS.has(owner.name) && name !== 'join') || PURE_METHODS.has(`${owner.name}.${name}`);
}

/** A class of the program's own whose instances are plain objects: making one runs object's __new__ and tpy code. */
function plainClass(t: PyType): boolean {
  if (!t.isHeapType || t.cls !== typeType) return false;
  for (const m of t.mro) if (!m.isHeapType && m !== objectType) return false;
  return true;
}

/** Whether a store or delete under `key` into `holder` (or its dict) may break a link. */
function storeMayBreak(holders: HolderKeys, holder: PyObject, key: PyObject | string): boolean {
  if (!(holder instanceof PyObj)) return false;
  const keys = holders.get(holder) ?? (holder.dict !== null && !(holder instanceof PyType) ? holders.get(holder.dict) : undefined);
  if (keys === undefined) return false;
  // A new __dict__ takes every attribute away at once.
  return keys.has(null) || typeof key !== 'string' || keys.has(key) || key === '__dict__';
}

/**
 * Whether the instruction at `slot` of `frame` (about to run, with its operands on the stack up
 * to frame.sp) may take away a reference held by an object of `holders`.
 */
export function mayBreakLink(vm: VM, frame: Frame, slot: number, holders: HolderKeys, known: KnownBuiltins): boolean {
  const code = frame.f_code;
  const word = code.words[slot];
  const op = word & 0xff;
  if (STACK_ONLY[op] === 1) return false;
  if (BY_OPERANDS[op] === 0) return true;
  const arg = word >> 8;
  const stack = vm.stack;
  const sp = frame.sp;
  switch (op) {
    case Op.STORE_ATTR: case Op.DELETE_ATTR:
      return storeMayBreak(holders, stack[sp - 1], code.co_names[arg]);
    case Op.STORE_SUBSCR: case Op.DELETE_SUBSCR:
      return storeMayBreak(holders, stack[sp - 2], stack[sp - 1]);
    case Op.STORE_GLOBAL: case Op.DELETE_GLOBAL:
      return storeMayBreak(holders, frame.f_globals, code.co_names[arg]);
    case Op.STORE_NAME: case Op.DELETE_NAME:
      return frame.f_locals === null || storeMayBreak(holders, frame.f_locals, code.co_names[arg]);
    case Op.CALL_FUNCTION: {
      const callee = stack[sp - arg - 1];
      if ((arg === 1 || arg === 2) && callee === known.next) return iterMayBreak(holders, stack[sp - arg]);
      return callMayBreak(known, callee);
    }
    case Op.CALL_FUNCTION_KW:
      return callMayBreak(known, stack[sp - arg - 2]);
    case Op.CALL_METHOD: {
      const method = stack[sp - arg - 2];
      return callMayBreak(known, method === undefined ? stack[sp - arg - 1] : method);
    }
    case Op.COMPARE_OP: {
      // `x in it` iterates an object with no __contains__: map(lst.pop, ...) would call a native.
      if (arg !== CMP_IN && arg !== CMP_NOT_IN) return false;
      const container = stack[sp - 1];
      return !(typeof container === 'string' || container instanceof PyList || container instanceof PyTuple ||
        container instanceof PyDict || container instanceof PySetBase || container instanceof PyRange || container instanceof PyInstance);
    }
    case Op.FOR_ITER:
      return iterMayBreak(holders, stack[sp - 1]);
    case Op.UNPACK_SEQUENCE: {
      // A tuple or list is read; anything else is iterated.
      const seq = stack[sp - 1];
      return !(seq instanceof PyTuple || seq instanceof PyList);
    }
  }
  return inplaceMayBreak(holders, stack[sp - 2], stack[sp - 1]);
}
