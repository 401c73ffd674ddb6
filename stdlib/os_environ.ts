// The environment of a tpy program: one store per VM (many VMs share one Node process, so
// none writes process.env), os.putenv/unsetenv/getenv, os.environ (stdlib/lib/_os_environ.py)
// made over it, and the environment a child process gets.

import type { PyObject } from '../vm/objects/object.js';
import { PyDict } from '../vm/objects/dict.js';
import { PyBytes } from '../vm/objects/bytes.js';
import { None } from '../vm/objects/singletons.js';
import { strVal } from '../vm/objects/str.js';
import { builtin, NativeFn } from '../vm/objects/function.js';
import { typeError, valueError, OSError } from '../vm/objects/exceptions.js';
import { typeName } from '../vm/ops/typeof.js';
import { getAttr } from '../vm/ops/attribute.js';
import { call } from '../vm/ops/call.js';
import { parseArgs } from '../vm/methods/args.js';
import { importModule } from '../vm/import.js';
import { fspathOrUndefined } from './fspath.js';
import { installLazyNames } from './lazy_module_names.js';
import { strerror } from './linux_errno.js';
import type { VM } from '../vm/vm.js';

const EINVAL = 22;
const stores = new WeakMap<VM, Map<string, string>>();

/** The VM's process environment, copied from Node's at first use. */
function processEnv(vm: VM): Map<string, string> {
  let env = stores.get(vm);
  if (env === undefined) {
    env = new Map();
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env.set(k, v);
    stores.set(vm, env);
  }
  return env;
}

/** What a child started with env=None inherits: the program's environment, changes included. */
export function childEnv(vm: VM): NodeJS.ProcessEnv {
  return Object.fromEntries(processEnv(vm));
}

/** A putenv/unsetenv argument: str, bytes or path-like, with no NUL. */
function envArg(vm: VM, o: PyObject): string {
  const p = fspathOrUndefined(vm, o);
  const s = p === undefined ? undefined : p instanceof PyBytes ? Buffer.from(p.data).toString('utf8') : strVal(p);
  if (s === undefined) throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(o)}`);
  if (s.includes('\0')) throw valueError('embedded null byte');
  return s;
}

const invalid = (vm: VM) => call(vm, OSError, [EINVAL, strerror(EINVAL)]);

const os_putenv: NativeFn = (vm, args, kwargs) => {
  const [k, v] = parseArgs('putenv', args, kwargs, { names: ['name', 'value'], required: 2, posOnly: 2 }, 0);
  const key = envArg(vm, k!);
  const value = envArg(vm, v!);
  if (key.includes('=')) throw valueError('illegal environment variable name');
  if (key === '') throw invalid(vm);
  processEnv(vm).set(key, value);
  return None;
};

const os_unsetenv: NativeFn = (vm, args, kwargs) => {
  const [k] = parseArgs('unsetenv', args, kwargs, { names: ['name'], required: 1, posOnly: 1 }, 0);
  const key = envArg(vm, k!);
  if (key === '' || key.includes('=')) throw invalid(vm);
  processEnv(vm).delete(key);
  return None;
};

/** os.getenv(key, default=None): os.environ.get(key, default), as CPython defines it. */
const os_getenv: NativeFn = (vm, args, kwargs) => {
  const [key, dflt] = parseArgs('getenv', args, kwargs, { names: ['key', 'default'], required: 1 }, 0);
  const os = importModule(vm, 'os', null);
  return call(vm, getAttr(vm, getAttr(vm, os, 'environ'), 'get'), [key!, dflt ?? None]);
};

export const environFunctions: [string, NativeFn][] = [
  ['putenv', os_putenv],
  ['unsetenv', os_unsetenv],
  ['getenv', os_getenv],
];

/** os.environ: an _Environ over the environment as os was imported, writing through putenv/unsetenv. */
function makeEnviron(vm: VM, initial: Map<string, string>): PyObject {
  const data = new PyDict();
  for (const [k, v] of initial) data.setStr(k, v);
  const cls = importModule(vm, '_os_environ', null).dict.getStr('_Environ')!;
  const putenv = builtin('putenv', os_putenv, 'os');
  const unsetenv = builtin('unsetenv', os_unsetenv, 'os');
  return call(vm, cls, [data, putenv, unsetenv]);
}

/**
 * Makes os.environ at its first use, through module __getattr__/__dir__ hooks (PEP 562) that
 * then remove themselves: loading the tpy module behind it would make every `import os`
 * several times slower.
 */
export function installEnviron(vm: VM, d: PyDict): void {
  const initial = new Map(processEnv(vm));
  // PathLike and popen (stdlib/lib/_os_extras.py, which imports abc) and DirEntry (the class
  // of what scandir yields, lib/_os_dir.py) come with it, all at the first use of any, so that
  // os has no __getattr__ left after it.
  installLazyNames(d, 'os', ['environ', 'PathLike', 'popen', 'DirEntry'], (vm) => {
    d.setStr('environ', makeEnviron(vm, initial));
    const extras = importModule(vm, '_os_extras', null);
    for (const extra of ['PathLike', 'popen']) d.setStr(extra, getAttr(vm, extras, extra));
    d.setStr('DirEntry', getAttr(vm, importModule(vm, '_os_dir', null), 'DirEntry'));
  });
}

/** A variable of the program's environment as C's getenv sees it (putenv'd changes included). */
export function getenvValue(vm: VM, name: string): string | undefined {
  return processEnv(vm).get(name);
}

/** os.environ[name] as the program sees it (os.path.expandvars, expanduser), else undefined. */
export function environValue(vm: VM, name: string): string | undefined {
  const os = vm.modules.getStr('os');
  const env = os === undefined ? undefined : getAttr(vm, os, 'environ');
  if (env === undefined) return processEnv(vm).get(name);
  const v = call(vm, getAttr(vm, env, 'get'), [name]);
  return v === None ? undefined : strVal(v);
}
