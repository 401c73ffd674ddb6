// Argument binding for random's methods, which are Python functions in random.py: their errors read like a def's.

import type { PyObject } from '../vm/objects/object.js';
import type { KwArgs } from '../vm/objects/function.js';
import { bindDef } from '../vm/methods/args_def.js';

/** Binds args (self first) like a Python method `def NAME(self, a, b=..., *, k=...)`; returns the values after self. */
export function bind(qualname: string, args: PyObject[], kwargs: KwArgs | null, positional: string[], required: number, kwOnly: string[] = []): (PyObject | undefined)[] {
  return bindDef(qualname, args, kwargs, { positional: ['self', ...positional], required: required + 1, kwOnly }).slice(1);
}
