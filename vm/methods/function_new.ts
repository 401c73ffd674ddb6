// function(code, globals, name=None, argdefs=None, closure=None): types.FunctionType called
// directly, as CPython's func_new does it (its checks in its order, with its messages). Library
// code uses it to make a function from a code object without compiling source again.

import type { PyObject } from '../objects/object.js';
import { PyFunction, PyCell, type KwArgs } from '../objects/function.js';
import { None } from '../objects/singletons.js';
import { PyDict } from '../objects/dict.js';
import { PyTuple } from '../objects/tuple.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { Code } from '../code.js';
import { argTypeName, typeOf } from '../ops/typeof.js';
import { parseArgs } from './args.js';
import type { VM } from '../vm.js';

const PARAMS = { names: ['code', 'globals', 'name', 'argdefs', 'closure'], required: 2 };

/** function.__new__: args[0] is the class (always function: it cannot be subclassed). */
export function functionNew(vm: VM, args: PyObject[], kwargs: KwArgs | null): PyObject {
  const [code, globals, name = None, argdefs = None, closure = None] = parseArgs('function', args, kwargs, PARAMS);
  if (!(code instanceof Code)) throw typeError(`function() argument 'code' must be code, not ${argTypeName(code!)}`);
  if (!(globals instanceof PyDict)) throw typeError(`function() argument 'globals' must be dict, not ${argTypeName(globals!)}`);
  if (name !== None && typeof name !== 'string') throw typeError('arg 3 (name) must be None or string');
  if (argdefs !== None && !(argdefs instanceof PyTuple)) throw typeError('arg 4 (defaults) must be None or tuple');
  const nfree = code.co_freevars.length;
  if (!(closure instanceof PyTuple)) {
    if (nfree > 0 && closure === None) throw typeError('arg 5 (closure) must be tuple');
    if (closure !== None) throw typeError('arg 5 (closure) must be None or tuple');
  }
  const cells = closure instanceof PyTuple ? closure.items : [];
  if (cells.length !== nfree) throw valueError(`${code.co_name} requires closure of length ${nfree}, not ${cells.length}`);
  for (const cell of cells) {
    if (!(cell instanceof PyCell)) throw typeError(`arg 5 (closure) expected cell, found ${typeOf(cell).tpName}`);
  }
  const defaults = argdefs instanceof PyTuple ? [...argdefs.items] : null;
  const fn = new PyFunction(code, globals, code.co_qualname, defaults, null, nfree > 0 ? (cells as PyCell[]) : null, vm.builtinsFor(globals));
  if (typeof name === 'string') fn.name = name;
  return fn;
}
