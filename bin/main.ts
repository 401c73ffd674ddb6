// The tpy command line, shaped like python3's: FILE, -c CODE, -m MODULE, -, the REPL, --version, -h.
//
// Exit codes: 0; sys.exit's code; 1 for an uncaught exception; 2 for usage errors
// (and for features not implemented yet); 70 when tpy itself fails.

import { readFileSync, statSync, existsSync, realpathSync, readSync } from 'node:fs';
import { dirname, join, resolve, isAbsolute } from 'node:path';
import { nodeModule } from '../stdlib/node_lazy.js';
import { makeStepTracer } from '../vm/step_tracer.js';
import { decodeSource, firstNonUtf8, unknownSourceEncoding } from '../vm/source_encoding.js';
import type { VM, HostIO } from '../vm/vm.js';
import { PyModule } from '../vm/objects/module.js';
import { PyList } from '../vm/objects/list.js';
import { None } from '../vm/objects/singletons.js';
import { importModule, importName } from '../vm/import.js';
import { attachMainSpec } from '../vm/module_spec.js';
import { call } from '../vm/ops/call.js';
import { createVM, runMain, uncaughtExitCode, finishProgram, mainModule } from '../index.js';
import type { SysFlags } from '../stdlib/sys.js';
import { runRepl, LineSource } from './repl.js';
import { stdioConfig, FatalStartupError, type StdioConfig } from './stdio_config.js';
import { fileCodec } from '../stdlib/io_text_codec.js';
import { PyBaseException, LookupError } from '../vm/objects/exceptions.js';

const USAGE = 'usage: tpy [option] ... [-c cmd | -m mod | file | -] [arg] ...';

const HELP = `${USAGE}
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-V     : print the tpy version number and exit (also --version)
-X opt : set implementation-specific option; -X trace prints every instruction the VM
         runs, with the value stack and block stack after it, on stderr; -X nojit keeps
         hot loops in the eval loop; -X jitdump prints the JavaScript of each compiled loop;
         -X no_debug_ranges leaves the caret lines out of tracebacks; as CPython's:
         -X dev (development mode: warnings shown, faulthandler enabled), -X faulthandler,
         -X int_max_str_digits=N; every option is in sys._xoptions
-E     : ignore PYTHON* environment variables (such as PYTHONPATH, PYTHONUNBUFFERED)
-I     : isolate Python from the user's environment (implies -E and -P)
-P     : don't prepend a potentially unsafe path to sys.path (the script's directory)
-B, -O, -s, -S, -b, -d, -v, -x, -W arg: accepted for compatibility, ignored
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`;

/** The parsed command line. */
export interface Invocation {
  mode: 'file' | 'command' | 'module' | 'stdin' | 'repl' | 'version' | 'help';
  /** The file, command text or module name. */
  target: string;
  args: string[];
  interactive: boolean;
  quiet: boolean;
  /** -X trace: the step tracer (vm/step_tracer.ts) runs from the first instruction. */
  stepTrace?: boolean;
  /** -X nojit: hot loops stay in the eval loop (vm/jit.ts). */
  noJit?: boolean;
  /** -X jitdump: the JavaScript of each compiled loop on stderr. */
  jitDump?: boolean;
  /** -X no_debug_ranges: tracebacks without caret lines. */
  noDebugRanges?: boolean;
  /** -u: every print reaches stdout at once, even when it is not a terminal. */
  unbuffered?: boolean;
  /** -X utf8 (true), -X utf8=0 (false). */
  utf8Mode?: boolean;
  /** -E or -I: the PYTHON* environment variables are not read. */
  ignoreEnvironment?: boolean;
  /** How many -O: 1 compiles no asserts and makes `__debug__` False, 2 (-OO) drops docstrings too. */
  optimize?: number;
  /** How many -b: 1 makes str() of bytes and comparisons of bytes with str or int warn (BytesWarning), 2 makes those errors. */
  bytesWarning?: number;
  /** -x: the program file's first line is skipped (still counted in line numbers). */
  skipFirstLine?: boolean;
  /** Switches that only show in sys.flags: -B, -s, -S, -I, -P. */
  dontWriteBytecode?: boolean;
  noUserSite?: boolean;
  noSite?: boolean;
  isolated?: boolean;
  safePath?: boolean;
  /** -W options, in order (sys.warnoptions). */
  warnOptions?: string[];
  /** Every -X option, in order (sys._xoptions), the ones above among them. */
  xOptions?: string[];
}

export class UsageError extends Error {}

/** Parses python3-style options: flags may be grouped (-iq), -c/-m/-X/-W take the rest of the word or the next one. */
export function parseArgs(argv: string[]): Invocation {
  const inv: Invocation = { mode: 'repl', target: '', args: [], interactive: false, quiet: false };
  let i = 0;
  while (i < argv.length) {
    const a = argv[i];
    if (a === '--version') return { ...inv, mode: 'version' };
    if (a === '--help' || a === '--help-all' || a === '--help-env' || a === '--help-xoptions') return { ...inv, mode: 'help' };
    if (a === '--') {
      i++;
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      if (a === '--check-hash-based-pycs') {
        i += 2;
        continue;
      }
      throw new UsageError(`unknown option ${a}`);
    }
    if (a === '-' || !a.startsWith('-')) break;
    // A group of one-letter options.
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      const rest = a.slice(j + 1);
      const takeValue = (): string => {
        if (rest !== '') return rest;
        i++;
        if (i >= argv.length) throw new UsageError(`Argument expected for the -${c} option`);
        return argv[i];
      };
      switch (c) {
        case 'c': {
          const code = takeValue();
          return { ...inv, mode: 'command', target: code, args: argv.slice(i + 1) };
        }
        case 'm': {
          const mod = takeValue();
          return { ...inv, mode: 'module', target: mod, args: argv.slice(i + 1) };
        }
        case 'X': {
          const opt = takeValue();
          (inv.xOptions ??= []).push(opt);
          if (opt === 'trace') inv.stepTrace = true;
          else if (opt === 'nojit') inv.noJit = true;
          else if (opt === 'jitdump') inv.jitDump = true;
          else if (opt === 'no_debug_ranges') inv.noDebugRanges = true;
          else if (opt === 'utf8' || opt === 'utf8=1') inv.utf8Mode = true;
          else if (opt === 'utf8=0') inv.utf8Mode = false;
          else if (opt.startsWith('trace=')) throw new NotImplementedOption('-X trace takes no value');
          j = a.length;
          continue;
        }
        case 'W':
          (inv.warnOptions ??= []).push(takeValue());
          j = a.length;
          continue;
        case 'h': case '?': return { ...inv, mode: 'help' };
        case 'V': return { ...inv, mode: 'version' };
        case 'i': inv.interactive = true; break;
        case 'q': inv.quiet = true; break;
        case 'u': inv.unbuffered = true; break;
        case 'E': inv.ignoreEnvironment = true; break;
        case 'I':
          inv.isolated = inv.ignoreEnvironment = inv.noUserSite = inv.safePath = true;
          break;
        case 'O': inv.optimize = (inv.optimize ?? 0) + 1; break;
        case 'b': inv.bytesWarning = (inv.bytesWarning ?? 0) + 1; break;
        case 'x': inv.skipFirstLine = true; break;
        case 'B': inv.dontWriteBytecode = true; break;
        case 's': inv.noUserSite = true; break;
        case 'S': inv.noSite = true; break;
        case 'P': inv.safePath = true; break;
        // Accepted and without effect in tpy (as -d is in a CPython that is not a debug build;
        // -R: str hashes are always PYTHONHASHSEED=0's, docs/differences.md).
        case 'd': case 'v': case 'R':
          break;
        default:
          throw new UsageError(`Unknown option: -${c}`);
      }
    }
    i++;
  }
  if (i >= argv.length) return inv;
  const target = argv[i];
  return { ...inv, mode: target === '-' ? 'stdin' : 'file', target, args: argv.slice(i + 1) };
}

export class NotImplementedOption extends Error {}

/** The version line: `tpy 0.1.0 (Python 3.11 subset)`, from package.json. */
export function versionString(): string {
  let dir = dirname(new URL(import.meta.url).pathname);
  for (let k = 0; k < 5; k++) {
    const p = join(dir, 'package.json');
    if (existsSync(p)) {
      try {
        const pkg = JSON.parse(readFileSync(p, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'tpy' && pkg.version) return `tpy ${pkg.version} (Python 3.11 subset)`;
      } catch {
        // Unreadable: keep looking upwards.
      }
    }
    dir = dirname(dir);
  }
  return 'tpy (Python 3.11 subset)';
}

// ---------------------------------------------------------------- standard input for input()

/**
 * Reads fd 0 line by line, synchronously (input() must block the running program). The
 * buffer and decoder are made on the first read: most programs never read, and every
 * program's start-up would pay for them.
 */
/** Standard input's lines as bytes, newline included (null at the end): what sys.stdin.buffer reads. */
function stdinByteLineReader(): () => Uint8Array | null {
  let buffered: Buffer = Buffer.alloc(0);
  let eof = false;
  let chunk: Buffer | undefined;
  return () => {
    chunk ??= Buffer.alloc(65536);
    for (;;) {
      const nl = buffered.indexOf(10);
      if (nl >= 0) {
        const line = buffered.subarray(0, nl + 1);
        buffered = buffered.subarray(nl + 1);
        return line;
      }
      if (eof) {
        if (buffered.length === 0) return null;
        const line = buffered;
        buffered = Buffer.alloc(0);
        return line;
      }
      let n: number;
      try {
        n = readSync(0, chunk, 0, chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        if (code === 'EOF') n = 0;
        else throw e;
      }
      if (n === 0) eof = true;
      else buffered = Buffer.concat([buffered, chunk.subarray(0, n)]);
    }
  };
}

/** Standard input's lines as text: the byte lines decoded as UTF-8 (bad bytes become U+FFFD). */
function stdinLineReader(bytes: () => Uint8Array | null): () => string | null {
  const decoder = new TextDecoder('utf-8');
  return () => {
    const line = bytes();
    return line === null ? null : decoder.decode(line);
  };
}

/**
 * What the program wrote to stdout and the tpy command has not yet written (only when stdout
 * is not a terminal, as CPython buffers it): a write system call per print() made
 * output-heavy programs ~10x CPython's time through a pipe. Two layers, as CPython's
 * TextIOWrapper over a BufferedWriter: text printed waits in the text layer until 8 KB of it,
 * then moves to the binary layer; bytes written to sys.stdout.buffer go straight to the
 * binary layer, so they come out before text printed earlier and not yet flushed. The binary
 * layer is written out at 8 KB, by sys.stdout.flush() (both layers), sys.stdout.buffer.flush()
 * (its own), input(), any wait (VM.park), and when the program ends.
 */
/** Text, or the bytes of text a non-UTF-8 encoding or surrogateescape made (they stay in the text layer too). */
let stdoutText: (string | Uint8Array)[] = [];
/** True when stdoutText holds bytes. */
let stdoutTextBytes = false;
let stdoutTextSize = 0;
let stdoutOut: (string | Uint8Array)[] = [];
let stdoutOutSize = 0;
/** True when stdoutOut holds bytes (sys.stdout.buffer writes) as well as text. */
let stdoutOutBytes = false;

/** The binary layer to the file descriptor. */
function writeStdoutOut(): void {
  if (stdoutOutSize === 0) return;
  const parts = stdoutOut;
  stdoutOut = [];
  stdoutOutSize = 0;
  if (stdoutOutBytes) {
    stdoutOutBytes = false;
    process.stdout.write(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p))));
  } else process.stdout.write(parts.length === 1 ? parts[0] : parts.join(''));
}

function holdStdoutOut(part: string | Uint8Array): void {
  stdoutOut.push(part);
  stdoutOutSize += part.length;
  if (stdoutOutSize >= 8192) writeStdoutOut();
}

/** The text layer's pending text to the binary layer. */
function moveStdoutText(): void {
  if (stdoutTextSize === 0) return;
  let text: string | Uint8Array;
  if (stdoutTextBytes) {
    text = Buffer.concat(stdoutText.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
    stdoutOutBytes = true;
    stdoutTextBytes = false;
  } else text = stdoutText.length === 1 ? stdoutText[0] : stdoutText.join('');
  stdoutText = [];
  stdoutTextSize = 0;
  holdStdoutOut(text);
}

function flushStdout(): void {
  moveStdoutText();
  writeStdoutOut();
}

function processIO(): HostIO {
  const stdinBytes = stdinByteLineReader();
  const buffered = !unbufferedStdout;
  // A terminal's stdout is line-buffered (CPython's create_stdio): held back as a pipe's is,
  // and written out at each write with a newline (so a partial line waits, even for stderr).
  const lineBuffered = process.stdout.isTTY === true && !unbufferedStdout;
  return {
    unbuffered: unbufferedStdout,
    lineBuffered,
    // node:tty at the first isatty() (it may not be loaded into the start-up snapshot).
    isTerminal: (fd) => nodeModule<typeof import('node:tty')>('node:tty').isatty(fd),
    stdout: (s) => {
      if (!buffered) process.stdout.write(s);
      else {
        // As CPython's text layer: what would pass 8 KB moves the pending text down first.
        if (stdoutTextSize + s.length > 8192) moveStdoutText();
        stdoutText.push(s);
        stdoutTextSize += s.length;
        if (stdoutTextSize >= 8192) moveStdoutText();
        if (lineBuffered && (s.includes('\n') || s.includes('\r'))) flushStdout();
      }
    },
    stdoutEncoded: (b) => {
      if (!buffered) process.stdout.write(b);
      else {
        if (stdoutTextSize + b.length > 8192) moveStdoutText();
        stdoutText.push(b);
        stdoutTextBytes = true;
        stdoutTextSize += b.length;
        if (stdoutTextSize >= 8192) moveStdoutText();
      }
    },
    stdoutBytes: (b) => {
      if (!buffered) process.stdout.write(b);
      else {
        stdoutOutBytes = true;
        holdStdoutOut(b);
      }
    },
    flush: flushStdout,
    flushBytes: writeStdoutOut,
    passText: moveStdoutText,
    stdoutRoom: () => (buffered ? 8192 - stdoutTextSize : Infinity),
    stderr: (s) => {
      process.stderr.write(s);
    },
    stderrBytes: (b) => {
      process.stderr.write(b);
    },
    readLine: stdinLineReader(stdinBytes),
    readLineBytes: stdinBytes,
    inheritStdio: true,
    stdio: { encoding: stdio.encoding, errors: stdio.errors },
  };
}

function readAllStdin(): string {
  const chunks: Buffer[] = [];
  const buf = Buffer.alloc(65536);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks).toString('utf8');
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

// ---------------------------------------------------------------- running

/**
 * A VM on the process's streams. Ctrl-C sets its pending interrupt (KeyboardInterrupt at
 * the next check); a second Ctrl-C before the program saw the first ends the process.
 */
/** Set from -X trace for the VM the invocation creates. */
let stepTrace = false;
/** Set from -X nojit and -X jitdump. */
let noJit = false;
let jitDump = false;
/** Set from -X no_debug_ranges. */
let noDebugRanges = false;
/** Set from -W (after -X dev's 'default' and PYTHONWARNINGS). */
let warnOptions: string[] = [];
/** sys._xoptions: each -X option's name and its value (true when it has none). */
let xOptions: [string, string | true][] = [];
/** -X dev, -X faulthandler or PYTHONFAULTHANDLER: faulthandler is enabled before the program runs. */
let faulthandlerAtStart = false;
/** -E and -I: PYTHONUNBUFFERED, PYTHONNODEBUGRANGES and the like are not read. */
let ignoreEnvironment = false;
/** sys.flags for the program's VM (-O's level among them, with PYTHONOPTIMIZE). */
let sysFlags: SysFlags = {};
/** The standard streams' encoding and error handler (bin/stdio_config.ts). */
let stdio: StdioConfig = { encoding: 'utf-8', errors: 'strict', utf8Mode: false };

/** The stdio encoding's codec name (CPython's config_get_codec_name): an unknown one stops the start-up. */
function stdioCodecName(encoding: string): string {
  try {
    return fileCodec(encoding).name;
  } catch (e) {
    const msg = e instanceof PyBaseException && e.cls.isSubtypeOf(LookupError) ? `LookupError: ${(e.args[0] as string)}` : String(e);
    throw new FatalStartupError(`init_stdio_encoding: failed to get the Python codec name of the stdio encoding\nPython runtime state: core initialized\n${msg}`);
  }
}
/** Set from -u or PYTHONUNBUFFERED, as CPython: stdout written at every print. */
let unbufferedStdout = false;

/** A PYTHON* variable as CPython reads it: unset or empty is no setting, and -E ignores it. */
function pythonEnv(name: string): string | undefined {
  if (ignoreEnvironment) return undefined;
  const v = process.env[name];
  return v === undefined || v === '' ? undefined : v;
}

/** PYTHONPATH's directories, after the script's on sys.path: absolute, an empty entry the current directory (a trailing one dropped). */
function pythonPathEntries(): string[] {
  const v = pythonEnv('PYTHONPATH');
  if (v === undefined) return [];
  const parts = v.split(':');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts.map((p) => resolve(process.cwd(), p));
}

/** A PYTHON* variable that counts (PYTHONOPTIMIZE): a number, or 1 for any other text. */
function envLevel(v: string | undefined): number {
  if (v === undefined) return 0;
  const n = /^\s*[+-]?\d+\s*$/.test(v) ? parseInt(v, 10) : 1;
  return n > 0 ? n : 0;
}

/**
 * The limit on int/str conversions that -X int_max_str_digits=N (first) or PYTHONINTMAXSTRDIGITS
 * sets: -1 when neither does; the setting's name when its value is no limit CPython accepts.
 */
function intMaxStrDigits(option: string | true | undefined, env: string | undefined): number | string {
  const [name, value] = option !== undefined ? ['-X int_max_str_digits', option] : ['PYTHONINTMAXSTRDIGITS', env];
  if (value === undefined) return -1;
  const n = value === true || !/^\d+$/.test(value) ? NaN : Number(value);
  return n === 0 || n >= 640 ? n : name;
}

/** PYTHONWARNINGS: comma-separated -W options, taken before the command line's (empty ones dropped). */
function envWarnOptions(): string[] {
  return (pythonEnv('PYTHONWARNINGS') ?? '').split(',').filter((o) => o !== '');
}

/**
 * The VM of the program this invocation runs: its atexit calls run when main() is done with
 * it, and cli() sees whether it ended with os._exit.
 */
let programVM: VM | null = null;

function newVM(argv: string[], path: string[]): VM {
  // -P (and -I): the script's directory (or the current one) is not put in front of sys.path.
  if (sysFlags.safe_path === true) path = [];
  path = [...path, ...pythonPathEntries()];
  const vm = createVM({ argv, path, io: processIO(), warnoptions: warnOptions, xoptions: xOptions, executable: process.argv[1], flags: sysFlags,
    origArgv: [process.argv[1], ...process.argv.slice(2)], faulthandler: faulthandlerAtStart });
  programVM = vm;
  vm.jitEnabled = !noJit;
  vm.jitDump = jitDump;
  vm.debugRanges = !noDebugRanges && pythonEnv('PYTHONNODEBUGRANGES') === undefined;
  if (stepTrace) vm.setTrace(makeStepTracer(vm, (s) => process.stderr.write(s)));
  vm.interruptible = true;
  process.on('SIGINT', () => {
    // SIGINT's handler is the program's own, or SIG_IGN (stdlib/signal_handlers.ts).
    if (vm.onSigint !== null) {
      vm.onSigint();
      return;
    }
    if (vm.pendingInterrupt) {
      flushStdout();
      process.exit(130);
    }
    vm.pendingInterrupt = true;
  });
  return vm;
}

interface Ctx {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/**
 * The script's path made absolute as CPython's _Py_abspath makes it: the working directory
 * joined in front, `.` and `..` kept (tracebacks show `/dir/./t.py` for `python3 ./t.py`).
 */
function scriptPath(file: string): string {
  return isAbsolute(file) ? file : `${process.cwd()}/${file}`;
}

/** `tpy FILE`: the file as __main__, sys.path[0] its directory. */
async function runFileMode(inv: Invocation, ctx: Ctx): Promise<number> {
  let file = inv.target;
  const abs = scriptPath(file);
  let source: string;
  try {
    if (statSync(abs).isDirectory()) {
      const mainFile = ['__main__.py', '__main__.tpy'].map((n) => join(abs, n)).find((p) => existsSync(p));
      if (mainFile === undefined) {
        ctx.stderr(`tpy: can't find '__main__' module in '${abs}'\n`);
        return 1;
      }
      file = join(file, mainFile.slice(abs.length + 1));
    }
    const data = readFileSync(resolve(file));
    // A coding declaration naming no codec stops the run before anything is compiled, as CPython's.
    const enc = unknownSourceEncoding(data);
    if (enc !== null) {
      ctx.stderr(`SyntaxError: encoding problem: ${enc}\n`);
      return 1;
    }
    const bad = firstNonUtf8(data);
    if (bad !== null) {
      const hex = bad.byte.toString(16).padStart(2, '0');
      ctx.stderr(`SyntaxError: Non-UTF-8 code starting with '\\x${hex}' in file ${scriptPath(file)} on line ${bad.line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`);
      return 1;
    }
    source = decodeSource(data);
    // -x: the first line goes, its newline stays (line numbers are the file's).
    if (inv.skipFirstLine === true) source = source.includes('\n') ? source.slice(source.indexOf('\n')) : '';
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const [errno, text] = err.code === 'EACCES' ? [13, 'Permission denied'] : [2, 'No such file or directory'];
    ctx.stderr(`tpy: can't open file '${abs}': [Errno ${errno}] ${text}\n`);
    return 2;
  }
  let dir = dirname(resolve(file));
  try {
    dir = realpathSync(dir);
  } catch {
    // Keep the unresolved directory.
  }
  const vm = newVM([inv.target, ...inv.args], [dir]);
  // As CPython 3.9+: the main script's __file__ and code filename are absolute (argv[0] stays as given).
  const code = await runMain(vm, source, scriptPath(file));
  return inv.interactive && vm.exitStatus === null ? interactive(vm, inv, code) : code;
}

async function runCommandMode(inv: Invocation): Promise<number> {
  const vm = newVM(['-c', ...inv.args], ['']);
  const code = await runMain(vm, inv.target, '<string>');
  return inv.interactive && vm.exitStatus === null ? interactive(vm, inv, code) : code;
}

async function runStdinMode(inv: Invocation): Promise<number> {
  const source = stripBom(readAllStdin());
  const vm = newVM([inv.mode === 'stdin' ? '-' : '', ...inv.args], ['']);
  return runMain(vm, source, '<stdin>');
}

/** Modules that are planned but not there yet: a clear message instead of "No module named". */
const PLANNED: Record<string, string> = {
  profile: 'the profiler (profile) is not implemented yet',
};

/** Finds MODULE (dotted names are paths) on the search path: a file, or a package's __main__. */
function findModuleFile(name: string, dirs: string[]): string | null {
  const rel = name.split('.').join('/');
  for (const d of dirs) {
    const base = resolve(d === '' ? process.cwd() : d, rel);
    for (const ext of ['.py', '.tpy']) {
      if (existsSync(base + ext) && statSync(base + ext).isFile()) return base + ext;
    }
    for (const ext of ['.py', '.tpy']) {
      const m = join(base, `__main__${ext}`);
      if (existsSync(m)) return m;
    }
  }
  return null;
}

/** Whether MODULE is a regular package (a folder with __init__) on the search path. */
function isPackageDir(name: string, dirs: string[]): boolean {
  const rel = name.split('.').join('/');
  return dirs.some((d) => ['.py', '.tpy'].some((ext) => existsSync(join(resolve(d === '' ? process.cwd() : d, rel), `__init__${ext}`))));
}

function sysPathDirs(vm: VM): string[] {
  const sys = vm.modules.getStr('sys');
  const p = sys instanceof PyModule ? sys.dict.getStr('path') : undefined;
  return p instanceof PyList ? p.items.filter((x): x is string => typeof x === 'string') : [];
}

function setArgv0(vm: VM, argv0: string): void {
  const sys = vm.modules.getStr('sys');
  const argv = sys instanceof PyModule ? sys.dict.getStr('argv') : undefined;
  if (argv instanceof PyList && argv.items.length > 0) argv.items[0] = argv0;
}

/** `tpy -m MODULE`: a source module found on sys.path runs as __main__; a native module runs its `main`. */
async function runModuleMode(inv: Invocation, ctx: Ctx): Promise<number> {
  const cwd = process.cwd();
  const vm = newVM(['-m', ...inv.args], [cwd]);
  const file = findModuleFile(inv.target, sysPathDirs(vm));
  if (file !== null) {
    // As runpy: the module's package is imported first, and __main__ gets the module's real
    // name in its spec and its package in __package__, so its relative imports work.
    const modName = /\/__main__\.t?py$/.test(file) ? `${inv.target}.__main__` : inv.target;
    const pkg = modName.slice(0, Math.max(modName.lastIndexOf('.'), 0));
    const main = mainModule(vm);
    try {
      if (pkg !== '') importName(vm, pkg, None, 0, main.dict);
      main.dict.setStr('__package__', pkg);
      attachMainSpec(vm, main, modName, file);
    } catch (e) {
      return uncaughtExitCode(vm, e);
    }
    setArgv0(vm, file);
    let data: Uint8Array;
    try {
      data = readFileSync(file);
    } catch {
      ctx.stderr(`tpy: can't open file '${file}': [Errno 2] No such file or directory\n`);
      return 2;
    }
    // As runpy's get_code: the module's coding declaration is honoured (a BOM dropped); one
    // naming no codec is its SyntaxError.
    let source: string;
    try {
      source = decodeSource(data, vm);
    } catch (e) {
      return uncaughtExitCode(vm, e);
    }
    // -m runs the module's source as a string (runpy), not as a program file.
    const code = await runMain(vm, source, file, false);
    return inv.interactive && vm.exitStatus === null ? interactive(vm, inv, code) : code;
  }
  if (vm.nativeModules.has(inv.target)) {
    setArgv0(vm, inv.target);
    try {
      const mod = importModule(vm, inv.target, null);
      const main = mod.dict.getStr('main');
      if (main === undefined || main === None) {
        ctx.stderr(`tpy: No code object available for ${inv.target}\n`);
        return 1;
      }
      call(vm, main, []);
      return 0;
    } catch (e) {
      return uncaughtExitCode(vm, e);
    }
  }
  if (isPackageDir(inv.target, sysPathDirs(vm))) {
    // runpy imports the package (running its __init__) before finding it has no __main__.
    try {
      importName(vm, inv.target, None, 0, mainModule(vm).dict);
    } catch (e) {
      return uncaughtExitCode(vm, e);
    }
    ctx.stderr(`tpy: No module named ${inv.target}.__main__; '${inv.target}' is a package and cannot be directly executed\n`);
    return 1;
  }
  if (PLANNED[inv.target] !== undefined) {
    ctx.stderr(`tpy: -m ${inv.target}: ${PLANNED[inv.target]}\n`);
    return 2;
  }
  ctx.stderr(`tpy: No module named ${inv.target}\n`);
  return 1;
}

// ---------------------------------------------------------------- the REPL on a terminal

async function interactive(vm: VM, inv: Invocation, _exitCode: number): Promise<number> {
  return repl(vm, inv, false);
}

/** Whether the REPL opened process.stdin (a stream made on first use, which costs start-up time). */
let replOpenedStdin = false;

async function repl(vm: VM, inv: Invocation, banner: boolean): Promise<number> {
  // Loaded here, not at start-up: only the REPL reads lines, and node:readline is not
  // supported in Node's start-up snapshots (bin/snapshot.ts).
  const { createInterface } = await import('node:readline');
  replOpenedStdin = true;
  if (banner && !inv.quiet) process.stderr.write(`${versionString()} on node ${process.version}\nType "exit()" or press Ctrl-D to leave.\n`);
  if (!process.stdin.isTTY) {
    // Not a terminal (-i with piped input): plain lines, prompts on stderr, as CPython's
    // PyOS_StdioReadline writes them when it cannot use readline.
    const rl = createInterface({ input: process.stdin, terminal: false });
    try {
      return await runRepl(vm, rl, (s) => process.stderr.write(s));
    } finally {
      rl.close();
    }
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true, historySize: 1000 });
  let closed = false;
  rl.on('close', () => {
    closed = true;
  });
  const source: LineSource = {
    readLine: (prompt) => new Promise((resolveLine) => {
      if (closed) {
        resolveLine(null);
        return;
      }
      const onClose = () => resolveLine(null);
      rl.once('close', onClose);
      rl.on('SIGINT', function onInt() {
        // Ctrl-C at the prompt: CPython prints KeyboardInterrupt and starts a fresh statement.
        rl.off('SIGINT', onInt);
        rl.off('close', onClose);
        process.stdout.write('\nKeyboardInterrupt\n');
        resolveLine('');
      });
      rl.question(prompt, (answer) => {
        rl.off('close', onClose);
        rl.removeAllListeners('SIGINT');
        resolveLine(answer);
      });
    }),
  };
  // While tpy code runs the terminal leaves raw mode, so that Ctrl-C is a signal again.
  const hooks = {
    beforeRun: () => {
      rl.pause();
      if (process.stdin.isTTY) process.stdin.setRawMode(false);
    },
    afterRun: () => {
      if (process.stdin.isTTY && !closed) process.stdin.setRawMode(true);
      rl.resume();
    },
  };
  try {
    return await runRepl(vm, source, (s) => process.stdout.write(s), hooks);
  } finally {
    rl.close();
  }
}

// ---------------------------------------------------------------- entry point

export async function main(argv: string[]): Promise<number> {
  const ctx: Ctx = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };
  let inv: Invocation;
  try {
    inv = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      ctx.stderr(`${e.message}\n${USAGE}\nTry \`tpy -h' for more information.\n`);
      return 2;
    }
    if (e instanceof NotImplementedOption) {
      ctx.stderr(`tpy: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  stepTrace = inv.stepTrace === true;
  noJit = inv.noJit === true;
  jitDump = inv.jitDump === true;
  noDebugRanges = inv.noDebugRanges === true;
  ignoreEnvironment = inv.ignoreEnvironment === true;
  xOptions = (inv.xOptions ?? []).map((o): [string, string | true] => {
    const eq = o.indexOf('=');
    return eq < 0 ? [o, true] : [o.slice(0, eq), o.slice(eq + 1)];
  });
  // The last -X option of a name counts, as in sys._xoptions.
  const xOption = (name: string): string | true | undefined => xOptions.filter(([n]) => n === name).pop()?.[1];
  // -X dev (or PYTHONDEVMODE): CPython's development mode shows every warning by default and
  // enables faulthandler.
  const devMode = xOption('dev') !== undefined || pythonEnv('PYTHONDEVMODE') !== undefined;
  // As CPython's config_init_warnoptions: -b/-bb's filter comes last, so it takes precedence.
  const bytesWarning = inv.bytesWarning ?? 0;
  warnOptions = [...(devMode ? ['default'] : []), ...envWarnOptions(), ...(inv.warnOptions ?? []),
    ...(bytesWarning > 0 ? [bytesWarning > 1 ? 'error::BytesWarning' : 'default::BytesWarning'] : [])];
  faulthandlerAtStart = devMode || xOption('faulthandler') !== undefined || pythonEnv('PYTHONFAULTHANDLER') !== undefined;
  const maxDigits = intMaxStrDigits(xOption('int_max_str_digits'), pythonEnv('PYTHONINTMAXSTRDIGITS'));
  if (typeof maxDigits === 'string') {
    ctx.stderr(`Fatal Python error: config_init_int_max_str_digits: ${maxDigits}: invalid limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n`);
    return 1;
  }
  try {
    stdio = stdioConfig(process.env, pythonEnv, inv.utf8Mode);
    stdio.encoding = stdioCodecName(stdio.encoding);
  } catch (e) {
    if (!(e instanceof FatalStartupError)) throw e;
    ctx.stderr(`Fatal Python error: ${e.message}\n\n`);
    return 1;
  }
  sysFlags = {
    utf8_mode: stdio.utf8Mode,
    inspect: inv.interactive,
    optimize: Math.max(inv.optimize ?? 0, envLevel(pythonEnv('PYTHONOPTIMIZE'))),
    bytes_warning: bytesWarning,
    dont_write_bytecode: inv.dontWriteBytecode === true || pythonEnv('PYTHONDONTWRITEBYTECODE') !== undefined,
    no_user_site: inv.noUserSite === true || pythonEnv('PYTHONNOUSERSITE') !== undefined,
    no_site: inv.noSite,
    ignore_environment: ignoreEnvironment,
    quiet: inv.quiet,
    isolated: inv.isolated,
    safe_path: inv.safePath === true || pythonEnv('PYTHONSAFEPATH') !== undefined,
    dev_mode: devMode,
    int_max_str_digits: maxDigits,
  };
  unbufferedStdout = inv.unbuffered === true || pythonEnv('PYTHONUNBUFFERED') !== undefined;
  const code = await runInvocation(inv, ctx);
  // As Py_FinalizeEx: the program's atexit calls, after its traceback if it raised.
  return programVM === null ? code : finishProgram(programVM, code);
}

async function runInvocation(inv: Invocation, ctx: Ctx): Promise<number> {
  switch (inv.mode) {
    case 'version':
      ctx.stdout(versionString() + '\n');
      return 0;
    case 'help':
      ctx.stdout(HELP);
      return 0;
    case 'file':
      return runFileMode(inv, ctx);
    case 'command':
      return runCommandMode(inv);
    case 'module':
      return runModuleMode(inv, ctx);
    case 'stdin':
      return runStdinMode(inv);
    case 'repl': {
      if (!process.stdin.isTTY && !inv.interactive) return runStdinMode(inv);
      const vm = newVM([''], ['']);
      return repl(vm, inv, true);
    }
  }
}

function internalError(e: unknown): never {
  const msg = e instanceof Error ? e.message : String(e);
  try {
    flushStdout();
    process.stderr.write(`tpy: internal error: ${msg}\n`);
    if (process.env.TPY_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  } finally {
    process.exit(70);
  }
}

/**
 * os._exit: the process ends now, whatever else would keep it alive (sockets, timers), but
 * only once what was written has left node's stream buffers (a pipe's writes are
 * asynchronous). What sys.stdout still holds back is dropped, as CPython's os._exit drops
 * its buffer: a program that wants it written flushes first.
 */
function exitOnceWritten(code: number): void {
  stdoutText = [];
  stdoutTextBytes = false;
  stdoutTextSize = 0;
  stdoutOut = [];
  stdoutOutSize = 0;
  stdoutOutBytes = false;
  let pending = 2;
  const written = () => {
    if (--pending === 0) process.exit(code);
  };
  // A stream runs write callbacks in order: this one's comes after every earlier write's.
  process.stdout.write('', written);
  process.stderr.write('', written);
}

/** Runs the CLI as a process: exit code, broken pipes and internal errors handled. */
/** Variables bin/tpy changes for node's own start (see there), saved as TPY_SAVED_<name>. */
const LAUNCHER_ENV = ['NODE_EXTRA_CA_CERTS', 'GLIBC_TUNABLES'];

/** Puts back the environment bin/tpy was started with: the program sees what its caller set. */
function restoreEnvironment(): void {
  const env = process.env;
  if (env.TPY_SAVED_ENV === undefined) return;
  delete env.TPY_SAVED_ENV;
  for (const name of LAUNCHER_ENV) {
    const saved = env[`TPY_SAVED_${name}`];
    if (saved === undefined) delete env[name];
    else env[name] = saved;
    delete env[`TPY_SAVED_${name}`];
  }
}

export function cli(): void {
  restoreEnvironment();
  process.on('uncaughtException', internalError);
  process.on('unhandledRejection', internalError);
  // Output into a closed pipe (tpy x.py | head -1): stop quietly, as CPython's exit after a failed flush.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(120);
      internalError(e);
    });
  }
  main(process.argv.slice(2)).then((code) => {
    if (programVM?.exitStatus != null) {
      exitOnceWritten(code);
      return;
    }
    flushStdout();
    process.exitCode = code;
    // Daemon threads left waiting (on a socket) are dropped, as CPython drops them at exit.
    if (programVM?.hasThreads === true) {
      exitOnceWritten(code);
      return;
    }
    // Nothing else should keep the process alive; stdin may still be referenced after the REPL.
    if (replOpenedStdin && process.stdin.isTTY) process.stdin.unref?.();
  }, internalError);
}
