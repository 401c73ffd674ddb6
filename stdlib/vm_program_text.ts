// The program-text reader of a VM: compiler errors' lines read from the file named, relative
// to the VM's own working directory (os.chdir changes vm.cwd, not the process's).

import type { VM } from '../vm/vm.js';
import { programText, type ProgramTextReader } from '../compiler/program_text.js';
import { osPath } from './os_path_join.js';

export function vmProgramText(vm: VM): ProgramTextReader {
  return (path, lineno) => (path.startsWith('<') && path.endsWith('>') ? null : programText(osPath(vm.cwd, path), lineno));
}
