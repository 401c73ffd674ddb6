// The methods of BaseException and the built-in exceptions with extra state: args, str/repr, the
// chaining attributes, and KeyError, StopIteration, SystemExit, ImportError, NameError,
// AttributeError, OSError (with its errno -> subclass mapping), SyntaxError and UnicodeError.
//
// Extra state lives in PyBaseException.attrs (the traceback printer reads it there too); exceptions
// created natively with newException() have no attrs yet, so each getter falls back to the args.

import type { PyObject } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { defMethod, defGetter, KwArgs, NativeFn } from '../objects/function.js';
import { None } from '../objects/singletons.js';
import { PyList } from '../objects/list.js';
import { PyStrSub } from '../objects/str.js';
import { PyDict } from '../objects/dict.js';
import { PyTuple, newTuple, tupleType } from '../objects/tuple.js';
import { intVal } from '../objects/int.js';
import { PyTraceback } from '../objects/traceback.js';
import {
  PyBaseException, BaseException, KeyError, StopIteration, SystemExit, ImportError, NameError, AttributeError,
  OSError, SyntaxError, UnicodeError, UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError,
  BlockingIOError, ChildProcessError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
  ConnectionResetError, FileExistsError, FileNotFoundError, IsADirectoryError, NotADirectoryError, InterruptedError,
  PermissionError, ProcessLookupError, TimeoutError, typeError, attributeError, builtinExceptionTypes,
} from '../objects/exceptions.js';
import { typeOf, argTypeName } from '../ops/typeof.js';
import { ssizeArg } from './list.js';
import { PyBytes, bufferBytes } from '../objects/bytes.js';
import { installExceptionDocs } from '../objects/exception_docs.js';
import { repr, str } from '../ops/convert.js';
import { toArray } from '../ops/sequence.js';
import { defNew } from './object.js';
import { unicodeErrorMessage } from './codecs.js';
import { oneArg } from './args.js';
import { setAttr as setAttrOp } from '../ops/attribute.js';
import { installExceptionGroupMethods } from './exception_group.js';
import type { VM } from '../vm.js';

function exc(o: PyObject): PyBaseException {
  if (!(o instanceof PyBaseException)) throw typeError(`descriptor requires a 'BaseException' object but received a '${typeOf(o).tpName}'`);
  return o;
}

function getAttrOr(e: PyBaseException, name: string, dflt: () => PyObject): PyObject {
  const v = e.attrs?.get(name);
  return v !== undefined ? v : dflt();
}

function setAttr(e: PyBaseException, name: string, v: PyObject | undefined): void {
  (e.attrs ??= new Map()).set(name, v ?? None);
}

/** A read/write attribute kept in attrs, with a default derived from the instance. */
function attrProperty(t: PyType, name: string, dflt: (e: PyBaseException) => PyObject = () => None): void {
  defGetter(t, name, (vm, o) => getAttrOr(exc(o), name, () => dflt(exc(o))), (vm, o, v) => setAttr(exc(o), name, v));
}

/** BaseException.__str__: '' / str(arg) / str(args). */
export function baseExceptionStr(vm: VM, e: PyBaseException): string {
  if (e.args.length === 0) return '';
  if (e.args.length === 1) return str(vm, e.args[0]);
  return str(vm, newTuple(e.args));
}

/** BaseException.__repr__: `ValueError('x')`, `E()`, `E(1, 2)`. */
export function baseExceptionRepr(vm: VM, e: PyBaseException): string {
  const name = e.cls.name;
  if (e.args.length === 1) return `${name}(${repr(vm, e.args[0])})`;
  return name + repr(vm, newTuple(e.args));
}

/** Keyword arguments accepted by an exception's __init__ (ImportError: name, path...). */
function takeKeywords(typeName: string, kwargs: KwArgs | null, allowed: string[]): Map<string, PyObject> {
  const out = new Map<string, PyObject>();
  if (kwargs === null) return out;
  for (const [k, v] of kwargs) {
    if (!allowed.includes(k)) throw typeError(`'${k}' is an invalid keyword argument for ${typeName}()`);
    out.set(k, v);
  }
  return out;
}

/** The OSError subclass for an errno (CPython's errnomap, Linux numbers). */
const ERRNO_CLASSES = new Map<number, PyType>([
  [11, BlockingIOError], [114, BlockingIOError], [115, BlockingIOError], [10, ChildProcessError],
  [32, BrokenPipeError], [108, BrokenPipeError], [103, ConnectionAbortedError], [111, ConnectionRefusedError],
  [104, ConnectionResetError], [17, FileExistsError], [2, FileNotFoundError], [21, IsADirectoryError],
  [20, NotADirectoryError], [4, InterruptedError], [13, PermissionError], [1, PermissionError],
  [3, ProcessLookupError], [110, TimeoutError],
]);

/**
 * Parses OSError(errno, strerror[, filename[, winerror[, filename2]]]) into attrs. As in
 * CPython a field is either set or NULL (absent here), which str() tells apart from None:
 * errno and strerror are set by 2 to 5 arguments, a filename only when it is not None,
 * and only then are args cut to (errno, strerror).
 */
function parseOSErrorArgs(e: PyBaseException, args: PyObject[]): void {
  for (const name of ['errno', 'strerror', 'filename', 'filename2']) e.attrs?.delete(name);
  e.args = args;
  if (args.length < 2 || args.length > 5) return;
  setAttr(e, 'errno', args[0]);
  setAttr(e, 'strerror', args[1]);
  const filename = args[2];
  if (filename === undefined || filename === None) return;
  if (e.cls === BlockingIOError && typeof filename === 'number') {
    setAttr(e, 'characters_written', filename);
    return;
  }
  setAttr(e, 'filename', filename);
  if (args.length === 5 && args[4] !== None) setAttr(e, 'filename2', args[4]);
  e.args = [args[0], args[1]];
}

/** An OSError field, or undefined when unset (errno/strerror of an exception made natively come from its args). */
function oserrorField(e: PyBaseException, name: string): PyObject | undefined {
  const v = e.attrs?.get(name);
  if (v !== undefined) return v;
  if (name === 'errno' || name === 'strerror') {
    if (e.args.length >= 2 && e.args.length <= 5) return e.args[name === 'errno' ? 0 : 1];
  }
  return undefined;
}

function oserrorStr(vm: VM, e: PyBaseException): string {
  const errno = oserrorField(e, 'errno');
  const strerror = oserrorField(e, 'strerror');
  const filename = oserrorField(e, 'filename');
  const filename2 = oserrorField(e, 'filename2');
  const prefix = () => `[Errno ${str(vm, errno ?? None)}] ${str(vm, strerror ?? None)}`;
  if (filename !== undefined) {
    if (filename2 !== undefined) return `${prefix()}: ${repr(vm, filename)} -> ${repr(vm, filename2)}`;
    return `${prefix()}: ${repr(vm, filename)}`;
  }
  if (errno !== undefined && strerror !== undefined) return prefix();
  return baseExceptionStr(vm, e);
}

/** SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])). */
function parseSyntaxErrorArgs(e: PyBaseException, vm: VM, args: PyObject[]): void {
  e.args = args;
  if (args.length >= 1) setAttr(e, 'msg', args[0]);
  if (args.length === 2) {
    const info = toArray(vm, args[1]);
    if (info.length < 4 || info.length > 6) {
      throw typeError(`function takes ${info.length < 4 ? 'at least 4' : 'at most 6'} arguments (${info.length} given)`);
    }
    // An end line needs its end offset (CPython's SyntaxError_init).
    if (info.length === 5) throw typeError('end_offset must be provided when end_lineno is provided');
    const names = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
    names.forEach((n, i) => setAttr(e, n, info[i] ?? None));
  }
}

function syntaxErrorStr(vm: VM, e: PyBaseException): string {
  const msg = getAttrOr(e, 'msg', () => (e.args.length > 0 ? e.args[0] : None));
  const filename = getAttrOr(e, 'filename', () => None);
  const lineno = getAttrOr(e, 'lineno', () => None);
  const m = str(vm, msg);
  const base = typeof filename === 'string' ? filename.slice(filename.lastIndexOf('/') + 1) : null;
  const haveLine = typeof lineno === 'number' || typeof lineno === 'bigint';
  if (base !== null && haveLine) return `${m} (${base}, line ${String(lineno)})`;
  if (base !== null) return `${m} (${base})`;
  if (haveLine) return `${m} (line ${String(lineno)})`;
  return m;
}

/** Exception.__new__(cls, *args): an instance holding args (keywords are left to __init__). */
const exception_new: NativeFn = (vm, args) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`BaseException.__new__(X): X is not a type object (${typeOf(cls).tpName})`);
  if (!cls.isSubtypeOf(BaseException)) throw typeError(`BaseException.__new__(${cls.name}): ${cls.name} is not a subtype of BaseException`);
  if (cls.allocate === null) throw typeError(`cannot create '${cls.name}' instances`);
  const e = cls.allocate(cls);
  if (!(e instanceof PyBaseException)) return e;
  e.args = args.slice(1);
  return e;
};

const oserror_new: NativeFn = (vm, args, kwargs) => {
  let cls = args[0] as PyType;
  // Only OSError(errno, strerror[, filename[, winerror[, filename2]]]) picks a subclass.
  if (cls === OSError && args.length >= 3 && args.length <= 6) {
    const errno = args[1];
    // Any int picks the subclass, True and int subclasses too (CPython tests PyLong_Check).
    const n = intVal(errno);
    const sub = typeof n === 'number' ? ERRNO_CLASSES.get(n) : undefined;
    if (sub !== undefined) cls = sub;
  }
  const e = exception_new(vm, [cls, ...args.slice(1)], kwargs);
  if (e instanceof PyBaseException) parseOSErrorArgs(e, args.slice(1));
  return e;
};

function defInit(t: PyType, init: (vm: VM, e: PyBaseException, args: PyObject[], kwargs: KwArgs | null) => void): void {
  const call = (vm: VM, self: PyObject, args: PyObject[]): PyObject => {
    init(vm, exc(self), args, null);
    return None;
  };
  // Fixed-arity entries too: `Exception.__init__(self, code)` in a subclass's __init__ is a
  // call compiled code makes without leaving (ops/call.ts callFixed).
  defMethod(t, '__init__', (vm, args, kwargs) => {
    init(vm, exc(args[0]), args.slice(1), kwargs);
    return None;
  }, {
    call1: (vm, self) => call(vm, self, []),
    call2: (vm, self, a) => call(vm, self, [a]),
    call3: (vm, self, a, b) => call(vm, self, [a, b]),
  });
}

function defStr(t: PyType, f: (vm: VM, e: PyBaseException) => string): void {
  defMethod(t, '__str__', (vm, args) => f(vm, exc(args[0])));
}

let installed = false;

export function installExceptionMethods(): void {
  if (installed) return;
  installed = true;
  const B = BaseException;
  defNew(B, exception_new);
  defInit(B, (vm, e, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) throw typeError(`${e.cls.name}() takes no keyword arguments`);
    e.args = args;
  });
  defStr(B, baseExceptionStr);
  defMethod(B, '__repr__', (vm, args) => baseExceptionRepr(vm, exc(args[0])));
  defGetter(B, 'args', (vm, o) => exc(o).argsTuple(), (vm, o, v) => {
    if (v === undefined) throw typeError('args may not be deleted');
    if (v instanceof PyTuple && v.cls === tupleType) exc(o).setArgsTuple(v);
    else exc(o).args = toArray(vm, v);
  });
  defMethod(B, 'with_traceback', (vm, args, kwargs) => {
    const tb = oneArg('BaseException.with_traceback', args, kwargs);
    if (tb !== None && !(tb instanceof PyTraceback)) throw typeError('__traceback__ must be a traceback or None');
    exc(args[0]).traceback = tb instanceof PyTraceback ? tb : null;
    return args[0];
  });
  defGetter(B, '__traceback__', (vm, o) => exc(o).traceback ?? None, (vm, o, v) => {
    if (v === undefined) throw typeError('__traceback__ may not be deleted');
    if (v !== None && !(v instanceof PyTraceback)) throw typeError('__traceback__ must be a traceback or None');
    exc(o).traceback = v instanceof PyTraceback ? v : null;
  });
  defGetter(B, '__cause__', (vm, o) => exc(o).cause ?? None, (vm, o, v) => {
    if (v === undefined) throw typeError('__cause__ may not be deleted');
    if (v !== None && !(v instanceof PyBaseException)) throw typeError('exception cause must be None or derive from BaseException');
    exc(o).cause = v instanceof PyBaseException ? v : null;
    exc(o).suppressContext = true;
  });
  defGetter(B, '__context__', (vm, o) => exc(o).context ?? None, (vm, o, v) => {
    if (v === undefined) throw typeError('__context__ may not be deleted');
    if (v !== None && !(v instanceof PyBaseException)) throw typeError('exception context must be None or derive from BaseException');
    exc(o).context = v instanceof PyBaseException ? v : null;
  });
  defGetter(B, '__suppress_context__', (vm, o) => exc(o).suppressContext, (vm, o, v) => {
    // A T_BOOL member: only a bool is stored, and it cannot be deleted.
    if (v === undefined) throw typeError("can't delete numeric/char attribute");
    if (typeof v !== 'boolean') throw typeError('attribute value type must be bool');
    exc(o).suppressContext = v;
  });
  // copy and pickle: (type, args), with the instance dict when there is one (__notes__ included).
  defMethod(B, '__reduce__', (vm, args) => {
    const e = exc(args[0]);
    const d = e.dict instanceof PyDict && e.dict.size > 0 ? e.dict : null;
    return newTuple(d !== null ? [e.cls, newTuple(e.args), d] : [e.cls, newTuple(e.args)]);
  });
  defMethod(B, '__setstate__', (vm, args, kwargs) => {
    const state = oneArg('BaseException.__setstate__', args, kwargs);
    if (state === None) return None;
    if (!(state instanceof PyDict)) throw typeError('state is not a dictionary');
    for (const [k, v] of state.entries()) setAttrOp(vm, args[0], k as string, v);
    return None;
  });
  defMethod(B, 'add_note', (vm, args, kwargs) => {
    const note = oneArg('BaseException.add_note', args, kwargs);
    // A str subclass is a str (it is stored as given).
    if (typeof note !== 'string' && !(note instanceof PyStrSub)) throw typeError(`note must be a str, not '${typeOf(note).tpName}'`);
    const e = exc(args[0]);
    const d = instanceDictOf(e);
    let notes = d.getStr('__notes__');
    if (notes === undefined) {
      notes = new PyList([]);
      d.setStr('__notes__', notes);
    }
    if (!(notes instanceof PyList)) throw typeError('Cannot add note: __notes__ is not a list');
    notes.items.push(note);
    return None;
  });

  defStr(KeyError, (vm, e) => (e.args.length === 1 ? repr(vm, e.args[0]) : baseExceptionStr(vm, e)));

  defInit(StopIteration, (vm, e, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) throw typeError(`${e.cls.name}() takes no keyword arguments`);
    e.args = args;
    setAttr(e, 'value', args.length > 0 ? args[0] : None);
  });
  attrProperty(StopIteration, 'value', (e) => (e.args.length > 0 ? e.args[0] : None));

  defInit(SystemExit, (vm, e, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) throw typeError(`${e.cls.name}() takes no keyword arguments`);
    e.args = args;
    setAttr(e, 'code', args.length === 0 ? None : args.length === 1 ? args[0] : newTuple(args));
  });
  attrProperty(SystemExit, 'code', (e) => (e.args.length === 0 ? None : e.args.length === 1 ? e.args[0] : newTuple(e.args)));

  defInit(ImportError, (vm, e, args, kwargs) => {
    const kw = takeKeywords(e.cls.name, kwargs, ['name', 'path']);
    e.args = args;
    setAttr(e, 'msg', args.length === 1 ? args[0] : None);
    setAttr(e, 'name', kw.get('name'));
    setAttr(e, 'path', kw.get('path'));
  });
  defStr(ImportError, (vm, e) => {
    const msg = getAttrOr(e, 'msg', () => (e.args.length === 1 ? e.args[0] : None));
    return msg !== None ? str(vm, msg) : baseExceptionStr(vm, e);
  });
  attrProperty(ImportError, 'msg', (e) => (e.args.length === 1 ? e.args[0] : None));
  attrProperty(ImportError, 'name');
  attrProperty(ImportError, 'path');
  // copy and pickle: name and path ride in the state dict, after the instance dict's items.
  defMethod(ImportError, '__reduce__', (vm, args) => {
    const e = exc(args[0]);
    const state = new PyDict();
    if (e.dict instanceof PyDict) for (const [k, v] of e.dict.entries()) state.set(vm, k, v);
    for (const name of ['name', 'path']) {
      const v = e.attrs?.get(name);
      if (v !== undefined && v !== None) state.setStr(name, v);
    }
    return newTuple(state.size > 0 ? [e.cls, newTuple(e.args), state] : [e.cls, newTuple(e.args)]);
  });

  defInit(NameError, (vm, e, args, kwargs) => {
    const kw = takeKeywords(e.cls.name, kwargs, ['name']);
    e.args = args;
    setAttr(e, 'name', kw.get('name'));
  });
  attrProperty(NameError, 'name');
  defInit(AttributeError, (vm, e, args, kwargs) => {
    const kw = takeKeywords(e.cls.name, kwargs, ['name', 'obj']);
    e.args = args;
    setAttr(e, 'name', kw.get('name'));
    setAttr(e, 'obj', kw.get('obj'));
  });
  attrProperty(AttributeError, 'name');
  attrProperty(AttributeError, 'obj');

  defNew(OSError, oserror_new);
  defInit(OSError, (vm, e, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) throw typeError(`${e.cls.name}() takes no keyword arguments`);
    if (args.length > 0) parseOSErrorArgs(e, args);
  });
  defStr(OSError, oserrorStr);
  // copy and pickle keep the file names, which the two-item args leave out (OSError_reduce).
  defMethod(OSError, '__reduce__', (vm, args) => {
    const e = exc(args[0]);
    let items = e.args;
    const filename = e.attrs?.get('filename');
    if (items.length === 2 && filename !== undefined) {
      const filename2 = e.attrs?.get('filename2');
      items = filename2 !== undefined ? [items[0], items[1], filename, None, filename2] : [items[0], items[1], filename];
    }
    const d = e.dict instanceof PyDict && e.dict.size > 0 ? e.dict : null;
    return newTuple(d !== null ? [e.cls, newTuple(items), d] : [e.cls, newTuple(items)]);
  });
  attrProperty(OSError, 'errno', (e) => oserrorField(e, 'errno') ?? None);
  attrProperty(OSError, 'strerror', (e) => oserrorField(e, 'strerror') ?? None);
  attrProperty(OSError, 'filename');
  attrProperty(OSError, 'filename2');
  defGetter(OSError, 'characters_written', (vm, o) => {
    const v = exc(o).attrs?.get('characters_written');
    if (v === undefined) throw attributeError('characters_written');
    return v;
  }, (vm, o, v) => setAttr(exc(o), 'characters_written', v));

  defInit(SyntaxError, (vm, e, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) throw typeError(`${e.cls.name}() takes no keyword arguments`);
    parseSyntaxErrorArgs(e, vm, args);
  });
  defStr(SyntaxError, syntaxErrorStr);
  attrProperty(SyntaxError, 'msg', (e) => (e.args.length > 0 ? e.args[0] : None));
  for (const n of ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line']) attrProperty(SyntaxError, n);

  for (const t of [UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError]) {
    const nargs = t === UnicodeTranslateError ? 4 : 5;
    defInit(t, (vm, e, args, kwargs) => {
      if (kwargs !== null && kwargs.size > 0) throw typeError(`${e.cls.name}() takes no keyword arguments`);
      if (args.length !== nargs) throw typeError(`function takes exactly ${nargs} arguments (${args.length} given)`);
      const fields = unicodeErrorFields(vm, t, args);
      e.args = args;
      const names = nargs === 5 ? ['encoding', 'object', 'start', 'end', 'reason'] : ['object', 'start', 'end', 'reason'];
      names.forEach((n, i) => setAttr(e, n, fields[i]));
    });
    defStr(t, (vm, e) => unicodeErrorMessage(vm, e) ?? baseExceptionStr(vm, e));
    // The fields are the subclasses' (a bare UnicodeError has none).
    for (const n of ['encoding', 'object', 'start', 'end', 'reason']) attrProperty(t, n);
  }
  installExceptionGroupMethods();
  installExceptionDocs(builtinExceptionTypes);
  installPlainCalls(B);
}

/**
 * The arguments of UnicodeEncodeError(encoding: str, object: str, start, end, reason: str),
 * UnicodeDecodeError (object: bytes-like, kept as bytes) and UnicodeTranslateError (no
 * encoding), checked as their PyArg_ParseTuple formats do.
 */
function unicodeErrorFields(vm: VM, t: PyType, args: PyObject[]): PyObject[] {
  const str = (i: number): PyObject => {
    if (typeof args[i] !== 'string' && !(args[i] instanceof PyStrSub)) throw typeError(`argument ${i + 1} must be str, not ${argTypeName(args[i])}`);
    return args[i];
  };
  if (t === UnicodeTranslateError) return [str(0), ssizeArg(vm, args[1]), ssizeArg(vm, args[2]), str(3)];
  const encoding = str(0);
  let object: PyObject;
  if (t === UnicodeDecodeError) {
    const data = bufferBytes(args[1]);
    if (data === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(args[1]).tpName}'`);
    object = args[1] instanceof PyBytes ? args[1] : new PyBytes(data.slice());
  } else object = str(1);
  return [encoding, object, ssizeArg(vm, args[2]), ssizeArg(vm, args[3]), str(4)];
}

/**
 * ValueError(x) and the other built-in classes that keep BaseException's __new__ and
 * __init__: a call with one argument allocates and sets args at once (the loop's
 * fixed-arity call, see PyType.call1), as those two would. Classes with their own
 * (OSError, StopIteration, SystemExit...) keep the full call; a user class, whose methods may
 * change, is built in one step by callType, which looks them up at each call.
 */
function installPlainCalls(t: PyType): void {
  const plainNew = BaseException.typeDict.get('__new__');
  const plainInit = BaseException.typeDict.get('__init__');
  if (!t.isHeapType && t.allocate !== null && t.lookup('__new__') === plainNew && t.lookup('__init__') === plainInit) {
    const allocate = t.allocate;
    t.call1 = (_vm, a) => {
      const e = allocate(t);
      if (e instanceof PyBaseException) e.args = [a];
      return e;
    };
  }
  for (const sub of t.subclasses) installPlainCalls(sub);
}

function instanceDictOf(e: PyBaseException): PyDict {
  if (!(e.dict instanceof PyDict)) e.dict = new PyDict();
  return e.dict;
}
