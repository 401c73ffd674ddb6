// Module _tpy_import: the import machinery of vm/import.ts, as importlib (stdlib/lib/importlib)
// needs it, so that importlib asks the one search tpy's import statement uses.

import type { PyObject } from '../vm/objects/object.js';
import { builtin } from '../vm/objects/function.js';
import { PyModule } from '../vm/objects/module.js';
import { PyList } from '../vm/objects/list.js';
import { newTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { typeError } from '../vm/objects/exceptions.js';
import { checkArgs } from '../vm/methods/args.js';
import { typeOf, argTypeName } from '../vm/ops/typeof.js';
import { execSourceInto, findSource, importModule, searchDirs, sourceFileCode } from '../vm/import.js';
import { decodeSource } from '../vm/source_encoding.js';
import { PyBytes } from '../vm/objects/bytes.js';
import type { ModuleInit } from '../vm/vm.js';

function moduleArg(fname: string, v: PyObject): PyModule {
  if (!(v instanceof PyModule)) throw typeError(`${fname}() argument must be a module, not ${argTypeName(v)}`);
  return v;
}

function strArg(fname: string, v: PyObject): string {
  if (typeof v !== 'string') throw typeError(`${fname}() argument must be str, not ${argTypeName(v)}`);
  return v;
}

export const init__tpy_import: ModuleInit = (vm, m) => {
  const d = m.dict;
  // find(fullname, path): 'built-in', (file, is_package) or None; path None searches sys.path.
  d.setStr('find', builtin('find', (vm, args) => {
    checkArgs('find', args, 2, 2, 0);
    const name = strArg('find', args[0]);
    if (vm.nativeModules.has(name)) return 'built-in';
    const path = args[1];
    const dirs = path === None ? searchDirs(vm, null)
      : path instanceof PyList ? path.items.filter((p): p is string => typeof p === 'string') : [];
    const found = findSource(vm, name, dirs);
    return found === null ? None : newTuple([found.file, found.isPackage]);
  }, '_tpy_import'));
  // import_absolute(fullname): imports the module and its parents as `import fullname` does.
  d.setStr('import_absolute', builtin('import_absolute', (vm, args) => {
    checkArgs('import_absolute', args, 1, 1, 0);
    const parts = strArg('import_absolute', args[0]).split('.');
    let mod: PyModule | null = null;
    for (let i = 0; i < parts.length; i++) mod = importModule(vm, parts.slice(0, i + 1).join('.'), mod);
    return mod!;
  }, '_tpy_import'));
  d.setStr('exec_source', builtin('exec_source', (vm, args) => {
    checkArgs('exec_source', args, 2, 2, 0);
    execSourceInto(vm, moduleArg('exec_source', args[0]), strArg('exec_source', args[1]));
    return None;
  }, '_tpy_import'));
  // source_to_code(data, path): a source file's bytes as the code import would run (its coding
  // declaration honoured, the library's compiled form when the cache holds this text).
  d.setStr('source_to_code', builtin('source_to_code', (vm, args) => {
    checkArgs('source_to_code', args, 2, 2, 0);
    const data = args[0];
    if (!(data instanceof PyBytes)) throw typeError(`source_to_code() argument 1 must be bytes, not ${argTypeName(data)}`);
    const file = strArg('source_to_code', args[1]);
    return sourceFileCode(vm, file, decodeSource(data.data, vm));
  }, '_tpy_import'));
  // exec_builtin(module): runs a native module's initialiser again, into the same module.
  d.setStr('exec_builtin', builtin('exec_builtin', (vm, args) => {
    checkArgs('exec_builtin', args, 1, 1, 0);
    const mod = moduleArg('exec_builtin', args[0]);
    const init = vm.nativeModules.get(mod.name);
    if (init !== undefined) init(vm, mod);
    return None;
  }, '_tpy_import'));
};
