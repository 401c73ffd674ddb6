// Whether any class with a __del__ exists (kept apart, importing nothing, so that the type
// object can set it): until one does, the exit's finalisers have nothing to walk for.

let seen = false;

export function noteDelDefined(): void {
  seen = true;
}

export function anyFinalizerClass(): boolean {
  return seen;
}
