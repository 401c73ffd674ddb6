// The sys module: argv, path, modules, exit, standard streams, recursion limit, exc_info, version.

import { dirname } from 'node:path';
import { STDLIB_MODULE_NAMES } from './stdlib_module_names.js';
import { installLazyNames } from './lazy_module_names.js';
import { PyFrozenSet } from '../vm/objects/set.js';
import { fs } from './node_namespaces.js';
import { COPYRIGHT } from './site_printer.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { defNew } from '../vm/methods/object.js';
import { makeNativeType, objectType } from '../vm/objects/type.js';
import { builtin, defMethod, defGetter, PyBuiltinFunction } from '../vm/objects/function.js';
import { PyList } from '../vm/objects/list.js';
import { PyDict } from '../vm/objects/dict.js';
import { newTuple, PyTuple, tupleType } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { newException, SystemExit, typeError, valueError, PyBaseException, StopIteration, keepExitStatus } from '../vm/objects/exceptions.js';
import { UnsupportedOperation } from './io_file.js';
import { PyTraceback } from '../vm/objects/traceback.js';
import { formatUncaughtException } from '../vm/traceback_format.js';
import { typeOf, argTypeName } from '../vm/ops/typeof.js';
import { index, indexSize, strLength, repr, optionalSizeMessage } from '../vm/ops/convert.js';
import { decodeBytes, encodeString, type TextCodec } from '../vm/methods/codecs.js';
import { encodeFileText, fileCodec } from './io_text_codec.js';
import { reconfigureStream } from './std_stream_reconfigure.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { installHookFunctions } from './sys_hooks.js';
import { installAsyncGenHooks } from './sys_asyncgen_hooks.js';
import { makeStructSeqType } from '../profiler/struct_seq.js';
import { makeDefaultUnraisableHook, installUnraisable } from './sys_unraisable.js';
import { PyFloat } from '../vm/objects/float.js';
import { toDouble } from './math.js';
import { parseArgs, noArgs, oneArg } from '../vm/methods/args.js';
import { PyStdBinaryStream } from './std_streams_binary.js';
import { getsizeof } from './sys_getsizeof.js';
import { referenceCount } from '../vm/finalize_now.js';
import { getIntMaxStrDigits, setIntMaxStrDigits, INT_MAX_STR_DIGITS_THRESHOLD } from '../vm/format/int_text.js';
import { getIter, iterNext } from '../vm/ops/sequence.js';
import { makeImplementation } from './sys_implementation.js';
import { PyModule } from '../vm/objects/module.js';
import { call } from '../vm/ops/call.js';
import { checkNativeCallDepth } from '../vm/errors.js';
import { getAttr } from '../vm/ops/attribute.js';
import { ProcessExit } from '../vm/errors.js';
import { sys_breakpointhook } from './breakpoint_hook.js';

/** sys.stdin / sys.stdout / sys.stderr: text streams over the VM's host I/O. */
/** A METH_NOARGS function of sys: any argument is "sys.NAME() takes no arguments (N given)". */
function sysNoArgs(name: string, fn: (vm: VM) => PyObject): PyBuiltinFunction {
  return builtin(name, (vm, args, kwargs) => {
    noArgs(`sys.${name}`, args, kwargs, 0);
    return fn(vm);
  }, 'sys');
}

export const textStreamType = makeNativeType('_io.TextIOWrapper', objectType, { instanceDict: true });

/**
 * Writes what the interpreter itself reports (an uncaught exception, SystemExit's message) to
 * sys.stderr, whatever the program made it: a replacement's write() gets the text, as in
 * CPython, and its errors are ignored; the host's stderr when it is the original (or gone).
 * When it is None a traceback is dropped, a SystemExit's message (`hostWhenNone`) is not.
 */
export function writeSysStderr(vm: VM, text: string, hostWhenNone = false): void {
  const sys = vm.modules.getStr('sys');
  const stream = sys instanceof PyModule ? sys.dict.getStr('stderr') : undefined;
  if (stream === None && !hostWhenNone) return;
  // sys.stderr itself, or another writable standard stream put there (`sys.stderr = sys.stdout`).
  if (stream instanceof PyTextStream && stream.write !== null && !stream.detached && (stream.fd === 2 || !stream.closed)) {
    stream.writeText(text);
    return;
  }
  if (stream === undefined || stream === None || stream instanceof PyTextStream) {
    vm.io.stderr(text);
    return;
  }
  try {
    call(vm, getAttr(vm, stream, 'write'), [text]);
  } catch (e) {
    if (e instanceof ProcessExit) throw e; // os._exit in write()
    // As PyErr_Display: a failing stderr loses the report.
  }
}

/** A quick test for any surrogate code unit, then the exact one for a surrogate not in a pair. */
const SURROGATE_UNIT = /[\ud800-\udfff]/;
const LONE_SURROGATE = /\p{Cs}/u;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export class PyTextStream extends PyObj {
  closed = false;
  /** detach() handed its binary layer on (`io.TextIOWrapper(sys.stdout.detach(), ...)`): it is unusable. */
  detached = false;
  /** Text a read took from the host beyond what it returned (sys.stdin's read(n), readline(n)). */
  pending = '';
  /** The binary layer (`.buffer`), made when a program first asks for it. */
  private binary: PyStdBinaryStream | null = null;
  /** The encoding's name as given (reconfigure() may change it, std_stream_reconfigure.ts). */
  encoding = 'utf-8';
  /** The codec of an encoding other than UTF-8 (null: UTF-8, handed to the host as text). */
  codec: TextCodec | null = null;
  /** CPython's with PYTHONIOENCODING=utf-8 (the conformance runs') unless the tpy command sets it (HostIO.stdio). */
  errors: string;
  /** What a written '\n' becomes, when not itself (reconfigure(newline='\r\n' or '\r')). */
  outNewline: string | null = null;
  /** stderr is always line-buffered. */
  lineBuffering: boolean;
  /** -u or PYTHONUNBUFFERED: each write passes the text on to the binary layer at once. */
  writeThrough = false;
  /** -u or PYTHONUNBUFFERED on an output stream: its binary layer is a FileIO, as CPython's (set at startup only). */
  rawBinary = false;
  /**
   * stdout's host layers (set by the sys module): `flushHost` writes out all it holds (a line-buffered
   * stream's newline), `passTextHost` moves its held text to the binary layer (write-through).
   */
  flushHost: (() => void) | null = null;
  passTextHost: (() => void) | null = null;
  /** stdout's: encoded text to the host's text layer (HostIO.stdoutEncoded), when it has one. */
  writeEncoded: ((data: Uint8Array) => void) | null = null;
  constructor(
    readonly name: string,
    /** Writes to the host; null for sys.stdin. */
    readonly write: ((text: string) => void) | null,
    readonly fd: number,
    /** The host's next input line with its newline, null at the end; null for the output streams. */
    readonly readLine: (() => string | null) | null = null,
    /** Writes bytes to the host; null for sys.stdin. */
    readonly writeBytes: ((data: Uint8Array) => void) | null = null,
    /** The host's next input line as bytes (undefined: the host reads text only); stdin's only. */
    readonly readLineBytes: (() => Uint8Array | null | undefined) | null = null,
  ) {
    super(textStreamType);
    // CPython's create_stdio stores `mode` in the stream's __dict__ (a program may change it).
    (this.dict = new PyDict()).setStr('mode', readLine !== null ? 'r' : 'w');
    this.errors = fd === 2 ? 'backslashreplace' : 'strict';
    this.lineBuffering = fd === 2;
  }

  /** sys.stdin.buffer reads the lines this stream would (what it has read ahead first). */
  get buffer(): PyStdBinaryStream {
    if (this.binary === null) {
      const readLine = this.readLine === null ? null : (): Uint8Array | null => {
        // The host's bytes as they are, once the text layer holds nothing read ahead.
        if (this.pending === '' && this.readLineBytes !== null) {
          const bytes = this.readLineBytes();
          if (bytes !== undefined) return bytes;
        }
        const line = this.nextLine();
        return line === '' ? null : Buffer.from(line, 'utf8');
      };
      this.binary = new PyStdBinaryStream(this.name, this.fd, this.writeBytes, readLine, () => this.closed, () => {
        this.closed = true;
      }, this.rawBinary);
    }
    return this.binary;
  }

  /**
   * Writes text to the host as the stream's encoding and errors allow: a lone surrogate is a
   * UnicodeEncodeError on a 'strict' stdout, its byte under 'surrogateescape', an escape on
   * stderr ('backslashreplace'). (Node would write U+FFFD.)
   */
  writeText(text: string): void {
    if (this.detached) throw valueError(DETACHED);
    if (this.outNewline !== null) text = text.replaceAll('\n', this.outNewline);
    if (this.codec !== null) (this.writeEncoded ?? this.writeBytes!)(encodeFileText(this.codec, text, this.errors));
    else {
      if (SURROGATE_UNIT.test(text) && LONE_SURROGATE.test(text)) {
        const bytes = encodeString(text, 'utf-8', this.errors);
        try {
          text = strictUtf8.decode(bytes);
        } catch {
          // surrogateescape's raw bytes are not text: they go on as bytes, after the text before them.
          if (this.writeEncoded !== null) this.writeEncoded(bytes);
          else {
            this.passTextHost?.();
            this.writeBytes!(bytes);
          }
          if (this.lineBuffering || this.writeThrough) this.afterWrite(text);
          return;
        }
      }
      this.write!(text);
    }
    if (this.lineBuffering || this.writeThrough) this.afterWrite(text);
  }

  /** reconfigure(line_buffering=True) or write_through=True on stdout: the host's layers follow (out of line: rare). */
  private afterWrite(text: string): void {
    if (this.lineBuffering && this.flushHost !== null && (text.includes('\n') || text.includes('\r'))) this.flushHost();
    else if (this.writeThrough) this.passTextHost?.();
  }

  /** The next line, newline included, or '' at the end of the input. */
  nextLine(): string {
    const pending = this.pending;
    if (pending !== '') {
      const nl = pending.indexOf('\n');
      if (nl >= 0) {
        this.pending = pending.slice(nl + 1);
        return pending.slice(0, nl + 1);
      }
      this.pending = '';
      return pending + this.hostLine();
    }
    return this.hostLine();
  }

  /** The host's next line ('' at the end), decoded with the stream's codec when reconfigure() set one. */
  private hostLine(): string {
    if (this.readLineBytes !== null) {
      const bytes = this.readLineBytes();
      if (bytes !== undefined) {
        if (bytes === null) return '';
        if (this.codec !== null) return this.codec.decode(bytes, this.errors);
        // Valid UTF-8 the quick way; other bytes as the error handler says (surrogateescape keeps them).
        try {
          return strictUtf8.decode(bytes);
        } catch {
          return decodeBytes(bytes, 'utf-8', this.errors);
        }
      }
    }
    return this.readLine!() ?? '';
  }
}

const DETACHED = 'underlying buffer has been detached';

/** A stream that detach() has not emptied. */
function attached(o: PyObject): PyTextStream {
  const s = o as PyTextStream;
  if (s.detached) throw valueError(DETACHED);
  return s;
}

/** The stream a method was called on, checked for the direction it goes. */
function stream(o: PyObject, reading: boolean): PyTextStream {
  const s = attached(o);
  if (s.closed) throw valueError('I/O operation on closed file.');
  if (reading ? s.readLine === null : s.write === null) throw newException(UnsupportedOperation, reading ? 'not readable' : 'not writable');
  return s;
}

/** A size argument: -1 (or None, or none given) for all of it. */
function sizeArg(vm: VM, v: PyObject | undefined, optional = false): number {
  // A size that may be None words its error as _Py_convert_optional_to_ssize_t.
  return v === undefined || v === None ? -1 : indexSize(vm, v, optional ? () => optionalSizeMessage(v) : undefined);
}

defMethod(textStreamType, 'write', (vm, args) => {
  const [self, text] = args as [PyTextStream, PyObject];
  // Write-through, the text goes on to its buffer's write() inside this one: a level more.
  checkNativeCallDepth(vm, self.writeThrough ? 2 : 1);
  if (typeof text !== 'string') throw typeError(`write() argument must be str, not ${argTypeName(text)}`);
  stream(self, false).writeText(text);
  // A newline on a line-buffered stream (stderr) is flushed inside this write: its buffer's
  // flush() and the raw write() it makes are two levels more (see print); the text stays written.
  if (self.lineBuffering && text.includes('\n')) checkNativeCallDepth(vm, 3);
  return strLength(text);
});
defMethod(textStreamType, 'writelines', (vm, args) => {
  const s = stream(args[0], false);
  const it = getIter(vm, args[1]);
  for (let line = iterNext(vm, it); line !== undefined; line = iterNext(vm, it)) {
    if (typeof line !== 'string') throw typeError(`write() argument must be str, not ${argTypeName(line)}`);
    s.writeText(line);
  }
  return None;
});
defMethod(textStreamType, 'readline', (vm, args) => {
  const s = stream(args[0], true);
  const size = sizeArg(vm, args[1]);
  const line = s.nextLine();
  if (size < 0 || line.length <= size) return line;
  s.pending = line.slice(size) + s.pending;
  return line.slice(0, size);
});
defMethod(textStreamType, 'read', (vm, args) => {
  const s = stream(args[0], true);
  const size = sizeArg(vm, args[1], true);
  let text = '';
  while (size < 0 || text.length < size) {
    const line = s.nextLine();
    if (line === '') break;
    text += line;
  }
  if (size >= 0 && text.length > size) {
    s.pending = text.slice(size) + s.pending;
    text = text.slice(0, size);
  }
  return text;
});
defMethod(textStreamType, 'readlines', (vm, args) => {
  const s = stream(args[0], true);
  // IOBase.readlines: stops once the lines read pass the hint (<= 0: all of them).
  const hint = sizeArg(vm, args[1], true);
  const lines: PyObject[] = [];
  let total = 0;
  for (let line = s.nextLine(); line !== ''; line = s.nextLine()) {
    lines.push(line);
    total += strLength(line);
    if (hint > 0 && total > hint) break;
  }
  return new PyList(lines);
});
defMethod(textStreamType, '__iter__', (vm, args) => stream(args[0], true));
defMethod(textStreamType, '__next__', (vm, args) => {
  const line = stream(args[0], true).nextLine();
  if (line === '') throw newException(StopIteration);
  return line;
});
defMethod(textStreamType, 'flush', (vm, args) => {
  // CPython's TextIOWrapper.flush() calls its buffer's flush() (measured: 2 recursion levels).
  checkNativeCallDepth(vm, 2);
  // Only stdout is held back (stderr is written as it comes); flushing stderr leaves stdout's text.
  if (attached(args[0]).fd === 1) vm.io.flush?.();
  return None;
});
// io.TextIOWrapper(sys.stdout.detach(), encoding=...): the binary layer goes to the new wrapper.
defMethod(textStreamType, 'detach', (vm, args) => {
  const s = attached(args[0]);
  vm.io.flush?.();
  const buffer = s.buffer;
  s.detached = true;
  return buffer;
});
// Marks the stream closed (later reads and writes fail); the process's descriptor stays open.
defMethod(textStreamType, 'close', (vm, args) => {
  attached(args[0]).closed = true;
  return None;
});
// `with sys.stdin as f:` (as json.tool's FileType default does): entering a closed stream
// fails, leaving closes it, as for any io object.
defMethod(textStreamType, '__enter__', (vm, args) => {
  if ((args[0] as PyTextStream).closed) throw valueError('I/O operation on closed file.');
  return args[0];
});
defMethod(textStreamType, '__exit__', (vm, args) => {
  (args[0] as PyTextStream).closed = true;
  return None;
});
defMethod(textStreamType, 'isatty', (vm, args) => {
  const s = attached(args[0]);
  return vm.io.isTerminal?.(s.fd) === true;
});
// lseek works on a regular file, not on a pipe or a terminal (nor, here, on /dev/null, where CPython's does).
defMethod(textStreamType, 'seekable', (vm, args) => {
  try {
    const fd = (args[0] as PyTextStream).fd;
    return fs.fstatSync(fd).isFile();
  } catch {
    return false;
  }
});
defMethod(textStreamType, 'fileno', (vm, args) => attached(args[0]).fd);
defMethod(textStreamType, 'writable', (vm, args) => attached(args[0]).write !== null);
defMethod(textStreamType, 'readable', (vm, args) => attached(args[0]).readLine !== null);
defMethod(textStreamType, '__repr__', (vm, args) => {
  const s = args[0] as PyTextStream;
  // A detached stream's name cannot be read (ValueError), so its repr leaves it out, as CPython's.
  const name = s.detached ? '' : ` name='${s.name}'`;
  const mode = s.dict?.getStr('mode');
  return `<_io.TextIOWrapper${name}${mode === undefined ? '' : ` mode=${repr(vm, mode)}`} encoding='${s.encoding}'>`;
});
defGetter(textStreamType, 'encoding', (vm, self) => (self as PyTextStream).encoding);
defGetter(textStreamType, 'errors', (vm, self) => (self as PyTextStream).errors);
defGetter(textStreamType, 'newlines', () => None);
defGetter(textStreamType, 'line_buffering', (vm, self) => (self as PyTextStream).lineBuffering);
defGetter(textStreamType, 'write_through', (vm, self) => (self as PyTextStream).writeThrough);
defMethod(textStreamType, 'reconfigure', (vm, args, kwargs) => reconfigureStream(vm, args[0] as PyTextStream, args.length - 1, kwargs));
defGetter(textStreamType, 'name', (vm, self) => attached(self).name);
defGetter(textStreamType, 'closed', (vm, self) => attached(self).closed);
defGetter(textStreamType, 'buffer', (vm, self) => ((self as PyTextStream).detached ? None : (self as PyTextStream).buffer));

export const VERSION_INFO = [3, 11, 7, 'final', 0] as const;

/** sys.version_info: a tuple with named fields (a struct sequence). */
const versionInfoType = makeNativeType('sys.version_info', tupleType, { final: true });
const VERSION_FIELDS = ['major', 'minor', 'micro', 'releaselevel', 'serial'];
// As CPython's, sys.version_info's and sys.flags' types make no new instances.
defNew(versionInfoType, () => {
  throw typeError("cannot create 'sys.version_info' instances");
});
VERSION_FIELDS.forEach((name, i) => defGetter(versionInfoType, name, (vm, self) => (self as PyTuple).items[i]));
defMethod(versionInfoType, '__repr__', (vm, args) => {
  const items = (args[0] as PyTuple).items;
  return `sys.version_info(${VERSION_FIELDS.map((n, i) => `${n}=${repr(vm, items[i])}`).join(', ')})`;
});

/** sys.float_info and sys.int_info: struct sequences describing the number types. */
const floatInfoType = makeStructSeqType('sys', 'float_info', [
  'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds',
]);
/** sys.flags: the command line's switches as CPython reports them. */
const flagsType = makeStructSeqType('sys', 'flags', [
  'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment',
  'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',
  'safe_path', 'int_max_str_digits',
]);
defNew(flagsType, () => {
  throw typeError("cannot create 'sys.flags' instances");
});
const intInfoType = makeStructSeqType('sys', 'int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
/** sys.hash_info: the parameters of hash() for numbers and strings (vm/ops/str_hash.ts is SipHash-1-3). */
const hashInfoType = makeStructSeqType('sys', 'hash_info', [
  'width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff',
]);

/** What the host tells sys at start-up. */
export interface SysConfig {
  argv: string[];
  path: string[];
  executable: string;
  /** sys.orig_argv: the command line as the process got it (by default the executable and argv). */
  origArgv?: string[];
  /** The -W options, in order (sys.warnoptions; the warnings module turns them into filters). */
  warnoptions?: string[];
  /** The command line's switches that tpy acts on (sys.flags); the others read 0. */
  flags?: SysFlags;
  /** The -X options, in order: a name and its value, true when it has none (sys._xoptions). */
  xoptions?: [string, string | true][];
}

/** What the command line set (-i, -O/-OO, -B, -s, -S, -E, -q, -I, -P). */
export interface SysFlags {
  inspect?: boolean;
  optimize?: number;
  /** -b (1) or -bb (2). */
  bytes_warning?: number;
  dont_write_bytecode?: boolean;
  no_user_site?: boolean;
  no_site?: boolean;
  ignore_environment?: boolean;
  quiet?: boolean;
  isolated?: boolean;
  safe_path?: boolean;
  /** -X dev or PYTHONDEVMODE. */
  dev_mode?: boolean;
  /** -X int_max_str_digits or PYTHONINTMAXSTRDIGITS; -1 when neither is set. */
  int_max_str_digits?: number;
  /** PYTHONUTF8=1, -X utf8, or the C locale (PEP 540). */
  utf8_mode?: boolean;
}

function flagsTuple(f: SysFlags): PyTuple {
  const n = (b: boolean | undefined): number => (b === true ? 1 : 0);
  return new PyTuple([
    0, n(f.inspect), n(f.inspect), f.optimize ?? 0, n(f.dont_write_bytecode), n(f.no_user_site), n(f.no_site),
    n(f.ignore_environment), 0, f.bytes_warning ?? 0, n(f.quiet), 0, n(f.isolated), f.dev_mode === true, n(f.utf8_mode), 0, f.safe_path === true,
    f.int_max_str_digits ?? -1,
  ], flagsType);
}

/**
 * The tpy command's choice (PYTHONIOENCODING, UTF-8 mode, the locale): stdin and stdout take
 * `errors`, stderr always 'backslashreplace' (CPython's create_stdio). The encoding is named as
 * its codec is (latin-1 is 'iso8859-1'); the command has checked that there is one.
 */
function setStdioEncoding(d: PyDict, encoding: string, errors: string): void {
  const codec = fileCodec(encoding);
  for (const name of ['stdin', 'stdout', 'stderr']) {
    const s = d.getStr(name) as PyTextStream;
    s.codec = codec.name === 'utf-8' ? null : codec;
    s.encoding = codec.name;
    if (name !== 'stderr') s.errors = errors;
  }
}

/** Bytes to the host's stdout or stderr: its byte channel, or its text one with the bytes as UTF-8. */
function hostBytes(vm: VM, which: 'stdout' | 'stderr', data: Uint8Array): void {
  const io = vm.io;
  const bytes = which === 'stdout' ? io.stdoutBytes : io.stderrBytes;
  if (bytes !== undefined) bytes.call(io, data);
  else io[which](Buffer.from(data.buffer, data.byteOffset, data.length).toString('utf8'));
}

function frozensetOf(vm: VM, names: readonly string[]): PyFrozenSet {
  const set = new PyFrozenSet();
  for (const name of names) set.add(vm, name);
  return set;
}

export function makeSysInit(config: SysConfig): ModuleInit {
  return (vm: VM, m) => {
    const d = m.dict;
    d.setStr('argv', new PyList(config.argv.slice()));
    d.setStr('path', new PyList(config.path.slice()));
    d.setStr('modules', vm.modules);
    d.setStr('executable', config.executable);
    d.setStr('orig_argv', new PyList((config.origArgv ?? [config.executable, ...config.argv]).slice()));
    // Where tpy is installed: the package folder (bin/tpy's parent's parent), for all four.
    const prefix = dirname(dirname(config.executable));
    for (const name of ['prefix', 'exec_prefix', 'base_prefix', 'base_exec_prefix']) d.setStr(name, prefix);
    // Made at its first use: building the set at every start cost ~3 MB of peak RSS.
    installLazyNames(d, 'sys', ['stdlib_module_names'], (vm2) => d.setStr('stdlib_module_names', frozensetOf(vm2, STDLIB_MODULE_NAMES)));
    d.setStr('platform', 'linux');
    d.setStr('copyright', COPYRIGHT);
    d.setStr('byteorder', 'little');
    d.setStr('maxsize', 9223372036854775807n);
    d.setStr('maxunicode', 0x10ffff);
    // The platform's C double, which a JavaScript number is, and CPython 3.11's ints.
    d.setStr('float_info', new PyTuple([
      new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53,
      new PyFloat(Number.EPSILON), 2, 1,
    ], floatInfoType));
    d.setStr('int_info', new PyTuple([30, 4, 4300, 640], intInfoType));
    d.setStr('hash_info', new PyTuple([64, 2305843009213693951n, 314159, 0, 1000003, 'siphash13', 64, 128, 0], hashInfoType));
    d.setStr('float_repr_style', 'short');
    d.setStr('dont_write_bytecode', false);
    // hash_randomization 0: tpy's str hashes are the same in every run.
    d.setStr('flags', flagsTuple(config.flags ?? {}));
    d.setStr('warnoptions', new PyList((config.warnoptions ?? []).slice()));
    const xoptions = new PyDict();
    for (const [name, value] of config.xoptions ?? []) xoptions.setStr(name, value);
    d.setStr('_xoptions', xoptions);
    d.setStr('getdefaultencoding', sysNoArgs('getdefaultencoding', () => 'utf-8'));
    d.setStr('getfilesystemencoding', sysNoArgs('getfilesystemencoding', () => 'utf-8'));
    d.setStr('getfilesystemencodeerrors', sysNoArgs('getfilesystemencodeerrors', () => 'surrogateescape'));
    d.setStr('version', '3.11.7 (tpy 0.1.0)');
    d.setStr('version_info', new PyTuple([...VERSION_INFO], versionInfoType));
    d.setStr('hexversion', 0x030b07f0);
    // Build constants a program may print or test (tpy has no C API, no ABI and no pycache).
    d.setStr('api_version', 1013);
    d.setStr('abiflags', '');
    d.setStr('platlibdir', 'lib');
    d.setStr('pycache_prefix', None);
    d.setStr('implementation', makeImplementation(versionInfoType));
    d.setStr('stdin', new PyTextStream('<stdin>', null, 0, () => vm.io.readLine(), null, () => vm.io.readLineBytes?.()));
    d.setStr('__stdin__', d.getStr('stdin')!);
    d.setStr('stdout', new PyTextStream('<stdout>', (s) => vm.io.stdout(s), 1, null, (b) => hostBytes(vm, 'stdout', b)));
    d.setStr('stderr', new PyTextStream('<stderr>', (s) => vm.io.stderr(s), 2, null, (b) => hostBytes(vm, 'stderr', b)));
    const stdoutStream = d.getStr('stdout') as PyTextStream;
    if (vm.io.stdio !== undefined) setStdioEncoding(d, vm.io.stdio.encoding, vm.io.stdio.errors);
    stdoutStream.flushHost = () => vm.io.flush?.();
    stdoutStream.passTextHost = () => vm.io.passText?.();
    if (vm.io.stdoutEncoded !== undefined) stdoutStream.writeEncoded = (b) => vm.io.stdoutEncoded!(b);
    if (vm.io.lineBuffered === true) stdoutStream.lineBuffering = true;
    if (vm.io.unbuffered === true) {
      const stdout = d.getStr('stdout') as PyTextStream;
      stdout.writeThrough = true;
      stdout.rawBinary = true;
      const stderr = d.getStr('stderr') as PyTextStream;
      stderr.writeThrough = true;
      stderr.rawBinary = true;
      stderr.lineBuffering = false; // CPython's -u stderr is write-through instead
    }
    d.setStr('__stdout__', d.getStr('stdout')!);
    d.setStr('__stderr__', d.getStr('stderr')!);
    d.setStr('builtin_module_names', newTuple([...vm.nativeModules.keys()].sort()));
    d.setStr('exit', builtin('exit', (vm, args, kwargs) => {
      if (kwargs !== null && kwargs.size > 0) throw typeError('sys.exit() takes no keyword arguments');
      if (args.length > 1) throw typeError(`exit expected at most 1 argument, got ${args.length}`);
      // As _PyErr_CreateException: None means no args, a tuple is the args.
      const status = args.length > 0 ? args[0] : None;
      // A SystemExit (or subclass) instance is raised itself, as PyErr_SetObject does.
      if (status instanceof PyBaseException && status.cls.isSubtypeOf(SystemExit)) throw status;
      const excArgs = status === None ? [] : status instanceof PyTuple ? status.items : [status];
      const exc = newException(SystemExit, ...excArgs);
      // Normalized at once only when chained to an exception being handled (_PyErr_SetObject).
      if (status instanceof PyTuple && vm.excInfo === null) keepExitStatus(exc, status);
      throw exc;
    }, 'sys'));
    d.setStr('getrecursionlimit', sysNoArgs('getrecursionlimit', (vm) => vm.recursionLimit));
    d.setStr('setrecursionlimit', builtin('setrecursionlimit', (vm, args, kwargs) => {
      const limit = oneArg('sys.setrecursionlimit', args, kwargs, 0);
      const n = index(vm, limit, () => `'${typeOf(limit).tpName}' object cannot be interpreted as an integer`);
      if (typeof n === 'bigint' || n < 1) throw valueError('recursion limit must be greater or equal than 1');
      vm.recursionLimit = n;
      return None;
    }, 'sys'));
    // How long a thread runs before another that waits gets its turn (vm/threads.ts).
    d.setStr('getswitchinterval', sysNoArgs('getswitchinterval', (vm) => new PyFloat(vm.switchInterval)));
    d.setStr('setswitchinterval', builtin('setswitchinterval', (vm, args, kwargs) => {
      const v = oneArg('sys.setswitchinterval', args, kwargs, 0);
      const x = toDouble(vm, v);
      if (!(x > 0)) throw valueError('switch interval must be strictly positive');
      vm.switchInterval = x;
      return None;
    }, 'sys'));
    d.setStr('exc_info', sysNoArgs('exc_info', (vm) => {
      const e = vm.excInfo;
      return e === null ? newTuple([None, None, None]) : newTuple([e.cls, e, e.traceback ?? None]);
    }));
    d.setStr('exception', sysNoArgs('exception', (vm) => vm.excInfo ?? None));
    // The interpreter's report of an uncaught exception; a program may replace sys.excepthook,
    // and reportUncaught (index.ts) then calls the replacement.
    const excepthook = builtin('excepthook', (vm, args, kwargs) => {
      if (kwargs !== null && kwargs.size > 0) throw typeError('sys.excepthook() takes no keyword arguments');
      if (args.length !== 3) throw typeError(`excepthook expected 3 arguments, got ${args.length}`);
      const [, value, tb] = args;
      if (!(value instanceof PyBaseException)) {
        vm.io.stderr(`TypeError: print_exception(): Exception expected for value, ${typeOf(value).tpName} found\n`);
        return None;
      }
      // As PyErr_Display: the traceback given is shown when the exception has none.
      if (value.traceback === null && tb instanceof PyTraceback) value.traceback = tb;
      writeSysStderr(vm, formatUncaughtException(vm, value));
      return None;
    }, 'sys');
    d.setStr('excepthook', excepthook);
    d.setStr('__excepthook__', excepthook);
    const unraisablehook = makeDefaultUnraisableHook(writeSysStderr);
    d.setStr('unraisablehook', unraisablehook);
    d.setStr('__unraisablehook__', unraisablehook);
    installUnraisable(vm, unraisablehook, writeSysStderr);
    const displayhook = builtin('displayhook', (vm, args, kwargs) => {
      vm.defaultDisplay(oneArg('sys.displayhook', args, kwargs, 0));
      return None;
    }, 'sys');
    d.setStr('displayhook', displayhook);
    d.setStr('__displayhook__', displayhook);
    d.setStr('breakpointhook', sys_breakpointhook);
    d.setStr('__breakpointhook__', sys_breakpointhook);
    // The limit is the process's; a new VM (a test's next program) starts from the default, or
    // from -X int_max_str_digits.
    const maxDigits = config.flags?.int_max_str_digits ?? -1;
    setIntMaxStrDigits(maxDigits >= 0 ? maxDigits : 4300);
    d.setStr('get_int_max_str_digits', builtin('get_int_max_str_digits', () => getIntMaxStrDigits(), 'sys'));
    d.setStr('set_int_max_str_digits', builtin('set_int_max_str_digits', (vm, args, kwargs) => {
      const [max] = parseArgs('set_int_max_str_digits', args, kwargs, { names: ['maxdigits'], required: 1 }, 0);
      const n = index(vm, max!, () => `'${typeOf(max!).tpName}' object cannot be interpreted as an integer`);
      if (typeof n === 'bigint' || (n !== 0 && n < INT_MAX_STR_DIGITS_THRESHOLD)) {
        if (typeof n !== 'bigint' || n < 0n) throw valueError(`maxdigits must be 0 or larger than ${INT_MAX_STR_DIGITS_THRESHOLD}`);
      }
      setIntMaxStrDigits(typeof n === 'bigint' ? Number.MAX_SAFE_INTEGER : n);
      return None;
    }, 'sys'));
    d.setStr('is_finalizing', sysNoArgs('is_finalizing', () => false));
    // The references reference counting would count (tpy keeps none: vm/finalize_now.ts counts them).
    d.setStr('getrefcount', builtin('getrefcount', (vm, args, kwargs) => referenceCount(vm, oneArg('sys.getrefcount', args, kwargs, 0)), 'sys'));
    d.setStr('getsizeof', builtin('getsizeof', (vm, args, kwargs) => {
      const [obj, dflt] = parseArgs('getsizeof', args, kwargs, { names: ['object', 'default'], required: 1 }, 0);
      return getsizeof(vm, obj!, dflt);
    }, 'sys'));
    d.setStr('intern', builtin('intern', (vm, args, kwargs) => {
      const v = oneArg('sys.intern', args, kwargs, 0);
      if (typeof v !== 'string') throw typeError(`intern() argument must be str, not ${v === None ? 'None' : typeOf(v).tpName}`);
      return v;
    }, 'sys'));
    installHookFunctions(vm, d);
    installAsyncGenHooks(vm, d);
  };
}
