// Shows the compiler's SyntaxWarnings (and the parser's DeprecationWarnings of string escapes) as
// CPython does: through the warnings module's filters when a program has imported it, else straight
// to sys.stderr in its format (the default action shows SyntaxWarnings, hides DeprecationWarnings).

import type { PyObject } from '../vm/objects/object.js';
import { PyModule } from '../vm/objects/module.js';
import { None } from '../vm/objects/singletons.js';
import { PyList } from '../vm/objects/list.js';
import { importModule } from '../vm/import.js';
import { DeprecationWarning, PyBaseException, SyntaxWarning } from '../vm/objects/exceptions.js';
import { getAttr } from '../vm/ops/attribute.js';
import { call } from '../vm/ops/call.js';
import type { SyntaxWarningAt } from '../compiler/syntax_warnings.js';
import type { TpySyntaxError } from '../compiler/syntax_error.js';
import type { VM } from '../vm/vm.js';
import { vmProgramText } from './vm_program_text.js';

function sysStderr(vm: VM): PyObject | undefined {
  const sys = vm.modules.getStr('sys');
  const f = sys instanceof PyModule ? sys.dict.getStr('stderr') : undefined;
  return f === None ? undefined : f;
}

/**
 * The source line a warning quotes, stripped: read from the file named, as CPython's warnings do
 * (linecache), whatever source was compiled under that name; none for a pseudo-file (<string>) or
 * a name no file has.
 */
function quotedLine(vm: VM, filename: string, lineno: number): string {
  return (vmProgramText(vm)(filename, lineno) ?? '').trim();
}

/**
 * Shows each warning; a filter that makes it an error gives the SyntaxError `asError` builds instead
 * (CPython's compiler_warn turns the SyntaxWarning it gets back into a SyntaxError at the node).
 */
export function emitSyntaxWarnings(
  vm: VM, filename: string, warnings: SyntaxWarningAt[], asError: (w: SyntaxWarningAt) => TpySyntaxError,
): void {
  // -W options are filters of the warnings module, which CPython always has: load it for them.
  const sys = vm.modules.getStr('sys');
  const options = sys instanceof PyModule ? sys.dict.getStr('warnoptions') : undefined;
  const mod = options instanceof PyList && options.items.length > 0 ? importModule(vm, 'warnings', null) : vm.modules.getStr('warnings');
  for (const w of warnings) {
    const category = w.category === 'DeprecationWarning' ? DeprecationWarning : SyntaxWarning;
    if (mod instanceof PyModule) {
      try {
        call(vm, getAttr(vm, mod, 'warn_explicit'), [w.message, category, filename, w.lineno]);
      } catch (e) {
        if (e instanceof PyBaseException && e.cls.isSubtypeOf(category)) throw asError(w);
        throw e;
      }
      continue;
    }
    // The default filters ignore DeprecationWarnings outside __main__, and warn_explicit names
    // the module after the file, never __main__.
    if (category === DeprecationWarning) continue;
    const line = quotedLine(vm, filename, w.lineno);
    const text = `${filename}:${w.lineno}: SyntaxWarning: ${w.message}\n${line ? `  ${line}\n` : ''}`;
    const f = sysStderr(vm);
    if (f === undefined) vm.io.stderr(text);
    else call(vm, getAttr(vm, f, 'write'), [text]);
  }
}
