// Whether code is the program's own or the library's (stdlib/lib, written in tpy): the
// finaliser watch follows only what the program itself does with weak references and
// generators (vm/weak_ref_registry.ts, vm/suspended_generators.ts), not what the library does
// on its behalf (contextlib's next() of a @contextmanager generator, asyncio's send()).

import type { Frame } from './frame.js';

/** The library's folder, with a trailing slash (stdlib/index.ts gives it: vm/ cannot import stdlib/). */
let libraryDir: () => string = () => '\0';

export function setLibraryDir(dir: () => string): void {
  libraryDir = dir;
}

export function isLibraryFile(file: string): boolean {
  return file.startsWith(libraryDir());
}

/** Whether `f`'s code is the program's (null: no frame, not the program's). */
export function isProgramFrame(f: Frame | null): boolean {
  return f !== null && !isLibraryFile(f.f_code.co_filename);
}
