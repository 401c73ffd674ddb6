// __doc__ of built-in functions, methods, attributes and types: looked up in the table CPython's
// own doc strings were taken into (builtin_docs.ts), by the builtins type that defines them
// (the keys and the lookup are text_signature_of.ts's).

import type { PyObject } from './object.js';
import { PyType } from './type.js';
import { PyModule } from './module.js';
import { None } from './singletons.js';
import type { PyBuiltinFunction } from './function.js';
import { typeOf } from '../ops/typeof.js';
import { builtinDoc } from './builtin_docs.js';

/** The doc of member `name` as the first builtins type in t's MRO that has one gives it. */
export function memberDoc(t: PyType, name: string): PyObject {
  for (const k of t.mro) {
    if (k.module !== 'builtins' || k.isHeapType) continue;
    const doc = builtinDoc(`${k.name}.${name}`);
    if (doc !== undefined) return doc;
  }
  return None;
}

export function builtinFunctionDoc(b: PyBuiltinFunction): PyObject {
  if (b.newOf !== null) return memberDoc(b.newOf, '__new__');
  if (b.staticOf !== null) return memberDoc(b.staticOf, b.name);
  if (b.descriptor !== null) return memberDoc(b.descriptor.owner, b.name);
  if (b.self === undefined || b.self instanceof PyModule) {
    return b.module === 'builtins' ? (builtinDoc(`builtins.${b.name}`) ?? None) : None;
  }
  return memberDoc(b.self instanceof PyType ? b.self : typeOf(b.self), b.name);
}

/** A built-in type's own doc string (int.__doc__), for one whose dict has none. */
export function nativeTypeDoc(t: PyType): string | undefined {
  if (t.isHeapType || t.module !== 'builtins') return undefined;
  return builtinDoc(t.name);
}
