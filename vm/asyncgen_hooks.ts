// sys.set_asyncgen_hooks' two hooks (PEP 525), and their use by async generators: `firstiter`
// is called with a generator when it is first iterated (its first __anext__, asend, athrow
// or aclose), and the `finalizer` set at that moment is the generator's own: called with it,
// instead of closing it, when it is dropped suspended (vm/exit_finalizers.ts). An event loop
// sets them while it runs (asyncio schedules the generator's aclose() there). CPython keeps
// them per thread; tpy keeps one pair per VM.

import type { PyObject } from './objects/object.js';
import type { PyAsyncGen } from './objects/generator.js';
import { call } from './ops/call.js';
import type { VM } from './vm.js';

export interface AsyncGenHooks {
  firstiter: PyObject | null;
  finalizer: PyObject | null;
}

const hooksByVM = new WeakMap<VM, AsyncGenHooks>();

export function asyncGenHooks(vm: VM): AsyncGenHooks {
  let h = hooksByVM.get(vm);
  if (h === undefined) hooksByVM.set(vm, (h = { firstiter: null, finalizer: null }));
  return h;
}

/** async_gen_init_hooks: on `gen`'s first iteration, keeps the finalizer and calls firstiter (which may raise). */
export function initAsyncGenHooks(vm: VM, gen: PyAsyncGen): void {
  if (gen.hooksInited) return;
  gen.hooksInited = true;
  const h = hooksByVM.get(vm);
  if (h === undefined) return;
  gen.finalizer = h.finalizer;
  if (h.firstiter !== null) call(vm, h.firstiter, [gen]);
}
