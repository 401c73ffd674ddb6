// The import machinery: sys.modules, native modules from the VM's registry, and source modules on sys.path.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PyObject } from './objects/object.js';
import { PyModule } from './objects/module.js';
import { PyList } from './objects/list.js';
import { PyTuple } from './objects/tuple.js';
import { PyDict } from './objects/dict.js';
import { None } from './objects/singletons.js';
import { newException, ImportError, ImportWarning, ModuleNotFoundError, PyBaseException, AttributeError, KeyError, typeError, valueError } from './objects/exceptions.js';
import { strRepr } from './format/str_repr.js';
import { repr as reprOf } from './ops/convert.js';
import { typeOf } from './ops/typeof.js';
import { pyEq } from './ops/compare.js';
import { getAttrOpt } from './ops/attribute.js';
import { toArray } from './ops/sequence.js';
import { call } from './ops/call.js';
import type { VM } from './vm.js';
import { attachSpec } from './module_spec.js';
import { warnFromNative } from './native_warn.js';
import { decodeSource } from './source_encoding.js';
import type { Code } from './code.js';

/**
 * The import statement (CPython's import_name): it goes through the frame's builtins.__import__,
 * so a replaced one (a mock, an import hook) sees every import; the native one imports directly.
 */
export function importStatement(vm: VM, name: string, fromlist: PyObject, level: number, globals: PyDict, locals: PyDict | null, builtins: PyDict): PyObject {
  const fn = builtins.getStr('__import__');
  if (fn === undefined) throw newException(ImportError, '__import__ not found');
  if (fn === vm.nativeImport) return importName(vm, name, fromlist, level, globals);
  return call(vm, fn, [name, globals, locals ?? None, fromlist, level]);
}

/** IMPORT_NAME: imports `name` (and its parents); returns the top package, or the module itself with a fromlist. */
export function importName(vm: VM, name: string, fromlist: PyObject, level: number, globals: PyDict): PyObject {
  let fullName = name;
  if (level < 0) throw valueError('level must be >= 0');
  if (level > 0) fullName = resolveRelative(vm, globals, name, level);
  else if (name === '') throw valueError('Empty module name');
  const parts = fullName.split('.');
  let top: PyModule | null = null;
  let mod: PyModule | null = null;
  for (let i = 0; i < parts.length; i++) {
    const sub = parts.slice(0, i + 1).join('.');
    mod = importModule(vm, sub, mod);
    if (i === 0) top = mod;
  }
  const hasFromlist = fromlist !== None && !(fromlist instanceof PyTuple && fromlist.items.length === 0);
  if (hasFromlist) {
    // Submodules named in the fromlist are imported too (from pkg import mod).
    if (mod!.dict.getStr('__path__') !== undefined && fromlist instanceof PyTuple) {
      for (const item of fromlist.items) {
        if (typeof item === 'string' && item !== '*' && mod!.dict.getStr(item) === undefined) {
          const subName = `${fullName}.${item}`;
          try {
            importModule(vm, subName, mod);
          } catch (e) {
            // Only the submodule itself missing is ignored (CPython's _handle_fromlist): a module
            // the submodule fails to import must surface, not become "cannot import name".
            if (!(e instanceof PyBaseException && e.cls.isSubtypeOf(ModuleNotFoundError) && e.attrs?.get('name') === subName)) throw e;
          }
        }
      }
    }
    return mod!;
  }
  if (level === 0) return top!;
  // A relative import hands back the package it resolved against plus name's first part
  // (`__import__('a.b', level=1)` in package p gives p.a), as CPython does.
  const cut = name.length - name.split('.')[0].length;
  const toReturn = vm.modules.getStr(fullName.slice(0, fullName.length - cut));
  return toReturn instanceof PyModule ? toReturn : mod!;
}

/**
 * The absolute name of a relative import (CPython's resolve_name): the package is __package__,
 * else __spec__.parent, else __name__ (without its last part unless the globals have __path__).
 */
function resolveRelative(vm: VM, globals: PyDict, name: string, level: number): string {
  const noParent = (): PyBaseException => newException(ImportError, 'attempted relative import with no known parent package');
  const pkgObj = globals.getStr('__package__');
  const spec = globals.getStr('__spec__');
  let pkg: string;
  if (pkgObj !== undefined && pkgObj !== None) {
    if (typeof pkgObj !== 'string') throw typeError('package must be a string');
    pkg = pkgObj;
    if (spec !== undefined && spec !== None) {
      const parent = getAttrOpt(vm, spec, 'parent');
      if (parent === undefined) throw newException(AttributeError, `'${typeOf(spec).tpName}' object has no attribute 'parent'`);
      if (!pyEq(vm, pkgObj, parent)) warnFromNative(vm, ImportWarning, '__package__ != __spec__.parent');
    }
  } else if (spec !== undefined && spec !== None) {
    const parent = getAttrOpt(vm, spec, 'parent');
    if (parent === undefined) throw newException(AttributeError, `'${typeOf(spec).tpName}' object has no attribute 'parent'`);
    if (typeof parent !== 'string') throw typeError('__spec__.parent must be a string');
    pkg = parent;
  } else {
    warnFromNative(vm, ImportWarning, "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__");
    const modName = globals.getStr('__name__');
    if (modName === undefined) throw newException(KeyError, "'__name__' not in globals");
    if (typeof modName !== 'string') throw typeError('__name__ must be a string');
    pkg = modName;
    if (globals.getStr('__path__') === undefined) {
      const dot = pkg.lastIndexOf('.');
      if (dot < 0) throw noParent();
      pkg = pkg.slice(0, dot);
    }
  }
  let lastDot = pkg.length;
  if (lastDot === 0) throw noParent();
  for (let up = 1; up < level; up++) {
    lastDot = pkg.lastIndexOf('.', lastDot - 1);
    if (lastDot < 0) throw newException(ImportError, 'attempted relative import beyond top-level package');
  }
  const base = pkg.slice(0, lastDot);
  return name === '' ? base : `${base}.${name}`;
}

/** Imports one module by its full dotted name (its parent, if any, already imported). */
export function importModule(vm: VM, fullName: string, parent: PyModule | null): PyModule {
  const existing = vm.modules.getStr(fullName);
  if (existing !== undefined) {
    if (existing === None) throw moduleNotFound(fullName, `import of ${fullName} halted; None in sys.modules`);
    return existing as PyModule;
  }
  const init = vm.nativeModules.get(fullName);
  if (init !== undefined) {
    const m = new PyModule(fullName);
    vm.modules.setStr(fullName, m);
    try {
      init(vm, m);
      // builtins and sys are made before any program runs: they get their specs when
      // _frozen_importlib is first loaded, so that start-up stays free of it.
      if (fullName !== 'builtins' && fullName !== 'sys') attachSpec(vm, m, null);
    } catch (e) {
      vm.modules.deleteStr(fullName);
      throw e;
    }
    return m;
  }
  if (parent !== null && parent.dict.getStr('__path__') === undefined) {
    // Named as imported (`os.path`), not by the module's own name (posixpath), as importlib does.
    const parentName = fullName.slice(0, fullName.lastIndexOf('.'));
    throw moduleNotFound(fullName, `No module named '${fullName}'; '${parentName}' is not a package`);
  }
  const found = findSource(vm, fullName, searchDirs(vm, parent));
  if (found === null) {
    // CPython has it: the program is not wrong, tpy is missing a module (still a ModuleNotFoundError,
    // so `except ImportError:` fallbacks work as they do for a platform's missing modules).
    if (parent === null && vm.isCPythonStdlibModule(fullName)) {
      throw moduleNotFound(fullName, `No module named '${fullName}' (CPython's standard library has it; tpy does not)`);
    }
    throw moduleNotFound(fullName);
  }
  return loadSourceModule(vm, fullName, found.file, found.isPackage);
}

function moduleNotFound(name: string, message = `No module named '${name}'`): PyBaseException {
  const e = newException(ModuleNotFoundError, message);
  (e.attrs ??= new Map()).set('name', name);
  return e;
}

/** The directories to search: the parent package's __path__, or sys.path. */
export function searchDirs(vm: VM, parent: PyModule | null): string[] {
  let pathObj: PyObject | undefined;
  if (parent !== null) pathObj = parent.dict.getStr('__path__');
  else {
    const sys = vm.modules.getStr('sys');
    if (sys instanceof PyModule) pathObj = sys.dict.getStr('path');
  }
  if (pathObj instanceof PyList) return pathObj.items.filter((p): p is string => typeof p === 'string');
  return [];
}

/** Where a module's source is: the first `NAME/__init__.py` or `NAME.py` (or `.tpy`) in `dirs`. */
export function findSource(vm: VM, fullName: string, dirs: string[]): { file: string; isPackage: boolean } | null {
  const last = fullName.slice(fullName.lastIndexOf('.') + 1);
  for (const dir0 of dirs) {
    const dir = dir0 === '' ? vm.cwd : resolve(vm.cwd, dir0);
    for (const ext of ['.py', '.tpy']) {
      const pkgInit = join(dir, last, `__init__${ext}`);
      if (existsSync(pkgInit)) return { file: pkgInit, isPackage: true };
      const file = join(dir, `${last}${ext}`);
      if (existsSync(file) && statSync(file).isFile()) return { file, isPackage: false };
    }
  }
  return null;
}

function loadSourceModule(vm: VM, fullName: string, file: string, isPackage: boolean): PyModule {
  const m = vm.newModuleNamespace(fullName);
  m.dict.setStr('__file__', file);
  if (isPackage) {
    m.dict.setStr('__path__', new PyList([resolve(file, '..')]));
    m.dict.setStr('__package__', fullName);
  } else {
    const dot = fullName.lastIndexOf('.');
    m.dict.setStr('__package__', dot >= 0 ? fullName.slice(0, dot) : '');
  }
  vm.modules.setStr(fullName, m);
  try {
    attachSpec(vm, m, file);
    m.initializing = true;
    execSourceInto(vm, m, file);
  } catch (e) {
    vm.modules.deleteStr(fullName);
    throw e;
  } finally {
    m.initializing = false;
  }
  // A parent package gets the submodule as an attribute.
  const dot = fullName.lastIndexOf('.');
  if (dot >= 0) {
    const parent = vm.modules.getStr(fullName.slice(0, dot));
    if (parent instanceof PyModule) parent.dict.setStr(fullName.slice(dot + 1), m);
  }
  return (vm.modules.getStr(fullName) as PyModule) ?? m;
}

/** Compiles a source file and runs it in a module's namespace (import, and importlib's loaders and reload). */
export function execSourceInto(vm: VM, m: PyModule, file: string): void {
  let data: Uint8Array;
  try {
    data = readFileSync(file);
  } catch {
    const e = newException(ImportError, `could not read the source of '${m.name}' (${file})`);
    (e.attrs ??= new Map()).set('name', m.name);
    throw e;
  }
  const source = decodeSource(data, vm);
  if (m.dict.getStr('__builtins__') === undefined) m.dict.setStr('__builtins__', vm.builtins);
  vm.runCode(sourceFileCode(vm, file, source), m.dict);
}

/**
 * The code of a module's source file, as import runs it: the library's compiled ahead of time
 * (or earlier in this process), anything else compiled now. Also the loaders' get_code, so that
 * runpy (`tpy -m json.tool`) does not compile a library module the cache holds.
 */
export function sourceFileCode(vm: VM, file: string, source: string): Code {
  let code = vm.cachedCode(file, source);
  if (code === null) {
    code = vm.compile(source, file, 'exec');
    // Its traceback lines come from the text compiled (the file is read otherwise).
    vm.sources.register(file, source);
    vm.compiledCode(file, source, code);
  }
  return code;
}

/** IMPORT_FROM: an attribute of the module, or a submodule of that name. */
export function importFrom(vm: VM, mod: PyObject, name: string): PyObject {
  try {
    const v = getAttrOpt(vm, mod, name);
    if (v !== undefined) return v;
  } catch (e) {
    if (!(e instanceof PyBaseException && e.cls.isSubtypeOf(AttributeError))) throw e;
  }
  // As CPython's import_from: a submodule a circular import left out of its package's attributes.
  let pkgName: PyObject | undefined;
  try {
    pkgName = getAttrOpt(vm, mod, '__name__');
  } catch (e) {
    if (!(e instanceof PyBaseException && e.cls.isSubtypeOf(AttributeError))) throw e;
  }
  if (typeof pkgName === 'string') {
    const sub = vm.modules.getStr(`${pkgName}.${name}`);
    if (sub !== undefined) return sub;
  }
  const shownName = typeof pkgName === 'string' ? strRepr(pkgName) : pkgName === undefined ? "'<unknown module name>'" : reprOf(vm, pkgName);
  const file = mod instanceof PyModule ? mod.dict.getStr('__file__') : undefined;
  let e: PyBaseException;
  if (typeof file !== 'string') {
    e = newException(ImportError, `cannot import name ${strRepr(name)} from ${shownName} (unknown location)`);
  } else {
    const partly = mod instanceof PyModule && mod.initializing;
    e = newException(ImportError, partly
      ? `cannot import name ${strRepr(name)} from partially initialized module ${shownName} (most likely due to a circular import) (${file})`
      : `cannot import name ${strRepr(name)} from ${shownName} (${file})`);
    (e.attrs ??= new Map()).set('path', file);
  }
  (e.attrs ??= new Map()).set('name', typeof pkgName === 'string' ? pkgName : None);
  throw e;
}

/** IMPORT_STAR: copies the module's public names (or its __all__) into the namespace. */
export function importStar(vm: VM, mod: PyObject, ns: PyDict): void {
  if (!(mod instanceof PyModule)) throw typeError('import * requires a module');
  const all = mod.dict.getStr('__all__');
  if (all !== undefined) {
    for (const n of toArray(vm, all)) {
      if (typeof n !== 'string') throw typeError(`Item in ${mod.name}.__all__ must be str, not ${typeof n}`);
      const v = getAttrOpt(vm, mod, n);
      if (v === undefined) throw newException(AttributeError, `module '${mod.name}' has no attribute '${n}'`);
      ns.setStr(n, v);
    }
    return;
  }
  for (const [k, v] of mod.dict.entries()) {
    if (typeof k === 'string' && !k.startsWith('_')) ns.setStr(k, v);
  }
}
