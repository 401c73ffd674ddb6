// V8 gives each field of an object shape a representation from the values stored in it (small
// int, double, heap object) and generalises the shape when another kind arrives. Optimised code
// that relied on the old representation is thrown away, and a compile in flight is abandoned
// ("Bailed out due to dependency change"): in short programs the eval loop's first TurboFan
// compile (200-800 ms on the compile thread) was lost that way, the moment a global, a cell or a
// bound method first held a small int after an object (or the other way round), and the loop
// ran unoptimised for as long again.
//
// The fields below hold Python objects, which are small ints or heap objects alike: each shape
// is given both kinds once, here, before any program runs (in the start-up snapshot), so that
// its fields start out tagged and never change again. (`node --trace-generalization` lists the
// generalisations of a run; those of fields that hold only one kind are harmless.)

import type { PyObject } from './objects/object.js';
import type { GlobalCache } from './code.js';
import { None } from './objects/singletons.js';
import { PyCell, PyMethod } from './objects/function.js';
import { PySlice } from './objects/range.js';

let settled = false;

export function settleFieldRepresentations(): void {
  if (settled) return;
  settled = true;
  const small = 0 as PyObject;
  // A cell (LOAD_DEREF/STORE_DEREF), a method bound to an int or an object, a slice of ints or Nones.
  new PyCell(None).ref = small;
  new PyMethod(None, small);
  new PyMethod(None, None);
  new PySlice(small, small, small);
  new PySlice(None, None, None);
  // LOAD_GLOBAL's cache entries (code.globalCache), made as this same literal in the eval loop.
  const entry: GlobalCache = { globalsVersion: 0, builtinsVersion: 0, value: None };
  entry.value = small;
}
