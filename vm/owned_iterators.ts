// Generators dropped by the `for` loop that made them are closed, as CPython's reference
// counting closes them.
//
// `for x in gen(): ... break` leaves the generator suspended; in CPython its last reference
// goes with the loop's iterator slot, and closing it runs its `finally` blocks and `with`
// exits right there ("cleanup" printed before the next statement). tpy has no reference
// counts, but it knows one case for sure: a generator a call made in this frame, taken by the
// GET_ITER right after that call, is held by nothing but the loop's operand slot (a generator
// function's call hands the new generator to no one else). The frame notes such a generator
// with its operand level; when the operand stack drops below that level before the
// generator finished (a break, a return, an exception leaving the loop), it is closed.
// Anything else a program drops stays unclosed (docs/differences.md).

import type { PyObject } from './objects/object.js';
import { PyGenerator } from './objects/generator.js';
import { Op } from './opcodes.js';
import type { PyGenBase } from './objects/generator.js';
import { closeUnraisable } from './methods/generator.js';
import type { Frame } from './frame.js';
import type { VM } from './vm.js';

/**
 * At a GET_ITER in frame `f` whose FOR_ITER is at word index `loop`, with `o` at operand level
 * `level`: `o` is owned by the loop when it is a generator not started yet that was made with
 * f's next instruction at `madeAt` (by the call right before the GET_ITER, or by an __iter__
 * the GET_ITER ran). A GET_ITER not followed by FOR_ITER (a generator expression's argument,
 * `map(f, gen())`) hands the iterator on: never owned.
 */
export function ownIfFresh(f: Frame, o: PyObject, level: number, madeAt: number, loop: number): void {
  if (!(o instanceof PyGenerator) || o.maker === 0 || o.maker !== f.activation || o.makerPc !== madeAt || o.started) return;
  if ((f.f_code.words[loop] & 0xff) !== Op.FOR_ITER) return;
  o.maker = 0; // once
  let owned = f.ownedIters;
  if (owned === null) owned = f.ownedIters = [];
  else {
    // Forget loops that ended at this level or above (exhausted, or dropped already): the
    // others moved down in place (splice makes an array of what it removes, each time).
    let kept = 0;
    for (let i = 0; i < owned.length; i += 2) {
      if ((owned[i] as number) >= level || (owned[i + 1] as PyGenBase).finished) continue;
      owned[kept] = owned[i];
      owned[kept + 1] = owned[i + 1];
      kept += 2;
    }
    while (owned.length > kept) owned.pop();
  }
  owned.push(level, o);
}

/** The operand stack of `f` dropped to `level`: closes the owned generators at or above it. */
export function dropOwned(vm: VM, f: Frame, level: number): void {
  const owned = f.ownedIters;
  if (owned === null) return;
  let dropped: PyGenBase[] | null = null;
  for (let i = owned.length - 2; i >= 0; i -= 2) {
    if ((owned[i] as number) < level) continue;
    const gen = owned[i + 1] as PyGenBase;
    owned.splice(i, 2);
    if (!gen.finished) (dropped ??= []).push(gen);
  }
  if (owned.length === 0) f.ownedIters = null;
  // Innermost loop first, as the stack unwinds.
  if (dropped !== null) for (const gen of dropped) closeUnraisable(vm, gen);
}
