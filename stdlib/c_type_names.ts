// Module _c_type_names: lets a library module written in tpy give its classes the
// tp_name a C type of that module has ('decimal.Decimal'), which error messages show.

import type { PyObject } from '../vm/objects/object.js';
import { builtin } from '../vm/objects/function.js';
import { None } from '../vm/objects/singletons.js';
import { typeError } from '../vm/objects/exceptions.js';
import { isType, typeName } from '../vm/ops/typeof.js';
import { checkArgCount, noKwargs } from '../vm/methods/args.js';
import type { ModuleInit, VM } from '../vm/vm.js';

/** as_c_type(cls): messages name cls `module.name` from now on, as CPython names its C types. */
function as_c_type(_vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  noKwargs('as_c_type', kwargs);
  checkArgCount('as_c_type', args, 1, 1, 0);
  const cls = args[0];
  if (!isType(cls)) throw typeError(`as_c_type() argument must be a type, not ${typeName(cls)}`);
  cls.nameAsModuleType();
  return None;
}

export const init__c_type_names: ModuleInit = (_vm, m) => {
  m.dict.setStr('as_c_type', builtin('as_c_type', as_c_type, '_c_type_names'));
};
