// The traceback module: print_exc, format_exc, print_exception, format_exception, extract_tb and friends.

import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { makeNativeType, type PyType } from '../vm/objects/type.js';
import { builtin, defMethod, defGetter } from '../vm/objects/function.js';
import { PyList, listType } from '../vm/objects/list.js';
import { PyTuple, newTuple } from '../vm/objects/tuple.js';
import { PyModule } from '../vm/objects/module.js';
import { PyTraceback } from '../vm/objects/traceback.js';
import { None } from '../vm/objects/singletons.js';
import { PyBaseException, typeError, valueError } from '../vm/objects/exceptions.js';
import { call } from '../vm/ops/call.js';
import { getAttr } from '../vm/ops/attribute.js';
import { truthy, index, str, repr } from '../vm/ops/convert.js';
import { toArray, getIter, iterNext } from '../vm/ops/sequence.js';
import { pyEq } from '../vm/ops/compare.js';
import { typeOf } from '../vm/ops/typeof.js';
import {
  extractTraceback, moduleSourceLine, formatEntries, limitEntries, moduleLimit, formatExceptionLines, formatExceptionOnlyLines, formatNotes, FrameEntry,
  type LocalsCapture,
} from '../vm/traceback_format.js';
import { PyDict } from '../vm/objects/dict.js';
import { PyNativeIterator } from '../vm/objects/iterators.js';
import { frameLocals } from '../vm/methods/misc.js';
import { Frame as FrameClass } from '../vm/frame.js';
import { stopIteration, attributeError } from '../vm/objects/exceptions.js';
import { parseArgs } from '../vm/methods/args.js';
import { defClassMethod } from '../vm/methods/object.js';
import { tracebackExceptionType, setUpTracebackException } from './traceback_exception.js';
type Frame = FrameClass;
import type { ModuleInit, VM } from '../vm/vm.js';

/** traceback.FrameSummary: one entry, also unpackable as (filename, lineno, name, line). */
const frameSummaryType: PyType = makeNativeType('FrameSummary', undefined, {
  module: 'traceback', allocate: (cls) => new PyFrameSummary({ filename: '', lineno: 0, name: '', line: null }, cls),
});
class PyFrameSummary extends PyObj {
  /** end_lineno, colno and end_colno as FrameSummary(...) was given them (null: from a traceback). */
  given: { end_lineno: PyObject; colno: PyObject; end_colno: PyObject } | null = null;
  constructor(public entry: FrameEntry, cls: PyType = frameSummaryType) {
    super(cls);
  }
  get fields(): PyObject[] {
    const e = this.entry;
    return [e.filename, e.lineno, e.name, lineOf(e)];
  }
}

/** FrameSummary.line: the stripped source line, '' when the file has none (linecache.getline). */
function lineOf(e: FrameEntry): PyObject {
  return e.line ?? '';
}

// FrameSummary(filename, lineno, name, *, lookup_line=True, locals=None, line=None, ...).
defMethod(frameSummaryType, '__init__', (vm, args, kwargs) => {
  const self = args[0];
  const [filename, lineno, name, , locals, line, endLineno, colno, endColno] = parseArgs('FrameSummary', args, kwargs, {
    names: ['filename', 'lineno', 'name', 'lookup_line', 'locals', 'line', 'end_lineno', 'colno', 'end_colno'], required: 3, kwOnly: 6,
  });
  let text: string | null = line === undefined || line === None ? null : str(vm, line).trim();
  if (text === null && typeof lineno === 'number') text = lookupLine(vm, str(vm, filename!), lineno);
  (self as PyFrameSummary).entry = {
    filename: filename as string, lineno: lineno as number, name: name as string, line: text,
    locals: locals === undefined || !truthy(vm, locals) ? null : reprsOf(vm, locals),
  };
  (self as PyFrameSummary).given = { end_lineno: endLineno ?? None, colno: colno ?? None, end_colno: endColno ?? None };
  return None;
});

/** {name: repr(value)} of a locals mapping (3.11 lets a repr() that raises propagate). */
function reprsOf(vm: VM, locals: PyObject): Map<string, string> {
  const out = new Map<string, string>();
  const items = locals instanceof PyDict ? [...locals.entries()] : toArray(vm, call(vm, getAttr(vm, locals, 'items'), [])).map((t) => toArray(vm, t));
  for (const [k, v] of items) out.set(str(vm, k), repr(vm, v));
  return out;
}

/** capture_locals=True: a frame's locals as FrameSummary keeps them. */
export const captureLocals: LocalsCapture = (vm, frame) => {
  const d = frameLocals(vm, frame);
  return d.size === 0 ? null : reprsOf(vm, d);
};
defGetter(frameSummaryType, 'filename', (vm, s) => (s as PyFrameSummary).entry.filename);
defGetter(frameSummaryType, 'lineno', (vm, s) => (s as PyFrameSummary).entry.lineno);
defGetter(frameSummaryType, 'name', (vm, s) => (s as PyFrameSummary).entry.name);
defGetter(frameSummaryType, 'line', (vm, s) => lineOf((s as PyFrameSummary).entry));
defGetter(frameSummaryType, 'locals', (vm, s) => {
  const locals = (s as PyFrameSummary).entry.locals;
  if (!locals) return None;
  const d = new PyDict();
  for (const [k, v] of locals) d.setStr(k, v);
  return d;
});
// The location of the entry's instruction, columns in UTF-8 bytes as co_positions gives them.
// A summary made by hand keeps what it was given.
defGetter(frameSummaryType, 'end_lineno', (vm, s) => (s as PyFrameSummary).given?.end_lineno ?? (s as PyFrameSummary).entry.position?.endLineno ?? None);
defGetter(frameSummaryType, 'colno', (vm, s) => (s as PyFrameSummary).given?.colno ?? byteColumn((s as PyFrameSummary).entry, 'colno'));
defGetter(frameSummaryType, 'end_colno', (vm, s) => (s as PyFrameSummary).given?.end_colno ?? byteColumn((s as PyFrameSummary).entry, 'endColno'));

function byteColumn(e: FrameEntry, which: 'colno' | 'endColno'): PyObject {
  const p = e.position;
  if (!p || p[which] < 0) return None;
  return e.source ? Buffer.byteLength(e.source.slice(0, p[which]), 'utf8') : p[which];
}
defMethod(frameSummaryType, '__repr__', (vm, args) => {
  const e = (args[0] as PyFrameSummary).entry;
  return `<FrameSummary file ${e.filename}, line ${e.lineno} in ${e.name}>`;
});
defMethod(frameSummaryType, '__iter__', (vm, args) => call(vm, getAttr(vm, newTuple((args[0] as PyFrameSummary).fields), '__iter__'), []));
defMethod(frameSummaryType, '__len__', () => 4);
defMethod(frameSummaryType, '__getitem__', (vm, args) => {
  const fields = (args[0] as PyFrameSummary).fields;
  return call(vm, getAttr(vm, newTuple(fields), '__getitem__'), [args[1]]);
});
defMethod(frameSummaryType, '__eq__', (vm, args) => {
  const [self, other] = args as [PyFrameSummary, PyObject];
  if (other instanceof PyFrameSummary) return pyEq(vm, newTuple(self.fields), newTuple(other.fields));
  if (other instanceof PyTuple) return pyEq(vm, newTuple(self.fields), other);
  return false;
});

/** traceback.StackSummary: a list of FrameSummary objects with a format() method. */
const stackSummaryType = makeNativeType('StackSummary', listType, { module: 'traceback', allocate: (cls) => new PyList([], cls) });
defMethod(stackSummaryType, 'format', (vm, args) => new PyList(formatEntries(vm, entriesOf(vm, args[0]))));
defClassMethod(stackSummaryType, 'from_list', (vm, args) => summary(toArray(vm, args[1]).map((x) => toEntry(vm, x))));
defClassMethod(stackSummaryType, 'extract', (vm, args, kwargs) => {
  const [frameGen, limit, , withLocals] = parseArgs('extract', args, kwargs,
    { names: ['frame_gen', 'limit', 'lookup_lines', 'capture_locals'], required: 1, kwOnly: 3 });
  return summary(extractStack(vm, frameGen!, limitArg(vm, limit), withLocals !== undefined && truthy(vm, withLocals)));
});

function entriesOf(vm: VM, o: PyObject): FrameEntry[] {
  return (o as PyList).items.map((x) => toEntry(vm, x));
}

/** FrameSummary.line: linecache.getline's line, stripped ('' when there is none). */
function lookupLine(vm: VM, filename: string, lineno: number): string {
  return moduleSourceLine(vm, filename, lineno)?.trim() ?? '';
}

function toEntry(vm: VM, o: PyObject): FrameEntry {
  if (o instanceof PyFrameSummary) return o.entry;
  if (o instanceof PyTuple && o.items.length === 4) {
    const [filename, lineno, name, line] = o.items;
    const file = String(filename);
    const n = Number(lineno);
    return { filename: file, lineno: n, name: String(name), line: line === None ? lookupLine(vm, file, n) : String(line).trim() };
  }
  throw typeError('format_list() expects FrameSummary objects or 4-tuples');
}

function summary(entries: FrameEntry[]): PyList {
  return new PyList(entries.map((e) => new PyFrameSummary(e)), stackSummaryType);
}

/** A `limit` argument, sys.tracebacklimit's when None (moduleLimit). */
function limitArg(vm: VM, v: PyObject | undefined): number | null {
  if (v === undefined || v === None) return moduleLimit(vm, null);
  const n = index(vm, v);
  if (typeof n === 'bigint') return n > 0n ? null : -Infinity;
  return n;
}

function write(vm: VM, file: PyObject | undefined, text: string): void {
  let f = file;
  if (f === undefined || f === None) {
    const sys = vm.modules.getStr('sys');
    f = sys instanceof PyModule ? sys.dict.getStr('stderr') : undefined;
  }
  if (f === undefined || f === None) {
    vm.io.stderr(text);
    return;
  }
  call(vm, getAttr(vm, f, 'write'), [text]);
}

/**
 * What an exception-taking function formats (3.11's _parse_value_tb): (exc) in the 3.10+
 * style, the exception with its own traceback; or (etype, value, tb) in the older one, the
 * value with the traceback given (None for none).
 */
function exceptionArgs(exc: PyObject, value: PyObject | undefined, tb: PyObject | undefined): { e: PyBaseException | null; tb: PyTraceback | null } {
  if ((value === undefined) !== (tb === undefined)) throw valueError('Both or neither of value and tb must be given');
  if (value === undefined) {
    if (exc === None) return { e: null, tb: null };
    if (!(exc instanceof PyBaseException)) throw typeError(`Exception expected for value, ${typeOf(exc).tpName} found`);
    return { e: exc, tb: exc.traceback };
  }
  if (value === None) return { e: null, tb: null };
  if (!(value instanceof PyBaseException)) throw typeError(`Exception expected for value, ${typeOf(value).tpName} found`);
  if (tb !== None && !(tb instanceof PyTraceback)) throw typeError(`'${typeOf(tb!).tpName}' object is not a traceback`);
  return { e: value, tb: tb === None ? null : (tb as PyTraceback) };
}

function formatLines(vm: VM, exc: PyBaseException | null, limit: number | null, chain: boolean, tb?: PyTraceback | null): string[] {
  if (exc === null) return ['NoneType: None\n'];
  return formatExceptionLines(vm, exc, chain, limit, tb);
}

/** The chain of frames from `f` outwards, oldest first (extract_stack). */
function stackEntries(vm: VM, f: Frame | null, limit: number | null): FrameEntry[] {
  const frames: Frame[] = [];
  for (let fr = f; fr !== null; fr = fr.f_back) if (!fr.f_code.hiddenFrame) frames.push(fr);
  frames.reverse();
  const entries = frames.map((fr) => {
    const code = fr.f_code;
    const lineno = fr.f_lineno;
    return { filename: code.co_filename, lineno, name: code.co_name, line: lookupLine(vm, code.co_filename, lineno) };
  });
  // walk_stack goes from the newest frame outwards: the limit counts from that end.
  return limitEntries(entries.reverse(), limit).reverse();
}

/**
 * walk_stack(f): (frame, lineno) pairs from `f` outwards, found as the walk goes. With f=None,
 * CPython's generator starts four frames above its own at its first step, a count made for
 * StackSummary.extract(walk_stack(None)), whose two generators and helper sit in between:
 * from a program's own loop that is three frames above the frame taking the first step.
 */
const frameWalkType = makeNativeType('walk_stack', undefined, { module: 'traceback', final: true });
class PyFrameWalk extends PyNativeIterator {
  started = false;
  constructor(public next_: Frame | null, readonly fromCaller: boolean) {
    super(frameWalkType);
  }
  next(vm: VM): PyObject | undefined {
    if (!this.started) {
      this.started = true;
      if (this.fromCaller) this.next_ = vm.frame?.f_back?.f_back?.f_back ?? null;
    }
    let fr = this.next_;
    while (fr !== null && fr.f_code.hiddenFrame) fr = fr.f_back;
    if (fr === null) return undefined;
    this.next_ = fr.f_back;
    fr.escape();
    return newTuple([fr, fr.f_lineno]);
  }
}
defMethod(frameWalkType, '__iter__', (vm, args) => args[0]);
defMethod(frameWalkType, '__next__', (vm, args) => {
  const v = (args[0] as PyFrameWalk).next(vm);
  if (v === undefined) throw stopIteration();
  return v;
});

/**
 * StackSummary.extract(frame_gen, *, limit, lookup_lines, capture_locals): an entry for each
 * (frame, lineno) the walk yields, the first `limit` of them (the last -limit when negative).
 */
function extractStack(vm: VM, frameGen: PyObject, limit: number | null, withLocals: boolean): FrameEntry[] {
  // Here the walk's first step is taken by extract's caller, where CPython's lands.
  if (frameGen instanceof PyFrameWalk && !frameGen.started && frameGen.fromCaller) {
    frameGen.started = true;
    frameGen.next_ = vm.frame;
  }
  const it = getIter(vm, frameGen);
  const entries: FrameEntry[] = [];
  for (let item = iterNext(vm, it); item !== undefined; item = iterNext(vm, it)) {
    const [fr, lineno] = toArray(vm, item);
    if (!(fr instanceof FrameClass)) throw attributeError(`'${typeOf(fr).tpName}' object has no attribute 'f_code'`);
    const code = fr.f_code;
    const n = lineno === None ? null : (lineno as number);
    entries.push({
      filename: code.co_filename, lineno: n as number, name: code.co_name,
      line: n === null ? '' : lookupLine(vm, code.co_filename, n), locals: withLocals ? captureLocals(vm, fr) : null,
    });
    if (limit !== null && limit >= 0 && entries.length >= limit) break;
  }
  return limitEntries(entries, limit);
}

setUpTracebackException(limitArg, (vm, tb, limit, capture) => summary(extractTraceback(vm, tb, limit, false, capture)), captureLocals);

export const init_traceback: ModuleInit = (vm, m) => {
  const d = m.dict;
  const def = (name: string, fn: Parameters<typeof builtin>[1]) => d.setStr(name, builtin(name, fn, 'traceback'));
  d.setStr('FrameSummary', frameSummaryType);
  d.setStr('StackSummary', stackSummaryType);
  d.setStr('TracebackException', tracebackExceptionType);

  def('print_exc', (vm, args, kwargs) => {
    const [limit, file, chain] = parseArgs('print_exc', args, kwargs, { names: ['limit', 'file', 'chain'] }, 0);
    write(vm, file, formatLines(vm, vm.excInfo, limitArg(vm, limit), chain === undefined || truthy(vm, chain)).join(''));
    return None;
  });
  def('format_exc', (vm, args, kwargs) => {
    const [limit, chain] = parseArgs('format_exc', args, kwargs, { names: ['limit', 'chain'] }, 0);
    return formatLines(vm, vm.excInfo, limitArg(vm, limit), chain === undefined || truthy(vm, chain)).join('');
  });
  def('print_exception', (vm, args, kwargs) => {
    const [exc, value, tb, limit, file, chain] = parseArgs('print_exception', args, kwargs,
      { names: ['exc', 'value', 'tb', 'limit', 'file', 'chain'], required: 1, posOnly: 1 }, 0);
    const a = exceptionArgs(exc!, value, tb);
    write(vm, file, formatLines(vm, a.e, limitArg(vm, limit), chain === undefined || truthy(vm, chain), a.tb).join(''));
    return None;
  });
  def('format_exception', (vm, args, kwargs) => {
    const [exc, value, tb, limit, chain] = parseArgs('format_exception', args, kwargs,
      { names: ['exc', 'value', 'tb', 'limit', 'chain'], required: 1, posOnly: 1 }, 0);
    const a = exceptionArgs(exc!, value, tb);
    return new PyList(formatLines(vm, a.e, limitArg(vm, limit), chain === undefined || truthy(vm, chain), a.tb));
  });
  def('format_exception_only', (vm, args, kwargs) => {
    const [exc, value] = parseArgs('format_exception_only', args, kwargs, { names: ['exc', 'value'], required: 1, posOnly: 1 }, 0);
    // (exc) or (etype, value): the value alone is formatted, without a traceback.
    const e = exceptionArgs(value ?? exc!, undefined, undefined).e;
    return new PyList(e === null ? ['NoneType: None\n'] : [...formatExceptionOnlyLines(vm, e, false, 'module'), ...formatNotes(vm, e, 'module')]);
  });
  def('extract_tb', (vm, args, kwargs) => {
    const [tb, limit] = parseArgs('extract_tb', args, kwargs, { names: ['tb', 'limit'], required: 1 }, 0);
    return summary(extractTraceback(vm, tb instanceof PyTraceback ? tb : null, limitArg(vm, limit), true));
  });
  def('format_tb', (vm, args, kwargs) => {
    const [tb, limit] = parseArgs('format_tb', args, kwargs, { names: ['tb', 'limit'], required: 1 }, 0);
    return new PyList(formatEntries(vm, extractTraceback(vm, tb instanceof PyTraceback ? tb : null, limitArg(vm, limit), true)));
  });
  def('print_tb', (vm, args, kwargs) => {
    const [tb, limit, file] = parseArgs('print_tb', args, kwargs, { names: ['tb', 'limit', 'file'], required: 1 }, 0);
    write(vm, file, formatEntries(vm, extractTraceback(vm, tb instanceof PyTraceback ? tb : null, limitArg(vm, limit), true)).join(''));
    return None;
  });
  // CPython clears each frame's locals; tpy's frames cannot be cleared, so there is nothing to do.
  def('clear_frames', (vm, args, kwargs) => {
    parseArgs('clear_frames', args, kwargs, { names: ['tb'], required: 1 }, 0);
    return None;
  });
  // walk_tb/walk_stack: (frame, lineno) pairs, from an iterator over a list made at the call.
  def('walk_tb', (vm, args, kwargs) => {
    const [tb] = parseArgs('walk_tb', args, kwargs, { names: ['tb'], required: 1 }, 0);
    const pairs: PyObject[] = [];
    for (let t = tb instanceof PyTraceback ? tb : null; t !== null; t = t.tb_next) pairs.push(newTuple([t.tb_frame, t.tb_lineno]));
    return getIter(vm, new PyList(pairs));
  });
  def('walk_stack', (vm, args, kwargs) => {
    const [f] = parseArgs('walk_stack', args, kwargs, { names: ['f'], required: 1 }, 0);
    return new PyFrameWalk(f === None ? null : (f as Frame), f === None);
  });
  def('print_list', (vm, args, kwargs) => {
    const [list, file] = parseArgs('print_list', args, kwargs, { names: ['extracted_list', 'file'], required: 1 }, 0);
    write(vm, file, formatEntries(vm, toArray(vm, list!).map((x) => toEntry(vm, x))).join(''));
    return None;
  });
  def('print_last', (vm, args, kwargs) => {
    const [limit, file, chain] = parseArgs('print_last', args, kwargs, { names: ['limit', 'file', 'chain'] }, 0);
    const sys = vm.modules.getStr('sys');
    const last = sys instanceof PyModule ? sys.dict.getStr('last_value') : undefined;
    if (sys instanceof PyModule && sys.dict.getStr('last_type') === undefined) throw valueError('no last exception');
    const e = last instanceof PyBaseException ? last : null;
    write(vm, file, formatLines(vm, e, limitArg(vm, limit), chain === undefined || truthy(vm, chain)).join(''));
    return None;
  });
  def('format_list', (vm, args) => new PyList(formatEntries(vm, toArray(vm, args[0]).map((x) => toEntry(vm, x)))));
  def('extract_stack', (vm, args, kwargs) => {
    const [f, limit] = parseArgs('extract_stack', args, kwargs, { names: ['f', 'limit'] }, 0);
    return summary(stackEntries(vm, f === undefined || f === None ? vm.frame : (f as Frame), limitArg(vm, limit)));
  });
  def('format_stack', (vm, args, kwargs) => {
    const [f, limit] = parseArgs('format_stack', args, kwargs, { names: ['f', 'limit'] }, 0);
    return new PyList(formatEntries(vm, stackEntries(vm, f === undefined || f === None ? vm.frame : (f as Frame), limitArg(vm, limit))));
  });
  def('print_stack', (vm, args, kwargs) => {
    const [f, limit, file] = parseArgs('print_stack', args, kwargs, { names: ['f', 'limit', 'file'] }, 0);
    write(vm, file, formatEntries(vm, stackEntries(vm, f === undefined || f === None ? vm.frame : (f as Frame), limitArg(vm, limit))).join(''));
    return None;
  });
};
