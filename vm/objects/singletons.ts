// None, NotImplemented and Ellipsis: the three singletons and their types.

import { PyObj, fixStaticId } from './object.js';
import { makeNativeType, noneIsReady } from './type.js';

export const noneType = makeNativeType('NoneType', undefined, { final: true });
export const notImplementedType = makeNativeType('NotImplementedType', undefined, { final: true });
export const ellipsisType = makeNativeType('ellipsis', undefined, { final: true });

class PySingleton extends PyObj {
  constructor(cls: typeof noneType, readonly repr: string) {
    super(cls);
  }
}

export const None: PyObj = new PySingleton(noneType, 'None');
export const NotImplemented: PyObj = new PySingleton(notImplementedType, 'NotImplemented');
export const Ellipsis: PyObj = new PySingleton(ellipsisType, 'Ellipsis');
noneIsReady(None);
// The low bits of their addresses in CPython 3.11.7 (id(None) % 2**20 == 0x5bbe0, ...): see fixStaticId.
fixStaticId(None, 0x5bbe0);
fixStaticId(NotImplemented, 0x5ba30);
fixStaticId(Ellipsis, 0x5de60);
