// The builtins that run code: eval, exec, compile and __import__.

import type { PyObject } from '../vm/objects/object.js';
import { builtin, PyBuiltinFunction, PyCell, PyFunction, type KwArgs } from '../vm/objects/function.js';
import { Frame } from '../vm/frame.js';
import type { FrameRunner } from '../vm/frame_runner.js';
import { PyDict } from '../vm/objects/dict.js';
import { PyList } from '../vm/objects/list.js';
import { PyModule } from '../vm/objects/module.js';
import { PyBytes, bufferBytes } from '../vm/objects/bytes.js';
import { strVal } from '../vm/objects/str.js';
import { newTuple, PyTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { typeError, valueError, overflowError, keyError, newException, NotImplementedError, PyBaseException, SyntaxError as SyntaxErrorType } from '../vm/objects/exceptions.js';
import { Code, CO_GENLIKE, CO_NEWLOCALS } from '../vm/code.js';
import { typeOf } from '../vm/ops/typeof.js';
import { truthy, index } from '../vm/ops/convert.js';
import { importName } from '../vm/import.js';
import { parseArgs } from '../vm/methods/args.js';
import { frameLocals } from './builtins.js';
import type { VM } from '../vm/vm.js';
import { compileAstObject, parseToAst, PyCF_ALLOW_TOP_LEVEL_AWAIT, PyCF_ONLY_AST, PyCF_TYPE_COMMENTS } from './ast_module.js';
import { isAstNode } from './ast_from_py.js';
import { compiledButOpen, errorIsIncomplete, PyCF_ALLOW_INCOMPLETE_INPUT, PyCF_DONT_IMPLY_DEDENT } from '../compiler/incomplete_input.js';
import { syntaxErrorException } from '../compiler/syntax_error_exception.js';
import { TpySyntaxError } from '../compiler/syntax_error.js';
import { toPyException } from '../vm/errors.js';
import { namespaceStandIn } from '../vm/namespace_mapping.js';

const notImplementedError = (msg: string) => newException(NotImplementedError, msg);

import { decodeSource } from '../vm/source_encoding.js';

type Mode = 'exec' | 'eval' | 'single';

function sourceText(fname: string, src: PyObject): string | Code {
  if (src instanceof Code) return src;
  if (typeof src === 'string') return src;
  if (src instanceof PyBytes) return decodeSource(src.data, undefined, true);
  // Any str subclass, and any bytes-like object (bytearray, memoryview, array), as _Py_SourceAsString.
  const text = strVal(src);
  if (text !== undefined) return text;
  const buf = bufferBytes(src);
  if (buf !== undefined) return decodeSource(buf, undefined, true);
  throw typeError(`${fname}() arg 1 must be a string, bytes or ${fname === 'compile' ? 'AST' : 'code'} object`);
}

/**
 * The flags compile() knows (anything else is "unrecognised"): the CO_FUTURE_* features, the
 * obsolete CO_NESTED, and PyCF_ONLY_AST and the other PyCF_* compile flags. tpy acts on
 * PyCF_ONLY_AST only.
 */
const COMPILE_FLAGS = 0x1fe0000 | 0x10 | PyCF_ONLY_AST | PyCF_TYPE_COMMENTS | PyCF_ALLOW_TOP_LEVEL_AWAIT | 0x200 | 0x4000;

/** What eval or exec runs: the code, the namespaces (the caller's unless others are given), exec's closure. */
interface ExecRun {
  code: Code;
  globals: PyDict;
  locals: PyDict | null;
  closure: PyCell[] | null;
}

/** exec(source, globals=None, locals=None, /, *, closure=None) and eval(source, globals=None, locals=None, /), with their messages. */
function execArgs(fname: 'eval' | 'exec', args: PyObject[], kwargs: KwArgs | null): (PyObject | undefined)[] {
  if (fname === 'exec') return parseArgs('exec', args, kwargs, { names: ['source', 'globals', 'locals', 'closure'], required: 1, posOnly: 3, kwOnly: 1 }, 0);
  if (kwargs !== null && kwargs.size > 0) throw typeError('eval() takes no keyword arguments');
  if (args.length < 1) throw typeError(`eval expected at least 1 argument, got ${args.length}`);
  if (args.length > 3) throw typeError(`eval expected at most 3 arguments, got ${args.length}`);
  return [args[0], args[1], args[2], undefined];
}

/** exec's closure for `code` (CPython's checks and messages), null when it has no free variables. */
function closureFor(code: Code, closure: PyObject | undefined, fname: 'eval' | 'exec'): PyCell[] | null {
  const nfree = code.co_freevars.length;
  if (closure === undefined || closure === None) {
    if (nfree === 0) return null;
    if (fname === 'eval') throw typeError('code object passed to eval() may not contain free variables');
    throw typeError(`code object requires a closure of exactly length ${nfree}`);
  }
  if (nfree === 0) throw typeError('cannot use a closure with this code object');
  if (!(closure instanceof PyTuple) || closure.items.length !== nfree || !closure.items.every((c) => c instanceof PyCell)) {
    throw typeError(`code object requires a closure of exactly length ${nfree}`);
  }
  return closure.items as PyCell[];
}

/** PyMapping_Check: the object's type has __getitem__. */
function isMapping(o: PyObject): boolean {
  return typeOf(o).lookup('__getitem__') !== undefined;
}

function prepareRun(vm: VM, fname: 'eval' | 'exec', args: PyObject[], kwargs: KwArgs | null): ExecRun {
  const [src, g, l, closureArg] = execArgs(fname, args, kwargs);
  let globals: PyDict;
  let locals: PyDict | null;
  const caller = vm.frame;
  if (g === undefined || g === None) {
    globals = caller?.f_globals ?? new PyDict();
    locals = l === undefined || l === None ? (caller === null ? globals : caller.f_locals ?? frameLocals(vm, caller)) : (l as PyDict);
  } else {
    if (!(g instanceof PyDict)) {
      if (fname === 'exec') throw typeError(`exec() globals must be a dict, not ${typeOf(g).tpName}`);
      throw typeError(isMapping(g) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
    }
    globals = g;
    locals = l === undefined || l === None ? g : (l as PyDict);
  }
  if (locals !== null && !(locals instanceof PyDict)) {
    if (!isMapping(locals)) throw typeError(fname === 'exec' ? `locals must be a mapping or None, not ${typeOf(locals).tpName}` : 'locals must be a mapping');
    // Any other mapping: the frame runs on a stand-in dict whose item methods are the mapping's.
    locals = namespaceStandIn(locals);
  }
  // PyEval_GetBuiltins(): the caller's builtins dict (a script run by exec sees a dict, as in CPython).
  if (globals.getStr('__builtins__') === undefined) globals.setStr('__builtins__', caller?.f_builtins ?? vm.builtins);
  const text = sourceText(fname, src!);
  let code: Code;
  if (text instanceof Code) code = text;
  else {
    if (closureArg !== undefined && closureArg !== None) throw typeError('closure can only be used when source is a code object');
    const s = fname === 'eval' ? text.replace(/^[ \t]+/, '') : text;
    code = vm.compile(s, '<string>', fname);
  }
  return { code, globals, locals, closure: closureFor(code, closureArg, fname) };
}

/**
 * The frame `run` runs, its slots from stack index `base`; or, for a generator's code, the
 * generator it makes. A function's code is called with no arguments (CPython's
 * PyEval_EvalCode), so that a missing one is the call's TypeError.
 */
function frameOf(vm: VM, run: ExecRun, base: number): Frame | PyObject {
  const code = run.code;
  if ((code.co_flags & (CO_NEWLOCALS | CO_GENLIKE)) !== 0) {
    // Named co_name, as PyEval_EvalCode names it (its qualname too).
    const fn = new PyFunction(code, run.globals, code.co_name, null, null, run.closure, vm.builtinsFor(run.globals));
    const frame = vm.makeFrame(fn, [], null, base);
    return (code.co_flags & CO_GENLIKE) !== 0 ? vm.makeGenerator(frame) : frame;
  }
  const frame = vm.codeFrame(code, run.globals, run.locals, base);
  if (run.closure !== null) frame.cells!.splice(code.co_cellvars.length, run.closure.length, ...run.closure);
  return frame;
}

/** eval or exec called by native code: the code runs in a nested eval loop. */
function runIn(vm: VM, fname: 'eval' | 'exec', args: PyObject[], kwargs: KwArgs | null): PyObject {
  const f = frameOf(vm, prepareRun(vm, fname, args, kwargs), vm.stackTop());
  const r = f instanceof Frame ? vm.runFrame(f) : f;
  return fname === 'eval' ? r : None;
}

/**
 * eval or exec called by the eval loop: the code's frame, for the loop to run as its own
 * (vm/frame_runner.ts), so that the code may block (a socket, time.sleep) as the caller may.
 */
function execRunner(fname: 'eval' | 'exec'): FrameRunner {
  return {
    returnsNone: fname === 'exec',
    enter(vm, args, kwargs, base) {
      const f = frameOf(vm, prepareRun(vm, fname, args, kwargs), base);
      return f instanceof Frame || fname === 'eval' ? f : None;
    },
  };
}

function execBuiltin(fname: 'eval' | 'exec'): PyBuiltinFunction {
  const b = builtin(fname, (vm, args, kwargs) => runIn(vm, fname, args, kwargs));
  b.runsFrame = execRunner(fname);
  // Compiled code leaves the call to the eval loop, which runs the frame.
  b.evalLoopOnly = true;
  return b;
}

/** "incomplete input", CPython's SyntaxError for source that more lines could finish. */
function incompleteInput(filename: string, line: number): PyBaseException {
  return syntaxErrorException(new TpySyntaxError('SyntaxError', 'incomplete input', filename, line, 0, null));
}

/** compile() for codeop: unfinished source raises "incomplete input" instead of its own error. */
function compileAllowingIncomplete(vm: VM, source: string, filename: string, mode: Mode, flags: number, optimize: number): Code {
  let code: Code;
  try {
    code = vm.compile(source, filename, mode, false, optimize);
  } catch (e) {
    const exc = toPyException(e);
    const msg = exc.attrs?.get('msg');
    if (exc.cls.isSubtypeOf(SyntaxErrorType) && typeof msg === 'string' && errorIsIncomplete(source, msg)) {
      const line = exc.attrs?.get('lineno');
      throw incompleteInput(filename, typeof line === 'number' ? line : 1);
    }
    throw e;
  }
  if ((flags & PyCF_DONT_IMPLY_DEDENT) !== 0 && compiledButOpen(source)) throw incompleteInput(filename, source.split('\n').length);
  return code;
}

export function installExecBuiltins(vm: VM, d: PyDict): void {
  d.setStr('eval', execBuiltin('eval'));
  d.setStr('exec', execBuiltin('exec'));
  d.setStr('compile', builtin('compile', (vm, args, kwargs) => {
    const [src, filename, mode, flagsArg, , optimizeArg] = parseArgs('compile', args, kwargs,
      { names: ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'], required: 3 }, 0);
    // CPython's argument clinic converts filename, then mode, before compile() looks at flags.
    if (typeof filename !== 'string') throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(filename!).tpName}`);
    if (typeof mode !== 'string') throw typeError(`compile() argument 'mode' must be str, not ${typeOf(mode!).tpName}`);
    const flags = flagsArg === undefined ? 0 : Number(index(vm, flagsArg));
    if (flags & ~COMPILE_FLAGS) throw valueError('compile(): unrecognised flags');
    const onlyAst = (flags & PyCF_ONLY_AST) !== 0;
    const tree = isAstNode(vm, src!);
    const text = tree ? src! : sourceText('compile', src!);
    if (text instanceof Code) return text;
    // DIVERGENCE: no parser for function type comments (docs/differences.md, "ast").
    if (onlyAst && mode === 'func_type') throw notImplementedError("tpy's compile() has no 'func_type' mode");
    if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') {
      throw valueError(onlyAst ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'" : "compile() mode must be 'exec', 'eval' or 'single'");
    }
    // optimize: -1 (the default) is the interpreter's -O level.
    const n = optimizeArg === undefined ? -1 : index(vm, optimizeArg);
    if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) throw overflowError('Python int too large to convert to C int');
    const level = n;
    if (level < -1 || level > 2) throw valueError('compile(): invalid optimize value');
    const optimize = level === -1 ? vm.optimize : level;
    if (tree) return onlyAst ? text : compileAstObject(vm, text, filename, mode as Mode, optimize);
    if (onlyAst) return parseToAst(vm, text as string, filename, mode as Mode);
    if ((flags & PyCF_ALLOW_INCOMPLETE_INPUT) !== 0) return compileAllowingIncomplete(vm, text as string, filename, mode as Mode, flags, optimize);
    return vm.compile(text as string, filename, mode as Mode, false, optimize);
  }));
  const nativeImport = builtin('__import__', (vm, args, kwargs) => {
    const [name, g, , fromlist, level] = parseArgs('__import__', args, kwargs,
      { names: ['name', 'globals', 'locals', 'fromlist', 'level'], required: 1 }, 0);
    if (typeof name !== 'string') throw typeError('module name must be a string');
    const lv = level === undefined ? 0 : index(vm, level);
    if (typeof lv === 'bigint' || lv > 2147483647 || lv < -2147483648) throw overflowError('Python int too large to convert to C int');
    if (lv < 0) throw valueError('level must be >= 0');
    if (lv === 0 && name === '') throw valueError('Empty module name');
    // A relative import needs the caller's globals to find its package; CPython has none to fall back on.
    if (lv > 0 && !(g instanceof PyDict)) throw keyError("'__name__' not in globals");
    const globals = g instanceof PyDict ? g : vm.frame?.f_globals ?? new PyDict();
    let fl = fromlist === undefined || fromlist === None || !truthy(vm, fromlist) ? newTuple([]) : fromlist;
    // The import machinery walks a tuple fromlist; a list one (as old code passes) names the same submodules.
    if (fl instanceof PyList) fl = newTuple([...fl.items]);
    return importName(vm, name, fl, lv, globals) as PyModule;
  });
  d.setStr('__import__', nativeImport);
  vm.nativeImport = nativeImport;
}
