// Argument binding for native stand-ins of functions CPython writes in Python (re.match,
// random.Random.randint...): their argument errors read like a `def`'s (vm/bind.ts), not
// like argument clinic's (args.ts).

import type { PyObject } from '../objects/object.js';
import type { KwArgs } from '../objects/function.js';
import { typeError } from '../objects/exceptions.js';

/** The parameters of the `def` a native function stands for. */
export interface DefSignature {
  /** Positional-or-keyword parameter names in order ('self' included for a method). */
  positional: string[];
  /** How many leading positional parameters have no default. */
  required: number;
  /** Keyword-only parameter names (all with defaults). */
  kwOnly?: string[];
}

function quotedList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/**
 * Binds `args` (self included for a method) and `kwargs` to `sig` as CPython binds a call
 * to `def qualname(...)`, raising its messages in its order: keyword problems, then too many
 * positional arguments, then missing ones. Returns one value per positional parameter then
 * per keyword-only one, undefined for those omitted.
 */
export function bindDef(qualname: string, args: PyObject[], kwargs: KwArgs | null, sig: DefSignature): (PyObject | undefined)[] {
  const { positional, required } = sig;
  const kwOnly = sig.kwOnly ?? [];
  const nparams = positional.length;
  const argc = args.length;
  const out: (PyObject | undefined)[] = new Array(nparams + kwOnly.length).fill(undefined);
  for (let i = 0; i < Math.min(argc, nparams); i++) out[i] = args[i];
  let kwonlyGiven = 0;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      let at = positional.indexOf(k);
      if (at < 0) {
        const kw = kwOnly.indexOf(k);
        if (kw < 0) throw typeError(`${qualname}() got an unexpected keyword argument '${k}'`);
        at = nparams + kw;
        kwonlyGiven++;
      } else if (out[at] !== undefined) throw typeError(`${qualname}() got multiple values for argument '${k}'`);
      out[at] = v;
    }
  }
  if (argc > nparams) {
    const takes = required < nparams
      ? `from ${required} to ${nparams} positional arguments`
      : `${nparams} positional argument${nparams === 1 ? '' : 's'}`;
    const given = kwonlyGiven > 0
      ? `${argc} positional argument${argc === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'}) were given`
      : `${argc} ${argc === 1 ? 'was' : 'were'} given`;
    throw typeError(`${qualname}() takes ${takes} but ${given}`);
  }
  const missing = positional.slice(0, required).filter((_, i) => out[i] === undefined);
  if (missing.length > 0) {
    throw typeError(`${qualname}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${quotedList(missing)}`);
  }
  return out;
}
