// help: the _sitebuiltins._Helper object CPython's site module puts in builtins. Its repr is
// CPython's; calling it would run pydoc, which tpy does not have, so a call says so.

import { PyObj } from '../vm/objects/object.js';
import { makeNativeType } from '../vm/objects/type.js';
import { defMethod } from '../vm/objects/function.js';
import { PyDict } from '../vm/objects/dict.js';
import { notImplementedError } from '../vm/objects/exceptions.js';

const helperType = makeNativeType('_sitebuiltins._Helper', undefined, { instanceDict: true });
// A class of the site module's _sitebuiltins (written in Python there): instances read its __module__.
helperType.setAttr('__module__', '_sitebuiltins');

class PyHelper extends PyObj {
  constructor() {
    super(helperType);
  }
}

defMethod(helperType, '__repr__', () => 'Type help() for interactive help, or help(object) for help about object.');

defMethod(helperType, '__call__', () => {
  throw notImplementedError('help() is not available in tpy: it has no pydoc to render documentation');
});

/** Adds help to the builtins namespace `d`. */
export function installHelper(d: PyDict): void {
  const h = new PyHelper();
  h.dict = new PyDict();
  d.setStr('help', h);
}
