// warnings.warn() called from a native function: the warning is attributed to the program's
// line that called it (native functions have no frame), as a Python function in CPython's
// library passing stacklevel=2 attributes it to its caller.

import { importModule } from './import.js';
import type { PyType } from './objects/type.js';
import { getAttr } from './ops/attribute.js';
import { call } from './ops/call.js';
import type { VM } from './vm.js';
import { DeprecationWarning } from './objects/exceptions.js';

export function warnFromNative(vm: VM, category: PyType, message: string): void {
  const warnings = importModule(vm, 'warnings', null);
  call(vm, getAttr(vm, warnings, 'warn'), [message, category, 1]);
}

/**
 * The DeprecationWarning CPython gives when a conversion method (`__index__`, `__int__`,
 * `__float__`) returns an instance of a strict subclass of the type it must return; the
 * caller then uses the plain value.
 */
export function warnStrictSubclassResult(vm: VM, method: string, result: PyType, base: 'int' | 'float'): void {
  warnFromNative(vm, DeprecationWarning, `${method} returned non-${base} (type ${result.tpName}).  The ability to return an instance of a strict subclass of ${base} is deprecated, and may be removed in a future version of Python.`);
}
