// The builtins module: built-in functions (Python/bltinmodule.c), constants and the built-in types by name.

import { builtin_breakpoint } from './breakpoint_hook.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { PyType, objectType, typeType } from '../vm/objects/type.js';
import {
  builtin, KwArgs, NativeFn, FixedArity, Native1, Native2, PyFunction, PyBuiltinFunction, PyMethod, PyMethodDescriptor, PyStaticMethod,
  propertyType, staticmethodType, classmethodType, raisedPlain, RAISED, takeRaised,
} from '../vm/objects/function.js';
import { PyModule } from '../vm/objects/module.js';
import { PyDict, dictType } from '../vm/objects/dict.js';
import { PyList, listType } from '../vm/objects/list.js';
import { PyTuple, tupleType, newTuple } from '../vm/objects/tuple.js';
import { PyFloat, floatType } from '../vm/objects/float.js';
import { PyComplex, complexType } from '../vm/objects/complex.js';
import { intType, boolType, normInt } from '../vm/objects/int.js';
import { strType, strVal, PyStrSub } from '../vm/objects/str.js';
import { PyBytes, PyByteArray, bytesType, bytearrayType } from '../vm/objects/bytes.js';
import { memoryviewType } from '../vm/objects/memoryview.js';
import { rangeType, sliceType } from '../vm/objects/range.js';
import { setType, frozensetType, hash64, hashToInt } from '../vm/objects/set.js';
import { None, NotImplemented, Ellipsis } from '../vm/objects/singletons.js';
import {
  builtinExceptionTypes, typeError, valueError, overflowError, stopIteration, newException, PyBaseException,
  AttributeError, StopIteration, EOFError, OSError, runtimeError,
} from '../vm/objects/exceptions.js';
import { PyCallableIterator, PyDictIterator, DictIterKind, PyListIterator, PyTupleIterator, PyRangeIterator, PyStrIterator } from '../vm/objects/iterators.js';
import { PyGenerator } from '../vm/objects/generator.js';
import type { Frame } from '../vm/frame.js';
import { typeOf, typeName, argTypeName } from '../vm/ops/typeof.js';
import { repr, reprObject, str, lenValue, index, truthy } from '../vm/ops/convert.js';
import { richCompare } from '../vm/ops/compare.js';
import { call, callSpecialMethod } from '../vm/ops/call.js';
import { getAttr, getAttrOpt, setAttr } from '../vm/ops/attribute.js';
import { binaryOp, BinOp, binaryDunder } from '../vm/ops/arith.js';
import { dictRestArray, getIter, iterNext, pushAll, toArray } from '../vm/ops/sequence.js';
import { askLengthHint } from '../vm/ops/length_hint.js';
import { format, asciiObject } from '../vm/ops/format.js';
import { intToString } from '../vm/format/int_text.js';
import { intDivmod, intPowMod } from '../vm/format/bigint_math.js';
import { Cmp } from '../vm/opcodes.js';
import { withRecursionCheck, checkNativeCallDepth, recursionError } from '../vm/errors.js';
import { COLD_LEVEL_BUILTINS } from '../vm/cold_call_level.js';
import { installQuitters } from './site_quitter.js';
import { installIteratorReduce } from '../vm/methods/iterator_reduce.js';
import { installPrinters } from './site_printer.js';
import { installHelper } from './site_helper.js';
import { checkArgCount, noArgs, noKwargs, oneArg, parseArgs } from '../vm/methods/args.js';
import { anyId, shareGenericGetAttribute } from '../vm/methods/object.js';
import { listSort } from '../vm/methods/list.js';
import { PyUnionType } from '../vm/methods/union_type.js';
import { installRangeMethods } from '../vm/methods/range.js';
import {
  installIteratorMethods, enumerateType, zipType, mapType, filterType, reversedType,
} from '../vm/methods/iterators.js';
import { typeInstanceCheck } from '../vm/methods/type.js';
import { superType } from '../vm/methods/super.js';
import { buildClassFunction } from '../vm/build_class.js';
import { lastReturnValue } from '../vm/eval.js';
import { aiterOf, anextOf, installANextAwaitable } from '../vm/methods/anext_awaitable.js';
import { PyTextStream } from './sys.js';
import { builtin_open, installFileTypes, fileWriteText, PyFile, textIOWrapperType } from './io_file.js';
import { frameLocals as frameLocalsDict } from '../vm/methods/misc.js';
import type { VM } from '../vm/vm.js';
import { realNamespace } from '../vm/namespace_mapping.js';
import { abstractBases, abstractIsSubclass } from '../vm/ops/abstract_class.js';

// ---- helpers ----

/** The recursion check of a C function call ("maximum recursion depth exceeded while calling a Python object"). */
const CALLING = ' while calling a Python object';

function isIntValue(o: PyObject): o is number | bigint {
  return typeof o === 'number' || typeof o === 'bigint';
}

/** An attribute name: a str, or a str subclass instance's value (CPython accepts any str). */
function attrName(o: PyObject): string {
  const name = strVal(o);
  if (name === undefined) throw typeError(`attribute name must be string, not '${typeName(o)}'`);
  return name;
}

function isAttributeError(e: unknown): boolean {
  return e instanceof PyBaseException && e.cls.isSubtypeOf(AttributeError);
}

function isStopIteration(e: unknown): e is PyBaseException {
  return e instanceof PyBaseException && e.cls.isSubtypeOf(StopIteration);
}

/** The sys module's attribute `name`, or undefined (no sys module yet, or no such attribute). */
function sysAttr(vm: VM, name: string): PyObject | undefined {
  const sys = vm.modules.getStr('sys');
  if (!(sys instanceof PyModule)) return undefined;
  return sys.dict.getStr(name);
}

/**
 * sys.stdin/stdout/stderr for print() and input(): undefined (the native stream) only before
 * sys exists; once it does, a deleted one is `lost` (CPython's RuntimeError).
 */
function sysStream(vm: VM, name: string, lost: string): PyObject | undefined {
  const sys = vm.modules.getStr('sys');
  if (!(sys instanceof PyModule)) return undefined;
  const v = sys.dict.getStr(name);
  if (v === undefined) throw runtimeError(lost);
  return v;
}

/** Any surrogate code unit: text that may not encode (print writes such an item by itself). */
const SURROGATE_UNIT = /[\ud800-\udfff]/;

/** file.write(text) for print() and input(): the native stdout stream directly, anything else through write(). */
function writeTo(vm: VM, file: PyObject | undefined, text: string): void {
  if (file === undefined) {
    vm.io.stdout(text);
    return;
  }
  if (file instanceof PyTextStream && !file.closed && file.write !== null) {
    file.writeText(text);
    return;
  }
  if (fileWriteText(vm, file, text)) return;
  call(vm, getAttr(vm, file, 'write'), [text]);
}

function isOpenTextFile(f: PyObject): boolean {
  return f instanceof PyFile && f.cls === textIOWrapperType && !f.closed && f.writable;
}

function flushFile(vm: VM, file: PyObject | undefined): void {
  // The standard streams: what the tpy command holds back of stdout goes out (sys.stdout.flush()).
  if (file === undefined || file instanceof PyTextStream) {
    if (file === undefined || file.fd === 1) vm.io.flush?.();
    return;
  }
  const f = getAttrOpt(vm, file, 'flush');
  if (f !== undefined) call(vm, f, []);
}


// ---- I/O ----

/**
 * A printed line the tpy command's text layer cannot take whole without passing on what it
 * holds: written item by item, separator by separator, then the end, as CPython's print()
 * writes them, so the layer passes its text on at the same points as CPython's.
 */
function printedLineSplit(vm: VM, file: PyObject | undefined, out: string, ends: number[]): void {
  let at = 0;
  for (const e of ends) {
    if (e > at) writeTo(vm, file, out.slice(at, e));
    at = e;
  }
  if (at < out.length) writeTo(vm, file, out.slice(at));
}

const builtin_print: NativeFn = (vm, args, kwargs) => {
  let sep = ' ';
  let end = '\n';
  let fileArg: PyObject = None;
  let flush = false;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      switch (k) {
        case 'sep':
          if (v !== None && typeof v !== 'string') throw typeError(`sep must be None or a string, not ${typeName(v)}`);
          if (typeof v === 'string') sep = v;
          break;
        case 'end':
          if (v !== None && typeof v !== 'string') throw typeError(`end must be None or a string, not ${typeName(v)}`);
          if (typeof v === 'string') end = v;
          break;
        case 'file': fileArg = v; break;
        case 'flush': flush = truthy(vm, v); break;
        default: throw typeError(`'${k}' is an invalid keyword argument for print()`);
      }
    }
  }
  let file: PyObject | undefined = fileArg === None ? sysStream(vm, 'stdout', 'lost sys.stdout') : fileArg;
  if (file === None) return None;
  const direct = file === undefined || (file instanceof PyTextStream && !file.closed && file.write !== null) || isOpenTextFile(file);
  let printedSomething = false;
  if (direct) {
    // One write for the whole line; on an error, what was converted so far is still written.
    // CPython converts the first item, then calls write(), which checks the recursion depth.
    let out = '';
    // Where each item and separator of `out` ends (printedLineSplit). Not shared between
    // calls: an item's __str__ may print.
    const ends: number[] = [];
    // A line-buffered stream (stderr) flushes at a write with a newline, in that write:
    // TextIOWrapper.write calls its buffer's flush(), which calls the raw stream's write(),
    // two more levels of recursion (measured); CPython writes each piece by itself, and the
    // piece whose flush fails is written all the same.
    const lineBuffered = file instanceof PyTextStream && file.lineBuffering;
    // A write-through stream (-u) passes each write on to its buffer's write(), a level more
    // (sys.stdout.write); the first write's check is the one that can fail.
    const writeLevels = file instanceof PyTextStream && file.writeThrough ? 2 : 1;
    try {
      if (args.length === 0) checkNativeCallDepth(vm, writeLevels);
      for (let i = 0; i < args.length; i++) {
        if (i > 0) {
          out += sep;
          ends.push(out.length);
          if (lineBuffered && sep.includes('\n')) checkNativeCallDepth(vm, 3);
        }
        const a = args[i];
        const s = typeof a === 'string' ? a : str(vm, a);
        if (i === 0) checkNativeCallDepth(vm, writeLevels);
        const flushes = lineBuffered && s.includes('\n');
        if (SURROGATE_UNIT.test(s)) {
          // CPython writes each item by itself: an item the stream cannot encode fails alone.
          writeTo(vm, file, out);
          out = '';
          ends.length = 0;
          writeTo(vm, file, s);
        } else {
          out += s;
          ends.push(out.length);
        }
        // The text is the stream's before its flush fails (written at exit all the same).
        if (flushes) checkNativeCallDepth(vm, 3);
      }
      out += end;
      printedSomething = out !== '';
      if (lineBuffered && end.includes('\n')) checkNativeCallDepth(vm, 3);
    } finally {
      if (out !== '') {
        const room = file instanceof PyTextStream && file.fd === 1 ? vm.io.stdoutRoom : undefined;
        if (room !== undefined && out.length >= room.call(vm.io)) printedLineSplit(vm, file, out, ends);
        else writeTo(vm, file, out);
      }
    }
  } else {
    for (let i = 0; i < args.length; i++) {
      if (i > 0) writeTo(vm, file, sep);
      writeTo(vm, file, str(vm, args[i]));
    }
    writeTo(vm, file, end);
  }
  if (flush) {
    // print()'s flush of a standard stream is TextIOWrapper.flush(), then its buffer's flush(),
    // which writes what print() left there through the raw stream: a third level (measured).
    if (direct && file instanceof PyTextStream) checkNativeCallDepth(vm, printedSomething ? 3 : 2);
    flushFile(vm, file);
  }
  return None;
};

const builtin_input: NativeFn = (vm, args, kwargs) => {
  noKwargs('input', kwargs);
  checkArgCount('input', args, 0, 1, 0);
  const stdin = sysStream(vm, 'stdin', 'input(): lost sys.stdin');
  const stdout = sysStream(vm, 'stdout', 'input(): lost sys.stdout');
  const stderr = sysStream(vm, 'stderr', 'input(): lost sys.stderr');
  if (stdin === None) throw runtimeError('input(): lost sys.stdin');
  if (stdout === None) throw runtimeError('input(): lost sys.stdout');
  if (stderr === None) throw runtimeError('input(): lost sys.stderr');
  // CPython asks both for their fileno() before the prompt: a closed one fails there.
  for (const s of [stdin, stdout]) if (s instanceof PyTextStream && s.closed) throw valueError('I/O operation on closed file.');
  if (args.length > 0) {
    writeTo(vm, stdout, str(vm, args[0]));
    flushFile(vm, stdout);
  }
  let line: string | null;
  if (stdin === undefined) line = vm.io.readLine();
  else if (stdin instanceof PyTextStream && stdin.readLine !== null) line = stdin.nextLine();
  else {
    const r = call(vm, getAttr(vm, stdin, 'readline'), []);
    if (typeof r !== 'string') throw typeError('object.readline() returned non-string');
    line = r;
  }
  if (line === null || line === '') throw newException(EOFError, 'EOF when reading a line');
  return line.endsWith('\n') ? line.slice(0, -1) : line;
};

// ---- numbers ----


function absOf(vm: VM, x: PyObject): PyObject {
  if (typeof x === 'number') return Math.abs(x);
  if (typeof x === 'bigint') return normInt(x < 0n ? -x : x);
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyFloat && !x.cls.isHeapType) return new PyFloat(Math.abs(x.value));
  const m = typeOf(x).lookup('__abs__');
  if (m === undefined) throw typeError(`bad operand type for abs(): '${typeName(x)}'`);
  return callSpecialMethod(vm, x, m, []);
};

const builtin_divmod: NativeFn = (vm, args, kwargs) => {
  noKwargs('divmod', kwargs);
  checkArgCount('divmod', args, 2, 2, 0);
  const [a, b] = args;
  if (isIntValue(a) && isIntValue(b)) return newTuple(intDivmod(a, b));
  const r = binaryDunder(vm, a, b, '__divmod__', '__rdivmod__');
  if (r === NotImplemented) throw typeError(`unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
  return r;
};

const builtin_pow: NativeFn = (vm, args, kwargs) => {
  const [base, exp, mod] = parseArgs('pow', args, kwargs, { names: ['base', 'exp', 'mod'], required: 2 }, 0);
  if (mod === undefined || mod === None) return binaryOp(vm, base!, exp!, BinOp.POW);
  const b = base!;
  const e = exp!;
  const asInt = (o: PyObject): number | bigint | undefined => (isIntValue(o) ? o : typeof o === 'boolean' ? (o ? 1 : 0) : undefined);
  const ib = asInt(b);
  const ie = asInt(e);
  const im = asInt(mod);
  if (ib !== undefined && ie !== undefined && im !== undefined) return intPowMod(ib, ie, im);
  const m = typeOf(b).lookup('__pow__');
  if (m !== undefined) {
    const r = callSpecialMethod(vm, b, m, [e, mod]);
    if (r !== NotImplemented) return r;
  }
  // ternary_op tries the other operands' nb_power too: complex's refuses any modulus, and
  // float's any third argument.
  if (e instanceof PyComplex || mod instanceof PyComplex) throw valueError('complex modulo');
  if (e instanceof PyFloat || mod instanceof PyFloat) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  throw typeError(`unsupported operand type(s) for ** or pow(): '${typeName(b)}', '${typeName(e)}', '${typeName(mod)}'`);
};

const builtin_round: NativeFn = (vm, args, kwargs) => {
  const [number, ndigits] = parseArgs('round', args, kwargs, { names: ['number', 'ndigits'], required: 1 }, 0);
  const x = number!;
  const m = typeOf(x).lookup('__round__');
  if (m === undefined) throw typeError(`type ${typeName(x)} doesn't define __round__ method`);
  const roundArgs = ndigits === undefined || ndigits === None ? [] : [ndigits];
  // A built-in type's __round__ is called from C as a bound method: a level of recursion of its own.
  if (m instanceof PyMethodDescriptor) return withRecursionCheck(vm, CALLING, () => callSpecialMethod(vm, x, m, roundArgs));
  return callSpecialMethod(vm, x, m, roundArgs);
};

function intText(base: 2 | 8 | 16, name: string): NativeFn {
  return (vm, args, kwargs) => {
    const x = oneArg(name, args, kwargs, 0);
    return intToString(index(vm, x), base, true);
  };
}

/** sum(iterable, /, start=0): an int fast path, then left-to-right additions. */
const builtin_sum: NativeFn = (vm, args, kwargs) => {
  const [iterable, startArg] = parseArgs('sum', args, kwargs, { names: ['iterable', 'start'], required: 1, posOnly: 1 }, 0);
  return sumOf(vm, iterable!, startArg);
};

function sumOf(vm: VM, iterable: PyObject, startArg: PyObject | undefined): PyObject {
  // The bytes of an exact bytes or bytearray, added without an iterator (checksums do this).
  if ((iterable instanceof PyBytes && iterable.cls === bytesType) || (iterable instanceof PyByteArray && iterable.cls === bytearrayType)) {
    if (startArg === undefined || (typeof startArg === 'number' && Number.isSafeInteger(startArg))) {
      let acc = startArg === undefined ? 0 : startArg;
      for (const b of iterable.data) acc += b;
      if (Number.isSafeInteger(acc)) return acc;
    }
  }
  const it = getIter(vm, iterable);
  let result: PyObject = startArg === undefined ? 0 : startArg;
  if (typeof result === 'number') {
    // The ints of an exact list or tuple, or of a dict's values or keys not yet iterated:
    // added in one scan (no iterator step per item; the dict's taken in one copy, without
    // moving its iterator, so that anything else starts over as usual).
    const items = (iterable instanceof PyList || iterable instanceof PyTuple) && !iterable.cls.isHeapType ? iterable.items
      : it instanceof PyDictIterator && it.kind !== DictIterKind.Items && !it.done && it.taken === 0 && it.source.size === it.initialSize
        ? (it.kind === DictIterKind.Values ? it.source.valueArray() : it.source.keyArray()) : null;
    const total = items === null ? undefined : sumNumbers(items, result);
    if (total !== undefined) {
      if (it instanceof PyDictIterator) {
        // Exhausted, as iterating would leave it (it may be the argument itself).
        it.taken = it.initialSize;
        it.done = true;
      }
      return total;
    }
  }
  if (typeof result === 'string') throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (result instanceof PyBytes) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (result instanceof PyByteArray) throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  if (typeof result === 'number') {
    let acc = result;
    // A generator adds its ints in one nested run (vm.generatorPump); anything else comes back here.
    const sink = (item: PyObject): boolean => {
      if (typeof item !== 'number') return false;
      const s = acc + item;
      if (!Number.isSafeInteger(s)) return false;
      acc = s;
      return true;
    };
    for (;;) {
      const item = it instanceof PyGenerator ? vm.generatorPump(it, sink) : iterNext(vm, it);
      if (item === undefined) return acc;
      if (typeof item === 'number' || typeof item === 'boolean') {
        const s = acc + (item === true ? 1 : item === false ? 0 : item);
        if (Number.isSafeInteger(s)) {
          acc = s;
          continue;
        }
      }
      result = binaryOp(vm, acc, item, BinOp.ADD);
      break;
    }
  }
  if (result instanceof PyFloat && !result.cls.isHeapType) {
    let f = result.value;
    for (;;) {
      const item = iterNext(vm, it);
      if (item === undefined) return new PyFloat(f);
      if (item instanceof PyFloat && !item.cls.isHeapType) f += item.value;
      else if (typeof item === 'number') f += item;
      else {
        result = binaryOp(vm, new PyFloat(f), item, BinOp.ADD);
        break;
      }
    }
  }
  for (let item = iterNext(vm, it); item !== undefined; item = iterNext(vm, it)) result = binaryOp(vm, result, item, BinOp.ADD);
  return result;
}

/** start plus the items when all are ints that are JS numbers and every partial sum is safe; undefined otherwise. In chunks, as extremeNumber. */
function sumNumbers(items: PyObject[], start: number): number | undefined {
  let acc: number | undefined = start;
  for (let lo = 0; lo < items.length && acc !== undefined; lo += 4096) acc = sumNumbersIn(items, acc, lo, Math.min(lo + 4096, items.length));
  return acc;
}

function sumNumbersIn(items: PyObject[], acc: number, lo: number, hi: number): number | undefined {
  for (let i = lo; i < hi; i++) {
    const v = items[i];
    if (typeof v !== 'number') return undefined;
    acc += v;
    if (!Number.isSafeInteger(acc)) return undefined;
  }
  return acc;
}

/** Whether min/max's candidate `val` replaces `bestVal` (`op` is Cmp.LT for min, Cmp.GT for max). */
function isBetter(vm: VM, val: PyObject, bestVal: PyObject, op: Cmp): boolean {
  if (typeof val === 'number' && typeof bestVal === 'number') return op === Cmp.LT ? val < bestVal : val > bestVal;
  const r = richCompare(vm, val, bestVal, op);
  return typeof r === 'boolean' ? r : truthy(vm, r);
}

/**
 * The recursion levels of min() and max(): their call is one (METH_VARARGS, checked as a
 * C call), each comparison in it another (PyObject_RichCompare's " in comparison").
 */
function minMaxCompareCheck(vm: VM): void {
  if (vm.depth + 1 >= vm.recursionLimit) throw recursionError(vm.depth >= vm.recursionLimit ? CALLING : ' in comparison');
}

/**
 * A METH_O built-in (abs, hash, ord, any...): CPython 3.11 checks the recursion limit on
 * calling it, and what it runs in turn (`__abs__`, a generator's frames) is a level deeper.
 * `runsCode(arg)` says whether this argument may run tpy code (a level is taken only then).
 */
function methO(f: Native1, runsCode: (o: PyObject) => boolean): Native1 {
  return (vm, o) => {
    if (vm.depth >= vm.recursionLimit) throw recursionError(CALLING);
    if (!runsCode(o)) return f(vm, o);
    vm.depth++;
    try {
      return f(vm, o);
    } finally {
      vm.depth--;
    }
  };
}

/** True for an object whose type may run tpy code in a slot (an instance of a class statement's class). */
function mayRunCode(o: PyObject): boolean {
  return typeof o === 'object' && o.cls.isHeapType;
}

const never = (): boolean => false;
const always = (): boolean => true;

/**
 * The least (Cmp.LT) or greatest (Cmp.GT) of `items` when all are ints that are JS numbers
 * (equal ones cannot be told apart, so which is first does not matter); undefined otherwise.
 * In chunks, each a call: V8 optimises a function when it is called (no on-stack replacement).
 */
function extremeNumber(items: PyObject[], op: Cmp): number | undefined {
  const first = items[0];
  if (typeof first !== 'number') return undefined;
  let best: number = first;
  for (let lo = 1; lo < items.length; lo += 4096) {
    const b: number | undefined = op === Cmp.LT ? minNumberIn(items, best, lo, Math.min(lo + 4096, items.length)) : maxNumberIn(items, best, lo, Math.min(lo + 4096, items.length));
    if (b === undefined) return undefined;
    best = b;
  }
  return best;
}

function minNumberIn(items: PyObject[], best: number, lo: number, hi: number): number | undefined {
  for (let i = lo; i < hi; i++) {
    const v = items[i];
    if (typeof v !== 'number') return undefined;
    if (v < best) best = v;
  }
  return best;
}

function maxNumberIn(items: PyObject[], best: number, lo: number, hi: number): number | undefined {
  for (let i = lo; i < hi; i++) {
    const v = items[i];
    if (typeof v !== 'number') return undefined;
    if (v > best) best = v;
  }
  return best;
}

/** min(a, b) / max(a, b) without keywords: the loop below for two items. */
function minMax2(op: Cmp): Native2 {
  return (vm, a, b) => {
    minMaxCompareCheck(vm);
    // Two ints call no code: the level need not be taken.
    if (typeof a === 'number' && typeof b === 'number') return (op === Cmp.LT ? b < a : b > a) ? b : a;
    vm.depth++;
    try {
      return isBetter(vm, b, a, op) ? b : a;
    } finally {
      vm.depth--;
    }
  };
}

/** min() and max() (min_max): `op` is Cmp.LT for min, Cmp.GT for max. */
function minMax(name: string, op: Cmp): NativeFn {
  const body = minMaxBody(name, op);
  return (vm, args, kwargs) => withRecursionCheck(vm, CALLING, () => body(vm, args, kwargs));
}

function minMaxBody(name: string, op: Cmp): NativeFn {
  return (vm, args, kwargs) => {
    let key: PyObject | undefined;
    let dflt: PyObject | undefined;
    // CPython checks the positional arguments first, then the keywords' count, then their names.
    if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    if (kwargs !== null) {
      if (kwargs.size > 2) throw typeError(`${name}() takes at most 2 keyword arguments (${kwargs.size} given)`);
      for (const [k, v] of kwargs) {
        if (k === 'key') key = v;
        else if (k === 'default') dflt = v;
        else throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
      }
    }
    const positional = args.length > 1;
    if (positional && dflt !== undefined) {
      throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    }
    if (key === None) key = undefined;
    // The ints of an exact list or tuple: compared in one scan, no iterator.
    const seq = args[0];
    if (key === undefined && !positional && (seq instanceof PyList || seq instanceof PyTuple) && !seq.cls.isHeapType && seq.items.length > 0) {
      const found = extremeNumber(seq.items, op);
      if (found !== undefined) {
        // The comparisons the loop below would make check the limit (' in comparison') as it does.
        if (seq.items.length > 1 && vm.depth >= vm.recursionLimit) throw recursionError(' in comparison');
        return found;
      }
    }
    const it = getIter(vm, positional ? newTuple(args.slice()) : args[0]);
    let best: PyObject | undefined;
    let bestVal: PyObject | undefined;
    // Without a key, a generator's ints are compared as it yields them (vm.generatorPump):
    // anything else (the first value, other types) comes back to the loop below.
    const sink = key !== undefined || !(it instanceof PyGenerator) ? null : (v: PyObject): boolean => {
      if (typeof v !== 'number' || typeof bestVal !== 'number') return false;
      if (op === Cmp.LT ? v < bestVal : v > bestVal) best = bestVal = v;
      return true;
    };
    const next = (): PyObject | undefined => (sink !== null ? vm.generatorPump(it as PyGenerator, sink) : iterNext(vm, it));
    for (let item = next(); item !== undefined; item = next()) {
      const val = key === undefined ? item : call(vm, key, [item]);
      if (bestVal === undefined) {
        best = item;
        bestVal = val;
        continue;
      }
      // (one level in, under min()/max()'s own)
      if (vm.depth >= vm.recursionLimit) throw recursionError(' in comparison');
      if (isBetter(vm, val, bestVal, op)) {
        best = item;
        bestVal = val;
      }
    }
    if (best === undefined) {
      if (dflt !== undefined) return dflt;
      throw valueError(`${name}() arg is an empty sequence`);
    }
    return best;
  };
}

const builtin_sorted: NativeFn = (vm, args, kwargs) => {
  checkArgCount('sorted', args, 1, 1, 0);
  const l = listOf(vm, args[0]);
  const [key, rev] = parseArgs('sort', [l], kwargs, { names: ['key', 'reverse'], kwOnly: 2 });
  const r = rev === undefined ? 0 : index(vm, rev);
  // sorted() calls the new list's sort() as a C call: a recursion level for its key calls and comparisons.
  withRecursionCheck(vm, CALLING, () => listSort(vm, l, key ?? None, r !== 0 && r !== 0n));
  return l;
};

/** sorted(iterable) without keywords. */
function sorted1(vm: VM, iterable: PyObject): PyObject {
  const l = listOf(vm, iterable);
  withRecursionCheck(vm, CALLING, () => listSort(vm, l, None, false));
  return l;
}

/** A new list of the items of `iterable` (sorted's first step). */
function listOf(vm: VM, iterable: PyObject): PyList {
  // An exact list or tuple is copied as it is (list_extend's fast path: no __iter__, no
  // length hint to ask); V8 copies its array at once, where pushing took ~8 ns an item.
  if ((iterable instanceof PyList || iterable instanceof PyTuple) && !iterable.cls.isHeapType) return new PyList(iterable.items.slice());
  const it = getIter(vm, iterable);
  askLengthHint(vm, iterable);
  const rest = it instanceof PyDictIterator ? dictRestArray(it) : null;
  if (rest !== null) return new PyList(rest);
  const l = new PyList([]);
  pushAll(vm, it, l.items);
  return l;
}

function anyAll(wantAny: boolean): Native1 {
  // A generator runs until a value decides (vm.generatorPump); values whose truth needs
  // tpy code (__bool__, __len__) come back to the loop below.
  const sink = (v: PyObject): boolean => {
    if (typeof v === 'boolean') return v !== wantAny;
    if (typeof v === 'number') return (v !== 0) !== wantAny;
    if (v === None) return wantAny;
    return false;
  };
  return (vm, iterable) => {
    const it = getIter(vm, iterable);
    for (;;) {
      const v = it instanceof PyGenerator ? vm.generatorPump(it, sink) : iterNext(vm, it);
      if (v === undefined) return !wantAny;
      if (truthy(vm, v) === wantAny) return wantAny;
    }
  };
}

// ---- types and attributes ----

/** A types.UnionType (int | str): its member types, or null for anything else. */
function unionArgs(o: PyObject): PyObject[] | null {
  return o instanceof PyUnionType ? o.args : null;
}

export function isInstance(vm: VM, inst: PyObject, cls: PyObject): boolean {
  if (typeOf(inst) === cls) return true;
  if (cls instanceof PyType && typeOf(cls) === typeType) return typeInstanceCheck(vm, cls, inst);
  const members = unionArgs(cls);
  if (members !== null) return members.some((c) => isInstance(vm, inst, c));
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isInstance(vm, inst, c)) return true;
    return false;
  }
  const checker = typeOf(cls).lookup('__instancecheck__');
  if (checker !== undefined && checker !== None) return truthy(vm, callSpecialMethod(vm, cls, checker, [inst]));
  // Not a type: an object with a __bases__ tuple is a class for this (abstract_issubclass).
  if (abstractBases(vm, cls) === undefined) throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
  const icls = getAttrOpt(vm, inst, '__class__');
  return icls !== undefined && abstractIsSubclass(vm, icls, cls);
}

export function isSubclass(vm: VM, derived: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType && typeOf(cls) === typeType) {
    if (derived === cls) return true;
    if (!(derived instanceof PyType)) return abstractSubclassOf(vm, derived, cls);
    return derived.isSubtypeOf(cls);
  }
  const members = unionArgs(cls);
  if (members !== null) return members.some((c) => isSubclass(vm, derived, c));
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isSubclass(vm, derived, c)) return true;
    return false;
  }
  const checker = typeOf(cls).lookup('__subclasscheck__');
  if (checker !== undefined && checker !== None) return truthy(vm, callSpecialMethod(vm, cls, checker, [derived]));
  if (!(derived instanceof PyType) && abstractBases(vm, derived) === undefined) throw typeError('issubclass() arg 1 must be a class');
  if (abstractBases(vm, cls) === undefined) throw typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return abstractIsSubclass(vm, derived, cls);
}

/** issubclass(derived, cls) for a derived that is no type: a class only by its __bases__ tuple. */
function abstractSubclassOf(vm: VM, derived: PyObject, cls: PyObject): boolean {
  if (abstractBases(vm, derived) === undefined) throw typeError('issubclass() arg 1 must be a class');
  return abstractIsSubclass(vm, derived, cls);
}

export function isCallable(o: PyObject): boolean {
  if (typeof o !== 'object') return false;
  if (o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyMethod || o instanceof PyMethodDescriptor
    || o instanceof PyType || o instanceof PyStaticMethod) return true;
  const c = o.cls.lookup('__call__');
  return c !== undefined && c !== None;
}

/**
 * locals() of a frame: the namespace dict of module and class frames; for a function frame,
 * its f_locals dict, refreshed from its variables (PyEval_GetLocals): the same dict on every
 * call, keeping names exec() or the caller put there, as in CPython 3.11.
 */
export function frameLocals(vm: VM, frame: Frame | null): PyDict {
  if (frame === null) return new PyDict();
  return frameLocalsDict(vm, frame);
}

function sortedNames(vm: VM, names: PyObject[]): PyList {
  const l = new PyList(names);
  listSort(vm, l, None, false);
  return l;
}

const builtin_dir: NativeFn = (vm, args, kwargs) => {
  noKwargs('dir', kwargs);
  checkArgCount('dir', args, 0, 1, 0);
  if (args.length === 0) {
    // PyMapping_Keys of the caller's namespace: anything but an exact dict answers its keys().
    const ns = realNamespace(frameLocals(vm, vm.frame));
    if (ns instanceof PyDict && ns.cls === dictType) return sortedNames(vm, Array.from(ns.keys()));
    return sortedNames(vm, toArray(vm, call(vm, getAttr(vm, ns, 'keys'), [])));
  }
  const o = args[0];
  if (o instanceof PyModule && o.cls.lookup('__dir__') === objectType.typeDict.get('__dir__')) {
    const d = getAttrOpt(vm, o, '__dict__');
    if (!(d instanceof PyDict)) throw typeError('<module>.__dict__ is not a dictionary');
    return sortedNames(vm, Array.from(d.keys()));
  }
  const m = typeOf(o).lookup('__dir__');
  if (m === undefined || m === None) throw typeError('object does not provide __dir__');
  const r = callSpecialMethod(vm, o, m, []);
  const names: PyObject[] = [];
  const it = getIter(vm, r);
  for (let v = iterNext(vm, it); v !== undefined; v = iterNext(vm, it)) names.push(v);
  return sortedNames(vm, names);
};

const builtin_next: NativeFn = (vm, args, kwargs) => {
  noKwargs('next', kwargs);
  checkArgCount('next', args, 1, 2, 0);
  return nextOf(vm, args[0], args.length > 1 ? args[1] : undefined);
};

/** next(it[, default]): `dflt` undefined when not given. */
function nextOf(vm: VM, it: PyObject, dflt: PyObject | undefined): PyObject {
  const hasDefault = dflt !== undefined;
  if (it instanceof PyGenerator) {
    const v = vm.generatorSend(it, None, true);
    if (v !== undefined) return v;
    if (hasDefault) return dflt!;
    throw stopIteration(lastReturnValue);
  }
  const t = typeOf(it);
  const m = t.lookup('__next__');
  if (m === undefined) throw typeError(`'${t.tpName}' object is not an iterator`);
  // Generator-like natives (coroutine_wrapper, async generators' awaitables) end with a
  // StopIteration that carries their result: let it through as it is.
  if (t.isHeapType || t.lookup('send') !== undefined) {
    let e: unknown;
    try {
      // A class's __next__ function ends by raising StopIteration: taken without a JavaScript
      // throw when its compiled body raised it (vm.callFunctionWithSelfOrRaised).
      if (!(m instanceof PyFunction)) return callSpecialMethod(vm, it, m, []);
      const v = vm.callFunctionWithSelfOrRaised(m, it, []);
      if (v !== RAISED) return v;
      e = takeRaised(vm);
    } catch (thrown) {
      e = thrown;
    }
    if (hasDefault && isStopIteration(e)) return dflt!;
    throw e;
  }
  const v = iterNext(vm, it);
  if (v !== undefined) return v;
  if (hasDefault) return dflt!;
  throw stopIteration();
}

/**
 * next(it[, default]) as a plain entry (function.ts): a built-in sequence's, range's, str's or
 * dict's iterator, whose step runs no tpy code; its StopIteration handed back without a
 * throw (RAISED). undefined for any other iterator (a generator runs tpy code).
 */
function nextPlain(vm: VM, it: PyObject, dflt: PyObject | undefined): PyObject | undefined {
  if (!(it instanceof PyListIterator || it instanceof PyTupleIterator || it instanceof PyRangeIterator || it instanceof PyStrIterator || it instanceof PyDictIterator)) {
    return undefined;
  }
  const v = iterNext(vm, it);
  if (v !== undefined) return v;
  return dflt !== undefined ? dflt : raisedPlain(vm, stopIteration());
}

const builtin_iter: NativeFn = (vm, args, kwargs) => {
  noKwargs('iter', kwargs);
  checkArgCount('iter', args, 1, 2, 0);
  if (args.length === 1) return getIter(vm, args[0]);
  if (!isCallable(args[0])) throw typeError('iter(v, w): v must be callable');
  return new PyCallableIterator(args[0], args[1]);
};

function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === 0 || s.charCodeAt(i - 1) < 0xd800 || s.charCodeAt(i - 1) > 0xdbff) n++;
  }
  return n;
}


function ordOf(vm: VM, c: PyObject): PyObject {
  if (typeof c === 'string') {
    const n = codePointLength(c);
    if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
    return c.codePointAt(0)!;
  }
  if (c instanceof PyBytes || c instanceof PyByteArray) {
    if (c.data.length !== 1) throw typeError(`ord() expected a character, but string of length ${c.data.length} found`);
    return c.data[0];
  }
  if (c instanceof PyStrSub) {
    const s = c.value;
    const n = codePointLength(s);
    if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
    return s.codePointAt(0)!;
  }
  throw typeError(`ord() expected string of length 1, but ${typeName(c)} found`);
}


function chrOf(vm: VM, x: PyObject): PyObject {
  const n = index(vm, x);
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) throw overflowError('Python int too large to convert to C int');
  if (n < 0 || n > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(n);
}

const builtin_getattr: NativeFn = (vm, args, kwargs) => {
  noKwargs('getattr', kwargs);
  checkArgCount('getattr', args, 2, 3, 0);
  if (args.length === 2) return getAttr(vm, args[0], attrName(args[1]));
  return getattr3(vm, args[0], args[1], args[2]);
};

/** getattr(o, name, default). */
function getattr3(vm: VM, o: PyObject, nameObj: PyObject, dflt: PyObject): PyObject {
  const name = attrName(nameObj);
  try {
    const v = getAttrOpt(vm, o, name, true);
    if (v === RAISED) return missingOrThrow(vm, dflt);
    return v === undefined ? dflt : v;
  } catch (e) {
    if (isAttributeError(e)) return dflt;
    throw e;
  }
}

const builtin_hasattr: NativeFn = (vm, args, kwargs) => {
  noKwargs('hasattr', kwargs);
  checkArgCount('hasattr', args, 2, 2, 0);
  return hasattr2(vm, args[0], args[1]);
};

function hasattr2(vm: VM, o: PyObject, nameObj: PyObject): PyObject {
  const name = attrName(nameObj);
  try {
    const v = getAttrOpt(vm, o, name, true);
    if (v === RAISED) return missingOrThrow(vm, false);
    return v !== undefined;
  } catch (e) {
    if (isAttributeError(e)) return false;
    throw e;
  }
}

/** getattr(o, name, default) and hasattr() given RAISED by getAttrOpt: `missing` for an AttributeError, else it is thrown. */
function missingOrThrow(vm: VM, missing: PyObject): PyObject {
  const e = takeRaised(vm);
  if (isAttributeError(e)) return missing;
  throw e;
}

const builtin_setattr: NativeFn = (vm, args, kwargs) => {
  noKwargs('setattr', kwargs);
  checkArgCount('setattr', args, 3, 3, 0);
  setAttr(vm, args[0], attrName(args[1]), args[2]);
  return None;
};

const builtin_delattr: NativeFn = (vm, args, kwargs) => {
  noKwargs('delattr', kwargs);
  checkArgCount('delattr', args, 2, 2, 0);
  setAttr(vm, args[0], attrName(args[1]), undefined);
  return None;
};

const builtin_vars: NativeFn = (vm, args, kwargs) => {
  noKwargs('vars', kwargs);
  checkArgCount('vars', args, 0, 1, 0);
  if (args.length === 0) return frameLocals(vm, vm.frame);
  try {
    return getAttr(vm, args[0], '__dict__');
  } catch (e) {
    if (isAttributeError(e)) throw typeError('vars() argument must have __dict__ attribute');
    throw e;
  }
};

const builtin_format: NativeFn = (vm, args, kwargs) => {
  noKwargs('format', kwargs);
  checkArgCount('format', args, 1, 2, 0);
  const specObj = args.length > 1 ? args[1] : '';
  const spec = strVal(specObj);
  if (spec === undefined) throw typeError(`format() argument 2 must be str, not ${argTypeName(specObj)}`);
  return format(vm, args[0], spec);
};

// ---- the module ----

let typesInstalled = false;

const BUILTINS_DOC = `Built-in functions, types, exceptions, and other objects.

This module provides direct access to all 'built-in'
identifiers of Python; for example, builtins.len is
the full name for the built-in function len().

This module is not normally accessed explicitly by most
applications, but can be useful in modules that provide
objects with the same name as a built-in value, but in
which the built-in of that name is also needed.`;

/** Fills the builtins module's namespace. */
export function initBuiltins(vm: VM, module: PyModule): void {
  if (!typesInstalled) {
    typesInstalled = true;
    installRangeMethods();
    installIteratorMethods();
    installIteratorReduce();
    installFileTypes();
    installANextAwaitable();
  }
  const d = module.dict;
  d.setStr('__doc__', BUILTINS_DOC);
  d.setStr('__package__', '');
  const fn = (name: string, f: NativeFn, fixed?: FixedArity) => d.setStr(name, builtin(name, f, 'builtins', fixed));

  fn('print', builtin_print);
  fn('input', builtin_input);
  fn('breakpoint', builtin_breakpoint);
  // open is io.open (its __module__ says so, and pickle finds it there).
  d.setStr('open', builtin('open', builtin_open, 'io'));
  // Plain entries (function.ts's Plain1) where no __len__, __repr__, __hash__, __index__ or
  // __class__ of the program can be involved: compiled code calls them with no write-back.
  fn('len', (vm, args, kwargs) => lenValue(vm, oneArg('len', args, kwargs, 0)), {
    call1: lenValue,
    plain1: (vm, o) => (o instanceof PyDict && o.cls === dictType ? o.size
      : typeof o === 'string' || (o instanceof PyList && o.cls === listType) || (o instanceof PyTuple && o.cls === tupleType) ? lenValue(vm, o) : undefined),
  });
  // METH_O builtins: CPython counts the call itself as a level of recursion (cfunction_vectorcall_O).
  const reprOf: Native1 = (vm, o) => withRecursionCheck(vm, CALLING, () => reprObject(vm, o));
  fn('repr', (vm, args, kwargs) => reprOf(vm, oneArg('repr', args, kwargs, 0)), {
    call1: reprOf,
    // Two levels, the call's and PyObject_Repr's: one below the limit, the full entry raises the latter's error.
    plain1: (vm, o) => ((typeof o === 'string' || typeof o === 'number') && vm.depth + 1 < vm.recursionLimit ? reprObject(vm, o) : undefined),
  });
  fn('ascii', (vm, args, kwargs) => withRecursionCheck(vm, CALLING, () => asciiObject(vm, oneArg('ascii', args, kwargs, 0))));
  const abs1 = methO(absOf, mayRunCode);
  // Plain entries answer only below the recursion limit: at it, the full call raises CPython's RecursionError.
  fn('abs', (vm, args, kwargs) => abs1(vm, oneArg('abs', args, kwargs, 0)), {
    call1: abs1,
    plain1: (vm, x) => (vm.depth < vm.recursionLimit && (typeof x === 'number' || (x instanceof PyFloat && x.cls === floatType)) ? absOf(vm, x) : undefined),
  });
  fn('min', minMax('min', Cmp.LT), {
    call2: minMax2(Cmp.LT),
    plain2: (vm, a, b) => (typeof a === 'number' && typeof b === 'number' && vm.depth + 1 < vm.recursionLimit ? (b < a ? b : a) : undefined),
  });
  fn('max', minMax('max', Cmp.GT), {
    call2: minMax2(Cmp.GT),
    plain2: (vm, a, b) => (typeof a === 'number' && typeof b === 'number' && vm.depth + 1 < vm.recursionLimit ? (b > a ? b : a) : undefined),
  });
  fn('sum', builtin_sum, { call1: (vm, it) => sumOf(vm, it, undefined), call2: sumOf });
  fn('sorted', builtin_sorted, { call1: sorted1 });
  for (const [name, wantAny] of [['any', true], ['all', false]] as const) {
    const f = methO(anyAll(wantAny), always);
    fn(name, (vm, args, kwargs) => f(vm, oneArg(name, args, kwargs, 0)), { call1: f });
  }
  fn('isinstance', (vm, args, kwargs) => {
    noKwargs('isinstance', kwargs);
    checkArgCount('isinstance', args, 2, 2, 0);
    return isInstance(vm, args[0], args[1]);
  }, {
    call2: isInstance,
    // A subtype is an instance with no look at __class__ (object_isinstance); a miss may run code.
    plain2: (vm, inst, cls) => (typeOf(inst) === cls || (cls instanceof PyType && typeOf(cls) === typeType && typeOf(inst).isSubtypeOf(cls)) ? true : undefined),
  });
  fn('issubclass', (vm, args, kwargs) => {
    noKwargs('issubclass', kwargs);
    checkArgCount('issubclass', args, 2, 2, 0);
    return isSubclass(vm, args[0], args[1]);
  });
  fn('hasattr', builtin_hasattr, { call2: hasattr2 });
  fn('getattr', builtin_getattr, { call2: (vm, o, name) => getAttr(vm, o, attrName(name)), call3: getattr3 });
  fn('setattr', builtin_setattr);
  fn('delattr', builtin_delattr);
  const id1 = methO((_vm, o) => anyId(o), never);
  fn('id', (vm, args, kwargs) => id1(vm, oneArg('id', args, kwargs, 0)), { call1: id1 });
  const hash1 = methO((vm, o) => hashToInt(hash64(vm, o)), mayRunCode);
  fn('hash', (vm, args, kwargs) => hash1(vm, oneArg('hash', args, kwargs, 0)), {
    call1: hash1,
    plain1: (vm, o) => ((typeof o === 'string' || typeof o === 'number') && vm.depth < vm.recursionLimit ? hashToInt(hash64(vm, o)) : undefined),
  });
  fn('iter', builtin_iter, { call1: getIter });
  fn('next', builtin_next, {
    call1: (vm, it) => nextOf(vm, it, undefined),
    call2: nextOf,
    plain1: (vm, it) => nextPlain(vm, it, undefined),
    plain2: nextPlain,
  });
  fn('aiter', (vm, args, kwargs) => aiterOf(vm, oneArg('aiter', args, kwargs, 0)), { call1: aiterOf });
  fn('anext', (vm, args, kwargs) => {
    noKwargs('anext', kwargs);
    checkArgCount('anext', args, 1, 2, 0);
    return anextOf(vm, args[0], args[1]);
  });
  const ord1 = methO(ordOf, never);
  fn('ord', (vm, args, kwargs) => ord1(vm, oneArg('ord', args, kwargs, 0)), {
    call1: ord1,
    plain1: (vm, c) => (typeof c === 'string' && vm.depth < vm.recursionLimit ? ordOf(vm, c) : undefined),
  });
  const chr1 = methO(chrOf, mayRunCode);
  fn('chr', (vm, args, kwargs) => chr1(vm, oneArg('chr', args, kwargs, 0)), {
    call1: chr1,
    plain1: (vm, x) => (typeof x === 'number' && vm.depth < vm.recursionLimit ? chrOf(vm, x) : undefined),
  });
  fn('hex', intText(16, 'hex'));
  fn('oct', intText(8, 'oct'));
  fn('bin', intText(2, 'bin'));
  fn('divmod', builtin_divmod);
  fn('pow', builtin_pow);
  fn('round', builtin_round);
  const callable1 = methO((_vm, o) => isCallable(o), never);
  fn('callable', (vm, args, kwargs) => callable1(vm, oneArg('callable', args, kwargs, 0)), { call1: callable1 });
  fn('vars', builtin_vars);
  fn('dir', builtin_dir);
  fn('globals', (vm, args, kwargs) => {
    noArgs('globals', args, kwargs, 0);
    return vm.frame === null ? new PyDict() : vm.frame.f_globals;
  });
  fn('locals', (vm, args, kwargs) => {
    noArgs('locals', args, kwargs, 0);
    return realNamespace(frameLocals(vm, vm.frame));
  });
  fn('format', builtin_format);
  d.setStr('__build_class__', buildClassFunction());
  // eval, exec, compile and __import__ are added by stdlib/builtins_exec.ts.
  // exit() and quit(), which CPython's site module adds.
  installQuitters(d);
  installHelper(d);
  installPrinters(d);

  const types: [string, PyType][] = [
    ['object', objectType], ['type', typeType], ['int', intType], ['bool', boolType], ['float', floatType], ['complex', complexType],
    ['str', strType], ['bytes', bytesType], ['bytearray', bytearrayType], ['memoryview', memoryviewType], ['list', listType], ['tuple', tupleType],
    ['dict', dictType], ['set', setType], ['frozenset', frozensetType], ['range', rangeType], ['slice', sliceType],
    ['enumerate', enumerateType], ['zip', zipType], ['map', mapType], ['filter', filterType],
    ['reversed', reversedType], ['property', propertyType], ['staticmethod', staticmethodType],
    ['classmethod', classmethodType], ['super', superType],
  ];
  for (const [name, t] of types) d.setStr(name, t);
  shareGenericGetAttribute([...types.map(([, t]) => t), ...builtinExceptionTypes]);
  // The types CPython 3.11 calls through a vectorcall entry: no recursion level of their own (ops/call.ts callType).
  for (const t of [typeType, boolType, floatType, listType, tupleType, dictType, setType, frozensetType, rangeType, enumerateType, mapType, filterType, superType]) t.vectorcall = true;
  strType.specializedCall1 = true;
  for (const name of COLD_LEVEL_BUILTINS) {
    const b = d.getStr(name);
    if (b instanceof PyBuiltinFunction) b.coldLevel = true;
  }
  for (const t of builtinExceptionTypes) d.setStr(t.name, t);
  d.setStr('EnvironmentError', OSError);
  d.setStr('IOError', OSError);
  d.setStr('None', None);
  d.setStr('True', true);
  d.setStr('False', false);
  d.setStr('Ellipsis', Ellipsis);
  d.setStr('NotImplemented', NotImplemented);
  d.setStr('__debug__', true);
  void vm;
}
