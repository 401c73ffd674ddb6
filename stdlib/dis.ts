// The dis module: dis.dis() of functions, methods, classes, modules, code objects and source strings; opname/opmap; code_info.
//
// The listing itself is vm/dis.ts's; this file decides what to disassemble, as
// CPython 3.7's Lib/dis.py does, and where the text goes (sys.stdout or file=).

import type { PyObject } from '../vm/objects/object.js';
import { PyFunction, PyMethod, PyClassMethod, PyStaticMethod, builtin, NativeFn } from '../vm/objects/function.js';
import { PyType } from '../vm/objects/type.js';
import { PyModule } from '../vm/objects/module.js';
import { PyGenerator } from '../vm/objects/generator.js';
import { PyList } from '../vm/objects/list.js';
import { PyDict } from '../vm/objects/dict.js';
import { PyTuple, newTuple } from '../vm/objects/tuple.js';
import { getIter } from '../vm/ops/sequence.js';
import { codeLines } from '../vm/methods/code_locations.js';
import { attributeError, PyBaseException, SyntaxError as SyntaxErrorType, TypeError as TypeErrorType, typeError, runtimeError, newException, SystemExit } from '../vm/objects/exceptions.js';
import { None } from '../vm/objects/singletons.js';
import { Code } from '../vm/code.js';
import { opName, Op, HAVE_ARGUMENT, ArgKind, argKind, CMP_OP } from '../vm/opcodes.js';
import { disassemble, disassembleRecursive, codeRepr, reprConstDefault } from '../vm/dis.js';
import { typeOf } from '../vm/ops/typeof.js';
import { call } from '../vm/ops/call.js';
import { getAttr } from '../vm/ops/attribute.js';
import { repr } from '../vm/ops/convert.js';
import { parseArgs } from '../vm/methods/args.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { readFileSync } from 'node:fs';
import { installLazyNames } from './lazy_module_names.js';
import { importModule } from '../vm/import.js';

type Out = (text: string) => void;

function outputFor(vm: VM, file: PyObject | undefined): Out {
  if (file === undefined || file === None) return (text) => vm.writeStdout(text);
  const write = getAttr(vm, file, 'write');
  return (text) => {
    call(vm, write, [text]);
  };
}

/** The code object behind x, if it has one (a function, method, generator or code). */
function codeOf(x: PyObject): Code | null {
  if (x instanceof PyMethod) x = x.func;
  if (x instanceof PyClassMethod || x instanceof PyStaticMethod) x = x.func;
  if (x instanceof PyFunction) return x.code;
  if (x instanceof PyGenerator) return x.frame.f_code;
  if (x instanceof Code) return x;
  return null;
}

/** isinstance(x, (MethodType, FunctionType, CodeType, classmethod, staticmethod, type)). */
function hasCode(x: PyObject): boolean {
  return x instanceof PyMethod || x instanceof PyFunction || x instanceof Code || x instanceof PyClassMethod
    || x instanceof PyStaticMethod || x instanceof PyType;
}

/** The namespace dis walks for a class or module (its __dict__), or null. */
function namespaceOf(x: PyObject): [string, PyObject][] | null {
  if (x instanceof PyType) return [...x.typeDict.entries()];
  if (x instanceof PyModule) {
    const out: [string, PyObject][] = [];
    for (const [k, v] of x.dict.entries()) if (typeof k === 'string') out.push([k, v]);
    return out;
  }
  return null;
}

/** Compiles source for dis: as an expression if it is one, else as statements (dis._try_compile). */
export function compileForDis(vm: VM, source: string, name = '<dis>'): Code {
  try {
    return vm.compile(source, name, 'eval');
  } catch (e) {
    if (!(e instanceof PyBaseException && e.cls.isSubtypeOf(SyntaxErrorType))) throw e;
  }
  return vm.compile(source, name, 'exec');
}

function constRepr(vm: VM): (o: PyObject) => string {
  return (o) => {
    if (o instanceof Code) return codeRepr(o);
    try {
      return reprConstDefault(o);
    } catch {
      return repr(vm, o);
    }
  };
}

/** dis.dis(x): what CPython 3.7's dis() does for each kind of x. */
export function disObject(vm: VM, x: PyObject, out: Out): void {
  const code = codeOf(x);
  if (code !== null) {
    out(disassembleRecursive(code, constRepr(vm)));
    return;
  }
  const ns = namespaceOf(x);
  if (ns !== null) {
    ns.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [name, value] of ns) {
      if (!hasCode(value)) continue;
      out(`Disassembly of ${name}:\n`);
      try {
        disObject(vm, value, out);
      } catch (e) {
        if (!(e instanceof PyBaseException && e.cls.isSubtypeOf(TypeErrorType))) throw e;
        out(`Sorry: ${e.args.length > 0 ? String(e.args[0]) : ''}\n`);
      }
      out('\n');
    }
    return;
  }
  if (typeof x === 'string') {
    out(disassembleRecursive(compileForDis(vm, x), constRepr(vm)));
    return;
  }
  throw typeError(`don't know how to disassemble ${typeOf(x).tpName} objects`);
}

// ---------------------------------------------------------------- code_info

const FLAG_NAMES = new Map<number, string>([
  [1, 'OPTIMIZED'], [2, 'NEWLOCALS'], [4, 'VARARGS'], [8, 'VARKEYWORDS'], [16, 'NESTED'], [32, 'GENERATOR'],
  [64, 'NOFREE'], [128, 'COROUTINE'], [256, 'ITERABLE_COROUTINE'], [512, 'ASYNC_GENERATOR'],
]);

function prettyFlags(flags: number): string {
  const names: string[] = [];
  for (let i = 0; i < 32; i++) {
    const flag = 2 ** i;
    if (flags & flag) {
      names.push(FLAG_NAMES.get(flag) ?? `0x${flag.toString(16)}`);
      flags ^= flag;
      if (!flags) return names.join(', ');
    }
  }
  names.push(`0x${flags.toString(16)}`);
  return names.join(', ');
}

export function codeInfo(vm: VM, co: Code): string {
  const r = constRepr(vm);
  const lines = [
    `Name:              ${co.co_name}`,
    `Filename:          ${co.co_filename}`,
    `Argument count:    ${co.co_argcount}`,
    `Positional-only arguments: ${co.co_posonlyargcount}`,
    `Kw-only arguments: ${co.co_kwonlyargcount}`,
    `Number of locals:  ${co.co_nlocals}`,
    `Stack size:        ${co.co_stacksize}`,
    `Flags:             ${prettyFlags(co.co_flags)}`,
  ];
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(title);
    items.forEach((s, i) => lines.push(`${String(i).padStart(4)}: ${s}`));
  };
  section('Constants:', co.co_consts.map(r));
  section('Names:', co.co_names);
  section('Variable names:', co.co_varnames);
  section('Free variables:', co.co_freevars);
  section('Cell variables:', co.co_cellvars);
  return lines.join('\n');
}

function codeForInfo(vm: VM, x: PyObject): Code {
  const code = codeOf(x);
  if (code !== null) return code;
  if (typeof x === 'string') return compileForDis(vm, x);
  throw typeError(`don't know how to disassemble ${typeOf(x).tpName} objects`);
}

// ---------------------------------------------------------------- module

/** `python -m dis FILE`: the disassembly of FILE's module code and every nested code object. */
export function disMain(vm: VM, argv: string[], out: Out): void {
  // argparse's reading of `[-h] [infile]`: -h prints the help; other options and a second
  // file are unrecognized (reported once the infile has been opened).
  const usage = 'usage: dis.py [-h] [infile]\n';
  const positional: string[] = [];
  const unrecognized: string[] = [];
  let onlyPositional = false;
  for (const a of argv) {
    if (!onlyPositional && a === '--') onlyPositional = true;
    else if (!onlyPositional && (a === '-h' || a === '--help')) {
      out(`${usage}\npositional arguments:\n  infile\n\noptions:\n  -h, --help  show this help message and exit\n`);
      throw newException(SystemExit, 0);
    } else if (!onlyPositional && a.startsWith('-') && a !== '-') unrecognized.push(a);
    else if (positional.length === 0) positional.push(a);
    else unrecognized.push(a);
  }
  const file = positional[0];
  const rejectRest = () => {
    if (unrecognized.length === 0) return;
    writeStderr(vm, `${usage}dis.py: error: unrecognized arguments: ${unrecognized.join(' ')}\n`);
    throw newException(SystemExit, 2);
  };
  if (file === undefined || file === '-') {
    rejectRest();
    let source = '';
    for (let line = vm.io.readLine(); line !== null; line = vm.io.readLine()) source += line;
    out(disassembleRecursive(vm.compile(source, '<stdin>', 'exec'), constRepr(vm)));
    return;
  }
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    // argparse's complaint about an unreadable infile, and its exit status.
    const [errno, text] = (e as NodeJS.ErrnoException).code === 'EISDIR' ? [21, 'Is a directory'] : [2, 'No such file or directory'];
    writeStderr(vm, `usage: dis.py [-h] [infile]\ndis.py: error: argument infile: can't open '${file}': [Errno ${errno}] ${text}: '${file}'\n`);
    throw newException(SystemExit, 2);
  }
  rejectRest();
  const code = vm.compile(source, file, 'exec');
  out(disassembleRecursive(code, constRepr(vm)));
}

function writeStderr(vm: VM, text: string): void {
  const sys = vm.modules.getStr('sys');
  const err = sys instanceof PyModule ? sys.dict.getStr('stderr') : undefined;
  if (err === undefined || err === None) vm.io.stderr(text);
  else call(vm, getAttr(vm, err, 'write'), [text]);
}

function sysArgv(vm: VM): string[] {
  const sys = vm.modules.getStr('sys');
  const argv = sys instanceof PyModule ? sys.dict.getStr('argv') : undefined;
  if (argv instanceof PyList) return argv.items.filter((a): a is string => typeof a === 'string');
  return [];
}

const functions: [string, NativeFn][] = [
  ['dis', (vm, args, kwargs) => {
    const [x, file] = parseArgs('dis', args, kwargs, { names: ['x', 'file', 'depth'], kwOnly: 2 }, 0);
    const out = outputFor(vm, file);
    if (x === undefined || x === None) throw runtimeError('no last traceback to disassemble');
    disObject(vm, x, out);
    return None;
  }],
  ['disassemble', (vm, args, kwargs) => {
    const [co, , file] = parseArgs('disassemble', args, kwargs, { names: ['co', 'lasti', 'file'], required: 1, kwOnly: 1 }, 0);
    const code = codeOf(co!);
    if (code === null) throw typeError(`don't know how to disassemble ${typeOf(co!).tpName} objects`);
    outputFor(vm, file)(disassemble(code, constRepr(vm)) + '\n');
    return None;
  }],
  ['findlinestarts', (vm, args, kwargs) => {
    const [co] = parseArgs('findlinestarts', args, kwargs, { names: ['code'], required: 1 }, 0);
    if (!(co instanceof Code)) throw attributeError(`'${typeOf(co!).tpName}' object has no attribute 'co_lines'`);
    // 3.11's findlinestarts: the start of each run of co_lines() whose line differs from the last one.
    const out: PyObject[] = [];
    let last: PyObject = None;
    for (const t of codeLines(co)) {
      const [start, , line] = (t as PyTuple).items;
      if (line !== None && line !== last) out.push(newTuple([start, line]));
      if (line !== None) last = line;
    }
    return getIter(vm, new PyList(out));
  }],
  ['code_info', (vm, args, kwargs) => {
    const [x] = parseArgs('code_info', args, kwargs, { names: ['x'], required: 1 }, 0);
    return codeInfo(vm, codeForInfo(vm, x!));
  }],
  ['show_code', (vm, args, kwargs) => {
    const [co, file] = parseArgs('show_code', args, kwargs, { names: ['co', 'file'], required: 1, kwOnly: 1 }, 0);
    outputFor(vm, file)(codeInfo(vm, codeForInfo(vm, co!)) + '\n');
    return None;
  }],
  ['main', (vm) => {
    disMain(vm, sysArgv(vm).slice(1), (text) => vm.writeStdout(text));
    return None;
  }],
];

export const init_dis: ModuleInit = (vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', 'Disassembler of Python byte code into mnemonics.');
  for (const [name, fn] of functions) d.setStr(name, builtin(name, fn, 'dis'));
  d.setStr('opname', new PyList(opName.slice()));
  const opmap = new PyDict();
  for (const [name, value] of Object.entries(Op)) if (typeof value === 'number') opmap.setStr(name, value);
  d.setStr('opmap', opmap);
  d.setStr('HAVE_ARGUMENT', HAVE_ARGUMENT);
  d.setStr('EXTENDED_ARG', Op.EXTENDED_ARG);
  d.setStr('cmp_op', new PyList([...CMP_OP]));
  const ops = (kinds: ArgKind[]) => {
    const out: PyObject[] = [];
    for (let i = 0; i < 256; i++) if (kinds.includes(argKind[i])) out.push(i);
    return new PyList(out);
  };
  d.setStr('hasconst', ops([ArgKind.Const]));
  d.setStr('hasname', ops([ArgKind.Name]));
  d.setStr('hasjrel', ops([ArgKind.JumpRelative]));
  d.setStr('hasjabs', ops([ArgKind.JumpAbsolute]));
  d.setStr('haslocal', ops([ArgKind.Local]));
  d.setStr('hascompare', ops([ArgKind.Compare]));
  d.setStr('hasfree', ops([ArgKind.Free]));
  // The instruction objects are Python (stdlib/lib/_dis_instructions.py), loaded at first use.
  const lazy = ['get_instructions', 'Bytecode', 'Instruction', 'Positions', 'findlabels', 'COMPILER_FLAG_NAMES', 'pretty_flags'];
  installLazyNames(d, 'dis', lazy, (vm) => {
    const source = importModule(vm, '_dis_instructions', null).dict;
    for (const name of lazy) d.setStr(name, source.getStr(name)!);
  });
};
