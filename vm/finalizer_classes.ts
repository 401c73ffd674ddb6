// Whether any class with a __del__ exists: until one does, the exit's finalisers
// (vm/exit_finalizers.ts) need not walk the main module's objects for them.

let seen = false;

/** A class defined or given a __del__ (build_class, type.__setattr__). */
export function noteFinalizerClass(): void {
  seen = true;
}

export function anyFinalizerClass(): boolean {
  return seen;
}
