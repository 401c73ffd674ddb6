// The os.PathLike protocol: an object with __fspath__ (pathlib's paths) stands for its path
// wherever a file name is taken (open, os.stat, os.path.join, ...), as in CPython.

import type { PyObject } from '../vm/objects/object.js';
import { PyBytes } from '../vm/objects/bytes.js';
import { strVal } from '../vm/objects/str.js';
import { typeError } from '../vm/objects/exceptions.js';
import { typeOf, typeName } from '../vm/ops/typeof.js';
import { callSpecialMethod } from '../vm/ops/call.js';
import type { VM } from '../vm/vm.js';

/**
 * o itself when it is a str or bytes, else what its type's __fspath__ returns; undefined when
 * it has none. A __fspath__ returning anything else is a TypeError, as os.fspath() raises.
 */
export function fspathOrUndefined(vm: VM, o: PyObject): PyObject | undefined {
  if (strVal(o) !== undefined || o instanceof PyBytes) return o;
  const m = typeOf(o).lookup('__fspath__');
  if (m === undefined) return undefined;
  const r = callSpecialMethod(vm, o, m, []);
  if (strVal(r) !== undefined || r instanceof PyBytes) return r;
  throw typeError(`expected ${typeName(o)}.__fspath__() to return str or bytes, not ${typeName(r)}`);
}
