// help: the _sitebuiltins._Helper object CPython's site module puts in builtins. Its repr is
// CPython's; a call imports pydoc (stdlib/lib/pydoc.py) and hands it the arguments, as CPython's does.

import { PyObj } from '../vm/objects/object.js';
import { makeNativeType } from '../vm/objects/type.js';
import { defMethod } from '../vm/objects/function.js';
import { PyDict } from '../vm/objects/dict.js';
import { None } from '../vm/objects/singletons.js';
import { getAttr } from '../vm/ops/attribute.js';
import { call } from '../vm/ops/call.js';
import { importName } from '../vm/import.js';

const helperType = makeNativeType('_sitebuiltins._Helper', undefined, { instanceDict: true });
// A class of the site module's _sitebuiltins (written in Python there): instances read its __module__.
helperType.setAttr('__module__', '_sitebuiltins');

class PyHelper extends PyObj {
  constructor() {
    super(helperType);
  }
}

defMethod(helperType, '__repr__', () => 'Type help() for interactive help, or help(object) for help about object.');

defMethod(helperType, '__call__', (vm, args, kwargs) => {
  const pydoc = importName(vm, 'pydoc', None, 0, new PyDict());
  return call(vm, getAttr(vm, pydoc, 'help'), args.slice(1), kwargs);
});

/** Adds help to the builtins namespace `d`. */
export function installHelper(d: PyDict): void {
  const h = new PyHelper();
  h.dict = new PyDict();
  d.setStr('help', h);
}
