// Modules' __spec__ and __loader__: made by _frozen_importlib (stdlib/lib), which tpy's
// import machinery loads the first time a program imports something.

import type { PyObject } from './objects/object.js';
import { PyModule } from './objects/module.js';
import { None } from './objects/singletons.js';
import { PyBaseException } from './objects/exceptions.js';
import { getAttrOpt } from './ops/attribute.js';
import { call } from './ops/call.js';
import { importModule } from './import.js';
import type { VM } from './vm.js';

/**
 * Each VM's spec factory, `_frozen_importlib._spec_for_import(name, origin, path)`: 'loading'
 * while that module is being imported (the modules imported meanwhile get their specs
 * afterwards), null when it could not be loaded (specs stay None, as for a bare ModuleType).
 */
const factories = new WeakMap<VM, PyObject | 'loading' | null>();

/** Sets a newly imported module's __spec__ and __loader__ (origin: its source file; null: native). */
export function attachSpec(vm: VM, m: PyModule, origin: string | null): void {
  // The import statement is native in tpy, so a profiler or tracer sees none of this (as
  // for a hook's own calls): the events of a program stay the same whatever it imports.
  vm.hookDepth++;
  if (vm.hooked) vm.hooked = false; // not stored when unchanged (see VM.updateHooked)
  try {
    const factory = specFactory(vm);
    if (factory !== null) setSpec(vm, factory, m, origin);
  } finally {
    vm.hookDepth--;
    vm.updateHooked();
  }
}

function setSpec(vm: VM, factory: PyObject, m: PyModule, origin: string | null): void {
  const path = m.dict.getStr('__path__') ?? None;
  const spec = call(vm, factory, [m.name, origin ?? None, path], null);
  m.dict.setStr('__spec__', spec);
  m.dict.setStr('__loader__', getAttrOpt(vm, spec, 'loader') ?? None);
}

function specFactory(vm: VM): PyObject | null {
  const known = factories.get(vm);
  if (known === 'loading') return null;
  if (known !== undefined) return known;
  factories.set(vm, 'loading');
  let factory: PyObject | null = null;
  try {
    const boot = importModule(vm, '_frozen_importlib', null);
    factory = getAttrOpt(vm, boot, '_spec_for_import') ?? null;
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
  }
  factories.set(vm, factory);
  if (factory !== null) backfill(vm, factory);
  return factory;
}

/** Gives the modules imported before the factory existed (builtins, sys, _frozen_importlib...) their specs. */
function backfill(vm: VM, factory: PyObject): void {
  for (const [, v] of [...vm.modules.entries()]) {
    if (!(v instanceof PyModule) || v.dict.getStr('__spec__') !== None || v.name === '__main__') continue;
    const file = v.dict.getStr('__file__');
    if (vm.nativeModules.has(v.name)) setSpec(vm, factory, v, null);
    else if (typeof file === 'string') setSpec(vm, factory, v, file);
  }
}
