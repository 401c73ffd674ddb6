// sys.unraisablehook: where exceptions nobody can catch go (a generator a for loop dropped whose
// close() raised, an atexit callback, a _thread function), and its default report.

import type { PyObject } from '../vm/objects/object.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { PyType } from '../vm/objects/type.js';
import { PyTraceback } from '../vm/objects/traceback.js';
import { None } from '../vm/objects/singletons.js';
import { PyModule } from '../vm/objects/module.js';
import { builtin } from '../vm/objects/function.js';
import { PyBaseException, typeError } from '../vm/objects/exceptions.js';
import { call } from '../vm/ops/call.js';
import { getAttrOpt } from '../vm/ops/attribute.js';
import { repr, str } from '../vm/ops/convert.js';
import { formatTracebackEntries } from '../vm/traceback_format.js';
import { makeStructSeqType } from '../profiler/struct_seq.js';
import type { VM } from '../vm/vm.js';
import { PyTextStream } from './sys.js';

/** What the hook receives: a struct sequence named as CPython's (no module prefix). */
export const unraisableHookArgsType = makeStructSeqType(null, 'UnraisableHookArgs', ['exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object']);

/**
 * The default hook's text: "<err_msg>: <repr(object)>", the traceback, then "Type: str" (a
 * "module.Qualname" type outside builtins and __main__; ": " even before an empty str).
 */
function defaultReport(vm: VM, excType: PyObject, value: PyObject, tb: PyObject, errMsg: PyObject, obj: PyObject): string {
  let out = '';
  if (obj !== None) {
    out += errMsg !== None ? `${str(vm, errMsg)}: ` : 'Exception ignored in: ';
    try {
      out += repr(vm, obj);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      out += '<object repr() failed>';
    }
    out += '\n';
  } else if (errMsg !== None) {
    out += `${str(vm, errMsg)}:\n`;
  }
  if (tb instanceof PyTraceback) out += `Traceback (most recent call last):\n${formatTracebackEntries(vm, tb)}`;
  if (excType === None) return out;
  const module = excType instanceof PyType ? getAttrOpt(vm, excType, '__module__') : undefined;
  const qualname = excType instanceof PyType ? getAttrOpt(vm, excType, '__qualname__') : undefined;
  if (typeof module !== 'string') out += '<unknown>.';
  else if (module !== 'builtins' && module !== '__main__') out += `${module}.`;
  out += typeof qualname === 'string' ? qualname : '<unknown>';
  if (value !== None) {
    out += ': ';
    try {
      out += str(vm, value);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      out += '<exception str() failed>';
    }
  }
  return `${out}\n`;
}

/** sys.__unraisablehook__: writes the default report to sys.stderr. */
export function makeDefaultUnraisableHook(writeStderr: (vm: VM, text: string) => void): PyObject {
  return builtin('unraisablehook', (vm, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) throw typeError('sys.unraisablehook() takes no keyword arguments');
    if (args.length !== 1) throw typeError(`sys.unraisablehook() takes exactly one argument (${args.length} given)`);
    const a = args[0];
    if (!(a instanceof PyTuple) || !a.cls.isSubtypeOf(unraisableHookArgsType)) throw typeError('sys.unraisablehook argument type must be UnraisableHookArgs');
    const [excType, value, tb, errMsg, obj] = a.items;
    writeStderr(vm, defaultReport(vm, excType, value, tb, errMsg, obj));
    flushStderr(vm);
    return None;
  }, 'sys');
}

/**
 * What the default hook does after its report: sys.stderr.flush(), whose error comes out of the
 * hook (tpy's own stderr holds nothing back; a program's replacement may).
 */
function flushStderr(vm: VM): void {
  const sys = vm.modules.getStr('sys');
  const stderr = sys instanceof PyModule ? sys.dict.getStr('stderr') : undefined;
  if (stderr === undefined || stderr === None || stderr instanceof PyTextStream) return;
  const flush = getAttrOpt(vm, stderr, 'flush');
  if (flush !== undefined) call(vm, flush, []);
}

/** The default report when nothing else can be done: its flush's error is dropped. */
function lastResortReport(vm: VM, writeStderr: (vm: VM, text: string) => void, text: string): void {
  writeStderr(vm, text);
  try {
    flushStderr(vm);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
  }
}

/**
 * vm.writeUnraisable once sys is there: the program's sys.unraisablehook gets the exception;
 * with none (deleted or None) the default report is written. A hook that raises is itself
 * reported, as "Exception ignored in sys.unraisablehook", by the default.
 */
export function installUnraisable(vm: VM, _defaultHook: PyObject, writeStderr: (vm: VM, text: string) => void): void {
  vm.writeUnraisable = (exc, tb, errMsg, obj) => {
    const sys = vm.modules.getStr('sys');
    const hook = sys instanceof PyModule ? sys.dict.getStr('unraisablehook') : undefined;
    const args: PyObject[] = [exc.cls, exc, tb ?? None, errMsg ?? None, obj ?? None];
    if (hook === undefined || hook === None) {
      lastResortReport(vm, writeStderr, defaultReport(vm, args[0], args[1], args[2], args[3], args[4]));
      return;
    }
    // The default hook too is called as sys.unraisablehook: its stderr.flush() may fail.
    try {
      call(vm, hook, [new PyTuple(args, unraisableHookArgsType)]);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      lastResortReport(vm, writeStderr, defaultReport(vm, e.cls, e, e.traceback ?? None, 'Exception ignored in sys.unraisablehook', hook));
    }
  };
}
