// Module _tpy_gc: what gc.collect() (stdlib/lib/gc.py) asks of the VM: the instances of
// classes with __del__ that only reference cycles still hold are finalised (vm/finalize_now.ts),
// and the garbage found is counted (vm/gc_counting.ts).

import { builtin } from '../vm/objects/function.js';
import { checkArgs } from '../vm/methods/args.js';
import { finalizeDropped, reachableNow } from '../vm/finalize_now.js';
import { collectCounted, isContainer, referentsOf, referrersOf, startGcCounting, tracked } from '../vm/gc_counting.js';
import { PyList } from '../vm/objects/list.js';
import { PyObj } from '../vm/objects/object.js';
import { None } from '../vm/objects/singletons.js';
import type { ModuleInit } from '../vm/vm.js';

export const init__tpy_gc: ModuleInit = (vm, m) => {
  // collect(): the number of unreachable objects found.
  m.dict.setStr('collect', builtin('collect', (vm, args) => {
    checkArgs('collect', args, 0, 0, 0);
    // The watch's count covers cycles with __del__ objects made before gc was imported; the
    // noted containers', those made since (each is the other's subset where they meet).
    const found = finalizeDropped(vm, true);
    return Math.max(found, collectCounted(vm) ?? 0);
  }, '_tpy_gc'));
  // start_counting(): gc was imported: the containers made from now on are counted (vm/gc_counting.ts).
  m.dict.setStr('start_counting', builtin('start_counting', (vm, args) => {
    checkArgs('start_counting', args, 0, 0, 0);
    startGcCounting(vm);
    return None;
  }, '_tpy_gc'));
  m.dict.setStr('get_referents', builtin('get_referents', (vm, args) => new PyList(args.flatMap((o) => referentsOf(o))), 'gc'));
  m.dict.setStr('get_referrers', builtin('get_referrers', (vm, args) => new PyList(referrersOf(vm, args)), 'gc'));
  // get_objects(): the tracked objects the program can reach (CPython's also lists garbage not
  // collected yet, and the interpreter's own).
  m.dict.setStr('get_objects', builtin('get_objects', (vm) => {
    const out: PyObj[] = [];
    for (const o of reachableNow(vm)) if (isContainer(o) && tracked(o)) out.push(o);
    return new PyList(out);
  }, 'gc'));
  m.dict.setStr('is_tracked', builtin('is_tracked', (vm, args) => {
    checkArgs('is_tracked', args, 1, 1, 0);
    const o = args[0];
    return o instanceof PyObj && isContainer(o) && tracked(o);
  }, 'gc'));
};
