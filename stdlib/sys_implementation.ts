// sys.implementation: which Python implementation this is (PEP 421), a namespace whose name is 'tpy'.

import type { PyObject } from '../vm/objects/object.js';
import { PyInstance } from '../vm/objects/object.js';
import { makeNativeType, PyType } from '../vm/objects/type.js';
import { defMethod } from '../vm/objects/function.js';
import { PyDict } from '../vm/objects/dict.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { repr } from '../vm/ops/convert.js';

/**
 * tpy's own version, in sys.version_info's shape (PyPy's sys.implementation.version is PyPy's
 * version too, not the language's).
 */
const TPY_VERSION = [0, 1, 0, 'final', 0] as const;

// DIVERGENCE: CPython's sys.implementation is a types.SimpleNamespace; tpy's SimpleNamespace
// is written in tpy (stdlib/lib/types.py), which sys cannot import, so this namespace has a
// native class of its own with the same repr.
const namespaceType = makeNativeType('types.SimpleNamespace', undefined, { instanceDict: true, allocate: null });
defMethod(namespaceType, '__repr__', (vm, args) => {
  const d = (args[0] as PyInstance).dict!;
  return `namespace(${[...d.keys()].map((k) => `${k as string}=${repr(vm, d.getStr(k as string)!)}`).join(', ')})`;
});

/** sys.implementation: name 'tpy', no cache tag (tpy writes no .pyc files), tpy's version. */
export function makeImplementation(versionInfoType: PyType): PyObject {
  const ns = new PyInstance(namespaceType);
  const d = new PyDict();
  d.setStr('name', 'tpy');
  d.setStr('cache_tag', None);
  d.setStr('version', new PyTuple([...TPY_VERSION], versionInfoType));
  d.setStr('hexversion', (TPY_VERSION[0] << 24) | (TPY_VERSION[1] << 16) | (TPY_VERSION[2] << 8) | 0xf0);
  ns.dict = d;
  return ns;
}
