// The loop compiler's instructions (vm/jit.ts): the JavaScript each handled opcode
// becomes, and where control goes after it.
//
// Each snippet is the fast path of the eval loop's case for that opcode (eval.ts), with
// the same type tests, and an exit wherever the eval loop would take its slow path (or,
// once jit.ts asks for it, a call of the helper the eval loop calls there). An
// exit leaves before the instruction, with the operand stack as it was: a snippet tests
// first and assigns after, so the eval loop can run the instruction again from the start.
// Operand stack slot i is the variable s<i>, local i is l<i>; depths are known here.

import type { Code } from './code.js';
import { Op, Cmp, HAVE_ARGUMENT, stackEffect, FVC_MASK, FVS_HAVE_SPEC } from './opcodes.js';
import { PyFloat, floatType } from './objects/float.js';
import { PyList } from './objects/list.js';
import { PyDict, nextDictVersion } from './objects/dict.js';
import { containsAsDict, getsItemsAsDict, setsItemsAsDict } from './ops/dict_subclass_items.js';
import { PyTuple, newTuple } from './objects/tuple.js';
import { PyRangeIterator, PyListIterator, PyTupleIterator, PyDictIterator, PyStrIterator, strNext, listIterEnd, tupleIterEnd } from './objects/iterators.js';
import { PyRange, PySlice } from './objects/range.js';
import { formatValue } from './ops/format.js';
import { currentTypeEpoch, PyType, TYPE_EPOCH } from './objects/type.js';
import { None } from './objects/singletons.js';
import { NO_BLOCKS, popBlock } from './frame.js';
import { PyMemberDescr } from './objects/slots.js';
import { attrAtSite, storeAttrAtSite, cachedDictGetAt, cachedDictSetAt, dictForStore, notShadowedAt, FROM_DICT, loadAttrCaching, loadAttrOrRaise, storeAttrCaching, loadMethodCaching, loadMethodOrRaise } from './ops/attr_cache.js';
import { deleteAttrPlain } from './ops/attribute.js';
import { binaryOp, inplaceOp, binaryOpOrRaise, inplaceOpOrRaise, negate, BinOp } from './ops/arith.js';
import { truthy } from './ops/convert.js';
import { richCompare } from './ops/compare.js';
import { getItem, setItem, contains, getIter, iterNext, iterNextPairPlain, dictIterNextPlain } from './ops/sequence.js';
import { pushItem } from './objects/list.js';
import { PyGenerator, generatorType } from './objects/generator.js';
import { loadGlobal, findGlobal, storeGlobal, unpackSequence, unpackSequenceOrRaise, BINARY_OPS, IS_INPLACE } from './eval.js';
import { powHalf } from './format/libm_pow.js';
import { callFixed } from './ops/call.js';
import { genReturned, genReturnValue, INTERPRET } from './gen_frames.js';
import { genNext } from './jit_gen.js';
import { callCompiled, callMethodCompiled, callBoundCompiled, callInitCompiled, callKwCompiled, callExCompiled } from './jit_call.js';
import { PyBuiltinFunction, PyFunction, PyMethod, PyMethodDescriptor, RAISED } from './objects/function.js';
import { strItemAt, strSliceAt } from './ops/str_item.js';
import type { PyObject } from './objects/object.js';
import { typeOf } from './ops/typeof.js';
import { strType } from './objects/str.js';
import { executeCold } from './eval_cold.js';
import { keyError, indexError, zeroDivisionError, PyBaseException, BaseException } from './objects/exceptions.js';
import type { VM } from './vm.js';
import { FloatKnowledge } from './jit_floats.js';
import { ownIfFresh, dropOwned } from './owned_iterators.js';
import { RAISED_OUT, catchingBlock, enterHandler, enterHandlerUnpushed, raiseOut, restoreExc, excMatchPlain, nativeRaised } from './jit_except.js';
import { makeRaise, withReraisePc } from './eval.js';
import { EXCEPT_HANDLER, Why } from './frame.js';
import { withEnter, withExit, withExitRaised } from './jit_with.js';

/** What a compiled call answers when the callee's body left its frame to the eval loop (vm/jit_call.ts). */
export const BODY_LEFT: PyObject = Object.freeze({ bodyLeft: true }) as unknown as PyObject;

/** Where `for a, b in ...` gets its two values from iterNextPairPlain (jit.ts), used at once. */
const PAIR: PyObject[] = [None, None];

/** Forgets the last pair compiled code took (eval.ts forgetHandedValues). */
export function forgetCompiledPair(): void {
  PAIR[0] = PAIR[1] = None;
}


/**
 * BINARY_SUBSCR's slow path: getItem, but a built-in dict's missing key, and an int index
 * out of a built-in list's, tuple's or str's range, are handed to the eval loop in
 * vm.jitRaised without a JS throw (~0.4 us in V8), as the eval loop's own BINARY_SUBSCR
 * does: `try: d[k] except KeyError:` and `try: x = l[i] except IndexError:` are common ways to ask.
 */
function subscrOrRaise(vm: VM, o: PyObject, k: PyObject): PyObject {
  if (o instanceof PyDict && !o.cls.isHeapType) {
    const v = o.get(vm, k);
    if (v !== undefined) return v;
    vm.jitRaised = keyError(k);
    return RAISED;
  }
  if (typeof k === 'number') {
    if ((o instanceof PyList || o instanceof PyTuple) && !o.cls.isHeapType) {
      const n = o.items.length;
      const i = k < 0 ? k + n : k;
      if (i >= 0 && i < n) return o.items[i];
      vm.jitRaised = indexError(o instanceof PyList ? 'list index out of range' : 'tuple index out of range');
      return RAISED;
    }
    if (typeof o === 'string') {
      const c = strItemAt(o, k);
      if (c !== undefined) return c;
      vm.jitRaised = indexError('string index out of range');
      return RAISED;
    }
  }
  // A class's __getitem__ function: what it raises (KeyError, IndexError) is handed back the
  // same way, without a JavaScript throw through the natives of the call (getItem calls it so).
  if (typeof o === 'object' && o.cls.isHeapType) {
    const m = typeOf(o).lookup('__getitem__');
    if (m instanceof PyFunction) return vm.callFunctionWithSelfOrRaised(m, o, [k]);
  }
  return getItem(vm, o, k);
}

/**
 * The slow path of /, // and % (binaryOp, or inplaceOp for `inplace`), where a zero divisor
 * of an int, bool or float (no subclass) is handed to the eval loop in vm.jitRaised without
 * a JS throw, as subscrOrRaise hands a KeyError: `try: a / b except ZeroDivisionError:`.
 */
function divideOrRaise(vm: VM, a: PyObject, b: PyObject, op: BinOp, inplace: boolean): PyObject {
  const bFloat = b instanceof PyFloat && b.cls === floatType;
  if ((b === 0 || b === false || (bFloat && (b as PyFloat).value === 0))) {
    const aFloat = a instanceof PyFloat && a.cls === floatType;
    if (aFloat || typeof a === 'number' || typeof a === 'boolean' || typeof a === 'bigint') {
      const float = aFloat || bFloat;
      const msg = op === BinOp.TRUEDIV ? (float ? 'float division by zero' : 'division by zero')
        : op === BinOp.FLOORDIV ? (float ? 'float floor division by zero' : 'integer division or modulo by zero')
        : (float ? 'float modulo' : 'integer modulo by zero');
      vm.jitRaised = zeroDivisionError(msg);
      return RAISED;
    }
  }
  return inplace ? inplaceOpOrRaise(vm, a, b, op) : binaryOpOrRaise(vm, a, b, op);
}

/** What compiled code refers to by name (jit.ts passes them to the factory). */
export const jitHelpers = {
  PyFloat, floatType, PyList, PyTuple, PyDict, newTuple, PyRange, PyRangeIterator, PyListIterator, listIterEnd, PyTupleIterator, tupleIterEnd, None,
  NO_BLOCKS, popBlock, currentTypeEpoch, TYPE_EPOCH, nextDictVersion, attrAtSite, storeAttrAtSite, cachedDictGetAt, cachedDictSetAt, dictForStore, notShadowedAt, FROM_DICT, powHalf, callFixed, typeOf, strType,
  loadAttrCaching, loadAttrOrRaise, storeAttrCaching, loadMethodCaching, loadMethodOrRaise, binaryOp, inplaceOp, binaryOpOrRaise, inplaceOpOrRaise, negate, truthy, richCompare, getItem, setItem,
  contains, getIter, iterNext, iterNextPairPlain, dictIterNextPlain, PyDictIterator, PyStrIterator, strNext, PAIR, pushItem, PyGenerator, generatorType, loadGlobal, findGlobal, storeGlobal, unpackSequence, unpackSequenceOrRaise, genNext, genReturned, genReturnValue, INTERPRET,
  callCompiled, callMethodCompiled, callBoundCompiled, callInitCompiled, callKwCompiled, callExCompiled, PyType, BODY_LEFT, PyFunction, PyMethod, PyMethodDescriptor, PyBuiltinFunction, leave, executeCold,
  subscrOrRaise, divideOrRaise, RAISED, ownIfFresh, dropOwned, strItemAt, strSliceAt, PySlice, formatValue, PyMemberDescr,
  RAISED_OUT, catchingBlock, enterHandler, enterHandlerUnpushed, raiseOut, restoreExc, excMatchPlain, makeRaise, EXCEPT_HANDLER, nativeRaised,
  getsItemsAsDict, setsItemsAsDict, containsAsDict, deleteAttrPlain, withEnter, withExit, withExitRaised, withReraisePc, PyBaseException,
};

/** The handled opcodes with a slow path: an exit first, a call of the eval loop's helper once taken often. */
export const OPS_WITH_SLOW_PATH = new Set<number>([
  Op.UNARY_NEGATIVE, Op.UNARY_NOT,
  Op.BINARY_ADD, Op.INPLACE_ADD, Op.BINARY_SUBTRACT, Op.INPLACE_SUBTRACT, Op.BINARY_MULTIPLY, Op.INPLACE_MULTIPLY,
  Op.BINARY_TRUE_DIVIDE, Op.INPLACE_TRUE_DIVIDE, Op.BINARY_FLOOR_DIVIDE, Op.INPLACE_FLOOR_DIVIDE,
  Op.BINARY_MODULO, Op.INPLACE_MODULO, Op.BINARY_POWER, Op.INPLACE_POWER,
  Op.BINARY_AND, Op.INPLACE_AND, Op.BINARY_OR, Op.INPLACE_OR, Op.BINARY_XOR, Op.INPLACE_XOR,
  Op.BINARY_LSHIFT, Op.INPLACE_LSHIFT, Op.BINARY_RSHIFT, Op.INPLACE_RSHIFT,
  Op.BINARY_SUBSCR, Op.STORE_SUBSCR, Op.COMPARE_OP,
  Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP,
  Op.GET_ITER, Op.FOR_ITER, Op.LOAD_GLOBAL, Op.LOAD_ATTR, Op.STORE_ATTR, Op.LOAD_METHOD, Op.UNPACK_SEQUENCE,
]);

/**
 * The eval loop's cold instructions (eval_cold.ts) compiled code runs by calling
 * executeCold with the frame as the eval loop has it: builders, f-string parts, slices,
 * deletions of items and attributes. None of them jumps, switches frames or touches a
 * local, so the compiled code's variables stay right around the call.
 */
export const OPS_COLD = new Set<number>([
  Op.UNARY_POSITIVE, Op.UNARY_INVERT, Op.BINARY_MATRIX_MULTIPLY, Op.INPLACE_MATRIX_MULTIPLY, Op.DELETE_SUBSCR,
  Op.DELETE_ATTR, Op.BUILD_SET, Op.BUILD_MAP, Op.BUILD_CONST_KEY_MAP, Op.BUILD_STRING, Op.BUILD_SET_UNPACK,
  Op.BUILD_TUPLE_UNPACK, Op.BUILD_LIST_UNPACK, Op.DICT_UPDATE, Op.BUILD_SLICE, Op.SET_ADD, Op.MAP_ADD,
  Op.UNPACK_EX, Op.FORMAT_VALUE, Op.MAKE_FUNCTION,
  // Pattern matching's checks (each pushes one value, or replaces the top: COPY_DICT_WITHOUT_KEYS).
  Op.GET_LEN, Op.MATCH_SEQUENCE, Op.MATCH_MAPPING, Op.MATCH_KEYS, Op.MATCH_CLASS, Op.COPY_DICT_WITHOUT_KEYS,
]);

/** The opcodes compiled loops run (those above, and these); any other instruction is an exit. */
export const OPS_HANDLED = new Set<number>([
  ...OPS_WITH_SLOW_PATH,
  ...OPS_COLD,
  Op.NOP, Op.EXTENDED_ARG, Op.LOAD_FAST, Op.STORE_FAST, Op.LOAD_CONST, Op.POP_TOP, Op.ROT_TWO, Op.ROT_THREE,
  Op.DUP_TOP, Op.DUP_TOP_TWO, Op.JUMP_FORWARD, Op.JUMP_ABSOLUTE, Op.SETUP_LOOP, Op.POP_BLOCK, Op.LOAD_DEREF,
  Op.CALL_FUNCTION, Op.CALL_METHOD, Op.CALL_FUNCTION_KW, Op.CALL_FUNCTION_EX, Op.BUILD_TUPLE, Op.BUILD_LIST, Op.LIST_APPEND, Op.STORE_DEREF,
  Op.SETUP_EXCEPT, Op.SETUP_FINALLY, Op.END_FINALLY, Op.ROT_N, Op.LOAD_NAME, Op.STORE_NAME, Op.STORE_GLOBAL,
  // Exception handlers (jit_except.ts): raises go to a compiled handler, out of the frame or to the eval loop.
  Op.RAISE_VARARGS, Op.POP_EXCEPT, Op.DELETE_FAST,
  // `with` (jit_with.ts): entered, and left normally or by a return; the eval loop runs the rest.
  Op.SETUP_WITH, Op.WITH_CLEANUP_START, Op.WITH_CLEANUP_FINISH,
]);

/**
 * The stack effect of a handled instruction on the path compiled code runs. END_FINALLY is
 * reached there only by falling into a finally body, with the None pushed before it on top
 * (anything else is an exit); a handler, reached by unwinding, is no successor of its SETUP_*.
 * A `with` statement's cleanup runs there without an exception: WITH_CLEANUP_START takes
 * __exit__ from under the None (or the pending return) and pushes None and its result, which
 * WITH_CLEANUP_FINISH pops (the eval loop's effects are the exception's, its largest).
 */
export function jitStackEffect(op: number, arg: number, jumps: boolean): number {
  switch (op) {
    case Op.END_FINALLY: return -1;
    case Op.WITH_CLEANUP_START: return 1;
    case Op.WITH_CLEANUP_FINISH: return -2;
    default: return stackEffect(op, arg, jumps);
  }
}

/** Where a handled instruction at `pc` can go next: [pc, is a jump]. */
export function successors(op: number, arg: number, pc: number): [number, boolean][] {
  const next = pc + 1;
  switch (op) {
    case Op.JUMP_ABSOLUTE: return [[arg >> 1, true]];
    case Op.JUMP_FORWARD: return [[next + (arg >> 1), true]];
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
      return [[next, false], [arg >> 1, true]];
    case Op.FOR_ITER: return [[next, false], [next + (arg >> 1), true]];
    case Op.RAISE_VARARGS: return [];
    default: return [[next, false]];
  }
}

/** Leaves the compiled loop before the instruction at `pc`, with `d` values on the operand stack. */
export function exit(pc: number, d: number): string {
  return `{ pc = ${pc}; xd = ${d}; leave(); break loop; }`;
}

/**
 * Called on the way out at every exit, to do nothing: an exit not yet taken when V8 optimises
 * the compiled function is then a call without type feedback, which V8 compiles as a
 * deoptimisation instead of the path to the shared epilogue. Most exits are never taken,
 * and those paths (with their merges of every local and operand) were most of V8's
 * compile time for a compiled function.
 */
function leave(): void {}

/** Stores the locals a compiled function keeps in variables (`writes`: those it assigns) back into the frame. */
export function writeBackLocals(writes: ReadonlySet<number>, prefix = 'l'): string[] {
  return [...writes].sort((a, b) => a - b).map((i) => `stack[base + ${i}] = ${prefix}${i};`);
}

/**
 * Whose instructions a snippet belongs to: the compiled loop's own code, or a function
 * inlined into it (jit.ts), and how the snippet names that code's operands, locals,
 * tables, globals and cells in the compiled function.
 */
export interface Scope {
  code: Code;
  /** Prefixes of the operand and local variables: `s`/`l` for the loop's own. */
  s: string;
  l: string;
  /** The code's constants, names, attribute and global caches, the code, its globals, builtins and cells. */
  K: string;
  N: string;
  AC: string;
  GC: string;
  CODE: string;
  globals: string;
  builtins: string;
  cells: string;
  /** Leaves the compiled loop before the instruction at `pc` with `d` operands (the loop's exit). */
  exit(pc: number, d: number): string;
  /** Goes on at instruction `target`. */
  jump(target: number): string;
  /**
   * The frame's slice of the value stack is where the eval loop has it, so calls of tpy
   * functions run their compiled bodies (vm/jit_call.ts): not in a generator's body, whose
   * frame is not on the value stack.
   */
  onStack: boolean;
  /** Which variables hold plain floats at the instruction being written (jit_floats.ts); absent: none known. */
  floats?: FloatKnowledge;
  /**
   * The code runs on a frame of its own (`f`, its operands in `stack` at S: the value stack,
   * or a generator's slots), so cold instructions run there (executeCold): not in an inlined call.
   */
  ownFrame: boolean;
  /** A backward jump leaves when vm.countdown (the check interval) falls to this. */
  countdownFloor: number;
  /**
   * A backward jump whose countdown ran out goes on when the check has nothing to do
   * (VM.checkQuietly): a function body's or an inlined call's, where leaving is a path V8 has
   * seen no run of, so its first run throws the optimised code away. A compiled loop leaves
   * (it returns to the eval loop, as at every check interval).
   */
  quietCheck: boolean;
  /**
   * The JavaScript of a raise at instruction `pc` (a call whose callee raised out of its
   * frame, the exception in rx) with `d` operands left (jit_except.ts's raiseDispatch).
   * Absent: the exception goes to the eval loop, raised at the call.
   */
  raise?: (pc: number, d: number) => string[];
  /**
   * The calls whose callee, when the code was compiled, was a built-in with a plain entry
   * (jit.ts's plainCallSites): only these try one first (elsewhere the test would cost a tpy
   * function's call, and the code's size V8's inlining budget). Absent: none.
   */
  plainCalls?: ReadonlySet<number>;
  /**
   * The locals that may differ from their frame slots before the instruction at `pc`
   * (jit_dirty_locals.ts): all a native call there writes back; absent, or undefined for a
   * pc, every local the code stores to.
   */
  dirtyAt?: (pc: number) => ReadonlySet<number> | undefined;
}

/**
 * A generator body's backward jumps leave only when the check interval ran out a whole
 * interval ago. Leaving there sends INTERPRET down every stage of a pipeline, each left to the
 * eval loop in turn; going on, the body soon yields, and the loop that resumed it stops at its
 * own next backward jump (a body that does not yield for that long still stops).
 */
export const GENERATOR_COUNTDOWN_FLOOR = -4096;

/** The scope of the compiled loop's own code (a loop's, a function body's or a generator body's). */
export function loopScope(code: Code, generator: boolean): Scope {
  return {
    code, s: 's', l: 'l', K: 'K', N: 'N', AC: 'AC', GC: 'GC', CODE: 'CODE',
    globals: 'f.f_globals', builtins: 'f.f_builtins', cells: 'f.cells',
    exit, jump: (target) => `{ pc = ${target}; continue loop; }`, onStack: !generator, ownFrame: true,
    countdownFloor: generator ? GENERATOR_COUNTDOWN_FLOOR : 0, quietCheck: false, floats: new FloatKnowledge(),
  };
}

/**
 * For a LOAD_ATTR site that has read a native getset descriptor of an exception (`e.args` in
 * a handler): the start of its code, reading through the getter the site remembers for o's
 * class (AttrCache.getsetCls) first, inline, as loadAttrOrMissing would (a data descriptor
 * comes before the instance dict), then `else ` before the instance-dict read. Only
 * exceptions' getters: they read nothing of the running frame, whose locals are not written
 * back here (a frame's f_locals would be). Empty for any other site.
 */
function getsetFirst(sc: Scope, at: number): string {
  const getset = sc.code.attrCache[at]?.getset;
  if (getset == null || !getset.owner.isSubtypeOf(BaseException)) return '';
  return 'if (c !== undefined && c.getsetCls === o.cls && c.getsetEpoch === TYPE_EPOCH.now && o instanceof PyBaseException) v = c.getset.get(vm, o);\nelse ';
}

/** A plain float (not a subclass): what the eval loop's fast paths take. */
const isFloat = (v: string) => `(typeof ${v} === 'object' && ${v}.cls === floatType)`;

/** `v` as a double when it is an int (a JS number) or a plain float; else undefined. */
const asDouble = (v: string) => `(typeof ${v} === 'number' ? ${v} : ${isFloat(v)} ? ${v}.value : undefined)`;

const JS_OPERATOR: Partial<Record<number, string>> = {
  [Op.BINARY_ADD]: '+', [Op.INPLACE_ADD]: '+', [Op.BINARY_SUBTRACT]: '-', [Op.INPLACE_SUBTRACT]: '-',
  [Op.BINARY_MULTIPLY]: '*', [Op.INPLACE_MULTIPLY]: '*',
};

const COMPARE_OPERATOR: Partial<Record<number, string>> = {
  [Cmp.LT]: '<', [Cmp.LE]: '<=', [Cmp.EQ]: '===', [Cmp.NE]: '!==', [Cmp.GT]: '>', [Cmp.GE]: '>=',
};

/**
 * Sets `v` (declared here unless `declared` names it): the global `N[arg]` as its LOAD_GLOBAL
 * cache entry has it, or undefined (see GlobalCache).
 */
function globalCacheRead(sc: Scope, arg: number, declared?: 'v'): string[] {
  return [
    `const c = ${sc.GC}[${arg}];`,
    ...(declared === undefined ? ['let v;'] : []),
    `if (c !== undefined && c.keysVersion === ${sc.globals}.keysVersion) v = c.slot.value;`,
  ];
}

/** Stores `value` into the global `N[arg]`: through its slot while its cache entry holds one of the globals (storeGlobal's test). */
function globalStore(sc: Scope, arg: number, value: string): string[] {
  return [
    `{ const c = ${sc.GC}[${arg}], g = ${sc.globals};`,
    `  if (c !== undefined && c.keysVersion === g.keysVersion && c.slot.dict === g && c.slot.value !== undefined) g.setInSlot(c.slot, ${value});`,
    `  else storeGlobal(vm, ${sc.CODE}, ${arg}, g, ${value}); }`,
  ];
}

/**
 * The JavaScript for the instruction at `pc` with `d` values on the operand stack, as
 * statements; notes the locals it reads. `writes` holds every local the loop stores to.
 */
export function emitInstruction(
  sc: Scope, pc: number, d: number, reads: Set<number>, writes: Set<number>, slowAt: (pc: number) => boolean,
  inlines?: ReadonlyMap<number, InlinedCall>,
): string[] {
  const out = instructionCode(sc, pc, d, reads, writes, slowAt, inlines);
  sc.floats?.after(sc.code, pc, d, slowAt(pc));
  return out;
}

function instructionCode(
  sc: Scope, pc: number, d: number, reads: Set<number>, writes: Set<number>, slowAt: (pc: number) => boolean,
  inlines?: ReadonlyMap<number, InlinedCall>,
): string[] {
  const code = sc.code;
  const word = code.words[pc];
  const op = word & 0xff;
  const arg = word >> 8;
  const X = sc.exit(pc, d);
  const s = (i: number) => `${sc.s}${d + i}`; // s(-1) is the top of the stack
  const l = (i: number) => `${sc.l}${i}`;
  const jump = sc.jump;
  // A backward jump counts down the eval loop's check interval as JUMP_ABSOLUTE does there;
  // when it runs out, the compiled loop returns at the jump's target and the eval loop stops.
  // (Returning is also how V8 gets to run a newer, optimised version of the compiled loop.)
  const jumpTo = (target: number, depth: number) =>
    target <= pc ? `{ pc = ${target}; if (--vm.countdown <= ${sc.countdownFloor}${sc.quietCheck ? ' && !vm.checkQuietly()' : ''}) { xd = ${depth}; break loop; } continue loop; }` : jump(target);
  const next = pc + 1;
  const after = d + jitStackEffect(op, arg, false); // the depth after the instruction (not jumping)
  // A slow path is an exit, unless the loop left there often (jit.ts recompiles it then, and
  // `slowAt` says so): then it calls the helper the eval loop calls there, with the frame as the eval
  // loop has it then: locals written back, pc past the instruction, sp. Should the helper
  // raise, jit.ts's catch leaves at this instruction; should it set a hook (running tpy code
  // that calls sys.settrace), the loop leaves after it (`hooked`, by default: with `after`
  // values). `assign` stores the result. Native calls (CALL_*) always take this way.
  const slow = (call: string, assign: string[] = [], hooked = `if (vm.hooked) { pc = ${next}; xd = ${after}; break loop; }`, always = false): string[] =>
    !always && !slowAt(pc) ? [X] : [
      ...writeBackLocals(sc.dirtyAt?.(pc) ?? writes, sc.l),
      `f.sp = S + ${d}; f.pc = ${next}; pc = ${pc}; xd = ${d};`,
      call,
      ...assign,
      hooked,
    ];
  const out: string[] = [`// ${pc * 2} ${Op[op]}${op >= HAVE_ARGUMENT ? ` ${arg}` : ''}`];
  const block = (lines: string[]) => out.push('{', ...lines.map((l) => `  ${l}`), '}');
  const indent = (lines: string[]) => lines.map((l) => `  ${l}`);
  // `else` the slow path: `slot` gets what the helper call `call` returns.
  const orElse = (call: string, slot: string): string[] => ['else {', ...indent(slow(`const r = ${call};`, [`${slot} = r;`])), '}'];
  // A call through jit_call.ts's helper `call` of the callable at `low` and its operands up to
  // `top` (CALL_FUNCTION_KW, CALL_FUNCTION_EX): the operands go on the stack first; the result,
  // BODY_LEFT (the callee's frame left to the eval loop) or undefined (the eval loop makes the
  // call; the exit puts the operands back). A loop whose operands are not on the frame's
  // stack (!sc.onStack) leaves a tpy function's call to the eval loop: only natives are called.
  const compiledCall = (low: number, top: number, call: string): string[] => [
    ...Array.from({ length: top - low }, (_, i) => `stack[S + ${low + i}] = s${low + i};`),
    ...slow(sc.onStack ? `let r = ${call};` : `let r = (s${low} instanceof PyFunction || s${low} instanceof PyMethod) ? undefined : ${call};`, [
      `if (r === BODY_LEFT) { pc = ${next}; xd = ${low}; break loop; }`,
      ...raisedOut(sc, pc, low),
      'if (r === undefined) break loop; // the eval loop calls it',
      `s${low} = r;`,
    ], undefined, true),
  ];
  switch (op) {
    case Op.NOP: case Op.EXTENDED_ARG: break;
    case Op.LOAD_FAST:
      reads.add(arg);
      // A local known to hold a float is bound.
      if (sc.floats?.locals.has(arg)) out.push(`${s(0)} = ${l(arg)};`);
      else out.push(`if (${l(arg)} === undefined) ${X}`, `${s(0)} = ${l(arg)};`);
      break;
    case Op.STORE_FAST: out.push(`${l(arg)} = ${s(-1)};`); break;
    case Op.LOAD_CONST: {
      const c = code.co_consts[arg];
      out.push(typeof c === 'number' && Number.isSafeInteger(c) && !Object.is(c, -0) ? `${s(0)} = ${c};` : `${s(0)} = ${sc.K}[${arg}];`);
      break;
    }
    case Op.POP_TOP: break;
    case Op.ROT_TWO: block([`const t = ${s(-1)};`, `${s(-1)} = ${s(-2)};`, `${s(-2)} = t;`]); break;
    case Op.ROT_THREE: block([`const t = ${s(-1)};`, `${s(-1)} = ${s(-2)};`, `${s(-2)} = ${s(-3)};`, `${s(-3)} = t;`]); break;
    case Op.ROT_N: // a match statement moving a captured value under the others
      block([`const t = ${s(-1)};`, ...Array.from({ length: arg - 1 }, (_, k) => `${s(-1 - k)} = ${s(-2 - k)};`), `${s(-arg)} = t;`]);
      break;
    case Op.DUP_TOP: out.push(`${s(0)} = ${s(-1)};`); break;
    case Op.DUP_TOP_TWO: out.push(`${s(0)} = ${s(-2)};`, `${s(1)} = ${s(-1)};`); break;
    case Op.UNARY_NEGATIVE:
      block([
        `const a = ${s(-1)};`,
        `if (typeof a === 'number' && a !== 0) ${s(-1)} = -a;`,
        `else if (${isFloat('a')}) ${s(-1)} = new PyFloat(-a.value);`,
        ...orElse('negate(vm, a)', s(-1)),
      ]);
      break;
    case Op.UNARY_NOT:
      block([
        `const a = ${s(-1)};`,
        `if (typeof a === 'boolean') ${s(-1)} = !a;`,
        `else if (typeof a === 'number') ${s(-1)} = a === 0;`,
        `else if (a === None) ${s(-1)} = true;`,
        ...orElse('!truthy(vm, a)', s(-1)),
      ]);
      break;
    case Op.BINARY_ADD: case Op.INPLACE_ADD: case Op.BINARY_SUBTRACT: case Op.INPLACE_SUBTRACT:
    case Op.BINARY_MULTIPLY: case Op.INPLACE_MULTIPLY: case Op.BINARY_TRUE_DIVIDE: case Op.INPLACE_TRUE_DIVIDE:
    case Op.BINARY_FLOOR_DIVIDE: case Op.INPLACE_FLOOR_DIVIDE: case Op.BINARY_MODULO: case Op.INPLACE_MODULO:
    case Op.BINARY_POWER: case Op.INPLACE_POWER: case Op.BINARY_AND: case Op.INPLACE_AND: case Op.BINARY_OR:
    case Op.INPLACE_OR: case Op.BINARY_XOR: case Op.INPLACE_XOR: case Op.BINARY_LSHIFT: case Op.INPLACE_LSHIFT:
    case Op.BINARY_RSHIFT: case Op.INPLACE_RSHIFT: {
      // The fast path leaves r undefined when it does not apply; then the eval loop's helper.
      // An unsupported pair's TypeError, and a division's zero divisor, answered as RAISED, without a throw.
      const helper = IS_INPLACE[op] ? 'inplaceOpOrRaise' : 'binaryOpOrRaise';
      const known = sc.floats?.stack;
      const aFloat = known?.has(d - 2) ?? false, bFloat = known?.has(d - 1) ?? false;
      const lines = [`const a = ${s(-2)}, b = ${s(-1)};`, 'let r;'];
      if (sc.floats?.speculated.has(pc)) {
        // Floats alone (jit_floats.ts); anything else leaves.
        const test = [aFloat ? '' : isFloat('a'), bFloat ? '' : isFloat('b')].filter((t) => t !== '').join(' && ');
        const divide = op === Op.BINARY_TRUE_DIVIDE || op === Op.INPLACE_TRUE_DIVIDE;
        const guard = [test, divide ? 'b.value !== 0' : ''].filter((t) => t !== '').join(' && ');
        const o = divide ? '/' : JS_OPERATOR[op]!;
        lines.push(`${guard ? `if (${guard}) ` : ''}r = new PyFloat(a.value ${o} b.value);`);
      } else lines.push(...fastArithmetic(op, aFloat, bFloat));
      const divides = BINARY_OPS[op] === BinOp.TRUEDIV || BINARY_OPS[op] === BinOp.FLOORDIV || BINARY_OPS[op] === BinOp.MOD;
      const call = divides ? `r = divideOrRaise(vm, a, b, ${BINARY_OPS[op]}, ${IS_INPLACE[op] === 1});` : `r = ${helper}(vm, a, b, ${BINARY_OPS[op]});`;
      lines.push('if (r === undefined) {', ...indent(slow(call, [...raisedHere(sc, pc, d - 2), `${s(-2)} = r;`])), '}');
      lines.push(`${s(-2)} = r;`);
      block(lines);
      break;
    }
    case Op.BINARY_SUBSCR:
      block([
        `const o = ${s(-2)}, k = ${s(-1)};`,
        'let v;',
        `if ((o instanceof PyList || o instanceof PyTuple) && typeof k === 'number' && k >= 0 && k < o.items.length && !o.cls.isHeapType) ${s(-2)} = o.items[k];`,
        // A built-in dict's str or int key (getItem's dict case, when it runs no tpy code).
        // A dict subclass keeping dict's __getitem__ (defaultdict, Counter) the same way.
        `else if (o instanceof PyDict && (!o.cls.isHeapType || getsItemsAsDict(o.cls)) && (v = o.getPlain(k)) !== undefined) ${s(-2)} = v;`,
        // A str's character (getItem's str case: no surrogate, index in range).
        `else if (typeof o === 'string' && (v = typeof k === 'number' ? strItemAt(o, k) : k instanceof PySlice ? strSliceAt(o, k) : undefined) !== undefined) ${s(-2)} = v;`,
        // Else getItem; a KeyError it hands over as the catch below the loop would (jit.ts).
        'else {',
        ...indent(slow('const r = subscrOrRaise(vm, o, k);', [...raisedHere(sc, pc, d - 2), `${s(-2)} = r;`])),
        '}',
      ]);
      break;
    case Op.STORE_SUBSCR:
      block([
        `const k = ${s(-1)}, o = ${s(-2)}, v = ${s(-3)};`,
        `if (o instanceof PyList && typeof k === 'number' && k >= 0 && k < o.items.length && !o.cls.isHeapType) o.items[k] = v;`,
        "else if (o instanceof PyDict && (!o.cls.isHeapType || setsItemsAsDict(o.cls)) && o.setPlain(k, v)) { /* setItem's dict case */ }",
        'else {',
        ...indent(slow('setItem(vm, o, k, v);')),
        '}',
      ]);
      break;
    case Op.COMPARE_OP: {
      if (arg === Cmp.IS || arg === Cmp.IS_NOT) {
        out.push(`${s(-2)} = ${s(-2)} ${arg === Cmp.IS ? '===' : '!=='} ${s(-1)};`);
        break;
      }
      if (arg === Cmp.IN || arg === Cmp.NOT_IN) {
        // A built-in dict's str or int key inline (contains' dict case; a dict subclass keeping
        // dict's __contains__ too), a str in a str
        // (contains' str case); anything else through contains.
        block([
          `const a = ${s(-2)}, b = ${s(-1)};`,
          "const h = b instanceof PyDict && (!b.cls.isHeapType || containsAsDict(b.cls)) ? b.hasPlain(a) : typeof b === 'string' && typeof a === 'string' ? b.includes(a) : undefined;",
          `if (h !== undefined) ${s(-2)} = ${arg === Cmp.NOT_IN ? '!h' : 'h'};`,
          'else {',
          ...indent(slow(`const r = ${arg === Cmp.NOT_IN ? '!' : ''}contains(vm, b, a);`, [`${s(-2)} = r;`])),
          '}',
        ]);
        break;
      }
      if (arg === Cmp.EXC_MATCH) {
        // `except E:` / `except (E1, E2):` with exception classes; anything else raises in the eval loop.
        block([`const m = excMatchPlain(${s(-2)}, ${s(-1)});`, `if (m === undefined) ${X}`, `${s(-2)} = m;`]);
        break;
      }
      const o = COMPARE_OPERATOR[arg];
      if (o === undefined) {
        out.push(X);
        break;
      }
      // Safe integers and doubles compare exactly in JS, NaN included; str only for equality.
      const lines = [`const a = ${s(-2)}, b = ${s(-1)};`];
      if (arg === Cmp.EQ || arg === Cmp.NE) lines.push(`if (typeof a === 'string' && typeof b === 'string') ${s(-2)} = a ${o} b;`, 'else {');
      else lines.push('{');
      lines.push(
        `  const x = ${asDouble('a')}, y = ${asDouble('b')};`,
        `  if (x !== undefined && y !== undefined) ${s(-2)} = x ${o} y;`,
        '  else {',
        ...indent(indent(slow(`const r = richCompare(vm, a, b, ${arg});`, [`${s(-2)} = r;`]))),
        '  }',
        '}',
      );
      block(lines);
      break;
    }
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: {
      // The truth of bools, ints and None here; of anything else (__bool__, __len__) by truthy().
      const whenTrue = op === Op.POP_JUMP_IF_TRUE || op === Op.JUMP_IF_TRUE_OR_POP;
      const pops = op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE;
      const target = arg >> 1;
      block([
        `const v = ${s(-1)};`,
        'let t;',
        `if (typeof v === 'boolean') t = v;`,
        `else if (typeof v === 'number') t = v !== 0;`,
        `else if (v === None) t = false;`,
        'else {',
        // The value stays on the stack while truthy() runs, as in the eval loop.
        // A hook set meanwhile: leave where the jump goes (the value popped, unless kept by a jump).
        ...indent(slow('t = truthy(vm, v);', [],
          `if (vm.hooked) { pc = ${whenTrue ? 't' : '!t'} ? ${target} : ${next}; xd = ${whenTrue ? 't' : '!t'} ? ${pops ? d - 1 : d} : ${d - 1}; break loop; }`)),
        '}',
        `if (${whenTrue ? 't' : '!t'}) ${jumpTo(target, pops ? d - 1 : d)}`,
      ]);
      break;
    }
    case Op.JUMP_FORWARD: out.push(jump(next + (arg >> 1))); break;
    case Op.JUMP_ABSOLUTE: out.push(jumpTo(arg >> 1, d)); break;
    case Op.GET_ITER: {
      // iter() of a built-in list, tuple or range (getIter's first cases); a generator is its
      // own, owned by the loop when the call right before made it (owned_iterators.ts).
      const level = code.co_nlocals + d - 1;
      block([
        `const o = ${s(-1)};`,
        // A generator by its class first (see FOR_ITER): a loop over a new generator is made often.
        sc.ownFrame ? `if (o.cls === generatorType) { if (o.maker === f.activation) ownIfFresh(f, o, ${level}, ${pc}, ${next}); }` : 'if (o.cls === generatorType) { /* its own iterator */ }',
        `else if (typeof o === 'object' && !o.cls.isHeapType && o instanceof PyList) ${s(-1)} = new PyListIterator(o);`,
        `else if (typeof o === 'object' && !o.cls.isHeapType && o instanceof PyTuple) ${s(-1)} = new PyTupleIterator(o);`,
        `else if (typeof o === 'object' && !o.cls.isHeapType && o instanceof PyRange) ${s(-1)} = new PyRangeIterator(o);`,
        ...(sc.ownFrame
          ? ['else {', ...indent(slow('const r = getIter(vm, o);', [`${s(-1)} = r;`, `if (r instanceof PyGenerator && r.maker === f.activation) ownIfFresh(f, r, ${level}, ${next}, ${next});`])), '}']
          : orElse('getIter(vm, o)', s(-1))),
      ]);
      break;
    }
    case Op.FOR_ITER:
      // A generator runs its compiled body (jit_gen.ts, with the frame written back as for a
      // native call), or waits in `yield from` over a list or range (delegatedNext); otherwise
      // it runs as a frame of the eval loop (gen_frames.ts): that is an exit.
      block([
        `const it = ${s(-1)};`,
        'let v;',
        'if (it instanceof PyRangeIterator) v = it.index < it.length ? it.range.start + it.range.step * it.index++ : undefined;',
        // A generator by its class (final: only PyGenerator objects have it), one load and a
        // compare: each failed instanceof walks the prototype chain (~2 ns a resume each).
        'else if (it.cls === generatorType) {',
        ...indent(writeBackLocals(writes, sc.l)),
        `  f.sp = S + ${d}; f.pc = ${next}; pc = ${pc}; xd = ${d};`,
        '  v = genNext(vm, it, true);',
        `  if (v === INTERPRET) ${X}`,
        '}',
        'else if (it instanceof PyListIterator) {',
        '  const l = it.list;',
        '  v = l !== null && it.index < l.items.length ? l.items[it.index++] : listIterEnd(it);',
        '} else if (it instanceof PyTupleIterator) v = it.index < it.tuple.items.length ? it.tuple.items[it.index++] : tupleIterEnd(it);',
        'else if (it instanceof PyStrIterator) v = strNext(it);',
        "else if (it instanceof PyDictIterator && (v = dictIterNextPlain(it)) !== null) { /* a dict's keys or values */ }",
        'else {',
        ...indent(slow('v = iterNext(vm, it);', [],
          `if (vm.hooked) { if (v === undefined) { pc = ${next + (arg >> 1)}; xd = ${d - 1}; } else { ${s(0)} = v; pc = ${next}; xd = ${d + 1}; } break loop; }`)),
        '}',
        `if (v === undefined) ${jump(next + (arg >> 1))}`,
        `${s(0)} = v;`,
      ]);
      break;
    case Op.SETUP_LOOP: case Op.SETUP_EXCEPT: case Op.SETUP_FINALLY:
      // As the eval loop: the handler as a word index, the level relative to the frame's base.
      // Only the eval loop enters a handler (unwinding an exception, a return, a break).
      {
        // A frame's first block: an array of its three entries (a push onto [] would allocate
        // room for 16, ~130 bytes more for each generator or call that sets up a loop).
        const entries = `${op}, ${next + (arg >> 1)}, ${code.co_nlocals + d}`;
        out.push(`if (f.blocks === NO_BLOCKS) f.blocks = [${entries}]; else f.blocks.push(${entries});`);
      }
      break;
    case Op.POP_BLOCK: out.push('popBlock(f.blocks);'); break;
    case Op.POP_EXCEPT:
      // The except handler's block on top, at the level under its three saved values: the
      // exception handled before comes back (unwindExceptHandler); anything else is the eval loop's.
      block([
        'const n = f.blocks.length;',
        `if (n === 0 || f.blocks[n - 3] !== EXCEPT_HANDLER || f.blocks[n - 1] !== ${code.co_nlocals + d - 3}) ${X}`,
        `restoreExc(vm, f, ${s(-2)});`,
        'popBlock(f.blocks);',
      ]);
      break;
    case Op.DELETE_FAST: out.push(`if (${l(arg)} === undefined) ${X}`, `${l(arg)} = undefined;`); break;
    case Op.SETUP_WITH:
      // __enter__ called (jit_with.ts), __exit__ left in the manager's slot under the block;
      // undefined: a lock's __enter__ that would wait, which the eval loop runs.
      block([
        `stack[S + ${d - 1}] = ${s(-1)};`,
        ...slow(`const r = withEnter(vm, f, stack, S + ${d - 1}, ${next + (arg >> 1)}, ${code.co_nlocals + d});`,
          [`if (r === undefined) ${X}`, `${s(-1)} = stack[S + ${d - 1}];`, `${s(0)} = r;`], undefined, true),
      ]);
      break;
    case Op.WITH_CLEANUP_START:
      // Fallen into (None on top, __exit__ under it) or unwound to by a return (the value and
      // Why.RETURN on top, __exit__ under them): __exit__(None, None, None), the statuses moved
      // down over it, None and the result pushed. Anything else (an exception, a break, a
      // continue: only the eval loop unwinds those) is the eval loop's. The call is made as a
      // native call (slow's), with the operands under the two it pushes.
      block([
        `const x = ${s(-1)};`,
        'let fn;',
        `if (x === None) fn = ${s(-2)};`,
        ...(d >= 3 ? [`else if (x === ${Why.RETURN}) { fn = ${s(-3)}; ${s(-3)} = ${s(-2)}; }`] : []),
        `else ${X}`,
        `${s(-2)} = x; ${s(-1)} = None;`,
        ...writeBackLocals(sc.dirtyAt?.(pc) ?? writes, sc.l),
        `f.sp = S + ${d - 1}; f.pc = ${next}; pc = ${pc}; xd = ${d - 1};`,
        `${s(0)} = withExit(vm, fn);`,
        `if (vm.hooked) { pc = ${next}; xd = ${after}; break loop; }`,
      ]);
      break;
    case Op.WITH_CLEANUP_FINISH:
      // After a cleanup without an exception: __exit__'s result is dropped, whatever it is.
      out.push(`if (${s(-2)} !== None) ${X}`);
      break;
    case Op.END_FINALLY:
      // The end of a finally body fallen into (POP_BLOCK, LOAD_CONST None): pops the None. A
      // pending return, break or exception under it is the eval loop's to go on with.
      out.push(`if (${s(-1)} !== None) ${X}`);
      break;
    case Op.LOAD_NAME:
      // Module-level code and class bodies (runCompiled runs them only where f_locals is an
      // exact dict): the namespace first when it is not the globals, then a global through
      // LOAD_GLOBAL's cache (whose entries survive the loop's own stores); a name found
      // nowhere leaves, for the eval loop to raise.
      block([
        'const ns = f.f_locals;',
        `let v = ns === ${sc.globals} ? undefined : ns.getStr(${sc.N}[${arg}]);`,
        'if (v === undefined) {',
        ...indent(globalCacheRead(sc, arg, 'v')),
        `  if (v === undefined) v = findGlobal(${sc.CODE}, ${arg}, ${sc.globals}, ${sc.builtins});`,
        `  if (v === undefined) ${X}`,
        '}',
        `${s(0)} = v;`,
      ]);
      break;
    case Op.STORE_NAME:
      block([
        'const ns = f.f_locals;',
        `if (ns !== ${sc.globals}) ns.set(vm, ${sc.N}[${arg}], ${s(-1)});`,
        'else {',
        ...indent(globalStore(sc, arg, s(-1))),
        '}',
      ]);
      break;
    case Op.STORE_GLOBAL: out.push(...globalStore(sc, arg, s(-1))); break;
    case Op.LOAD_GLOBAL:
      block([
        ...globalCacheRead(sc, arg),
        `if (v !== undefined) ${s(0)} = v;`,
        ...orElse(`loadGlobal(vm, ${sc.CODE}, ${arg}, ${sc.globals}, ${sc.builtins})`, s(0)),
      ]);
      break;
    case Op.LOAD_ATTR:
      // The inline cache's instance-dict read for the site's first class (ops/attr_cache.ts,
      // keyed by the word after the instruction), written out; other classes of the site,
      // keys not seen yet and __slots__ through attrAtSite, out of line: each site's code
      // small, as V8's optimising compile of a body grows with it.
      block([
        `const o = ${s(-1)}, c = ${sc.AC}[${next}];`,
        'let v;',
        `${getsetFirst(sc, next)}if (c !== undefined && typeof o === 'object' && c.classes[0] === o.cls && c.epoch === TYPE_EPOCH.now) {`,
        '  const dict = o.dict;',
        // The index is remembered per class way (AttrCache.keysAt), so that a site meeting
        // several subclasses reads each one's instances at its own index.
        '  if (dict !== null && dict.shared !== null && dict.shared === c.keysAt[0]) {',
        '    const i = c.idxAt[0];',
        '    if (i < dict.nvals) v = dict.vals[i];',
        '  }',
        '}',
        `if (v === undefined && (v = attrAtSite(c, o, ${sc.N}[${arg}])) === undefined) {`,
        // A missing attribute's AttributeError handed over as RAISED, without a throw.
        ...indent(slow(`v = loadAttrOrRaise(vm, ${sc.CODE}, ${next}, o, ${sc.N}[${arg}]);`, raisedHere(sc, pc, d - 1, 'v'))),
        '}',
        `${s(-1)} = v;`,
      ]);
      break;
    case Op.STORE_ATTR:
      // LOAD_ATTR's counterpart: the first class's split value set here, an existing one or
      // the next one of a new instance (PyDict.setSplitValue written out); anything else the
      // site knows (a new instance's first store, another class, __slots__) through storeAttrAtSite.
      block([
        `const o = ${s(-1)}, v = ${s(-2)}, c = ${sc.AC}[${next}];`,
        'let done = false;',
        "if (c !== undefined && typeof o === 'object' && c.classes[0] === o.cls && c.epoch === TYPE_EPOCH.now) {",
        '  const dict = o.dict;',
        '  if (dict !== null && dict.shared !== null && dict.shared === c.keysAt[0]) {',
        '    const i = c.idxAt[0], n = dict.nvals;',
        '    if (i <= n) {',
        '      if (i === n) dict.nvals = n + 1;',
        '      dict.vals[i] = v;',
        '      dict.version = nextDictVersion();',
        '      done = true;',
        '    }',
        '  }',
        '}',
        `if (!done && !storeAttrAtSite(c, o, ${sc.N}[${arg}], v)) {`,
        ...indent(slow(`storeAttrCaching(vm, ${sc.CODE}, ${next}, o, ${sc.N}[${arg}], v);`)),
        '}',
      ]);
      break;
    case Op.LOAD_METHOD:
      // The eval loop's cached method lookup: [method, self] for a plain method of the class;
      // otherwise loadMethodCaching's [method, self], or [NULL, attribute].
      // A value FROM_DICT: the object's own attribute, [NULL, attribute].
      block([
        // AttrCache.find with its first way inline; the shadowing test (notShadowed) against
        // the keys and count the class's way remembers (keysAt, idxAt) inline too.
        `const o = ${s(-1)}, c = ${sc.AC}[${next}];`,
        'let k = -1, d = null;',
        // The class read here, not through typeOf(): the read then has this site's own
        // feedback (one or a few classes), where typeOf's own read of .cls has met every
        // kind of object the VM has and is megamorphic, a stub-cache probe per call.
        "if (c !== undefined && c.epoch === TYPE_EPOCH.now) { const t = typeof o === 'object' ? o.cls : typeof o === 'string' ? strType : typeOf(o); k = c.classes[0] === t ? 0 : c.find(t); }",
        'const m = k >= 0 ? c.values[k] : undefined;',
        `const v = m === FROM_DICT && o.dict !== null ? o.dict.getStr(${sc.N}[${arg}]) : undefined;`,
        'if (v !== undefined) {',
        `  ${s(-1)} = undefined;`,
        `  ${s(0)} = v;`,
        `} else if (m !== undefined && m !== FROM_DICT && (typeof o !== 'object' || (d = o.dict) === null || (d.shared !== null && d.shared === c.keysAt[k] && d.shared.names.length === c.idxAt[k]) || notShadowedAt(c, k, d, ${sc.N}[${arg}]))) {`,
        `  ${s(-1)} = m;`,
        `  ${s(0)} = o;`,
        '} else {',
        // A missing attribute's AttributeError handed over as RAISED, without a throw.
        ...indent(slow(`const mr = loadMethodOrRaise(vm, ${sc.CODE}, ${next}, o, ${sc.N}[${arg}]);`, [
          ...raisedHere(sc, pc, d - 1, 'mr'),
          `if (mr[1] === undefined) { ${s(-1)} = undefined; ${s(0)} = mr[0]; } else { ${s(-1)} = mr[0]; ${s(0)} = mr[1]; }`,
        ])),
        '}',
      ]);
      break;
    case Op.CALL_FUNCTION: case Op.CALL_METHOD: {
      // A native with a fixed-arity entry is called from here, as the eval loop calls it (the
      // frame's pc, sp and locals written back first: the native may look at them, or raise
      // from there, see jit.ts's catch). Anything else (a tpy function) is an exit.
      const method = op === Op.CALL_METHOD;
      const low = method ? d - arg - 2 : d - arg - 1; // the callable (CALL_METHOD: the method or NULL)
      const lines: string[] = [];
      for (let i = low; i < d; i++) lines.push(`stack[S + ${i}] = s${i};`);
      // [method, self, args...], or [NULL, callable, args...] when LOAD_METHOD found no method.
      // A built-in method found on self's own type (w.lower(), d.get(k, 0)) through its entry
      // for this count, called from here: this site's own call feedback, so V8 can inline the
      // one it meets (callFixed's call of the entry meets every method there is).
      const direct = method && arg <= 2
        ? `s${low} instanceof PyMethodDescriptor && s${low}.call${arg + 1} !== null && (typeof s${low + 1} === 'object' ? s${low + 1}.cls : typeof s${low + 1} === 'string' ? strType : typeOf(s${low + 1})) === s${low}.owner ? s${low}.call${arg + 1}(vm, ${Array.from({ length: arg + 1 }, (_, i) => `s${low + 1 + i}`).join(', ')}) : `
        : '';
      // Likewise a built-in function (len(s), isinstance(o, t), abs(x)) through its entry for this count.
      const directFn = !method && arg >= 1 && arg <= 3
        ? `s${low} instanceof PyBuiltinFunction && s${low}.self === undefined && s${low}.call${arg} !== null ? s${low}.call${arg}(vm, ${Array.from({ length: arg }, (_, i) => `s${low + 1 + i}`).join(', ')}) : `
        : '';
      const call = method
        ? `let r = ${direct}s${low} === undefined ? callFixed(vm, s${low + 1}, stack, S + ${low + 2}, ${arg}) : callFixed(vm, s${low}, stack, S + ${low + 1}, ${arg + 1});`
        : `let r = ${directFn}callFixed(vm, s${low}, stack, S + ${low + 1}, ${arg});`;
      // A tpy function through its compiled body (vm/jit_call.ts); should that body leave its
      // frame to the eval loop, this one leaves too, waiting for the call's result.
      const fn = method ? `(s${low} === undefined ? s${low + 1} : s${low})` : `s${low}`;
      const compiled = !sc.onStack ? call : [
        `const fn = ${fn};`,
        method
          ? `let r = fn instanceof PyFunction ? (s${low} === undefined ? callCompiled(vm, fn, S + ${low + 2}, ${arg}) : callCompiled(vm, fn, S + ${low + 1}, ${arg + 1})) : s${low} === undefined && fn instanceof PyMethod ? callBoundCompiled(vm, fn, S + ${low + 1}, ${arg}) : undefined;`
          : `let r = fn instanceof PyFunction ? callCompiled(vm, fn, S + ${low + 1}, ${arg}) : fn instanceof PyBuiltinFunction ? undefined : fn instanceof PyMethod ? callMethodCompiled(vm, fn, S + ${low + 1}, ${arg}) : fn instanceof PyType ? callInitCompiled(vm, fn, S + ${low + 1}, ${arg}) : undefined;`,
        `if (r === BODY_LEFT) { pc = ${next}; xd = ${low}; break loop; }`,
        ...raisedOut(sc, pc, low),
        `if (r === undefined) ${call.replace('let r = ', 'r = ')}`,
      ].join('\n');
      const calling = slow(compiled, [`if (r === undefined) break loop; // no fixed-arity entry: the eval loop calls it`, `s${low} = r;`], undefined, true);
      // A built-in method's plain entry (function.ts's Plain1: w.lower(), d.get(k, 0),
      // parts.append(w)) before all that, with nothing written back: the frame's stores are
      // most of such a call (each a write barrier, young values into the old value stack).
      // pc and xd are set for the catch, which writes back what the native's exception needs.
      // Likewise a built-in function's (len(s), ord(c), hash(k)).
      const plainArgs = (n: number) => Array.from({ length: n }, (_, i) => `s${low + 1 + i}`).join(', ');
      const plainTest = method && arg <= 2
        ? `s${low} instanceof PyMethodDescriptor && s${low}.plain${arg + 1} !== null && (typeof s${low + 1} === 'object' ? s${low + 1}.cls : typeof s${low + 1} === 'string' ? strType : typeOf(s${low + 1})) === s${low}.owner`
        : !method && arg >= 1 && arg <= 3
          ? `(s${low} instanceof PyBuiltinFunction ? s${low}.self === undefined && s${low}.plain${arg} !== null${arg <= 2 ? ` : s${low} instanceof PyType && s${low}.plain${arg} !== null` : ' : false'})`
          : null;
      const plain = plainTest !== null && sc.plainCalls?.has(pc) === true && inlines?.get(pc) === undefined
        ? [
          'let pr;',
          `if (${plainTest}) {`,
          `  pc = ${pc}; xd = ${d};`,
          `  pr = s${low}.plain${method ? arg + 1 : arg}(vm, ${plainArgs(method ? arg + 1 : arg)});`,
          '}',
          // A plain entry's exception handed back without a throw (RAISED: function.ts).
          ...raisedHere(sc, pc, low, 'pr'),
          `if (pr !== undefined) s${low} = pr;`,
          'else {',
        ]
        : null;
      const inlined = inlines?.get(pc);
      if (plain !== null) block([...plain, ...indent([...lines, ...calling]), '}']);
      else if (inlined === undefined) block([...lines, ...calling]);
      else {
        // The function seen here when the loop was compiled (CALL_METHOD: the method LOAD_METHOD
        // found, self its first argument), run inline while it is still the callee (see
        // inlineCall); any other callable is called as above.
        const callee = inlined.byCode
          ? `s${low} instanceof PyFunction && s${low}.code === ${inlined.ref}.code && s${low}.globals === ${inlined.ref}.globals`
          : `s${low} === ${inlined.ref}.func && ${inlined.ref}.func.code === ${inlined.ref}.code`;
        block([
          `if (${callee} && vm.depth < vm.recursionLimit) {`,
          ...indent(inlineCall(inlined, pc, d, method ? arg + 1 : arg)),
          '} else {',
          ...indent([...lines, ...calling]),
          '}',
        ]);
      }
      break;
    }
    case Op.CALL_FUNCTION_KW: {
      // [callable, args..., keyword values..., names]: jit_call.ts's callKwCompiled binds the
      // keywords into a tpy function's slots or calls a native with them; anything else, and
      // a tpy function it cannot run compiled, is the eval loop's (the exit puts the operands back).
      const low = d - arg - 2;
      block(compiledCall(low, d - 1, `callKwCompiled(vm, stack, S + ${low}, ${arg}, s${d - 1}.items)`));
      break;
    }
    case Op.CALL_FUNCTION_EX: {
      // [callable, positional tuple, keyword dict (arg & 1)]: jit_call.ts's callExCompiled
      // spreads a tuple and a dict into a tpy function's slots or calls a native with them;
      // anything else is the eval loop's, as for CALL_FUNCTION_KW.
      const low = d - 2 - (arg & 1);
      const kw = (arg & 1) !== 0 ? `s${low + 2}` : 'null';
      block(compiledCall(low, d, `callExCompiled(vm, stack, S + ${low}, s${low + 1}, ${kw})`));
      break;
    }
    case Op.LOAD_DEREF:
      block([`const v = ${sc.cells}[${arg}].ref;`, `if (v === undefined) ${X}`, `${s(0)} = v;`]);
      break;
    case Op.STORE_DEREF: out.push(`${sc.cells}[${arg}].ref = ${s(-1)};`); break;
    case Op.UNPACK_SEQUENCE:
      block([
        `const q = ${s(-1)};`,
        'let items;',
        `if ((q instanceof PyTuple || q instanceof PyList) && !q.cls.isHeapType && q.items.length === ${arg}) items = q.items;`,
        'else {',
        // A list's or tuple's wrong count handed over as RAISED, without a throw.
        ...indent(slow(`items = unpackSequenceOrRaise(vm, q, ${arg});`, raisedHere(sc, pc, d - 1, 'items'), '')),
        '}',
        ...Array.from({ length: arg }, (_, i) => `${s(-1 + i)} = items[${arg - 1 - i}];`),
        ...(slowAt(pc) ? [`if (vm.hooked) { pc = ${next}; xd = ${after}; break loop; }`] : []),
      ]);
      break;
    case Op.BUILD_TUPLE: case Op.BUILD_LIST: {
      const items = `[${Array.from({ length: arg }, (_, i) => s(-arg + i)).join(', ')}]`;
      out.push(`${s(-arg)} = ${op === Op.BUILD_TUPLE ? `newTuple(${items})` : `new PyList(${items})`};`);
      break;
    }
    case Op.LIST_APPEND:
      // A comprehension's append: the list is `arg` below the value.
      out.push(`pushItem(${s(-1 - arg)}.items, ${s(-1)});`);
      break;
    // Slices and f-strings, as eval_cold.ts has them, written out: they are in every loop
    // that slices a str or builds text, and the cold call writes back the whole frame.
    case Op.BUILD_SLICE:
      out.push(arg === 3 ? `${s(-3)} = new PySlice(${s(-3)}, ${s(-2)}, ${s(-1)});` : `${s(-2)} = new PySlice(${s(-2)}, ${s(-1)}, None);`);
      break;
    case Op.BUILD_STRING:
      // Its operands are strs (FORMAT_VALUE's results and constants).
      out.push(`${s(-arg)} = ${arg === 0 ? "''" : Array.from({ length: arg }, (_, i) => s(-arg + i)).join(' + ')};`);
      break;
    case Op.FORMAT_VALUE: {
      if (!sc.ownFrame) {
        out.push(X);
        break;
      }
      // A str without conversion or spec is itself, an int JS number without a spec (str, or
      // !s/!r: the same text) its digits below the recursion limit (PyObject_Str's or
      // PyObject_Repr's check fails at it); anything else through formatValue (__format__,
      // __repr__...), with the frame written back as for a native call.
      const conv = arg & FVC_MASK;
      const spec = (arg & FVS_HAVE_SPEC) !== 0;
      const v = spec ? s(-2) : s(-1);
      const plain: string[] = spec ? [] : [
        `if (typeof ${v} === 'string' && ${conv === 0}) { /* itself */ }`,
        `else if (typeof ${v} === 'number' && ${conv === 0 || conv === 1 || conv === 2} && vm.depth < vm.recursionLimit) ${v} = String(${v});`,
        'else',
      ];
      block([
        ...plain,
        '{',
        ...indent([
          `stack[S + ${d - 1}] = ${s(-1)};`,
          ...(spec ? [`stack[S + ${d - 2}] = ${s(-2)};`] : []),
          ...slow(`const r = formatValue(vm, ${v}, ${conv}, ${spec ? `${s(-1)}` : "''"});`, [`${v} = r;`], undefined, true),
        ]),
        '}',
      ]);
      break;
    }
    case Op.MAP_ADD:
      if (!sc.ownFrame) {
        out.push(X);
        break;
      }
      // A dict comprehension's store into its own new dict (`arg` below the key and value):
      // setItem's dict case when it runs no tpy code (a str or int key), else the cold path.
      block([
        `if (!${s(-2 - arg)}.setPlain(${s(-2)}, ${s(-1)})) {`,
        ...indent(coldCall(sc, word, d, after, 0, slow)),
        '}',
      ]);
      break;
    case Op.DELETE_ATTR:
      // `del o.name` of an instance's own attribute, as object.__delattr__ does it
      // (deleteAttrPlain), else the eval loop's code for it (the generic lookup, the error).
      if (!sc.ownFrame) {
        out.push(X);
        break;
      }
      block([
        `if (!deleteAttrPlain(${s(-1)}, ${sc.N}[${arg}])) {`,
        ...indent(coldCall(sc, word, d, after, 0, slow)),
        '}',
      ]);
      break;
    default:
      if (OPS_COLD.has(op) && sc.ownFrame) {
        // The eval loop's own code for it, on the operands written back (SET_ADD and MAP_ADD
        // reach the container under the comprehension's iterator); what it pushed read back.
        const pushed = op === Op.UNPACK_EX ? (arg & 0xff) + 1 + (arg >> 8)
          : op === Op.SET_ADD || op === Op.DELETE_SUBSCR || op === Op.DELETE_ATTR ? 0 : 1;
        block(coldCall(sc, word, d, after, pushed, slow));
        break;
      }
      out.push(X);
  }
  return out;
}

/** A cold instruction run by executeCold on the operands written back; the `pushed` values it leaves read back. */
function coldCall(
  sc: Scope, word: number, d: number, after: number, pushed: number,
  slow: (call: string, assign?: string[], hooked?: string, always?: boolean) => string[],
): string[] {
  return [
    ...Array.from({ length: d }, (_, i) => `stack[S + ${i}] = ${sc.s}${i};`),
    ...slow(`executeCold(vm, f, ${word}, S + ${d}, stack);`, Array.from({ length: pushed }, (_, k) => `${sc.s}${after - pushed + k} = stack[S + ${after - pushed + k}];`), undefined, true),
  ];
}

/**
 * After a helper at `pc` that answered RAISED (its exception in vm.jitRaised, no JS throw),
 * `low` operands under its own: to the scope's raise dispatch, as a native's exception
 * (jit_except.ts nativeRaised), or else to the eval loop, raised there.
 */
function raisedHere(sc: Scope, pc: number, low: number, r = 'r'): string[] {
  if (sc.raise === undefined) return [`if (${r} === RAISED) { pc++; break loop; }`];
  return [
    `if (${r} === RAISED) {`,
    '  rx = nativeRaised(vm, f, vm.jitRaised);',
    '  if (rx === null) { pc++; break loop; }',
    '  vm.jitRaised = null;',
    ...sc.raise(pc, low).map((l) => `  ${l}`),
    '}',
  ];
}

/**
 * At a call at `pc` whose callee's compiled body raised out of its frame (RAISED_OUT, the
 * exception in vm.jitRaised), `low` operands left under the callable: to the scope's raise
 * dispatch, or else to the eval loop, raised at the call (as a native's exception).
 */
function raisedOut(sc: Scope, pc: number, low: number): string[] {
  if (sc.raise === undefined) return [`if (r === RAISED_OUT) { pc = ${pc + 1}; xd = ${low}; break loop; }`];
  return ['if (r === RAISED_OUT) {', '  rx = vm.jitRaised; vm.jitRaised = null;', ...sc.raise(pc, low).map((l) => `  ${l}`), '}'];
}

/**
 * A call jit.ts found worth running inline: a global name bound, when the loop was compiled,
 * to a small function whose instructions all are side-effect-free fast paths (arithmetic,
 * comparisons, forward jumps, reads of locals, globals, attributes, items and closure cells)
 * and a return: `ref` names its record (function, code, tables) in the compiled function.
 */
export interface InlinedCall {
  ref: string;
  /** Variable prefix for its operands and locals. */
  prefix: string;
  code: Code;
  /** Its instructions with their stack depths, and its jump targets. */
  depth: Map<number, number>;
  labels: Set<number>;
  /**
   * Reached through a local: any function of this code and globals runs it (a closure made
   * by one `def`, each with cells of its own), not only the one seen when compiling.
   */
  byCode: boolean;
}

/**
 * The inlined callee's body: its arguments (the operands above the callable at depth d)
 * become its locals, its return value replaces the callable. Anything its fast paths do not
 * cover leaves the compiled loop before the call, which the eval loop then makes as usual:
 * nothing the callee did so far can be seen (it only read, and wrote its own variables), so
 * running the call again from the start is exact, a traceback included.
 */
function inlineCall(inl: InlinedCall, callPc: number, d: number, argc: number): string[] {
  const code = inl.code;
  const low = d - argc - 1;
  const label = `${inl.prefix}body`;
  const sc: Scope = {
    code, s: `${inl.prefix}s`, l: `${inl.prefix}l`,
    K: `${inl.ref}.K`, N: `${inl.ref}.N`, AC: `${inl.ref}.AC`, GC: `${inl.ref}.GC`, CODE: `${inl.ref}.code`,
    // The callee's cells: the function called, which stays in its slot until the return.
    globals: `${inl.ref}.globals`, builtins: `${inl.ref}.builtins`, cells: inl.byCode ? `s${low}.closure` : `${inl.ref}.func.closure`,
    exit: () => exit(callPc, d),
    jump: (target) => `{ cpc = ${target}; continue ${label}; }`,
    onStack: false,
    ownFrame: false,
    countdownFloor: 0,
    quietCheck: false,
    floats: new FloatKnowledge(),
  };
  const lines: string[] = [`// inlined: ${code.co_qualname}`];
  const locals = Array.from({ length: code.co_nlocals }, (_, i) => `${sc.l}${i}${i < argc ? ` = s${low + 1 + i}` : ''}`);
  if (locals.length) lines.push(`let ${locals.join(', ')};`);
  const maxDepth = Math.max(0, ...inl.depth.values()) + 1;
  lines.push(`let ${Array.from({ length: maxDepth }, (_, i) => `${sc.s}${i}`).join(', ')};`);
  lines.push('let cpc = 0;', `${label}: for (;;) {`, '  switch (cpc) {');
  const none = new Set<number>();
  const never = () => false;
  for (const pc of [...inl.depth.keys()].sort((a, b) => a - b)) {
    if (inl.labels.has(pc)) {
      lines.push(`    case ${pc}:`);
      sc.floats?.forget();
    }
    const cd = inl.depth.get(pc)!;
    const body = (code.words[pc] & 0xff) === Op.RETURN_VALUE
      ? [`// ${pc * 2} RETURN_VALUE`, `{ s${low} = ${sc.s}${cd - 1}; break ${label}; }`]
      : emitInstruction(sc, pc, cd, new Set(), none, never);
    lines.push(...body.map((l) => `      ${l}`));
  }
  lines.push('  }', '}');
  return lines;
}

/**
 * The eval loop's inline arithmetic for `op` on a and b, leaving r undefined where it does not
 * apply; `aFloat`/`bFloat`: the operand is known to be a plain float (jit_floats.ts), so only
 * the cases with a float there are written, without testing it.
 */
function fastArithmetic(op: number, aFloat: boolean, bFloat: boolean): string[] {
  const o = JS_OPERATOR[op];
  if (o !== undefined && (aFloat || bFloat)) {
    if (aFloat && bFloat) return [`r = new PyFloat(a.value ${o} b.value);`];
    // One float and an int (a JS number) or another float.
    const other = aFloat ? 'b' : 'a';
    return [
      `if (${isFloat(other)}) r = new PyFloat(a.value ${o} b.value);`,
      `else if (typeof ${other} === 'number') r = new PyFloat(${aFloat ? 'a.value' : 'a'} ${o} ${aFloat ? 'b' : 'b.value'});`,
    ];
  }
  if (o !== undefined) {
    const lines = [
      `if (typeof a === 'number') {`,
      `  if (typeof b === 'number') {`,
      `    const t = a ${o} b;`,
      `    if (Number.isSafeInteger(t)) r = ${o === '*' ? 't === 0 ? 0 : t' : 't'};`,
      `  } else if (${isFloat('b')}) r = new PyFloat(a ${o} b.value);`,
      `} else if (${isFloat('a')}) {`,
      `  if (${isFloat('b')}) r = new PyFloat(a.value ${o} b.value);`,
      `  else if (typeof b === 'number') r = new PyFloat(a.value ${o} b);`,
      '}',
    ];
    // `count += x > 0`: an int plus a bool is an int (bool is an int subclass).
    if (o === '+') lines.splice(5, 0, `  else if (typeof b === 'boolean') { if (!b) r = a; else if (a < Number.MAX_SAFE_INTEGER) r = a + 1; }`);
    if (o === '+') lines.push(`else if (typeof a === 'string' && typeof b === 'string') r = a + b;`);
    return lines;
  }
  switch (op) {
    case Op.BINARY_TRUE_DIVIDE: case Op.INPLACE_TRUE_DIVIDE:
      // Safe integers convert to floats exactly, and IEEE division rounds as C's does.
      return [
        `const x = ${aFloat ? 'a.value' : asDouble('a')}, y = ${bFloat ? 'b.value' : asDouble('b')};`,
        'if (x !== undefined && y !== undefined && y !== 0) r = new PyFloat(x / y);',
      ];
    case Op.BINARY_FLOOR_DIVIDE: case Op.INPLACE_FLOOR_DIVIDE:
      // In int32 range the rounded quotient cannot cross an integer, so floor() is exact.
      return [
        `if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b && b !== 0) {`,
        '  const t = Math.floor(a / b);',
        '  r = t === 0 ? 0 : t;',
        '}',
      ];
    case Op.BINARY_MODULO: case Op.INPLACE_MODULO:
      // JS % is exact on safe integers; Python's result takes the sign of the divisor.
      return [
        `if (typeof a === 'number' && typeof b === 'number' && b !== 0) {`,
        '  let t = a % b;',
        '  if (t !== 0 && (t < 0) !== (b < 0)) t += b;',
        '  r = t === 0 ? 0 : t;',
        '}',
      ];
    case Op.BINARY_POWER: case Op.INPLACE_POWER:
      // A positive finite float to the power 0.5, which float_pow takes to powHalf.
      return [`if (${aFloat ? '' : `${isFloat('a')} && `}${bFloat ? '' : `${isFloat('b')} && `}b.value === 0.5 && a.value > 0 && a.value < Infinity) r = new PyFloat(powHalf(a.value));`];
    case Op.BINARY_AND: case Op.INPLACE_AND: case Op.BINARY_OR: case Op.INPLACE_OR: case Op.BINARY_XOR: case Op.INPLACE_XOR: {
      const bit = op === Op.BINARY_AND || op === Op.INPLACE_AND ? '&' : op === Op.BINARY_OR || op === Op.INPLACE_OR ? '|' : '^';
      // & with a non-negative 32-bit int takes the other's low bits (JS's & does, on any safe integer).
      const test = bit === '&'
        ? '(((a | 0) === a && ((b | 0) === b || a >= 0)) || ((b | 0) === b && b >= 0))'
        : '(a | 0) === a && (b | 0) === b';
      return [`if (typeof a === 'number' && typeof b === 'number' && ${test}) r = a ${bit} b;`];
    }
    case Op.BINARY_RSHIFT: case Op.INPLACE_RSHIFT:
      // Past 32 bits, a division by a power of two is exact and floor() is Python's rounding.
      return [`if (typeof a === 'number' && typeof b === 'number' && b >= 0 && b < 64) r = (a | 0) === a && b < 32 ? a >> b : Math.floor(a / 2 ** b);`];
    default: // LSHIFT
      return [
        `if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && b >= 0 && b < 32) {`,
        '  const t = a * 2 ** b;',
        '  if (Number.isSafeInteger(t)) r = t;',
        '}',
      ];
  }
}
