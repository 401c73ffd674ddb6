// What gc.collect() returns: how many unreachable objects the collection found.
//
// CPython's collector keeps every container on its lists and counts those it finds
// unreachable: the objects on a reference cycle and what only they reach (reference counting
// freed the others when their last reference went). tpy's objects live in V8's heap, so once
// a program imports gc, the containers made from then on (instances, lists, dicts with a
// table, sets, functions, generators, exceptions: alloc_stamps.ts's constructors) are kept on
// a list of its own; gc.collect() walks from the live roots and counts the unreachable ones
// that lie on a cycle or under one (finalizer_garbage.ts's cycleKept), as CPython's count
// does, then forgets every unreachable one.
//
// Only the first WINDOW containers made after the import or after a gc.collect() are noted:
// CPython's automatic collections (one each 700 allocations the program keeps) find a
// program's cycles by themselves, so what a later gc.collect() returns is predictable only
// for a short stretch of allocations, which is what programs that print it do; and keeping
// every container on a list would keep the dead ones from V8's young-generation collections
// (a loop making 600,000 small objects ran 3x slower).

import { PyObj, PyInstance } from './objects/object.js';
import type { PyObject } from './objects/object.js';
import { PyDict } from './objects/dict.js';
import { PyList } from './objects/list.js';
import { PyTuple } from './objects/tuple.js';
import { PySetBase } from './objects/set.js';
import { PyFunction, PyCell, PyMethod } from './objects/function.js';
import { PyGenBase } from './objects/generator.js';
import { PyType } from './objects/type.js';
import { Frame } from './frame.js';
import { allocationStamp, startCountingContainers, stopCountingContainers } from './alloc_stamps.js';
import { heldBy, reachableNow } from './finalize_now.js';
import { cycleKept } from './finalizer_garbage.js';
import type { VM } from './vm.js';

interface Counting {
  vm: VM;
  /** The containers noted and not known to be gone. */
  made: object[];
}

let counting: Counting | null = null;

/** How many containers are noted after the import of gc or a gc.collect() (see above). */
const WINDOW = 20_000;

function noteWindow(c: Counting): void {
  startCountingContainers(c.made, c.made.length + WINDOW, () => stopCountingContainers());
}

/** gc was imported: counting starts for `vm` (another VM's count, if any, stops). */
export function startGcCounting(vm: VM): void {
  if (counting !== null && counting.vm === vm) return;
  counting = { vm, made: [] };
  noteWindow(counting);
}

/** The program is over (or another starts): nothing more is counted for `vm` (null: for any). */
export function stopGcCounting(vm: VM | null): void {
  if (counting === null || (vm !== null && counting.vm !== vm)) return;
  counting = null;
  stopCountingContainers();
}

/** Whether CPython's collector tracks `o` (a dict or a tuple holding only atoms is untracked). */
export function tracked(o: PyObj): boolean {
  if (o instanceof PyTuple) return o.items.some(isContainer);
  if (!(o instanceof PyDict)) return true;
  for (const [k, v] of o.entries()) if (isContainer(k) || isContainer(v)) return true;
  return false;
}

export function isContainer(v: unknown): boolean {
  return v instanceof PyInstance || v instanceof PyList || v instanceof PyDict || v instanceof PySetBase || v instanceof PyTuple
    || v instanceof PyFunction || v instanceof PyType || v instanceof PyGenBase || v instanceof Frame || v instanceof PyCell
    || v instanceof PyMethod;
}

/**
 * gc.collect(): of the noted containers, the unreachable ones on or under a cycle, counted
 * as CPython's collector counts them (null when `vm` is not counting). The list keeps the
 * reachable ones, and noting starts again.
 */
export function collectCounted(vm: VM): number | null {
  if (counting === null || counting.vm !== vm) return null;
  const c = counting;
  const alive = reachableNow(vm);
  const kept: object[] = [];
  const unreachable: PyObj[] = [];
  for (const o of c.made) {
    if (alive.has(o as PyObj)) kept.push(o);
    else if (o instanceof PyObj) unreachable.push(o);
  }
  let found = 0;
  if (unreachable.length > 0) {
    const cyclic = cycleKept(unreachable, alive, heldBy);
    for (const o of unreachable) if (cyclic.has(o) && tracked(o)) found++;
  }
  c.made = kept;
  noteWindow(c);
  return found;
}

/**
 * gc.get_referents: what `o` refers to, in its tp_traverse order (a list's or tuple's items
 * last first, a dict's values, or values and keys when a key is not a str), atoms included.
 */
export function referentsOf(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  if (!(o instanceof PyObj)) return out;
  if (o instanceof PyList || o instanceof PyTuple) {
    for (let i = o.items.length - 1; i >= 0; i--) out.push(o.items[i]);
    return out;
  }
  if (o instanceof PyDict) {
    const pairs = [...o.entries()];
    const strKeys = pairs.every(([k]) => typeof k === 'string');
    for (const [k, v] of pairs) {
      out.push(v);
      if (!strKeys) out.push(k);
    }
    return out;
  }
  if (o instanceof PySetBase) {
    for (const k of o.values()) out.push(k);
    return out;
  }
  heldBy(o, out);
  return out;
}

/**
 * gc.get_referrers: the reachable containers that refer to any of `objs`, the newest first
 * (CPython lists its youngest generation first; tpy orders by when each was made, where known).
 */
export function referrersOf(vm: VM, objs: PyObject[]): PyObj[] {
  const wanted = new Set<PyObject>(objs);
  const out: PyObj[] = [];
  for (const o of reachableNow(vm)) {
    if (!isContainer(o) && !(o instanceof PyObj && o.cls.isHeapType)) continue;
    if (referentsOf(o).some((r) => wanted.has(r))) out.push(o);
  }
  const stamp = (o: PyObj): number => allocationStamp(o) ?? 0;
  return out.sort((a, b) => stamp(b) - stamp(a));
}
