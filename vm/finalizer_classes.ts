// Classes with a __del__, and the instances made of them.
//
// A class with __del__ sets finalizer_flag.ts's flag, and its allocator also notes each instance
// it makes, so that at exit the cycles the program dropped can be finalised as CPython's last
// collection finalises them. The list is pruned as it grows: an instance nothing reaches
// that no cycle holds is one CPython freed (and finalised) when its last reference went; tpy
// cannot do that then, and forgets it. Other classes' allocators are untouched.

import type { PyObj } from './objects/object.js';
import type { NativeNew, PyType } from './objects/type.js';
import { cycleKept, liveRoots } from './finalizer_garbage.js';
import { reach } from './object_graph.js';
import { noteDelDefined } from './finalizer_flag.js';
import { allocationStamp, stampAllocation } from './alloc_stamps.js';
import type { VM } from './vm.js';

/** Each VM's noted instances, oldest first, and the length at which they are pruned next. */
interface Noted {
  made: PyObj[];
  pruneAt: number;
  /** finalizedCount when `made` was last cleared of finalised instances. */
  filteredAt: number;
}
const notedByVM = new WeakMap<VM, Noted>();

function notedOf(vm: VM): Noted {
  let n = notedByVM.get(vm);
  if (n === undefined) notedByVM.set(vm, (n = { made: [], pruneAt: 1024, filteredAt: finalizedCount }));
  return n;
}

/** The allocators that note their instances (so that none is wrapped twice). */
const noting = new WeakSet<NativeNew>();

function prune(vm: VM, n: Noted, isFinalized: (o: PyObj) => boolean): void {
  if (vm.finalizerWatch !== null) {
    // The watch finalises what is dropped (vm/finalize_now.ts): forget only what it finalised.
    n.made = n.made.filter((o) => !isFinalized(o));
    n.pruneAt = Math.max(1024, n.made.length * 2);
    return;
  }
  const alive = new Set<PyObj>();
  reach(liveRoots(vm), alive);
  const dropped = n.made.filter((o) => !alive.has(o) && !isFinalized(o));
  const kept = cycleKept(dropped, alive);
  n.made = n.made.filter((o) => !isFinalized(o) && (alive.has(o) || kept.has(o)));
  // Every prune walks the whole heap: the next comes after as many allocations as it visited
  // objects, so that it costs about one visit per allocation, however big the heap.
  n.pruneAt = Math.max(1024, n.made.length * 2, n.made.length + alive.size);
}

let finalizedTest: (o: PyObj) => boolean = () => false;

/** Starts the finaliser watch (vm/finalize_now.ts sets it: importing it here would be a cycle). */
let startWatch: (vm: VM) => void = () => {};

export function setWatchStarter(start: (vm: VM) => void): void {
  startWatch = start;
}

/** How the registry tells finalised objects (vm/exit_finalizers.ts's set). */
export function setFinalizedTest(test: (o: PyObj) => boolean): void {
  finalizedTest = test;
}

/**
 * A class defined or given a __del__ (build_class, type.__setattr__): from now on its
 * instances (and its subclasses', which inherit its allocator) are noted, when `vm` is known.
 */
export function noteFinalizerClass(cls: PyType, vm: VM | null): void {
  noteDelDefined();
  const allocate = cls.allocate;
  if (vm === null || allocate === null || noting.has(allocate)) return;
  const noted = notedOf(vm);
  const wrapped: NativeNew = (t) => {
    const o = allocate(t);
    // Instances of built-in types' subclasses are not all stamped by their constructors.
    if (allocationStamp(o) === undefined) stampAllocation(o);
    noted.made.push(o);
    if (vm.finalizerWatch === null) startWatch(vm);
    if (noted.made.length >= noted.pruneAt) {
      try {
        prune(vm, noted, finalizedTest);
      } catch {
        // A walk that fails forgets nothing (the list is only a record): try again later.
        noted.pruneAt = noted.made.length * 2;
      }
    }
    return o;
  };
  noting.add(wrapped);
  cls.allocate = wrapped;
}

/**
 * An object the watch follows though its class has no __del__: one the program made a weak
 * reference to (vm/weak_ref_registry.ts: the watch clears its references when it goes), a
 * suspended generator it drives (vm/suspended_generators.ts: closed when it goes). Noted as
 * the instances of classes with __del__ are; `hasDel`: it is one of those (noted already).
 */
export function noteWatchedObject(vm: VM, o: PyObj, hasDel: boolean): void {
  noteDelDefined();
  if (allocationStamp(o) === undefined) stampAllocation(o);
  // An instance with __del__ is noted already (or was forgotten as freed).
  if (!hasDel) notedOf(vm).made.push(o);
  if (vm.finalizerWatch === null) startWatch(vm);
}

/** The instances noted in `vm` and not forgotten, oldest first. */
export function notedInstances(vm: VM): PyObj[] {
  return notedByVM.get(vm)?.made ?? [];
}

/** Finalisers run so far (vm/exit_finalizers.ts counts them): the list needs filtering only when it moved. */
let finalizedCount = 0;

export function countFinalized(): void {
  finalizedCount++;
}

/** The noted instances whose finaliser has not run (the watch asks at every look: no copy when none ran). */
export function liveNotedInstances(vm: VM): PyObj[] {
  const n = notedByVM.get(vm);
  if (n === undefined) return [];
  if (n.filteredAt !== finalizedCount) {
    n.made = n.made.filter((o) => !finalizedTest(o));
    n.filteredAt = finalizedCount;
  }
  return n.made;
}
