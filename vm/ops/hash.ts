// hash(): how keys hash, and whether an object is hashed by identity or by value.

import type { PyObject, PyObj } from '../objects/object.js';
import { objectType } from '../objects/type.js';
import { None } from '../objects/singletons.js';
import { typeError } from '../objects/exceptions.js';
import { PyFloat } from '../objects/float.js';
import { intHash, floatHash } from '../format/bigint_math.js';
import { objectId } from '../objects/object.js';
import { typeOf } from './typeof.js';
import { callSpecialMethod } from './call.js';
import type { VM } from '../vm.js';

/**
 * A deterministic string hash (CPython randomises its own, so no program can rely on the
 * value), but for the empty string, whose hash is 0 in CPython whatever the seed.
 */
export function strHash(s: string): number {
  if (s.length === 0) return 0;
  let h = 0x345678;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 1000003) ^ s.charCodeAt(i)) | 0;
  h ^= s.length;
  return h === -1 ? -2 : h;
}

/** 'identity' when the type keeps object's __hash__ (and so its __eq__): a Map can key on the object itself. */
export function hashKeyKind(o: PyObj): 'identity' | 'value' {
  const h = o.cls.lookup('__hash__');
  return h !== undefined && h === objectType.typeDict.get('__hash__') ? 'identity' : 'value';
}

export function pyHash(vm: VM, o: PyObject): number | bigint {
  switch (typeof o) {
    case 'string': return strHash(o);
    case 'number': case 'bigint': return intHash(o);
    case 'boolean': return o ? 1 : 0;
  }
  if (o instanceof PyFloat) return floatHash(o.value);
  const h = o.cls.lookup('__hash__');
  if (h === undefined || h === None) throw typeError(`unhashable type: '${typeOf(o).tpName}'`);
  if (h === objectType.typeDict.get('__hash__')) return identityHash(o);
  const r = callSpecialMethod(vm, o, h, []);
  if (typeof r === 'number') return r === -1 ? -2 : r;
  if (typeof r === 'bigint') return intHash(r);
  if (typeof r === 'boolean') return r ? 1 : 0;
  throw typeError('__hash__ method should return an integer');
}

export function identityHash(o: PyObj): number {
  return objectId(o) / 16;
}
