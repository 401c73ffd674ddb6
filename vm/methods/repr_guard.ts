// Py_ReprEnter / Py_ReprLeave: the per-VM set of containers whose repr is being built, for `[...]`.

import type { PyObj } from '../objects/object.js';
import type { VM } from '../vm.js';

const active = new WeakMap<VM, Set<PyObj>>();

/**
 * Runs `build` to produce `o`'s repr, or returns `recursive` when `o`'s repr is
 * already being built further up the stack (a self-referencing container).
 */
export function reprGuard(vm: VM, o: PyObj, recursive: string, build: () => string): string {
  let set = active.get(vm);
  if (set === undefined) {
    set = new Set();
    active.set(vm, set);
  }
  if (set.has(o)) return recursive;
  set.add(o);
  try {
    return build();
  } finally {
    set.delete(o);
  }
}
