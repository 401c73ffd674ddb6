// list's methods (Objects/listobject.c), plus helpers the other sequence types share.

import type { PyObject } from '../objects/object.js';
import { PyObj } from '../objects/object.js';
import { PyType, makeNativeType, typeType } from '../objects/type.js';
import { PyList, listType, MAX_LIST_LENGTH, listTooLong, pushItem } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { PySlice } from '../objects/range.js';
import { None, NotImplemented, Ellipsis } from '../objects/singletons.js';
import {
  PyBuiltinFunction, PyClassMethodDescriptor, defMethod, defGetter, NativeFn, KwArgs, raisedPlain, RAISED, takeRaised,
} from '../objects/function.js';
import { PyFloat, floatType } from '../objects/float.js';
import { defNew } from './object.js';
import {
  typeError, indexError, valueError, overflowError, PyBaseException, TypeError as TypeErrorType, MemoryError, newException,
  AttributeError,
} from '../objects/exceptions.js';
import { PyListIterator, PyListReverseIterator, PyDictIterator } from '../objects/iterators.js';
import { newTuple } from '../objects/tuple.js';
import { typeOf, typeName } from '../ops/typeof.js';
import { repr, str, index, indexSize, bigintToSsize, cannotFit, truthy } from '../ops/convert.js';
import { pyEq, richCompare } from '../ops/compare.js';
import { call } from '../ops/call.js';
import { pyHash } from '../ops/hash.js';
import { getAttrOpt, bindDescriptor, attributeErrorFor, setAttr } from '../ops/attribute.js';
import { dictRestArray, getIter, iterNext, sliceIndices, toArray, pushAll, getItem, setTypeSubscript } from '../ops/sequence.js';
import { askLengthHint } from '../ops/length_hint.js';
import { strCharacters } from '../ops/str_surrogates.js';
import { Cmp } from '../opcodes.js';
import { noArgs, oneArg, checkArgCount, noKwargs, parseArgs } from './args.js';
import { reprGuard } from './repr_guard.js';
import type { VM } from '../vm.js';
import { listSort } from './list_sort.js';

export { listSort };

// ---- helpers shared by list, tuple, range, set, dict ----

/** tp_new_wrapper's checks on `T.__new__(cls, ...)`: returns cls. */
export function newClsArg(args: PyObject[], t: PyType): PyType {
  if (args.length === 0) throw typeError(`${t.name}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`${t.name}.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtypeOf(t)) throw typeError(`${t.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${t.name}`);
  return cls;
}

/** Whether `o` can be used as an int index (has __index__). */
export function isIndexable(o: PyObject): boolean {
  if (typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean') return true;
  if (typeof o === 'string') return false;
  return o.cls.lookup('__index__') !== undefined;
}

/** A subscript index (PyNumber_AsSsize_t with IndexError): "list indices must be integers or slices, not str". */
export function subscriptIndex(vm: VM, key: PyObject, what: string): number {
  const n = index(vm, key, () => `${what} indices must be integers or slices, not ${typeName(key)}`);
  if (typeof n !== 'bigint') return n;
  const s = bigintToSsize(n);
  if (s === null) throw cannotFit(key);
  return s;
}

/** An index argument converted as _PyNumber_Index + PyLong_AsSsize_t (list.pop, list.insert). */
export function ssizeArg(vm: VM, o: PyObject): number {
  const n = index(vm, o);
  if (typeof n !== 'bigint') return n;
  const s = bigintToSsize(n);
  if (s === null) throw overflowError('Python int too large to convert to C ssize_t');
  return s;
}

/** A repeat count (PyNumber_AsSsize_t with OverflowError). */
export function repeatCount(vm: VM, o: PyObject): number {
  return indexSize(vm, o);
}

/** _PyEval_SliceIndexNotNone: a start/stop argument of index(), clamped to the ssize_t range. */
export function sliceIndexArg(vm: VM, o: PyObject): number {
  const n = index(vm, o, () => 'slice indices must be integers or have an __index__ method');
  if (typeof n === 'bigint') return n > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return n;
}

/** Resolves index()'s optional start/stop against a sequence length. */
export function startStop(vm: VM, start: PyObject | undefined, stop: PyObject | undefined, length: number): [number, number] {
  let s = start === undefined ? 0 : sliceIndexArg(vm, start);
  let e = stop === undefined ? Number.MAX_SAFE_INTEGER : sliceIndexArg(vm, stop);
  if (s < 0) {
    s += length;
    if (s < 0) s = 0;
  }
  if (e < 0) {
    e += length;
    if (e < 0) e = 0;
  }
  return [s, e];
}

/** Repeats an array n times (sequence * n). */
export function repeatArray<T>(items: T[], n: number): T[] {
  if (n <= 0 || items.length === 0) return [];
  checkRepeatSize(items.length, n);
  if (items.length === 1) return new Array<T>(n).fill(items[0]);
  const out: T[] = new Array(items.length * n);
  for (let r = 0, k = 0; r < n; r++) for (let i = 0; i < items.length; i++) out[k++] = items[i];
  return out;
}

/** Larger arrays than V8 can hold: MemoryError instead of a fatal allocation failure. */
export function checkRepeatSize(length: number, n: number): void {
  if (length * n > MAX_ITEMS) throw newException(MemoryError);
}

const MAX_ITEMS = 2 ** 27;

/** Lexicographic comparison of two item arrays (list_richcompare / tuplerichcompare). */
export function compareItems(vm: VM, a: PyObject[], b: PyObject[], op: Cmp): PyObject {
  if ((op === Cmp.EQ || op === Cmp.NE) && a.length !== b.length) return op === Cmp.NE;
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (!pyEq(vm, x, y)) break;
  }
  if (i >= a.length || i >= b.length) {
    const c = a.length - b.length;
    switch (op) {
      case Cmp.LT: return c < 0;
      case Cmp.LE: return c <= 0;
      case Cmp.EQ: return c === 0;
      case Cmp.NE: return c !== 0;
      case Cmp.GT: return c > 0;
      default: return c >= 0;
    }
  }
  if (op === Cmp.EQ) return false;
  if (op === Cmp.NE) return true;
  return richCompare(vm, a[i], b[i], op);
}

/** Defines __lt__.. __ge__ for a type whose instances compare as item arrays. */
export function defSequenceCompare(t: PyType, items: (o: PyObject) => PyObject[] | null): void {
  const ops: [string, Cmp][] = [['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ], ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE]];
  for (const [name, op] of ops) {
    defMethod(t, name, (vm, args, kwargs) => {
      wrapperCheck(args, 1, kwargs, `${t.name}.${name}`);
      const a = items(args[0]);
      const b = items(args[1]);
      if (a === null || b === null) return NotImplemented;
      return compareItems(vm, a, b, op);
    });
  }
}

/** A slot wrapper's argument check: "expected 1 argument, got 0". */
/** l[key] = value (a subclass that does not override __setitem__ comes here through call3). */
function listSetItem(vm: VM, l: PyList, key: PyObject, value: PyObject): PyObject {
  if (key instanceof PySlice) {
    assignSlice(vm, l, key, value);
    return None;
  }
  let i = typeof key === 'number' ? key : subscriptIndex(vm, key, 'list');
  if (i < 0) i += l.items.length;
  if (i < 0 || i >= l.items.length) throw indexError('list assignment index out of range');
  l.items[i] = value;
  return None;
}

export function wrapperCheck(args: PyObject[], n: number, kwargs: KwArgs | null, fname: string): void {
  if (kwargs !== null && kwargs.size > 0) throw typeError(`${fname}() takes no keyword arguments`);
  const given = args.length - 1;
  if (given !== n) throw typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${given}`);
}

/** PySequence_Fast: the items of a list or tuple, or of any iterable; TypeError `message` when not iterable. */
export function sequenceFast(vm: VM, o: PyObject, message: string): PyObject[] {
  // Only an exact list or tuple is taken as it is: a subclass may iterate otherwise.
  if ((o instanceof PyList || o instanceof PyTuple) && !o.cls.isHeapType) return o.items.slice();
  let it: PyObject;
  try {
    it = getIter(vm, o);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(TypeErrorType)) throw typeError(message);
    throw e;
  }
  // The iterator is listed as list() would: its length hint asked first.
  askLengthHint(vm, it);
  const out: PyObject[] = [];
  for (let v = iterNext(vm, it); v !== undefined; v = iterNext(vm, it)) out.push(v);
  return out;
}

// ---- types.GenericAlias, for list[int] in annotations ----

export const genericAliasType = makeNativeType('types.GenericAlias');

export class PyGenericAlias extends PyObj {
  /** unpacked: the *tuple[int, str] that iterating an alias gives (PEP 646), repr'd with a star. */
  constructor(readonly origin: PyObject, readonly args: PyObject[], readonly unpacked = false, cls: PyType = genericAliasType) {
    super(cls);
  }
}

/**
 * How a GenericAlias or a union shows an item (ga_repr_item, union_repr_item): what looks like
 * an alias itself (it has __origin__ and __args__) by its repr; anything with a __qualname__
 * and a __module__ (a class, a function) as module.qualname, or the bare qualname for
 * builtins; anything else by its repr. The __module__ is the current one, which a library
 * class may have reassigned (_queue.SimpleQueue).
 */
export function typingItemRepr(vm: VM, a: PyObject): string {
  // As _PyObject_LookupAttr: an AttributeError raised by __getattr__ (typing.List has no
  // __args__) means absent.
  if (typingAttr(vm, a, '__origin__') !== undefined && typingAttr(vm, a, '__args__') !== undefined) return repr(vm, a);
  const qualname = typingAttr(vm, a, '__qualname__');
  if (qualname === undefined) return repr(vm, a);
  const module = typingAttr(vm, a, '__module__');
  if (module === undefined || module === None) return repr(vm, a);
  if (module === 'builtins') return str(vm, qualname);
  return `${str(vm, module)}.${str(vm, qualname)}`;
}

function aliasArgRepr(vm: VM, a: PyObject): string {
  return a === Ellipsis ? '...' : typingItemRepr(vm, a);
}

defMethod(genericAliasType, '__repr__', (vm, args) => {
  const g = args[0] as PyGenericAlias;
  const args2 = g.args.length === 0 ? '()' : g.args.map((a) => aliasArgRepr(vm, a)).join(', ');
  return `${g.unpacked ? '*' : ''}${aliasArgRepr(vm, g.origin)}[${args2}]`;
});
// *tuple[int, str] inside a subscription: iterating an alias gives its unpacked copy, once.
defMethod(genericAliasType, '__iter__', (_vm, args) => {
  const g = args[0] as PyGenericAlias;
  return new PyListIterator(new PyList([new PyGenericAlias(g.origin, g.args, true)]));
});
defGetter(genericAliasType, '__unpacked__', (_vm, self) => (self as PyGenericAlias).unpacked);
// ga_call: the instance records the alias it was made through (A[int]().__orig_class__),
// unless it refuses the attribute (AttributeError / TypeError: a list, a class with __slots__).
defMethod(genericAliasType, '__call__', (vm, args, kwargs) => {
  const obj = call(vm, (args[0] as PyGenericAlias).origin, args.slice(1), kwargs);
  try {
    setAttr(vm, obj, '__orig_class__', args[0]!);
  } catch (e) {
    if (!(e instanceof PyBaseException && (e.cls.isSubtypeOf(AttributeError) || e.cls.isSubtypeOf(TypeErrorType)))) throw e;
  }
  return obj;
});
defMethod(genericAliasType, '__eq__', (vm, args) => {
  const a = args[0] as PyGenericAlias;
  const b = args[1];
  if (!(b instanceof PyGenericAlias)) return NotImplemented;
  if (a.unpacked !== b.unpacked) return false;
  return pyEq(vm, a.origin, b.origin) && compareItems(vm, a.args, b.args, Cmp.EQ) === true;
});
// types.GenericAlias(origin, args), as a class's __class_getitem__ may call it.
defNew(genericAliasType, (vm, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError('GenericAlias() takes no keyword arguments');
  if (args.length !== 3) throw typeError(`GenericAlias expected 2 arguments, got ${args.length - 1}`);
  const item = args[2];
  // A subclass (collections.abc's _CallableGenericAlias) makes instances of itself.
  return new PyGenericAlias(args[1], item instanceof PyTuple ? item.items.slice() : [item], false, args[0] as PyType);
});
defMethod(genericAliasType, '__instancecheck__', () => {
  throw typeError('isinstance() argument 2 cannot be a parameterized generic');
});
defMethod(genericAliasType, '__subclasscheck__', () => {
  throw typeError('issubclass() argument 2 cannot be a parameterized generic');
});
defGetter(genericAliasType, '__origin__', (_vm, self) => (self as PyGenericAlias).origin);
defGetter(genericAliasType, '__args__', (_vm, self) => newTuple((self as PyGenericAlias).args));
/** getattr(o, name, None) as typing's objects need it: their __getattr__ raises AttributeError
 * itself for a missing dunder (typing.List[T] has no __typing_subst__). */
export function typingAttr(vm: VM, o: PyObject, name: string): PyObject | undefined {
  try {
    return getAttrOpt(vm, o, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(AttributeError)) return undefined;
    throw e;
  }
}

/** The type variables among an alias's arguments (anything with __typing_subst__), and those
 * of nested aliases (list[T], typing.List[T]), each once, in order. */
function aliasParameters(vm: VM, g: PyGenericAlias): PyObject[] {
  const params: PyObject[] = [];
  const add = (p: PyObject) => {
    if (!params.includes(p)) params.push(p);
  };
  for (const a of g.args) {
    if (typeof a !== 'object' || a instanceof PyType) continue;
    // (A GenericAlias answers most names from its origin: it has no __typing_subst__.)
    if (!(a instanceof PyGenericAlias) && typingAttr(vm, a, '__typing_subst__') !== undefined) {
      add(a);
      continue;
    }
    const inner = typingAttr(vm, a, '__parameters__');
    if (inner instanceof PyTuple) inner.items.forEach(add);
  }
  return params;
}

defGetter(genericAliasType, '__parameters__', (vm, self) => newTuple(aliasParameters(vm, self as PyGenericAlias)));

/** Whether `a` is *Ts (Unpack[Ts] of a TypeVarTuple), which stands for any number of arguments. */
function isUnpackedTypeVarTuple(vm: VM, a: PyObject): boolean {
  if (typeof a !== 'object' || a instanceof PyType || a instanceof PyGenericAlias) return false;
  const flag = typingAttr(vm, a, '__typing_is_unpacked_typevartuple__');
  return flag !== undefined && truthy(vm, flag);
}

/**
 * What each type variable of `g` stands for in g[items]: one argument each, except a
 * TypeVarTuple (PEP 646), whose __typing_prepare_subst__ gathers the run of arguments the
 * others leave over into one tuple.
 */
function bindParameters(vm: VM, g: PyGenericAlias, params: PyObject[], items: PyObject[]): Map<PyObject, PyObject | PyObject[]> {
  const variadic = new Set<PyObject>();
  for (const p of params) {
    const prepare = typeof p === 'object' && !(p instanceof PyType) ? typingAttr(vm, p, '__typing_prepare_subst__') : undefined;
    if (prepare === undefined || !isTypeVarTuple(p)) continue;
    items = (call(vm, prepare, [g, newTuple(items)]) as PyTuple).items;
    variadic.add(p);
  }
  if (items.length !== params.length) {
    throw typeError(`Too ${items.length > params.length ? 'many' : 'few'} arguments for ${repr(vm, g)}; actual ${items.length}, expected ${params.length}`);
  }
  const bound = new Map<PyObject, PyObject | PyObject[]>();
  params.forEach((p, i) => bound.set(p, variadic.has(p) ? (items[i] as PyTuple).items : items[i]!));
  return bound;
}

/** Whether the parameter `p` is a TypeVarTuple: CPython's test, a parameter that is iterable (it gives *p). */
function isTypeVarTuple(p: PyObject): boolean {
  return typeOf(p).lookup('__iter__') !== undefined;
}

// list[T][int] substitutes the type variables: each one by its __typing_subst__ of the
// argument in its place, *Ts by its run of arguments, a nested alias by subscripting it with
// the arguments of its own.
defMethod(genericAliasType, '__getitem__', (vm, args) => {
  const g = args[0] as PyGenericAlias;
  const params = aliasParameters(vm, g);
  if (params.length === 0) throw typeError(`${repr(vm, g)} is not a generic class`);
  const item = args[1]!;
  const items = item instanceof PyTuple ? item.items : [item];
  const bound = bindParameters(vm, g, params, items);
  const newArgs: PyObject[] = [];
  for (const a of g.args) {
    if (typeof a !== 'object' || a instanceof PyType) {
      newArgs.push(a);
      continue;
    }
    if (isUnpackedTypeVarTuple(vm, a)) {
      const run = bound.get((typingAttr(vm, a, '__parameters__') as PyTuple).items[0]!);
      if (Array.isArray(run)) {
        newArgs.push(...run);
        continue;
      }
    }
    const subst = a instanceof PyGenericAlias ? undefined : typingAttr(vm, a, '__typing_subst__');
    if (subst !== undefined) {
      newArgs.push(call(vm, subst, [bound.get(a) as PyObject]));
      continue;
    }
    const inner = typingAttr(vm, a, '__parameters__');
    if (!(inner instanceof PyTuple) || inner.items.length === 0) {
      newArgs.push(a);
      continue;
    }
    const sub = inner.items.flatMap((p) => bound.get(p)!);
    newArgs.push(getItem(vm, a, sub.length === 1 ? sub[0]! : newTuple(sub)));
  }
  return new PyGenericAlias(g.origin, newArgs);
});

defMethod(genericAliasType, '__hash__', (vm, args) => {
  const g = args[0] as PyGenericAlias;
  return Number(BigInt.asIntN(32, BigInt(pyHash(vm, g.origin)) ^ BigInt(pyHash(vm, newTuple(g.args)))));
});
// copy and pickle rebuild the alias from its origin and arguments.
defMethod(genericAliasType, '__reduce__', (_vm, args) => {
  const g = args[0] as PyGenericAlias;
  return newTuple([genericAliasType, newTuple([g.origin, newTuple(g.args)])]);
});
// class C(list[int]): the alias stands for its origin among the bases (PEP 560).
defMethod(genericAliasType, '__mro_entries__', (_vm, args) => newTuple([(args[0] as PyGenericAlias).origin]));

/** The names a GenericAlias answers itself (ga_getattro's exceptions); any other is its origin's. */
const ALIAS_OWN_ATTRIBUTES = new Set([
  '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__',
  '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
]);

genericAliasType.getattro = ((vm: VM, o: PyObject, name: string): PyObject | undefined => {
  if (ALIAS_OWN_ATTRIBUTES.has(name)) {
    const descr = genericAliasType.lookup(name);
    return descr === undefined ? undefined : bindDescriptor(vm, descr, o, genericAliasType);
  }
  const origin = (o as PyGenericAlias).origin;
  const v = getAttrOpt(vm, origin, name);
  if (v === undefined) throw attributeErrorFor(origin, name);
  return v;
}) as never;

setTypeSubscript((item) => new PyGenericAlias(typeType, item instanceof PyTuple ? item.items.slice() : [item]));

/** Sets `T.__class_getitem__` so that `T[int]` builds a GenericAlias. */
export function defClassGetItem(t: PyType): void {
  t.setAttr('__class_getitem__', new PyClassMethodDescriptor(new PyBuiltinFunction('__class_getitem__', (_vm, args) => {
    const item = args[1];
    return new PyGenericAlias(args[0], item instanceof PyTuple ? item.items.slice() : [item]);
  }), t));
}

// ---- list ----

function self(args: PyObject[]): PyList {
  return args[0] as PyList;
}

function isList(o: PyObject): o is PyList {
  return o instanceof PyList;
}

/** list.__setitem__ with a slice (value) or del list[slice] (value undefined). */
function assignSlice(vm: VM, l: PyList, s: PySlice, value: PyObject | undefined): void {
  const [start, stop0, step, count] = sliceIndices(vm, s, l.items.length);
  if (step === 1) {
    const stop = stop0 < start ? start : stop0;
    if (value === undefined) {
      l.items.splice(start, stop - start);
      return;
    }
    const seq = value === l ? l.items.slice() : sequenceFast(vm, value, 'can only assign an iterable');
    spliceInto(l.items, start, stop - start, seq);
    return;
  }
  if (value === undefined) {
    if (count <= 0) return;
    const del = new Set<number>();
    for (let i = 0, j = start; i < count; i++, j += step) del.add(j);
    l.items = l.items.filter((_, i) => !del.has(i));
    return;
  }
  const seq = value === l ? l.items.slice() : sequenceFast(vm, value, 'must assign iterable to extended slice');
  if (seq.length !== count) {
    throw valueError(`attempt to assign sequence of size ${seq.length} to extended slice of size ${count}`);
  }
  for (let i = 0, j = start; i < count; i++, j += step) l.items[j] = seq[i];
}

/** Array.prototype.splice without the argument-count limit of spread calls. */
function spliceInto(items: PyObject[], start: number, deleteCount: number, insert: PyObject[]): void {
  if (insert.length < 10000) {
    items.splice(start, deleteCount, ...insert);
    return;
  }
  const tail = items.slice(start + deleteCount);
  items.length = start;
  for (const x of insert) items.push(x);
  for (const x of tail) items.push(x);
}

/** list.extend's core (list_extend): any iterable, self included. */
export function listExtend(vm: VM, l: PyList, other: PyObject): void {
  // A list or tuple subclass is iterated, as in CPython: its __iter__ and __len__ may be its own.
  if ((other instanceof PyList || other instanceof PyTuple) && !other.cls.isHeapType) {
    const src = other.items;
    const n = src.length;
    if (l.items.length + n > MAX_LIST_LENGTH) throw listTooLong();
    // list(l), [] + l: a copy by V8's slice, native code from its first call (a loop of
    // push over a long list runs unoptimised in a call made once).
    if (l.items.length === 0) l.items = src.slice();
    else for (let i = 0; i < n; i++) l.items.push(src[i]);
    return;
  }
  if (typeof other === 'string') {
    // A str's characters with no iterator and no length hint to ask for (str has none of its own).
    const chars = strCharacters(other);
    if (l.items.length + chars.length > MAX_LIST_LENGTH) throw listTooLong();
    if (l.items.length === 0) l.items = chars;
    else for (let i = 0; i < chars.length; i++) l.items.push(chars[i]);
    return;
  }
  if (other === l) {
    // A subclass extended by itself: what its iterator gives, taken before anything is added.
    const items: PyObject[] = [];
    pushAll(vm, getIter(vm, other), items);
    listExtend(vm, l, new PyList(items));
    return;
  }
  const it = getIter(vm, other);
  askLengthHint(vm, other);
  // list(d), list(d.items()): the dict's table copied at once (PyDict.keyArray).
  if (l.items.length === 0 && it instanceof PyDictIterator) {
    const rest = dictRestArray(it);
    if (rest !== null) {
      l.items = rest;
      return;
    }
  }
  pushAll(vm, it, l.items);
}

function listRepr(vm: VM, l: PyList): string {
  if (l.items.length === 0) return '[]';
  return reprGuard(vm, l, '[...]', () => {
    const parts: string[] = [];
    for (let i = 0; i < l.items.length; i++) parts.push(repr(vm, l.items[i]));
    return '[' + parts.join(', ') + ']';
  });
}

/** list[key]: an index or a slice. */
function listGetItem(vm: VM, l: PyList, key: PyObject): PyObject {
  if (key instanceof PySlice) {
    const [start, stop, step, count] = sliceIndices(vm, key, l.items.length);
    if (step === 1) return new PyList(l.items.slice(start, stop < start ? start : stop));
    // l[::-1] and the like: V8's slice and reverse, native code from their first call.
    if (step === -1) return new PyList(count === 0 ? [] : l.items.slice(start - count + 1, start + 1).reverse());
    const out: PyObject[] = new Array(count);
    for (let i = 0, j = start; i < count; i++, j += step) out[i] = l.items[j];
    return new PyList(out);
  }
  let i = typeof key === 'number' ? key : subscriptIndex(vm, key, 'list');
  if (i < 0) i += l.items.length;
  if (i < 0 || i >= l.items.length) throw indexError('list index out of range');
  return l.items[i];
}

/** list.insert(at, x). */
function listInsert(vm: VM, l: PyList, at: PyObject, x: PyObject): PyObject {
  const items = l.items;
  let i = ssizeArg(vm, at);
  const n = items.length;
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  if (n >= MAX_LIST_LENGTH) throw listTooLong();
  if (i === n) items.push(x);
  else items.splice(i, 0, x);
  return None;
}

/** list.pop([at]): `at` undefined when not given. */
function listPop(vm: VM, l: PyList, at: PyObject | undefined): PyObject {
  const r = listPopPlain(vm, l, at !== undefined ? ssizeArg(vm, at) : -1);
  if (r === RAISED) throw takeRaised(vm);
  return r;
}

/** listPop at an int index (-1: none given), its IndexError handed back without a throw (a plain entry). */
function listPopPlain(vm: VM, l: PyList, at: number): PyObject {
  const items = l.items;
  if (items.length === 0) return raisedPlain(vm, indexError('pop from empty list'));
  const i = at < 0 ? at + items.length : at;
  if (i < 0 || i >= items.length) return raisedPlain(vm, indexError('pop index out of range'));
  if (i === items.length - 1) return items.pop()!;
  return items.splice(i, 1)[0];
}

/** list.remove(x). */
function listRemove(vm: VM, l: PyList, x: PyObject): PyObject {
  const items = l.items;
  for (let i = 0; i < items.length; i++) {
    if (items[i] === x || pyEq(vm, items[i], x)) {
      items.splice(i, 1);
      return None;
    }
  }
  throw valueError('list.remove(x): x not in list');
}

/** list.index(x[, start[, stop]]). */
function listIndex(vm: VM, l: PyList, x: PyObject, startObj: PyObject | undefined, stopObj: PyObject | undefined): number {
  const items = l.items;
  let start = 0;
  let stop = Number.MAX_SAFE_INTEGER; // CPython's PY_SSIZE_T_MAX: a list grown by __eq__ is searched on
  if (startObj !== undefined) [start, stop] = startStop(vm, startObj, stopObj, items.length);
  for (let i = start; i < stop && i < items.length; i++) {
    if (items[i] === x || pyEq(vm, items[i], x)) return i;
  }
  throw valueError(`${repr(vm, x)} is not in list`);
}

/**
 * Where an int or str `x` first is among `items`, when == with each item before it runs no
 * tpy code (ints, floats, bools, strs): its index, -1 when absent; undefined when an item
 * might run tpy code (an instance, a subclass), for the full call. list.index's,
 * list.remove's and tuple.index's plain entries, which hand their ValueError back without a throw.
 */
export function plainIndexOf(items: readonly PyObject[], x: PyObject): number | undefined {
  const isStr = typeof x === 'string';
  if (!isStr && typeof x !== 'number') return undefined;
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    if (v === x) return i;
    const t = typeof v;
    if (t === 'string' || t === 'bigint' || t === 'number') continue;
    if (t === 'boolean') {
      if (!isStr && (v ? 1 : 0) === x) return i;
      continue;
    }
    if (v instanceof PyFloat && v.cls === floatType) {
      if (!isStr && v.value === x) return i;
      continue;
    }
    return undefined;
  }
  return -1;
}

/** list.count(x). */
function listCount(vm: VM, l: PyList, x: PyObject): PyObject {
  const items = l.items;
  let n = 0;
  for (let i = 0; i < items.length; i++) if (items[i] === x || pyEq(vm, items[i], x)) n++;
  return n;
}

export function installListMethods(): void {
  const t = listType;
  defNew(t, (_vm, args) => {
    const cls = newClsArg(args, t);
    return cls.allocate!(cls);
  });
  defMethod(t, '__init__', (vm, args, kwargs) => {
    const l = self(args);
    if (l.cls === listType || l.cls.lookup('__new__') === listType.typeDict.get('__new__')) noKwargs('list', kwargs);
    checkArgCount('list', args, 0, 1);
    l.items.length = 0;
    if (args.length > 1) listExtend(vm, l, args[1]);
    return None;
  });
  // list(x): list.__new__, then __init__ extending the new list.
  t.call1 = (vm, x) => {
    const l = new PyList([]);
    listExtend(vm, l, x);
    return l;
  };
  defMethod(t, '__repr__', (vm, args) => listRepr(vm, self(args)));
  defMethod(t, '__len__', (_vm, args) => self(args).items.length);
  t.setAttr('__hash__', None);
  defMethod(t, '__getitem__', (vm, args, kwargs) => listGetItem(vm, self(args), oneArg('list.__getitem__', args, kwargs)), {
    call2: (vm, l, key) => listGetItem(vm, l as PyList, key),
  });
  defMethod(t, '__setitem__', (vm, args, kwargs) => {
    wrapperCheck(args, 2, kwargs, 'list.__setitem__');
    return listSetItem(vm, self(args), args[1], args[2]);
  }, { call3: (vm, l, key, value) => listSetItem(vm, l as PyList, key, value) });
  defMethod(t, '__delitem__', (vm, args, kwargs) => {
    wrapperCheck(args, 1, kwargs, 'list.__delitem__');
    const l = self(args);
    const key = args[1];
    if (key instanceof PySlice) {
      assignSlice(vm, l, key, undefined);
      return None;
    }
    let i = typeof key === 'number' ? key : subscriptIndex(vm, key, 'list');
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) throw indexError('list assignment index out of range');
    l.items.splice(i, 1);
    return None;
  });
  defMethod(t, '__contains__', (vm, args, kwargs) => {
    wrapperCheck(args, 1, kwargs, 'list.__contains__');
    const items = self(args).items;
    const x = args[1];
    for (let i = 0; i < items.length; i++) if (items[i] === x || pyEq(vm, items[i], x)) return true;
    return false;
  });
  defMethod(t, '__iter__', (_vm, args) => new PyListIterator(self(args)));
  defMethod(t, '__reversed__', (_vm, args, kwargs) => {
    noArgs('list.__reversed__', args, kwargs);
    const l = self(args);
    return new PyListReverseIterator(l, l.items.length - 1);
  });
  defMethod(t, '__add__', (_vm, args, kwargs) => {
    wrapperCheck(args, 1, kwargs, 'list.__add__');
    const other = args[1];
    if (!isList(other)) return NotImplemented;
    return new PyList(self(args).items.concat(other.items));
  });
  defMethod(t, '__iadd__', (vm, args, kwargs) => {
    wrapperCheck(args, 1, kwargs, 'list.__iadd__');
    listExtend(vm, self(args), args[1]);
    return args[0];
  });
  const mul: NativeFn = (vm, args, kwargs) => {
    wrapperCheck(args, 1, kwargs, 'list.__mul__');
    if (!isIndexable(args[1])) return NotImplemented;
    return new PyList(repeatArray(self(args).items, repeatCount(vm, args[1])));
  };
  defMethod(t, '__mul__', mul);
  defMethod(t, '__rmul__', mul);
  defMethod(t, '__imul__', (vm, args, kwargs) => {
    wrapperCheck(args, 1, kwargs, 'list.__imul__');
    if (!isIndexable(args[1])) return NotImplemented;
    const l = self(args);
    const n = repeatCount(vm, args[1]);
    if (n <= 0) l.items.length = 0;
    // A new array of the exact size: growing the old one in place could pass V8's limit.
    else if (n > 1 && l.items.length > 0) l.items = repeatArray(l.items, n);
    return l;
  });
  defSequenceCompare(t, (o) => (isList(o) ? o.items : null));
  defMethod(t, 'append', (_vm, args, kwargs) => {
    const x = oneArg('list.append', args, kwargs);
    pushItem(self(args).items, x);
    return None;
  }, {
    call2: (_vm, l, x) => {
      pushItem((l as PyList).items, x);
      return None;
    },
    plain: true,
  });
  defMethod(t, 'extend', (vm, args, kwargs) => {
    const x = oneArg('list.extend', args, kwargs);
    listExtend(vm, self(args), x);
    return None;
  }, {
    call2: (vm, l, x) => {
      listExtend(vm, l as PyList, x);
      return None;
    },
  });
  defMethod(t, 'insert', (vm, args, kwargs) => {
    noKwargs('list.insert', kwargs);
    checkArgCount('insert', args, 2, 2);
    return listInsert(vm, self(args), args[1], args[2]);
  }, { call3: (vm, l, i, x) => listInsert(vm, l as PyList, i, x) });
  defMethod(t, 'pop', (vm, args, kwargs) => {
    noKwargs('list.pop', kwargs);
    checkArgCount('pop', args, 0, 1);
    return listPop(vm, self(args), args.length > 1 ? args[1] : undefined);
  }, {
    call1: (vm, l) => listPop(vm, l as PyList, undefined),
    call2: (vm, l, i) => listPop(vm, l as PyList, i),
    // An index other than an int may run its __index__.
    plain1: (vm, l) => listPopPlain(vm, l as PyList, -1),
    plain2: (vm, l, i) => (typeof i === 'number' ? listPopPlain(vm, l as PyList, i) : undefined),
  });
  defMethod(t, 'remove', (vm, args, kwargs) => {
    return listRemove(vm, self(args), oneArg('list.remove', args, kwargs));
  }, {
    call2: (vm, l, x) => listRemove(vm, l as PyList, x),
    plain2: (vm, l, x) => {
      const items = (l as PyList).items;
      const i = plainIndexOf(items, x);
      if (i === undefined) return undefined;
      if (i === -1) return raisedPlain(vm, valueError('list.remove(x): x not in list'));
      items.splice(i, 1);
      return None;
    },
  });
  defMethod(t, 'index', (vm, args, kwargs) => {
    noKwargs('list.index', kwargs);
    checkArgCount('index', args, 1, 3);
    return listIndex(vm, self(args), args[1], args[2], args[3]);
  }, {
    call2: (vm, l, x) => listIndex(vm, l as PyList, x, undefined, undefined),
    call3: (vm, l, x, start) => listIndex(vm, l as PyList, x, start, undefined),
    plain2: (vm, l, x) => {
      const i = plainIndexOf((l as PyList).items, x);
      return i === -1 ? raisedPlain(vm, valueError(`${repr(vm, x)} is not in list`)) : i;
    },
  });
  defMethod(t, 'count', (vm, args, kwargs) => {
    return listCount(vm, self(args), oneArg('list.count', args, kwargs));
  }, { call2: (vm, l, x) => listCount(vm, l as PyList, x) });
  defMethod(t, 'clear', (_vm, args, kwargs) => {
    noArgs('list.clear', args, kwargs);
    self(args).items.length = 0;
    return None;
  }, {
    call1: (_vm, l) => {
      (l as PyList).items.length = 0;
      return None;
    },
  });
  defMethod(t, 'copy', (_vm, args, kwargs) => {
    noArgs('list.copy', args, kwargs);
    return new PyList(self(args).items.slice());
  }, { call1: (_vm, l) => new PyList((l as PyList).items.slice()) });
  defMethod(t, 'reverse', (_vm, args, kwargs) => {
    noArgs('list.reverse', args, kwargs);
    self(args).items.reverse();
    return None;
  }, {
    call1: (_vm, l) => {
      (l as PyList).items.reverse();
      return None;
    },
  });
  defMethod(t, 'sort', (vm, args, kwargs) => {
    const [key, rev] = parseArgs('sort', args, kwargs, { names: ['key', 'reverse'], kwOnly: 2 });
    const r = rev === undefined ? 0 : index(vm, rev);
    const reverse = r !== 0 && r !== 0n;
    listSort(vm, self(args), key ?? None, reverse);
    return None;
  }, {
    call1: (vm, l) => {
      listSort(vm, l as PyList, None, false);
      return None;
    },
  });
  defClassGetItem(t);
}

