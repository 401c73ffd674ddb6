// Whether any class with a __del__ exists (kept apart, importing only the allocation stamps,
// so that the type object can set it): until one does, the exit's finalisers have nothing to
// walk for, and constructors note no allocation order (vm/alloc_stamps.ts).

import { startStampingAllocations } from './alloc_stamps.js';

let seen = false;
/** A __del__ given to a class after it was made (its instances are not noted: see finalizer_classes.ts). */
let assignedLater = false;

export function noteDelDefined(later = false): void {
  seen = true;
  startStampingAllocations();
  if (later) assignedLater = true;
}

export function delAssignedLater(): boolean {
  return assignedLater;
}

export function anyFinalizerClass(): boolean {
  return seen;
}
