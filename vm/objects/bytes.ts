// The bytes and bytearray types: byte strings over Uint8Array.

import { PyObj } from './object.js';
import { makeNativeType } from './type.js';

export const bytesType = makeNativeType('bytes', undefined, { allocate: (cls) => new PyBytes(new Uint8Array(0), cls) });
export const bytearrayType = makeNativeType('bytearray', undefined, { allocate: (cls) => new PyByteArray(new Uint8Array(0), cls) });

export class PyBytes extends PyObj {
  constructor(readonly data: Uint8Array, cls = bytesType) {
    super(cls);
  }
}

export class PyByteArray extends PyObj {
  constructor(public data: Uint8Array, cls = bytearrayType) {
    super(cls);
  }
}
