// Finalisers at exit: the __del__ methods and suspended generators' `finally` blocks that
// CPython's Py_FinalizeEx runs when it takes `__main__` apart (finalize_modules).
//
// tpy has no reference counts, so it cannot run __del__ the moment an object's last reference
// goes during the run (docs/differences.md). At exit it can do what CPython does for the
// objects the main module held. Py_FinalizeEx first runs a full collection while the modules
// are still there: it finalises the cycles the program dropped (oldest first), and reorders
// the collector's list. Then, once the atexit calls have run, CPython drops `__main__` from
// sys.modules. When the module's dict is part of a cycle (any function or class with methods
// defined in the program refers back to it through __globals__) the cycle collector finds the
// whole graph unreachable and runs every finaliser in it, in its list's order (modelled by
// vm/gc_list_order.ts from when each container was made); otherwise the dict is freed and
// each value's last reference goes in the dict's order (walkOrder, from the dict's values
// outwards: an object before what its attributes hold). A generator closed drops its frame's
// references at once, freeing what only it held. The other modules leave sys.modules too, and
// go in the same collection: the objects with __del__ they hold are finalised with the main
// module's, in the list's order. What sys, builtins and the modules CPython's interpreter
// keeps through os.register_at_fork (threading, logging) reach survives that collection and
// is left alone (object_graph.ts, reachedElsewhere); when that includes the main module's
// dict, none of its objects is finalised.
//
// Before that, the exception that ended the program and its frames go (CPython clears
// sys.last_value and sys.last_traceback first; a SystemExit's go before the atexit calls), and
// what the atexit registrations held goes after the calls (finalizeReleased).
//
// Each object is finalised once (PEP 442). An exception a finaliser raises is reported as
// CPython reports it ("Exception ignored in: <function A.__del__ ...>"), without source lines:
// CPython's report can no longer import what reads them at that stage.

import { PyObj } from './objects/object.js';
import type { PyObject } from './objects/object.js';
import { PyDict } from './objects/dict.js';
import { PyGenBase } from './objects/generator.js';
import { PyModule } from './objects/module.js';
import type { PyBaseException } from './objects/exceptions.js';
import { delMethodOf, isFinalizable, isSuspendedGenerator, isUnawaitedCoroutine, pushDict, reach, reachedElsewhere, walkOrder } from './object_graph.js';
import { clearWeakRefs, withLiveRefTest } from './weak_ref_clear.js';
import { finalizeGenerator } from './generator_finalize.js';
import { call } from './ops/call.js';
import { toPyException, ProcessExit } from './errors.js';
import { countFinalized, notedInstances, setFinalizedTest } from './finalizer_classes.js';
import { anyCleanupGenerator, anyFinalizerClass, delAssignedLater } from './finalizer_flag.js';
import { cycleKept } from './finalizer_garbage.js';
import { collectorGraph, collectorList, finalizableIn, refersToGlobals, type CollectorGraph, type CollectorList } from './gc_list_order.js';
import type { VM } from './vm.js';

/** Objects whose finaliser ran already: never a second time (PEP 442). */
const finalized = new WeakSet<object>();
setFinalizedTest((o) => finalized.has(o));

/** Whether the finaliser watch (vm/finalize_now.ts) found `o` dropped inside a reference cycle during the run. */
let droppedInCycle: (o: PyObj) => boolean = () => false;

export function setDroppedInCycleTest(test: (o: PyObj) => boolean): void {
  droppedInCycle = test;
}

/** Whether `o`'s finaliser ran already. */
export function isFinalized(o: object): boolean {
  return finalized.has(o);
}

/** Runs one object's finaliser, reporting what it raises as CPython does. */
export function finalizeObject(vm: VM, o: PyObj): void {
  finalize(vm, o);
}

function finalize(vm: VM, o: PyObj): void {
  if (finalized.has(o)) return;
  finalized.add(o);
  countFinalized();
  // As subtype_dealloc: the finaliser first, then the weak references are cleared.
  if (o instanceof PyGenBase) {
    finalizeGenerator(vm, o, (where, fn) => reportingRaise(vm, where, fn), vm.sourceLinesGone);
  } else {
    const del = delMethodOf(o);
    if (del !== undefined) reportingRaise(vm, del, () => call(vm, del, [o]));
  }
  clearWeakRefs(vm, o);
}

/** Runs `fn`; what it raises is reported as raised in `where` ("Exception ignored in: ..."). */
function reportingRaise(vm: VM, where: PyObject, fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (e instanceof ProcessExit) throw e;
    const exc = toPyException(e);
    vm.writeUnraisable(exc, exc.traceback, null, where);
  }
}

/**
 * At exit, after the atexit calls: finalises what the main module's dict holds (its
 * objects with __del__, its suspended generators), in CPython's order.
 */
export function finalizeMainAtExit(vm: VM): void {
  vm.sourceLinesGone = true;
  try {
    finalizeMain(vm);
  } finally {
    vm.sourceLinesGone = false;
  }
}

/** Whether an instance of a class with __del__ may exist: one was made (each is noted), or a class was given its __del__ later (its instances are not). */
function mayHaveFinalizable(vm: VM): boolean {
  return anyFinalizerClass() && (notedInstances(vm).length > 0 || delAssignedLater());
}

function finalizeMain(vm: VM): void {
  const main = vm.modules.getStr('__main__');
  if (!(main instanceof PyModule)) return;
  const mainDict = main.dict;
  const roots: PyObject[] = [];
  pushDict(mainDict, roots);
  // With no class with __del__, only suspended generators need closing: walk for them only
  // when one whose close runs code was made, or the dict holds one itself (a program's big
  // data costs nothing at exit otherwise).
  const finalizable = mayHaveFinalizable(vm);
  if (!finalizable && !anyCleanupGenerator() && !roots.some((v) => v instanceof PyObj && (isSuspendedGenerator(v) || isUnawaitedCoroutine(v)))) return;
  // What the dict reaches, as the collector sees it.
  const graph = collectorGraph([mainDict]);
  const mine = finalizableIn(graph);
  if (mine.length === 0 && !finalizable) return;
  const { seen: elsewhere, reachesMain } = reachedElsewhere(vm, mainDict, threadRoots(vm));
  const { dropped, held } = collectedElsewhere(vm, elsewhere, reachesMain ? roots : [], graph, mainDict);
  // The cycles the program dropped go in Py_FinalizeEx's first collection, before any module.
  let order: PyObj[] = dropped;
  let list: CollectorList | null = null;
  // When the dict is freed value by value, the order its walk met objects in is the order
  // they go: a weak reference met after its object is still there when the object goes.
  let freeingOrder: Map<PyObj, number> | null = null;
  if (reachesMain) order = [...dropped, ...held];
  else if (!refersToGlobals(graph, mainDict)) {
    // No cycle through the dict: it is freed first, each value's references going as it goes;
    // the collector then finds the rest.
    const walked = walkOrder(roots, mainDict);
    order = [...dropped, ...walked.order, ...held];
    freeingOrder = new Map();
    for (const o of walked.seen) freeingOrder.set(o, freeingOrder.size);
  } else {
    // One collection finds the dict's objects and the other modules' together, in its list's
    // order. The other modules' graphs (the library's, mostly) matter only when they hold
    // finalisable objects.
    const garbage = new Set<PyObj>([...mine, ...held]);
    const dicts = [mainDict];
    if (held.length > 0) for (const [, m] of vm.modules.entries()) if (m instanceof PyModule && m.dict !== mainDict) dicts.push(m.dict);
    list = garbage.size < 2 ? null : collectorList(held.length > 0 ? collectorGraph(dicts) : graph, elsewhere);
    const listed = list === null ? [] : list.order.filter((o) => garbage.delete(o));
    order = [...dropped, ...listed, ...garbage];
  }
  // A generator closed drops its frame's references at once: what only it held goes then.
  const freed = (o: PyObj): void => {
    if (!finalized.has(o) && isFinalizable(o)) finalizeFreeing(o);
  };
  const finalizeFreeing = (o: PyObj): void => {
    finalize(vm, o);
    if (list !== null && o instanceof PyGenBase) list.releaseFrame(o, freed);
  };
  // A weak reference the collection finds with its object gets no callback (handle_weakrefs).
  let going: PyObj | null = null;
  const stillThere = (ref: PyObj): boolean => {
    if (elsewhere.has(ref)) return true;
    if (freeingOrder === null || going === null) return false;
    return (freeingOrder.get(ref) ?? -1) > (freeingOrder.get(going) ?? Infinity);
  };
  withLiveRefTest(stillThere, () => {
    for (const o of order) {
      if (elsewhere.has(o)) continue;
      going = o;
      finalizeFreeing(o);
    }
  });
}

/** The value stacks of the threads still alive (daemon threads): what their frames hold stays. */
function threadRoots(vm: VM): PyObject[] {
  const out: PyObject[] = [];
  if (!vm.hasThreads) return out;
  for (const t of vm.threads.alive.values()) {
    if (t.stack === vm.stack) continue;
    for (const v of t.stack) if (v !== undefined && v !== null) out.push(v);
  }
  return out;
}

/**
 * The rest of CPython's collection at exit: the instances of classes with __del__ not
 * finalised yet that the other modules hold (gone from sys.modules, they are garbage too), or
 * that lie on a reference cycle or are reached from one, and that nothing left reaches
 * (`elsewhere`, `kept`), oldest first. Objects the main module's walk met (`mainReach`) are
 * its own. tpy, with no reference counts, cannot tell when the others went: CPython finalised
 * those then, and they are left alone.
 */
function collectedElsewhere(vm: VM, elsewhere: Set<PyObj>, kept: PyObject[], mainReach: CollectorGraph, mainDict: PyDict): { dropped: PyObj[]; held: PyObj[] } {
  const left = notedInstances(vm).filter((o) => !finalized.has(o) && !elsewhere.has(o) && !mainReach.ids.has(o));
  if (left.length === 0) return { dropped: [], held: [] };
  const alive = new Set<PyObj>(elsewhere);
  for (const o of mainReach.nodes) if (o instanceof PyObj) alive.add(o);
  reach(kept, alive, { skip: mainDict });
  const modules = new Set<PyObj>();
  const moduleDicts: PyObject[] = [];
  for (const [, m] of vm.modules.entries()) if (m instanceof PyModule && m.dict !== mainDict) moduleDicts.push(m.dict);
  reach(moduleDicts, modules, { skip: mainDict, stop: alive, enterModules: true });
  const unreached = left.filter((o) => !alive.has(o));
  const inCycles = cycleKept(unreached.filter((o) => !modules.has(o)), alive);
  return { dropped: unreached.filter((o) => !modules.has(o) && (inCycles.has(o) || droppedInCycle(o))), held: unreached.filter((o) => modules.has(o)) };
}

/**
 * The exception that ended the program goes (CPython: when sys.last_value is cleared at exit,
 * or at once for SystemExit, before the atexit calls): its own __del__ first, then what it
 * holds, then its traceback's frames, innermost first, each frame's locals in order
 * (finalizeReleased).
 */
export function finalizeTracebackFrames(vm: VM, exc: PyBaseException, extra: PyObject[]): void {
  const frames: PyObject[][] = [];
  for (let t = exc.traceback; t !== null; t = t.tb_next) {
    const locals = t.tb_frame.exitedLocals;
    if (locals !== null && locals.length > 0) frames.unshift(locals.filter((v) => v !== undefined && v !== null));
  }
  finalizeReleased(vm, [[exc], ...frames], extra);
}

/**
 * Groups of references that go, one group after the other (a traceback's frames, the atexit
 * calls once run): finalises what each group held that nothing else holds: not the main
 * module's objects, not what the other modules or `extra` reach, not what a later group holds.
 */
export function finalizeReleased(vm: VM, groups: PyObject[][], extra: PyObject[]): void {
  if (groups.every((g) => g.length === 0) || !(mayHaveFinalizable(vm) || anyCleanupGenerator())) return;
  const main = vm.modules.getStr('__main__');
  const mainDict = main instanceof PyModule ? main.dict : new PyDict();
  // Every module is still there at this stage: what any of them reaches stays.
  const kept = new Set<PyObj>();
  const roots: PyObject[] = [...extra];
  pushDict(mainDict, roots);
  for (const [, m] of vm.modules.entries()) if (m instanceof PyModule) roots.push(m.dict);
  reach(roots, kept, { enterModules: true, followGlobals: true });
  for (let k = 0; k < groups.length; k++) {
    const later = new Set<PyObj>();
    for (let j = k + 1; j < groups.length; j++) reach(groups[j], later, { skip: mainDict });
    const { order } = walkOrder(groups[k], mainDict);
    for (const o of order) if (!kept.has(o) && !later.has(o)) finalize(vm, o);
  }
}
