// types.UnionType: `int | str`, `list[int] | None` (PEP 604), as annotations write them.
//
// In 3.11 annotations are evaluated when the `def` runs, so a program annotated with
// `x: int | None = None` needs `type.__or__` to define its functions at all. A union keeps
// its members in order without repeats (None as NoneType), flattens nested unions, and is
// the member itself when one is left; isinstance() and issubclass() take it as they take a
// tuple (stdlib/builtins.ts asks unionMembers).

import type { PyObject } from '../objects/object.js';
import { PyObj } from '../objects/object.js';
import { PyType, makeNativeType, typeType } from '../objects/type.js';
import { newTuple } from '../objects/tuple.js';
import { None, NotImplemented, noneType } from '../objects/singletons.js';
import { defMethod, defGetter } from '../objects/function.js';
import { newFrozenSet } from '../objects/set.js';
import { repr } from '../ops/convert.js';
import { pyEq } from '../ops/compare.js';
import { pyHash } from '../ops/hash.js';
import { PyGenericAlias, genericAliasType } from './list.js';
import { typeError } from '../objects/exceptions.js';
import type { PyBaseException } from '../objects/exceptions.js';
import type { VM } from '../vm.js';

export const unionType = makeNativeType('types.UnionType', undefined, { final: true });

export class PyUnion extends PyObj {
  constructor(readonly members: PyObject[]) {
    super(unionType);
  }
}

/**
 * The members of `o` when it is a union, else null, for isinstance() or issubclass() (`fn`),
 * which refuse a union holding a generic alias as they refuse the alias itself.
 */
export function unionMembers(o: PyObject, fn: 'isinstance' | 'issubclass'): PyObject[] | null {
  if (!(o instanceof PyUnion)) return null;
  if (o.members.some((m) => m instanceof PyGenericAlias)) throw parameterizedGeneric(fn);
  return o.members;
}

function parameterizedGeneric(fn: string): PyBaseException {
  return typeError(`${fn}() argument 2 cannot be a parameterized generic`);
}

/** What `|` accepts on either side to make a union: None, a class, a generic alias, a union. */
function unionable(o: PyObject): boolean {
  return o === None || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnion;
}

/** `a | b` of two unionable operands, or NotImplemented (then the other side, or TypeError). */
function makeUnion(vm: VM, a: PyObject, b: PyObject): PyObject {
  if (!unionable(a) || !unionable(b)) return NotImplemented;
  const members: PyObject[] = [];
  for (const side of [a, b]) {
    for (const m of side instanceof PyUnion ? side.members : [side === None ? noneType : side]) {
      // Generic aliases compare by value (list[int] twice is one member), classes by identity.
      if (!members.some((k) => k === m || (m instanceof PyGenericAlias && k instanceof PyGenericAlias && pyEq(vm, k, m)))) members.push(m);
    }
  }
  return members.length === 1 ? members[0] : new PyUnion(members);
}

/** A member as the union's repr shows it: None, a class by its (qualified) name, others by repr. */
function memberRepr(vm: VM, m: PyObject): string {
  if (m === noneType) return 'None';
  if (m instanceof PyType && !(m instanceof PyGenericAlias)) return m.module === 'builtins' ? m.qualname : `${m.module}.${m.qualname}`;
  return repr(vm, m);
}

function orSlots(t: PyType): void {
  defMethod(t, '__or__', (vm, args) => makeUnion(vm, args[0], args[1]));
  defMethod(t, '__ror__', (vm, args) => makeUnion(vm, args[1], args[0]));
}

export function installUnionType(): void {
  orSlots(typeType);
  orSlots(genericAliasType);
  orSlots(unionType);
  defMethod(unionType, '__repr__', (vm, args) => (args[0] as PyUnion).members.map((m) => memberRepr(vm, m)).join(' | '));
  defMethod(unionType, '__eq__', (vm, args) => {
    const a = args[0] as PyUnion;
    const b = args[1];
    if (!(b instanceof PyUnion)) return NotImplemented;
    // As sets of members: int | str == str | int.
    const has = (xs: PyObject[], m: PyObject) => xs.some((x) => x === m || pyEq(vm, x, m));
    return a.members.every((m) => has(b.members, m)) && b.members.every((m) => has(a.members, m));
  });
  defMethod(unionType, '__hash__', (vm, args) => pyHash(vm, newFrozenSet(vm, (args[0] as PyUnion).members)));
  defGetter(unionType, '__args__', (_vm, self) => newTuple((self as PyUnion).members.slice()));
  defGetter(unionType, '__parameters__', () => newTuple([]));
  defMethod(genericAliasType, '__instancecheck__', () => { throw parameterizedGeneric('isinstance'); });
  defMethod(genericAliasType, '__subclasscheck__', () => { throw parameterizedGeneric('issubclass'); });
}
