// None, NotImplemented and Ellipsis: the three singletons and their types.

import { PyObj } from './object.js';
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
