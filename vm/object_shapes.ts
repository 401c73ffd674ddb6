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
import { Code } from './code.js';
import { Frame } from './frame.js';
import { PyDict, GlobalSlot } from './objects/dict.js';
import { PyList } from './objects/list.js';
import { newTuple } from './objects/tuple.js';
import { PyRange } from './objects/range.js';
import { PySet, PyFrozenSet } from './objects/set.js';
import { PyFunction } from './objects/function.js';
import { PyGenerator, PyCoroutine, PyAsyncGen } from './objects/generator.js';
import { objectType } from './objects/type.js';
import {
  PyListIterator, PyRangeIterator, PyTupleIterator, PyStrIterator, PyDictIterator, DictIterKind, PyListReverseIterator, PySeqIterator,
  PyCallableIterator,
} from './objects/iterators.js';
import { AttrCache } from './ops/attr_cache.js';
import type { VM } from './vm.js';

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
  const owner = new PyDict();
  const entry: GlobalCache = { keysVersion: 0, slot: new GlobalSlot(None, owner, '<shapes>') };
  entry.slot.value = small;
  entry.slot.value = undefined;
  settleFieldConstness(entry);
}

// Field constness. V8 also marks each field of a shape "const" until some object of the shape
// has the field stored again after its first store (the same value counts), and optimised
// code that read a const field depends on it staying so: a compile in flight is abandoned
// ("Bailed out due to dependency change"), finished code is thrown away. The eval loop reads
// fields that a program first stores again at any moment: a frame record reused, a code
// object's jit counters or compiled body, a generator started, a list sorted, a set grown,
// an attribute site's keys, a global cache entry refreshed. In short programs the first of
// these often came while V8 compiled runLoop, and its 200-800 ms compile was lost.
// Each such field is stored once more here, on an object of its shape made before any program
// runs (kept alive, so that the shapes, and what they learnt, stay in the start-up snapshot).

/** Objects whose shapes carry the settled fields (a dead object's shapes could be dropped). */
const keptShapes: object[] = [];

/** Stores each field's own value back into it: V8 then takes the field for mutable. */
function loosen(o: object, keys: readonly string[]): void {
  const r = o as Record<string, unknown>;
  for (const k of keys) {
    if (!(k in r)) throw new Error(`object_shapes: no field ${k}`);
    r[k] = r[k];
  }
  keptShapes.push(o);
}

const GENERATOR_FIELDS = [
  'running', 'finished', 'started', 'maker', 'makerPc', 'excState', 'callerExc', 'resumer', 'sentValue', 'sink', 'midBody',
  'callBuiltin', 'pendingThrow', 'slots', 'name', 'qualname', 'born',
];

function settleFieldConstness(entry: GlobalCache): void {
  loosen(entry, ['keysVersion', 'slot']);
  loosen(entry.slot, ['value', 'dirty']);
  const init = {
    argcount: 0, posonlyargcount: 0, kwonlyargcount: 0, nlocals: 0, stacksize: 1, flags: 0, code: new Uint8Array(0), consts: [None],
    names: [], varnames: [], freevars: [], cellvars: [], filename: '<shapes>', name: '<shapes>', qualname: '<shapes>', firstlineno: 1,
    lines: new Int32Array(0), hasDocstring: false,
  };
  // A code object's counters and what its loops, body and generator resumes were compiled to.
  const code = new Code(init);
  loosen(code, [
    'hiddenFrame', 'jitCountdown', 'jitEntries', 'jitDepths', 'genDepths', 'jitShortRuns', 'jitSlow', 'jitExits', 'jitRecompiles',
    'fnCountdown', 'fnEntry', 'fnRuns', 'fnLeft', 'genCountdown', 'genEntries', 'genLastAt', 'genLastDepth', 'genLastEntry', 'genShortRuns',
  ]);
  // A frame record: every field, as Frame.reuse() and the eval loop store them.
  const globals = new PyDict();
  const frame = new Frame(code, globals, new PyDict(), null, null);
  loosen(frame, Object.keys(frame));
  loosen(globals, ['shared', 'vals', 'nvals', 'version', 'keysVersion', 'watch', 'keyObjs', 'byHash', 'keyHashes', 'objectKeys', 'popOrder', 'popOrderVersion', 'table']);
  const fn = new PyFunction(code, globals, '<shapes>', null, null, null, globals);
  loosen(fn, ['dict', 'name', 'qualname', 'defaults', 'kwdefaults', 'annotations', 'doc', 'module']);
  loosen(new PyGenerator(new Frame(code, globals, globals, null, null), '<shapes>', '<shapes>'), GENERATOR_FIELDS);
  loosen(new PyCoroutine(new Frame(code, globals, globals, null, null), '<shapes>', '<shapes>'), GENERATOR_FIELDS);
  loosen(new PyAsyncGen(new Frame(code, globals, globals, null, null), '<shapes>', '<shapes>'), [...GENERATOR_FIELDS, 'closed', 'runningAsync']);
  const list = new PyList([]);
  loosen(list, ['items']);
  loosen(new PyListIterator(list), ['index', 'list']);
  loosen(new PyListReverseIterator(list, 0), ['index']);
  loosen(new PyRangeIterator(new PyRange(0, 1, 1)), ['index']);
  loosen(new PyTupleIterator(newTuple([])), ['index']);
  loosen(new PyStrIterator(''), ['index']);
  loosen(new PyDictIterator(globals, DictIterKind.Keys), ['done', 'taken']);
  loosen(new PySeqIterator(list), ['index', 'done']);
  loosen(new PyCallableIterator(None, None), ['done']);
  const SET_FIELDS = ['keys', 'hi', 'lo', 'mask', 'fill', 'used', 'finger', 'hashCache'];
  loosen(new PySet(), SET_FIELDS);
  loosen(new PyFrozenSet(), SET_FIELDS);
  // An attribute site's cache (ops/attr_cache.ts) and what a class caches about itself.
  loosen(new AttrCache(0), ['epoch', 'keys', 'idx', 'receiver', 'receiverValue', 'receiverEpoch', 'receiverVersion', 'receiverMetaVersion']);
  loosen(objectType, ['mro', 'slotCount', 'sharedKeys', 'inlineInit', 'inlineInitEpoch', 'allocatesOnly', 'plainException', 'plainExceptionEpoch', 'abstractMessage', 'dictVersion', 'seenByCaches', 'dictCopy']);
}

/**
 * The VM's fields the eval loop reads that a program may store again at any time (the stack
 * grown, the recursion limit set, an exception handled, a native parked), made mutable before
 * the program runs (see settleFieldConstness). Not `hooked`: with no hook ever set it stays
 * const, and V8 then leaves out every hook test it guards (stop 20's notes).
 */
export function settleVmFields(vm: VM): void {
  const r = vm as unknown as Record<string, unknown>;
  for (const k of [
    'stack', 'frame', 'depth', 'recursionLimit', 'excInfo', 'countdown', 'jitRuns', 'genJitRuns', 'genJitLeft', 'fnJitRuns', 'jitRaised',
    'checkPc', 'nestedRuns', 'canPark', 'parkableRun', 'parked', 'hookDepth', 'parkedBuiltin', 'pendingInterrupt', 'signalsPending', 'yieldDueCalls',
  ]) {
    if (!(k in r)) throw new Error(`object_shapes: no VM field ${k}`);
    r[k] = r[k];
  }
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
