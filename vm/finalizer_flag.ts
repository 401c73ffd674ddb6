// Whether any class with a __del__ exists, or any generator whose close runs code (a `finally`,
// an `except`, a `with`) was made (kept apart, importing only the allocation stamps, so that
// the type object and makeGenerator can set it): until then, the exit's finalisers have
// nothing to walk for, and constructors note no allocation order (vm/alloc_stamps.ts).

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

let cleanupGenerators = false;

/** A generator whose close runs code is being made (call before making it, so that it is stamped too). */
export function noteCleanupGenerator(): void {
  cleanupGenerators = true;
  startStampingAllocations();
}

export function anyCleanupGenerator(): boolean {
  return cleanupGenerators;
}
