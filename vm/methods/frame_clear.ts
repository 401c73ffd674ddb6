// frame.clear(): drops what a finished or suspended frame still holds (its locals), closing
// a suspended generator first, as CPython's frame_clear does; a running frame refuses.

import type { PyObject } from '../objects/object.js';
import { None } from '../objects/singletons.js';
import { runtimeError } from '../objects/exceptions.js';
import { Frame } from '../frame.js';
import { generatorClose } from './generator.js';
import type { VM } from '../vm.js';

function isExecuting(vm: VM, frame: Frame): boolean {
  if (frame.generator !== null) return frame.generator.running;
  for (let f: Frame | null = vm.frame; f !== null; f = f.f_back) if (f === frame) return true;
  return false;
}

export function frameClear(vm: VM, frame: Frame): PyObject {
  if (isExecuting(vm, frame)) throw runtimeError('cannot clear an executing frame');
  const gen = frame.generator;
  if (gen !== null && !gen.finished) generatorClose(vm, gen);
  if (frame.exitedLocals !== null) frame.exitedLocals.fill(undefined as never);
  frame.localsDict = null;
  return None;
}
