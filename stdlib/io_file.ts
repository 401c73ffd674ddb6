// File objects returned by open(): text (TextIOWrapper) and binary (BufferedReader/Writer/Random) over node:fs.
//
// Writes go straight to the file descriptor (no buffering); reads load the rest of
// the file on first use and serve later reads from that cache, which any write or
// seek drops. Text reads translate '\r\n' and '\r' to '\n' (universal newlines) unless
// open() was given a `newline`: then lines end at that string ('' : at any of the three)
// and are read untranslated, and writes turn '\n' into `newline` when it is '\r' or '\r\n'.

import { fs } from './node_namespaces.js';
import { osPath } from './os_path_join.js';
import { nodeModule } from './node_lazy.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { PyType, makeNativeType, typeType, objectType } from '../vm/objects/type.js';
import { defMethod, defGetter, KwArgs } from '../vm/objects/function.js';
import { None } from '../vm/objects/singletons.js';
import { PyList } from '../vm/objects/list.js';
import { PyDict } from '../vm/objects/dict.js';
import { newTuple } from '../vm/objects/tuple.js';
import { PyBytes, PyByteArray, bufferBytes } from '../vm/objects/bytes.js';
import { PyMemoryView, writableBytes } from '../vm/objects/memoryview.js';
import { strVal } from '../vm/objects/str.js';
import {
  typeError, valueError, stopIteration, PyBaseException, OSError, ValueError, newException, notImplementedError, attributeError,
} from '../vm/objects/exceptions.js';
import { typeName, argTypeName } from '../vm/ops/typeof.js';
import { errnoNumber, strerror } from './linux_errno.js';
import { fspathOrUndefined } from './fspath.js';
import { index, truthy, repr, optionalSizeMessage } from '../vm/ops/convert.js';
import { call } from '../vm/ops/call.js';
import { checkNativeCallDepth } from '../vm/errors.js';
import { getIter, iterNext } from '../vm/ops/sequence.js';
import { parseArgs, noArgs, oneArg, checkArgCount } from '../vm/methods/args.js';
import { defNew } from '../vm/methods/object.js';
import type { TextCodec } from '../vm/methods/codecs.js';
import {
  PendingDecodeError, fileCodec, decodeFileText, pendingErrorException, encodeFileText, encodedLength, repairedLength,
} from './io_text_codec.js';
import type { VM } from '../vm/vm.js';
import { adoptDescriptor, nodeDescriptor, osDescriptor, releaseDescriptor } from './fd_table.js';
import { PyIntSub } from '../vm/objects/int.js';
import { newStreamWrapper } from './io_wrapper_new.js';
import { writeProgramFd } from './os_fd.js';
import { parseReconfigure, checkRecoding } from './std_stream_reconfigure.js';

export const textIOWrapperType = makeNativeType('_io.TextIOWrapper', objectType, { instanceDict: true });
export const bufferedReaderType = makeNativeType('_io.BufferedReader', objectType, { instanceDict: true });
export const bufferedWriterType = makeNativeType('_io.BufferedWriter', objectType, { instanceDict: true });
export const bufferedRandomType = makeNativeType('_io.BufferedRandom', objectType, { instanceDict: true });
/** open(..., 'rb', buffering=0) and io.FileIO(...): the raw, unbuffered binary file. */
export const fileIOType = makeNativeType('_io.FileIO', objectType, { instanceDict: true });

/** io.UnsupportedOperation: both an OSError and a ValueError; a heap type (PyErr_NewException's), so its attributes may be set. */
export const UnsupportedOperation = new PyType(typeType, 'UnsupportedOperation', [OSError, ValueError], {
  module: 'io', allocate: OSError.allocate, instanceDict: true, heap: true,
});
UnsupportedOperation.typeDict.set('__module__', 'io'); // where a heap type's __module__ lives

export class PyFile extends PyObj {
  closed = false;
  /** Byte offset of the next read or write. */
  pos = 0;
  /**
   * Whether the file has positions (lseek works): not a pipe, FIFO, socket or terminal. Reads and
   * writes of one that has none go where the descriptor is (no offset: pread on a pipe fails).
   */
  seekable = true;
  /** Text mode: the decoded rest of the file from `cacheStart`, and how much of it was consumed. */
  textCache: string | null = null;
  textIndex = 0;
  /** Text mode: where the next '\r' at or after textIndex is in textCache (its length: none), once looked for (readTextLine). */
  crAt = -1;
  /** Binary mode: the rest of the file from `cacheStart`. */
  byteCache: Buffer | null = null;
  byteIndex = 0;
  cacheStart = 0;
  /** Text mode: open()'s `newline`; null is universal-newlines mode (the default, None). */
  newline: string | null = null;
  /** Text mode: open(..., buffering=1). */
  lineBuffering = false;
  /** Text mode: reconfigure(write_through=...) (kept: tpy's text layer holds nothing back). */
  writeThrough = false;
  /** Text mode, reading with newline None or '': the line ends decoded so far (bits: 1 '\r', 2 '\n', 4 '\r\n'), for `newlines`. */
  seenNewlines = 0;
  trailingCr = false;
  /**
   * Bytes written but not yet handed to the OS, which end at `pos` (CPython's BufferedWriter):
   * a write system call costs ~5 us on this kind of host, a line written at a time 40x
   * CPython. Flushed when full, by flush/close/seek/truncate/fileno and any read, and for
   * every file by open(), the os functions and the program's end (flushAllWrites).
   */
  wbuf: Uint8Array | null = null;
  /** The program's number for the descriptor (fileno(); fd is node's, see fd_table.ts). */
  fileno = -1;
  /** open()'s closefd: close() closes the descriptor too. */
  closefd = true;
  wlen = 0;
  /** Text mode: a decode error past the end of textCache, raised when a read gets there. */
  decodeError: PendingDecodeError | null = null;
  /** Text mode: the bytes textCache was decoded from, kept when an error handler repaired them (see syncPos). */
  textBytes: Uint8Array | null = null;
  constructor(
    cls: PyType,
    readonly fd: number,
    readonly name: PyObject,
    readonly mode: string,
    readonly binary: boolean,
    readonly readable: boolean,
    readonly writable: boolean,
    readonly append: boolean,
    /** Text mode: the encoding's name as open() (or reconfigure()) was given it ('UTF-8' by default). */
    public encoding: string,
    /** Text mode: the codec `encoding` names, and open()'s `errors`. */
    public codec: TextCodec | null,
    public errors: string,
  ) {
    super(cls);
  }
}

interface ParsedMode {
  reading: boolean;
  writing: boolean;
  appending: boolean;
  creating: boolean;
  plus: boolean;
  binary: boolean;
}

/** The os.open flags a mode stands for, as open() passes them to an opener (Linux values; CPython adds O_CLOEXEC). */
function openerFlags(m: ParsedMode): number {
  const O_WRONLY = 0o1, O_RDWR = 0o2, O_CREAT = 0o100, O_EXCL = 0o200, O_TRUNC = 0o1000, O_APPEND = 0o2000, O_CLOEXEC = 0o2000000;
  let flags = O_CLOEXEC | (m.plus ? O_RDWR : m.reading ? 0 : O_WRONLY);
  if (m.writing) flags |= O_CREAT | O_TRUNC;
  else if (m.appending) flags |= O_CREAT | O_APPEND;
  else if (m.creating) flags |= O_CREAT | O_EXCL;
  return flags;
}

function parseMode(mode: string): ParsedMode {
  const seen = new Set<string>();
  for (const c of mode) {
    if (!'rwaxb+t'.includes(c) || seen.has(c)) throw valueError(`invalid mode: '${mode}'`);
    seen.add(c);
  }
  const m: ParsedMode = {
    reading: seen.has('r'), writing: seen.has('w'), appending: seen.has('a'), creating: seen.has('x'),
    plus: seen.has('+'), binary: seen.has('b'),
  };
  if (seen.has('t') && m.binary) throw valueError("can't have text and binary mode at once");
  const n = [m.reading, m.writing, m.appending, m.creating].filter(Boolean).length;
  if (n !== 1) {
    if (n === 0) throw valueError('Must have exactly one of create/read/write/append mode and at most one plus');
    throw valueError('must have exactly one of create/read/write/append mode');
  }
  return m;
}

/**
 * A binary file's `mode` as CPython's FileIO gives it, from what the file can do rather than
 * from the letters given: 'w+b' and 'r+b' are 'rb+', 'a+b' is 'ab+', 'br' is 'rb'. (A text
 * file's is the mode string open() was given.)
 */
function binaryModeName(m: ParsedMode): string {
  if (m.creating) return m.plus ? 'xb+' : 'xb';
  if (m.appending) return m.plus ? 'ab+' : 'ab';
  if (m.plus) return 'rb+';
  return m.reading ? 'rb' : 'wb';
}

/**
 * An OSError for a failed node:fs call, as CPython raises it: `[Errno 2] No such file or directory: 'x'`.
 * OSError's constructor picks the subclass from the errno (2 -> FileNotFoundError), as CPython's errnomap.
 */
export function osErrorFrom(vm: VM, e: unknown, filename: PyObject | undefined, filename2?: PyObject): PyBaseException {
  const err = e as NodeJS.ErrnoException | undefined;
  // node refuses a path with a NUL before any system call; CPython's path converter does the same.
  if (err?.code === 'ERR_INVALID_ARG_VALUE' && /null bytes/.test(err.message)) return valueError('embedded null byte');
  const known = errnoNumber(err?.code ?? '');
  const errno = known ?? (typeof err?.errno === 'number' ? Math.abs(err.errno) : 5);
  const text = known !== undefined ? strerror(known) : (e as Error)?.message ?? strerror(5);
  const args: PyObject[] = filename === undefined ? [errno, text] : [errno, text, filename];
  // OSError(errno, strerror, filename, winerror, filename2): "... 'a' -> 'b'" (rename).
  if (filename2 !== undefined) args.push(None, filename2);
  const r = call(vm, OSError, args);
  return r instanceof PyBaseException ? r : newException(OSError, errno, text);
}

function pathOf(vm: VM, o: PyObject): string {
  o = fspathOrUndefined(vm, o) ?? o;
  let text = strVal(o);  // a str subclass names a file too
  if (text === undefined && o instanceof PyBytes) text = Buffer.from(o.data).toString('utf8');
  if (text !== undefined) {
    if (text.includes('\0')) throw valueError('embedded null byte');
    return text;
  }
  throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(o)}`);
}

/** builtins.open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None). */
export function builtin_open(vm: VM, args: PyObject[], kwargs: KwArgs | null): PyObject {
  const [file, modeArg, bufferingArg, encodingArg, errorsArg, newlineArg, closefdArg, openerArg] = parseArgs('open', args, kwargs, {
    names: ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'], required: 1,
  }, 0);
  const mode = modeArg === undefined ? 'r' : modeArg;
  if (typeof mode !== 'string') throw typeError(`open() argument 'mode' must be str, not ${argTypeName(mode)}`);
  if (encodingArg !== undefined && encodingArg !== None && typeof encodingArg !== 'string') {
    throw typeError(`open() argument 'encoding' must be str or None, not ${argTypeName(encodingArg)}`);
  }
  if (errorsArg !== undefined && errorsArg !== None && typeof errorsArg !== 'string') {
    throw typeError(`open() argument 'errors' must be str or None, not ${argTypeName(errorsArg)}`);
  }
  const m = parseMode(mode);
  if (m.binary && encodingArg !== undefined && encodingArg !== None) throw valueError("binary mode doesn't take an encoding argument");
  if (m.binary && errorsArg !== undefined && errorsArg !== None) throw valueError("binary mode doesn't take an errors argument");
  const newline = newlineArg === undefined || newlineArg === None ? null : newlineArg;
  if (newline !== null) {
    if (typeof newline !== 'string') throw typeError(`open() argument 'newline' must be str or None, not ${argTypeName(newline)}`);
    if (m.binary) throw valueError("binary mode doesn't take a newline argument");
  }
  // What other file objects wrote is on disk before this one looks (see flushAllWrites).
  flushAllWrites(vm);
  const closefd = closefdArg === undefined || truthy(vm, closefdArg);
  // `fd` is node's descriptor, `fileno` the program's number for it (fd_table.ts).
  let fd: number;
  let fileno: number;
  let startAt = 0;
  let pathName: PyObject;
  if (typeof file === 'number') {
    if (file < 0) throw valueError('negative file descriptor');
    const d = osDescriptor(vm, file);
    fd = d.real;
    fileno = file;
    // It reads on from where os.read/os.lseek left the descriptor (one file offset, as the kernel's).
    startAt = d.offset ?? 0;
    pathName = file;
  } else if (!closefd) {
    throw valueError('Cannot use closefd=False with file name');
  } else if (openerArg !== undefined && openerArg !== None) {
    // opener(path, flags) opens the file and returns the program's descriptor for it.
    pathName = fspathOrUndefined(vm, file!) ?? file!;
    const got = call(vm, openerArg, [pathName, openerFlags(m)]);
    if (typeof got !== 'number' && !(got instanceof PyIntSub)) throw typeError('expected integer from opener');
    const n = Number(index(vm, got));
    if (n < 0) throw valueError(`opener returned ${n}`);
    fd = nodeDescriptor(vm, n);
    fileno = n;
  } else {
    const path = pathOf(vm, file!);
    // A path-like object's errors and repr name its path (as CPython, which converts first).
    pathName = fspathOrUndefined(vm, file!) ?? file!;
    let flags: string;
    if (m.reading) flags = m.plus ? 'r+' : 'r';
    else if (m.writing) flags = m.plus ? 'w+' : 'w';
    else if (m.appending) flags = m.plus ? 'a+' : 'a';
    else flags = m.plus ? 'wx+' : 'wx';
    // open('') is ENOENT for the OS; resolved against the cwd it would name a directory.
    if (path === '') throw osErrorFrom(vm, { code: 'ENOENT' }, pathName);
    try {
      fd = fs.openSync(osPath(vm.cwd, path), flags);
    } catch (e) {
      throw osErrorFrom(vm, e, pathName);
    }
    let isDir = false;
    try {
      isDir = fs.fstatSync(fd).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) {
      fs.closeSync(fd);
      throw osErrorFrom(vm, { code: 'EISDIR' }, pathName);
    }
    fileno = adoptDescriptor(vm, fd);
  }
  // 'locale' (io.text_encoding's answer for None) is the locale's encoding: UTF-8 here, as for None
  const encoding = typeof encodingArg === 'string' && encodingArg !== 'locale' ? encodingArg : 'UTF-8';
  let codec: TextCodec | null = null;
  const buffering = bufferingArg === undefined ? -1 : Number(index(vm, bufferingArg));
  // As CPython: refused once the file is open (so 'w' has already truncated it).
  if (buffering === 0 && !m.binary) {
    if (typeof file !== 'number') closeNumber(vm, fileno, fd);
    throw valueError("can't have unbuffered text I/O");
  }
  // TextIOWrapper's own check, once the file is open (a missing file's error comes first).
  if (newline !== null && newline !== '' && newline !== '\n' && newline !== '\r' && newline !== '\r\n') {
    if (typeof file !== 'number') closeNumber(vm, fileno, fd);
    throw valueError(`illegal newline value: ${newline}`);
  }
  if (!m.binary) {
    try {
      codec = fileCodec(encoding, vm, m.reading || m.plus, !m.reading || m.plus, typeof errorsArg === 'string' ? errorsArg : 'strict');
    } catch (e) {
      if (typeof file !== 'number') closeNumber(vm, fileno, fd);
      throw e;
    }
  }
  let cls: PyType;
  if (!m.binary) cls = textIOWrapperType;
  else if (buffering === 0) cls = fileIOType;
  else if (m.plus) cls = bufferedRandomType;
  else if (m.reading) cls = bufferedReaderType;
  else cls = bufferedWriterType;
  const f = new PyFile(cls, fd, pathName, m.binary ? binaryModeName(m) : mode, m.binary, m.reading || m.plus, !m.reading || m.plus, m.appending, encoding,
    codec, typeof errorsArg === 'string' ? errorsArg : 'strict');
  // As CPython's: open() stores a text file's `mode` and FileIO its `name` in the instance's
  // __dict__ (a program may replace or delete them; repr shows what is there).
  if (!m.binary) (f.dict = new PyDict()).setStr('mode', mode);
  else if (cls === fileIOType) (f.dict = new PyDict()).setStr('name', pathName);
  f.newline = newline;
  f.lineBuffering = buffering === 1 && !m.binary;
  f.fileno = fileno;
  f.closefd = closefd;
  f.seekable = hasPositions(fd);
  f.pos = startAt;
  if (m.appending) {
    try {
      f.pos = fs.fstatSync(fd).size;
    } catch {
      f.pos = 0;
    }
  }
  return f;
}

function fileSelf(args: PyObject[]): PyFile {
  return args[0] as PyFile;
}

/**
 * Refuses a closed file. A binary file names the operation (`closedMessage`, e.g. 'read of closed
 * file', as CPython's buffered objects do); without one, and in text files, the message is IOBase's.
 */
function checkOpen(f: PyFile, closedMessage?: string): void {
  if (f.closed && f.cls === fileIOType) checkOpenRaw(f);
  if (f.closed) throw valueError(f.binary && closedMessage !== undefined ? closedMessage : 'I/O operation on closed file.');
}

/** The check of fileno/isatty/readable/writable/seekable (and a binary file's tell): FileIO's message, no full stop. */
function checkOpenRaw(f: PyFile): void {
  if (f.closed) throw valueError('I/O operation on closed file');
}

/**
 * A read: a binary file that cannot read says so before it says it is closed (CPython's
 * BufferedWriter has no read methods at all); a text file checks closed first.
 */
function checkReadable(f: PyFile, op = 'read', unsupported = 'read'): void {
  if (f.cls === fileIOType) {
    // FileIO: closed first, then the mode (its own message).
    checkOpenRaw(f);
    if (!f.readable) throw newException(UnsupportedOperation, 'File not open for reading');
    return;
  }
  if (f.binary) {
    if (!f.readable) throw newException(UnsupportedOperation, unsupported);
    checkOpen(f, `${op} of closed file`);
    return;
  }
  checkOpen(f);
  if (!f.readable) throw newException(UnsupportedOperation, 'not readable');
}

function checkWritable(f: PyFile): void {
  if (f.cls === fileIOType) {
    checkOpenRaw(f);
    if (!f.writable) throw newException(UnsupportedOperation, 'File not open for writing');
    return;
  }
  if (f.binary) {
    if (!f.writable) throw newException(UnsupportedOperation, 'write');
    checkOpen(f, 'write to closed file');
    return;
  }
  checkOpen(f);
  if (!f.writable) throw newException(UnsupportedOperation, 'not writable');
}

/** Whether lseek works on `fd`, as far as fstat tells: pipes, FIFOs, sockets and terminals have no positions. */
function isatty(fd: number): boolean {
  return nodeModule<typeof import('node:tty')>('node:tty').isatty(fd);
}

function hasPositions(fd: number): boolean {
  try {
    const st = fs.fstatSync(fd);
    if (st.isFIFO() || st.isSocket()) return false;
    return !(st.isCharacterDevice() && isatty(fd));
  } catch {
    return true;
  }
}

/** seek/tell of a file without positions: CPython's errors, by mode. */
function checkSeekable(vm: VM, f: PyFile, op: 'seek' | 'tell'): void {
  if (f.seekable) return;
  if (!f.binary) throw newException(UnsupportedOperation, 'underlying stream is not seekable');
  if (op === 'seek') throw newException(UnsupportedOperation, 'File or stream is not seekable.');
  throw call(vm, OSError, [29, strerror(29)]);
}

/** Reads the rest of the file from f.pos into the cache (once per position). */
/** Where fillCache reads (made at its first read): never kept, each read's bytes are copied out at once. */
let readScratch: Buffer | null = null;

function fillCache(vm: VM, f: PyFile): void {
  if (f.binary ? f.byteCache !== null : f.textCache !== null) return;
  flushWrites(vm, f);
  const chunks: Buffer[] = [];
  let p = f.pos;
  try {
    for (;;) {
      // Read into one scratch buffer and keep a copy of what came: a fresh zeroed 64 KB
      // buffer per read (two per small file, with the one that finds the end) was most of
      // `with open(path) as fh: fh.read()`.
      const scratch = (readScratch ??= Buffer.allocUnsafe(65536));
      const n = fs.readSync(f.fd, scratch, 0, scratch.length, f.seekable ? p : null);
      if (n <= 0) break;
      chunks.push(Buffer.from(scratch.subarray(0, n)));
      p += n;
    }
  } catch (e) {
    throw osErrorFrom(vm, e, undefined);
  }
  const all = Buffer.concat(chunks);
  f.cacheStart = f.pos;
  if (f.binary) {
    f.byteCache = all;
    f.byteIndex = 0;
  } else {
    const decoded = decodeFileText(f.codec!, all, f.errors);
    f.textCache = decoded.text;
    if (f.newline === null || f.newline === '') {
      // A '\r' ending the text may start a '\r\n': CPython's decoder counts it only once a read reaches the end.
      const t = decoded.text;
      f.seenNewlines |= newlineKinds(t.endsWith('\r') ? t.slice(0, -1) : t);
      f.trailingCr = t.endsWith('\r');
    }
    f.decodeError = decoded.error;
    f.textBytes = decoded.exact ? null : all;
    f.textIndex = 0;
    f.crAt = -1;
  }
}

/** The byte offset the reader has reached (f.pos moved to the consumed part of the cache). */
function syncPos(f: PyFile): void {
  if (f.byteCache !== null) {
    f.pos = f.cacheStart + f.byteIndex;
    f.byteCache = null;
  }
  if (f.textCache !== null) {
    f.pos = f.cacheStart + textBytesRead(f);
    f.textCache = null;
    f.decodeError = null;
    f.textBytes = null;
  }
}

/** How many bytes of the cache the text read so far came from. */
function textBytesRead(f: PyFile): number {
  const read = f.textCache!.slice(0, f.textIndex);
  return f.textBytes === null ? encodedLength(f.codec!, read, f.errors) : repairedLength(f.codec!, f.textBytes, f.errors, read);
}

/**
 * A read that needs text past the end of the cache: at the end of the file that is fine,
 * before a decode error it raises that error, counted as CPython's next chunked read
 * (or, for `toEnd`, its read of all the rest) would count it.
 */
function checkDecodeError(f: PyFile, toEnd: boolean): void {
  if (f.decodeError === null) return;
  throw pendingErrorException(f.codec!, f.decodeError, f.errors, toEnd ? textBytesRead(f) : null);
}

function translateNewlines(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

/** Text: up to `size` characters (all when negative), newlines translated. */
function readText(vm: VM, f: PyFile, size: number): string {
  fillCache(vm, f);
  const raw = f.textCache!;
  if (size < 0) {
    checkDecodeError(f, true);
    const s = raw.slice(f.textIndex);
    f.textIndex = raw.length;
    return f.newline === null ? translateNewlines(s) : s;
  }
  let out = '';
  let count = 0;
  let i = f.textIndex;
  while (i < raw.length && count < size) {
    let ch = raw[i];
    if (ch === '\r' && f.newline === null) {
      if (raw[i + 1] === '\n') i++;
      ch = '\n';
    } else if (ch >= '\ud800' && ch < '\udc00' && i + 1 < raw.length) {
      ch += raw[++i];
    }
    out += ch;
    i++;
    count++;
  }
  if (count < size) checkDecodeError(f, false);
  f.textIndex = i;
  return out;
}

/**
 * Text: one line, its end ('\n', '\r\n' or '\r') read as '\n', at most `limit` characters when
 * that is not negative. The line is found with indexOf and cut out with one slice: building it
 * a character at a time made reading a file by lines mostly garbage collection.
 */
function readTextLine(vm: VM, f: PyFile, limit: number): string {
  fillCache(vm, f);
  if (f.newline !== null) return readRawLine(f, limit);
  const raw = f.textCache!;
  const start = f.textIndex;
  let eol = raw.indexOf('\n', start);
  if (eol < 0) {
    eol = raw.length;
    if (raw.indexOf('\r', start) < 0) checkDecodeError(f, false);
  }
  // The next '\r' is remembered: looking for one from every line's start in a file that has
  // none would scan the rest of the file each time.
  if (f.crAt < start) {
    const cr = raw.indexOf('\r', start);
    f.crAt = cr < 0 ? raw.length : cr;
  }
  let end = eol < raw.length ? 1 : 0; // the line end's length (none at the end of the file)
  if (f.crAt < eol) {
    eol = f.crAt;
    end = raw.charCodeAt(eol + 1) === 10 ? 2 : 1;
  }
  if (limit >= 0 && eol - start >= limit) {
    f.textIndex = start + limit;
    return raw.slice(start, start + limit);
  }
  f.textIndex = eol + end;
  return end > 0 ? raw.slice(start, eol) + '\n' : raw.slice(start, eol);
}

/** A line read untranslated, ending at f.newline (at '\n', '\r\n' or '\r' when it is ''). */
function readRawLine(f: PyFile, limit: number): string {
  const raw = f.textCache!;
  const start = f.textIndex;
  let end = raw.length;
  if (f.newline === '') {
    const nl = raw.indexOf('\n', start);
    const cr = raw.indexOf('\r', start);
    if (cr >= 0 && (nl < 0 || cr < nl)) end = raw[cr + 1] === '\n' ? cr + 2 : cr + 1;
    else if (nl >= 0) end = nl + 1;
  } else {
    const at = raw.indexOf(f.newline!, start);
    if (at >= 0) end = at + f.newline!.length;
  }
  if (limit >= 0 && end - start > limit) end = start + limit;
  else if (end === raw.length) checkDecodeError(f, false);
  f.textIndex = end;
  return raw.slice(start, end);
}

function readBytes(vm: VM, f: PyFile, size: number): Uint8Array {
  fillCache(vm, f);
  const b = f.byteCache!;
  const end = size < 0 ? b.length : Math.min(b.length, f.byteIndex + size);
  const out = new Uint8Array(b.subarray(f.byteIndex, end));
  f.byteIndex = end;
  return out;
}

function readBytesLine(vm: VM, f: PyFile, limit: number): Uint8Array {
  fillCache(vm, f);
  const b = f.byteCache!;
  let end = b.indexOf(10, f.byteIndex);
  end = end < 0 ? b.length : end + 1;
  if (limit >= 0) end = Math.min(end, f.byteIndex + limit);
  const out = new Uint8Array(b.subarray(f.byteIndex, end));
  f.byteIndex = end;
  return out;
}

function readLine(vm: VM, f: PyFile, limit: number): PyObject {
  return f.binary ? new PyBytes(readBytesLine(vm, f, limit)) : readTextLine(vm, f, limit);
}

function lineIsEmpty(line: PyObject): boolean {
  return line instanceof PyBytes ? line.data.length === 0 : line === '';
}

/** Write buffers hold this much before they are written out. */
const WRITE_BUFFER_SIZE = 65536;

/** The files with bytes in their write buffer. */
const pendingWrites = new Set<PyFile>();

function writeData(vm: VM, f: PyFile, data: Uint8Array): void {
  syncPos(f);
  // A FileIO holds nothing back: each write is a system call, as CPython's raw write.
  if (data.length >= WRITE_BUFFER_SIZE || f.cls === fileIOType) {
    flushWrites(vm, f);
    writeAt(vm, f, data, data.length, f.pos);
    f.pos += data.length;
    return;
  }
  if (f.wlen + data.length > WRITE_BUFFER_SIZE) flushWrites(vm, f);
  f.wbuf ??= new Uint8Array(WRITE_BUFFER_SIZE);
  f.wbuf.set(data, f.wlen);
  f.wlen += data.length;
  f.pos += data.length;
  pendingWrites.add(f);
}

/** Writes the first n bytes of data at byte offset `at` (at the end in append mode). */
function writeAt(vm: VM, f: PyFile, data: Uint8Array, n: number, at: number): void {
  if (f.fileno === 1 || f.fileno === 2) {
    // open(1, 'w') and os.fdopen(2, 'w'): the standard stream's bytes go where os.write's go
    // (after sys.stdout's, at the descriptor's own offset, or to the VM's collected output).
    writeProgramFd(vm, f.fileno, data.subarray(0, n), (e) => {
      throw osErrorFrom(vm, e, undefined);
    });
    return;
  }
  try {
    let off = 0;
    while (off < n) off += fs.writeSync(f.fd, data, off, n - off, f.append || !f.seekable ? null : at + off);
  } catch (e) {
    throw osErrorFrom(vm, e, undefined);
  }
}

/** Hands a file's buffered bytes to the OS. */
function flushWrites(vm: VM, f: PyFile): void {
  if (f.wlen === 0) return;
  const n = f.wlen;
  f.wlen = 0;
  pendingWrites.delete(f);
  writeAt(vm, f, f.wbuf!, n, f.pos - n);
}

/**
 * Every file's buffered bytes to the OS: before open() and the os functions look at files,
 * and when the program ends. CPython writes out a file object that is dropped without
 * close() at once (`open(p, 'w').write(s)`); tpy cannot see it dropped, so it writes it
 * out before anything could look. Errors are left for the file's own close to report.
 */
export function flushAllWrites(vm: VM): void {
  if (pendingWrites.size === 0) return;
  for (const f of [...pendingWrites]) {
    try {
      flushWrites(vm, f);
    } catch {
      pendingWrites.delete(f);
    }
  }
}

/** print()'s fast path: writes text to an open, writable text file (false when `f` is not one). */
export function fileWriteText(vm: VM, f: PyObject | undefined, text: string): boolean {
  if (!(f instanceof PyFile) || f.binary || f.closed || !f.writable || f.cls !== textIOWrapperType) return false;
  syncPos(f);
  writeData(vm, f, encodeFileText(f.codec!, text, f.errors, f.pos === 0));
  return true;
}

function sizeArg(vm: VM, o: PyObject | undefined, optional = false): number {
  if (o === undefined || o === None) return -1;
  // A size that may be None words its error as _Py_convert_optional_to_ssize_t.
  const n = index(vm, o, optional ? () => optionalSizeMessage(o) : undefined);
  return typeof n === 'bigint' ? (n < 0n ? -1 : Number.MAX_SAFE_INTEGER) : n;
}

function closeFile(vm: VM, f: PyFile): void {
  if (f.closed) return;
  try {
    flushWrites(vm, f);
  } finally {
    f.closed = true;
    closeDescriptor(vm, f);
  }
}

function closeDescriptor(vm: VM, f: PyFile): void {
  if (f.closefd) closeNumber(vm, f.fileno, f.fd);
}

/** Closes the program's descriptor `fileno` (node's `fd`) and frees its number; the standard streams stay open. */
function closeNumber(vm: VM, fileno: number, fd: number): void {
  if (fileno <= 2) return;
  // An os.dup copy of the number keeps the descriptor open.
  if (!releaseDescriptor(vm, fileno)) return;
  try {
    fs.closeSync(fd);
  } catch {
    // Closed already (os.close of the number): nothing left to do.
  }
}

function fileRepr(vm: VM, f: PyFile): string {
  const t = f.cls;
  if (t === fileIOType) {
    if (f.closed) return '<_io.FileIO [closed]>';
    const stored = f.dict?.getStr('name');
    const named = stored === undefined ? `fd=${f.fileno}` : `name=${repr(vm, stored)}`;
    return `<_io.FileIO ${named} mode='${f.mode}' closefd=${f.closefd ? 'True' : 'False'}>`;
  }
  const name = repr(vm, f.name);
  if (t === textIOWrapperType) {
    const mode = f.dict?.getStr('mode');
    return `<_io.TextIOWrapper name=${name}${mode === undefined ? '' : ` mode=${repr(vm, mode)}`} encoding='${f.encoding}'>`;
  }
  return `<_io.${t.name} name=${name}>`;
}

function installFileMethods(t: PyType): void {
  const q = t.name;
  defMethod(t, '__repr__', (vm, args) => fileRepr(vm, fileSelf(args)));
  defMethod(t, 'read', (vm, args, kwargs) => {
    checkArgCount('read', args, 0, 1);
    void kwargs;
    const f = fileSelf(args);
    checkReadable(f);
    const n = sizeArg(vm, args[1], true);
    return f.binary ? new PyBytes(readBytes(vm, f, n)) : readText(vm, f, n);
  });
  defMethod(t, 'readline', (vm, args) => {
    checkArgCount('readline', args, 0, 1);
    const f = fileSelf(args);
    checkReadable(f, 'readline');
    // TextIOWrapper.readline's size is a plain index (None is a TypeError); a binary file's may be None.
    if (!f.binary && args[1] === None) throw typeError("'NoneType' object cannot be interpreted as an integer");
    return readLine(vm, f, sizeArg(vm, args[1], f.binary));
  });
  defMethod(t, 'readlines', (vm, args) => {
    checkArgCount('readlines', args, 0, 1);
    const f = fileSelf(args);
    // IOBase.readlines: closed first (its message), then readline's own checks.
    checkOpen(f);
    checkReadable(f, 'readline');
    const hint = sizeArg(vm, args[1], true);
    const lines: PyObject[] = [];
    let total = 0;
    for (;;) {
      const line = readLine(vm, f, -1);
      if (lineIsEmpty(line)) break;
      lines.push(line);
      total += line instanceof PyBytes ? line.data.length : (line as string).length;
      if (hint > 0 && total > hint) break;
    }
    return new PyList(lines);
  });
  defMethod(t, 'write', (vm, args, kwargs) => {
    checkNativeCallDepth(vm);
    const data = oneArg(`${q}.write`, args, kwargs);
    const f = fileSelf(args);
    if (f.binary) {
      const bytes = bufferBytes(data);
      if (bytes === undefined) throw typeError(`a bytes-like object is required, not '${typeName(data)}'`);
      checkWritable(f);
      writeData(vm, f, bytes);
      return bytes.length;
    }
    if (typeof data !== 'string') throw typeError(`write() argument must be str, not ${argTypeName(data)}`);
    checkWritable(f);
    const text = f.newline === '\r' || f.newline === '\r\n' ? data.replace(/\n/g, f.newline) : data;
    syncPos(f);
    writeData(vm, f, encodeFileText(f.codec!, text, f.errors, f.pos === 0));
    let n = 0;
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (c < 0xd800 || c >= 0xdc00) n++;
    }
    return n;
  });
  defMethod(t, 'writelines', (vm, args, kwargs) => {
    const lines = oneArg(`${q}.writelines`, args, kwargs);
    const f = fileSelf(args);
    // Each line goes through write(), which refuses a file that cannot write: an empty list passes.
    checkOpen(f);
    const write = t.typeDict.get('write') as unknown as { fn: (vm: VM, a: PyObject[], k: KwArgs | null) => PyObject };
    const it = getIter(vm, lines);
    for (let line = iterNext(vm, it); line !== undefined; line = iterNext(vm, it)) write.fn(vm, [f, line], null);
    return None;
  });
  defMethod(t, 'close', (vm, args, kwargs) => {
    noArgs(`${q}.close`, args, kwargs);
    closeFile(vm, fileSelf(args));
    return None;
  });
  defMethod(t, 'flush', (vm, args) => {
    const f = fileSelf(args);
    // A buffered reader's flush is IOBase's; a writer's names itself.
    checkOpen(f, f.writable ? 'flush of closed file' : undefined);
    flushWrites(vm, fileSelf(args));
    return None;
  });
  defMethod(t, 'seek', (vm, args) => {
    checkArgCount('seek', args, 1, 2);
    const f = fileSelf(args);
    checkOpen(f, 'seek of closed file');
    checkSeekable(vm, f, 'seek');
    const off = sizeArg(vm, args[1]);
    const whence = args.length > 2 ? sizeArg(vm, args[2]) : 0;
    flushWrites(vm, f);
    syncPos(f);
    if (whence === 0) {
      if (off < 0) throw valueError(`negative seek position ${off}`);
      f.pos = off;
    } else if (whence === 1) {
      if (!f.binary && off !== 0) throw newException(UnsupportedOperation, "can't do nonzero cur-relative seeks");
      f.pos = Math.max(0, f.pos + off);
    } else if (whence === 2) {
      if (!f.binary && off !== 0) throw newException(UnsupportedOperation, "can't do nonzero end-relative seeks");
      f.pos = Math.max(0, fs.fstatSync(f.fd).size + off);
    } else throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    return f.pos;
  });
  defMethod(t, 'tell', (vm, args) => {
    const f = fileSelf(args);
    if (f.binary) checkOpenRaw(f);
    else checkOpen(f);
    checkSeekable(vm, f, 'tell');
    // The cache stays: dropping it would start CPython's 8192-byte chunks over from here.
    if (f.byteCache !== null) return f.cacheStart + f.byteIndex;
    if (f.textCache !== null) return f.cacheStart + textBytesRead(f);
    return f.pos;
  });
  defMethod(t, 'truncate', (vm, args) => {
    const f = fileSelf(args);
    checkOpen(f, 'truncate of closed file');
    if (!f.writable) throw newException(UnsupportedOperation, 'truncate');
    flushWrites(vm, f);
    syncPos(f);
    const size = args.length > 1 && args[1] !== None ? sizeArg(vm, args[1]) : f.pos;
    fs.ftruncateSync(f.fd, size);
    return size;
  });
  // A file that cannot read answers readable() without looking at closed (and writable() alike), as CPython's.
  defMethod(t, 'readable', (_vm, args) => {
    const f = fileSelf(args);
    if (f.readable) checkOpenRaw(f);
    return f.readable;
  });
  defMethod(t, 'writable', (_vm, args) => {
    const f = fileSelf(args);
    if (f.writable) checkOpenRaw(f);
    return f.writable;
  });
  defMethod(t, 'seekable', (_vm, args) => {
    checkOpenRaw(fileSelf(args));
    return fileSelf(args).seekable;
  });
  defMethod(t, 'isatty', (_vm, args) => {
    checkOpenRaw(fileSelf(args));
    return isatty(fileSelf(args).fd);
  });
  defMethod(t, 'fileno', (vm, args) => {
    checkOpenRaw(fileSelf(args));
    flushWrites(vm, fileSelf(args));
    return fileSelf(args).fileno;
  });
  defMethod(t, '__enter__', (_vm, args) => {
    checkOpen(fileSelf(args));
    return args[0];
  });
  defMethod(t, '__exit__', (vm, args) => {
    closeFile(vm, fileSelf(args));
    return None;
  });
  defMethod(t, '__iter__', (_vm, args) => {
    checkOpen(fileSelf(args));
    return args[0];
  });
  defMethod(t, '__next__', (vm, args) => {
    const f = fileSelf(args);
    checkReadable(f, 'readline');
    const line = readLine(vm, f, -1);
    if (lineIsEmpty(line)) throw stopIteration();
    return line;
  });
  if (t === fileIOType) installRawReads(t);
  else if (t !== textIOWrapperType) installBinaryReads(t);
  defGetter(t, 'closed', (_vm, o) => (o as PyFile).closed);
  // A FileIO's name and a text file's mode are in the instance's __dict__ (builtin_open).
  if (t !== fileIOType) defGetter(t, 'name', (_vm, o) => (o as PyFile).name);
  if (t !== textIOWrapperType) defGetter(t, 'mode', (_vm, o) => (o as PyFile).mode);
  if (t === textIOWrapperType) {
    defGetter(t, 'encoding', (_vm, o) => (o as PyFile).encoding);
    defGetter(t, 'errors', (_vm, o) => (o as PyFile).errors);
    defGetter(t, 'newlines', (_vm, o) => {
      const f = o as PyFile;
      if (f.trailingCr && f.textCache !== null && f.textIndex >= f.textCache.length) f.seenNewlines |= 1;
      return newlinesSeen(f.seenNewlines);
    });
    defGetter(t, 'line_buffering', (_vm, o) => (o as PyFile).lineBuffering);
  }
}

/** What FileIO adds to read(): readall and readinto (no buffer, so no read1 or peek), and closefd. */
function installRawReads(t: PyType): void {
  defMethod(t, 'readall', (vm, args, kwargs) => {
    noArgs('readall', args, kwargs);
    const f = fileSelf(args);
    checkOpenRaw(f);
    // CPython's readall is read(2) on the descriptor, which a write-only one refuses.
    if (!f.readable) throw osErrorFrom(vm, { code: 'EBADF' }, undefined);
    return new PyBytes(readBytes(vm, f, -1));
  });
  defMethod(t, 'readinto', (vm, args, kwargs) => {
    const target = oneArg('readinto', args, kwargs);
    const f = fileSelf(args);
    const dest = writableBytes(target);
    if (dest === undefined) throw typeError(`readinto() argument must be read-write bytes-like object, not ${typeName(target)}`);
    checkReadable(f);
    const data = readBytes(vm, f, dest.length);
    dest.set(data);
    return data.length;
  });
  defGetter(t, 'closefd', (_vm, o) => (o as PyFile).closefd);
}

/** io.FileIO(file, mode='r', closefd=True, opener=None): open() of the file unbuffered, mode's 'b' implied. */
function newFileIO(vm: VM, args: PyObject[], kwargs: KwArgs | null): PyObject {
  const [file, modeArg, closefd, opener] = parseArgs('FileIO', args.slice(1), kwargs, {
    names: ['file', 'mode', 'closefd', 'opener'], required: 1,
  }, 0);
  const mode = modeArg === undefined ? 'r' : modeArg;
  if (typeof mode !== 'string') throw typeError(`FileIO() argument 'mode' must be str, not ${argTypeName(mode)}`);
  if (!/^[rwxab+]*$/.test(mode) || (mode.match(/b/g)?.length ?? 0) > 1) throw valueError(`invalid mode: ${mode}`);
  const f = builtin_open(vm, [file!, mode.includes('b') ? mode : mode + 'b', 0, None, None, None,
    closefd === undefined ? true : closefd, opener === undefined ? None : opener], null) as PyFile;
  // A program's subclass of FileIO gets its instance (its __init__ runs after).
  f.cls = args[0] as PyType;
  return f;
}

/** What CPython's buffered readers add to read(): read1, peek and readinto (all from the read cache). */
function installBinaryReads(t: PyType): void {
  defMethod(t, 'read1', (vm, args) => {
    checkArgCount('read1', args, 0, 1);
    const f = fileSelf(args);
    checkReadable(f, 'read', 'read1');
    return new PyBytes(readBytes(vm, f, sizeArg(vm, args[1], true)));
  });
  if (t !== bufferedWriterType) defMethod(t, 'peek', (vm, args) => {
    checkArgCount('peek', args, 0, 1);
    const f = fileSelf(args);
    checkReadable(f, 'peek');
    // As CPython's: what the buffer holds from here (up to a buffer's worth), whatever the size asked.
    fillCache(vm, f);
    const b = f.byteCache!;
    return new PyBytes(new Uint8Array(b.subarray(f.byteIndex, Math.min(b.length, f.byteIndex + PEEK_SIZE))));
  });
  for (const name of ['readinto', 'readinto1']) {
    defMethod(t, name, (vm, args, kwargs) => {
      const target = oneArg(`${t.name}.${name}`, args, kwargs);
      const f = fileSelf(args);
      const dest = writableBytes(target);
      if (dest === undefined) throw typeError(`${name}() argument must be read-write bytes-like object, not ${typeName(target)}`);
      checkReadable(f, name);
      const data = readBytes(vm, f, dest.length);
      dest.set(data);
      return data.length;
    });
  }
}

/** How much peek() shows: CPython's buffer size. */
const PEEK_SIZE = 8192;


/** Which line ends `text` holds: 1 a lone '\r', 2 a lone '\n', 4 '\r\n'. */
function newlineKinds(text: string): number {
  let kinds = 0;
  for (let i = text.indexOf('\r'); i >= 0 && kinds !== 5 && kinds !== 7; i = text.indexOf('\r', i + 1)) kinds |= text[i + 1] === '\n' ? 4 : 1;
  if (/(^|[^\r])\n/.test(text)) kinds |= 2;
  return kinds;
}

/** TextIOWrapper.newlines: None, the one line end seen, or a tuple of them in CPython's order. */
function newlinesSeen(kinds: number): PyObject {
  const names = [[1, '\r'], [2, '\n'], [4, '\r\n']] as const;
  const seen = names.filter(([bit]) => kinds & bit).map(([, s]) => s);
  if (seen.length === 0) return None;
  return seen.length === 1 ? seen[0] : newTuple(seen);
}

let installed = false;

export function installFileTypes(): void {
  if (installed) return;
  installed = true;
  installReconfigure();
  installMissingLayers();
  // tpy's files are one native object over a descriptor, with no separate buffer or raw layer
  // to put around a BytesIO or a Python RawIOBase: a program's call of a type makes a Python one.
  for (const [t, module] of [[textIOWrapperType, '_text_wrapper'], [bufferedReaderType, '_buffered_wrapper'],
    [bufferedWriterType, '_buffered_wrapper'], [bufferedRandomType, '_buffered_wrapper']] as const) {
    installFileMethods(t);
    defNew(t, (vm, args) => newStreamWrapper(vm, t, module, args[0] as PyType));
  }
  installFileMethods(fileIOType);
  defNew(fileIOType, newFileIO);
  void truthy;
}

/**
 * open()'s files are one object each, not CPython's layers (a TextIOWrapper over a
 * BufferedReader/Writer over a FileIO): their `buffer`, `raw` and detach() say so instead of
 * answering wrongly. (Missing as attributes, so that hasattr() and getattr() with a default
 * still work.) io.TextIOWrapper and io.BufferedReader over a program's streams have them.
 */
function installMissingLayers(): void {
  defGetter(textIOWrapperType, 'buffer', () => {
    throw attributeError("tpy's open() text files have no binary layer ('buffer'): open the file in binary mode for bytes");
  });
  defMethod(textIOWrapperType, 'detach', () => {
    throw notImplementedError("tpy's open() text files have no binary layer to detach: open the file in binary mode for bytes");
  });
  for (const t of [bufferedReaderType, bufferedWriterType, bufferedRandomType]) {
    defGetter(t, 'raw', () => {
      throw attributeError("tpy's open() binary files have no raw layer ('raw'): open the file with buffering=0 for a FileIO");
    });
  }
}

/** reconfigure() of a text file: flushed first, then the new settings (stdlib/std_stream_reconfigure.ts). */
function installReconfigure(): void {
  defMethod(textIOWrapperType, 'reconfigure', (vm, args, kwargs) => {
    const f = fileSelf(args);
    const r = parseReconfigure(vm, args.length - 1, kwargs);
    if (!f.closed && f.writable) flushWrites(vm, f);
    const codec = checkRecoding(r, f.textCache !== null);
    if (codec !== null) {
      f.codec = codec;
      f.encoding = r.encoding!;
    }
    if (r.errors !== null) f.errors = r.errors;
    if (r.newline !== undefined) f.newline = r.newline;
    if (r.lineBuffering !== null) f.lineBuffering = r.lineBuffering;
    if (r.writeThrough !== null) f.writeThrough = r.writeThrough;
    return None;
  });
  defGetter(textIOWrapperType, 'write_through', (_vm, o) => (o as PyFile).writeThrough);
}
