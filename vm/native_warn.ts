// warnings.warn() called from a native function: the warning is attributed to the program's
// line that called it (native functions have no frame), as a Python function in CPython's
// library passing stacklevel=2 attributes it to its caller.

import { importModule } from './import.js';
import type { PyType } from './objects/type.js';
import { getAttr } from './ops/attribute.js';
import { call } from './ops/call.js';
import type { VM } from './vm.js';

export function warnFromNative(vm: VM, category: PyType, message: string): void {
  const warnings = importModule(vm, 'warnings', null);
  call(vm, getAttr(vm, warnings, 'warn'), [message, category, 1]);
}
