// Finalisers at exit: the __del__ methods and suspended generators' `finally` blocks that
// CPython's Py_FinalizeEx runs when it takes `__main__` apart (finalize_modules).
//
// tpy has no reference counts, so it cannot run __del__ the moment an object's last reference
// goes during the run (docs/differences.md). At exit it can do what CPython does for the
// objects the main module held: once the atexit calls have run, CPython drops `__main__` from
// sys.modules. When the module's dict is part of a cycle (any function or class with methods
// defined in the program refers back to it through __globals__) the cycle collector finds the
// whole graph unreachable and runs every finaliser in it, in its list's order; otherwise the
// dict is freed and each value's last reference goes in the dict's order. Both orders are
// modelled from the dict's values outwards (walkOrder): an object comes before what its
// attributes hold, and items of lists, tuples, dicts and sets, made before the container in
// the usual display (`[A(1), A(2)]`), come after in the collector's order (list and tuple
// items last first, as their traverse visits them). Objects the other modules still reach are
// left alone, as CPython leaves them to a later stage (they are not finalised here at all).
//
// Each object is finalised once (PEP 442). An exception a finaliser raises is reported as
// CPython reports it ("Exception ignored in: <function A.__del__ ...>"), without source lines:
// CPython's report can no longer import what reads them at that stage.

import { PyObj, PyInstance } from './objects/object.js';
import type { PyObject } from './objects/object.js';
import { PyDict } from './objects/dict.js';
import { PyList } from './objects/list.js';
import { PyTuple } from './objects/tuple.js';
import { PySetBase } from './objects/set.js';
import { PyFunction, PyCell, PyMethod } from './objects/function.js';
import { PyGenBase } from './objects/generator.js';
import { PyType } from './objects/type.js';
import { PyModule } from './objects/module.js';
import { Frame } from './frame.js';
import type { PyTraceback } from './objects/traceback.js';
import { generatorClose } from './methods/generator.js';
import { call } from './ops/call.js';
import { toPyException, ProcessExit } from './errors.js';
import { anyFinalizerClass } from './finalizer_classes.js';
import type { VM } from './vm.js';

/** Objects whose finaliser ran already: never a second time (PEP 442). */
const finalized = new WeakSet<object>();

/** The __del__ an instance's class defines (or inherits from a user class), if any. */
function delMethodOf(o: PyObj): PyObject | undefined {
  const t = o.cls;
  if (!t.isHeapType) return undefined;
  return t.lookup('__del__');
}

/** A suspended generator (started, not finished, not running): closing it runs its `finally`. */
function isSuspendedGenerator(o: PyObj): o is PyGenBase {
  return o instanceof PyGenBase && o.started && !o.finished && !o.running;
}

/**
 * The objects `o` refers to, in its traverse order, and whether they are a container's items
 * (`deferred`: after everything reached otherwise, in the collector's order) or its own
 * attributes (right after it).
 */
function referents(o: PyObj, own: PyObject[], deferred: PyObject[]): void {
  if (o.dict !== null && !(o instanceof PyModule)) pushDict(o.dict, own);
  if (o instanceof PyInstance) {
    if (o.slots !== null) for (const v of o.slots) if (v !== undefined) own.push(v);
    own.push(o.cls);
  } else if (o instanceof PyList || o instanceof PyTuple) {
    const items = o.items;
    for (let i = items.length - 1; i >= 0; i--) deferred.push(items[i]);
  } else if (o instanceof PyDict) {
    for (const [k, v] of o.entries()) deferred.push(k, v);
  } else if (o instanceof PySetBase) {
    for (const k of o.values()) deferred.push(k);
  } else if (o instanceof PyFunction) {
    if (o.defaults !== null) own.push(...o.defaults);
    if (o.kwdefaults !== null) own.push(o.kwdefaults);
    if (o.closure !== null) own.push(...o.closure);
  } else if (o instanceof PyCell) {
    if (o.ref !== undefined) own.push(o.ref);
  } else if (o instanceof PyMethod) {
    own.push(o.func, o.self);
  } else if (o instanceof PyType) {
    if (o.isHeapType) for (const v of o.typeDict.values()) own.push(v);
  } else if (o instanceof PyGenBase) {
    if (!o.finished) for (const v of o.slots) if (v !== undefined && v !== null) own.push(v);
  } else if (!(o instanceof PyModule) && !(o instanceof Frame)) {
    // Any other object: the Python objects its fields hold (an exception's args, a property's
    // functions, an iterator's sequence...).
    for (const v of Object.values(o)) {
      if (v instanceof PyObj) own.push(v);
      else if (Array.isArray(v)) for (const x of v) if (x instanceof PyObj) own.push(x);
    }
  }
}

function pushDict(d: PyDict, out: PyObject[]): void {
  for (const [, v] of d.entries()) out.push(v);
}

/**
 * The finalisable objects reachable from `roots`, in the order CPython finalises them, and
 * whether any function met refers to `globals` (the module dict is then in a cycle).
 */
function walkOrder(roots: PyObject[], globals: PyDict, defer: boolean): { order: PyObj[]; cyclic: boolean } {
  const seen = new Set<PyObj>();
  const order: PyObj[] = [];
  let cyclic = false;
  let tail: PyObject[] = [];
  const visit = (start: PyObject): void => {
    // Depth first, an object's own referents before the next sibling, without recursion.
    const stack: PyObject[] = [start];
    while (stack.length > 0) {
      const o = stack.pop()!;
      if (!(o instanceof PyObj) || seen.has(o) || o === globals) continue;
      seen.add(o);
      if (o instanceof PyModule) continue;
      if (o instanceof PyFunction && o.globals === globals) cyclic = true;
      if (o instanceof PyGenBase && o.frame.f_globals === globals) cyclic = true;
      if (delMethodOf(o) !== undefined || isSuspendedGenerator(o)) order.push(o);
      const own: PyObject[] = [];
      referents(o, own, defer ? tail : own);
      for (let i = own.length - 1; i >= 0; i--) stack.push(own[i]);
    }
  };
  for (const r of roots) visit(r);
  while (tail.length > 0) {
    const next = tail;
    tail = [];
    for (const r of next) visit(r);
  }
  return { order, cyclic };
}

/**
 * Everything the other modules (and `extra`) reach, left alone at exit, and whether that
 * includes the main module's dict itself (through a function of the program, a class's
 * method): CPython's collector then finds nothing of it unreachable, and finalises none of it
 * at this stage.
 */
function reachedElsewhere(vm: VM, mainDict: PyDict, extra: PyObject[]): { seen: Set<PyObj>; reachesMain: boolean } {
  const seen = new Set<PyObj>();
  const stack: PyObject[] = [...extra];
  let reachesMain = false;
  for (const [, m] of vm.modules.entries()) {
    if (m instanceof PyModule && m.dict !== mainDict) stack.push(m.dict);
  }
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (o === mainDict) reachesMain = true;
    if (!(o instanceof PyObj) || seen.has(o) || o === mainDict) continue;
    seen.add(o);
    if (o instanceof PyModule) {
      // The main module object itself (which tpy's own modules may hold) goes with sys.modules' entry.
      if (o.dict !== mainDict) stack.push(o.dict);
      continue;
    }
    if (o instanceof PyFunction) stack.push(o.globals);
    else if (o instanceof PyGenBase) stack.push(o.frame.f_globals);
    referents(o, stack, stack);
  }
  return { seen, reachesMain };
}

/** Everything reachable from `roots` (the main module's dict and other modules not entered). */
function reachFrom(roots: PyObject[], into: Set<PyObj>, mainDict: PyDict): void {
  const stack = [...roots];
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (!(o instanceof PyObj) || into.has(o) || o === mainDict) continue;
    into.add(o);
    if (o instanceof PyModule) continue;
    referents(o, stack, stack);
  }
}

/** Runs one object's finaliser, reporting what it raises as CPython does. */
function finalize(vm: VM, o: PyObj): void {
  if (finalized.has(o)) return;
  finalized.add(o);
  if (o instanceof PyGenBase) {
    if (!isSuspendedGenerator(o)) return;
    try {
      generatorClose(vm, o);
    } catch (e) {
      if (e instanceof ProcessExit) throw e;
      const exc = toPyException(e);
      vm.writeUnraisable(exc, exc.traceback, null, o);
    }
    return;
  }
  const del = delMethodOf(o);
  if (del === undefined) return;
  try {
    call(vm, del, [o]);
  } catch (e) {
    if (e instanceof ProcessExit) throw e;
    const exc = toPyException(e);
    vm.writeUnraisable(exc, exc.traceback, null, del);
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

function finalizeMain(vm: VM): void {
  const main = vm.modules.getStr('__main__');
  if (!(main instanceof PyModule)) return;
  const mainDict = main.dict;
  const roots: PyObject[] = [];
  pushDict(mainDict, roots);
  // With no class with __del__, only suspended generators need closing: walk for them only
  // when the dict holds one itself (a program's big data costs nothing at exit).
  if (!anyFinalizerClass() && !roots.some((v) => v instanceof PyObj && isSuspendedGenerator(v))) return;
  let { order, cyclic } = walkOrder(roots, mainDict, true);
  if (order.length === 0) return;
  // No cycle through the dict: it is freed, each value's references going as it goes.
  if (!cyclic) order = walkOrder(roots, mainDict, false).order;
  const { seen: elsewhere, reachesMain } = reachedElsewhere(vm, mainDict, []);
  if (reachesMain) return;
  for (const o of order) if (!elsewhere.has(o)) finalize(vm, o);
}

/**
 * The frames of the traceback of the exception that ended the program go (CPython: when
 * sys.last_traceback is cleared at exit, or at once for SystemExit, before the atexit calls):
 * innermost first, each frame's locals in order (finalizeReleased).
 */
export function finalizeTracebackFrames(vm: VM, tb: PyTraceback | null, extra: PyObject[]): void {
  const frames: PyObject[][] = [];
  for (let t = tb; t !== null; t = t.tb_next) {
    const locals = t.tb_frame.exitedLocals;
    if (locals !== null && locals.length > 0) frames.unshift(locals.filter((v) => v !== undefined && v !== null));
  }
  finalizeReleased(vm, frames, extra);
}

/**
 * Groups of references that go, one group after the other (a traceback's frames, the atexit
 * calls once run): finalises what each group held that nothing else holds: not the main
 * module's objects, not what the other modules or `extra` reach, not what a later group holds.
 */
export function finalizeReleased(vm: VM, groups: PyObject[][], extra: PyObject[]): void {
  if (groups.length === 0 || !anyFinalizerClass()) return;
  const main = vm.modules.getStr('__main__');
  const mainDict = main instanceof PyModule ? main.dict : new PyDict();
  const kept = new Set<PyObj>();
  const roots: PyObject[] = [];
  pushDict(mainDict, roots);
  reachFrom(roots, kept, mainDict);
  for (const o of reachedElsewhere(vm, mainDict, extra).seen) kept.add(o);
  for (let k = 0; k < groups.length; k++) {
    const later = new Set<PyObj>();
    for (let j = k + 1; j < groups.length; j++) reachFrom(groups[j], later, mainDict);
    const { order } = walkOrder(groups[k], mainDict, false);
    for (const o of order) if (!kept.has(o) && !later.has(o)) finalize(vm, o);
  }
}
