// Whether a top-level module name is one CPython 3.11's standard library has on this platform:
// an import of one that tpy lacks says so (vm/import.ts), so that `import multiprocessing`
// does not read like a typo in the program.

import { STDLIB_MODULE_NAMES } from './stdlib_module_names.js';

/** sys.stdlib_module_names lists every platform's modules; these exist only on Windows or macOS. */
const OTHER_PLATFORMS_ONLY = ['_msi', '_overlapped', '_scproxy', '_winapi', 'msilib', 'msvcrt', 'nt', 'winreg', 'winsound'];

let linuxNames: Set<string> | null = null;

export function isCPythonStdlibModule(name: string): boolean {
  if (linuxNames === null) {
    linuxNames = new Set(STDLIB_MODULE_NAMES);
    for (const n of OTHER_PLATFORMS_ONLY) linuxNames.delete(n);
  }
  return linuxNames.has(name);
}
