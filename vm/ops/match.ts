// Pattern matching's runtime checks (ceval.c's MATCH_* opcodes, match_keys and match_class, CPython 3.11).

import type { VM } from '../vm.js';
import type { PyObject } from '../objects/object.js';
import { PyType, typeType } from '../objects/type.js';
import { PyTuple, newTuple, tupleType } from '../objects/tuple.js';
import { PyDict, dictType } from '../objects/dict.js';
import { listType } from '../objects/list.js';
import { rangeType } from '../objects/range.js';
import { memoryviewType } from '../objects/memoryview.js';
import { intType, boolType } from '../objects/int.js';
import { floatType } from '../objects/float.js';
import { strType } from '../objects/str.js';
import { bytesType, bytearrayType } from '../objects/bytes.js';
import { setType, frozensetType } from '../objects/set.js';
import { None } from '../objects/singletons.js';
import { typeError, valueError, AttributeError, PyBaseException } from '../objects/exceptions.js';
import { typeOf } from './typeof.js';
import { getAttr } from './attribute.js';
import { call, callSpecialMethod } from './call.js';
import { repr, truthy } from './convert.js';
import { typeInstanceCheck } from '../methods/type.js';
import { dictMerge } from '../methods/dict.js';

/**
 * Types with CPython's Py_TPFLAGS_SEQUENCE (inherited by subclasses): list, tuple, range,
 * memoryview, and what native modules register (collections.deque, array.array). str, bytes and bytearray are not.
 * Classes get the flag (or Py_TPFLAGS_MAPPING) from an `__abc_tpflags__` in their MRO, as
 * subclasses of collections.abc.Sequence (Mapping) do, or from ABC.register() (registerCollection).
 */
export const sequenceTypes = new Set<PyType>([listType, tupleType, rangeType, memoryviewType]);

/** Types whose class pattern with one positional sub-pattern matches the subject itself (_Py_TPFLAGS_MATCH_SELF). */
const MATCH_SELF = new Set<PyType>([
  boolType, bytearrayType, bytesType, dictType, floatType, frozensetType, intType, listType, setType, strType, tupleType,
]);

function hasFlag(t: PyType, types: Set<PyType>): boolean {
  for (const b of t.mro) if (types.has(b)) return true;
  return false;
}

const TPFLAGS_SEQUENCE = 1 << 5;
const TPFLAGS_MAPPING = 1 << 6;

/** The collection flag of a type: the first base in its MRO that is a known sequence or mapping, or says so in `__abc_tpflags__`. */
function collectionFlag(t: PyType): number {
  for (const b of t.mro) {
    if (sequenceTypes.has(b)) return TPFLAGS_SEQUENCE;
    if (b === dictType) return TPFLAGS_MAPPING;
    if (b.registeredCollectionFlag !== 0) return b.registeredCollectionFlag;
    const f = b.typeDict.get('__abc_tpflags__');
    if (typeof f === 'number' && (f & (TPFLAGS_SEQUENCE | TPFLAGS_MAPPING)) !== 0) return f & (TPFLAGS_SEQUENCE | TPFLAGS_MAPPING);
  }
  return 0;
}

/**
 * `abc.register(subclass)`'s part in pattern matching (CPython 3.11's _abc_register): an ABC
 * with a collection flag gives it to the class registered, replacing the one it had, and to
 * that class's subclasses (classes made later inherit it through their MRO); built-in types
 * keep theirs.
 */
export function registerCollection(abc: PyType, subclass: PyType): void {
  const flag = collectionFlag(abc);
  if (flag !== 0) setCollectionFlag(subclass, flag);
}

function setCollectionFlag(t: PyType, flag: number): void {
  if (!t.isHeapType || collectionFlag(t) === flag) return;
  t.registeredCollectionFlag = flag;
  for (const sub of t.subclasses) setCollectionFlag(sub, flag);
}

/** MATCH_SEQUENCE: may a sequence pattern match the subject? */
export function matchSequence(subject: PyObject): boolean {
  return (collectionFlag(typeOf(subject)) & TPFLAGS_SEQUENCE) !== 0;
}

/** MATCH_MAPPING: may a mapping pattern match the subject? */
export function matchMapping(subject: PyObject): boolean {
  return (collectionFlag(typeOf(subject)) & TPFLAGS_MAPPING) !== 0;
}

/** A marker no `get` can return but the default it was given. */
const MISSING = new PyTuple([]);

/** MATCH_KEYS: the values of `keys` in the mapping (looked up with its `get`), or None when one is missing. */
export function matchKeys(vm: VM, subject: PyObject, keys: PyTuple): PyObject {
  if (keys.items.length === 0) return newTuple([]);
  const get = getAttr(vm, subject, 'get');
  const seen = new PyDict();
  const values: PyObject[] = [];
  for (const key of keys.items) {
    if (seen.has(vm, key)) throw valueError(`mapping pattern checks duplicate key (${repr(vm, key)})`);
    seen.set(vm, key, None);
    const v = call(vm, get, [key, MISSING]);
    if (v === MISSING) return None;
    values.push(v);
  }
  return newTuple(values);
}

/** COPY_DICT_WITHOUT_KEYS: a dict of the subject's items but `keys` (the `**rest` of a mapping pattern). */
export function copyDictWithoutKeys(vm: VM, subject: PyObject, keys: PyTuple): PyDict {
  const rest = new PyDict();
  dictMerge(vm, rest, subject); // dict.update's semantics: keys() and [] for other mappings
  for (const k of keys.items) rest.delete(vm, k);
  return rest;
}

function isInstanceOf(vm: VM, subject: PyObject, cls: PyType): boolean {
  const meta = typeOf(cls);
  if (meta === typeType) return typeInstanceCheck(vm, cls, subject);
  const checker = meta.lookup('__instancecheck__');
  if (checker !== undefined && checker !== None) {
    return truthy(vm, callSpecialMethod(vm, cls, checker, [subject]));
  }
  return typeInstanceCheck(vm, cls, subject);
}

/** An attribute for a class pattern; undefined when the subject has none (AttributeError). */
function classAttr(vm: VM, subject: PyObject, cls: PyType, name: string, seen: Set<string>): PyObject | undefined {
  if (seen.has(name)) throw typeError(`${cls.tpName}() got multiple sub-patterns for attribute ${repr(vm, name)}`);
  seen.add(name);
  try {
    return getAttr(vm, subject, name);
  } catch (e) {
    if (isAttributeError(e)) return undefined;
    throw e;
  }
}

function isAttributeError(e: unknown): boolean {
  return e instanceof PyBaseException && e.cls.isSubtypeOf(AttributeError);
}

/**
 * MATCH_CLASS: the attributes a class pattern `cls(<nargs positional>, <kwnames>=...)` matches
 * its sub-patterns against, or None when the subject is no instance or lacks one of them.
 */
export function matchClass(vm: VM, subject: PyObject, cls: PyObject, nargs: number, kwnames: PyTuple): PyObject {
  if (!(cls instanceof PyType)) throw typeError('called match pattern must be a type');
  if (!isInstanceOf(vm, subject, cls)) return None;
  const seen = new Set<string>();
  const attrs: PyObject[] = [];
  if (nargs > 0) {
    let matchSelf = false;
    let matchArgs: PyObject[];
    let found: PyObject | undefined;
    try {
      found = getAttr(vm, cls, '__match_args__');
    } catch (e) {
      if (!isAttributeError(e)) throw e;
    }
    if (found !== undefined) {
      if (!(found instanceof PyTuple) || typeOf(found) !== tupleType) {
        throw typeError(`${cls.tpName}.__match_args__ must be a tuple (got ${typeOf(found).tpName})`);
      }
      matchArgs = found.items;
    } else {
      // MATCH_SELF counts only when the class does not define __match_args__.
      matchArgs = [];
      matchSelf = hasFlag(cls, MATCH_SELF);
    }
    const allowed = matchSelf ? 1 : matchArgs.length;
    if (allowed < nargs) {
      throw typeError(`${cls.tpName}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
    }
    if (matchSelf) attrs.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const name = matchArgs[i]!;
        if (typeof name !== 'string') throw typeError(`__match_args__ elements must be strings (got ${typeOf(name).tpName})`);
        const attr = classAttr(vm, subject, cls, name, seen);
        if (attr === undefined) return None;
        attrs.push(attr);
      }
    }
  }
  for (const name of kwnames.items) {
    const attr = classAttr(vm, subject, cls, name as string, seen);
    if (attr === undefined) return None;
    attrs.push(attr);
  }
  return newTuple(attrs);
}
