// The registry of native modules: name -> initialiser, installed into every new VM.

import type { VM } from '../vm/vm.js';
import { makeSysInit, SysConfig } from './sys.js';
import { initBuiltins } from './builtins.js';
import { installExecBuiltins } from './builtins_exec.js';
import { init_math } from './math.js';
import { init_time } from './time.js';
import { init_random } from './random.js';
import { init_dis } from './dis.js';
import { init_traceback } from './traceback.js';
import { init_sockmini } from './_sockmini.js';
import { init_marshal } from './marshal.js';
import { init_re } from './re/index.js';
import { init_os, init_posixpath } from './os.js';
import { init_lsprof } from '../profiler/lsprof.js';
import { init_io } from './io.js';

export function registerStdlib(vm: VM, sys: SysConfig): void {
  vm.nativeModules.set('builtins', (vm, m) => {
    initBuiltins(vm, m);
    installExecBuiltins(m.dict);
  });
  vm.nativeModules.set('sys', makeSysInit(sys));
  vm.nativeModules.set('math', init_math);
  vm.nativeModules.set('time', init_time);
  vm.nativeModules.set('random', init_random);
  vm.nativeModules.set('dis', init_dis);
  vm.nativeModules.set('traceback', init_traceback);
  vm.nativeModules.set('_sockmini', init_sockmini);
  vm.nativeModules.set('marshal', init_marshal);
  vm.nativeModules.set('re', init_re);
  vm.nativeModules.set('os', init_os);
  vm.nativeModules.set('posixpath', init_posixpath);
  vm.nativeModules.set('_lsprof', init_lsprof);
  vm.nativeModules.set('io', init_io);
}
