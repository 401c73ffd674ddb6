// The weak references made to each object, in the order CPython keeps its list of them.
//
// The reference objects themselves are written in tpy (stdlib/lib/_weakref.py): an object's
// list lives here, on the side, so that nothing the walks follow (vm/object_graph.ts) holds a
// reference because it was made. CPython's list puts the plain reference (no callback, exact
// type) first, the plain proxy after it, and each other reference after those, newest first
// (weakref___new__'s insert_head / insert_after): obj.__weakref__ is the list's head and the
// callbacks run in the list's order when the object goes (vm/weak_ref_clear.ts).
//
// Objects weakly referenced from the program's own code are also watched as objects with
// __del__ are (vm/finalize_now.ts): when the last strong reference goes, their references
// are cleared and their callbacks run. Those only the library refers to (threading's
// dangling threads, logging's handlers) are not: watching them would slow every program that
// uses those modules, and their references hold their objects as before.

import type { PyObj } from './objects/object.js';
import type { VM } from './vm.js';

/** What kind of reference an entry is: it decides where the reference goes in the list. */
export const enum WeakRefKind {
  /** weakref.ref itself, without a callback (shared by all who ask for one). */
  BasicRef = 0,
  /** A proxy without a callback (shared likewise). */
  BasicProxy = 1,
  /** Any other: a callback, or a subclass of ref. */
  Other = 2,
}

interface Entry {
  ref: PyObj;
  kind: WeakRefKind;
}

const refsTo = new WeakMap<PyObj, Entry[]>();

/** Objects whose going the program can see through a reference it made (see above). */
const watchedTargets = new WeakSet<PyObj>();

/** Records `ref` (of `kind`) as made to `target`, where CPython's list would put it. */
export function addWeakRef(target: PyObj, ref: PyObj, kind: WeakRefKind): void {
  let list = refsTo.get(target);
  if (list === undefined) refsTo.set(target, (list = []));
  const basicRef = list.length > 0 && list[0].kind === WeakRefKind.BasicRef ? 0 : -1;
  const basicProxy = basicRef + 1 < list.length && list[basicRef + 1].kind === WeakRefKind.BasicProxy ? basicRef + 1 : -1;
  let at: number;
  if (kind === WeakRefKind.BasicRef) at = 0;
  else if (kind === WeakRefKind.BasicProxy) at = basicRef + 1;
  else at = (basicProxy >= 0 ? basicProxy : basicRef) + 1;
  list.splice(at, 0, { ref, kind });
}

/** The references made to `target` and not cleared, in the list's order. */
export function weakRefsTo(target: PyObj): PyObj[] {
  const list = refsTo.get(target);
  return list === undefined ? [] : list.map((e) => e.ref);
}

/** Forgets `target`'s references (it went) and returns them, in the list's order. */
export function takeWeakRefs(target: PyObj): PyObj[] {
  const refs = weakRefsTo(target);
  refsTo.delete(target);
  return refs;
}

/** Watches `target` (see above); false when it was watched already. */
export function watchWeakTarget(target: PyObj): boolean {
  if (watchedTargets.has(target)) return false;
  watchedTargets.add(target);
  return true;
}

/** Whether `o` is watched for its weak references, and still has some. */
export function isWatchedWeakTarget(o: PyObj): boolean {
  return watchedTargets.has(o) && refsTo.has(o);
}

/** What the program reaches now (vm/finalize_now.ts sets it: importing it here would be a cycle). */
let reachableNow: (vm: VM) => Set<PyObj> = () => new Set();

export function setReachableNow(fn: (vm: VM) => Set<PyObj>): void {
  reachableNow = fn;
}

/**
 * The references to `target` still there, for getweakrefcount(), getweakrefs() and
 * __weakref__. In CPython a reference that loses its last reference is freed and leaves its
 * object's list at once; this list holds every reference made, so a query first drops those
 * the program can no longer reach (a walk from the live roots: such queries are rare, and it
 * walks only when the list is not empty).
 */
export function liveWeakRefsTo(vm: VM, target: PyObj): PyObj[] {
  const list = refsTo.get(target);
  if (list === undefined) return [];
  const alive = reachableNow(vm);
  const kept = list.filter((e) => alive.has(e.ref));
  if (kept.length === 0) refsTo.delete(target);
  else if (kept.length < list.length) refsTo.set(target, kept);
  return kept.map((e) => e.ref);
}
