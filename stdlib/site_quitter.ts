// exit() and quit(): the _sitebuiltins.Quitter objects CPython's site module puts in builtins.
// Calling one closes sys.stdin (so a shell reading it stops) and raises SystemExit(code).

import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { makeNativeType } from '../vm/objects/type.js';
import { defMethod } from '../vm/objects/function.js';
import { None } from '../vm/objects/singletons.js';
import { PyModule } from '../vm/objects/module.js';
import { PyDict } from '../vm/objects/dict.js';
import { newException, SystemExit, typeError } from '../vm/objects/exceptions.js';
import { getAttr } from '../vm/ops/attribute.js';
import { call } from '../vm/ops/call.js';
import { ProcessExit } from '../vm/errors.js';

const quitterType = makeNativeType('_sitebuiltins.Quitter', undefined, { instanceDict: true });
// A class of the site module's _sitebuiltins (written in Python there): instances read its __module__.
quitterType.setAttr('__module__', '_sitebuiltins');

class PyQuitter extends PyObj {
  constructor(readonly name: string) {
    super(quitterType);
  }
}

/** Quitter.__call__(self, code=None), with the errors of that Python signature. */
defMethod(quitterType, '__call__', (vm, args, kwargs) => {
  if (args.length > 2) throw typeError(`Quitter.__call__() takes from 1 to 2 positional arguments but ${args.length} were given`);
  let code: PyObject = args.length > 1 ? args[1] : None;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (k !== 'code') throw typeError(`Quitter.__call__() got an unexpected keyword argument '${k}'`);
      if (args.length > 1) throw typeError("Quitter.__call__() got multiple values for argument 'code'");
      code = v;
    }
  }
  const sys = vm.modules.getStr('sys');
  const stdin = sys instanceof PyModule ? sys.dict.getStr('stdin') : undefined;
  try {
    if (stdin !== undefined) call(vm, getAttr(vm, stdin, 'close'), []);
  } catch (e) {
    if (e instanceof ProcessExit) throw e; // a bare `except:` in CPython's, which os._exit passes
  }
  throw newException(SystemExit, code);
});

defMethod(quitterType, '__repr__', (vm, args) => `Use ${(args[0] as PyQuitter).name}() or Ctrl-D (i.e. EOF) to exit`);

/** Adds exit and quit to the builtins namespace `d`. */
export function installQuitters(d: PyDict): void {
  for (const name of ['exit', 'quit']) {
    const q = new PyQuitter(name);
    q.dict = new PyDict();
    q.dict.setStr('name', name);
    q.dict.setStr('eof', 'Ctrl-D (i.e. EOF)');
    d.setStr(name, q);
  }
}
