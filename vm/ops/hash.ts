// hash(): how keys hash, and whether an object is hashed by identity or by value.

import type { PyObject, PyObj } from '../objects/object.js';
import { objectType } from '../objects/type.js';
import { None } from '../objects/singletons.js';
import { typeError } from '../objects/exceptions.js';
import { PyFloat } from '../objects/float.js';
import { intHash, floatHash } from '../format/bigint_math.js';
import { objectId } from '../objects/object.js';
import { normInt, PyIntSub } from '../objects/int.js';
import { typeOf } from './typeof.js';
import { call, callSpecialMethod } from './call.js';
import { bindSpecialOrMissing } from './attribute.js';
import { PyFunction, PyBuiltinFunction, PyMethodDescriptor } from '../objects/function.js';
import { sipHashStr, SIP } from './str_hash.js';
import type { VM } from '../vm.js';

/** hash(s): CPython's, as with PYTHONHASHSEED=0 (vm/ops/str_hash.ts). */
export function strHash(s: string): number | bigint {
  let h = hashInts.get(s);
  if (h !== undefined) return h;
  sipHashStr(s);
  const hi = SIP[0]!;
  h = hi >= -2097152 && hi < 2097152 ? hi * 4294967296 + (SIP[1]! >>> 0) : (BigInt(hi) << 32n) | BigInt(SIP[1]! >>> 0);
  if (hashInts.size === HASH_INTS) hashInts.clear();
  hashInts.set(s, h);
  return h;
}

/**
 * Recent strs' hash() values: nearly every one is past 2**53, a bigint made of three (hash()
 * of a word 108 -> ~25 ns, CPython 15, whose str keeps its hash). Emptied when it fills up.
 */
const hashInts = new Map<string, number | bigint>();
const HASH_INTS = 1 << 16;

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
  let r = callHashMethod(vm, o, h);
  // An int subclass's value is the hash (`return self` in an int subclass), as slot_tp_hash.
  if (r instanceof PyIntSub) r = r.value;
  if (typeof r === 'number') return r === -1 ? -2 : r;
  // A result that fits in 64 bits is the hash (str and bytes hashes are such); a larger
  // int is hashed as an int, as CPython's slot_tp_hash does.
  if (typeof r === 'bigint') return BigInt.asIntN(64, r) === r ? normInt(r) : intHash(r);
  if (typeof r === 'boolean') return r ? 1 : 0;
  throw typeError('__hash__ method should return an integer');
}

/** o.__hash__(): a descriptor that is no function and fails to bind leaves o unhashable (slot_tp_hash). */
export function callHashMethod(vm: VM, o: PyObj, h: PyObject): PyObject {
  if (h instanceof PyFunction || h instanceof PyMethodDescriptor || h instanceof PyBuiltinFunction) return callSpecialMethod(vm, o, h, []);
  const bound = bindSpecialOrMissing(vm, o, h);
  if (bound === undefined) throw typeError(`unhashable type: '${typeOf(o).tpName}'`);
  return call(vm, bound, []);
}

export function identityHash(o: PyObj): number {
  return objectId(o) / 16;
}
