// The builtins that run code: eval, exec, compile and __import__.

import type { PyObject } from '../vm/objects/object.js';
import { builtin } from '../vm/objects/function.js';
import { PyDict } from '../vm/objects/dict.js';
import { PyModule } from '../vm/objects/module.js';
import { PyBytes } from '../vm/objects/bytes.js';
import { newTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { typeError, valueError, newException, NotImplementedError } from '../vm/objects/exceptions.js';
import { Code } from '../vm/code.js';
import { typeOf } from '../vm/ops/typeof.js';
import { truthy, index } from '../vm/ops/convert.js';
import { importName } from '../vm/import.js';
import { parseArgs } from '../vm/methods/args.js';
import { frameLocals } from './builtins.js';
import type { VM } from '../vm/vm.js';
import { compileAstObject, parseToAst, PyCF_ALLOW_TOP_LEVEL_AWAIT, PyCF_ONLY_AST, PyCF_TYPE_COMMENTS } from './ast_module.js';
import { isAstNode } from './ast_from_py.js';

const notImplementedError = (msg: string) => newException(NotImplementedError, msg);

type Mode = 'exec' | 'eval' | 'single';

function sourceText(fname: string, src: PyObject): string | Code {
  if (src instanceof Code) return src;
  if (typeof src === 'string') return src;
  if (src instanceof PyBytes) return new TextDecoder().decode(src.data);
  throw typeError(`${fname}() arg 1 must be a string, bytes or ${fname === 'compile' ? 'AST' : 'code'} object`);
}

/**
 * The flags compile() knows (anything else is "unrecognised"): the CO_FUTURE_* features, the
 * obsolete CO_NESTED, and PyCF_ONLY_AST and the other PyCF_* compile flags. tpy acts on
 * PyCF_ONLY_AST only.
 */
const COMPILE_FLAGS = 0x1fe0000 | 0x10 | PyCF_ONLY_AST | PyCF_TYPE_COMMENTS | PyCF_ALLOW_TOP_LEVEL_AWAIT | 0x200 | 0x4000;

/** Runs source or a code object with the caller's namespaces unless others are given (eval/exec). */
function runIn(vm: VM, fname: 'eval' | 'exec', args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [src, g, l] = parseArgs(fname, args, kwargs, { names: ['source', 'globals', 'locals'], required: 1, posOnly: 1 }, 0);
  let globals: PyDict;
  let locals: PyDict | null;
  const caller = vm.frame;
  if (g === undefined || g === None) {
    globals = caller?.f_globals ?? new PyDict();
    locals = l === undefined || l === None ? (caller === null ? globals : caller.f_locals ?? frameLocals(vm, caller)) : (l as PyDict);
  } else {
    if (!(g instanceof PyDict)) throw typeError(`${fname}() globals must be a dict, not ${typeOf(g).tpName}`);
    globals = g;
    locals = l === undefined || l === None ? g : (l as PyDict);
  }
  if (locals !== null && !(locals instanceof PyDict)) throw typeError('locals must be a mapping');
  if (globals.getStr('__builtins__') === undefined) globals.setStr('__builtins__', vm.modules.getStr('builtins') ?? None);
  const text = sourceText(fname, src!);
  let code: Code;
  if (text instanceof Code) code = text;
  else {
    const s = fname === 'eval' ? text.replace(/^[ \t]+/, '') : text;
    code = vm.compile(s, '<string>', fname);
  }
  const r = vm.runCode(code, globals, locals);
  return fname === 'eval' ? r : None;
}

export function installExecBuiltins(d: PyDict): void {
  d.setStr('eval', builtin('eval', (vm, args, kwargs) => runIn(vm, 'eval', args, kwargs)));
  d.setStr('exec', builtin('exec', (vm, args, kwargs) => runIn(vm, 'exec', args, kwargs)));
  d.setStr('compile', builtin('compile', (vm, args, kwargs) => {
    const [src, filename, mode, flagsArg] = parseArgs('compile', args, kwargs,
      { names: ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'], required: 3 }, 0);
    const flags = flagsArg === undefined ? 0 : Number(index(vm, flagsArg));
    if (flags & ~COMPILE_FLAGS) throw valueError('compile(): unrecognised flags');
    const onlyAst = (flags & PyCF_ONLY_AST) !== 0;
    const tree = isAstNode(vm, src!);
    const text = tree ? src! : sourceText('compile', src!);
    if (text instanceof Code) return text;
    if (typeof filename !== 'string') throw typeError(`compile() argument 'filename' must be str, not ${typeOf(filename!).tpName}`);
    // DIVERGENCE: no parser for function type comments (docs/differences.md, "ast").
    if (onlyAst && mode === 'func_type') throw notImplementedError("tpy's compile() has no 'func_type' mode");
    if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') {
      throw valueError(onlyAst ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'" : "compile() mode must be 'exec', 'eval' or 'single'");
    }
    if (tree) return onlyAst ? text : compileAstObject(vm, text, filename, mode as Mode);
    if (onlyAst) return parseToAst(vm, text as string, filename, mode as Mode);
    return vm.compile(text as string, filename, mode as Mode);
  }));
  d.setStr('__import__', builtin('__import__', (vm, args, kwargs) => {
    const [name, g, , fromlist, level] = parseArgs('__import__', args, kwargs,
      { names: ['name', 'globals', 'locals', 'fromlist', 'level'], required: 1 }, 0);
    if (typeof name !== 'string') throw typeError(`__import__() argument 1 must be str, not ${typeOf(name!).tpName}`);
    const lv = level === undefined ? 0 : index(vm, level);
    const globals = g instanceof PyDict ? g : vm.frame?.f_globals ?? new PyDict();
    const fl = fromlist === undefined || fromlist === None || !truthy(vm, fromlist) ? newTuple([]) : fromlist;
    return importName(vm, name, fl, Number(lv), globals) as PyModule;
  }));
}
