// Turning failures into tpy exceptions: recursion, memory, and JavaScript errors that escaped a bug.

import { PyBaseException, newException, RecursionError, MemoryError, SystemError } from './objects/exceptions.js';
import type { VM } from './vm.js';

/** RecursionError; `where` says which of CPython's checks tripped (" while getting the repr of an object"). */
export function recursionError(where = ''): PyBaseException {
  return newException(RecursionError, `maximum recursion depth exceeded${where}`);
}

/**
 * The recursion check CPython makes on calling a C function such as a stream's write():
 * a frame at the limit may run, but not call one more level. `levels` counts C calls nested
 * in one another on every call of the function (sys.stdout.flush() calls its buffer's flush()
 * in C: 2); the innermost is checked.
 */
export function checkNativeCallDepth(vm: VM, levels = 1): void {
  if (vm.depth + levels - 1 >= vm.recursionLimit) throw recursionError(' while calling a Python object');
}

/**
 * The level a call of a class takes before its __init__ frame (CPython 3.11's tp_call of a
 * type without vectorcall checks the recursion limit): at the limit that call fails naming
 * it, one below, the __init__ frame's own check fails. Taken here, held by the frame.
 */
export function enterClassCall(vm: VM): void {
  if (vm.depth >= vm.recursionLimit) throw recursionError(' while calling a Python object');
  if (vm.depth + 1 >= vm.recursionLimit) throw recursionError();
  vm.depth++;
}

/**
 * Runs `body` one level deeper in the recursion count, as CPython's _Py_EnterRecursiveCall
 * around C code that can recurse through Python code (PyObject_Repr, a METH_O builtin):
 * such a level counts like a frame, and at the limit fails naming `where`.
 */
export function withRecursionCheck<T>(vm: VM, where: string, body: () => T): T {
  if (vm.depth >= vm.recursionLimit) throw recursionError(where);
  vm.depth++;
  try {
    return body();
  } finally {
    vm.depth--;
  }
}

/**
 * os._exit(n): thrown through the VM to its host, past every handler and finally block
 * (toPyException passes it on, never turning it into a tpy exception). The host ends the
 * program with `status`; the VM must not run again.
 */
export class ProcessExit {
  constructor(readonly status: number) {}
}

/**
 * Converts anything thrown inside the VM into a tpy exception (a ProcessExit is thrown on). A JS stack
 * overflow (deep native recursion) is RecursionError, an allocation failure is
 * MemoryError; any other JS error is a VM bug, reported as SystemError.
 */
export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof ProcessExit) throw e;
  if (e instanceof RangeError) {
    // Compared as a plain string: at a stack overflow there may be no room left to run a regex.
    if (e.message === 'Maximum call stack size exceeded') return recursionError();
    if (/Invalid (array|string|typed array) length|Array buffer allocation|allocation failed|too large|Maximum BigInt size/i.test(e.message)) {
      return newException(MemoryError);
    }
  }
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const err = newException(SystemError, `tpy internal error: ${msg} (please report this bug)`);
  if (process.env.TPY_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  return err;
}
