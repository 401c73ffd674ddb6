// The module type: a namespace dict with a name.

import { PyObj } from './object.js';
import { makeNativeType } from './type.js';
import { PyDict } from './dict.js';
import { None } from './singletons.js';
import type { VM } from '../vm.js';

export const moduleType = makeNativeType('module', undefined, { instanceDict: true, allocate: (cls) => new PyModule('?', cls) });

/**
 * Native modules' names made at first use (stdlib/lazy_module_names.ts): the loader of all the
 * names still missing from a module dict, run when the dict itself is handed out (vars(m),
 * m.__dict__) so that it holds what CPython's does.
 */
export const pendingLazyNames = new WeakMap<PyDict, (vm: VM) => void>();

export class PyModule extends PyObj {
  declare dict: PyDict;
  /**
   * True while the import system runs the module's code (CPython's `__spec__._initializing`):
   * a missing name is then "partially initialized module ... (most likely due to a circular import)".
   */
  initializing = false;
  constructor(name: string, cls = moduleType) {
    super(cls);
    this.dict = new PyDict();
    this.dict.setStr('__name__', name);
    this.dict.setStr('__doc__', None);
    this.dict.setStr('__package__', None);
    this.dict.setStr('__loader__', None);
    this.dict.setStr('__spec__', None);
  }
  get name(): string {
    const n = this.dict.getStr('__name__');
    return typeof n === 'string' ? n : '?';
  }
}
