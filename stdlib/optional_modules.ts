// Native modules beyond builtins and sys (filled in as they land).
import type { ModuleInit } from '../vm/vm.js';
export function modules(): [string, ModuleInit][] {
  return [];
}
