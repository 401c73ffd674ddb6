// The order of CPython's collector list at exit, which is the order its last collection
// finalises the garbage in (finalize_garbage walks the unreachable list from its head).
//
// CPython keeps tracked containers on a list in the order they were tracked. Py_FinalizeEx
// runs a full collection while the modules are still reachable, and that collection's
// move_unreachable reorders the list: it scans the list from the head; an object no scanned
// object has referred to yet is moved aside as maybe unreachable, and moved back to the list's
// tail when a later-scanned object refers to it. So an object made before the container that
// holds it (an argument to a constructor, an item of a display, an old object put in a new
// list) ends up after everything made in order, in the order the collector visits it. A dict
// made empty is tracked only when it first holds a container.
//
// The modules' dicts (older than everything the program made) are scanned first. The
// allocation order comes from vm/alloc_stamps.ts; objects with no stamp are older than every
// stamped one and keep the order a depth-first walk from the roots meets them in.

import { PyObj, PyInstance } from './objects/object.js';
import type { PyObject } from './objects/object.js';
import { PyDict, dictType } from './objects/dict.js';
import { PyList } from './objects/list.js';
import { PyTuple } from './objects/tuple.js';
import { PySetBase } from './objects/set.js';
import { PyFunction, PyCell, PyMethod } from './objects/function.js';
import { PyGenBase } from './objects/generator.js';
import { PyType } from './objects/type.js';
import { PyModule } from './objects/module.js';
import { PyBaseException } from './objects/exceptions.js';
import { allocationStamp } from './alloc_stamps.js';
import { instanceReferents, isFinalizable, referents } from './object_graph.js';

/**
 * A container CPython has where tpy keeps a plain array or map in the owner: a class's dict,
 * a function's defaults and closure tuples. CPython makes each just before its owner.
 */
class FoldedContainer {
  constructor(readonly owner: PyObj, readonly before: number, readonly items: PyObject[]) {}
}

export type Node = PyObj | FoldedContainer;

/** Whether CPython's collector tracks `v` (enough of it to say when a dict starts being tracked). */
function isTracked(v: PyObject): boolean {
  if (!(v instanceof PyObj)) return false;
  if (v instanceof PyDict) return v.size > 0;
  return v instanceof PyInstance || v instanceof PyList || v instanceof PyTuple || v instanceof PySetBase ||
    v instanceof PyFunction || v instanceof PyCell || v instanceof PyMethod || v instanceof PyGenBase ||
    v instanceof PyType || v instanceof PyModule || v.dict !== null;
}

/** Pushes onto `out` what `n` refers to, in the order CPython's tp_traverse visits it. */
function traverse(n: Node, out: (Node | PyObject)[]): void {
  if (n instanceof FoldedContainer) {
    for (const v of n.items) out.push(v);
    return;
  }
  const o = n;
  if (o instanceof PyInstance) {
    instanceReferents(o, out as PyObject[]);
    return;
  }
  if (o instanceof PyModule) return; // its dict is a root
  if (o instanceof PyList || o instanceof PyTuple) {
    if (o.dict !== null) for (const [, v] of o.dict.entries()) out.push(v);
    const items = o.items;
    for (let i = items.length - 1; i >= 0; i--) if (typeof items[i] === 'object') out.push(items[i]);
    return;
  }
  if (o instanceof PyDict) {
    for (const [k, v] of o.entries()) {
      out.push(v);
      if (typeof k === 'object') out.push(k);
    }
    return;
  }
  if (o instanceof PyFunction) {
    if (o.defaults !== null && o.defaults.length > 0) out.push(new FoldedContainer(o, 0.75, [...o.defaults].reverse()));
    if (o.kwdefaults !== null) out.push(o.kwdefaults);
    if (o.dict !== null) out.push(o.dict);
    if (o.closure !== null && o.closure.length > 0) out.push(new FoldedContainer(o, 0.25, [...o.closure].reverse()));
    return;
  }
  if (o instanceof PyType) {
    if (o.isHeapType) out.push(new FoldedContainer(o, 0.5, [...o.typeDict.values()]));
    return;
  }
  if (o instanceof PyBaseException) {
    // BaseException's traverse: its dict, its args tuple (the call's, made before it), its
    // context and cause.
    if (o.dict !== null) for (const [, v] of o.dict.entries()) out.push(v);
    if (o.args.length > 0) out.push(new FoldedContainer(o, 0.5, [...o.args].reverse()));
    if (o.context !== null) out.push(o.context);
    if (o.cause !== null) out.push(o.cause);
    return;
  }
  referents(o, out as PyObject[]);
}

/**
 * When CPython tracked `n`, as a sort key; -1 for what tpy has no stamp for (older than all).
 * Tuples and bound methods carry no stamp (they are made too often to note each): one is
 * made just after its newest item, as a display, a `return a, b` or `obj.method` makes it.
 */
function trackedAt(n: Node, depth = 0): number {
  if (n instanceof FoldedContainer) {
    const s = allocationStamp(n.owner);
    return s === undefined ? -1 : s - n.before;
  }
  if (n instanceof PyTuple || n instanceof PyMethod) {
    const s = allocationStamp(n); // a call's *args
    if (s !== undefined) return s;
    let newest = -1;
    if (depth < 8) for (const v of n instanceof PyTuple ? n.items : [n.func, n.self]) if (v instanceof PyObj) newest = Math.max(newest, trackedAt(v, depth + 1));
    return newest < 0 ? -1 : newest + 0.5;
  }
  const s = allocationStamp(n) ?? -1;
  // (An instance of a dict subclass is tracked when it is made.)
  if (n instanceof PyDict && n.cls === dictType) {
    // Made empty and filled later, a dict is tracked when it first holds a container: just
    // after that container was made (d[k] = A()), unless the dict came later (a display).
    // One made before the stamps began is tracked then too if its first container is stamped.
    for (const [k, v] of n.entries()) {
      const first = isTracked(v) ? v : isTracked(k) ? k : undefined;
      if (first === undefined) continue;
      const t = allocationStamp(first as PyObj);
      return t !== undefined && t > s ? t + 0.5 : s;
    }
  }
  return s;
}

/**
 * The objects reachable from some module dicts, in the order CPython's collector list has
 * them at exit, and who refers to whom (for the references a closed generator drops).
 */
export interface CollectorList {
  /** The objects in the list's order. */
  order: PyObj[];
  /**
   * `gen`, just closed, drops its frame's references: calls `freed` for each object whose
   * last reference that was (and for what their own freeing drops in turn), as reference
   * counting frees them: an object's finaliser before its references go.
   */
  releaseFrame(gen: PyGenBase, freed: (o: PyObj) => void): void;
}

/** A growable array of node numbers. */
class IntList {
  a = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.length++] = v;
  }
}

/**
 * The objects reachable from some module dicts (the roots, scanned first), each with what it
 * refers to in traverse order: node n's references are edges[first[n] .. first[n] + count[n]),
 * and the roots' are rootKids. Nodes are numbered in the order a depth-first walk meets them
 * (the order kept among unstamped ones).
 */
export interface CollectorGraph {
  readonly nodes: readonly Node[];
  readonly ids: ReadonlyMap<Node, number>;
  readonly first: Int32Array;
  readonly count: Int32Array;
  readonly edges: Int32Array;
  readonly rootKids: readonly number[];
}

export function collectorGraph(roots: PyDict[]): CollectorGraph {
  const rootSet = new Set<unknown>(roots);
  const ids = new Map<Node, number>();
  const nodes: Node[] = [];
  const first = new IntList();
  const count = new IntList();
  const edges = new IntList();
  const pending: number[] = [];
  const idOf = (k: Node | PyObject): number => {
    if (!(k instanceof PyObj || k instanceof FoldedContainer) || rootSet.has(k)) return -1;
    let id = ids.get(k);
    if (id === undefined) {
      id = nodes.length;
      ids.set(k, id);
      nodes.push(k);
      first.push(0);
      count.push(0);
      pending.push(id);
    }
    return id;
  };
  const rootKids: number[] = [];
  const scratch: (Node | PyObject)[] = [];
  const values: PyObject[] = [];
  for (const d of roots) {
    values.length = 0;
    d.pushValues(values);
    for (const v of values) {
      const id = idOf(v);
      if (id >= 0) rootKids.push(id);
      while (pending.length > 0) {
        const n = pending.pop()!;
        scratch.length = 0;
        traverse(nodes[n], scratch);
        const start = edges.length;
        for (const k of scratch) {
          const kid = idOf(k);
          if (kid >= 0) edges.push(kid);
        }
        first.a[n] = start;
        count.a[n] = edges.length - start;
      }
    }
  }
  return { nodes, ids, first: first.a, count: count.a, edges: edges.a.subarray(0, edges.length), rootKids };
}

/** The objects with a finaliser (a __del__, a suspended generator's close) in the graph. */
export function finalizableIn(g: CollectorGraph): PyObj[] {
  const out: PyObj[] = [];
  for (const n of g.nodes) if (n instanceof PyObj && isFinalizable(n)) out.push(n);
  return out;
}

/** Whether a function or generator in the graph has `globals` as its globals (the dict is then in a cycle). */
export function refersToGlobals(g: CollectorGraph, globals: PyDict): boolean {
  for (const n of g.nodes) {
    if (n instanceof PyFunction && n.globals === globals) return true;
    if (n instanceof PyGenBase && n.frame.f_globals === globals) return true;
  }
  return false;
}

/**
 * The collector's list over graph `g`; `alive`: objects that survive (never freed). Only the
 * part of the graph that leads to finalisable objects matters: the rest can change neither
 * their order nor when they are freed.
 */
export function collectorList(g: CollectorGraph, alive: ReadonlySet<PyObj>): CollectorList {
  const { nodes, ids, first, count, edges, rootKids } = g;
  const total = nodes.length;
  const kidsOf = (n: number): Int32Array => edges.subarray(first[n], first[n] + count[n]);
  // What leads to a finalisable object: those, and whatever refers to one of them.
  const relevant = new Uint8Array(total);
  const parentCount = new Int32Array(total + 1);
  for (let e = 0; e < edges.length; e++) parentCount[edges[e] + 1]++;
  for (let n = 0; n < total; n++) parentCount[n + 1] += parentCount[n];
  const parents = new Int32Array(edges.length);
  const fill = parentCount.slice(0, total);
  for (let n = 0; n < total; n++) for (const k of kidsOf(n)) parents[fill[k]++] = n;
  const work: number[] = [];
  for (let n = 0; n < total; n++) {
    const node = nodes[n];
    if (node instanceof PyObj && isFinalizable(node)) {
      relevant[n] = 1;
      work.push(n);
    }
  }
  while (work.length > 0) {
    const n = work.pop()!;
    for (let i = parentCount[n]; i < parentCount[n + 1]; i++) {
      const p = parents[i];
      if (relevant[p] === 0) {
        relevant[p] = 1;
        work.push(p);
      }
    }
  }
  const isRootKid = new Uint8Array(total);
  for (const id of rootKids) isRootKid[id] = 1;
  const list: number[] = [];
  for (let n = 0; n < total; n++) if (relevant[n] === 1) list.push(n);
  const keys = new Float64Array(total);
  for (const n of list) keys[n] = trackedAt(nodes[n]);
  // Of what has no stamp, a list's, tuple's, set's or dict's items are taken for older than
  // the container, as in a display (`[A(1), A(2)]`, `(a, b)`), and so are a class's dict and
  // what it holds (made by the class body, before the class): they follow in the collector's
  // order. An object's attributes keep the order the walk met them in, after it.
  for (const n of list) {
    const c = nodes[n];
    if (keys[n] !== -1) continue;
    if (!(c instanceof PyList || c instanceof PyTuple || c instanceof PySetBase || c instanceof PyDict || c instanceof PyType || c instanceof FoldedContainer)) continue;
    for (const k of kidsOf(n)) if (relevant[k] === 1 && keys[k] === -1 && isRootKid[k] === 0) keys[k] = -2;
  }
  list.sort((a, b) => keys[a] - keys[b] || a - b);
  // The scan of move_unreachable: 0 not reached yet, 1 reached, 2 passed unreached, 3 scanned.
  const state = new Uint8Array(total);
  for (const id of rootKids) state[id] = 1;
  const out: PyObj[] = [];
  const tail: number[] = [];
  const scan = (n: number): void => {
    state[n] = 3;
    const node = nodes[n];
    if (node instanceof PyObj) out.push(node);
    for (const k of kidsOf(n)) {
      if (relevant[k] === 0) continue;
      if (state[k] === 2) {
        state[k] = 1;
        tail.push(k);
      } else if (state[k] === 0) state[k] = 1;
    }
  };
  for (const n of list) {
    if (state[n] === 1) scan(n);
    else if (state[n] === 0) state[n] = 2;
  }
  for (let i = 0; i < tail.length; i++) scan(tail[i]);
  // References from the roots and from the nodes, as reference counts (a relevant node's
  // referrers are all relevant).
  const refs = new Int32Array(total);
  for (const id of rootKids) refs[id]++;
  for (const n of list) for (const k of kidsOf(n)) refs[k]++;
  const cleared = new Uint8Array(total);
  const drop = (from: Int32Array, freed: (o: PyObj) => void): void => {
    // Depth first, as each deallocation releases its references in order.
    const stack: number[] = [];
    for (let i = from.length - 1; i >= 0; i--) stack.push(from[i]);
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (relevant[n] === 0 || --refs[n] !== 0) continue;
      const node = nodes[n];
      if (node instanceof PyObj) {
        if (alive.has(node)) continue;
        freed(node);
      }
      if (cleared[n] === 1) continue; // a generator whose frame `freed` released
      cleared[n] = 1;
      const kids = kidsOf(n);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  };
  const releaseFrame = (gen: PyGenBase, freed: (o: PyObj) => void): void => {
    const id = ids.get(gen);
    if (id === undefined || cleared[id] === 1) return;
    cleared[id] = 1;
    drop(kidsOf(id), freed);
  };
  return { order: out, releaseFrame };
}
