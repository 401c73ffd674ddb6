// Argument binding for random's methods, which are Python functions in random.py: their errors read like a def's.

import type { PyObject } from '../vm/objects/object.js';
import type { KwArgs } from '../vm/objects/function.js';
import { typeError } from '../vm/objects/exceptions.js';

/** Binds args like a Python method `def NAME(self, a, b=..., *, k=...)`, with CPython's messages. */
export function bind(qualname: string, args: PyObject[], kwargs: KwArgs | null, positional: string[], required: number, kwOnly: string[] = []): (PyObject | undefined)[] {
  const given = args.length - 1;
  const out: (PyObject | undefined)[] = new Array(positional.length + kwOnly.length).fill(undefined);
  if (given > positional.length) {
    const total = positional.length + 1;
    const takes = required === positional.length ? `${total}` : `from ${required + 1} to ${total}`;
    throw typeError(`${qualname}() takes ${takes} positional argument${total === 1 ? '' : 's'} but ${given + 1} were given`);
  }
  for (let i = 0; i < given; i++) out[i] = args[i + 1];
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      let at = positional.indexOf(k);
      if (at < 0) {
        const kw = kwOnly.indexOf(k);
        if (kw < 0) throw typeError(`${qualname}() got an unexpected keyword argument '${k}'`);
        at = positional.length + kw;
      } else if (at < given) throw typeError(`${qualname}() got multiple values for argument '${k}'`);
      out[at] = v;
    }
  }
  const missing = positional.slice(0, required).filter((_, i) => out[i] === undefined);
  if (missing.length > 0) {
    const names = missing.map((n) => `'${n}'`);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    throw typeError(`${qualname}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`);
  }
  return out;
}
