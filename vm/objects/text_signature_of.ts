// __text_signature__ of built-in functions, methods and types: looked up in the table CPython's
// own signatures were taken into (text_signatures.ts), by the builtins type that defines them.

import type { PyObject } from './object.js';
import { PyType } from './type.js';
import { PyModule } from './module.js';
import { None } from './singletons.js';
import type { PyBuiltinFunction, PyMethodDescriptor } from './function.js';
import { typeOf } from '../ops/typeof.js';
import { TEXT_SIGNATURES } from './text_signatures.js';

/** The signature of method `name` as the first builtins type in t's MRO that has one gives it. */
function methodSignature(t: PyType, name: string): PyObject {
  for (const k of t.mro) {
    if (k.module !== 'builtins' || k.isHeapType) continue;
    const sig = TEXT_SIGNATURES.get(`${k.name}.${name}`);
    if (sig !== undefined) return sig;
  }
  return None;
}

export function builtinFunctionTextSignature(b: PyBuiltinFunction): PyObject {
  if (b.newOf !== null) return methodSignature(b.newOf, '__new__');
  if (b.staticOf !== null) return methodSignature(b.staticOf, b.name);
  if (b.descriptor !== null) return methodSignature(b.descriptor.owner, b.name);
  if (b.self === undefined || b.self instanceof PyModule) {
    return b.module === 'builtins' ? (TEXT_SIGNATURES.get(`builtins.${b.name}`) ?? None) : None;
  }
  return methodSignature(b.self instanceof PyType ? b.self : typeOf(b.self), b.name);
}

export function methodDescriptorTextSignature(d: PyMethodDescriptor): PyObject {
  return methodSignature(d.owner, d.name);
}

export function classMethodTextSignature(owner: PyType, name: string): PyObject {
  return methodSignature(owner, name);
}

export function typeTextSignature(t: PyType): PyObject {
  if (t.isHeapType || t.module !== 'builtins') return None;
  return TEXT_SIGNATURES.get(t.name) ?? None;
}
