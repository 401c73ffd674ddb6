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

/**
 * `-m NAME`'s __main__: the spec (and loader) of the module it runs under its real name, as
 * runpy gives it, so that its relative imports resolve against its package.
 */
export function attachMainSpec(vm: VM, main: PyModule, name: string, origin: string): void {
  vm.hookDepth++;
  if (vm.hooked) vm.hooked = false;
  try {
    const factory = specFactory(vm);
    if (factory === null) return;
    const spec = call(vm, factory, [name, origin, None], null);
    main.dict.setStr('__spec__', spec);
    main.dict.setStr('__loader__', getAttrOpt(vm, spec, 'loader') ?? None);
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
    if (v instanceof PyModule && v.name === '__main__') setMainLoader(vm, v);
    if (!(v instanceof PyModule) || v.dict.getStr('__spec__') !== None || v.name === '__main__') continue;
    const file = v.dict.getStr('__file__');
    if (vm.nativeModules.has(v.name)) setSpec(vm, factory, v, null);
    else if (typeof file === 'string') setSpec(vm, factory, v, file);
  }
}

/**
 * The __main__ module's __loader__, as CPython's: a SourceFileLoader for a program file,
 * BuiltinImporter for `-c` and stdin; its __spec__ stays None. Made when the import machinery
 * is first loaded (an import, or a program whose text names `__loader__`), so the programs that
 * never look pay nothing at start-up.
 */
export function attachMainLoader(vm: VM, main: PyModule): void {
  vm.hookDepth++;
  if (vm.hooked) vm.hooked = false;
  try {
    // Loading the factory backfills __main__ too; a factory already there does not.
    if (specFactory(vm) !== null) setMainLoader(vm, main);
  } finally {
    vm.hookDepth--;
    vm.updateHooked();
  }
}

function setMainLoader(vm: VM, main: PyModule): void {
  if (main.dict.getStr('__loader__') !== None) return;
  const boot = vm.modules.getStr('_frozen_importlib');
  if (!(boot instanceof PyModule)) return;
  const file = main.dict.getStr('__file__');
  const fromFile = typeof file === 'string' && file !== '<stdin>';
  const loaderClass = boot.dict.getStr(fromFile ? 'SourceFileLoader' : 'BuiltinImporter');
  if (loaderClass === undefined) return;
  main.dict.setStr('__loader__', fromFile ? call(vm, loaderClass, ['__main__', file], null) : loaderClass);
}
