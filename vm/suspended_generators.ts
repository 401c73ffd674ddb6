// A suspended generator, coroutine or async generator whose close runs code (a `finally`, an
// `except`, a `with` block's __exit__) is closed when its last reference goes, as CPython's
// _PyGen_Finalize does (`g = gen(); next(g); del g` prints the `finally`'s output there; an
// async generator first iterated while an event loop ran goes to that loop's finalizer hook
// instead: vm/asyncgen_hooks.ts). One the program drives itself, with next(), send(),
// __next__() or an `await` of its __anext__(), is watched from its first suspension as
// objects with __del__ are (vm/finalize_now.ts); one a `for` loop drives is closed when the
// loop drops it (eval.ts), and one the library drives (contextlib, asyncio's tasks) is not
// watched (it would keep the program watched, and slower, through every `with` block of a
// @contextmanager).
//
// A coroutine the program makes and throws away at once (`f()` for `await f()`) gets
// "RuntimeWarning: coroutine '...' was never awaited" there (vm/generator_finalize.ts).

import { PyCoroutine, PyGenBase } from './objects/generator.js';
import { yieldFromDelegate } from './gen_frames.js';
import { noteWatchedObject } from './finalizer_classes.js';
import { isProgramFrame } from './program_code.js';
import type { Frame } from './frame.js';
import type { VM } from './vm.js';

const watchedGenerators = new WeakSet<PyGenBase>();

/** `gen` just suspended, resumed by `caller`'s next()/send()/__next__(): watch it if it qualifies (see above). */
export function noteSuspendedGenerator(vm: VM, gen: PyGenBase, caller: Frame | null): void {
  if (!closeRunsCode(gen, 0) || watchedGenerators.has(gen)) return;
  if (vm.greenletsUsed || !isProgramFrame(caller)) return;
  watchedGenerators.add(gen);
  noteWatchedObject(vm, gen, false);
}

/**
 * Whether closing the suspended `gen` runs code: its own handlers', or those of the generator
 * or coroutine it awaits (`yield from`/`await`), which its close closes first.
 */
function closeRunsCode(gen: PyGenBase, depth: number): boolean {
  if (gen.frame.f_code.closeRunsCode) return true;
  const delegate = yieldFromDelegate(gen);
  return delegate instanceof PyGenBase && depth < 100 && closeRunsCode(delegate, depth + 1);
}

/**
 * `coro` was just made by a call in `maker` whose result the next instruction (POP_TOP)
 * throws away: `f()` where `await f()` was meant. It goes at once, never awaited: watched, it
 * is warned about there. One the program keeps and drops later unstarted is not watched:
 * watching every coroutine made would keep asyncio programs watched, and slow, throughout.
 */
export function noteDiscardedCoroutine(vm: VM, coro: PyCoroutine, maker: Frame): void {
  if (vm.greenletsUsed || !isProgramFrame(maker)) return;
  noteWatchedObject(vm, coro, false);
}
