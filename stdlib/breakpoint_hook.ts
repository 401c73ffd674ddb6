// breakpoint() and sys.breakpointhook: the built-in calls whatever sys.breakpointhook is now,
// and the default hook calls the function $PYTHONBREAKPOINT names (pdb.set_trace by default).

import type { PyObject } from '../vm/objects/object.js';
import { PyDict } from '../vm/objects/dict.js';
import { newTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { builtin, KwArgs, NativeFn } from '../vm/objects/function.js';
import { newException, PyBaseException, RuntimeError, RuntimeWarning, ImportError, AttributeError } from '../vm/objects/exceptions.js';
import { getAttr } from '../vm/ops/attribute.js';
import { call } from '../vm/ops/call.js';
import { importName } from '../vm/import.js';
import { environValue } from './os_environ.js';
import { warnFromNative } from '../vm/native_warn.js';
import type { VM } from '../vm/vm.js';

/** breakpoint(*args, **kws): calls sys.breakpointhook(*args, **kws), as the program has set it. */
export const builtin_breakpoint: NativeFn = (vm, args, kwargs) => {
  const sys = vm.modules.getStr('sys');
  const hook = sys === undefined ? undefined : (sys as { dict: PyDict }).dict.getStr('breakpointhook');
  if (hook === undefined) throw newException(RuntimeError, 'lost sys.breakpointhook');
  return call(vm, hook, args, kwargs);
};

/** sys.breakpointhook: the hook $PYTHONBREAKPOINT names, read at each call; '0' turns breakpoint() off. */
export const sys_breakpointhook = builtin('breakpointhook', (vm, args, kwargs) => {
  const setting = environValue(vm, 'PYTHONBREAKPOINT');
  if (setting === '0') return None;
  const target = setting === undefined || setting === '' ? 'pdb.set_trace' : setting;
  const hook = importHook(vm, target);
  if (hook === undefined) return None;
  return call(vm, hook, args, kwargs as KwArgs | null);
}, 'sys');

// The object `module.attr` names (a name without a dot is a built-in), or undefined after a
// RuntimeWarning when it cannot be imported, as CPython's default hook ignores such a setting.
function importHook(vm: VM, target: string): PyObject | undefined {
  const dot = target.lastIndexOf('.');
  // A setting whose only dot leads ('.', '.foo') names no module: ignored, as CPython's hook does.
  if (dot === 0) {
    warnFromNative(vm, RuntimeWarning, `Ignoring unimportable $PYTHONBREAKPOINT: "${target}"`);
    return undefined;
  }
  const modulePath = dot < 0 ? 'builtins' : target.slice(0, dot);
  const attr = dot < 0 ? target : target.slice(dot + 1);
  try {
    const module = importName(vm, modulePath, newTuple([attr]), 0, new PyDict());
    return getAttr(vm, module, attr);
  } catch (e) {
    if (!(e instanceof PyBaseException) || !(e.cls.isSubtypeOf(ImportError) || e.cls.isSubtypeOf(AttributeError))) throw e;
    warnFromNative(vm, RuntimeWarning, `Ignoring unimportable $PYTHONBREAKPOINT: "${target}"`);
    return undefined;
  }
}
