// Assigning a class's __bases__ (CPython's type_set_bases): the checks, then the new bases and
// the MRO of the class and of every class below it, recomputed (a metaclass's mro() included).

import type { PyObject } from './objects/object.js';
import { PyType, computeMro, MroError, typeType, invalidateTypeCaches } from './objects/type.js';
import { PyTuple } from './objects/tuple.js';
import { typeError, BaseException } from './objects/exceptions.js';
import { typeOf } from './ops/typeof.js';
import { layoutBase, solidBase } from './instance_layout.js';
import { applyCustomMro } from './build_class.js';
import { sameLayout } from './methods/object.js';
import type { VM } from './vm.js';

export function setTypeBases(vm: VM, cls: PyType, value: PyObject | undefined): void {
  if (!cls.isHeapType) {
    throw typeError(`cannot ${value === undefined ? 'delete' : 'set'} '__bases__' attribute of immutable type '${cls.tpName}'`);
  }
  if (value === undefined) throw typeError(`cannot delete '__bases__' attribute of immutable type '${cls.tpName}'`);
  if (!(value instanceof PyTuple)) throw typeError(`can only assign tuple to ${cls.name}.__bases__, not ${typeOf(value).tpName}`);
  if (value.items.length === 0) throw typeError(`can only assign non-empty tuple to ${cls.name}.__bases__, not ()`);
  const bases: PyType[] = [];
  for (const b of value.items) {
    if (!(b instanceof PyType)) throw typeError(`${cls.name}.__bases__ must be tuple of classes, not '${typeOf(b).tpName}'`);
    if (b.isSubtypeOf(cls)) throw typeError('a __bases__ item causes an inheritance cycle');
    if (bases.includes(b)) throw typeError(`duplicate base class ${b.name}`);
    bases.push(b);
  }
  // The instances keep their layout: the new bases must give the same one (compatible_for_assignment).
  const newBase = bestBase(bases);
  const oldBase = bestBase(cls.bases);
  if (collectedByGc(newBase) !== collectedByGc(oldBase)) {
    throw typeError(`__bases__ assignment: '${newBase.name}' deallocator differs from '${oldBase.name}'`);
  }
  if (!sameLayout(newBase, oldBase)) {
    throw typeError(`__bases__ assignment: '${newBase.name}' object layout differs from '${oldBase.name}'`);
  }
  const oldBases = cls.bases;
  const saved = new Map<PyType, PyType[]>();
  cls.replaceBases(bases);
  try {
    recomputeMro(vm, cls, saved);
  } catch (e) {
    // As mro_hierarchy's undo: every class gets its old MRO back, the class its old bases.
    for (const [t, mro] of saved) t.mro = mro;
    cls.replaceBases(oldBases);
    throw e;
  }
  invalidateTypeCaches();
}

/**
 * Whether CPython frees instances of `t` with the cycle collector's PyObject_GC_Del: every
 * class a program defines and the built-in containers do; object, int, str, float... do not.
 * Bases that differ in this differ in "deallocator".
 */
function collectedByGc(t: PyType): boolean {
  if (t.isHeapType) return true;
  return GC_BUILTINS.has(t.name) || t.isSubtypeOf(BaseException);
}

const GC_BUILTINS = new Set(['list', 'dict', 'set', 'frozenset', 'tuple', 'type', 'deque', 'defaultdict', 'OrderedDict', 'property', 'module']);

/** best_base: the base whose layout the class's instances take (the first with the widest one): CPython's tp_base. */
export function bestBase(bases: PyType[]): PyType {
  const winner = layoutBase(bases);
  return bases.find((b) => solidBase(b) === winner) ?? bases[0];
}

function recomputeMro(vm: VM, t: PyType, saved: Map<PyType, PyType[]>): void {
  if (!saved.has(t)) saved.set(t, t.mro);
  try {
    t.mro = computeMro(t);
  } catch (e) {
    if (e instanceof MroError) throw typeError(e.message);
    throw e;
  }
  invalidateTypeCaches();
  const meta = typeOf(t);
  if (meta !== typeType) applyCustomMro(vm, meta, t);
  for (const sub of t.subclasses) recomputeMro(vm, sub, saved);
}
