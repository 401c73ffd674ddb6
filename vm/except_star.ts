// What `except*` does at run time: CHECK_EG_MATCH splits the exception being handled by a
// clause's classes, PREP_RERAISE_STAR decides what leaves the statement once every clause ran.

import type { PyObject } from './objects/object.js';
import { PyType } from './objects/type.js';
import { PyTuple } from './objects/tuple.js';
import type { PyList } from './objects/list.js';
import { PyBaseException, PyBaseExceptionGroup, BaseException, BaseExceptionGroup, typeError } from './objects/exceptions.js';
import { splitGroup, groupLeaves, projectGroup, newExceptionGroup } from './methods/exception_group.js';
import type { VM } from './vm.js';

/** An except* clause's classes: exception classes, none of them an exception group. */
function checkExceptStarType(matchType: PyObject): void {
  const classes = matchType instanceof PyTuple ? matchType.items : [matchType];
  for (const c of classes) {
    if (!(c instanceof PyType) || !c.isSubtypeOf(BaseException)) {
      throw typeError('catching classes that do not inherit from BaseException is not allowed');
    }
  }
  for (const c of classes) {
    if ((c as PyType).isSubtypeOf(BaseExceptionGroup)) {
      throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  }
}

/**
 * CHECK_EG_MATCH: the part of `exc` an except* clause for `matchType` handles, and the rest
 * (null when all of it matched), or null when nothing matches. A bare exception that matches
 * is handled as ExceptionGroup('', (exc,)).
 */
export function exceptStarMatch(vm: VM, exc: PyObject, matchType: PyObject): { match: PyBaseException; rest: PyBaseException | null } | null {
  checkExceptStarType(matchType);
  if (!(exc instanceof PyBaseException)) return null;
  const classes = (matchType instanceof PyTuple ? matchType.items : [matchType]) as PyType[];
  if (classes.some((c) => exc.cls.isSubtypeOf(c))) {
    if (exc instanceof PyBaseExceptionGroup) return { match: exc, rest: null };
    return { match: newExceptionGroup(vm, '', [exc], true), rest: null };
  }
  if (!(exc instanceof PyBaseExceptionGroup)) return null;
  const { match, rest } = splitGroup(vm, exc, matchType);
  return match === null ? null : { match, rest };
}

/** The same traceback, cause and context: a part of the original group re-raised by a bare `raise`. */
function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  return a.traceback === b.traceback && a.cause === b.cause && a.context === b.context;
}

/**
 * PREP_RERAISE_STAR: what the try statement raises once its except* clauses ran, from the
 * original exception and `results` (what each clause raised, then the unhandled rest, None
 * for nothing). Re-raised parts rejoin in the original group's shape; exceptions the clauses
 * raised come first, in a new ExceptionGroup('', [...]) when there is more than one thing.
 */
export function prepReraiseStar(vm: VM, orig: PyObject, results: PyList): PyBaseException | null {
  const excs = results.items.filter((e): e is PyBaseException => e instanceof PyBaseException);
  // A bare exception was handled whole by one clause or by none: there is one thing at most.
  if (!(orig instanceof PyBaseExceptionGroup)) return excs[0] ?? null;
  const raised: PyBaseException[] = [];
  const reraisedLeaves = new Set<PyBaseException>();
  for (const e of excs) {
    if (sameMetadata(e, orig)) for (const leaf of groupLeaves(e)) reraisedLeaves.add(leaf);
    else raised.push(e);
  }
  const reraised = reraisedLeaves.size > 0 ? projectGroup(vm, orig, reraisedLeaves) : null;
  if (raised.length === 0) return reraised;
  if (reraised !== null) raised.push(reraised);
  // One exception alone leaves as it is (3.11.4's gh-103590; 3.11.2 wrapped it too).
  return raised.length === 1 ? raised[0]! : newExceptionGroup(vm, '', raised);
}

