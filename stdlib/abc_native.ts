// Module _tpy_abc: what abc.py (stdlib/lib/abc.py) needs of the VM's types: the collection flag
// a registration gives (Sequence.register(C) lets sequence patterns match C's instances).

import { builtin } from '../vm/objects/function.js';
import { PyType } from '../vm/objects/type.js';
import { None } from '../vm/objects/singletons.js';
import { typeError } from '../vm/objects/exceptions.js';
import { registerCollection } from '../vm/ops/match.js';
import type { ModuleInit } from '../vm/vm.js';

export const init__tpy_abc: ModuleInit = (_vm, m) => {
  m.dict.setStr('register_collection', builtin('register_collection', (_vm2, args) => {
    const [abc, subclass] = args;
    if (args.length !== 2 || !(abc instanceof PyType) || !(subclass instanceof PyType)) {
      throw typeError('register_collection(abc, subclass) takes two classes');
    }
    registerCollection(abc, subclass);
    return None;
  }, '_tpy_abc'));
};
