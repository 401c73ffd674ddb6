// types.UnionType, what `int | None` builds (PEP 604): type.__or__/__ror__, the same on types.GenericAlias,
// and the union's own methods. isinstance/issubclass look through a union in stdlib/builtins.ts.

import type { PyObject } from '../objects/object.js';
import { PyObj } from '../objects/object.js';
import { PyType, makeNativeType, typeType } from '../objects/type.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { None, NotImplemented, noneType } from '../objects/singletons.js';
import { defMethod, defGetter } from '../objects/function.js';
import { newFrozenSet } from '../objects/set.js';
import { typeError } from '../objects/exceptions.js';
import { repr } from '../ops/convert.js';
import { pyEq } from '../ops/compare.js';
import { pyHash } from '../ops/hash.js';
import { getItem } from '../ops/sequence.js';
import { genericAliasType, PyGenericAlias, typingAttr, typingItemRepr } from './list.js';
import type { VM } from '../vm.js';

export const unionType = makeNativeType('types.UnionType', undefined, { final: true, allocate: null });

export class PyUnionType extends PyObj {
  /** The member types, flattened and without duplicates; None is stored as NoneType. */
  constructor(readonly args: PyObject[]) {
    super(unionType);
  }
}

/** What `|` may join into a union: None, a class, a GenericAlias (list[int]) or another union. */
function isUnionable(o: PyObject): boolean {
  return o === None || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
}

/** Two members are one when they are the same object, or equal GenericAliases (list[int] twice). */
function sameMember(vm: VM, a: PyObject, b: PyObject): boolean {
  return a === b || (a instanceof PyGenericAlias && b instanceof PyGenericAlias && pyEq(vm, a, b));
}

/** `a | b`: NotImplemented unless both sides are unionable; a union of one member is that member. */
export function unionOr(vm: VM, a: PyObject, b: PyObject): PyObject {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  const members: PyObject[] = [];
  for (const side of [a, b]) {
    for (const m0 of side instanceof PyUnionType ? side.args : [side]) {
      const m = m0 === None ? noneType : m0;
      if (!members.some((x) => sameMember(vm, x, m))) members.push(m);
    }
  }
  return members.length === 1 ? members[0] : new PyUnionType(members);
}

function memberRepr(vm: VM, m: PyObject): string {
  return m === noneType ? 'None' : typingItemRepr(vm, m);
}

/** The type variables among the members (a member that is not a class gives its own __parameters__). */
function unionParameters(vm: VM, u: PyUnionType): PyObject[] {
  const params: PyObject[] = [];
  const add = (p: PyObject) => {
    if (!params.includes(p)) params.push(p);
  };
  for (const m of u.args) {
    if (m instanceof PyType) continue;
    // (typingAttr: list[T] raises AttributeError for a name its origin lacks.)
    if (!(m instanceof PyGenericAlias) && typingAttr(vm, m, '__typing_subst__') !== undefined) add(m);
    else {
      const ps = typingAttr(vm, m, '__parameters__');
      if (ps instanceof PyTuple) ps.items.forEach(add);
    }
  }
  return params;
}

/** `(T | list[T])[int]`: each type variable replaced by its argument, the other members subscripted with theirs. */
function unionGetItem(vm: VM, u: PyUnionType, item: PyObject): PyObject {
  const params = unionParameters(vm, u);
  if (params.length === 0) throw typeError(`${memberRepr(vm, u)} is not a generic class`);
  const given = item instanceof PyTuple ? item.items : [item];
  if (given.length !== params.length) {
    throw typeError(`Too ${given.length > params.length ? 'many' : 'few'} arguments for ${memberRepr(vm, u)}; actual ${given.length}, expected ${params.length}`);
  }
  const subst = (m: PyObject): PyObject => {
    const i = params.indexOf(m);
    if (i >= 0) return given[i];
    if (m instanceof PyType) return m;
    const ps = typingAttr(vm, m, '__parameters__');
    if (!(ps instanceof PyTuple) || ps.items.length === 0) return m;
    const sub = ps.items.map((p) => given[params.indexOf(p)]);
    return getItem(vm, m, sub.length === 1 ? sub[0] : newTuple(sub));
  };
  let r: PyObject = subst(u.args[0]);
  for (const m of u.args.slice(1)) {
    const next = unionOr(vm, r, subst(m));
    if (next === NotImplemented) throw typeError(`unsupported operand type(s) for |: '${repr(vm, r)}' and '${repr(vm, m)}'`);
    r = next;
  }
  return r;
}

let installed = false;

export function installUnionTypeMethods(): void {
  if (installed) return;
  installed = true;
  const or = (vm: VM, args: PyObject[]) => unionOr(vm, args[0], args[1]);
  const ror = (vm: VM, args: PyObject[]) => unionOr(vm, args[1], args[0]);
  for (const t of [typeType, genericAliasType, unionType]) {
    defMethod(t, '__or__', or);
    defMethod(t, '__ror__', ror);
  }
  defMethod(unionType, '__repr__', (vm, args) => (args[0] as PyUnionType).args.map((m) => memberRepr(vm, m)).join(' | '));
  defMethod(unionType, '__eq__', (vm, args) => {
    const [a, b] = args;
    if (!(b instanceof PyUnionType)) return NotImplemented;
    const inOther = (xs: PyObject[], ys: PyObject[]) => xs.every((x) => ys.some((y) => pyEq(vm, x, y)));
    return inOther((a as PyUnionType).args, b.args) && inOther(b.args, (a as PyUnionType).args);
  });
  defMethod(unionType, '__hash__', (vm, args) => pyHash(vm, newFrozenSet(vm, (args[0] as PyUnionType).args)));
  defMethod(unionType, '__getitem__', (vm, args) => unionGetItem(vm, args[0] as PyUnionType, args[1]));
  defGetter(unionType, '__args__', (_vm, self) => newTuple((self as PyUnionType).args));
  defGetter(unionType, '__parameters__', (vm, self) => newTuple(unionParameters(vm, self as PyUnionType)));
}
