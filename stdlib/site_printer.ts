// copyright, credits and license: the _sitebuiltins._Printer objects CPython's site module puts
// in builtins. Their repr is the text when it is short, else a hint to call them; a call prints
// the text. tpy ships no LICENSE file, so license() prints the address CPython falls back on.

import { PyObj } from '../vm/objects/object.js';
import { makeNativeType } from '../vm/objects/type.js';
import { defMethod } from '../vm/objects/function.js';
import { PyDict } from '../vm/objects/dict.js';
import { PyModule } from '../vm/objects/module.js';
import { None } from '../vm/objects/singletons.js';
import { call } from '../vm/ops/call.js';
import { checkArgCount, noKwargs } from '../vm/methods/args.js';

const printerType = makeNativeType('_sitebuiltins._Printer', undefined, { instanceDict: true });
// A class of the site module's _sitebuiltins (written in Python there): instances read its __module__.
printerType.setAttr('__module__', '_sitebuiltins');

class PyPrinter extends PyObj {
  constructor(readonly name: string, readonly text: string, readonly shown: string) {
    super(printerType);
  }
}

export const COPYRIGHT = `Copyright (c) 2001-2023 Python Software Foundation.
All Rights Reserved.

Copyright (c) 2000 BeOpen.com.
All Rights Reserved.

Copyright (c) 1995-2001 Corporation for National Research Initiatives.
All Rights Reserved.

Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.
All Rights Reserved.`;

const CREDITS = `    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.`;

defMethod(printerType, '__repr__', (vm, args) => (args[0] as PyPrinter).shown);

defMethod(printerType, '__call__', (vm, args, kwargs) => {
  noKwargs('_Printer.__call__', kwargs);
  checkArgCount('_Printer.__call__', args, 0, 0);
  const builtins = vm.modules.getStr('builtins') as PyModule;
  call(vm, builtins.dict.getStr('print')!, [(args[0] as PyPrinter).text]);
  return None;
});

/** Adds copyright, credits and license to the builtins namespace `d`. */
export function installPrinters(d: PyDict): void {
  const license = 'See https://www.python.org/psf/license/';
  for (const p of [
    new PyPrinter('copyright', COPYRIGHT, COPYRIGHT),
    new PyPrinter('credits', CREDITS, CREDITS),
    // CPython reads its long LICENSE file, so its repr is the hint.
    new PyPrinter('license', license, 'Type license() to see the full license text'),
  ]) {
    p.dict = new PyDict();
    d.setStr(p.name, p);
  }
}
