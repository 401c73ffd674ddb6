// The flushes of sys.stdout and sys.stderr CPython makes around a program's end, which a
// program sees when it replaced them with objects that hold text back (a TextIOWrapper over
// sys.stdout.buffer, a class buffering its writes). tpy's own streams hold nothing back.

import type { PyObject } from '../vm/objects/object.js';
import { None } from '../vm/objects/singletons.js';
import { PyModule } from '../vm/objects/module.js';
import { PyBaseException } from '../vm/objects/exceptions.js';
import { getAttr, getAttrOpt } from '../vm/ops/attribute.js';
import { call } from '../vm/ops/call.js';
import { truthy } from '../vm/ops/convert.js';
import { toPyException } from '../vm/errors.js';
import type { VM } from '../vm/vm.js';
import { PyTextStream } from './sys.js';

function sysStream(vm: VM, name: string): PyObject | undefined {
  const sys = vm.modules.getStr('sys');
  const s = sys instanceof PyModule ? sys.dict.getStr(name) : undefined;
  return s instanceof PyTextStream ? undefined : s;
}

/** Calls s.flush(); a Python exception comes back (os._exit and the VM's own errors go on up). */
function flush(vm: VM, s: PyObject): PyBaseException | null {
  try {
    call(vm, getAttr(vm, s, 'flush'), []);
    return null;
  } catch (e) {
    return toPyException(e); // os._exit (ProcessExit) goes on
  }
}

/** pythonrun.c's flush_io, after a program file has run and before its traceback: sys.stderr, then sys.stdout; errors are dropped. */
export function flushIo(vm: VM): void {
  for (const name of ['stderr', 'stdout']) {
    const s = sysStream(vm, name);
    if (s !== undefined) flush(vm, s);
  }
}

/** file_is_closed: a `closed` that cannot be read or tested counts as open. */
function isClosed(vm: VM, s: PyObject): boolean {
  try {
    const closed = getAttrOpt(vm, s, 'closed');
    return closed !== undefined && truthy(vm, closed);
  } catch (e) {
    if (e instanceof PyBaseException) return false;
    throw e;
  }
}

/**
 * flush_std_files, at finalisation after the atexit calls: sys.stdout (an error is reported as
 * unraisable), then sys.stderr (an error is dropped). False when either failed: the process
 * then exits with status 120.
 */
export function flushStdFiles(vm: VM): boolean {
  let ok = true;
  for (const name of ['stdout', 'stderr']) {
    const s = sysStream(vm, name);
    if (s === undefined || s === None || isClosed(vm, s)) continue;
    const error = flush(vm, s);
    if (error === null) continue;
    ok = false;
    if (name === 'stdout') vm.writeUnraisable(error, error.traceback, null, s);
  }
  return ok;
}
