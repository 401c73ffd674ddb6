// The registry of native modules: name -> initialiser, installed into every new VM.

import type { ModuleInit, VM } from '../vm/vm.js';
import { makeSysInit, SysConfig } from './sys.js';
import { initBuiltins } from './builtins.js';
import * as optional from './optional_modules.js';

export function registerStdlib(vm: VM, sys: SysConfig): void {
  vm.nativeModules.set('builtins', initBuiltins as ModuleInit);
  vm.nativeModules.set('sys', makeSysInit(sys));
  for (const [name, init] of optional.modules()) vm.nativeModules.set(name, init);
}
