// PyErr_WriteUnraisable for the profiler: an error that cannot propagate (a failing
// custom timer) is reported on sys.stderr as "Exception ignored in: OBJ" plus its traceback.

import type { PyObject } from '../vm/objects/object.js';
import type { VM } from '../vm/vm.js';
import { PyBaseException } from '../vm/objects/exceptions.js';
import { PyTraceback } from '../vm/objects/traceback.js';
import { PyModule } from '../vm/objects/module.js';
import { None } from '../vm/objects/singletons.js';
import { call } from '../vm/ops/call.js';
import { getAttr } from '../vm/ops/attribute.js';
import { repr } from '../vm/ops/convert.js';
import { formatExceptionOnly, formatTracebackEntries } from '../vm/traceback_format.js';

export function writeUnraisable(vm: VM, exc: PyBaseException, obj: PyObject): void {
  let text: string;
  try {
    let objRepr: string;
    try {
      objRepr = repr(vm, obj);
    } catch {
      objRepr = '<object repr() failed>';
    }
    // With no traceback of its own (raised by native code), the exception is shown
    // at the frame that was running, as CPython does.
    let tb = exc.traceback;
    const f = vm.frame;
    if (tb === null && f !== null) tb = new PyTraceback(null, f, f.f_lasti, f.f_lineno);
    text = `Exception ignored in: ${objRepr}\n`;
    if (tb !== null) text += 'Traceback (most recent call last):\n' + formatTracebackEntries(vm, tb);
    text += formatExceptionOnly(vm, exc);
  } catch {
    return;
  }
  const sys = vm.modules.getStr('sys');
  const stderr = sys instanceof PyModule ? sys.dict.getStr('stderr') : undefined;
  try {
    if (stderr === undefined || stderr === None) vm.io.stderr(text);
    else call(vm, getAttr(vm, stderr, 'write'), [text]);
  } catch {
    vm.io.stderr(text);
  }
}
