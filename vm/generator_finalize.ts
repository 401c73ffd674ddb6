// _PyGen_Finalize: what a generator, coroutine or async generator does when its last
// reference goes (vm/finalize_now.ts during the run, vm/exit_finalizers.ts at exit). A
// suspended one is closed (its `finally` blocks run), except an async generator that got an
// event loop's finalizer hook at its first iteration (vm/asyncgen_hooks.ts): the hook is called
// with it instead (asyncio schedules its aclose()). A coroutine that never started is not
// closed: warnings._warn_unawaited_coroutine says "coroutine '...' was never awaited".

import { PyAsyncGen, PyCoroutine, type PyGenBase } from './objects/generator.js';
import { isSuspendedGenerator, isUnawaitedCoroutine } from './object_graph.js';
import { closeUnraisable } from './methods/generator.js';
import { importModule } from './import.js';
import { getAttr } from './ops/attribute.js';
import { call } from './ops/call.js';
import type { PyObject } from './objects/object.js';
import type { VM } from './vm.js';

/** Whether dropping `g` now would do something (see above). */
export function generatorNeedsFinalizing(g: PyGenBase): boolean {
  return isSuspendedGenerator(g) || isUnawaitedCoroutine(g);
}

/** Finalises `g`; what it raises is reported in `report` ("Exception ignored in: ..."). */
export function finalizeGenerator(vm: VM, g: PyGenBase, report: (where: PyObject, fn: () => unknown) => void, atExit: boolean): void {
  if (g instanceof PyCoroutine && isUnawaitedCoroutine(g)) {
    report(g, () => warnUnawaited(vm, g, atExit));
    return;
  }
  if (!isSuspendedGenerator(g)) return;
  if (g instanceof PyAsyncGen && g.finalizer !== null && !g.closed) {
    const finalizer = g.finalizer;
    report(g, () => call(vm, finalizer, [g]));
    return;
  }
  closeUnraisable(vm, g);
}

/**
 * _PyErr_WarnUnawaitedCoroutine. At exit CPython's warnings module is gone: its C fallback
 * warns at "sys:1", without the tracemalloc hint.
 */
function warnUnawaited(vm: VM, coro: PyCoroutine, atExit: boolean): void {
  const warnings = importModule(vm, 'warnings', null);
  call(vm, getAttr(vm, warnings, '_warn_unawaited_coroutine'), [coro, atExit]);
}
