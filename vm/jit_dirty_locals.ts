// Which locals a compiled function must write back into its frame before a call.
//
// Compiled code keeps the frame's locals in JavaScript variables and writes them back into
// the frame's slots before anything that may look at the frame (a call: the callee may raise
// and show the frame in a traceback, read it with sys._getframe, locals of an outer frame).
// Written back there, every local it stores to costs a store into the value stack per call,
// each with V8's write barrier (a young object into the old value stack calls the barrier's
// stub: objects a program makes once and keeps, tasks and packets, stay young while the
// program allocates nothing). A local stored to since the last call that wrote the locals
// back is the only one whose slot can be stale: this forward analysis finds, for each
// instruction of the region, the locals that may be (stored to on some path from the entry,
// or from a call that wrote everything back, to here), and the call writes back only those.

import { Op } from './opcodes.js';
import { successors } from './jit_ops.js';

/** What the analysis reads of a compiled region (jit.ts's Region). */
export interface DirtyRegion {
  depth: ReadonlyMap<number, number>;
  heads: ReadonlySet<number>;
  breaks: ReadonlyMap<number, number>;
}

/**
 * The locals that may differ from their frame slots before each instruction of the region,
 * entered at `entries` (with every local just read from its slot). `writesBackAll(pc)` says
 * that the instruction at `pc`, when execution goes on past it, wrote every local back (a call
 * with no way around its write-back). An instruction missing from the answer (none of the
 * region's) must write back every local it stores to.
 */
export function dirtyLocalsBefore(
  words: ArrayLike<number>, region: DirtyRegion, entries: Iterable<number>, writesBackAll: (pc: number) => boolean,
): Map<number, ReadonlySet<number>> {
  const before = new Map<number, Set<number>>();
  const work: number[] = [];
  const reach = (pc: number, dirty: ReadonlySet<number>) => {
    if (!region.depth.has(pc)) return; // an exit: it writes back every local
    const known = before.get(pc);
    if (known === undefined) {
      before.set(pc, new Set(dirty));
      work.push(pc);
      return;
    }
    const n = known.size;
    for (const i of dirty) known.add(i);
    if (known.size !== n) work.push(pc);
  };
  for (const pc of entries) reach(pc, new Set());
  while (work.length > 0) {
    const pc = work.pop()!;
    const op = words[pc] & 0xff;
    const arg = words[pc] >> 8;
    let after: ReadonlySet<number> = before.get(pc)!;
    if (op === Op.STORE_FAST || op === Op.DELETE_FAST) after = new Set([...after, arg]);
    else if (writesBackAll(pc)) after = new Set();
    if (op === Op.RETURN_VALUE) continue;
    const end = op === Op.BREAK_LOOP ? region.breaks.get(pc) : undefined;
    if (end !== undefined) reach(end, after);
    for (const [to] of successors(op, arg, pc)) reach(to, after);
  }
  return before;
}
