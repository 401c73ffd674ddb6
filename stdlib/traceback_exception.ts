// traceback.TracebackException: an exception, its traceback and its chain, ready to format.
// CPython takes a snapshot of everything at construction; tpy keeps the exception and formats it
// when asked, which gives the same text unless the program changes the exception in between.

import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { makeNativeType, type PyType } from '../vm/objects/type.js';
import { defMethod, defGetter } from '../vm/objects/function.js';
import { defClassMethod } from '../vm/methods/object.js';
import { PyList } from '../vm/objects/list.js';
import { PyTraceback } from '../vm/objects/traceback.js';
import { None, NotImplemented } from '../vm/objects/singletons.js';
import { PyBaseException, PyBaseExceptionGroup, SyntaxError as SyntaxErrorType, typeError } from '../vm/objects/exceptions.js';
import { call } from '../vm/ops/call.js';
import { getAttr } from '../vm/ops/attribute.js';
import { truthy, str, indexSize } from '../vm/ops/convert.js';
import { getIter } from '../vm/ops/sequence.js';
import { typeOf } from '../vm/ops/typeof.js';
import { parseArgs } from '../vm/methods/args.js';
import { formatExceptionLines, formatExceptionOnlyLines, formatNotes, type GroupLimits, type LocalsCapture } from '../vm/traceback_format.js';
import type { VM } from '../vm/vm.js';
import type { Frame } from '../vm/frame.js';

export const tracebackExceptionType: PyType = makeNativeType('TracebackException', undefined, {
  module: 'traceback', allocate: (cls) => new PyTracebackException(cls),
});

class PyTracebackException extends PyObj {
  exc: PyBaseException | null = null;
  excType: PyObject = None;
  tb: PyTraceback | null = null;
  limit: number | null = null;
  /**
   * capture_locals=True: the reprs of the locals of every frame in the exception's chain,
   * taken at construction as CPython takes them (null: no locals shown).
   */
  locals: Map<Frame, Map<string, string> | null> | null = null;
  /** max_group_width and max_group_depth: how much of an exception group the text shows. */
  groupLimits: GroupLimits = { width: 15, depth: 10 };
  constructor(cls: PyType) {
    super(cls);
  }
}

/** The keyword-only options after the exception (limit, lookup_lines, capture_locals, compact, ...). */
const OPTIONS = ['limit', 'lookup_lines', 'capture_locals', 'compact', 'max_group_width', 'max_group_depth'];

type LimitOf = (vm: VM, v: PyObject | undefined) => number | null;
type StackOf = (vm: VM, tb: PyTraceback | null, limit: number | null, capture: LocalsCapture | null) => PyObject;

function fill(self: PyTracebackException, exc: PyObject, excType: PyObject, tb: PyObject, limit: number | null): void {
  if (exc !== None && !(exc instanceof PyBaseException)) throw typeError(`Exception expected for value, ${typeOf(exc).tpName} found`);
  self.exc = exc === None ? null : (exc as PyBaseException);
  self.excType = excType;
  self.tb = tb instanceof PyTraceback ? tb : null;
  self.limit = limit;
}

/** The locals of each frame in the tracebacks of `exc`, its causes, contexts and group members. */
function snapshotLocals(vm: VM, exc: PyBaseException | null, tb: PyTraceback | null, capture: LocalsCapture): Map<Frame, Map<string, string> | null> {
  const out = new Map<Frame, Map<string, string> | null>();
  const seen = new Set<PyBaseException>();
  const walk = (e: PyBaseException | null, t: PyTraceback | null) => {
    if (e === null || seen.has(e)) return;
    seen.add(e);
    for (let x = t; x !== null; x = x.tb_next) if (!out.has(x.tb_frame)) out.set(x.tb_frame, capture(vm, x.tb_frame));
    walk(e.cause, e.cause?.traceback ?? null);
    walk(e.context, e.context?.traceback ?? null);
    if (e instanceof PyBaseExceptionGroup) for (const m of e.exceptions.items as PyBaseException[]) walk(m, m.traceback);
  };
  walk(exc, tb);
  return out;
}

/** The capture function formatting uses: the snapshot's locals, or none. */
function capturedLocals(t: PyTracebackException): LocalsCapture | null {
  const snapshot = t.locals;
  return snapshot === null ? null : (_vm, frame) => snapshot.get(frame) ?? null;
}

function wrap(exc: PyBaseException | null, parent: PyTracebackException): PyObject {
  if (exc === null) return None;
  const t = new PyTracebackException(tracebackExceptionType);
  fill(t, exc, exc.cls, exc.traceback ?? None, parent.limit);
  t.locals = parent.locals;
  t.groupLimits = parent.groupLimits;
  return t;
}

/** The max_group_width and max_group_depth options (CPython's defaults where not given). */
function groupLimitsOf(vm: VM, width: PyObject | undefined, depth: PyObject | undefined): GroupLimits {
  return {
    width: width === undefined ? 15 : indexSize(vm, width),
    depth: depth === undefined ? 10 : indexSize(vm, depth),
  };
}

function self(o: PyObject): PyTracebackException {
  return o as PyTracebackException;
}

function lines(vm: VM, t: PyTracebackException, chain: boolean): string[] {
  if (t.exc === null) return ['NoneType: None\n'];
  return formatExceptionLines(vm, t.exc, chain, t.limit, t.tb, capturedLocals(t), t.groupLimits);
}

function onlyLines(vm: VM, t: PyTracebackException): string[] {
  if (t.exc === null) return ['NoneType: None\n'];
  return [...formatExceptionOnlyLines(vm, t.exc, false, 'module'), ...formatNotes(vm, t.exc, 'module')];
}

/** Adds the type's methods; `limitOf` and `stackOf` are the traceback module's own helpers. */
export function setUpTracebackException(limitOf: LimitOf, stackOf: StackOf, capture: LocalsCapture): void {
  const t = tracebackExceptionType;
  defMethod(t, '__init__', (vm, args, kwargs) => {
    const [excType, value, tb, limit, , withLocals, , maxWidth, maxDepth] = parseArgs('TracebackException', args, kwargs,
      { names: ['exc_type', 'exc_value', 'exc_traceback', ...OPTIONS], required: 3, kwOnly: OPTIONS.length });
    const t = self(args[0]);
    fill(t, value!, excType!, tb!, limitOf(vm, limit));
    t.groupLimits = groupLimitsOf(vm, maxWidth, maxDepth);
    if (withLocals !== undefined && truthy(vm, withLocals)) t.locals = snapshotLocals(vm, t.exc, t.tb, capture);
    return None;
  });
  defClassMethod(t, 'from_exception', (vm, args, kwargs) => {
    const [exc, limit, , withLocals, , maxWidth, maxDepth] = parseArgs('from_exception', args, kwargs,
      { names: ['exc', ...OPTIONS], required: 1, kwOnly: OPTIONS.length });
    const cls = args[0] as PyType;
    const e = exc!;
    if (!(e instanceof PyBaseException)) throw typeError(`Exception expected for value, ${typeOf(e).tpName} found`);
    const obj = new PyTracebackException(cls);
    fill(obj, e, e.cls, e.traceback ?? None, limitOf(vm, limit));
    obj.groupLimits = groupLimitsOf(vm, maxWidth, maxDepth);
    if (withLocals !== undefined && truthy(vm, withLocals)) obj.locals = snapshotLocals(vm, obj.exc, obj.tb, capture);
    return obj;
  });
  defMethod(t, 'format', (vm, args, kwargs) => {
    const [chain] = parseArgs('format', args, kwargs, { names: ['chain', '_ctx'], kwOnly: 2 });
    return getIter(vm, new PyList(lines(vm, self(args[0]), chain === undefined || truthy(vm, chain))));
  });
  defMethod(t, 'format_exception_only', (vm, args) => getIter(vm, new PyList(onlyLines(vm, self(args[0])))));
  defMethod(t, 'print', (vm, args, kwargs) => {
    const [file, chain] = parseArgs('print', args, kwargs, { names: ['file', 'chain'], kwOnly: 2 });
    const text = lines(vm, self(args[0]), chain === undefined || truthy(vm, chain)).join('');
    if (file === undefined || file === None) {
      const f = vm.modules.getStr('sys');
      call(vm, getAttr(vm, getAttr(vm, f!, 'stderr'), 'write'), [text]);
    } else {
      call(vm, getAttr(vm, file, 'write'), [text]);
    }
    return None;
  });
  defMethod(t, '__str__', (vm, args) => {
    const e = self(args[0]).exc;
    return e === null ? 'None' : str(vm, e);
  });
  defMethod(t, '__eq__', (vm, args) => {
    const [a, b] = args;
    if (!(b instanceof PyTracebackException)) return NotImplemented;
    return self(a).exc === b.exc && self(a).tb === b.tb;
  });
  defGetter(t, 'exc_type', (vm, o) => self(o).excType);
  defGetter(t, 'stack', (vm, o) => stackOf(vm, self(o).tb, self(o).limit, capturedLocals(self(o))));
  defGetter(t, '__cause__', (vm, o) => wrap(self(o).exc?.cause ?? null, self(o)));
  defGetter(t, '__context__', (vm, o) => {
    const e = self(o).exc;
    // A context the report does not show (__suppress_context__) is left out.
    return wrap(e === null || e.suppressContext ? null : e.context, self(o));
  });
  defGetter(t, '__suppress_context__', (vm, o) => self(o).exc?.suppressContext ?? false);
  defGetter(t, '__notes__', (vm, o) => {
    const e = self(o).exc;
    return e === null ? None : getAttrOrNone(vm, e, '__notes__');
  });
  defGetter(t, 'exceptions', (vm, o) => {
    const e = self(o).exc;
    if (!(e instanceof PyBaseExceptionGroup)) return None;
    return new PyList((e.exceptions.items as PyBaseException[]).map((x) => wrap(x, self(o))));
  });
  // A SyntaxError's details, as the exception holds them (None for other exceptions).
  for (const name of ['filename', 'lineno', 'end_lineno', 'text', 'offset', 'end_offset', 'msg']) {
    defGetter(t, name, (vm, o) => {
      const e = self(o).exc;
      if (e === null || !e.cls.isSubtypeOf(SyntaxErrorType)) return None;
      const v = getAttr(vm, e, name);
      // CPython keeps the line numbers as strings.
      return (name === 'lineno' || name === 'end_lineno') && v !== None ? str(vm, v) : v;
    });
  }
}

function getAttrOrNone(vm: VM, o: PyObject, name: string): PyObject {
  try {
    return getAttr(vm, o, name);
  } catch {
    return None;
  }
}
