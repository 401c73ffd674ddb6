// The shapes (V8 maps) of tpy's objects, settled before any program runs (in the start-up
// snapshot) where V8 would otherwise settle them in a way that costs every run.
//
// Field representations. V8 gives each field of an object shape a representation from the values stored in it (small
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
import { PyFloat } from './objects/float.js';
import { PyBytes } from './objects/bytes.js';

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

/**
 * V8 settles how many fields a class's objects hold in themselves ("in-object slack tracking")
 * at about the class's eighth object, from the objects made until then; a class it has not
 * settled when the snapshot is written, it settles then, from the objects still alive. The
 * sample's float and bytes constants are garbage by then, so PyFloat and PyBytes were settled
 * with no fields in the object: in every run, each float and bytes object kept its fields in a
 * separate property array (24 + 40 bytes instead of 48, and one load more for each field read).
 * Eight of each made here (by bin/snapshot.ts, after its sample compile) settle them as a run
 * without the snapshot does. (Such a class shows in a heap snapshot of a run: its objects have
 * a PropertyArray, unlike with TPY_NO_SNAPSHOT=1.)
 */
export function settleInObjectLayouts(): void {
  const made: object[] = [];
  for (let i = 0; i < 8; i++) made.push(new PyFloat(i + 0.5), new PyBytes(new Uint8Array(1)));
}
