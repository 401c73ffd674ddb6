// tpy as a library: create VMs, compile and run programs, with output captured or streamed.

import { stopGcCounting } from './vm/gc_counting.js';
import { join } from 'node:path';
import { caretAnchors } from './compiler/caret_anchors.js';
import { compile as compileSource, type WarningSink } from './compiler/compile.js';
import type { DepthBudget } from './compiler/compile_depth.js';
import { checkNoNullBytes, withSyntaxErrors } from './compiler/syntax_error_exception.js';
import type { ProgramTextReader } from './compiler/program_text.js';
import { vmProgramText } from './stdlib/vm_program_text.js';
import { VM, HostIO } from './vm/vm.js';
import type { Code } from './vm/code.js';
import type { PyObject } from './vm/objects/object.js';
import { PyModule } from './vm/objects/module.js';
import { PyDict } from './vm/objects/dict.js';
import { PyFunction } from './vm/objects/function.js';
import { newTuple } from './vm/objects/tuple.js';
import { None } from './vm/objects/singletons.js';
import {
  PyBaseException, newException, SyntaxError as SyntaxErrorType, SystemExit, ValueError, RuntimeError,
  unnormalizedExitStatus,
} from './vm/objects/exceptions.js';
import { importModule } from './vm/import.js';
import { attachMainLoader } from './vm/module_spec.js';
import { installBuiltinMethods } from './vm/methods/index.js';
import { settleFieldRepresentations, settleVmFields } from './vm/object_shapes.js';
import { registerStdlib } from './stdlib/index.js';
import { libDir } from './stdlib/lib_dir.js';
import { cachedLibCode, rememberLibCode } from './stdlib/lib_cache.js';
import { emitSyntaxWarnings } from './stdlib/syntax_warning_emit.js';
/** What a program registered with atexit, run as CPython's finalisation runs it once the program is over. */
import { exitCallRoots, runExitFuncs } from './stdlib/atexit.js';
import { finalizeDropped, stopWatchingFinalizers } from './vm/finalize_now.js';
import { finalizeMainAtExit, finalizeReleased, finalizeTracebackFrames } from './vm/exit_finalizers.js';
import { releaseFaulthandler } from './stdlib/faulthandler.js';
import { flushAllWrites } from './stdlib/io_file.js';
import { flushIo, flushStdFiles } from './stdlib/std_streams_flush.js';
import { closeAllSockets } from './stdlib/_sockmini.js';
import { closeAllDescriptors } from './stdlib/fd_table.js';
import { forgetHandedValues } from './vm/eval.js';
import { releaseSignals } from './stdlib/signal_handlers.js';
import { formatUncaughtException } from './vm/traceback_format.js';
import { str } from './vm/ops/convert.js';
import { toPyException, ProcessExit } from './vm/errors.js';
import { writeSysStderr, type SysFlags } from './stdlib/sys.js';
import { getAttr } from './vm/ops/attribute.js';
import { call } from './vm/ops/call.js';
import { enableFaulthandlerAtStart } from './stdlib/faulthandler.js';

export { VM } from './vm/vm.js';
export type { HostIO } from './vm/vm.js';
export type { HookFn, HookEvent } from './vm/hooks.js';
export type { Frame } from './vm/frame.js';
export { disassemble, disassembleRecursive } from './vm/dis.js';
export { buildLibCache } from './stdlib/lib_cache.js';
/**
 * What follows a program's run, as CPython's finalisation: its atexit calls and the
 * writing out of files left open, unless os._exit ended it. Returns the exit status: the program's, or that of an os._exit
 * called by one of the atexit calls.
 */
export function finishProgram(vm: VM, status: number): number {
  stopGcCounting(vm);
  if (vm.exitStatus !== null) return status;
  try {
    // A SystemExit's traceback goes at once, before the atexit calls; another exception's
    // stays in sys.last_traceback until the modules are taken apart.
    const ended = vm.lastUncaught;
    const systemExit = ended !== null && ended.cls.isSubtypeOf(SystemExit);
    // What the program's last lines dropped is freed before anything of the exit.
    if (vm.finalizerWatch !== null) finalizeDropped(vm, false, true);
    stopWatchingFinalizers(vm);
    const exitCalls = exitCallRoots(vm);
    if (ended !== null && systemExit) finalizeTracebackFrames(vm, ended, exitCalls);
    runExitFuncs(vm);
    // What the atexit registrations held goes with them.
    finalizeReleased(vm, [exitCalls], ended !== null && !systemExit ? [ended, ...tracebackLocals(ended)] : []);
    if (ended !== null && !systemExit) finalizeTracebackFrames(vm, ended, []);
    // Then, as finalize_modules, the main module's objects with __del__ and its suspended generators.
    finalizeMainAtExit(vm);
  } catch (e) {
    if (e instanceof ProcessExit) return e.status;
    throw e;
  }
  // sys.stdout and sys.stderr are flushed (a failure makes the status 120), as CPython's Py_FinalizeEx.
  try {
    if (!flushStdFiles(vm)) status = 120;
  } catch (e) {
    if (e instanceof ProcessExit) return e.status;
    throw e;
  }
  // Then files left open are written out, as CPython's finalisation does when it frees them.
  flushAllWrites(vm);
  // The process's sockets close as it exits (a peer in the same program then sees the end, or a
  // reset), and its signal listeners and alarm go.
  closeAllSockets(vm);
  closeAllDescriptors(vm);
  releaseSignals(vm);
  // and faulthandler's watchdog, as CPython's finalisation cancels it
  releaseFaulthandler(vm);
  return status;
}

/** What the frames of an exception's traceback hold (alive until the traceback goes). */
function tracebackLocals(exc: PyBaseException): PyObject[] {
  const out: PyObject[] = [];
  for (let t = exc.traceback; t !== null; t = t.tb_next) {
    for (const v of t.tb_frame.exitedLocals ?? []) if (v !== undefined && v !== null) out.push(v);
  }
  return out;
}

export interface VMOptions {
  /** sys.argv. */
  argv?: string[];
  /** sys.path (the script's directory first, as CPython sets it). */
  path?: string[];
  /** Directory that relative paths resolve against. */
  cwd?: string;
  io?: HostIO;
  /** The -W options (sys.warnoptions). */
  warnoptions?: string[];
  /** The command line's switches (sys.flags; `optimize` is -O's level for all code compiled). */
  flags?: SysFlags;
  /**
   * sys.executable: what runs another program like this one (`subprocess.run([sys.executable,
   * ...])`). By default the package's launcher, bin/tpy; the command line gives the path it
   * was started by.
   */
  executable?: string;
  /** sys.orig_argv: the command line as given (by default the executable and argv). */
  origArgv?: string[];
  /** The -X options: a name and its value, true when it has none (sys._xoptions). */
  xoptions?: [string, string | true][];
  /** faulthandler is enabled before the program runs (-X dev, -X faulthandler, PYTHONFAULTHANDLER). */
  faulthandler?: boolean;
}

/** Compiles source to a code object; syntax errors become tpy SyntaxError exceptions. */
export function compile(source: string, filename: string, mode: 'exec' | 'eval' | 'single' = 'exec', fileInput = false, onWarnings?: WarningSink, optimize = 0,
  readText?: ProgramTextReader, depth?: DepthBudget): Code {
  checkNoNullBytes(source);
  return withSyntaxErrors(() => compileSource(source, filename, mode, fileInput, onWarnings, optimize, depth), readText);
}

const processIO: HostIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readLine: () => null,
  inheritStdio: true,
};

/** bin/tpy of this package, found from the library folder (stdlib/lib) beside it. */
function launcherPath(): string {
  return join(libDir(), '..', '..', 'bin', 'tpy');
}

/** Creates a VM with the builtins, sys and the native modules installed. */
export function createVM(options: VMOptions = {}): VM {
  installBuiltinMethods();
  settleFieldRepresentations();
  const vm = new VM(options.io ?? processIO);
  settleVmFields(vm);
  // A program that ended without finishProgram (a test's VM) counts nothing more.
  stopGcCounting(null);
  if (options.cwd !== undefined) vm.cwd = options.cwd;
  vm.optimize = options.flags?.optimize ?? 0;
  vm.bytesWarning = options.flags?.bytes_warning ?? 0;
  registerStdlib(vm, {
    argv: options.argv ?? [''], path: [...(options.path ?? ['']), libDir()], executable: options.executable ?? launcherPath(), warnoptions: options.warnoptions,
    flags: options.flags, origArgv: options.origArgv, xoptions: options.xoptions,
  });
  if (options.faulthandler === true) enableFaulthandlerAtStart(vm);
  // Traceback lines are read from the file named (SourceCache), as CPython's: a string given to
  // compile() under a file's name shows that file's lines, or none when there is no such file.
  // compile()'s depth budget starts below the level vm.depth holds for the compile(), eval()
  // or exec() call itself (measured against CPython: `eval("f(n + 1) + 1 + ...")` recursing
  // fails to compile at CPython's level; without the - 1, one level early).
  vm.compile = (source, filename, mode, fileInput = false, optimize = vm.optimize) => {
    return compile(source, filename, mode, fileInput, (warnings, asError) => emitSyntaxWarnings(vm, filename, warnings, asError), optimize,
      vmProgramText(vm), { recursionLimit: vm.recursionLimit, callDepth: vm.depth - 1 });
  };
  // The library's code compiled ahead of time has its asserts and docstrings: under -O it is compiled anew.
  vm.cachedCode = (file, source) => (vm.optimize === 0 ? cachedLibCode(vm, file, source) : null);
  vm.compiledCode = (file, source, code) => { if (vm.optimize === 0) rememberLibCode(vm, file, source, code); };
  vm.caretAnchors = caretAnchors;
  const builtins = importModule(vm, 'builtins', null);
  vm.builtins = builtins.dict;
  importModule(vm, 'sys', null);
  // As CPython at start-up: -W options become filters before the program runs, and an
  // invalid one is reported then ("Invalid -W option ignored").
  if (options.warnoptions !== undefined && options.warnoptions.length > 0) importModule(vm, 'warnings', null);
  return vm;
}

/** The namespace of `__main__` in a VM (created on first use). */
export function mainModule(vm: VM): PyModule {
  let m = vm.modules.getStr('__main__');
  if (!(m instanceof PyModule)) {
    // As CPython's __main__: an empty __annotations__ from the start, before __builtins__.
    const main = new PyModule('__main__');
    main.dict.setStr('__annotations__', new PyDict());
    main.dict.setStr('__builtins__', vm.builtinsModule());
    vm.modules.setStr('__main__', main);
    m = main;
  }
  return m as PyModule;
}

/**
 * Runs source as the program's __main__ module and returns the process exit
 * code: 0, sys.exit's code, or 1 after printing an uncaught exception's traceback.
 */
export async function runMain(vm: VM, source: string, filename: string, fileInput = filename !== '<string>'): Promise<number> {
  const main = mainModule(vm);
  // A program file, or `-` (<stdin>), gets __file__ and __cached__ (None: no .pyc); `-c` neither.
  if (filename !== '<string>' && filename !== '-c') {
    main.dict.setStr('__file__', filename);
    if (fileInput) main.dict.setStr('__cached__', None);
  }
  try {
    checkNoNulBytes(source, filename);
    // A library module run by `-m` (json.tool, cProfile, timeit) is the code import would run:
    // the library's compiled ahead of time, when the cache holds this text.
    const code = (fileInput ? null : vm.cachedCode(filename, source)) ?? vm.compile(source, filename, 'exec', fileInput);
    if (source.includes('__loader__')) attachMainLoader(vm, main);
    if (filename !== '<string>' && filename !== '<stdin>') vm.sources.register(filename, source);
    await vm.runCodeParkable(code, main.dict);
    if (fileInput) flushIo(vm);
    return await finishThreads(vm, 0);
  } catch (e) {
    // A program file (or stdin) has its buffered output written before the traceback, as
    // CPython flushes the std streams between running the file and printing its error; a
    // `-c` command does not (its output then follows the traceback through a pipe). os._exit
    // (ProcessExit) drops what is held back, as CPython's.
    if (fileInput && !(e instanceof ProcessExit)) {
      vm.io.flush?.();
      try {
        flushIo(vm);
      } catch (inner) {
        return finishThreads(vm, uncaughtExitCode(vm, inner)); // os._exit in a flush()
      }
    }
    return finishThreads(vm, uncaughtExitCode(vm, e));
  }
}

/**
 * The end of the main thread, as CPython's threading._shutdown: the threads that are not
 * daemons run to their end (daemon threads are dropped). Returns the exit status. Where they
 * are all blocked for good CPython would hang; tpy says so and exits with status 1.
 */
async function finishThreads(vm: VM, status: number): Promise<number> {
  try {
    return await joinThreads(vm, status);
  } finally {
    if (vm.hasThreads) vm.threads.dropAll();
    forgetHandedValues();
  }
}

async function joinThreads(vm: VM, status: number): Promise<number> {
  if (vm.exitStatus !== null || !vm.hasThreads) return status;
  const threading = vm.modules.getStr('threading');
  const shutdown = threading instanceof PyModule ? threading.dict.getStr('_shutdown') : undefined;
  if (!(shutdown instanceof PyFunction)) return status;
  try {
    await vm.callParkable(shutdown, []);
  } catch (e) {
    if (e instanceof ProcessExit) return e.status;
    const exc = toPyException(e);
    if (exc.cls === RuntimeError && exc.args.length === 1 && typeof exc.args[0] === 'string' && exc.args[0].startsWith('deadlock:')) {
      vm.io.stderr('tpy: deadlock at exit: the threads left are all blocked and none can wake the others (CPython would hang here)\n');
      return 1;
    }
    return uncaughtExitCode(vm, exc);
  }
  return status;
}

/**
 * The exit code for what a run threw: os._exit's status (ProcessExit), or else the
 * uncaught exception reported as reportUncaught does (os._exit in sys.excepthook included).
 */
export function uncaughtExitCode(vm: VM, e: unknown): number {
  try {
    return reportUncaught(vm, toPyException(e));
  } catch (inner) {
    if (inner instanceof ProcessExit) return inner.status;
    throw inner;
  }
}

/**
 * A program file holding a NUL byte is refused as CPython 3.11.7's tokenizer does:
 * SyntaxError at the NUL's line, showing that line up to the NUL, with no caret.
 */
function checkNoNulBytes(source: string, filename: string): void {
  const at = source.indexOf('\0');
  if (at < 0) return;
  const lineStart = source.lastIndexOf('\n', at) + 1;
  const lineno = source.slice(0, at).split('\n').length;
  const exc = newException(SyntaxErrorType, 'source code cannot contain null bytes',
    newTuple([filename, lineno, None, source.slice(lineStart, at) + '\n', lineno, None]));
  const attrs = (exc.attrs ??= new Map());
  attrs.set('msg', 'source code cannot contain null bytes');
  attrs.set('filename', filename);
  attrs.set('lineno', lineno);
  attrs.set('offset', None);
  attrs.set('text', source.slice(lineStart, at) + '\n');
  attrs.set('end_lineno', lineno);
  attrs.set('end_offset', None);
  attrs.set('print_file_and_line', None);
  throw exc;
}

/** Prints an uncaught exception as CPython does and returns the exit code (SystemExit's code). */
export function reportUncaught(vm: VM, exc: PyBaseException): number {
  vm.lastUncaught = exc;
  if (exc.cls.isSubtypeOf(SystemExit)) return systemExitCode(vm, exc);
  const sys = vm.modules.getStr('sys');
  const hook = sys instanceof PyModule ? sys.dict.getStr('excepthook') : undefined;
  const own = sys instanceof PyModule ? sys.dict.getStr('__excepthook__') : undefined;
  try {
    if (hook !== undefined && hook !== own) call(vm, hook, [exc.cls, exc, exc.traceback ?? None]);
    else {
      if (hook === undefined) vm.io.stderr('sys.excepthook is missing\n');
      writeSysStderr(vm, formatUncaughtException(vm, exc));
    }
  } catch (e) {
    if (e instanceof ProcessExit) throw e; // os._exit in the hook
    // sys.exit() in the hook ends the program with its status, as _PyErr_PrintEx handles it.
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(SystemExit)) return systemExitCode(vm, e);
    // As PyErr_PrintEx: the hook's own error, then the exception it was given.
    vm.io.stderr('Error in sys.excepthook:\n');
    try {
      vm.io.stderr(formatUncaughtException(vm, toPyException(e)));
    } catch {
      vm.io.stderr(`${String(e)}\n`);
    }
    vm.io.stderr('\nOriginal exception was:\n');
    vm.io.stderr(formatUncaughtException(vm, exc));
  }
  return exc.cls.name === 'KeyboardInterrupt' && !exc.cls.isHeapType ? 130 : 1;
}

function systemExitCode(vm: VM, exc: PyBaseException): number {
  // As _Py_HandleSystemExit: the exception's `code` attribute (the exception itself when
  // that fails), or the raw sys.exit() tuple no handler normalized.
  let code: PyObject | undefined = unnormalizedExitStatus.get(exc);
  if (code === undefined) {
    try {
      code = getAttr(vm, exc, 'code');
    } catch (e) {
      if (e instanceof ProcessExit) throw e;
      code = exc;
    }
  }
  if (code === None) return 0;
  if (typeof code === 'boolean') return code ? 1 : 0;
  if (typeof code === 'number') return code & 0xff;
  // (int)PyLong_AsLong(code): beyond a C long it fails with -1, the status 255.
  if (typeof code === 'bigint') return BigInt.asIntN(64, code) === code ? Number(BigInt.asUintN(8, code)) : 255;
  let text: string;
  try {
    text = str(vm, code);
  } catch (e) {
    if (e instanceof ProcessExit) throw e;
    return 1;
  }
  writeSysStderr(vm, text, true);
  writeSysStderr(vm, '\n', true);
  return 1;
}

export interface ProgramResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Runs a whole program as the tpy command does (its atexit calls included), with captured output (the conformance tests' entry point). */
export async function runProgram(opts: {
  source: string; filename: string; argv?: string[]; cwd?: string; path?: string[]; stdin?: string; warnoptions?: string[];
}): Promise<ProgramResult> {
  let stdout = '';
  let stderr = '';
  const input = (opts.stdin ?? '').split(/(?<=\n)/).filter((l) => l !== '');
  const vm = createVM({
    argv: opts.argv ?? [opts.filename],
    // sys.path[0]: the program's own folder, by default the directory it runs in.
    path: opts.path ?? [opts.cwd ?? ''],
    cwd: opts.cwd,
    warnoptions: opts.warnoptions,
    io: {
      stdout: (s) => { stdout += s; },
      stderr: (s) => { stderr += s; },
      readLine: () => input.shift() ?? null,
    },
  });
  const exitCode = finishProgram(vm, await runMain(vm, opts.source, opts.filename));
  return { stdout, stderr, exitCode };
}

export { PyDict };
