// The errno module: Linux's errno names as ints, and errorcode (number -> name), from stdlib/linux_errno.ts.

import { PyDict } from '../vm/objects/dict.js';
import type { ModuleInit } from '../vm/vm.js';
import { ERRNO_NAMES } from './linux_errno.js';

export const init_errno: ModuleInit = (vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', 'Linux errno symbols (errno.ENOENT == 2) and errorcode, the map from numbers to names.');
  const errorcode = new PyDict();
  d.setStr('errorcode', errorcode);
  // In CPython's order: of two names for one number, errorcode keeps the later (EAGAIN over EWOULDBLOCK).
  for (const [name, n] of ERRNO_NAMES) {
    d.setStr(name, n);
    errorcode.set(vm, n, name);
  }
};
