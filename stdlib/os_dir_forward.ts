// os.scandir and os.walk: written in tpy (stdlib/lib/_os_dir.py) and imported at first use,
// since the native os cannot import a library module while it is being made.

import { builtin, NativeFn } from '../vm/objects/function.js';
import type { PyDict } from '../vm/objects/dict.js';
import { call } from '../vm/ops/call.js';
import { importModule } from '../vm/import.js';

export function installDirForwards(d: PyDict): void {
  for (const name of ['scandir', 'walk']) {
    const fn: NativeFn = (vm, args, kwargs) => call(vm, importModule(vm, '_os_dir', null).dict.getStr(name)!, args, kwargs);
    d.setStr(name, builtin(name, fn, 'os'));
  }
}
