// sys.set_asyncgen_hooks / sys.get_asyncgen_hooks (the hooks themselves: vm/asyncgen_hooks.ts).

import type { PyObject } from '../vm/objects/object.js';
import type { PyDict } from '../vm/objects/dict.js';
import { builtin } from '../vm/objects/function.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { typeError } from '../vm/objects/exceptions.js';
import { noArgs, parseArgs } from '../vm/methods/args.js';
import { typeOf } from '../vm/ops/typeof.js';
import { asyncGenHooks } from '../vm/asyncgen_hooks.js';
import { makeStructSeqType } from '../profiler/struct_seq.js';
import { isCallable } from './builtins.js';
import type { VM } from '../vm/vm.js';

const asyncgenHooksType = makeStructSeqType(null, 'asyncgen_hooks', ['firstiter', 'finalizer']);

/** A hook argument: undefined leaves the hook as it is, None clears it. */
function checkedHook(name: string, v: PyObject | undefined): void {
  if (v !== undefined && v !== None && !isCallable(v)) throw typeError(`callable ${name} expected, got ${typeOf(v).tpName}`);
}

export function installAsyncGenHooks(vm: VM, d: PyDict): void {
  d.setStr('set_asyncgen_hooks', builtin('set_asyncgen_hooks', (vm, args, kwargs) => {
    // PyArg_ParseTupleAndKeywords' messages, which name no function.
    const given = args.length + (kwargs?.size ?? 0);
    if (given > 2) throw typeError(`function takes at most 2 arguments (${given} given)`);
    for (const k of kwargs?.keys() ?? []) {
      if (k !== 'firstiter' && k !== 'finalizer') throw typeError(`'${k}' is an invalid keyword argument for this function`);
    }
    const [firstiter, finalizer] = parseArgs('set_asyncgen_hooks', args, kwargs, { names: ['firstiter', 'finalizer'] }, 0);
    const hooks = asyncGenHooks(vm);
    // As sysmodule.c: the finalizer is checked and set first.
    checkedHook('finalizer', finalizer);
    if (finalizer !== undefined) hooks.finalizer = finalizer === None ? null : finalizer;
    checkedHook('firstiter', firstiter);
    if (firstiter !== undefined) hooks.firstiter = firstiter === None ? null : firstiter;
    return None;
  }, 'sys'));
  d.setStr('get_asyncgen_hooks', builtin('get_asyncgen_hooks', (vm, args, kwargs) => {
    noArgs('get_asyncgen_hooks', args, kwargs, 0);
    const hooks = asyncGenHooks(vm);
    return new PyTuple([hooks.firstiter ?? None, hooks.finalizer ?? None], asyncgenHooksType);
  }, 'sys'));
}
