// The eval loop: one `for (;;)` around one `switch`, running frames stacklessly.
//
// A call from tpy code to a tpy function pushes a Frame and continues in this same
// loop; RETURN_VALUE pops back to the caller. FOR_ITER and YIELD_FROM resume a
// generator the same way, and its yield hands the value back without leaving the
// loop (gen_frames.ts). Only native code calling back into tpy (a __repr__, a sort
// key, a generator resumed by next()) starts a nested loop, whose bottom frame is
// marked `isEntry`. Exceptions, `return`, `break` and `continue` leave blocks
// through one unwinder (unwind.ts), as CPython 3.7's fast_block_end does.

import { PyObj } from './objects/object.js';
import type { PyObject } from './objects/object.js';
import { Op, Cmp } from './opcodes.js';
import { exceptStarMatch } from './except_star.js';
import { Frame, Why, EXCEPT_HANDLER, NO_BLOCKS, popBlock, inExceptHandler } from './frame.js';
import { Super } from './superinstructions.js';
import { CO_GENLIKE, BEFORE_ENTRY } from './code.js';
import type { Code } from './code.js';
import { PyFunction, PyMethod, PyBuiltinFunction, PyMethodDescriptor, KwArgs, raisedPlain } from './objects/function.js';
import { PyDict, mergesAsPlainDict, type GlobalSlot } from './objects/dict.js';
import { PyList, pushItem } from './objects/list.js';
import { PyTuple, newTuple } from './objects/tuple.js';
import { PyFloat, floatType } from './objects/float.js';
import { PyGenerator, PyGenBase, PyCoroutine, Resumer } from './objects/generator.js';
import {
  enterGenerator, resumeGenerator, suspendGenerator, finishGenerator, generatorRaised, delegatedNext, INTERPRET, takePendingThrow, genReturnValue,
  forgetGenReturn,
} from './gen_frames.js';
import { genNext, compiledBody } from './jit_gen.js';
import { runCompiledCall } from './jit_call.js';
import { BODY_LEFT, forgetCompiledPair } from './jit_ops.js';
import { PyRangeIterator, PyListIterator, PyTupleIterator, listIterEnd } from './objects/iterators.js';
import { PyType, typeType, objectType, typeEpoch } from './objects/type.js';
import { None } from './objects/singletons.js';
import {
  PyBaseException, BaseException, typeError, nameError, newException, UnboundLocalError, NameError, SystemError,
  StopIteration, GeneratorExit, RuntimeError, ValueError, stopIteration, keyError,
} from './objects/exceptions.js';
import { PyTraceback } from './objects/traceback.js';
import { isSimpleCall, makeCells, bindInPlace, spreadKeywords, NO_KEYWORDS } from './bind.js';
import { toPyException, recursionError, enterClassCall } from './errors.js';
import { typeOf } from './ops/typeof.js';
import { call, callFixed, objectInit, objectNew } from './ops/call.js';
import { binaryOp, inplaceOp, negate, BinOp } from './ops/arith.js';
import { richCompare } from './ops/compare.js';
import { truthy, repr, str } from './ops/convert.js';
import { getAttr, getAttrOpt, bindDescriptor, lookupAttr } from './ops/attribute.js';
import { generatorClose, finishedWith, makeThrown } from './methods/generator.js';
import { callTarget, takeCall } from './gen_call.js';
import { loadAttrCaching, storeAttrCaching, loadMethodCaching, cachedDictGet, cachedDictSet, dictForStore, notShadowed, FROM_DICT } from './ops/attr_cache.js';
import { getItem, setItem, contains, getIter, iterNext, iterNextPair, toArray, toArrayHinted, isStopIteration, takeSwallowedStop } from './ops/sequence.js';
import { ownIfFresh, dropOwned } from './owned_iterators.js';
import { unwindBlocks, unwindExceptHandler, handledForRaise } from './unwind.js';
import { PARK } from './park.js';
import { watchWords } from './watch_words.js';
import { noteSuspendedGenerator } from './suspended_generators.js';
import { PseudoOp, tracedWords, activeWords, hookCall, hookReturn, hookYield, hookException, hookInstruction, hookCCall, builtinForProfile } from './hooks.js';
import { executeCold } from './eval_cold.js';
import { loadFromNamespace, storeInNamespace } from './namespace_mapping.js';
import { runCompiled } from './jit.js';
import { LruPendingCall, isLruCallee, lruCallFromLoop, lruReturned } from './lru_call.js';
import { enterRunner, runnerReturned, runnerRaised } from './frame_runner.js';
import { WARMUP, isColdCode, takesColdLevel } from './cold_call_level.js';
import type { VM } from './vm.js';

/** Set when `execute` returned because its entry frame yielded (rather than returned). */
let exitedByYield = false;

/**
 * Runs `entry` (already set up, with f_back linked) until it returns or yields;
 * `throwIn` raises into it first. Returns PARK when a native parked the run on
 * the event loop: vm.frame is then the frame to resume (VM.runParkable).
 */
export function execute(vm: VM, entry: Frame, throwIn: PyBaseException | ThrownIn | null, resuming = false): PyObject {
  let r = runLoop(vm, entry, throwIn, resuming);
  // At every check interval the loop returns and is entered again, resuming vm.frame: a
  // fresh call runs whatever code V8 has optimised since. So the loop needs no on-stack
  // replacement, which compiles it a second time (the tpy command turns it off). The
  // interval's check is made here, not in the loop: a call the loop makes only now and then
  // is a call site V8 may have no feedback for when it compiles the loop, and reaching it
  // would throw the compiled loop away. The same goes for running a compiled loop.
  while (r === REENTER || r === TO_COMPILED) {
    // Set when the compiled loop itself ran out the check interval at its loop head.
    let leftAtHead: Frame | null = null;
    if (r === TO_COMPILED) {
      const f = vm.frame!;
      let raised: PyBaseException | null = null;
      if (!vm.hooked) {
        f.pc = runCompiled(vm, f, f.pc);
        if (vm.jitRaised !== null) {
          // A native the compiled loop called raised: into the frame, at that call (or into
          // the frame of a compiled body it called, left to the eval loop: vm.frame).
          raised = toPyException(vm.jitRaised);
          vm.jitRaised = null;
        }
      }
      if (raised !== null || vm.countdown > 0 || vm.frame !== f) {
        r = runLoop(vm, vm.frame!, raised, true);
        continue;
      }
      vm.checkPc = f.pc + 1; // the check interval ran out in the compiled loop, at a loop head
      leftAtHead = f;
    }
    let interrupt: PyBaseException | null = null;
    try {
      if (vm.checkInterrupt()) return PARK;
    } catch (e) {
      interrupt = toPyException(e); // KeyboardInterrupt: raised into the frame where the loop stopped
      vm.frame!.pc = vm.checkPc;
    }
    // Back into the compiled loop at once: through the eval loop, one turn of it would run
    // there every interval, the calls, raises and handlers of a turn taking paths of runLoop
    // V8 has no feedback for (its compile thrown away, and made again).
    if (leftAtHead !== null && interrupt === null && vm.frame === leftAtHead) {
      r = TO_COMPILED;
      continue;
    }
    r = runLoop(vm, vm.frame!, interrupt, true);
  }
  return r;
}

/** The two values iterNextPair hands FOR_ITER (reused: the loop pushes them at once). */
const PAIR: PyObject[] = [None, None];
/** What forIterNext returns when it pushed the pair an UNPACK_SEQUENCE 2 after FOR_ITER would make. */
const PAIRED: PyObject = new (class extends PyObj {})(objectType);

/** What runLoop returns at a check interval: execute() checks for interrupts and enters it again. */
const REENTER: PyObject = new (class extends PyObj {})(objectType);
/** What runLoop returns at a loop head whose code has loops to compile (vm/jit.ts): execute() runs it. */
const TO_COMPILED: PyObject = new (class extends PyObj {})(objectType);

function runLoop(vm: VM, entry: Frame, throwIn: PyBaseException | ThrownIn | null, resuming: boolean): PyObject {
  // A resumed (previously parked) frame is already counted in vm.depth.
  if (!resuming && ++vm.depth > vm.recursionLimit) {
    vm.depth--;
    throw recursionError();
  }
  if (!resuming && entry.f_code.warmth < WARMUP) entry.f_code.warmth++;
  let f = entry;
  vm.frame = f;
  const stack = vm.stack;
  let code: Code = f.f_code;
  // Every load of base, sp and pc from a frame is `| 0`: V8 then knows them for int32s, and
  // keeps them in integer registers through the whole loop instead of as doubles (which
  // cost a conversion and a check at every push and pop).
  let base = f.base | 0;
  let sp = f.sp | 0;
  let pc = f.pc | 0;
  let pending: PyBaseException | ThrownIn | null = throwIn;
  if (vm.hooked && !resuming) {
    try {
      hookCall(vm, f);
    } catch (e) {
      pending = toPyException(e);
    }
  }
  let words = activeWords(vm, code);
  // Where the loop stops at a check interval (see vm.checkPc): the loop head a backward jump
  // reached, or -1 at a call (the callee's entry).
  let stopAt = 0;
  // Set when the loop stops there to run a compiled loop instead (execute()).
  let toCompiled = false;

  for (;;) {
    // What this loop raises itself (RAISE_VARARGS, END_FINALLY, a throw into the frame)
    // it hands to the handler below without a JS throw, which costs far more in V8.
    let raised: unknown = pending;
    pending = null;
    if (raised === null) try {
      fetch: for (;;) {
        let word = words[pc++];
        // A traced instruction re-enters the switch with the real word (see TRACE_OP).
        dispatch: for (;;) {
          const arg = word >> 8;
          switch (word & 0xff) {
            case PseudoOp.TRACE_OP:
              // Traced bytecode: report the instruction at this slot, then run it (or the one
              // the trace function jumped to by setting f_lineno, vm/frame_jump.ts).
              if (vm.traceFn === null && vm.finalizerWatch === null) words = code.fastWords;
              else {
                // The watch alone runs its own words (a trace function may just have gone).
                if (vm.traceFn === null) words = watchWords(code);
                f.sp = sp; f.pc = pc;
                traceInstruction(vm, f);
                sp = f.sp | 0; pc = f.pc | 0;
              }
              word = code.words[pc - 1];
              continue dispatch;
            case Op.NOP: case Op.EXTENDED_ARG: break;
            case Op.LOAD_FAST: {
              const v = stack[base + arg];
              if (v === undefined) throw unboundLocal(code.co_varnames[arg]);
              stack[sp++] = v;
              break;
            }
            case Op.STORE_FAST: stack[base + arg] = stack[--sp]; break;
            case Op.LOAD_CONST: stack[sp++] = code.co_consts[arg]; break;
            case Op.POP_TOP: sp--; break;
            // Superinstructions (vm/superinstructions.ts): the second word's argument is read here.
            case Super.LOAD_FAST_LOAD_FAST: {
              const v = stack[base + arg];
              if (v === undefined) throw unboundLocal(code.co_varnames[arg]);
              stack[sp++] = v;
              const arg2 = words[pc++] >> 8;
              const v2 = stack[base + arg2];
              if (v2 === undefined) throw unboundLocal(code.co_varnames[arg2]);
              stack[sp++] = v2;
              break;
            }
            case Super.LOAD_FAST_LOAD_CONST: {
              const v = stack[base + arg];
              if (v === undefined) throw unboundLocal(code.co_varnames[arg]);
              stack[sp++] = v;
              stack[sp++] = code.co_consts[words[pc++] >> 8];
              break;
            }
            case Super.STORE_FAST_LOAD_FAST: {
              stack[base + arg] = stack[--sp];
              const arg2 = words[pc++] >> 8;
              const v2 = stack[base + arg2];
              if (v2 === undefined) throw unboundLocal(code.co_varnames[arg2]);
              stack[sp++] = v2;
              break;
            }
            case Super.COMPARE_OP_POP_JUMP_IF_FALSE: {
              const b = stack[--sp];
              const a = stack[sp - 1];
              let r: PyObject;
              if (typeof a === 'number' && typeof b === 'number' && arg <= Cmp.GE) {
                r = arg === Cmp.LT ? a < b : arg === Cmp.LE ? a <= b : arg === Cmp.EQ ? a === b : arg === Cmp.NE ? a !== b : arg === Cmp.GT ? a > b : a >= b;
              } else if (arg === Cmp.IS) r = a === b; // x is None
              else if (arg === Cmp.IS_NOT) r = a !== b;
              else {
                f.sp = sp; f.pc = pc;
                r = compareOp(vm, arg, a, b);
              }
              sp--;
              const target = words[pc++] >> 8;
              if (r === false || (r !== true && !truthyFast(vm, r, f, sp, pc))) {
                if (target >> 1 < pc) {
                  word = Op.JUMP_ABSOLUTE | (target << 8); // a loop's last jump (see POP_JUMP_IF_FALSE)
                  continue dispatch;
                }
                pc = target >> 1;
              }
              break;
            }
            case Super.FOR_ITER_STORE_FAST: {
              // range() and list iterators: the next value goes straight into the loop variable.
              const it = stack[sp - 1];
              let v: PyObject | undefined;
              if (it instanceof PyRangeIterator) v = it.index < it.length ? it.range.start + it.range.step * it.index++ : undefined;
              else if (it instanceof PyListIterator) {
                const l = it.list;
                v = l !== null && it.index < l.items.length ? l.items[it.index++] : listIterEnd(it);
              } else {
                word = (word & ~0xff) | Op.FOR_ITER;
                continue dispatch;
              }
              if (v === undefined) {
                sp--;
                pc += arg >> 1;
              } else stack[base + (words[pc++] >> 8)] = v;
              break;
            }
            case Super.LOAD_FAST_LOAD_ATTR: case Super.DUP_TOP_LOAD_ATTR: case Super.LOAD_FAST_DUP_TOP_LOAD_ATTR: {
              // Pushes the object (a local, the local twice, or the top of the stack again), then
              // LOAD_ATTR's cached instance-dict read (see Op.LOAD_ATTR); otherwise LOAD_ATTR runs
              // next on its own.
              let o: PyObject;
              if ((word & 0xff) === Super.DUP_TOP_LOAD_ATTR) o = stack[sp - 1];
              else {
                o = stack[base + arg];
                if (o === undefined) throw unboundLocal(code.co_varnames[arg]);
                if ((word & 0xff) === Super.LOAD_FAST_DUP_TOP_LOAD_ATTR) {
                  stack[sp++] = o;
                  pc++; // past the DUP_TOP word
                }
              }
              stack[sp++] = o;
              if (typeof o === 'object') {
                const c = code.attrCache[pc + 1];
                const d = o.dict;
                if (c !== undefined && d !== null && c.find(o.cls) >= 0) {
                  const v = cachedDictGet(c, d, code.co_names[words[pc] >> 8]);
                  if (v !== undefined) {
                    stack[sp - 1] = v;
                    pc++;
                  }
                }
              }
              break;
            }
            case Super.ROT_TWO_STORE_ATTR: {
              // STORE_ATTR's cached instance-dict write of [..., o, v] (ROT_TWO would make it [..., v, o]).
              const o = stack[sp - 2];
              if (typeof o === 'object') {
                const c = code.attrCache[pc + 1];
                if (c !== undefined && c.find(o.cls) >= 0) {
                  const d = o.dict ?? dictForStore(o);
                  if (d !== null) {
                    cachedDictSet(c, d, code.co_names[words[pc] >> 8], stack[sp - 1]);
                    sp -= 2;
                    pc++;
                    break;
                  }
                }
              }
              word = (word & ~0xff) | Op.ROT_TWO;
              continue dispatch;
            }
            case Super.LOAD_GLOBAL_LOAD_FAST: {
              const c = code.globalCache[arg];
              const v = c !== undefined && c.keysVersion === f.f_globals.keysVersion ? c.slot.value : undefined;
              if (v === undefined) {
                word = (word & ~0xff) | Op.LOAD_GLOBAL;
                continue dispatch;
              }
              stack[sp++] = v;
              const arg2 = words[pc++] >> 8;
              const v2 = stack[base + arg2];
              if (v2 === undefined) throw unboundLocal(code.co_varnames[arg2]);
              stack[sp++] = v2;
              break;
            }
            case Super.INPLACE_ADD_STORE_FAST: {
              const b = stack[sp - 1];
              const a = stack[sp - 2];
              let r: PyObject | undefined;
              if (typeof a === 'number') {
                if (typeof b === 'number') {
                  const s = a + b;
                  if (Number.isSafeInteger(s)) r = s;
                }
              } else if (a instanceof PyFloat && b instanceof PyFloat && a.cls === floatType && b.cls === floatType) {
                r = new PyFloat(a.value + b.value);
              }
              if (r === undefined) {
                word = (word & ~0xff) | Op.INPLACE_ADD;
                continue dispatch;
              }
              sp -= 2;
              stack[base + (words[pc++] >> 8)] = r;
              break;
            }
            case Op.ROT_TWO: {
              const t = stack[sp - 1];
              stack[sp - 1] = stack[sp - 2];
              stack[sp - 2] = t;
              break;
            }
            case Op.ROT_THREE: {
              const t = stack[sp - 1];
              stack[sp - 1] = stack[sp - 2];
              stack[sp - 2] = stack[sp - 3];
              stack[sp - 3] = t;
              break;
            }
            case Op.DUP_TOP: stack[sp] = stack[sp - 1]; sp++; break;
            case Op.UNARY_NEGATIVE: {
              const a = stack[sp - 1];
              if (typeof a === 'number') stack[sp - 1] = a === 0 ? 0 : -a;
              else {
                f.sp = sp; f.pc = pc;
                stack[sp - 1] = negate(vm, a);
              }
              break;
            }
            case Op.UNARY_NOT: {
              const a = stack[sp - 1];
              if (typeof a === 'boolean') stack[sp - 1] = !a;
              else {
                f.sp = sp; f.pc = pc;
                stack[sp - 1] = !truthy(vm, a);
              }
              break;
            }
            case Op.DELETE_FAST: // the end of `except E as e`
              if (stack[base + arg] === undefined) throw unboundLocal(code.co_varnames[arg]);
              stack[base + arg] = undefined as unknown as PyObject;
              break;
            case Op.DUP_TOP_TWO: // x[i] += v, x.a[i] += v
              stack[sp] = stack[sp - 2];
              stack[sp + 1] = stack[sp - 1];
              sp += 2;
              break;
            case Op.BINARY_ADD: case Op.INPLACE_ADD: {
              const b = stack[--sp];
              const a = stack[sp - 1];
              if (typeof a === 'number') {
                if (typeof b === 'number') {
                  const r = a + b;
                  if (Number.isSafeInteger(r)) {
                    stack[sp - 1] = r;
                    break;
                  }
                } else if (b instanceof PyFloat && b.cls === floatType) {
                  stack[sp - 1] = new PyFloat(a + b.value);
                  break;
                }
              } else if (a instanceof PyFloat && a.cls === floatType) {
                if (b instanceof PyFloat && b.cls === floatType) {
                  stack[sp - 1] = new PyFloat(a.value + b.value);
                  break;
                } else if (typeof b === 'number') {
                  stack[sp - 1] = new PyFloat(a.value + b);
                  break;
                }
              } else if (typeof a === 'string' && typeof b === 'string') {
                stack[sp - 1] = a + b;
                break;
              }
              stack[sp - 1] = arithmetic(vm, f, sp, pc, word, a, b);
              break;
            }
            case Op.BINARY_SUBTRACT: case Op.INPLACE_SUBTRACT: {
              const b = stack[--sp];
              const a = stack[sp - 1];
              if (typeof a === 'number') {
                if (typeof b === 'number') {
                  const r = a - b;
                  if (Number.isSafeInteger(r)) {
                    stack[sp - 1] = r;
                    break;
                  }
                } else if (b instanceof PyFloat && b.cls === floatType) {
                  stack[sp - 1] = new PyFloat(a - b.value);
                  break;
                }
              } else if (a instanceof PyFloat && a.cls === floatType) {
                if (b instanceof PyFloat && b.cls === floatType) {
                  stack[sp - 1] = new PyFloat(a.value - b.value);
                  break;
                } else if (typeof b === 'number') {
                  stack[sp - 1] = new PyFloat(a.value - b);
                  break;
                }
              }
              stack[sp - 1] = arithmetic(vm, f, sp, pc, word, a, b);
              break;
            }
            case Op.BINARY_MULTIPLY: case Op.INPLACE_MULTIPLY: {
              const b = stack[--sp];
              const a = stack[sp - 1];
              if (typeof a === 'number') {
                if (typeof b === 'number') {
                  const r = a * b;
                  if (Number.isSafeInteger(r)) {
                    stack[sp - 1] = r === 0 ? 0 : r;
                    break;
                  }
                } else if (b instanceof PyFloat && b.cls === floatType) {
                  stack[sp - 1] = new PyFloat(a * b.value);
                  break;
                }
              } else if (a instanceof PyFloat && a.cls === floatType) {
                if (b instanceof PyFloat && b.cls === floatType) {
                  stack[sp - 1] = new PyFloat(a.value * b.value);
                  break;
                } else if (typeof b === 'number') {
                  stack[sp - 1] = new PyFloat(a.value * b);
                  break;
                }
              }
              stack[sp - 1] = arithmetic(vm, f, sp, pc, word, a, b);
              break;
            }
            case Op.BINARY_TRUE_DIVIDE: case Op.INPLACE_TRUE_DIVIDE: {
              // Safe integers convert to floats exactly, and IEEE division rounds as C's does.
              const b = stack[--sp];
              const a = stack[sp - 1];
              const x = typeof a === 'number' ? a : a instanceof PyFloat && a.cls === floatType ? a.value : undefined;
              const y = typeof b === 'number' ? b : b instanceof PyFloat && b.cls === floatType ? b.value : undefined;
              if (x !== undefined && y !== undefined && y !== 0) {
                stack[sp - 1] = new PyFloat(x / y);
                break;
              }
              stack[sp - 1] = arithmetic(vm, f, sp, pc, word, a, b);
              break;
            }
            case Op.BINARY_FLOOR_DIVIDE: case Op.INPLACE_FLOOR_DIVIDE: {
              const b = stack[--sp];
              const a = stack[sp - 1];
              // In int32 range the rounded quotient cannot cross an integer, so floor() is exact.
              if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b && b !== 0) {
                const r = Math.floor(a / b);
                stack[sp - 1] = r === 0 ? 0 : r;
                break;
              }
              stack[sp - 1] = arithmetic(vm, f, sp, pc, word, a, b);
              break;
            }
            case Op.BINARY_MODULO: case Op.INPLACE_MODULO: {
              const b = stack[--sp];
              const a = stack[sp - 1];
              // JS % is exact on safe integers; Python's result takes the sign of the divisor.
              if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
                let r = a % b;
                if (r !== 0 && (r < 0) !== (b < 0)) r += b;
                stack[sp - 1] = r === 0 ? 0 : r;
                break;
              }
              stack[sp - 1] = arithmetic(vm, f, sp, pc, word, a, b);
              break;
            }
            case Op.BINARY_AND: case Op.INPLACE_AND: case Op.BINARY_OR: case Op.INPLACE_OR: case Op.BINARY_XOR: case Op.INPLACE_XOR: {
              const b = stack[--sp];
              const a = stack[sp - 1];
              if (typeof a === 'number' && typeof b === 'number') {
                const op = word & 0xff;
                const and = op === Op.BINARY_AND || op === Op.INPLACE_AND;
                if ((a | 0) === a && (b | 0) === b) {
                  stack[sp - 1] = and ? a & b : op === Op.BINARY_OR || op === Op.INPLACE_OR ? a | b : a ^ b;
                  break;
                }
                // An int past 32 bits masked by a non-negative 32-bit one (\`x & 1\`, \`h & 0xffff\`):
                // JS's & takes the low 32 bits of a safe integer, two's complement for negatives.
                if (and && (((b | 0) === b && b >= 0) || ((a | 0) === a && a >= 0))) {
                  stack[sp - 1] = a & b;
                  break;
                }
              }
              stack[sp - 1] = arithmetic(vm, f, sp, pc, word, a, b);
              break;
            }
            case Op.BINARY_LSHIFT: case Op.INPLACE_LSHIFT: case Op.BINARY_RSHIFT: case Op.INPLACE_RSHIFT: {
              const b = stack[--sp];
              const a = stack[sp - 1];
              if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && b >= 0 && b < 32) {
                const op = word & 0xff;
                if (op === Op.BINARY_RSHIFT || op === Op.INPLACE_RSHIFT) {
                  stack[sp - 1] = a >> b;
                  break;
                }
                const r = a * 2 ** b;
                if (Number.isSafeInteger(r)) {
                  stack[sp - 1] = r;
                  break;
                }
              } else if (typeof a === 'number' && typeof b === 'number' && b >= 0 && b < 64 && ((word & 0xff) === Op.BINARY_RSHIFT || (word & 0xff) === Op.INPLACE_RSHIFT)) {
                // A safe integer past 32 bits: dividing by a power of two is exact, and floor() is Python's rounding.
                stack[sp - 1] = Math.floor(a / 2 ** b);
                break;
              }
              stack[sp - 1] = arithmetic(vm, f, sp, pc, word, a, b);
              break;
            }
            case Op.BINARY_SUBSCR: {
              const key = stack[--sp];
              const o = stack[sp - 1];
              if (o instanceof PyList && typeof key === 'number' && key >= 0 && key < o.items.length && !o.cls.isHeapType) {
                stack[sp - 1] = o.items[key];
                break;
              }
              f.sp = sp; f.pc = pc;
              if (o instanceof PyDict && !o.cls.isHeapType) {
                const v = o.get(vm, key);
                if (v !== undefined) {
                  stack[sp - 1] = v;
                  break;
                }
                // A missing key is handed to the handler without a JS throw (see `raised`):
                // `try: d[k] except KeyError:` is a common way to ask, and a throw costs ~0.4 us.
                raised = keyError(key);
                break fetch;
              }
              stack[sp - 1] = getItem(vm, o, key);
              break;
            }
            case Op.STORE_SUBSCR: {
              const key = stack[sp - 1];
              const o = stack[sp - 2];
              const v = stack[sp - 3];
              sp -= 3;
              if (o instanceof PyList && typeof key === 'number' && key >= 0 && key < o.items.length && !o.cls.isHeapType) {
                o.items[key] = v;
                break;
              }
              f.sp = sp; f.pc = pc;
              setItem(vm, o, key, v);
              break;
            }
            case Op.COMPARE_OP: {
              const b = stack[--sp];
              const a = stack[sp - 1];
              if (typeof a === 'number' && typeof b === 'number') {
                switch (arg) {
                  case Cmp.LT: stack[sp - 1] = a < b; continue fetch;
                  case Cmp.LE: stack[sp - 1] = a <= b; continue fetch;
                  case Cmp.EQ: stack[sp - 1] = a === b; continue fetch;
                  case Cmp.NE: stack[sp - 1] = a !== b; continue fetch;
                  case Cmp.GT: stack[sp - 1] = a > b; continue fetch;
                  case Cmp.GE: stack[sp - 1] = a >= b; continue fetch;
                }
              }
              if (arg === Cmp.IS) stack[sp - 1] = a === b;
              else if (arg === Cmp.IS_NOT) stack[sp - 1] = a !== b;
              else {
                f.sp = sp; f.pc = pc;
                stack[sp - 1] = compareOp(vm, arg, a, b);
              }
              break;
            }

            case Op.POP_JUMP_IF_FALSE: {
              const v = stack[--sp];
              if (v === false || (v !== true && !truthyFast(vm, v, f, sp, pc))) {
                // Taken backward, it closes a loop (the peephole pass folds a loop's last jump
                // into it): JUMP_ABSOLUTE's check interval and loop compiler apply.
                if (arg >> 1 < pc) {
                  word = Op.JUMP_ABSOLUTE | (arg << 8);
                  continue dispatch;
                }
                pc = arg >> 1;
              }
              break;
            }
            case Op.POP_JUMP_IF_TRUE: {
              const v = stack[--sp];
              if (v === true || (v !== false && truthyFast(vm, v, f, sp, pc))) {
                if (arg >> 1 < pc) {
                  word = Op.JUMP_ABSOLUTE | (arg << 8);
                  continue dispatch;
                }
                pc = arg >> 1;
              }
              break;
            }
            case Op.JUMP_IF_FALSE_OR_POP: {
              const v = stack[sp - 1];
              if (v === false || (v !== true && !truthyFast(vm, v, f, sp, pc))) pc = arg >> 1;
              else sp--;
              break;
            }
            case Op.JUMP_IF_TRUE_OR_POP: {
              const v = stack[sp - 1];
              if (v === true || (v !== false && truthyFast(vm, v, f, sp, pc))) pc = arg >> 1;
              else sp--;
              break;
            }
            case Op.JUMP_FORWARD: pc += arg >> 1; break;
            case Op.JUMP_ABSOLUTE:
              pc = arg >> 1;
              // Every few thousand backward jumps: a pending Ctrl-C, or a short yield to Node's event loop.
              if (--vm.countdown <= 0) {
                stopAt = pc;
                break fetch;
              }
              // A hot loop runs compiled from its head (vm/jit.ts): this loop leaves through the
              // check interval's exit, and execute() runs the compiled loop (so that V8 compiles
              // none of that here, where code first reached late would throw the compiled loop away).
              if (--code.jitCountdown <= 0) {
                stopAt = pc;
                toCompiled = true;
                break fetch;
              }
              break;

            case Op.GET_ITER: {
              const o = stack[sp - 1];
              // A generator made by the call right before, or by an __iter__ run here, belongs
              // to the loop (owned_iterators.ts): closed if the loop drops it unfinished.
              if (!(o instanceof PyGenerator)) {
                f.sp = sp; f.pc = pc;
                const it = stack[sp - 1] = getIter(vm, o);
                if (it instanceof PyGenerator && it.maker === f.activation) ownIfFresh(f, it, sp - 1 - f.base, pc, pc);
              } else if (o.maker === f.activation) ownIfFresh(f, o, sp - 1 - f.base, pc - 1, pc);
              break;
            }
            case Op.FOR_ITER: {
              const it = stack[sp - 1];
              let v: PyObject | undefined;
              // range() and list iterators inline (iterNext's first cases); the rest through it.
              if (it instanceof PyRangeIterator) v = it.index < it.length ? it.range.start + it.range.step * it.index++ : undefined;
              else if (it instanceof PyListIterator) {
                const l = it.list;
                v = l !== null && it.index < l.items.length ? l.items[it.index++] : listIterEnd(it);
              } else if (it instanceof PyGenerator && !it.running && !it.finished) {
                // Its compiled body runs to the next yield (jit_gen.ts), or, waiting in `yield from`
                // over a list or range, it need not run (delegatedNext).
                f.sp = sp; f.pc = pc;
                v = vm.hooked ? INTERPRET : genNext(vm, it);
                if (v === INTERPRET) {
                  // The generator runs as a frame of this loop: its yield pushes the value
                  // here, its return pops the iterator and jumps past the loop (popFrame).
                  f = resumeGenerator(vm, it, None, Resumer.FOR_ITER);
                  code = f.f_code; words = code.fastWords;
                  base = f.base | 0; sp = f.sp | 0; pc = f.pc | 0;
                  if (vm.hooked) {
                    hookCall(vm, f);
                    words = activeWords(vm, code);
                  }
                  if (it.pendingThrow !== null) throw takePendingThrow(it);
                  break;
                }
              } else {
                // Any other iterator (a helper). `for a, b in enumerate(xs)` (zip of two, dict
                // items): no tuple to unpack. Traced words hide the UNPACK_SEQUENCE, so a tracer
                // still sees it run.
                f.sp = sp; f.pc = pc;
                v = forIterNext(vm, f, it, words[pc] === (Op.UNPACK_SEQUENCE | (2 << 8)), stack, sp);
                if (v === PAIRED) {
                  sp += 2;
                  pc++;
                  break;
                }
              }
              if (v === undefined) {
                sp--;
                pc += arg >> 1;
              } else stack[sp++] = v;
              break;
            }

            case Op.LOAD_GLOBAL: {
              const c = code.globalCache[arg];
              if (c !== undefined && c.keysVersion === f.f_globals.keysVersion) {
                const v = c.slot.value;
                if (v !== undefined) {
                  stack[sp++] = v;
                  break;
                }
              }
              f.sp = sp; f.pc = pc; // a dict subclass's __getitem__ may run (loadGlobal)
              stack[sp++] = loadGlobal(vm, code, arg, f.f_globals, f.f_builtins);
              break;
            }
            case Op.STORE_GLOBAL: storeGlobal(vm, code, arg, f.f_globals, stack[--sp]); break;
            // Module and class bodies (helpers: a module's loops run compiled, vm/jit.ts).
            case Op.LOAD_NAME:
              f.sp = sp; f.pc = pc;
              stack[sp] = loadName(vm, f, arg);
              sp++;
              break;
            case Op.STORE_NAME:
              f.sp = --sp; f.pc = pc;
              storeName(vm, f, arg, stack[sp]);
              break;
            case Op.LOAD_DEREF: {
              const v = f.cells![arg].ref;
              if (v === undefined) throw unboundDeref(code, arg);
              stack[sp++] = v;
              break;
            }
            case Op.STORE_DEREF: f.cells![arg].ref = stack[--sp]; break;
            case Op.LOAD_CLOSURE: stack[sp++] = f.cells![arg]; break;

            // Attribute access: an inline cache per site (ops/attr_cache.ts) for plain instances.
            case Op.LOAD_ATTR: {
              const o = stack[sp - 1];
              if (typeof o === 'object') {
                const c = code.attrCache[pc];
                const d = o.dict;
                if (c !== undefined && d !== null && c.find(o.cls) >= 0) {
                  // A split instance dict is read at the index the site remembers.
                  const v = cachedDictGet(c, d, code.co_names[arg]);
                  if (v !== undefined) {
                    stack[sp - 1] = v;
                    break;
                  }
                }
              }
              f.sp = sp; f.pc = pc;
              stack[sp - 1] = loadAttrCaching(vm, code, pc, o, code.co_names[arg]);
              break;
            }
            case Op.STORE_ATTR: {
              const o = stack[sp - 1];
              const v = stack[sp - 2];
              sp -= 2;
              if (typeof o === 'object') {
                const c = code.attrCache[pc];
                if (c !== undefined && c.find(o.cls) >= 0) {
                  const d = o.dict ?? dictForStore(o);
                  if (d !== null) {
                    cachedDictSet(c, d, code.co_names[arg], v);
                    break;
                  }
                }
              }
              f.sp = sp; f.pc = pc;
              storeAttrCaching(vm, code, pc, o, code.co_names[arg], v);
              break;
            }
            case Op.LOAD_METHOD: {
              const o = stack[sp - 1];
              const c = code.attrCache[pc];
              if (c !== undefined) {
                const k = c.find(typeOf(o));
                if (k >= 0) {
                  const m = c.values[k];
                  if (m !== FROM_DICT) {
                    if (typeof o !== 'object' || o.dict === null || notShadowed(c, o.dict, code.co_names[arg])) {
                      stack[sp - 1] = m;
                      stack[sp++] = o;
                      break;
                    }
                  } else {
                    // The object's own attribute (module.function), called without self.
                    const d = (o as PyObj).dict;
                    const v = d === null ? undefined : d.getStr(code.co_names[arg]);
                    if (v !== undefined) {
                      stack[sp - 1] = undefined as unknown as PyObject;
                      stack[sp++] = v;
                      break;
                    }
                  }
                }
              }
              f.sp = sp; f.pc = pc;
              loadMethodMiss(vm, code, pc, stack, sp, code.co_names[arg]);
              sp++;
              break;
            }

            case Op.CALL_METHOD: case Op.CALL_FUNCTION: case Op.CALL_FUNCTION_KW: case Op.CALL_FUNCTION_EX: {
              // Normalise every call shape to: callable at stack[fnIdx], positional args above it.
              let argc = arg;
              let kwargs: KwArgs | null = null;
              const op = word & 0xff;
              if (op === Op.CALL_METHOD) {
                if (stack[sp - arg - 2] === undefined) {
                  // LOAD_METHOD found no method: [NULL, callable, args...]; drop the NULL.
                  for (let i = sp - arg - 2; i < sp - 1; i++) stack[i] = stack[i + 1];
                  sp--;
                } else argc = arg + 1;
              } else if (op !== Op.CALL_FUNCTION) {
                // CALL_FUNCTION_KW, CALL_FUNCTION_EX: the positional arguments spread above the
                // callable, the keywords apart (a helper: V8 compiles less of the loop for it).
                const callable = op === Op.CALL_FUNCTION_KW ? sp - arg - 2 : sp - (arg & 1) - 2;
                f.sp = sp; f.pc = pc;
                kwargs = spreadCallArgs(vm, f, op, arg);
                sp = f.sp | 0;
                argc = sp - callable - 1;
              }
              const fnIdx = sp - argc - 1;
              let callee = stack[fnIdx];
              let initSelf: PyObject | undefined;
              let lruPending: LruPendingCall | null = null;
              let instanceCall = false;
              // Most calls are of a plain function: test that first.
              if (!(callee instanceof PyFunction)) {
                if (callee instanceof PyMethod && callee.func instanceof PyFunction) {
                  // Bound method: insert self as the first positional argument.
                  for (let i = sp; i > fnIdx + 1; i--) stack[i] = stack[i - 1];
                  stack[fnIdx + 1] = callee.self;
                  callee = callee.func;
                  stack[fnIdx] = callee;
                  sp++;
                  argc++;
                } else if (callee instanceof PyType && callee.isHeapType && (callee.cls === typeType || callsAsType(callee))) {
                  initSelf = inlineInit(vm, callee, fnIdx, sp);
                  if (initSelf !== undefined) {
                    callee = stack[fnIdx];
                    sp++;
                    argc++;
                  }
                } else if (isLruCallee(callee)) {
                  // A functools.lru_cache wrapper: a hit's value, or its function to run as a frame here.
                  f.sp = sp; f.pc = pc;
                  const r = lruCallFromLoop(vm, f, fnIdx, sp, kwargs);
                  if (!(r instanceof LruPendingCall)) {
                    if (vm.hooked) words = activeWords(vm, code);
                    sp = fnIdx;
                    stack[sp++] = r;
                    break;
                  }
                  lruPending = r;
                  callee = stack[fnIdx];
                  sp = f.sp | 0;
                  argc = sp - fnIdx - 1;
                } else if (!(callee instanceof PyBuiltinFunction) && !(callee instanceof PyType)) {
                  // An instance whose class defines __call__ in tpy (a functools.partial, a
                  // handler factory): its __call__ runs as a frame here, where it may park,
                  // with the instance inserted as self, as for a bound method.
                  const call = instanceCallFunction(callee);
                  if (call !== null) {
                    for (let i = sp; i > fnIdx + 1; i--) stack[i] = stack[i - 1];
                    stack[fnIdx + 1] = callee;
                    callee = call;
                    stack[fnIdx] = call;
                    sp++;
                    argc++;
                    instanceCall = true;
                  }
                }
              }
              if (callee instanceof PyFunction) {
                const fc = callee.code;
                f.sp = fnIdx;
                f.pc = pc;
                let nf: Frame;
                // The argument slots bound where the frame has them (spreadCallArgs bound a
                // call with keywords already), or -1 for bindArguments to bind or reject.
                const nbound = kwargs === BOUND_IN_PLACE || (kwargs === null && isSimpleCall(fc, argc)) ? argc
                  : kwargs === null ? bindInPlace(vm, callee, fnIdx + 1, argc, null) : -1;
                if (nbound >= 0) {
                  nf = vm.newFrame(fc, callee.globals, callee.builtins, null, callee);
                  const nbase = fnIdx + 1;
                  nf.base = nbase;
                  nf.sp = nbase + fc.co_nlocals;
                  if (nbase + fc.nlocalsplus + fc.co_stacksize >= stack.length) vm.ensureStack(nbase + fc.nlocalsplus + fc.co_stacksize + 1);
                  for (let i = nbound; i < fc.co_nlocals; i++) stack[nbase + i] = undefined as unknown as PyObject;
                  if (fc.nlocalsplus !== fc.co_nlocals) makeCells(nf, callee, stack, nbase);
                } else {
                  const args = stack.slice(fnIdx + 1, sp);
                  nf = vm.makeFrame(callee, args, kwargs, fnIdx + 1);
                }
                if (fc.co_flags & CO_GENLIKE) {
                  stack[fnIdx] = vm.makeGenerator(nf, pc); // this loop's pc: f.pc is not written back here
                  sp = fnIdx + 1;
                  // A coroutine thrown away at once starts the finaliser watch (vm/suspended_generators.ts).
                  if (vm.hooked) words = activeWords(vm, code);
                  break;
                }
                if (instanceCall) enterInstanceCall(vm, nf);
                if (initSelf === undefined) {
                  if (vm.depth >= vm.recursionLimit) throw recursionError();
                } else {
                  enterClassCall(vm); // the class call's level, until the frame returns or raises
                  nf.initSelf = initSelf;
                }
                if (lruPending !== null) {
                  nf.lruPending = lruPending;
                  vm.depth++; // the wrapper's own level, until the frame returns or raises
                }
                if (!vm.hooked && fc.fnEntry !== null) {
                  // Its compiled body, once it has one (jit_call.ts): the return value (a class
                  // call's instance), or its frame (or one it called) left to this loop at an
                  // instruction it does not handle.
                  const r = runCompiledCall(vm, nf, f);
                  if (r !== undefined) {
                    if (r !== BODY_LEFT) {
                      stack[fnIdx] = r;
                      sp = fnIdx + 1;
                      break;
                    }
                    f = vm.frame!;
                    code = f.f_code; words = vm.hooked ? activeWords(vm, code) : code.fastWords;
                    base = f.base | 0; sp = f.sp | 0; pc = f.pc | 0;
                    if (vm.jitRaised !== null) {
                      const e = vm.jitRaised;
                      vm.jitRaised = null;
                      throw e;
                    }
                    break;
                  }
                }
                vm.depth++;
                if (fc.warmth < WARMUP) fc.warmth++;
                nf.f_back = f;
                f = nf;
                vm.frame = f;
                code = f.f_code; words = code.fastWords;
                base = f.base | 0; sp = f.sp | 0; pc = 0;
                if (vm.hooked) {
                  hookCall(vm, f);
                  words = activeWords(vm, code);
                }
                if (--vm.countdown <= 0) {
                  stopAt = -1;
                  break fetch;
                }
                break;
              }
              // A native callable (or a class, or an object with __call__): call it from here.
              f.sp = sp; f.pc = pc;
              // From code CPython would not have specialised yet, some built-ins' calls hold a
              // recursion level of their own (vm/cold_call_level.ts).
              if (code.warmth < WARMUP && !vm.hooked && isColdCode(code) && takesColdLevel(callee, stack, fnIdx + 1, argc)) {
                const r = callAtColdLevel(vm, callee, stack.slice(fnIdx + 1, sp), kwargs);
                // The call may have run tpy code that set a trace hook (breakpoint(), sys.settrace).
                if (vm.hooked) words = activeWords(vm, code);
                sp = fnIdx;
                stack[sp++] = r;
                break;
              }
              if (kwargs === null && !vm.hooked) {
                // Its fixed-arity entry, if it has one for argc: no argument array.
                const r = callFixed(vm, callee, stack, fnIdx + 1, argc);
                if (r !== undefined) {
                  // The call may have run tpy code that set a trace hook (sys.settrace).
                  if (vm.hooked) words = activeWords(vm, code);
                  sp = fnIdx;
                  stack[sp++] = r;
                  break;
                }
              }
              const r = callNativeFromLoop(vm, f, callee, fnIdx, sp, argc, kwargs);
              if (r === ENTERED) {
                // A generator's send/__next__/throw, or exec/eval's code, runs as a frame of this loop.
                f = vm.frame!;
                code = f.f_code; words = vm.hooked ? activeWords(vm, code) : code.fastWords;
                base = f.base | 0; sp = f.sp | 0; pc = f.pc | 0;
                if (enteredRaise !== null) throw takeEnteredRaise();
                break;
              }
              // The call may have set or cleared a trace hook (sys.settrace).
              if (vm.hooked) words = activeWords(vm, code);
              sp = fnIdx;
              if (r === PARK) {
                // The driver resumes here, pushing the awaited value into the result slot.
                f.sp = sp;
                f.pc = pc;
                return PARK;
              }
              stack[sp++] = r;
              break;
            }

            case Op.RETURN_VALUE: {
              let retval = stack[--sp];
              if (f.blocks.length !== 0) {
                f.sp = sp; f.pc = pc;
                if (unwindBlocks(vm, f, Why.RETURN, retval) === Why.NOT) {
                  sp = f.sp | 0; pc = f.pc | 0;
                  break;
                }
              }
              // The frame returns (f.pc tells a hook the line it returns from). One test of
              // vm.hooked per return: without a hook, nothing popFrame runs can set one.
              f.pc = pc;
              const hooked = vm.hooked;
              if (hooked) hookReturn(vm, f, retval);
              const caller = popFrame(vm, f, retval);
              if (caller === null) {
                if (initError === null) return retval;
                f = vm.frame!;
                code = f.f_code; words = activeWords(vm, code);
                base = f.base | 0; sp = f.sp | 0; pc = f.pc | 0;
                throw takeInitError();
              }
              f = caller;
              code = f.f_code; words = hooked ? activeWords(vm, code) : code.fastWords;
              base = f.base | 0; sp = f.sp | 0; pc = f.pc | 0;
              break;
            }
            case Op.YIELD_VALUE: case Op.YIELD_FROM: {
              let v = stack[--sp];
              f.sp = sp; f.pc = pc;
              if ((word & 0xff) === Op.YIELD_FROM) {
                const receiver = stack[sp - 1];
                if (receiver instanceof PyGenBase && !receiver.running && !receiver.finished && (receiver.started || v === None)) {
                  // The delegate runs as a frame of this loop: its yields pass through this
                  // frame (below), its return value replaces it on the stack (popFrame).
                  receiver.sentValue = v !== None;
                  f = resumeGenerator(vm, receiver, v, Resumer.YIELD_FROM);
                  code = f.f_code; words = code.fastWords;
                  base = f.base | 0; sp = f.sp | 0; pc = f.pc | 0;
                  if (vm.hooked) {
                    hookCall(vm, f);
                    words = activeWords(vm, code);
                  }
                  if (receiver.pendingThrow !== null) throw takePendingThrow(receiver);
                  break;
                }
                const r = yieldFromStep(vm, receiver, v);
                if (r === undefined) {
                  stack[sp - 1] = yieldFromResult;
                  break;
                }
                // Yield r; resumed, run YIELD_FROM again with the sent value on the stack.
                v = r;
                f.pc = pc - 1;
              }
              for (;;) {
                if (vm.hooked) hookYield(vm, f, v);
                vm.depth--;
                if (f.isEntry) {
                  if (sunk(vm, f, v)) {
                    sp = f.sp | 0; pc = f.pc | 0;
                    if (vm.hooked) {
                      hookCall(vm, f);
                      words = activeWords(vm, code);
                    }
                    break;
                  }
                  // Resumed by a native (generatorSend): leave this loop.
                  vm.frame = f.f_back;
                  exitedByYield = true;
                  return v;
                }
                // Resumed by the frame below in this loop: hand it the value (gen_frames.ts).
                const gen = f.generator!;
                const caller = f.f_back!;
                suspendGenerator(vm, f);
                f = caller;
                vm.frame = f;
                code = f.f_code; words = code.fastWords;
                base = f.base | 0; sp = f.sp | 0; pc = f.pc | 0;
                if (vm.hooked) words = activeWords(vm, code);
                if (gen.resumer === Resumer.FOR_ITER) {
                  stack[sp++] = v;
                  break;
                }
                if (gen.resumer === Resumer.CALL) {
                  noteSuspendedGenerator(vm, gen, f);
                  if (vm.hooked) words = activeWords(vm, code); // the watch may have started
                  stack[sp - 1] = v;
                  if (gen.callBuiltin !== null) reportCallEnd(vm, f, gen, 'c_return');
                  break;
                }
                // A delegating generator (YIELD_FROM) yields the value in turn.
                f.pc = pc - 1;
              }
              break;
            }

            case Op.SETUP_LOOP: case Op.SETUP_EXCEPT: case Op.SETUP_FINALLY:
              if (f.blocks === NO_BLOCKS) f.blocks = [];
              f.blocks.push(word & 0xff, pc + (arg >> 1), sp - base);
              break;
            case Op.POP_BLOCK: popBlock(f.blocks); break;
            case Op.CHECK_EG_MATCH:
              f.sp = --sp; f.pc = pc;
              if (checkEgMatch(vm, stack, sp)) sp++;
              else pc += arg >> 1;
              break;
            case Op.POP_EXCEPT: {
              const blocks = f.blocks;
              const n = blocks.length;
              if (n === 0 || blocks[n - 3] !== EXCEPT_HANDLER) throw newException(SystemError, 'popped block is not an except handler');
              f.sp = sp;
              unwindExceptHandler(vm, f, blocks[n - 1]);
              popBlock(blocks);
              sp = f.sp | 0;
              break;
            }
            case Op.BREAK_LOOP: case Op.CONTINUE_LOOP: {
              f.sp = sp; f.pc = pc;
              const why = (word & 0xff) === Op.BREAK_LOOP ? Why.BREAK : Why.CONTINUE;
              if (unwindBlocks(vm, f, why, arg >> 1) !== Why.NOT) throw newException(SystemError, "'break' or 'continue' outside a loop");
              sp = f.sp | 0; pc = f.pc | 0;
              break;
            }
            case Op.END_FINALLY: {
              const status = stack[--sp];
              if (typeof status === 'number') {
                // A pending return/continue (value below it) or break, or a silenced exception.
                const why = status as Why;
                if (why === Why.SILENCED) {
                  const blocks = f.blocks;
                  const n = blocks.length;
                  f.sp = sp;
                  unwindExceptHandler(vm, f, blocks[n - 1]);
                  popBlock(blocks);
                  sp = f.sp | 0;
                  break;
                }
                let retval: PyObject | number = None;
                if (why === Why.RETURN || why === Why.CONTINUE) retval = stack[--sp];
                f.sp = sp; f.pc = pc;
                const r = unwindBlocks(vm, f, why, retval);
                if (r === Why.NOT) {
                  sp = f.sp | 0; pc = f.pc | 0;
                  break;
                }
                if (r === Why.RETURN) {
                  // No handler left: the frame returns the pending value, through RETURN_VALUE
                  // (its blocks are all unwound now, so it goes straight to the return).
                  sp = f.sp | 0;
                  stack[sp++] = retval as PyObject;
                  word = Op.RETURN_VALUE;
                  continue dispatch;
                }
                throw newException(SystemError, 'END_FINALLY: bad unwind');
              }
              if (status instanceof PyType) {
                // Re-raise the exception the finally block was entered with.
                const exc = stack[--sp] as PyBaseException;
                sp--; // traceback
                pc = withReraisePc(f, exc, pc);
                f.sp = sp; f.pc = pc;
                raised = new Reraise(exc);
                break fetch;
              }
              if (status !== None) throw newException(SystemError, "'finally' pops bad exception");
              break;
            }
            case Op.RAISE_VARARGS: {
              f.sp = sp; f.pc = pc;
              if (arg === 0) {
                const cur = vm.excInfo;
                if (cur === null) throw newException(RuntimeError, 'No active exception to reraise');
                raised = new Reraise(cur);
                break fetch;
              }
              let cause: PyObject | undefined;
              if (arg === 2) cause = stack[--sp];
              const excObj = stack[--sp];
              raised = makeRaise(vm, excObj, cause);
              break fetch;
            }

            case Op.BUILD_TUPLE: {
              const items = stack.slice(sp - arg, sp);
              sp -= arg;
              stack[sp++] = newTuple(items);
              break;
            }
            case Op.BUILD_LIST: {
              const items = stack.slice(sp - arg, sp);
              sp -= arg;
              stack[sp++] = new PyList(items);
              break;
            }
            case Op.LIST_APPEND: {
              const v = stack[--sp];
              pushItem((stack[sp - arg] as PyList).items, v);
              break;
            }
            case Op.UNPACK_SEQUENCE: {
              const seq = stack[--sp];
              let items: PyObject[];
              if ((seq instanceof PyTuple || seq instanceof PyList) && !seq.cls.isHeapType && seq.items.length === arg) items = seq.items;
              else {
                f.sp = sp; f.pc = pc;
                items = unpackSequence(vm, seq, arg);
              }
              for (let i = 0; i < arg; i++) stack[sp + i] = items[arg - 1 - i];
              sp += arg;
              break;
            }
            default:
              // Everything else is cold (eval_cold.ts): it neither jumps nor switches frames.
              f.sp = sp; f.pc = pc;
              sp = executeCold(vm, f, word, sp) | 0;
              if (sp < 0) return PARK;
              // __enter__ or __exit__ (a with statement's) may have set a trace hook.
              if (vm.hooked) words = activeWords(vm, code);
          }
          break;
        }
      }
    } catch (e) {
      raised = e;
    }
    if (raised === null) {
      // A check interval (both kinds share this exit, so V8 has seen it run when it compiles
      // the loop): execute() checks for interrupts and enters the loop again.
      f.sp = sp; f.pc = pc;
      vm.checkPc = stopAt + 1;
      return toCompiled ? TO_COMPILED : REENTER;
    }
    // An exception: find its handler in this frame or, popping frames, in a caller within
    // this loop (a helper, so that V8 compiles less of the loop for it).
    f.sp = sp; f.pc = pc;
    f = findHandler(vm, f, raised);
    code = f.f_code;
    base = f.base | 0; sp = f.sp | 0; pc = f.pc | 0;
    words = activeWords(vm, code);
  }
}

/**
 * FOR_ITER's next value of an iterator other than a range's, a list's or a generator's
 * (f.sp and f.pc saved), undefined at its end; when the loop unpacks two (`unpacksTwo`) and
 * the iterator makes pairs, both are pushed at stack[sp] and stack[sp + 1] instead (PAIRED).
 */
function forIterNext(vm: VM, f: Frame, it: PyObject, unpacksTwo: boolean, stack: PyObject[], sp: number): PyObject | undefined {
  if (unpacksTwo) {
    const more = iterNextPair(vm, it, PAIR);
    if (more !== null) {
      if (!more) return undefined;
      stack[sp] = PAIR[1];
      stack[sp + 1] = PAIR[0];
      PAIR[0] = PAIR[1] = None;
      return PAIRED;
    }
  }
  if (vm.traceFn !== null) takeSwallowedStop();
  const v = iterNext(vm, it);
  if (v === undefined && vm.traceFn !== null && vm.hooked) {
    const stop = takeSwallowedStop();
    if (stop !== null) traceStopIteration(vm, f, stop);
  }
  return v;
}

/**
 * A yield of `v` from generator frame `f`, the bottom frame of this loop: true when a native
 * draining the generator (generatorPump) took the value; the frame then goes on as if resumed
 * with None (pushed, f.sp past it), without leaving the loop (its 'call' event is the loop's).
 */
function sunk(vm: VM, f: Frame, v: PyObject): boolean {
  const sink = f.generator!.sink;
  if (sink === null || !sink(v)) return false;
  vm.depth++;
  vm.stack[f.sp++] = None;
  return true;
}

/** LOAD_NAME: the frame's namespace, then its globals, then its builtins. */
function loadName(vm: VM, f: Frame, arg: number): PyObject {
  const locals = f.f_locals!;
  const code = f.f_code;
  if (locals === f.f_globals) {
    // Module-level code: LOAD_GLOBAL's cache when it has the name (valid across the module's
    // own stores). No entry is made here: code run once (an eval() of a fresh namespace) need
    // not watch its dict; its loops, compiled, make them (jit_ops.ts).
    const c = code.globalCache[arg];
    if (c !== undefined && c.keysVersion === locals.keysVersion) {
      const v = c.slot.value;
      if (v !== undefined) return v;
    }
  }
  const name = code.co_names[arg];
  // get(), not getStr(): a key object equal to the name (a class hashing like the str) finds it too.
  let v = !locals.cls.isHeapType ? locals.get(vm, name) : loadFromNamespace(vm, locals, name);
  if (v === undefined) v = f.f_globals.get(vm, name);
  if (v === undefined) {
    // Builtins that are a dict subclass are read through its __getitem__, as LOAD_GLOBAL's are.
    const b = f.f_builtins;
    v = !b.cls.isHeapType ? b.get(vm, name) : loadFromNamespace(vm, b, name);
  }
  if (v === undefined) throw nameNotDefined(name);
  return v;
}

/** STORE_NAME into the frame's namespace (a mapping's __setitem__ for a namespace that is no plain dict). */
function storeName(vm: VM, f: Frame, arg: number, v: PyObject): void {
  const locals = f.f_locals!;
  if (locals.cls.isHeapType) storeInNamespace(vm, locals, f.f_code.co_names[arg], v);
  // set(), not setStr(): an entry under a key object equal to the name (a str subclass with its
  // own __eq__) is the name's, and keeps that key, as in CPython.
  else if (locals !== f.f_globals || !storeInSlot(f.f_code, arg, locals, v)) locals.set(vm, f.f_code.co_names[arg], v);
}

/** What callNativeFromLoop returns when the call runs as a frame of the loop (vm.frame, ready to run). */
const ENTERED: PyObject = new (class extends PyObj {})(objectType);
/** What to raise in the frame a call entered (a throw() into the generator it resumed), or null. */
let enteredRaise: unknown = null;

function takeEnteredRaise(): unknown {
  const e = enteredRaise;
  enteredRaise = null;
  return e;
}

/**
 * The eval loop's call of a native callable (a class, an object with __call__) that took no
 * fixed-arity entry, out of the loop (f.sp and f.pc saved; the callable at stack[fnIdx], its
 * `argc` positional arguments up to `sp`): its result, or PARK when it parked the run, or
 * ENTERED when it runs as a frame of the loop instead (vm.frame, its 'call' event reported):
 * gen.send(v), gen.__next__() and gen.throw(...) resume the generator (vm/gen_call.ts), the
 * call's slot waiting for what it yields; exec and eval run their code (vm/frame_runner.ts).
 */
function callNativeFromLoop(vm: VM, f: Frame, callee: PyObject, fnIdx: number, sp: number, argc: number, kwargs: KwArgs | null): PyObject {
  const stack = vm.stack;
  if (kwargs === null) {
    // Hooks that report events (not the finaliser watch, which reports none) take the native throw.
    const gen = callTarget(callee, stack, fnIdx, argc, vm.hooked && (vm.traceFn !== null || vm.profileFn !== null));
    if (gen !== null) {
      // A profiler sees the built-in called (c_call now, c_return or c_exception when the
      // generator yields, returns or raises).
      const taken = takeCall();
      const sent = taken[0], thrownArgs = taken[1];
      const builtin = vm.hooked && vm.profileFn !== null ? builtinForProfile(callee, stack.slice(fnIdx + 1, sp)) : null;
      if (builtin !== null) hookCCall(vm, f, 'c_call', builtin);
      let thrown: PyBaseException | null = null;
      if (thrownArgs !== null) {
        try {
          thrown = makeThrown(vm, thrownArgs[0], thrownArgs[1], thrownArgs[2]);
        } catch (e) {
          if (builtin !== null) hookCCall(vm, f, 'c_exception', builtin);
          throw e;
        }
      }
      f.sp = fnIdx + 1;
      stack[fnIdx] = None;
      const g = thrown === null ? resumeGenerator(vm, gen, sent, Resumer.CALL) : resumeToThrow(vm, gen);
      gen.callBuiltin = builtin;
      if (!enteredFrame(vm, g)) return ENTERED;
      if (thrown !== null) enteredRaise = new ThrownIn(thrown);
      else if (gen.pendingThrow !== null) enteredRaise = takePendingThrow(gen);
      return ENTERED;
    }
  }
  const args = stack.slice(fnIdx + 1, sp);
  if (callee instanceof PyBuiltinFunction && callee.runsFrame !== null) {
    // exec or eval: the code runs as a frame of this loop, where it may park.
    const r = enterRunner(vm, f, callee, args, kwargs, fnIdx + 1);
    if (!(r instanceof Frame)) return r;
    if (vm.depth >= vm.recursionLimit) throw recursionError();
    f.sp = fnIdx;
    vm.depth++;
    r.f_back = f;
    vm.frame = r;
    enteredFrame(vm, r);
    return ENTERED;
  }
  // Only a native called straight from the outermost loop of a parkable run may park.
  vm.canPark = vm.parkableRun && vm.nestedRuns === 1;
  const result = vm.hooked ? callProfiled(vm, f, callee, args, kwargs) : callNative(vm, callee, args, kwargs);
  vm.canPark = false;
  return result;
}

/** A frame a call entered (vm.frame): its 'call' event; false when the hook raised (then in enteredRaise, to raise there). */
function enteredFrame(vm: VM, g: Frame): boolean {
  if (!vm.hooked) return true;
  try {
    hookCall(vm, g);
    return true;
  } catch (e) {
    enteredRaise = e;
    return false;
  }
}

/**
 * LOAD_METHOD where the site's cache did not answer (a helper: the lookup's pair, unpacked in
 * the loop, was a large part of its compiled code): [..., o] with `sp` past o becomes
 * [..., method, o] or [..., NULL, attribute], stack[sp] the new top.
 */
function loadMethodMiss(vm: VM, code: Code, pc: number, stack: PyObject[], sp: number, name: string): void {
  const r = loadMethodCaching(vm, code, pc, stack[sp - 1], name);
  if (r[1] === undefined) {
    stack[sp - 1] = undefined as unknown as PyObject;
    stack[sp] = r[0];
  } else {
    stack[sp - 1] = r[0];
    stack[sp] = r[1];
  }
}

/** TRACE_OP's report of the instruction before f.pc (a trace function may move f.pc and f.sp). */
function traceInstruction(vm: VM, f: Frame): void {
  if (vm.hookDepth === 0 && (f.f_code.words[f.pc - 1] & 0xff) !== Op.EXTENDED_ARG) hookInstruction(vm, f, f.pc - 1);
}

/**
 * CHECK_EG_MATCH (out of the loop: except* is rare) on [..., exc, type] with `sp` at type:
 * [..., rest, match] with match the exception being handled (true), or [..., exc] when
 * nothing matched (false: the loop jumps past the handler).
 */
function checkEgMatch(vm: VM, stack: PyObject[], sp: number): boolean {
  const m = exceptStarMatch(vm, stack[sp - 1], stack[sp]);
  if (m === null) return false;
  stack[sp - 1] = m.rest ?? None;
  stack[sp] = m.match;
  vm.excInfo = m.match;
  return true;
}

/**
 * The loop's handling of `raised` (a JS throw, or what the loop raised itself) in frame
 * `f`, whose sp and pc are saved: adds the frame to the traceback and unwinds its blocks
 * to a handler; without one, pops the frame and goes on in its caller. Returns the frame
 * that handles it, ready to run; rethrows when it leaves the loop's bottom frame.
 */
function findHandler(vm: VM, f: Frame, raised: unknown): Frame {
  vm.canPark = false;
  let exc: PyBaseException;
  if (raised instanceof Reraise) exc = raised.exc;
  else if (raised instanceof ThrownIn) {
    // gen_send_ex2's _PyErr_ChainStackItem: chained to the generator's own handled exception only.
    exc = raised.exc;
    const own = inExceptHandler(f) ? vm.excInfo : null;
    if (own !== null && own !== exc) exc.context = avoidContextCycle(exc, own);
  } else {
    exc = toPyException(raised);
    if (exc.traceback === null && exc.context === null && vm.excInfo !== null) {
      const ctx = handledForRaise(vm, f);
      if (ctx !== exc) exc.context = ctx;
    }
  }
  // A re-raise (bare `raise`, END_FINALLY) keeps its traceback: this frame is already in it.
  let addTraceback = !(raised instanceof Reraise);
  // Thrown into a generator not started, the frame is before its entry (Code.positionAt).
  let lasti = raised instanceof ThrownIn && f.pc === 0 ? BEFORE_ENTRY : f.pc * 2 - 2;
  for (;;) {
    if (addTraceback) {
      exc.traceback = new PyTraceback(exc.traceback, f, lasti, f.f_code.lineAt(lasti));
      f.escape();
      if (vm.hooked) exc = hookOrReplace(vm, f, exc, 'exception');
    }
    addTraceback = true;
    if (unwindBlocks(vm, f, Why.EXCEPTION, exc) === Why.NOT) return f;
    // No handler: the exception leaves the frame.
    if (f.ownedIters !== null) dropOwned(vm, f, 0);
    if (vm.hooked) exc = hookOrReplace(vm, f, exc, 'return');
    f.snapshotLocals(vm.stack);
    // An lru_cache miss's frame leaves the wrapper's level too, an __init__ frame the class call's.
    vm.depth -= f.dropLevels();
    if (f.runner !== null) exc = runnerRaised(vm, f, exc);
    if (f.isEntry) {
      f.isEntry = false;
      vm.frame = f.f_back;
      throw exc;
    }
    const back = f.f_back!;
    if (f.generator !== null) {
      // A generator resumed in this loop raised: it is done (gen_frames.ts).
      const gen = f.generator;
      finishGenerator(vm, f);
      exc = generatorRaised(exc, gen) as PyBaseException;
      if (gen.callBuiltin !== null) reportCallEnd(vm, back, gen, 'c_exception');
    }
    f = back;
    vm.frame = f;
    lasti = f.pc * 2 - 2;
  }
}

/**
 * What spreadCallArgs answers when it bound the call's arguments straight into the slots of
 * the tpy function called (bindInPlace): no keyword map, the arguments ready as the frame's.
 */
const BOUND_IN_PLACE: KwArgs = new Map();

/**
 * CALL_FUNCTION_KW and CALL_FUNCTION_EX in frame `f` (sp saved): leaves the callable with
 * its positional arguments above it, f.sp past them, and returns the keyword arguments;
 * for a tpy function (or a bound method of one) that takes them, leaves its argument slots
 * bound above it instead and returns BOUND_IN_PLACE.
 */
function spreadCallArgs(vm: VM, f: Frame, op: number, arg: number): KwArgs | null {
  const stack = vm.stack;
  let sp = f.sp;
  let kwargs: KwArgs | null = null;
  if (op === Op.CALL_FUNCTION_KW) {
    const kwnames = (stack[--sp] as PyTuple).items as string[];
    const nkw = kwnames.length;
    const n = bindCallee(vm, sp - arg - 1, arg - nkw, kwnames);
    if (n >= 0) {
      f.sp = sp - arg + n;
      return BOUND_IN_PLACE;
    }
    kwargs = new Map();
    for (let i = 0; i < nkw; i++) kwargs.set(kwnames[i], stack[sp - nkw + i]);
    sp -= nkw;
  } else {
    let kwObj: PyObject | null = null;
    if (arg & 1) kwObj = stack[--sp];
    const posObj = stack[--sp];
    const callee = stack[sp - 1];
    // Only an exact tuple is taken as it is: a subclass is iterated (PySequence_Tuple), as a dict
    // subclass with its own __iter__ is merged through keys() (mergesAsPlainDict).
    const posArgs = posObj instanceof PyTuple && !posObj.cls.isHeapType ? posObj.items : starArgs(vm, callee, posObj);
    const npos = posArgs.length;
    if (isTpyFunction(callee) && (kwObj === null || mergesAsPlainDict(kwObj))) {
      // f(*args, **kwargs): the dict's items go above the positional arguments as a
      // CALL_FUNCTION_KW's keywords would (a key that is no str is kwargsFromMapping's error).
      vm.ensureStack(sp + npos + 1);
      for (let i = 0; i < npos; i++) stack[sp + i] = posArgs[i];
      const kwnames = kwObj === null ? NO_KEYWORDS : spreadKeywords(vm, kwObj, sp + npos);
      const n = kwnames === null ? -1 : bindCallee(vm, sp - 1, npos, kwnames);
      if (n >= 0) {
        f.sp = sp + n;
        return BOUND_IN_PLACE;
      }
    }
    // A mapping's keys() and __getitem__ may run tpy code, on the stack above sp: the
    // positional arguments go there after it.
    if (kwObj !== null) kwargs = kwargsFromMapping(vm, callee, kwObj);
    vm.ensureStack(sp + npos + 1);
    for (let i = 0; i < npos; i++) stack[sp + i] = posArgs[i];
    sp += npos;
  }
  f.sp = sp;
  return kwargs;
}

/** True for a tpy function or a bound method of one: what bindCallee binds. */
function isTpyFunction(callee: PyObject): boolean {
  return callee instanceof PyFunction || (callee instanceof PyMethod && callee.func instanceof PyFunction);
}

/**
 * The call of the callable at stack[callable] with `npos` positional arguments above it and
 * then the values of `kwnames`, bound in place (bindInPlace) when the callable is a tpy
 * function or a bound method of one (self put in front, the function in the callable's
 * slot): the slots bound, or -1 with the stack as it was.
 */
function bindCallee(vm: VM, callable: number, npos: number, kwnames: readonly string[]): number {
  const stack = vm.stack;
  const callee = stack[callable];
  if (callee instanceof PyFunction) return bindInPlace(vm, callee, callable + 1, npos, kwnames);
  if (!(callee instanceof PyMethod) || !(callee.func instanceof PyFunction)) return -1;
  const top = callable + 1 + npos + kwnames.length;
  vm.ensureStack(top + 2);
  for (let i = top; i > callable + 1; i--) stack[i] = stack[i - 1];
  stack[callable + 1] = callee.self;
  const n = bindInPlace(vm, callee.func, callable + 1, npos + 1, kwnames);
  if (n >= 0) stack[callable] = callee.func;
  else for (let i = callable + 1; i < top; i++) stack[i] = stack[i + 1];
  return n;
}

/**
 * A call of plain class `cls` (or exception class) whose __init__ is a tpy function, with
 * its arguments on the stack above `fnIdx` up to `sp`: allocates the instance and sets up
 * the stack as a call of __init__ with it as self, run as a frame of the loop (RETURN_VALUE
 * hands back the instance). Returns the instance, or undefined when the class needs the
 * generic call (another __new__, no allocator, a generator __init__...).
 * BaseException.__new__ does no more than allocate and keep the args.
 */
function inlineInit(vm: VM, cls: PyType, fnIdx: number, sp: number): PyObject | undefined {
  const init = initFrameFunction(cls);
  if (init === null) return undefined;
  const stack = vm.stack;
  const self = allocateForInit(cls, stack, fnIdx + 1, sp);
  for (let i = sp; i > fnIdx + 1; i--) stack[i] = stack[i - 1];
  stack[fnIdx + 1] = self;
  stack[fnIdx] = init;
  return self;
}

/**
 * The level of the call of an instance whose __call__ frame `nf` runs (CPython checks the
 * limit in _PyObject_MakeTpCall), held until the frame returns or raises (Frame.callLevel).
 * A library class standing in for a C type (functools.partial) has a vectorcall in CPython
 * and no frame: its __call__ frame takes no level.
 */
function enterInstanceCall(vm: VM, nf: Frame): void {
  if (nf.f_code.hiddenFrame) {
    vm.depth--;
    nf.callLevel = -1;
    return;
  }
  if (vm.depth >= vm.recursionLimit) throw recursionError(' while calling a Python object');
  // The frame's own check comes next, one level deeper: made here, so that failing it
  // leaves nothing held.
  if (vm.depth + 1 >= vm.recursionLimit) throw recursionError();
  vm.depth++;
  nf.callLevel = 1;
}

/** The tpy function `__call__` of an instance of a class statement's class, or null. */
function instanceCallFunction(obj: PyObject): PyFunction | null {
  const t = typeOf(obj);
  if (!t.isHeapType) return null;
  const call = t.lookup('__call__');
  return call instanceof PyFunction ? call : null;
}

/**
 * True when a call of the class `cls` is type.__call__'s (__new__, then __init__): its
 * metaclass is type, or one without a __call__ of its own (abc.ABCMeta, enum's are not).
 */
export function callsAsType(cls: PyType): boolean {
  const meta = cls.cls;
  return meta === typeType || meta.lookup('__call__') === typeType.typeDict.get('__call__');
}

/** The tpy __init__ a call of the class `cls` runs as a frame of its own (inlineInit), or null. */
export function initFrameFunction(cls: PyType): PyFunction | null {
  if (cls.inlineInitEpoch !== typeEpoch) {
    cls.inlineInit = inlineInitOf(cls);
    cls.allocatesOnly = cls.allocate !== null && cls.lookup('__init__') === objectInit() && cls.lookup('__new__') === objectNew();
    cls.inlineInitEpoch = typeEpoch;
  }
  return cls.inlineInit;
}

/** True when a call of `cls` with no arguments only allocates the instance (no __init__ or __new__ of its own). */
export function allocatesOnly(cls: PyType): boolean {
  initFrameFunction(cls);
  return cls.allocatesOnly;
}

/** The new instance a call of `cls` (its __new__ object's or BaseException's) initialises, with its arguments at stack[from...to). */
export function allocateForInit(cls: PyType, stack: PyObject[], from: number, to: number): PyObject {
  const self = cls.allocate!(cls);
  // BaseException.__new__ keeps the arguments.
  if (self instanceof PyBaseException) self.args = stack.slice(from, to);
  return self;
}

/** What a call of a class returns once its __init__ frame returned `retval`: the instance, or the TypeError CPython raises. */
export function initResult(self: PyObject, retval: PyObject): PyObject {
  if (retval !== None) throw initReturnedError(retval);
  return self;
}

function initReturnedError(retval: PyObject): PyBaseException {
  return typeError(`__init__() should return None, not '${typeOf(retval).tpName}'`);
}

/**
 * The TypeError of a class call whose __init__ frame returned something other than None
 * (popFrame), the error of filing an lru_cache miss's return value, or the StopIteration of
 * a generator's send() or __next__() made in the loop: the frame has returned, so its caller
 * raises it, at the call (as CPython's type call, C wrapper and gen_send do).
 */
let initError: PyBaseException | null = null;

/** The tpy __init__ a call of `cls` can run as a frame of the loop, or null (inlineInit). */
function inlineInitOf(cls: PyType): PyFunction | null {
  const init = cls.lookup('__init__');
  if (!(init instanceof PyFunction) || (init.code.co_flags & CO_GENLIKE) !== 0 || cls.allocate === null) return null;
  const newFn = cls.lookup('__new__');
  return newFn === objectNew() || newFn === BaseException.typeDict.get('__new__') ? init : null;
}

/**
 * Pops a returning frame: hands `retval` to the caller's stack and returns the
 * caller, or null when `f` was the bottom frame of this loop (the loop returns). A return
 * hook has already seen the return (RETURN_VALUE tests for one once).
 */
function popFrame(vm: VM, f: Frame, retval: PyObject): Frame | null {
  if (f.escaped) f.snapshotLocals(vm.stack);
  vm.depth--;
  if (f.isEntry) {
    f.isEntry = false;
    vm.frame = f.f_back;
    exitedByYield = false;
    return null;
  }
  if (f.generator !== null) return generatorReturned(vm, f, retval);
  const caller = f.f_back!;
  vm.frame = caller;
  if (f.lruPending !== null && !lruFrameReturned(vm, f, retval)) return null;
  if (f.runner !== null) {
    const r = runnerReturned(vm, f, retval, (e) => { initError = e; });
    if (r === undefined) {
      if (!f.escaped) vm.releaseFrame(f);
      return null;
    }
    retval = r;
  }
  if (f.callLevel !== 0) {
    vm.depth -= f.callLevel; // the instance call's level
    f.callLevel = 0;
  }
  if (f.initSelf !== undefined) {
    vm.depth--; // the class call's level
    if (retval !== None) {
      // null, as for the loop's own return: the loop sees initError and raises it in vm.frame.
      initError = initReturnedError(retval);
      if (!f.escaped) vm.releaseFrame(f);
      return null;
    }
    retval = f.initSelf;
  }
  vm.stack[caller.sp++] = retval;
  if (!f.escaped) vm.releaseFrame(f);
  return caller;
}

/**
 * popFrame of the frame of an lru_cache miss: files its return value (lru_call.ts). False
 * when that failed: the error is left in initError, for the loop to raise in the caller.
 */
function lruFrameReturned(vm: VM, f: Frame, retval: PyObject): boolean {
  try {
    lruReturned(vm, f.lruPending!, retval);
    return true;
  } catch (e) {
    initError = toPyException(e);
    if (!f.escaped) vm.releaseFrame(f);
    return false;
  }
}

/** The error popFrame left for the loop to raise in the caller (now vm.frame), taken. */
function takeInitError(): PyBaseException {
  const e = initError!;
  initError = null;
  return e;
}

/**
 * A generator resumed in this loop (by FOR_ITER, YIELD_FROM or a call of its caller)
 * returned: FOR_ITER's loop ends (the iterator popped, a jump past the body), YIELD_FROM's
 * result is the returned value, a call raises StopIteration. The generator's frame is
 * never pooled (gi_code).
 */
function generatorReturned(vm: VM, f: Frame, retval: PyObject): Frame | null {
  const gen = f.generator!;
  const caller = f.f_back!;
  finishGenerator(vm, f);
  vm.frame = caller;
  if (gen.resumer === Resumer.CALL) {
    // send() or __next__() raises StopIteration with the value, at the call: null, for the
    // loop to raise initError in vm.frame (as popFrame's other errors at a call).
    caller.sp--;
    // (The profiler first: a hook that runs tpy code must not see initError pending.)
    if (gen.callBuiltin !== null) reportCallEnd(vm, caller, gen, 'c_exception');
    initError = finishedWith(retval);
    return null;
  }
  // As in CPython, a tracer sees the StopIteration that carries a value, answers a send, or
  // ends an awaited coroutine (3.11's SEND, when tracing, calls coro.send(), which raises it).
  if (vm.traceFn !== null && vm.hooked && (retval !== None || (gen.resumer === Resumer.YIELD_FROM && (gen.sentValue || gen instanceof PyCoroutine)))) {
    traceStopIteration(vm, caller, stopIteration(retval));
  }
  if (gen.resumer === Resumer.FOR_ITER) {
    caller.sp--;
    caller.pc += caller.f_code.words[caller.pc - 1] >> 9;
  } else vm.stack[caller.sp - 1] = retval;
  return caller;
}

/**
 * The 'exception' trace event FOR_ITER and YIELD_FROM give for the StopIteration that
 * ended an iterator (call_exc_trace). CPython then clears the exception, and with it
 * whatever the trace function raised (for YIELD_FROM it would propagate: a tpy
 * difference only when a trace function raises on this event).
 */
function traceStopIteration(vm: VM, f: Frame, stop: PyBaseException): void {
  try {
    hookException(vm, f, stop);
  } catch {
    // Cleared with the StopIteration (the trampoline has removed the trace function).
  }
}

/**
 * A call of anything but a tpy function from the loop. Built-ins are called
 * straight away, so that one called from the outermost loop may park (call()
 * forbids parking: it serves natives calling back).
 */
function callNative(vm: VM, callee: PyObject, args: PyObject[], kwargs: KwArgs | null): PyObject {
  if (callee instanceof PyBuiltinFunction) {
    return callee.self === undefined ? callee.fn(vm, args, kwargs) : callee.fn(vm, [callee.self, ...args], kwargs);
  }
  if (callee instanceof PyMethodDescriptor && args.length > 0 && typeOf(args[0]).isSubtypeOf(callee.owner)) return callee.fn(vm, args, kwargs);
  return call(vm, callee, args, kwargs);
}

/**
 * callNative with the level of recursion an unspecialised call holds in CPython 3.11
 * (vm/cold_call_level.ts). str(x) takes it in callType, as a class without vectorcall.
 */
function callAtColdLevel(vm: VM, callee: PyObject, args: PyObject[], kwargs: KwArgs | null): PyObject {
  if (callee instanceof PyType) return callNative(vm, callee, args, kwargs);
  if (vm.depth >= vm.recursionLimit) throw recursionError(' while calling a Python object');
  vm.depth++;
  try {
    return callNative(vm, callee, args, kwargs);
  } finally {
    vm.depth--;
  }
}

/**
 * A call of anything but a tpy function while a hook is set: built-ins get the
 * profile's c_call, then c_return or c_exception (ceval's C_TRACE). A call that
 * parks reports c_return when the run resumes (VM.runParkable).
 */
function callProfiled(vm: VM, f: Frame, callee: PyObject, args: PyObject[], kwargs: KwArgs | null): PyObject {
  const builtin = vm.profileFn !== null ? builtinForProfile(callee, args) : null;
  if (builtin === null) return callNative(vm, callee, args, kwargs);
  // The hook may run tpy code (a nested loop); the built-in may still park afterwards.
  const canPark = vm.canPark;
  hookCCall(vm, f, 'c_call', builtin);
  vm.canPark = canPark;
  let result: PyObject;
  try {
    result = callNative(vm, callee, args, kwargs);
  } catch (e) {
    if (vm.hooked) hookCCall(vm, f, 'c_exception', builtin);
    throw e;
  }
  if (result === PARK) vm.parkedBuiltin = builtin;
  else if (vm.hooked) hookCCall(vm, f, 'c_return', builtin);
  return result;
}

/**
 * Reports an exception event, or the 'return' of a frame an exception leaves;
 * an exception raised by the hook itself replaces the one propagating (as in ceval).
 */
function hookOrReplace(vm: VM, f: Frame, exc: PyBaseException, event: 'exception' | 'return'): PyBaseException {
  try {
    if (event === 'exception') hookException(vm, f, exc);
    else hookReturn(vm, f, None);
    return exc;
  } catch (e) {
    const replaced = toPyException(e);
    if (replaced.context === null && replaced !== exc) replaced.context = exc;
    return replaced;
  }
}

/**
 * Where END_FINALLY at `pc - 1` re-raises `exc` from: a `with` statement's cleanup (after
 * WITH_CLEANUP_FINISH) goes back to the instruction that raised it in this frame, as 3.11's
 * RERAISE 2 restores the frame's lasti (the line a 'return' trace event or f_lineno shows then);
 * any other from itself.
 */
export function withReraisePc(f: Frame, exc: PyBaseException, pc: number): number {
  const tb = exc.traceback;
  if (pc < 2 || (f.f_code.words[pc - 2] & 0xff) !== Op.WITH_CLEANUP_FINISH || tb === null || tb.tb_frame !== f) return pc;
  return (tb.tb_lasti >> 1) + 1;
}

/** Raised by bare `raise` and END_FINALLY: an exception that keeps its traceback and context. */
class Reraise {
  constructor(readonly exc: PyBaseException) {}
}

/**
 * An exception throw() or close() raises into a generator it resumes (or its delegate's
 * answer to them): not chained to the resumer's handled exception, as a raise there is.
 */
class ThrownIn {
  constructor(readonly exc: PyBaseException) {}
}

/** What a cold instruction throws to re-raise `exc` as END_FINALLY does (END_ASYNC_FOR). */
export function reraise(exc: PyBaseException): unknown {
  return new Reraise(exc);
}

/** The BinOp of each arithmetic opcode, BINARY_* and INPLACE_* alike (also read by the loop compiler). */
export const BINARY_OPS: BinOp[] = [];
BINARY_OPS[Op.BINARY_ADD] = BINARY_OPS[Op.INPLACE_ADD] = BinOp.ADD;
BINARY_OPS[Op.BINARY_SUBTRACT] = BINARY_OPS[Op.INPLACE_SUBTRACT] = BinOp.SUB;
BINARY_OPS[Op.BINARY_MULTIPLY] = BINARY_OPS[Op.INPLACE_MULTIPLY] = BinOp.MUL;
BINARY_OPS[Op.BINARY_MATRIX_MULTIPLY] = BINARY_OPS[Op.INPLACE_MATRIX_MULTIPLY] = BinOp.MATMUL;
BINARY_OPS[Op.BINARY_TRUE_DIVIDE] = BINARY_OPS[Op.INPLACE_TRUE_DIVIDE] = BinOp.TRUEDIV;
BINARY_OPS[Op.BINARY_FLOOR_DIVIDE] = BINARY_OPS[Op.INPLACE_FLOOR_DIVIDE] = BinOp.FLOORDIV;
BINARY_OPS[Op.BINARY_MODULO] = BINARY_OPS[Op.INPLACE_MODULO] = BinOp.MOD;
BINARY_OPS[Op.BINARY_POWER] = BINARY_OPS[Op.INPLACE_POWER] = BinOp.POW;
BINARY_OPS[Op.BINARY_LSHIFT] = BINARY_OPS[Op.INPLACE_LSHIFT] = BinOp.LSHIFT;
BINARY_OPS[Op.BINARY_RSHIFT] = BINARY_OPS[Op.INPLACE_RSHIFT] = BinOp.RSHIFT;
BINARY_OPS[Op.BINARY_AND] = BINARY_OPS[Op.INPLACE_AND] = BinOp.AND;
BINARY_OPS[Op.BINARY_XOR] = BINARY_OPS[Op.INPLACE_XOR] = BinOp.XOR;
BINARY_OPS[Op.BINARY_OR] = BINARY_OPS[Op.INPLACE_OR] = BinOp.OR;

/** 1 for the INPLACE_* arithmetic opcodes (they try __iop__ first). */
export const IS_INPLACE = new Uint8Array(256);
for (const op of [Op.INPLACE_ADD, Op.INPLACE_SUBTRACT, Op.INPLACE_MULTIPLY, Op.INPLACE_MATRIX_MULTIPLY, Op.INPLACE_TRUE_DIVIDE,
  Op.INPLACE_FLOOR_DIVIDE, Op.INPLACE_MODULO, Op.INPLACE_POWER, Op.INPLACE_LSHIFT, Op.INPLACE_RSHIFT, Op.INPLACE_AND,
  Op.INPLACE_XOR, Op.INPLACE_OR]) IS_INPLACE[op] = 1;

/**
 * An arithmetic instruction's generic path (ops/arith.ts), out of the loop: one call in each
 * case instead of saving the frame's state and choosing the binary or in-place operation there.
 */
function arithmetic(vm: VM, f: Frame, sp: number, pc: number, word: number, a: PyObject, b: PyObject): PyObject {
  f.sp = sp; f.pc = pc;
  const op = word & 0xff;
  return IS_INPLACE[op] ? inplaceOp(vm, a, b, BINARY_OPS[op]) : binaryOp(vm, a, b, BINARY_OPS[op]);
}

function truthyFast(vm: VM, v: PyObject, f: Frame, sp: number, pc: number): boolean {
  if (typeof v === 'number') return v !== 0;
  if (v === None) return false;
  f.sp = sp; f.pc = pc;
  return truthy(vm, v);
}

function compareOp(vm: VM, op: number, a: PyObject, b: PyObject): PyObject {
  switch (op) {
    case Cmp.IN: return contains(vm, b, a);
    case Cmp.NOT_IN: return !contains(vm, b, a);
    case Cmp.IS: return a === b;
    case Cmp.IS_NOT: return a !== b;
    case Cmp.EXC_MATCH: return exceptionMatches(a, b);
    default: return richCompare(vm, a, b, op as Cmp);
  }
}

/** `except spec:` matching; like CPython 3.11, every class in a tuple is checked before any match. */
function exceptionMatches(exc: PyObject, spec: PyObject): boolean {
  if (spec instanceof PyType && spec.isSubtypeOf(BaseException)) return exc instanceof PyType && exc.isSubtypeOf(spec);
  const classes = spec instanceof PyTuple ? spec.items : [spec];
  for (const c of classes) {
    if (!(c instanceof PyType) || !c.isSubtypeOf(BaseException)) {
      throw typeError('catching classes that do not inherit from BaseException is not allowed');
    }
  }
  for (const c of classes) if (exc instanceof PyType && exc.isSubtypeOf(c as PyType)) return true;
  return false;
}

/** LOAD_GLOBAL without a valid cache entry: looks the name up and caches what it found. */
export function loadGlobal(vm: VM, code: Code, i: number, globals: PyDict, builtins: PyDict): PyObject {
  if (globals.cls.isHeapType || builtins.cls.isHeapType) return loadGlobalByItem(vm, code.co_names[i], globals, builtins);
  let v = findGlobal(code, i, globals, builtins);
  if (v === undefined && (globals.hasKeysByValue() || builtins.hasKeysByValue())) {
    // A key object equal to the name (hashing like the str), found by ==; never cached.
    const name = code.co_names[i];
    v = globals.get(vm, name) ?? builtins.get(vm, name);
  }
  if (v === undefined) throw nameNotDefined(code.co_names[i]);
  return v;
}

/**
 * loadGlobal's lookup, caching what it found: undefined when the name is in neither dict
 * (compiled module code's LOAD_NAME leaves then, for the eval loop to raise).
 */
export function findGlobal(code: Code, i: number, globals: PyDict, builtins: PyDict): PyObject | undefined {
  if (globals.cls.isHeapType || builtins.cls.isHeapType) return undefined; // loadGlobalByItem's, never cached
  const name = code.co_names[i];
  let v = globals.map.get(name);
  let slot: GlobalSlot;
  if (v !== undefined) slot = globals.slotFor(name, v);
  else {
    // The globals may have a key object equal to the name, ahead of the builtins: loadGlobal's to find.
    if (globals.hasKeysByValue()) return undefined;
    v = builtins.map.get(name);
    if (v === undefined) return undefined;
    slot = builtins.slotFor(name, v);
    globals.noteBuiltins(builtins);
  }
  cacheGlobal(code, i, globals, slot);
  return v;
}

/** Points the name's cache entry at `slot`, valid while `globals` keeps its keys stamp (read last: slotFor and noteBuiltins may take a new one). */
function cacheGlobal(code: Code, i: number, globals: PyDict, slot: GlobalSlot): void {
  const c = code.globalCache[i];
  if (c === undefined) code.globalCache[i] = { keysVersion: globals.keysVersion, slot };
  else {
    c.keysVersion = globals.keysVersion;
    c.slot = slot;
  }
}

/**
 * LOAD_GLOBAL where the globals or the builtins are a dict subclass: by their __getitem__
 * (a KeyError, from __missing__ too, means not there), as CPython 3.11 does for dicts that are
 * not exact. Nothing is cached: __getitem__ may answer differently each time.
 */
function loadGlobalByItem(vm: VM, name: string, globals: PyDict, builtins: PyDict): PyObject {
  const v = loadFromNamespace(vm, globals, name) ?? loadFromNamespace(vm, builtins, name);
  if (v === undefined) throw nameNotDefined(name);
  return v;
}

/**
 * STORE_GLOBAL, and STORE_NAME where the namespace is the globals (compiled module code):
 * through the name's cache entry when it holds a slot of the globals, else by setStr, and the
 * entry then made, so that a loop's own variables are stored with no table operation (setInSlot).
 */
export function storeGlobal(vm: VM, code: Code, i: number, globals: PyDict, v: PyObject): void {
  if (storeInSlot(code, i, globals, v)) return;
  const name = code.co_names[i];
  if (globals.hasKeysByValue() && globals.getStr(name) === undefined) {
    // A key object equal to the name may hold its entry (set() finds it; it keeps that key,
    // as in CPython); never cached, as loadGlobal's lookups by == are not.
    globals.set(vm, name, v);
    return;
  }
  globals.setStr(name, v);
  if (globals.cls.isHeapType) return; // its loads take __getitem__ (loadGlobalByItem): no entry
  cacheGlobal(code, i, globals, globals.slotFor(name, v));
}

/** Stores a global through its cache entry's slot when the entry holds a current one of `globals`; false otherwise. */
function storeInSlot(code: Code, i: number, globals: PyDict, v: PyObject): boolean {
  const c = code.globalCache[i];
  if (c === undefined || c.keysVersion !== globals.keysVersion || c.slot.dict !== globals || c.slot.value === undefined) return false;
  globals.setInSlot(c.slot, v);
  return true;
}

export function unboundLocal(name: string): PyBaseException {
  return newException(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function nameNotDefined(name: string): PyBaseException {
  const e = nameError(`name '${name}' is not defined`);
  (e.attrs ??= new Map()).set('name', name);
  return e;
}

export function unboundDeref(code: Code, i: number): PyBaseException {
  const ncell = code.co_cellvars.length;
  if (i < ncell) return unboundLocal(code.co_cellvars[i]);
  const name = code.co_freevars[i - ncell]!;
  const e = newException(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  // As CPython: the NameError (not an UnboundLocalError) names the variable, for the suggestion.
  (e.attrs ??= new Map()).set('name', name);
  return e;
}

export function makeRaise(vm: VM, excObj: PyObject, cause: PyObject | undefined): PyBaseException {
  let exc: PyBaseException;
  if (excObj instanceof PyType) {
    if (!excObj.isSubtypeOf(BaseException)) throw typeError('exceptions must derive from BaseException');
    const made = call(vm, excObj, []);
    if (!(made instanceof PyBaseException)) {
      throw typeError(`calling ${repr(vm, excObj)} should have returned an instance of BaseException, not ${typeOf(made).tpName}`);
    }
    exc = made;
  } else if (excObj instanceof PyBaseException) exc = excObj;
  else throw typeError('exceptions must derive from BaseException');
  if (cause !== undefined) {
    if (cause === None) exc.cause = null;
    else if (cause instanceof PyType && cause.isSubtypeOf(BaseException)) exc.cause = call(vm, cause, []) as PyBaseException;
    else if (cause instanceof PyBaseException) exc.cause = cause;
    else throw typeError('exception causes must derive from BaseException');
    exc.suppressContext = true;
  }
  if (vm.excInfo !== null) {
    const ctx = handledForRaise(vm, vm.frame);
    if (ctx !== null && ctx !== exc) exc.context = avoidContextCycle(exc, ctx);
  }
  return exc;
}

/** Sets __context__ like _PyErr_SetObject: breaks a cycle if exc already appears in the chain. */
function avoidContextCycle(exc: PyBaseException, ctx: PyBaseException): PyBaseException {
  // A chain may already hold a cycle (`e.__context__ = e`): Floyd's slow pointer stops the walk
  // once it has gone round, as CPython's does.
  let o: PyBaseException = ctx;
  let slow: PyBaseException | null = ctx;
  let moveSlow = false;
  for (let next = o.context; next !== null; next = o.context) {
    if (next === exc) {
      o.context = null;
      break;
    }
    o = next;
    if (o === slow) break;
    if (moveSlow) slow = slow!.context;
    moveSlow = !moveSlow;
  }
  return ctx;
}

export function lookupSpecialOrError(vm: VM, mgr: PyObject, name: string): PyObject {
  const m = typeOf(mgr).lookup(name);
  if (m === undefined) {
    // As 3.11: a type lacking __enter__ gets the plain message, one with only __enter__ names __exit__.
    const missing = name === '__exit__' ? ' (missed __exit__ method)' : '';
    throw typeError(`'${typeOf(mgr).tpName}' object does not support the context manager protocol${missing}`);
  }
  return bindMethod(vm, m, mgr);
}

function bindMethod(vm: VM, m: PyObject, self: PyObject): PyObject {
  return bindDescriptor(vm, m, self, typeOf(self));
}

export function isIterable(o: PyObject): boolean {
  if (typeof o === 'string') return true;
  const t = typeOf(o);
  return t.lookup('__iter__') !== undefined || t.lookup('__getitem__') !== undefined;
}

function unpackCountError(expected: number, got: number): PyBaseException {
  if (got > expected) return newException(ValueError, `too many values to unpack (expected ${expected})`);
  return newException(ValueError, `not enough values to unpack (expected ${expected}, got ${got})`);
}

/** UNPACK_SEQUENCE's items of `seq` where the loop's inline case (a tuple or list of n items) does not apply. */
export function unpackSequence(vm: VM, seq: PyObject, n: number): PyObject[] {
  if ((seq instanceof PyTuple || seq instanceof PyList) && !seq.cls.isHeapType) {
    if (seq.items.length !== n) throw unpackCountError(n, seq.items.length);
    return seq.items;
  }
  return unpackIterable(vm, seq, n);
}

/**
 * unpackSequence for compiled code: a list's or tuple's wrong count answered as RAISED (in
 * vm.jitRaised) rather than thrown, which costs V8 0.4-1 us (`try: a, b = t except ValueError`).
 */
export function unpackSequenceOrRaise(vm: VM, seq: PyObject, n: number): PyObject[] | PyObject {
  if ((seq instanceof PyTuple || seq instanceof PyList) && !seq.cls.isHeapType && seq.items.length !== n) {
    return raisedPlain(vm, unpackCountError(n, seq.items.length));
  }
  return unpackSequence(vm, seq, n);
}

function unpackIterable(vm: VM, seq: PyObject, n: number): PyObject[] {
  if (!isIterable(seq)) throw typeError(`cannot unpack non-iterable ${typeOf(seq).tpName} object`);
  const it = getIter(vm, seq);
  const out: PyObject[] = [];
  for (let i = 0; i < n; i++) {
    const v = iterNext(vm, it);
    if (v === undefined) throw unpackCountError(n, i);
    out.push(v);
  }
  if (iterNext(vm, it) !== undefined) throw unpackCountError(n, n + 1);
  return out;
}

/** How call errors name a callable (_PyObject_FunctionStr): `module.qualname()` outside builtins. */
export function funcDescription(vm: VM, f: PyObject): string {
  let qualname: string;
  let module: PyObject | undefined;
  if (f instanceof PyFunction) {
    qualname = f.qualname;
    module = f.module;
  } else if (f instanceof PyBuiltinFunction) {
    qualname = f.name;
    module = f.module ?? undefined;
  } else if (f instanceof PyType) {
    qualname = f.qualname;
    module = f.isHeapType ? f.typeDict.get('__module__') : f.module;
  } else if (f instanceof PyMethod) {
    return funcDescription(vm, f.func);
  } else return `${typeOf(f).tpName} object`;
  return typeof module === 'string' && module !== 'builtins' ? `${module}.${qualname}()` : `${qualname}()`;
}

function starArgs(vm: VM, callee: PyObject, o: PyObject): PyObject[] {
  if (!isIterable(o)) throw typeError(`${funcDescription(vm, callee)} argument after * must be an iterable, not ${typeOf(o).tpName}`);
  return toArrayHinted(vm, o);
}

export function kwargsFromMapping(vm: VM, callee: PyObject, o: PyObject): KwArgs {
  const out: KwArgs = new Map();
  if (mergesAsPlainDict(o)) {
    for (const [k, v] of o.entries()) {
      if (typeof k !== 'string') throw typeError(`keywords must be strings`);
      out.set(k, v);
    }
    return out;
  }
  const d = new PyDict();
  mergeCallKwargs(vm, callee, d, o);
  for (const [k, v] of d.entries()) {
    if (typeof k !== 'string') throw typeError('keywords must be strings');
    out.set(k, v);
  }
  return out;
}

/**
 * A call's `**o` merged into the keywords gathered so far, `d`, as CPython's DICT_MERGE:
 * o's keys(), then for each key a repeat is refused before its value is asked for (named by
 * its str(): keys of any type are merged). Keys are checked to be strings by the call, once
 * every mapping is merged.
 */
export function mergeCallKwargs(vm: VM, callee: PyObject, d: PyDict, o: PyObject): void {
  const multiple = (k: PyObject): never => {
    throw typeError(`${funcDescription(vm, callee)} got multiple values for keyword argument '${typeof k === 'string' ? k : str(vm, k)}'`);
  };
  if (mergesAsPlainDict(o)) {
    for (const [k, v] of o.entries()) {
      if (d.get(vm, k) !== undefined) multiple(k);
      d.set(vm, k, v);
    }
    return;
  }
  if (typeOf(o).lookup('keys') === undefined) {
    throw typeError(`${funcDescription(vm, callee)} argument after ** must be a mapping, not ${typeOf(o).tpName}`);
  }
  for (const k of toArray(vm, call(vm, getAttr(vm, o, 'keys'), []))) {
    if (d.get(vm, k) !== undefined) multiple(k);
    d.set(vm, k, getItem(vm, o, k));
  }
}

/** The result of a `yield from` whose delegate finished (yieldFromStep returned undefined). */
let yieldFromResult: PyObject = None;

/**
 * One step of `yield from` with a delegate the loop does not run itself: send `v` into
 * the receiver; the value to yield, or undefined when it finished (result in yieldFromResult).
 */
function yieldFromStep(vm: VM, receiver: PyObject, v: PyObject): PyObject | undefined {
  if (receiver instanceof PyGenBase) {
    const r = generatorSend(vm, receiver, v, false);
    if (r === undefined) {
      if (vm.traceFn !== null && vm.hooked && (v !== None || lastReturnValue !== None || receiver instanceof PyCoroutine)) {
        traceStopIteration(vm, vm.frame!, stopIteration(lastReturnValue));
      }
      yieldFromResult = lastReturnValue;
    }
    return r;
  }
  if (v === None && (receiver instanceof PyListIterator || receiver instanceof PyTupleIterator || receiver instanceof PyRangeIterator)) {
    // Built-in sequence iterators end with a bare StopIteration: the result is None.
    const r = iterNext(vm, receiver);
    if (r === undefined) yieldFromResult = None;
    return r;
  }
  try {
    return v === None ? iterNextOrStop(vm, receiver) : call(vm, getAttr(vm, receiver, 'send'), [v]);
  } catch (e) {
    if (isStopIteration(e)) {
      if (vm.traceFn !== null && vm.hooked) traceStopIteration(vm, vm.frame!, e);
      yieldFromResult = stopIterationValue(e);
      return undefined;
    }
    throw e;
  }
}

function iterNextOrStop(vm: VM, it: PyObject): PyObject {
  const m = typeOf(it).lookup('__next__');
  if (m === undefined) throw typeError(`'${typeOf(it).tpName}' object is not an iterator`);
  return call(vm, getAttr(vm, it, '__next__'), []);
}

export function stopIterationValue(e: PyBaseException): PyObject {
  return e.args.length > 0 ? e.args[0] : None;
}

/** The value a generator returned, for the caller of generatorSend that saw `undefined`. */
export let lastReturnValue: PyObject = None;

/**
 * Forgets the values the loop hands over through module variables (the last generator's
 * return value, a delegate's result...): at the end of a run, so that nothing of a finished
 * program (its objects, and through their globals its VM) stays reachable from here.
 */
export function forgetHandedValues(): void {
  lastReturnValue = None;
  yieldFromResult = None;
  initError = null;
  PAIR[0] = PAIR[1] = None;
  forgetGenReturn();
  forgetCompiledPair();
}

/**
 * Resumes a generator with `value` (or raises `throwIn` inside it). Returns the
 * next yielded value, or undefined when the generator returned; the returned
 * value is then in `lastReturnValue`. `forIteration` only documents the caller
 * (for-loops and next() treat undefined as exhaustion).
 */
export function generatorSend(vm: VM, gen: PyGenBase, value: PyObject, forIteration: boolean, throwIn: PyBaseException | null = null): PyObject | undefined {
  void forIteration;
  if (gen.running) throw newException(ValueError, `${gen.kindName} already executing`);
  if (gen.finished) {
    // An awaited coroutine cannot give its value twice (an async generator's are guarded by asend).
    if (gen instanceof PyCoroutine) throw newException(RuntimeError, 'cannot reuse already awaited coroutine');
    if (throwIn !== null) throw throwIn;
    lastReturnValue = None;
    return undefined;
  }
  if (!gen.started && value !== None && throwIn === null) {
    throw typeError(`can't send non-None value to a just-started ${gen.kindName}`);
  }
  if (value === None && throwIn === null) {
    // next() from a native (sum, min, next, zip...): the compiled body from yield to yield
    // when it has one, as for a for loop (or the value of a `yield from` over a list).
    const v = genNext(vm, gen);
    if (v !== INTERPRET) {
      if (v === undefined) lastReturnValue = genReturnValue();
      else noteSuspendedGenerator(vm, gen, vm.frame);
      return v;
    }
  }
  return resumeNested(vm, gen, throwIn === null ? value : undefined, throwIn);
}

/**
 * Runs `gen` for a native that takes every value it yields (list(), sum()...): `sink`
 * gets each value and returns true to have the generator go on in the same nested
 * loop run, which saves a resume per value; values are seen in the same order, with
 * the same hook events, as with a generatorSend per value. Returns the first value
 * `sink` refused (the generator is then suspended, as after a yield), or undefined
 * when the generator returned (its value in lastReturnValue).
 */
export function generatorPump(vm: VM, gen: PyGenBase, sink: (v: PyObject) => boolean): PyObject | undefined {
  if (gen.running) throw newException(ValueError, 'generator already executing');
  if (gen.finished) {
    lastReturnValue = None;
    return undefined;
  }
  // The nested loop hands a value back (unoffered) where the compiled body can take over;
  // not before it has checked the interval, if the body left for that (the body would leave
  // again at its next backward jump, and the yield may come before the nested loop's own).
  let handedBack = false;
  const pump = (v: PyObject): boolean => {
    if (!vm.hooked && vm.countdown > 0 && compiledBody(vm, gen) !== null) {
      handedBack = true;
      return false;
    }
    return sink(v);
  };
  for (;;) {
    // Its compiled body runs while it can (jit_gen.ts), offering each value to `sink` at its
    // yield and going on from there while the sink takes them; a value it returns was refused
    // (or came from a path that does not offer), and is offered again here.
    for (let v = genNext(vm, gen, false, sink); v !== INTERPRET; v = genNext(vm, gen, false, sink)) {
      if (v === undefined) {
        lastReturnValue = genReturnValue();
        return undefined;
      }
      if (!sink(v)) return v;
    }
    handedBack = false;
    gen.sink = pump;
    let v: PyObject | undefined;
    try {
      v = resumeNested(vm, gen, None, null);
    } finally {
      gen.sink = null;
    }
    if (v === undefined || !handedBack || !sink(v)) return v;
  }
}

/**
 * Runs a generator (not running, not finished) from native code: a nested eval loop
 * whose entry frame is the generator's, until it yields, returns or raises.
 */
function resumeNested(vm: VM, gen: PyGenBase, sent: PyObject | undefined, throwIn: PyBaseException | null): PyObject | undefined {
  // A native's exception from the compiled body is raised as in the body; anything else is thrown in.
  const raise = gen.pendingThrow !== null ? takePendingThrow(gen) : throwIn === null ? null : new ThrownIn(throwIn);
  const f = enterGenerator(vm, gen, sent);
  gen.resumer = Resumer.NATIVE;
  f.isEntry = true;
  vm.nestedRuns++;
  let r: PyObject;
  try {
    r = execute(vm, f, raise);
  } catch (e) {
    vm.nestedRuns--;
    finishGenerator(vm, f);
    throw generatorRaised(e, gen);
  }
  vm.nestedRuns--;
  if (exitedByYield) {
    suspendGenerator(vm, f);
    noteSuspendedGenerator(vm, gen, vm.frame);
    return r;
  }
  finishGenerator(vm, f);
  lastReturnValue = r;
  return undefined;
}

/**
 * gen.throw(exc) (and close(), with GeneratorExit): raises exc at the generator's
 * suspension point. Suspended in `yield from`, the generator first hands it to the
 * delegate, as _gen_throw does: GeneratorExit closes the delegate, anything else is
 * thrown into it (its throw() method for a non-generator; `throwArgs` are the
 * arguments gen.throw() got). The delegate's return value or exception then
 * resumes the generator past its YIELD_FROM.
 */
export function generatorThrow(vm: VM, gen: PyGenBase, exc: PyBaseException, throwArgs: PyObject[] = [exc]): PyObject | undefined {
  const f = gen.frame;
  if (gen.started && !gen.finished && !gen.running && isAtYieldFrom(f)) {
    const inner = f.saved![f.sp - 1];
    let r: PyObject | undefined;
    // The delegate runs on behalf of the suspended generator: gi_running is true meanwhile.
    gen.running = true;
    try {
      if (exc.cls.isSubtypeOf(GeneratorExit)) {
        closeDelegate(vm, inner);
        r = NOT_DELEGATED;
      } else if (inner instanceof PyGenBase) {
        r = generatorThrow(vm, inner, exc, throwArgs);
        if (r === undefined) r = delegateReturned(f, lastReturnValue);
      } else {
        // _PyObject_LookupAttr: an AttributeError from a __getattr__ too means there is none.
        const meth = lookupAttr(vm, inner, 'throw');
        r = meth === undefined ? NOT_DELEGATED : call(vm, meth, throwArgs);
      }
    } catch (e) {
      gen.running = false;
      if (exc.cls.isSubtypeOf(GeneratorExit)) return resumeNested(vm, gen, undefined, toPyException(e));
      if (isStopIteration(e)) {
        delegateReturned(f, stopIterationValue(e));
        return resumeNested(vm, gen, undefined, null);
      }
      // The delegate raised: pop it, and raise past the YIELD_FROM.
      f.sp--;
      f.pc++;
      return resumeNested(vm, gen, undefined, toPyException(e));
    }
    gen.running = false;
    if (r === DELEGATE_RETURNED) return resumeNested(vm, gen, undefined, null);
    if (r !== NOT_DELEGATED) return r;
  }
  // Not started, the generator's frame still runs to take the exception at its entry, as in
  // 3.11: hooks see its call, exception and return, and the traceback shows the def line.
  return generatorSend(vm, gen, None, false, exc);
}

/** The end of the built-in call (send, __next__, throw) that resumed `gen` in the loop, for a profiler, in frame `f`. */
function reportCallEnd(vm: VM, f: Frame, gen: PyGenBase, event: 'c_return' | 'c_exception'): void {
  const builtin = gen.callBuiltin!;
  gen.callBuiltin = null;
  hookCCall(vm, f, event, builtin);
}

/**
 * gen.throw() made in the loop (vm/gen_call.ts checked that it can be): resumes `gen` for
 * the call, then each `yield from` delegate it waits on as the frame of the one before,
 * each of those past its YIELD_FROM (where an exception from the delegate is raised).
 * Returns the innermost frame, where the loop raises the exception.
 */
function resumeToThrow(vm: VM, gen: PyGenBase): Frame {
  let f = resumeGenerator(vm, gen, undefined, Resumer.CALL);
  while (isAtYieldFrom(f)) {
    const inner = vm.stack[f.sp - 1] as PyGenBase;
    f.pc++;
    f = resumeGenerator(vm, inner, undefined, Resumer.YIELD_FROM);
  }
  return f;
}

/** Markers for generatorThrow: the delegate was not asked (throw it here), or it returned. */
const NOT_DELEGATED = Symbol('not delegated') as unknown as PyObject;
const DELEGATE_RETURNED = Symbol('delegate returned') as unknown as PyObject;

/** The `yield from` delegate of the suspended frame `f` finished with `value`: YIELD_FROM's result. */
function delegateReturned(f: Frame, value: PyObject): PyObject {
  f.saved![f.sp - 1] = value;
  f.pc++;
  return DELEGATE_RETURNED;
}

/** gen_close_iter: closes a `yield from` delegate (a generator, or anything with close()). */
function closeDelegate(vm: VM, inner: PyObject): void {
  if (inner instanceof PyGenBase) {
    generatorClose(vm, inner);
    return;
  }
  // Looking close up failing otherwise than with AttributeError is reported as unraisable,
  // and the generator is closed all the same (gen_close_iter).
  let close: PyObject | undefined;
  try {
    close = lookupAttr(vm, inner, 'close');
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    vm.writeUnraisable(e, e.traceback, null, inner);
  }
  if (close !== undefined) call(vm, close, []);
}

function isAtYieldFrom(f: Frame): boolean {
  const w = f.f_code.words[f.pc];
  return w !== undefined && (w & 0xff) === Op.YIELD_FROM;
}

export { StopIteration, str };
