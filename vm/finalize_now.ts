// __del__ when an object's last reference goes, during the run.
//
// CPython frees an object the moment its reference count falls to zero (`del x`, rebinding a
// name, a function's locals at its return, `lst.clear()`), running its __del__ then, and
// tutorials print from __del__ to show exactly that. tpy has no reference counts. While
// instances of classes with __del__ are alive (vm/finalizer_classes.ts notes them), or objects
// the program weakly refers to (vm/weak_ref_registry.ts: their references are cleared and
// their callbacks run when they go), or suspended generators it drives whose close runs code
// (vm/suspended_generators.ts: closed when they go), it watches instead: frames run bytecode that reports to
// it (vm/watch_words.ts, on the trace hook's path, so programs without such objects pay
// nothing), and before the first instruction of each line, at each backward jump,
// after a `del` and after a frame returns, the watch walks the object graph from the live
// roots (the running frames' slots, the modules, the threads' stacks) until it has met every
// watched instance. One it cannot reach lost its last reference since the last look: its
// __del__ runs there, before the next instruction, in the order reference counting would
// have freed it (an object before what it holds, a list's items last first, a frame's locals
// in order). An unreachable one that lies on a reference cycle, or that a cycle reaches, is
// left to the cycle collector: gc.collect() or the exit (vm/exit_finalizers.ts).
//
// The watch looks only from the outermost eval loop: inside a callback from native code (a
// sort key, __repr__ called by print) the native's JavaScript variables may hold objects the
// walk cannot see, so it waits until control is back in plain tpy code. Greenlets keep stacks
// the walk does not see either: a program that uses them is not watched.

import { PyObj, PyInstance } from './objects/object.js';
import type { PyObject } from './objects/object.js';
import { PyModule } from './objects/module.js';
import { PyDict } from './objects/dict.js';
import { PyList } from './objects/list.js';
import { PyTuple } from './objects/tuple.js';
import { PyType } from './objects/type.js';
import { Frame } from './frame.js';
import { DROPS_REFERENCE } from './watch_words.js';
import { referents } from './object_graph.js';
import { cycleKept } from './finalizer_garbage.js';
import { liveNotedInstances, setWatchStarter } from './finalizer_classes.js';
import { finalizeObject, isFinalized, setDroppedInCycleTest } from './exit_finalizers.js';
import { allocationStamp } from './alloc_stamps.js';
import { exitCallRoots } from '../stdlib/atexit.js';
import { withLiveRefTest } from './weak_ref_clear.js';
import { knownBuiltins, mayBreakLink } from './link_breaking_ops.js';
import type { HolderKeys, KnownBuiltins } from './link_breaking_ops.js';
import { setReachableNow } from './weak_ref_registry.js';
import type { FinalizerWatchHook } from './hooks.js';
import type { VM } from './vm.js';

/** Unreachable instances a cycle holds: CPython's collector finalises them, not reference counting. */
const cycleGarbage = new WeakSet<PyObj>();
/** Whether cycleGarbage has ever held anything (until then, no look filters by it). */
let anyCycleGarbage = false;
setDroppedInCycleTest((o) => cycleGarbage.has(o));

/** The instances the watch looks for: noted, not known to be cycle garbage, not yet finalised (read only). */
function watched(live: readonly PyObj[]): readonly PyObj[] {
  return anyCycleGarbage ? live.filter((o) => !cycleGarbage.has(o)) : live;
}

/**
 * Where the walk last met a watched instance: the chain of objects from a root down to it
 * (`at`, its last link), and when (a count that grows through each walk and from one walk to
 * the next, so that siblings compare in their holder's traverse order: a list's items last
 * first, a frame's locals in order).
 */
interface Sighting {
  at: PathLink;
  seq: number;
}

/**
 * One link of the chains sightings keep: `obj`, held by `up.obj` (null: obj is a root). The
 * instances one walk meets share the links they have in common, so a long linked list of
 * watched nodes costs a walk one link a node, not one a node for every node before it (a
 * 400-node chain spent 6 s in its paths).
 */
interface PathLink {
  obj: PyObj;
  up: PathLink | null;
  /** Where up.obj keeps obj (see linkHint); for a root, null. */
  hint: LinkHint;
  /** For a root: how it is one (a stack slot's index, or -1: a module's dict or another root). */
  root: number;
  /** The look (lookCount) that last found this link still there: the chains after it share it. */
  checkedAt: number;
}

/** Looks made so far (see PathLink.checkedAt). */
let lookCount = 0;

/** An index into a list's or tuple's items or an instance's slots, a str key of a dict, or null: look through. */
type LinkHint = number | string | null;

/** Where `holder` keeps `child`, for a quick look later (null when there is no quick way). */
function linkHint(holder: PyObj, child: PyObj): LinkHint {
  if (holder instanceof PyList || holder instanceof PyTuple) {
    const i = holder.items.indexOf(child);
    return i >= 0 ? i : null;
  }
  const d = holder instanceof PyDict ? holder : holder instanceof PyInstance ? holder.dict : null;
  if (d !== null) {
    for (const [k, v] of d.entries()) if (v === child && typeof k === 'string') return k;
  }
  return null;
}

/** Whether `link.up.obj` still holds `link.obj` (the hint is tried first, then a look through it). */
function stillHolds(holder: PyObj, link: PathLink): boolean {
  const child = link.obj;
  const hint = link.hint;
  if (holder instanceof PyList || holder instanceof PyTuple) {
    const items = holder.items;
    if (typeof hint === 'number' && items[hint] === child) return true;
    const i = items.indexOf(child);
    if (i < 0) return false;
    if (link.hint !== i) hintMoved = true;
    link.hint = i;
    return true;
  }
  if (typeof hint === 'string') {
    const d = holder instanceof PyDict ? holder : holder instanceof PyInstance ? holder.dict : null;
    if (d !== null && d.getStr(hint) === child) return true;
  }
  const own: PyObject[] = [];
  heldBy(holder, own);
  if (!own.includes(child)) return false;
  const hint2 = linkHint(holder, child);
  if (hint2 !== hint) hintMoved = true;
  link.hint = hint2;
  return true;
}

/** A check found a child held at another place than its link's hint said (the holders' keys are then rebuilt). */
let hintMoved = false;
let sightings = 0;

/** The most credit the walks keep (a small program never runs out), and what each look earns. */
const WALK_CREDIT_MAX = 1_000_000;
const WALK_CREDIT_PER_LOOK = 32;
/** The steps of a look's check that are free of charge: a program with a few hundred watched instances keeps exact timing. */
const FREE_CHECKS = 512;

class FinalizerWatch implements FinalizerWatchHook {
  /** A frame returned since the last look: look before the next instruction. */
  private due = false;
  private lastFrame: Frame | null = null;
  private lastSlot = -1;
  /** Where each watched instance was last found (see Sighting). */
  paths = new WeakMap<PyObj, Sighting>();
  /**
   * What the walks may still cost (objects visited). Proving that an object is unreachable
   * takes a walk over everything the program holds: a program that drops thousands of such
   * objects while it holds a big heap would spend all its time walking. Each look earns a
   * little; a walk spends what it visited, and a look's check what it checked past
   * FREE_CHECKS; when the credit is spent, looks wait until it is earned back (a __del__
   * then runs later than CPython's, with others). Counted in visits, not time, so that a
   * program's output does not vary.
   */
  credit = WALK_CREDIT_MAX;
  /**
   * Every link of the watched instances' last known paths, each once (see linksStillThere), or
   * null until a look has found them all held. Valid while `forLive` is the list of noted
   * instances, at the length it had: a new one has no path yet, and a walk makes new paths.
   */
  links: PathLink[] | null = null;
  forLive: readonly PyObj[] | null = null;
  forLength = 0;
  /** The links that start at a root (checked at every look: the stack changes all the time). */
  rootLinks: PathLink[] = [];
  /** The objects the other links go through, with the keys they use (vm/link_breaking_ops.ts). */
  holders: HolderKeys = new Map();
  /**
   * An instruction that may break a link between two holders ran since the last look that
   * checked them all (vm/link_breaking_ops.ts): the next look checks them all. Until then, a
   * look checks only the roots.
   */
  stale = true;
  /** The built-ins a call of which breaks no link (vm/link_breaking_ops.ts). */
  private readonly known: KnownBuiltins;

  constructor(private readonly vm: VM) {
    this.known = knownBuiltins(vm);
  }

  frameReturned(): void {
    this.due = true;
  }

  beforeInstruction(frame: Frame, slot: number): void {
    const code = frame.f_code;
    let due = this.due;
    // The instruction that ran last in this frame: where a finaliser run now sees it stand.
    let ranLast = slot - 1;
    if (frame === this.lastFrame) {
      const last = this.lastSlot;
      if (slot <= last) ranLast = last;
      if (slot <= last) due = true; // a backward jump: a loop's next iteration
      else if (code.lines[slot] > 0 && code.lines[slot] !== code.lines[last]) due = true;
      // The instruction before this one (watchWords does not report every slot: `last` may be further back).
      else if (slot > 0 && DROPS_REFERENCE[code.words[slot - 1] & 0xff] === 1) due = true;
    }
    this.lastFrame = frame;
    this.lastSlot = slot;
    if (due) {
      if (this.vm.nestedRuns > 1) this.due = true;
      else {
        this.due = false;
        if (this.credit < WALK_CREDIT_MAX) this.credit += WALK_CREDIT_PER_LOOK;
        // A finaliser's warning or traceback names the line that dropped the reference, as in
        // CPython, where it runs inside that instruction: not the one about to start.
        const pc = frame.pc;
        if (ranLast >= 0) frame.pc = ranLast + 1;
        try {
          finalizeDropped(this.vm);
        } finally {
          frame.pc = pc;
        }
      }
    }
    // The instruction has not run yet: what it may do is for the next look.
    if (!this.stale && this.links !== null && mayBreakLink(this.vm, frame, slot, this.holders, this.known)) this.stale = true;
  }

  /** Keeps the links of the paths where `targets` were last met (all of them were just found held). */
  keepLinks(live: readonly PyObj[], targets: readonly PyObj[]): void {
    this.links = pathLinks(targets, this.paths);
    this.forLive = live;
    this.forLength = live.length;
    this.noteHolders(this.links);
  }

  /** Sorts `links` into rootLinks and holders. */
  noteHolders(links: readonly PathLink[]): void {
    const roots: PathLink[] = [];
    const holders: HolderKeys = new Map();
    const note = (h: PyObj, key: string | null): void => {
      let keys = holders.get(h);
      if (keys === undefined) holders.set(h, (keys = new Set()));
      keys.add(key);
    };
    for (const link of links) {
      const up = link.up;
      if (up === null) {
        roots.push(link);
        continue;
      }
      const key = typeof link.hint === 'string' ? link.hint : null;
      note(up.obj, key);
      // A store into the instance's dict itself (vars(o)[k] = v) is a store into the instance.
      if (up.obj instanceof PyInstance && up.obj.dict !== null) note(up.obj.dict, key);
    }
    this.rootLinks = roots;
    this.holders = holders;
    this.stale = false;
    hintMoved = false;
  }
}

/** Starts watching (an instance of a class with __del__ was made). */
export function watchFinalizers(vm: VM): void {
  if (vm.finalizerWatch !== null || vm.greenletsUsed) return;
  vm.finalizerWatch = new FinalizerWatch(vm);
  vm.updateHooked();
}

setWatchStarter(watchFinalizers);
setReachableNow(reachableNow);

/** Stops watching (nothing left to watch, or the program is over). */
export function stopWatchingFinalizers(vm: VM): void {
  if (vm.finalizerWatch === null) return;
  vm.finalizerWatch = null;
  vm.updateHooked();
}

/**
 * What the program holds now, in the order the walk tries them (the innermost frame first:
 * what a look most often needs to find is a local of the running function), with the stack
 * index of each root that is a stack slot (-1 for the others).
 */
interface Roots {
  values: PyObj[];
  slots: number[];
  /** The running frames' stack extents, as pairs [base, sp). */
  extents: number[];
}

function liveRootsNow(vm: VM): Roots {
  const values: PyObj[] = [];
  const slots: number[] = [];
  const extents: number[] = [];
  const stack = vm.stack;
  const push = (v: PyObject | null | undefined, slot = -1): void => {
    if (v instanceof PyObj) {
      values.push(v);
      slots.push(slot);
    }
  };
  for (let f = vm.frame; f !== null; f = f.f_back) {
    const top = Math.min(f.sp, stack.length);
    extents.push(f.base, top);
    for (let i = f.base; i < top; i++) push(stack[i], i);
  }
  for (const v of otherRoots(vm)) push(v);
  for (const [, m] of vm.modules.entries()) if (m instanceof PyModule) push(m.dict);
  return { values, slots, extents };
}

/** The roots that are neither stack slots nor modules' dicts. */
function otherRoots(vm: VM): PyObject[] {
  const out: PyObject[] = [];
  const push = (v: PyObject | null | undefined): void => {
    if (v instanceof PyObj) out.push(v);
  };
  for (let f = vm.frame; f !== null; f = f.f_back) {
    if (f.cells !== null) for (const c of f.cells) push(c);
    push(f.f_locals);
    push(f.f_globals);
    push(f.func);
    push(f.generator);
    push(f.localsDict);
    push(f.initSelf);
  }
  push(vm.excInfo);
  push(vm.lastUncaught);
  for (const v of exitCallRoots(vm)) push(v);
  if (vm.hasThreads) {
    for (const t of vm.threads.alive.values()) {
      if (t.stack === vm.stack) continue;
      for (const v of t.stack) push(v);
    }
  }
  return out;
}

/** What `o` holds, for the walk: referents(), and for a frame its locals and caller. */
export function heldBy(o: PyObj, out: PyObject[]): void {
  if (o instanceof Frame) {
    if (o.exitedLocals !== null) for (const v of o.exitedLocals) if (v !== undefined && v !== null) out.push(v);
    const saved = o.saved;
    if (saved !== null) {
      // A suspended generator's frame: only its first sp slots are live (see referents()).
      const g = o.generator;
      const n = g !== null && !g.running && !g.finished && saved === g.slots ? Math.min(o.sp, saved.length) : saved.length;
      for (let i = 0; i < n; i++) {
        const v = saved[i];
        if (v !== undefined && v !== null) out.push(v);
      }
    }
    if (o.f_locals !== null) out.push(o.f_locals);
    if (o.f_back !== null) out.push(o.f_back);
    return;
  }
  referents(o, out);
  // A class is in a cycle of its own (its __mro__ holds it): only the collector frees it.
  if (o instanceof PyType && o.isHeapType) out.push(o);
}

/**
 * Walks from the roots until every watched instance is met (then returns null), or to the
 * end: returns everything reached. Records where each watched instance was met.
 */
function walk(roots: Roots, targets: Set<PyObj>, paths: WeakMap<PyObj, Sighting>, visits: { n: number }): Set<PyObj> | null {
  // What was reached, and from where (null: a root).
  const parent = new Map<PyObj, PyObj | null>();
  const rootSlot = new Map<PyObj, number>();
  let left = targets.size;
  // Depth first from each root in turn, remembering how each object was reached.
  const stack: (PyObject | null)[] = [];
  const { values, slots } = roots;
  for (let r = values.length - 1; r >= 0; r--) {
    stack.push(values[r], null);
    if (slots[r] >= 0 || !rootSlot.has(values[r])) rootSlot.set(values[r], slots[r]);
  }
  // The chain's links made in this walk, shared by the instances met below them.
  const links = new Map<PyObj, PathLink>();
  const linkTo = (o: PyObj): PathLink => {
    // Up to the first object that has its link (or the root), then the new links down from it.
    const missing: PyObj[] = [];
    let p: PyObj | null = o;
    let up: PathLink | null = null;
    for (; p !== null; p = parent.get(p) ?? null) {
      const known = links.get(p);
      if (known !== undefined) {
        up = known;
        break;
      }
      missing.push(p);
    }
    for (let i = missing.length - 1; i >= 0; i--) {
      const obj = missing[i];
      const link: PathLink = up === null
        ? { obj, up: null, hint: null, root: rootSlot.get(obj) ?? -1, checkedAt: 0 }
        : { obj, up, hint: linkHint(up.obj, obj), root: -1, checkedAt: 0 };
      links.set(obj, link);
      up = link;
    }
    return up!;
  };
  const own: PyObject[] = [];
  while (stack.length > 0) {
    const from = stack.pop() as PyObj | null;
    const o = stack.pop();
    if (!(o instanceof PyObj) || parent.has(o)) continue;
    visits.n++;
    parent.set(o, from);
    if (targets.has(o)) {
      paths.set(o, { at: linkTo(o), seq: sightings++ });
      if (--left === 0) return null;
    }
    if (o instanceof PyModule) continue;
    own.length = 0;
    heldBy(o, own);
    for (let i = own.length - 1; i >= 0; i--) {
      const c = own[i];
      if (c instanceof PyObj && !parent.has(c)) stack.push(c, o);
    }
  }
  return new Set(parent.keys());
}

/**
 * Whether every watched instance is still where the walk last met it: each link of its path
 * still there, and the path's root still a root. Cheap (no walk), and true almost always.
 */
function allStillHeld(vm: VM, targets: readonly PyObj[], paths: WeakMap<PyObj, Sighting>, work: { n: number }): boolean {
  // The links checked in this look are marked with it: a chain that meets one is fine from there.
  const look = ++lookCount;
  work.n += targets.length;
  const others: OtherRoots = { values: null };
  for (let i = 0; i < targets.length; i++) {
    const s = paths.get(targets[i]);
    if (s === undefined) return false;
    let link = s.at;
    let fine = false;
    for (; link.up !== null; link = link.up) {
      if (link.checkedAt === look) {
        fine = true;
        break;
      }
      work.n++;
      if (!stillHolds(link.up.obj, link)) return false;
      link.checkedAt = look;
    }
    if (fine || link.checkedAt === look) continue;
    if (!rootStillThere(vm, link, others)) return false;
    link.checkedAt = look;
  }
  return true;
}

/**
 * allStillHeld for the links of every path at once: each link checked once a look, with no
 * lookup of where each instance was met. The same answer, for a fraction of the cost when many
 * instances share a holder (100 weakly held listeners in one list: a look checked 100 sightings
 * and 200 links, now 101 links).
 */
function linksStillThere(vm: VM, links: readonly PathLink[]): boolean {
  const others: OtherRoots = { values: null };
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    const up = link.up;
    if (up !== null ? !stillHolds(up.obj, link) : !rootStillThere(vm, link, others)) return false;
  }
  return true;
}

/** The roots that are neither stack slots nor modules' dicts, made once a look when a root link needs them. */
interface OtherRoots {
  values: PyObject[] | null;
}

/** Whether the root of a path (a link with no holder) is still a root, holding the same object. */
function rootStillThere(vm: VM, link: PathLink, others: OtherRoots): boolean {
  const root = link.obj;
  if (link.root >= 0) return vm.stack[link.root] === root && inRunningFrame(vm, link.root);
  if (isModuleDict(vm, root)) return true;
  others.values ??= otherRoots(vm);
  return others.values.includes(root);
}

/** The links of the paths where `targets` were last met (each was: allStillHeld said so), each once, a root before what it holds. */
function pathLinks(targets: readonly PyObj[], paths: WeakMap<PyObj, Sighting>): PathLink[] {
  const seen = new Set<PathLink>();
  const out: PathLink[] = [];
  const chain: PathLink[] = [];
  for (const t of targets) {
    chain.length = 0;
    for (let link: PathLink | null = paths.get(t)!.at; link !== null && !seen.has(link); link = link.up) {
      seen.add(link);
      chain.push(link);
    }
    for (let i = chain.length - 1; i >= 0; i--) out.push(chain[i]);
  }
  return out;
}

/** Whether stack slot `index` lies in a running frame's part of the stack. */
function inRunningFrame(vm: VM, index: number): boolean {
  const length = vm.stack.length;
  for (let f = vm.frame; f !== null; f = f.f_back) if (index >= f.base && index < Math.min(f.sp, length)) return true;
  return false;
}

/** Module dicts, as the walk last saw them among the roots. */
const moduleDicts = new WeakSet<PyObj>();

function isModuleDict(vm: VM, o: PyObj): boolean {
  if (moduleDicts.has(o)) return true;
  for (const [, m] of vm.modules.entries()) {
    if (m instanceof PyModule) moduleDicts.add(m.dict);
  }
  return moduleDicts.has(o);
}

/** What lost its last reference when `o` did: the first object of its last known path that is now unreachable. */
function deathStart(o: PyObj, alive: Set<PyObj>, paths: WeakMap<PyObj, Sighting>): PyObj {
  const seen = paths.get(o);
  if (seen === undefined) return o;
  // The dead object nearest the root: the chain is walked from its end up.
  let start = o;
  for (let link: PathLink | null = seen.at; link !== null; link = link.up) if (!alive.has(link.obj)) start = link.obj;
  return start;
}

/**
 * The order reference counting frees `dead` in: each group goes with the first object of its
 * last known path that is now unreachable (what lost its last reference), visited from there
 * as a deallocation visits (an object, then what it holds, in traverse order).
 */
function deathOrder(dead: PyObj[], alive: Set<PyObj>, paths: WeakMap<PyObj, Sighting>): PyObj[] {
  const isDead = new Set(dead);
  // Those seen before in the order they were seen; then, the oldest first, those made and
  // dropped between two looks (nothing else tells their order).
  const seqOf = (o: PyObj): number => paths.get(o)?.seq ?? Infinity;
  const age = (o: PyObj): number => allocationStamp(o) ?? 0;
  const byAge = [...dead].sort((a, b) => seqOf(a) - seqOf(b) || age(a) - age(b));
  const starts: PyObj[] = [];
  const startSeen = new Set<PyObj>();
  for (const o of byAge) {
    const start = deathStart(o, alive, paths);
    if (!startSeen.has(start)) {
      startSeen.add(start);
      starts.push(start);
    }
  }
  const order: PyObj[] = [];
  const visited = new Set<PyObj>();
  for (const s of starts) {
    const stack: PyObject[] = [s];
    while (stack.length > 0) {
      const o = stack.pop()!;
      if (!(o instanceof PyObj) || alive.has(o) || visited.has(o) || o instanceof PyModule) continue;
      visited.add(o);
      if (isDead.has(o)) order.push(o);
      const own: PyObject[] = [];
      heldBy(o, own);
      for (let i = own.length - 1; i >= 0; i--) stack.push(own[i]);
    }
  }
  // Any left (reached only through another group's cycle): oldest first.
  for (const o of byAge) if (!visited.has(o)) order.push(o);
  return order;
}

/**
 * Looks for watched instances nothing reaches any more and finalises those reference
 * counting would have freed. `all` (gc.collect()): also those only cycles hold, and the
 * result is then the number of unreachable objects found (those the watched instances reach).
 */
const NONE: readonly PyObj[] = [];
/** A look's count of its steps (one object, reused). */
const lookWork = { n: 0 };

export function finalizeDropped(vm: VM, all = false, force = all): number {
  const watch = vm.finalizerWatch instanceof FinalizerWatch ? vm.finalizerWatch : null;
  if (!force && watch !== null && watch.credit <= 0) return 0;
  const live = liveNotedInstances(vm);
  const targets = watched(live);
  const known = all ? live.filter((o) => cycleGarbage.has(o) && !isFinalized(o)) : NONE;
  if (targets.length === 0 && known.length === 0) {
    if (!all) stopWatchingFinalizers(vm);
    return 0;
  }
  const paths = watch?.paths ?? new WeakMap<PyObj, Sighting>();
  if (!all) {
    const work = lookWork;
    work.n = 0;
    let held: boolean;
    if (watch !== null && watch.links !== null && watch.forLive === live && watch.forLength === live.length) {
      // A hook's own code runs unreported: with one set, every look checks every link.
      if (watch.stale || vm.traceFn !== null || vm.profileFn !== null) {
        work.n += watch.links.length;
        held = linksStillThere(vm, watch.links);
        if (held && hintMoved) watch.noteHolders(watch.links);
        else if (held) watch.stale = false;
      } else {
        work.n += watch.rootLinks.length;
        held = linksStillThere(vm, watch.rootLinks);
      }
    } else {
      held = allStillHeld(vm, targets, paths, work);
      if (held && watch !== null) watch.keepLinks(live, targets);
    }
    // Checking costs a step an instance, each look: past a few hundred instances, a loop's
    // looks would cost more than its work (a 10,000-node list of them took 200 s to build).
    if (watch !== null && work.n > FREE_CHECKS) watch.credit -= work.n - FREE_CHECKS;
    if (held) return 0;
    if (!force && watch !== null && watch.credit <= 0) return 0;
  }
  // gc.collect() walks everything (it needs what is alive to tell the garbage's extent).
  const visits = { n: 0 };
  const alive = walk(liveRootsNow(vm), all ? new Set() : new Set(targets), paths, visits);
  if (watch !== null) {
    watch.credit -= visits.n;
    watch.links = null; // the walk met them on new paths
  }
  if (alive === null) return 0;
  const dead = targets.filter((o) => !alive.has(o));
  // What held each one last lost its last reference with it: when that lies on a cycle (a
  // class, whose __mro__ holds it), or a cycle reaches it, the collector frees them.
  const kept = cycleKept([...dead.map((o) => deathStart(o, alive, paths)), ...dead], alive, heldBy);
  const freed: PyObj[] = [];
  const cyclic: PyObj[] = [...known];
  for (const o of dead) {
    if (!kept.has(o)) freed.push(o);
    else if (all) cyclic.push(o);
    else {
      cycleGarbage.add(o);
      anyCycleGarbage = true;
    }
  }
  const order = deathOrder(freed, alive, paths);
  let found = 0;
  if (all) {
    found = countGarbage([...dead, ...known], alive);
    // The collector's list: the oldest first.
    cyclic.sort((a, b) => (allocationStamp(a) ?? 0) - (allocationStamp(b) ?? 0));
    order.push(...cyclic);
  }
  // __del__ runs with the watch quiet (as a hook's own code reports nothing).
  vm.hookDepth++;
  vm.hooked = false;
  // A weak reference still there gets its callback: one the program holds, or one what goes
  // now holds (it goes after its object, as a deallocation clears references before members).
  let fromFreed: Set<PyObj> | null = null;
  const stillThere = (ref: PyObj): boolean => {
    if (alive.has(ref)) return true;
    fromFreed ??= reachedFrom(freed, alive);
    return fromFreed.has(ref);
  };
  try {
    withLiveRefTest(stillThere, () => {
      for (const o of order) finalizeObject(vm, o);
    });
  } finally {
    vm.hookDepth--;
    vm.updateHooked();
  }
  return found;
}

/** What `from` reaches that is not alive. */
function reachedFrom(from: PyObj[], alive: Set<PyObj>): Set<PyObj> {
  const seen = new Set<PyObj>();
  const stack: PyObject[] = [...from];
  const own: PyObject[] = [];
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (!(o instanceof PyObj) || alive.has(o) || seen.has(o) || o instanceof PyModule) continue;
    seen.add(o);
    own.length = 0;
    heldBy(o, own);
    for (const c of own) stack.push(c);
  }
  return seen;
}

/** The objects the collector would count among `garbage` and what it reaches (containers, not atoms). */
function countGarbage(garbage: PyObj[], alive: Set<PyObj>): number {
  return reachedFrom(garbage, alive).size;
}

/**
 * sys.getrefcount(target): the references to `target` that reference counting would count
 * (tpy keeps none): the running frames' stack slots that hold it (its locals, the argument of
 * this very call), the other roots that are it, and each time an object the program can reach
 * refers to it (a list's items, a dict's keys and values, an instance's attributes...). For the
 * program's own containers and instances this is CPython's count; for classes, functions,
 * modules and shared immutables (small ints, interned strs, None), whose counts in CPython
 * include the interpreter's own references, it is only the program's.
 */
export function referenceCount(vm: VM, target: PyObject): number {
  let count = 0;
  // The stack slots first (an int or a str there counts too), then the other roots.
  const slots = vm.stack;
  for (let f = vm.frame; f !== null; f = f.f_back) {
    const top = Math.min(f.sp, slots.length);
    for (let i = f.base; i < top; i++) if (slots[i] === target) count++;
  }
  const roots = liveRootsNow(vm);
  for (let r = 0; r < roots.values.length; r++) if (roots.values[r] === target && roots.slots[r] < 0) count++;
  reachAll(roots.values, (held) => {
    if (held === target) count++;
  });
  return count;
}

/** Everything the program can reach now (a walk from the live roots to the end). */
export function reachableNow(vm: VM): Set<PyObj> {
  return reachAll(liveRootsNow(vm).values);
}

/** What `roots` reach (a module is met, not entered); `edge` sees each reference the objects met hold. */
function reachAll(roots: readonly PyObject[], edge?: (held: PyObject) => void): Set<PyObj> {
  const seen = new Set<PyObj>();
  const stack: PyObject[] = [...roots];
  const own: PyObject[] = [];
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (!(o instanceof PyObj) || seen.has(o)) continue;
    seen.add(o);
    if (o instanceof PyModule) continue;
    own.length = 0;
    heldBy(o, own);
    for (let i = 0; i < own.length; i++) {
      const c = own[i];
      edge?.(c);
      if (c instanceof PyObj && !seen.has(c)) stack.push(c);
    }
  }
  return seen;
}
