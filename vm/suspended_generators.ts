// A suspended generator whose close runs code (a `finally`, an `except`, a `with` block's
// __exit__) is closed when its last reference goes, as CPython's generator finaliser does
// (`g = gen(); next(g); del g` prints the `finally`'s output there). One the program drives
// itself, with next(), send() or __next__(), is watched from its first suspension as objects
// with __del__ are (vm/finalize_now.ts); one a `for` loop drives is closed when the loop drops
// it (eval.ts), and one the library drives (contextlib, asyncio) is not watched (it would
// keep the program watched, and slower, through every `with` block of a @contextmanager).

import { PyGenerator, type PyGenBase } from './objects/generator.js';
import { noteWatchedObject } from './finalizer_classes.js';
import { isProgramFrame } from './program_code.js';
import type { Frame } from './frame.js';
import type { VM } from './vm.js';

const watchedGenerators = new WeakSet<PyGenBase>();

/** `gen` just suspended, resumed by `caller`'s next()/send()/__next__(): watch it if it qualifies (see above). */
export function noteSuspendedGenerator(vm: VM, gen: PyGenBase, caller: Frame | null): void {
  if (!gen.frame.f_code.closeRunsCode || !(gen instanceof PyGenerator) || watchedGenerators.has(gen)) return;
  if (vm.greenletsUsed || !isProgramFrame(caller)) return;
  watchedGenerators.add(gen);
  noteWatchedObject(vm, gen, false);
}
