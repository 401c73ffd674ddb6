// Names a native module makes at their first use (PEP 562): a module __getattr__ that loads
// them and then removes itself, and a module __dir__ that lists them meanwhile, so that
// dir(module) shows what CPython's does and neither hook.

import type { PyObject } from '../vm/objects/object.js';
import type { PyDict } from '../vm/objects/dict.js';
import { PyList } from '../vm/objects/list.js';
import { None } from '../vm/objects/singletons.js';
import { strVal } from '../vm/objects/str.js';
import { builtin } from '../vm/objects/function.js';
import { attributeErrorFor } from '../vm/ops/attribute.js';
import { importModule } from '../vm/import.js';
import { pendingLazyNames } from '../vm/objects/module.js';
import type { VM } from '../vm/vm.js';

/**
 * Installs the two hooks on module `moduleName`'s dict `d`: the first lookup of any of `names`
 * calls `load` with that name, which must put it (and may put others of them) into `d`; the hooks
 * go when all of them are there.
 */
export function installLazyNames(d: PyDict, moduleName: string, names: string[], load: (vm: VM, name: string) => void): void {
  const dropHooksWhenDone = (): void => {
    // A loader may make one group of the names at a time (re's flags apart from its Scanner).
    if (names.every((n) => d.getStr(n) !== undefined)) {
      d.deleteStr('__getattr__');
      d.deleteStr('__dir__');
      pendingLazyNames.delete(d);
    }
  };
  // DIVERGENCE: until then the module has a __getattr__ and a __dir__ in its dict (code that
  // reads the dict itself, vars(m) or m.__dict__, makes them all first).
  pendingLazyNames.set(d, (vm) => {
    for (const name of names) if (d.getStr(name) === undefined) load(vm, name);
    dropHooksWhenDone();
  });
  d.setStr('__getattr__', builtin('__getattr__', (vm, args) => {
    const name = strVal(args[0] ?? None);
    if (name === undefined || !names.includes(name)) throw attributeErrorFor(importModule(vm, moduleName, null), name ?? '?');
    load(vm, name);
    dropHooksWhenDone();
    return d.getStr(name)!;
  }, moduleName));
  d.setStr('__dir__', builtin('__dir__', () => {
    const listed: PyObject[] = [...d.keys()].filter((k) => k !== '__getattr__' && k !== '__dir__');
    for (const name of names) if (d.getStr(name) === undefined) listed.push(name);
    return new PyList(listed);
  }, moduleName));
}
