// The methods of BaseExceptionGroup and ExceptionGroup (PEP 654): the checking __new__ that
// picks ExceptionGroup when every item is an Exception, message/exceptions, str, derive, and
// split/subgroup, which rebuild the group's nesting around the leaves a matcher selects.

import type { PyObj, PyObject } from '../objects/object.js';
import { memberDescriptorType } from '../objects/slots.js';
import { PyType } from '../objects/type.js';
import { defMethod, defGetter, type NativeFn } from '../objects/function.js';
import { None } from '../objects/singletons.js';
import { PyList } from '../objects/list.js';
import { PyDict, dictType } from '../objects/dict.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import {
  PyBaseException, PyBaseExceptionGroup, BaseException, BaseExceptionGroup, ExceptionGroup, Exception,
  typeError, valueError, attributeError,
} from '../objects/exceptions.js';
import { typeOf, isInstance, argTypeName } from '../ops/typeof.js';
import { truthy } from '../ops/convert.js';
import { toArray } from '../ops/sequence.js';
import { call, callType } from '../ops/call.js';
import { getAttr, getAttrOpt } from '../ops/attribute.js';
import { defNew } from './object.js';
import { defClassGetItem } from './list.js';
import { oneArg } from './args.js';
import type { VM } from '../vm.js';

function group(o: PyObject): PyBaseExceptionGroup {
  if (!(o instanceof PyBaseExceptionGroup)) {
    throw typeError(`descriptor requires a 'BaseExceptionGroup' object but received a '${typeOf(o).tpName}'`);
  }
  return o;
}

/** PySequence_Check: anything with __getitem__ but a dict. */
function isSequence(o: PyObject): boolean {
  return typeOf(o).lookup('__getitem__') !== undefined && !isInstance(o, dictType);
}

/** BaseExceptionGroup.__new__(cls, message, exceptions). */
const exceptiongroup_new: NativeFn = (vm, args) => {
  let cls = args[0] as PyType;
  if (args.length !== 3) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length - 1} given)`);
  const [message, excs] = [args[1], args[2]];
  if (typeof message !== 'string') throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${argTypeName(message)}`);
  if (!isSequence(excs)) throw typeError('second argument (exceptions) must be a sequence');
  const items = toArray(vm, excs);
  if (items.length === 0) throw valueError('second argument (exceptions) must be a non-empty sequence');
  let allExceptions = true;
  items.forEach((item, i) => {
    if (!(item instanceof PyBaseException)) throw valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    if (!item.cls.isSubtypeOf(Exception)) allExceptions = false;
  });
  if (cls === BaseExceptionGroup) {
    if (allExceptions) cls = ExceptionGroup;
  } else if (cls === ExceptionGroup) {
    if (!allExceptions) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (!allExceptions && cls.isSubtypeOf(Exception)) {
    throw typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  if (cls.allocate === null) throw typeError(`cannot create '${cls.name}' instances`);
  const g = cls.allocate(cls);
  if (!(g instanceof PyBaseExceptionGroup)) throw typeError(`BaseExceptionGroup.__new__(${cls.name}): ${cls.name} is not a subtype of BaseExceptionGroup`);
  g.args = [message, excs];
  g.message = message;
  g.exceptions = newTuple(items);
  return g;
};

/** What split/subgroup select by: an exception class, a tuple of them, or a predicate. */
type Matcher = (vm: VM, e: PyBaseException) => boolean;

function makeMatcher(m: PyObject): Matcher {
  const isExcClass = (t: PyObject): t is PyType => t instanceof PyType && t.isSubtypeOf(BaseException);
  if (!(m instanceof PyType) && typeOf(m).lookup('__call__') !== undefined) return (vm, e) => truthy(vm, call(vm, m, [e]));
  if (isExcClass(m)) return (_vm, e) => e.cls.isSubtypeOf(m);
  if (m instanceof PyTuple && m.items.every(isExcClass)) {
    const types = m.items as PyType[];
    return (_vm, e) => types.some((t) => e.cls.isSubtypeOf(t));
  }
  throw typeError('expected a function, exception type or tuple of exception types');
}

/**
 * Calls `orig.derive(excs)` (a subclass's derive builds its own kind of group) and gives the
 * new group orig's traceback, cause, context and a copy of its notes, as CPython does.
 */
export function deriveFrom(vm: VM, orig: PyBaseExceptionGroup, excs: PyBaseException[]): PyBaseExceptionGroup {
  const g = call(vm, getAttr(vm, orig, 'derive'), [new PyList(excs)]);
  if (!(g instanceof PyBaseExceptionGroup)) throw typeError('derive must return an instance of BaseExceptionGroup');
  g.traceback = orig.traceback;
  g.cause = orig.cause;
  g.suppressContext = true;
  g.context = orig.context;
  const notes = getAttrOpt(vm, orig, '__notes__');
  if (notes !== undefined && isSequence(notes)) {
    if (!(g.dict instanceof PyDict)) g.dict = new PyDict();
    g.dict.setStr('__notes__', new PyList(toArray(vm, notes)));
  }
  return g;
}

export interface SplitResult {
  match: PyBaseException | null;
  rest: PyBaseException | null;
}

/** The parts of `exc` that `matches` selects and the rest, each keeping the nesting of groups. */
function splitRecursive(vm: VM, exc: PyBaseException, matches: Matcher, wantRest: boolean): SplitResult {
  if (matches(vm, exc)) return { match: exc, rest: null };
  if (!(exc instanceof PyBaseExceptionGroup)) return { match: null, rest: exc };
  const matched: PyBaseException[] = [];
  const rest: PyBaseException[] = [];
  for (const sub of exc.exceptions.items as PyBaseException[]) {
    const r = splitRecursive(vm, sub, matches, wantRest);
    if (r.match !== null) matched.push(r.match);
    if (r.rest !== null) rest.push(r.rest);
  }
  return {
    match: matched.length > 0 ? deriveFrom(vm, exc, matched) : null,
    rest: wantRest && rest.length > 0 ? deriveFrom(vm, exc, rest) : null,
  };
}

/** eg.split(matcher) as the except* machinery uses it. */
export function splitGroup(vm: VM, g: PyBaseExceptionGroup, matcher: PyObject): SplitResult {
  return splitRecursive(vm, g, makeMatcher(matcher), true);
}

/** The group's leaves (the exceptions that are not groups), in order. */
export function groupLeaves(e: PyBaseException, out: PyBaseException[] = []): PyBaseException[] {
  if (e instanceof PyBaseExceptionGroup) for (const sub of e.exceptions.items) groupLeaves(sub as PyBaseException, out);
  else out.push(e);
  return out;
}

/** The part of `g` whose leaves are among `leaves` (by identity), or null: eg.split(lambda e: e in leaves)[0]. */
export function projectGroup(vm: VM, g: PyBaseException, leaves: Set<PyBaseException>): PyBaseException | null {
  const matches: Matcher = (_vm, e) => !(e instanceof PyBaseExceptionGroup) && leaves.has(e);
  return splitRecursive(vm, g, matches, false).match;
}

/**
 * BaseExceptionGroup(message, excs) built natively: except* wraps a bare exception in a tuple,
 * combines what its clauses raised in a list (as the group's args show).
 */
export function newExceptionGroup(vm: VM, message: string, excs: PyBaseException[], asTuple = false): PyBaseExceptionGroup {
  return callType(vm, BaseExceptionGroup, [message, asTuple ? newTuple(excs) : new PyList(excs)], null) as PyBaseExceptionGroup;
}

let installed = false;

export function installExceptionGroupMethods(): void {
  if (installed) return;
  installed = true;
  const G = BaseExceptionGroup;
  defNew(G, exceptiongroup_new);
  defMethod(G, '__init__', (vm, args, kwargs) => {
    const g = group(args[0]);
    if (kwargs !== null && kwargs.size > 0) throw typeError(`${g.cls.name}() takes no keyword arguments`);
    g.args = args.slice(1);
    return None;
  });
  defMethod(G, '__str__', (vm, args) => {
    const g = group(args[0]);
    const n = g.exceptions.items.length;
    return `${g.message} (${n} sub-exception${n > 1 ? 's' : ''})`;
  });
  const readonly = () => {
    throw attributeError('readonly attribute');
  };
  const member = (o: PyObject, name: string): PyBaseExceptionGroup => {
    if (o instanceof PyBaseExceptionGroup) return o;
    throw typeError(`descriptor '${name}' for 'BaseExceptionGroup' objects doesn't apply to a '${typeOf(o).tpName}' object`);
  };
  defGetter(G, 'message', (vm, o) => member(o, 'message').message, readonly);
  defGetter(G, 'exceptions', (vm, o) => member(o, 'exceptions').exceptions, readonly);
  // CPython's are read-only members (`<member 'message' of 'BaseExceptionGroup' objects>`).
  for (const name of ['message', 'exceptions']) (G.typeDict.get(name) as PyObj).cls = memberDescriptorType;
  defMethod(G, 'derive', (vm, args, kwargs) => {
    const excs = oneArg('BaseExceptionGroup.derive', args, kwargs);
    return callType(vm, BaseExceptionGroup, [group(args[0]).message, excs], null);
  });
  defMethod(G, 'split', (vm, args, kwargs) => {
    const g = group(args[0]);
    const r = splitRecursive(vm, g, makeMatcher(oneArg('BaseExceptionGroup.split', args, kwargs)), true);
    return newTuple([r.match ?? None, r.rest ?? None]);
  });
  defMethod(G, 'subgroup', (vm, args, kwargs) => {
    const g = group(args[0]);
    return splitRecursive(vm, g, makeMatcher(oneArg('BaseExceptionGroup.subgroup', args, kwargs)), false).match ?? None;
  });
  defClassGetItem(G);
}

