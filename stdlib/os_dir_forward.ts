// The os functions written in tpy and imported at first use, since the native os cannot
// import a library module while it is being made: scandir and walk (stdlib/lib/_os_dir.py),
// fsencode, fsdecode, removedirs, renames and get_exec_path (stdlib/lib/_os_helpers.py).

import { builtin, NativeFn } from '../vm/objects/function.js';
import type { PyDict } from '../vm/objects/dict.js';
import { call } from '../vm/ops/call.js';
import { importModule } from '../vm/import.js';

const FORWARDS: [string, string[]][] = [
  ['_os_dir', ['scandir', 'walk']],
  ['_os_helpers', ['fsencode', 'fsdecode', 'removedirs', 'renames', 'get_exec_path']],
];

export function installDirForwards(d: PyDict): void {
  for (const [module, names] of FORWARDS) {
    for (const name of names) {
      const fn: NativeFn = (vm, args, kwargs) => call(vm, importModule(vm, module, null).dict.getStr(name)!, args, kwargs);
      d.setStr(name, builtin(name, fn, 'os'));
    }
  }
}
