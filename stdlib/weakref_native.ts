// Module _tpy_weakref: the side lists of weak references that stdlib/lib/weakref.py's
// references are entered in (vm/weak_ref_registry.ts), and the choice of which objects the
// finaliser watch follows: those the program itself made a reference to, not those only the
// library did (a reference made inside weakref.py, _weakref.py or _weakrefset.py counts for whoever called
// them: a WeakValueDictionary the program fills is the program's).

import { PyObj } from '../vm/objects/object.js';
import { builtin } from '../vm/objects/function.js';
import { PyList } from '../vm/objects/list.js';
import { None } from '../vm/objects/singletons.js';
import { checkArgs } from '../vm/methods/args.js';
import { typeError } from '../vm/objects/exceptions.js';
import { delMethodOf } from '../vm/object_graph.js';
import { noteWatchedObject } from '../vm/finalizer_classes.js';
import { addWeakRef, liveWeakRefsTo, watchWeakTarget, weakRefsTo, WeakRefKind } from '../vm/weak_ref_registry.js';
import { isLibraryFile, isProgramFrame } from '../vm/program_code.js';
import type { ModuleInit, VM } from '../vm/vm.js';

/** The library modules whose references count for their caller. */
const WEAKREF_MODULES = ['/weakref.py', '/_weakref.py', '/_weakrefset.py'];

/** Whether the code asking for a reference is the program's own (see above). */
function madeByProgram(vm: VM): boolean {
  for (let f = vm.frame; f !== null; f = f.f_back) {
    const file = f.f_code.co_filename;
    if (isLibraryFile(file) && WEAKREF_MODULES.some((m) => file.endsWith(m))) continue;
    return isProgramFrame(f);
  }
  return false;
}

function target(fname: string, o: unknown): PyObj {
  if (!(o instanceof PyObj)) throw typeError(`${fname}(): cannot weakly reference this object`);
  return o;
}

export const init__tpy_weakref: ModuleInit = (vm, m) => {
  // register(obj, ref, kind): enters ref in obj's list (kind: 0 plain ref, 1 plain proxy, 2 other).
  m.dict.setStr('register', builtin('register', (vm, args) => {
    checkArgs('register', args, 3, 3, 0);
    const obj = target('register', args[0]);
    const ref = target('register', args[1]);
    const kind = args[2] === 0 ? WeakRefKind.BasicRef : args[2] === 1 ? WeakRefKind.BasicProxy : WeakRefKind.Other;
    addWeakRef(obj, ref, kind);
    if (madeByProgram(vm) && watchWeakTarget(obj)) noteWatchedObject(vm, obj, delMethodOf(obj) !== undefined);
    return None;
  }, '_tpy_weakref'));
  // live_refs(obj): those of them the program can still reach (getweakrefcount, getweakrefs).
  m.dict.setStr('live_refs', builtin('live_refs', (vm, args) => {
    checkArgs('live_refs', args, 1, 1, 0);
    const obj = args[0];
    return new PyList(obj instanceof PyObj ? liveWeakRefsTo(vm, obj) : []);
  }, '_tpy_weakref'));
  // refs(obj): the references to obj not cleared, in CPython's list order.
  m.dict.setStr('refs', builtin('refs', (vm, args) => {
    checkArgs('refs', args, 1, 1, 0);
    const obj = args[0];
    return new PyList(obj instanceof PyObj ? weakRefsTo(obj) : []);
  }, '_tpy_weakref'));
};
