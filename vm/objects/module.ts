// The module type: a namespace dict with a name.

import { PyObj } from './object.js';
import { makeNativeType } from './type.js';
import { PyDict } from './dict.js';
import { None } from './singletons.js';

export const moduleType = makeNativeType('module', undefined, { instanceDict: true, allocate: (cls) => new PyModule('?', cls) });

export class PyModule extends PyObj {
  declare dict: PyDict;
  constructor(name: string, cls = moduleType) {
    super(cls);
    this.dict = new PyDict();
    this.dict.setStr('__name__', name);
    this.dict.setStr('__doc__', None);
    this.dict.setStr('__package__', None);
    this.dict.setStr('__loader__', None);
    this.dict.setStr('__spec__', None);
  }
  get name(): string {
    const n = this.dict.getStr('__name__');
    return typeof n === 'string' ? n : '?';
  }
}
