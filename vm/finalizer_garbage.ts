// Which unreachable objects CPython would still hold at its last collection: those in a
// reference cycle, or reached from one. Reference counting frees the others the moment their
// last reference goes; tpy, without counts, can only tell them apart afterwards, by the graph.

import { PyObj } from './objects/object.js';
import type { PyObject } from './objects/object.js';
import { PyModule } from './objects/module.js';
import { referents } from './object_graph.js';
import type { VM } from './vm.js';

/**
 * What the program still holds: every module's dict, the running thread's value stack up to
 * its top, the other live threads' stacks (all their slots).
 */
export function liveRoots(vm: VM): PyObject[] {
  const roots: PyObject[] = [];
  for (const [, m] of vm.modules.entries()) if (m instanceof PyModule) roots.push(m.dict);
  const stack = vm.stack;
  const top = Math.min(vm.stackTop(), stack.length);
  for (let i = 0; i < top; i++) {
    const v = stack[i];
    if (v !== undefined && v !== null) roots.push(v);
  }
  if (vm.hasThreads) {
    for (const t of vm.threads.alive.values()) {
      if (t.stack === stack) continue;
      for (const v of t.stack) if (v !== undefined && v !== null) roots.push(v);
    }
  }
  return roots;
}

/** What an object holds, for the walks (referents(), or a walk's own view of it). */
export type HeldBy = (o: PyObj, out: PyObject[]) => void;

function garbageChildren(o: PyObj, alive: Set<PyObj>, held: HeldBy): PyObj[] {
  const all: PyObject[] = [];
  held(o, all);
  const out: PyObj[] = [];
  for (const c of all) if (c instanceof PyObj && !alive.has(c) && !(c instanceof PyModule)) out.push(c);
  return out;
}

/**
 * Of the objects reached from `candidates` without going through `alive`, those that lie on a
 * cycle or are reached from one (Tarjan's strongly connected components, without recursion).
 */
export function cycleKept(candidates: PyObj[], alive: Set<PyObj>, held: HeldBy = referents): Set<PyObj> {
  const index = new Map<PyObj, number>();
  const low = new Map<PyObj, number>();
  const onStack = new Set<PyObj>();
  const sccStack: PyObj[] = [];
  const onCycle: PyObj[] = [];
  let next = 0;
  for (const root of candidates) {
    if (index.has(root) || alive.has(root)) continue;
    const work: { node: PyObj; kids: PyObj[]; i: number }[] = [];
    const open = (n: PyObj): void => {
      index.set(n, next);
      low.set(n, next);
      next++;
      sccStack.push(n);
      onStack.add(n);
      work.push({ node: n, kids: garbageChildren(n, alive, held), i: 0 });
    };
    open(root);
    while (work.length > 0) {
      const top = work[work.length - 1];
      if (top.i < top.kids.length) {
        const k = top.kids[top.i++];
        if (!index.has(k)) open(k);
        else if (onStack.has(k)) low.set(top.node, Math.min(low.get(top.node)!, index.get(k)!));
        continue;
      }
      work.pop();
      const n = top.node;
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(n)!));
      }
      if (low.get(n) !== index.get(n)) continue;
      const scc: PyObj[] = [];
      let m: PyObj;
      do {
        m = sccStack.pop()!;
        onStack.delete(m);
        scc.push(m);
      } while (m !== n);
      if (scc.length > 1 || top.kids.includes(n)) onCycle.push(...scc);
    }
  }
  // Everything a cycle reaches stays with it.
  const kept = new Set<PyObj>(onCycle);
  const stack = [...onCycle];
  while (stack.length > 0) {
    for (const c of garbageChildren(stack.pop()!, alive, held)) {
      if (kept.has(c)) continue;
      kept.add(c);
      stack.push(c);
    }
  }
  return kept;
}
