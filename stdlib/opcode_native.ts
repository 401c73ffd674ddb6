// _opcode: stack_effect() for tpy's own opcodes (the numbers dis and opcode name), from the
// table the compiler sizes value stacks with (vm/opcodes.ts's stackEffect).

import { builtin } from '../vm/objects/function.js';
import { None } from '../vm/objects/singletons.js';
import { typeError, valueError } from '../vm/objects/exceptions.js';
import { index } from '../vm/ops/convert.js';
import { truthy } from '../vm/ops/convert.js';
import { HAVE_ARGUMENT, opName, stackEffect } from '../vm/opcodes.js';
import type { ModuleInit } from '../vm/vm.js';

/** An opcode tpy defines (dis names it), as opposed to an unused number shown as '<N>'. */
function isDefined(op: number): boolean {
  return op >= 0 && op < opName.length && !opName[op].startsWith('<');
}

export const init__opcode: ModuleInit = (_vm, m) => {
  m.dict.setStr('stack_effect', builtin('stack_effect', (vm, args, kwargs) => {
    if (args.length > 2) throw typeError(`stack_effect() takes at most 2 positional arguments (${args.length} given)`);
    if (args.length < 1) throw typeError('stack_effect() missing required argument \'opcode\' (pos 1)');
    let jumpArg = None as unknown;
    if (kwargs !== null) {
      for (const [k, v] of kwargs) {
        if (k !== 'jump') throw typeError(`stack_effect() got an unexpected keyword argument '${k}'`);
        jumpArg = v;
      }
    }
    const op = Number(index(vm, args[0]));
    const hasArg = args.length > 1 && args[1] !== None;
    if (op >= HAVE_ARGUMENT && !hasArg) throw valueError('stack_effect: opcode requires oparg but oparg was not specified');
    if (op < HAVE_ARGUMENT && hasArg) throw valueError('stack_effect: opcode does not permit oparg but oparg was specified');
    const arg = hasArg ? Number(index(vm, args[1])) : 0;
    if (!isDefined(op)) throw valueError('invalid opcode or oparg');
    let effect: number;
    try {
      effect = jumpArg === None
        ? Math.max(stackEffect(op, arg, true), stackEffect(op, arg, false))
        : stackEffect(op, arg, truthy(vm, jumpArg as never));
    } catch {
      throw valueError('invalid opcode or oparg');
    }
    return effect;
  }, '_opcode'));
};
