// The eval loop's cold instructions: those that build things (containers, functions,
// classes, strings), import, enter and leave `with` blocks, delete names, or take a
// slow path anyway. They live apart from execute() so that the hot loop stays small
// enough for V8 to compile quickly and keep its state in registers; each runs with
// the frame's pc already stored and neither jumps nor switches frames.

import type { PyObject } from './objects/object.js';
import { Op, FVC_MASK, FVS_HAVE_SPEC, MAKE_FUNCTION_CLOSURE, MAKE_FUNCTION_ANNOTATIONS, MAKE_FUNCTION_KWDEFAULTS, MAKE_FUNCTION_DEFAULTS } from './opcodes.js';
import { Frame, Why, NO_BLOCKS, popBlock } from './frame.js';
import { unwindExceptHandler } from './unwind.js';
import { prepReraiseStar } from './except_star.js';
import { getAwaitable, getAIter, getANext, beforeAsyncWith, awaitWhere } from './ops/await.js';
import { PyFunction, PyCell, PyBuiltinFunction } from './objects/function.js';
import { PARK } from './park.js';
import { PyDict } from './objects/dict.js';
import { PyList } from './objects/list.js';
import { PyTuple, newTuple } from './objects/tuple.js';
import { PySlice } from './objects/range.js';
import { None } from './objects/singletons.js';
import { typeError, newException, nameError, SystemError, ValueError, AssertionError, StopAsyncIteration, type PyBaseException } from './objects/exceptions.js';
import { CO_ITERABLE_COROUTINE, type Code } from './code.js';
import { typeOf } from './ops/typeof.js';
import { call } from './ops/call.js';
import { binaryOp, inplaceOp, positive, invert } from './ops/arith.js';
import { truthy } from './ops/convert.js';
import { setAttr, getAttrOpt } from './ops/attribute.js';
import { dictMerge } from './methods/dict.js';
import { delItem, getIter, toArray, toArrayHinted } from './ops/sequence.js';
import { PyGenerator, PyCoroutine } from './objects/generator.js';
import { formatValue } from './ops/format.js';
import { len } from './ops/convert.js';
import { matchSequence, matchMapping, matchKeys, copyDictWithoutKeys, matchClass } from './ops/match.js';
import { importStatement, importFrom, importStar } from './import.js';
import { deleteFromNamespace, loadFromNamespace, storeInNamespace } from './namespace_mapping.js';
import {
  BINARY_OPS, reraise, unboundLocal, unboundDeref, nameNotDefined, lookupSpecialOrError, isIterable, mergeCallKwargs,
} from './eval.js';
import type { VM } from './vm.js';
import { builtinForProfile, hookCCall } from './hooks.js';

/**
 * Runs one cold instruction `word` in frame `f` (f.pc is past it) with its operands in `stack`
 * up to `sp` (the value stack; a compiled generator body's slots); returns the new sp, or -1
 * when the thread parked in a `with` statement's __enter__ (f.sp and f.pc saved).
 */
export function executeCold(vm: VM, f: Frame, word: number, sp: number, stack: PyObject[] = vm.stack): number {
  const arg = word >> 8;
  const code: Code = f.f_code;
  const names = code.co_names;
  const base = f.base;
  const pc = f.pc;
  switch (word & 0xff) {

        case Op.UNARY_POSITIVE: stack[sp - 1] = positive(vm, stack[sp - 1]); break;
        case Op.UNARY_INVERT: stack[sp - 1] = invert(vm, stack[sp - 1]); break;

        // Arithmetic: small ints (JS numbers) and plain floats inline; everything else,
        // including results that leave the safe-integer range, through ops/arith.
        case Op.BINARY_MATRIX_MULTIPLY: case Op.BINARY_POWER: {
          const b = stack[--sp];
          const a = stack[sp - 1];
          f.sp = sp; f.pc = pc;
          stack[sp - 1] = binaryOp(vm, a, b, BINARY_OPS[word & 0xff]);
          break;
        }
        case Op.INPLACE_MATRIX_MULTIPLY: case Op.INPLACE_POWER: {
          const b = stack[--sp];
          const a = stack[sp - 1];
          f.sp = sp; f.pc = pc;
          stack[sp - 1] = inplaceOp(vm, a, b, BINARY_OPS[word & 0xff]);
          break;
        }
        case Op.DELETE_SUBSCR: {
          const key = stack[--sp];
          const o = stack[--sp];
          f.sp = sp; f.pc = pc;
          delItem(vm, o, key);
          break;
        }
        case Op.PREP_RERAISE_STAR: {
          // [tb, orig, results] -> [None], or [tb, exc, type] for END_FINALLY to re-raise.
          const results = stack[--sp] as PyList;
          const orig = stack[--sp];
          sp--;
          const exc = prepReraiseStar(vm, orig, results);
          if (exc === null) {
            stack[sp++] = None;
          } else {
            stack[sp++] = exc.traceback ?? None;
            stack[sp++] = exc;
            stack[sp++] = exc.cls;
          }
          break;
        }
        // Pattern matching (vm/ops/match.ts).
        case Op.ROT_N: {
          const top = stack[sp - 1];
          for (let i = sp - 1; i > sp - arg; i--) stack[i] = stack[i - 1];
          stack[sp - arg] = top;
          break;
        }
        case Op.GET_LEN: {
          f.sp = sp; f.pc = pc;
          stack[sp] = len(vm, stack[sp - 1]);
          sp++;
          break;
        }
        case Op.MATCH_SEQUENCE: stack[sp] = matchSequence(stack[sp - 1]); sp++; break;
        case Op.MATCH_MAPPING: stack[sp] = matchMapping(stack[sp - 1]); sp++; break;
        case Op.MATCH_KEYS: {
          f.sp = sp; f.pc = pc;
          stack[sp] = matchKeys(vm, stack[sp - 2], stack[sp - 1] as PyTuple);
          sp++;
          break;
        }
        case Op.COPY_DICT_WITHOUT_KEYS:
          f.sp = sp; f.pc = pc;
          stack[sp - 1] = copyDictWithoutKeys(vm, stack[sp - 2], stack[sp - 1] as PyTuple);
          break;
        case Op.MATCH_CLASS: {
          const kwnames = stack[--sp] as PyTuple;
          const cls = stack[--sp];
          f.sp = sp; f.pc = pc;
          stack[sp - 1] = matchClass(vm, stack[sp - 1], cls, arg, kwnames);
          break;
        }
        case Op.DELETE_GLOBAL:
          if (!deleteName(vm, f.f_globals, names[arg])) throw nameNotDefined(names[arg]);
          break;
        case Op.DELETE_NAME: {
          const locals = f.f_locals!;
          f.sp = sp; f.pc = pc;
          const gone = locals.cls.isHeapType ? deleteFromNamespace(vm, locals, names[arg]) : deleteName(vm, locals, names[arg]);
          if (!gone) throw nameNotDefined(names[arg]);
          break;
        }
        case Op.LOAD_CLASSDEREF: {
          const name = arg < code.co_cellvars.length ? code.co_cellvars[arg] : code.co_freevars[arg - code.co_cellvars.length];
          const locals = f.f_locals;
          // A dict subclass or other mapping is asked through __getitem__, as CPython does.
          let v = locals === null ? undefined : locals.cls.isHeapType ? loadFromNamespace(vm, locals, name) : locals.getStr(name);
          if (v === undefined) {
            v = f.cells![arg].ref;
            if (v === undefined) throw unboundDeref(code, arg);
          }
          stack[sp++] = v;
          break;
        }
        case Op.DELETE_DEREF:
          if (f.cells![arg].ref === undefined) throw unboundDeref(code, arg);
          f.cells![arg].ref = undefined;
          break;
        case Op.DELETE_ATTR: {
          const o = stack[--sp];
          f.sp = sp; f.pc = pc;
          setAttr(vm, o, names[arg], undefined);
          break;
        }
        case Op.SETUP_WITH: {
          const mgr = stack[sp - 1];
          f.sp = sp; f.pc = pc;
          const enter = lookupSpecialOrError(vm, mgr, '__enter__');
          const exit = lookupSpecialOrError(vm, mgr, '__exit__');
          stack[sp - 1] = exit;
          let res: PyObject;
          if (enter instanceof PyBuiltinFunction && enter.self !== undefined && enter.descriptor?.evalLoopOnly === true && vm.parkableRun && vm.nestedRuns === 1) {
            // A lock's __enter__ that may wait for another thread (vm/threads.ts), called as the
            // loop calls natives that may park; parked, the statement's block is in place and
            // the thread resumes with __enter__'s result pushed (Scheduler.runSlice).
            vm.canPark = true;
            try {
              res = enter.fn(vm, [enter.self], null);
            } finally {
              vm.canPark = false;
            }
            if (res === PARK) {
              if (f.blocks === NO_BLOCKS) f.blocks = [];
              f.blocks.push(Op.SETUP_FINALLY, pc + (arg >> 1), sp - base);
              f.sp = sp;
              return -1;
            }
          } else res = call(vm, enter, []);
          if (f.blocks === NO_BLOCKS) f.blocks = [];
          f.blocks.push(Op.SETUP_FINALLY, pc + (arg >> 1), sp - base);
          stack[sp++] = res;
          break;
        }
        case Op.GET_AWAITABLE:
          stack[sp - 1] = getAwaitable(vm, stack[sp - 1], awaitWhere(f));
          break;
        case Op.GET_AITER:
          stack[sp - 1] = getAIter(vm, stack[sp - 1]);
          break;
        case Op.GET_ANEXT:
          stack[sp] = getANext(vm, stack[sp - 1]);
          sp++;
          break;
        case Op.GET_YIELD_FROM_ITER: {
          const o = stack[sp - 1];
          if (o instanceof PyCoroutine) {
            // Only a generator made a coroutine by types.coroutine may delegate to one.
            if ((code.co_flags & CO_ITERABLE_COROUTINE) === 0) throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
          } else if (!(o instanceof PyGenerator)) stack[sp - 1] = getIter(vm, o);
          break;
        }
        case Op.BEFORE_ASYNC_WITH: {
          const [exit, res] = beforeAsyncWith(vm, stack[sp - 1]);
          stack[sp - 1] = exit;
          stack[sp++] = res;
          break;
        }
        case Op.SETUP_ASYNC_WITH:
          // The awaited __aenter__ result stays above the block's level, as SETUP_WITH's does.
          if (f.blocks === NO_BLOCKS) f.blocks = [];
          f.blocks.push(Op.SETUP_FINALLY, pc + (arg >> 1), sp - 1 - base);
          break;
        case Op.END_ASYNC_FOR: {
          // The handler of `async for`'s __anext__ await: StopAsyncIteration ends the loop
          // (the except-handler block and the async iterator popped), anything else goes on up.
          const exc = stack[sp - 2] as PyBaseException;
          if (!exc.cls.isSubtypeOf(StopAsyncIteration)) {
            f.sp = sp - 3;
            throw reraise(exc);
          }
          const blocks = f.blocks;
          f.sp = sp;
          unwindExceptHandler(vm, f, blocks[blocks.length - 1]);
          popBlock(blocks);
          sp = f.sp - 1;
          break;
        }
        case Op.WITH_CLEANUP_START: {
          let exc = stack[sp - 1];
          let val: PyObject = None;
          let tb: PyObject = None;
          let exitFunc: PyObject;
          if (exc === None) {
            sp--;
            exitFunc = stack[sp - 1];
            stack[sp - 1] = exc;
          } else if (typeof exc === 'number') {
            sp--;
            if (exc === Why.RETURN || exc === Why.CONTINUE) {
              exitFunc = stack[sp - 2];
              stack[sp - 2] = stack[sp - 1];
              stack[sp - 1] = exc;
            } else {
              exitFunc = stack[sp - 1];
              stack[sp - 1] = exc;
            }
            exc = None;
          } else {
            val = stack[sp - 2];
            tb = stack[sp - 3];
            const tp2 = stack[sp - 4];
            const exc2 = stack[sp - 5];
            const tb2 = stack[sp - 6];
            exitFunc = stack[sp - 7];
            stack[sp - 7] = tb2;
            stack[sp - 6] = exc2;
            stack[sp - 5] = tp2;
            stack[sp - 4] = undefined as unknown as PyObject;
            // The stack shifted down by one below the EXCEPT_HANDLER block's saved values.
            f.blocks[f.blocks.length - 1]--;
          }
          f.sp = sp; f.pc = pc;
          // Leaving without an exception, 3.11 calls __exit__ with a CALL instruction, so a
          // built-in __exit__ (a lock's, a file's) reports c_call; WITH_EXCEPT_START reports none.
          const res = exc === None && vm.hooked ? callExitProfiled(vm, f, exitFunc) : call(vm, exitFunc, [exc, val, tb]);
          stack[sp++] = exc;
          stack[sp++] = res;
          break;
        }
        case Op.WITH_CLEANUP_FINISH: {
          const res = stack[--sp];
          const exc = stack[--sp];
          f.sp = sp; f.pc = pc;
          if (exc !== None && truthy(vm, res)) stack[sp++] = Why.SILENCED;
          break;
        }

        case Op.BUILD_SET: {
          const items = stack.slice(sp - arg, sp);
          sp -= arg;
          f.sp = sp; f.pc = pc;
          stack[sp++] = vm.newSet(items);
          break;
        }
        case Op.BUILD_MAP: {
          const d = new PyDict();
          f.sp = sp; f.pc = pc;
          for (let i = sp - 2 * arg; i < sp; i += 2) d.set(vm, stack[i], stack[i + 1]);
          sp -= 2 * arg;
          stack[sp++] = d;
          break;
        }
        case Op.BUILD_CONST_KEY_MAP: {
          const keys = (stack[--sp] as PyTuple).items;
          const d = new PyDict();
          f.sp = sp; f.pc = pc;
          for (let i = 0; i < arg; i++) d.set(vm, keys[i], stack[sp - arg + i]);
          sp -= arg;
          stack[sp++] = d;
          break;
        }
        case Op.BUILD_STRING: {
          let s = '';
          for (let i = sp - arg; i < sp; i++) s += stack[i] as string;
          sp -= arg;
          stack[sp++] = s;
          break;
        }
        case Op.BUILD_SET_UNPACK: {
        // CPython's BUILD_SET 0 then SET_UPDATE per operand: a set operand is merged table to table.
        f.sp = sp; f.pc = pc;
        const s = vm.newSet([]);
        for (let i = sp - arg; i < sp; i++) vm.setUpdate(s, stack[i]);
        sp -= arg;
        stack[sp++] = s;
        break;
      }
      case Op.BUILD_TUPLE_UNPACK: case Op.BUILD_TUPLE_UNPACK_WITH_CALL: case Op.BUILD_LIST_UNPACK: {
          f.sp = sp; f.pc = pc;
          const items: PyObject[] = [];
          for (let i = sp - arg; i < sp; i++) {
            const src = stack[i];
            // 3.11 builds these with LIST_EXTEND, whose message names no function (only a call's
            // lone *args, which reaches CALL_FUNCTION_EX as it is, does).
            if (!isIterable(src)) throw typeError(`Value after * must be an iterable, not ${typeOf(src).tpName}`);
            for (const v of toArrayHinted(vm, src)) items.push(v);
          }
          sp -= arg;
          const op = word & 0xff;
          stack[sp++] = op === Op.BUILD_LIST_UNPACK ? new PyList(items) : newTuple(items);
          break;
        }
        case Op.DICT_UPDATE: {
          // {..., **m, ...}: the display's dict takes m's items where the ** stands (keys()
          // first, then each key's value), as CPython 3.9+ builds it.
          const m = stack[--sp];
          f.sp = sp; f.pc = pc;
          if (!(m instanceof PyDict) && getAttrOpt(vm, m, 'keys') === undefined) throw typeError(`'${typeOf(m).tpName}' object is not a mapping`);
          dictMerge(vm, stack[sp - arg] as PyDict, m);
          break;
        }
        case Op.DICT_MERGE: {
          // f(..., **m, ...): the callable is below the positional tuple and the keywords dict.
          const m = stack[--sp];
          f.sp = sp; f.pc = pc;
          mergeCallKwargs(vm, stack[sp - arg - 2], stack[sp - arg] as PyDict, m);
          break;
        }
        case Op.BUILD_SLICE: {
          let step: PyObject = None;
          if (arg === 3) step = stack[--sp];
          const stop = stack[--sp];
          const start = stack[sp - 1];
          stack[sp - 1] = new PySlice(start, stop, step);
          break;
        }
        case Op.SET_ADD: {
          const v = stack[--sp];
          f.sp = sp; f.pc = pc;
          vm.setAdd(stack[sp - arg], v);
          break;
        }
        case Op.MAP_ADD: {
          // As 3.8+: TOS is the value, TOS1 the key (3.7 had them the other way round).
          const v = stack[--sp];
          const k = stack[--sp];
          f.sp = sp; f.pc = pc;
          (stack[sp - arg] as PyDict).set(vm, k, v);
          break;
        }
        case Op.UNPACK_EX: {
          const before = arg & 0xff;
          const after = arg >> 8;
          const seq = stack[--sp];
          f.sp = sp; f.pc = pc;
          if (!isIterable(seq)) throw typeError(`cannot unpack non-iterable ${typeOf(seq).tpName} object`);
          const items = toArray(vm, seq);
          if (items.length < before + after) {
            throw newException(ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
          }
          const out: PyObject[] = [...items.slice(0, before), new PyList(items.slice(before, items.length - after)), ...items.slice(items.length - after)];
          for (let i = 0; i < out.length; i++) stack[sp + i] = out[out.length - 1 - i];
          sp += out.length;
          break;
        }

        case Op.MAKE_FUNCTION: {
          const qualname = stack[--sp] as string;
          const fcode = stack[--sp] as Code;
          let closure: PyCell[] | null = null;
          let kwdefaults: PyDict | null = null;
          let defaults: PyObject[] | null = null;
          if (arg & MAKE_FUNCTION_CLOSURE) closure = (stack[--sp] as PyTuple).items as PyCell[];
          let annotations: PyObject | null = null;
          if (arg & MAKE_FUNCTION_ANNOTATIONS) annotations = stack[--sp];
          if (arg & MAKE_FUNCTION_KWDEFAULTS) kwdefaults = stack[--sp] as PyDict;
          if (arg & MAKE_FUNCTION_DEFAULTS) defaults = (stack[--sp] as PyTuple).items;
          const fn = new PyFunction(fcode, f.f_globals, qualname, defaults, kwdefaults, closure, vm.builtinsFor(f.f_globals, f.f_builtins));
          if (annotations instanceof PyDict) fn.annotations = annotations;
          stack[sp++] = fn;
          break;
        }
        case Op.LOAD_ASSERTION_ERROR:
          stack[sp++] = AssertionError;
          break;
        case Op.LOAD_BUILD_CLASS: {
          // The frame's builtins' __build_class__ (exec with builtins of one's own may lack it;
          // builtins that are no exact dict are asked by their __getitem__).
          const b = f.f_builtins;
          const bc = b.cls.isHeapType ? loadFromNamespace(vm, b, '__build_class__') : b.getStr('__build_class__');
          if (bc === undefined) throw nameError('__build_class__ not found');
          stack[sp++] = bc;
          break;
        }
        case Op.SETUP_ANNOTATIONS: {
          const locals = f.f_locals;
          if (locals === null) break;
          if (!locals.cls.isHeapType) {
            if (locals.getStr('__annotations__') === undefined) locals.setStr('__annotations__', new PyDict());
          } else if (loadFromNamespace(vm, locals, '__annotations__') === undefined) {
            // Not an exact dict: through the mapping's __getitem__ and __setitem__, as CPython.
            storeInNamespace(vm, locals, '__annotations__', new PyDict());
          }
          break;
        }
        case Op.FORMAT_VALUE: {
          let spec: PyObject = '';
          if (arg & FVS_HAVE_SPEC) spec = stack[--sp];
          const v = stack[sp - 1];
          if (typeof v === 'string' && (arg & FVC_MASK) === 0 && spec === '') break;
          f.sp = sp; f.pc = pc;
          stack[sp - 1] = formatValue(vm, v, arg & FVC_MASK, spec as string);
          break;
        }
        case Op.PRINT_EXPR: {
          const v = stack[--sp];
          f.sp = sp; f.pc = pc;
          vm.displayHook(v);
          break;
        }
        case Op.IMPORT_NAME: {
          const fromlist = stack[--sp];
          const level = stack[sp - 1] as number;
          f.sp = sp; f.pc = pc;
          stack[sp - 1] = importStatement(vm, names[arg], fromlist, level, f.f_globals, f.f_locals, f.f_builtins);
          break;
        }
        case Op.IMPORT_FROM: {
          f.sp = sp; f.pc = pc;
          stack[sp] = importFrom(vm, stack[sp - 1], names[arg]);
          sp++;
          break;
        }
        case Op.IMPORT_STAR: {
          const mod = stack[--sp];
          f.sp = sp; f.pc = pc;
          importStar(vm, mod, f.f_locals!);
          break;
        }    default:
      throw newException(SystemError, `unknown opcode ${word & 0xff}`);
  }
  return sp;
}

/**
 * DELETE_NAME / DELETE_GLOBAL on a dict: whether the name was there. An entry under a key
 * object equal to the name (a str subclass with its own __eq__) is the name's, as in CPython.
 */
function deleteName(vm: VM, d: PyDict, name: string): boolean {
  return d.hasKeysByValue() ? d.delete(vm, name) !== undefined : d.deleteStr(name);
}

/** `__exit__(None, None, None)` while a hook is set: a built-in one reports c_call, then c_return or c_exception. */
function callExitProfiled(vm: VM, f: Frame, exitFunc: PyObject): PyObject {
  const args = [None, None, None];
  const builtin = vm.profileFn !== null ? builtinForProfile(exitFunc, args) : null;
  if (builtin === null) return call(vm, exitFunc, args);
  hookCCall(vm, f, 'c_call', builtin);
  let res: PyObject;
  try {
    res = call(vm, exitFunc, args);
  } catch (e) {
    if (vm.hooked) hookCCall(vm, f, 'c_exception', builtin);
    throw e;
  }
  if (vm.hooked) hookCCall(vm, f, 'c_return', builtin);
  return res;
}
