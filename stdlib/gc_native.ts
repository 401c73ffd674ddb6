// Module _tpy_gc: what gc.collect() (stdlib/lib/gc.py) asks of the VM: the instances of
// classes with __del__ that only reference cycles still hold are finalised (vm/finalize_now.ts).

import { builtin } from '../vm/objects/function.js';
import { checkArgs } from '../vm/methods/args.js';
import { finalizeDropped } from '../vm/finalize_now.js';
import type { ModuleInit } from '../vm/vm.js';

export const init__tpy_gc: ModuleInit = (vm, m) => {
  // collect(): the number of unreachable objects found.
  m.dict.setStr('collect', builtin('collect', (vm, args) => {
    checkArgs('collect', args, 0, 0, 0);
    return finalizeDropped(vm, true);
  }, '_tpy_gc'));
};
