// The object graph as tpy code sees it: what each object refers to, in CPython's traverse
// order, and walks over it (the exit's finalisers, vm/exit_finalizers.ts, and the pruning of
// the instances of classes with __del__, vm/finalizer_garbage.ts).
//
// Only Python-level references are followed: an instance's attributes and slots, containers'
// items, functions' defaults and cells, classes' attributes, suspended generators' locals,
// and any other object's fields that hold Python objects. References natives keep in
// JavaScript closures are not seen: a walk may miss what they hold, so its users treat "not
// reached" only as a reason to do less (to finalise nothing early, see exit_finalizers.ts).

import { PyObj, PyInstance } from './objects/object.js';
import type { PyObject } from './objects/object.js';
import { PyDict } from './objects/dict.js';
import { PyList } from './objects/list.js';
import { PyTuple, tupleType } from './objects/tuple.js';
import { PySetBase } from './objects/set.js';
import { PyFunction, PyCell, PyMethod } from './objects/function.js';
import { PyCoroutine, PyGenBase } from './objects/generator.js';
import { PyType } from './objects/type.js';
import { PyModule } from './objects/module.js';
import { PyMemberDescr } from './objects/slots.js';
import { Frame } from './frame.js';
import { isWatchedWeakTarget } from './weak_ref_registry.js';
import type { VM } from './vm.js';

/** The __del__ an instance's class defines (or inherits from a user class), if any. */
export function delMethodOf(o: PyObj): PyObject | undefined {
  const t = o.cls;
  if (!t.isHeapType) return undefined;
  return t.lookup('__del__');
}

/** A suspended generator (started, not finished, not running): closing it runs its `finally`. */
export function isSuspendedGenerator(o: PyObj): o is PyGenBase {
  return o instanceof PyGenBase && o.started && !o.finished && !o.running;
}

/** A coroutine never started: dropping it warns "coroutine '...' was never awaited". */
export function isUnawaitedCoroutine(o: PyObj): o is PyCoroutine {
  return o instanceof PyCoroutine && !o.started && !o.finished;
}

/**
 * Whether `o` has something to run when it goes: a __del__, a suspended generator's
 * `finally`, or weak references the program made to it (their callbacks, their clearing).
 */
export function isFinalizable(o: PyObj): boolean {
  return delMethodOf(o) !== undefined || isSuspendedGenerator(o) || isUnawaitedCoroutine(o) || isWatchedWeakTarget(o);
}

/** The objects `o` refers to (Python-level references), in its traverse order (a list's items last first). */
export function referents(o: PyObj, out: PyObject[]): void {
  if (o instanceof PyInstance) {
    instanceReferents(o, out);
    return;
  }
  if (o.dict !== null && !(o instanceof PyModule)) pushDict(o.dict, out);
  if (o instanceof PyList || o instanceof PyTuple) {
    const items = o.items;
    // Only objects can hold others: ints and strs are left out at once (big lists of them).
    for (let i = items.length - 1; i >= 0; i--) {
      const v = items[i];
      if (typeof v === 'object') out.push(v);
    }
  } else if (o instanceof PyDict) {
    for (const [k, v] of o.entries()) out.push(k, v);
  } else if (o instanceof PySetBase) {
    for (const k of o.values()) out.push(k);
  } else if (o instanceof PyFunction) {
    if (o.defaults !== null) out.push(...o.defaults);
    if (o.kwdefaults !== null) out.push(o.kwdefaults);
    if (o.closure !== null) out.push(...o.closure);
  } else if (o instanceof PyCell) {
    if (o.ref !== undefined) out.push(o.ref);
  } else if (o instanceof PyMethod) {
    out.push(o.func, o.self);
  } else if (o instanceof PyType) {
    if (o.isHeapType) for (const v of o.typeDict.values()) out.push(v);
  } else if (o instanceof PyGenBase) {
    // Only a suspended generator holds its slots: running, they are on the stack (a local it
    // has since rebound is not held), and past the saved count lie an earlier suspension's.
    if (!o.finished && !o.running) {
      const slots = o.slots;
      const n = o.frame.saved === slots ? Math.min(o.frame.sp, slots.length) : slots.length;
      for (let i = 0; i < n; i++) {
        const v = slots[i];
        if (v !== undefined && v !== null) out.push(v);
      }
    }
  } else if (!(o instanceof PyModule) && !(o instanceof Frame)) {
    // Any other object: the Python objects its fields hold (an exception's args, a property's
    // functions, an iterator's sequence...).
    for (const v of Object.values(o)) {
      if (v instanceof PyObj) out.push(v);
      else if (Array.isArray(v)) for (const x of v) if (x instanceof PyObj) out.push(x);
    }
  }
}

/**
 * What an instance of a user class refers to, in CPython's subtype_traverse order: its slots,
 * its attributes (CPython 3.11 keeps them in the instance, not in a dict object of their own),
 * its class. Weak references' referents are left out.
 */
export function instanceReferents(o: PyInstance, out: PyObject[]): void {
  const weak = weakFields(o.cls);
  const slots = o.slots;
  if (slots !== null) {
    for (let i = 0; i < slots.length; i++) {
      const v = slots[i];
      if (v !== undefined && (weak === null || !weak.slots.has(i))) out.push(v);
    }
  }
  if (o.dict !== null) {
    if (weak === null) pushDict(o.dict, out);
    else for (const [k, v] of o.dict.entries()) if (!(typeof k === 'string' && weak.names.has(k))) out.push(v);
  }
  out.push(o.cls);
}

/**
 * tpy's weak references (stdlib/lib/_weakref.py) hold their objects in
 * ordinary attributes or slots: those do not keep an object alive, as in CPython. For such a
 * class: the attribute names and slot numbers of its instances to skip; null for the others.
 */
interface WeakFields {
  names: Set<string>;
  slots: Set<number>;
}
const WEAK_CLASSES: Record<string, Record<string, string[]>> = {
  weakref: { ReferenceType: ['_obj'], ProxyType: ['_ProxyType__obj'] },
};
const weakFieldsOf = new WeakMap<PyType, WeakFields | null>();

// The last class asked about: a walk meets many instances of one class in a row.
let lastClass: PyType | null = null;
let lastFields: WeakFields | null = null;

function weakFields(cls: PyType): WeakFields | null {
  if (cls !== lastClass) {
    lastClass = cls;
    lastFields = weakFieldsFor(cls);
  }
  return lastFields;
}

function weakFieldsFor(cls: PyType): WeakFields | null {
  let known = weakFieldsOf.get(cls);
  if (known !== undefined) return known;
  known = null;
  for (const t of cls.mro) {
    const mod = t.typeDict.get('__module__');
    const byName = typeof mod === 'string' ? WEAK_CLASSES[mod] : undefined;
    if (byName === undefined || !Object.hasOwn(byName, t.name)) continue;
    const names = new Set(byName[t.name]);
    const slots = new Set<number>();
    for (const n of names) {
      const d = t.typeDict.get(n);
      if (d instanceof PyMemberDescr) slots.add(d.index);
    }
    known = { names, slots };
    break;
  }
  weakFieldsOf.set(cls, known);
  return known;
}

/** A plain tuple of ints and strs (the bulk of many programs' data) holds nothing to walk. */
function holdsNoObjects(items: readonly PyObject[]): boolean {
  for (let i = 0; i < items.length; i++) if (typeof items[i] === 'object') return false;
  return true;
}

export function pushDict(d: PyDict, out: PyObject[]): void {
  d.pushValues(out);
}

/**
 * The finalisable objects reachable from `roots`, in the order reference counting frees them
 * when the roots go (an object before what it refers to, a list's items last first), and
 * whether any function met refers to `globals` (the module dict is then in a cycle).
 */
export function walkOrder(roots: PyObject[], globals: PyDict): { order: PyObj[]; cyclic: boolean; seen: Set<PyObj> } {
  const seen = new Set<PyObj>();
  const order: PyObj[] = [];
  let cyclic = false;
  // Depth first, an object's referents before the next sibling, without recursion.
  const stack: PyObject[] = [];
  for (let r = roots.length - 1; r >= 0; r--) stack.push(roots[r]);
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (!(o instanceof PyObj) || o === globals || (o instanceof PyTuple && o.cls === tupleType && holdsNoObjects(o.items)) || seen.has(o)) continue;
    seen.add(o);
    if (o instanceof PyModule) continue;
    if (o instanceof PyFunction && o.globals === globals) cyclic = true;
    if (o instanceof PyGenBase && o.frame.f_globals === globals) cyclic = true;
    if (isFinalizable(o)) order.push(o);
    const own: PyObject[] = [];
    referents(o, own);
    for (let i = own.length - 1; i >= 0; i--) stack.push(own[i]);
  }
  return { order, cyclic, seen };
}

/**
 * sys's attributes that CPython's finalize_modules drops before its collection (sys.modules
 * is emptied, the import machinery and the last traceback go).
 */
const SYS_DROPPED = new Set(['modules', 'argv', 'ps1', 'ps2', 'last_type', 'last_value', 'last_traceback',
  'path', 'path_hooks', 'path_importer_cache', 'meta_path', '__interactivehook__', 'last_exc']);

/** The library modules whose functions CPython 3.11 registers with os.register_at_fork. */
const AT_FORK_MODULES = ['threading', 'logging', 'concurrent.futures.thread'];

/**
 * What survives CPython's collection at exit, once sys.modules is emptied: what the sys and
 * builtins modules (which the interpreter keeps) and `extra` reach. Module objects are not
 * entered (gone from sys.modules, they are garbage too). `reachesMain`: whether that includes
 * the main module's dict (through a function of the program, a class's method): then none of
 * the main module's objects is garbage.
 */
export function reachedElsewhere(vm: VM, mainDict: PyDict, extra: PyObject[]): { seen: Set<PyObj>; reachesMain: boolean } {
  const seen = new Set<PyObj>();
  const stack: PyObject[] = [...extra];
  const sys = vm.modules.getStr('sys');
  if (sys instanceof PyModule) for (const [k, v] of sys.dict.entries()) if (!(typeof k === 'string' && SYS_DROPPED.has(k))) stack.push(v);
  const builtins = vm.modules.getStr('builtins');
  if (builtins instanceof PyModule) stack.push(builtins.dict);
  // CPython's interpreter also keeps the functions os.register_at_fork was given, and with
  // them these modules' globals (logging's loggers and their handlers, threading's threads).
  for (const name of AT_FORK_MODULES) {
    const m = vm.modules.getStr(name);
    if (m instanceof PyModule) stack.push(m.dict);
  }
  const reachesMain = reach(stack, seen, { skip: mainDict, followGlobals: true });
  return { seen, reachesMain };
}

/** How reach() walks: what it passes by, and which references beyond referents() it follows. */
export interface ReachRules {
  /** Neither added nor entered (the main module's dict); reach() says whether it met it. */
  skip?: PyObject;
  /** Neither added nor entered. */
  stop?: ReadonlySet<PyObj>;
  /** Modules' dicts walked (otherwise a module is added and not entered). */
  enterModules?: boolean;
  /** Functions' and suspended generators' globals walked. */
  followGlobals?: boolean;
}

/** Adds to `into` everything reachable from `roots` under `rules`; true when it met `rules.skip`. */
export function reach(roots: PyObject[], into: Set<PyObj>, rules: ReachRules = {}): boolean {
  const { skip, stop, enterModules = false, followGlobals = false } = rules;
  const stack = [...roots];
  let metSkip = false;
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (o === skip) {
      metSkip = true;
      continue;
    }
    if (!(o instanceof PyObj) || into.has(o) || stop?.has(o) === true) continue;
    into.add(o);
    if (o instanceof PyModule) {
      if (enterModules) stack.push(o.dict);
      continue;
    }
    if (followGlobals) {
      if (o instanceof PyFunction) stack.push(o.globals);
      else if (o instanceof PyGenBase) stack.push(o.frame.f_globals);
    }
    referents(o, stack);
  }
  return metSkip;
}
