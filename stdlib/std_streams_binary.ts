// sys.stdin.buffer / sys.stdout.buffer / sys.stderr.buffer: the standard streams' binary layer.
//
// CPython's text streams sit on buffered binary ones; programs write bytes to stdout
// (`sys.stdout.buffer.write(b"...")`) and read stdin fast as bytes
// (`sys.stdin.buffer.readline()`). tpy's standard streams are text over the host's I/O,
// so this layer writes bytes through the host's byte channel (HostIO.stdoutBytes, or the
// text one with the bytes decoded as UTF-8 when the host has none) and reads stdin's lines as
// the host's bytes (HostIO.readLineBytes), or as its text encoded back as UTF-8 when it has none.

import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { makeNativeType, objectType, PyType } from '../vm/objects/type.js';
import { defMethod, defGetter } from '../vm/objects/function.js';
import { PyList } from '../vm/objects/list.js';
import { PyBytes, PyByteArray } from '../vm/objects/bytes.js';
import { None } from '../vm/objects/singletons.js';
import { newException, typeError, valueError, StopIteration } from '../vm/objects/exceptions.js';
import { typeName } from '../vm/ops/typeof.js';
import { indexSize, repr, optionalSizeMessage } from '../vm/ops/convert.js';
import { PyDict } from '../vm/objects/dict.js';
import { getIter, iterNext } from '../vm/ops/sequence.js';
import { UnsupportedOperation } from './io_file.js';
import type { VM } from '../vm/vm.js';

export const stdBufferedReaderType = makeNativeType('_io.BufferedReader');
export const stdBufferedWriterType = makeNativeType('_io.BufferedWriter', objectType, { instanceDict: true });
/** sys.stdout.buffer and sys.stderr.buffer under -u: CPython opens them unbuffered (FileIO, closefd=False). */
export const stdFileIOType = makeNativeType('_io.FileIO', objectType, { instanceDict: true });

const EMPTY = new Uint8Array(0);

export class PyStdBinaryStream extends PyObj {
  /** Bytes a read took from the host beyond what it returned. */
  pending: Uint8Array = EMPTY;
  constructor(
    readonly name: string,
    readonly fd: number,
    /** Writes bytes to the host; null for stdin's. */
    readonly write: ((data: Uint8Array) => void) | null,
    /** The host's next input line, UTF-8 encoded, newline included; null at the end or for an output stream. */
    readonly readLine: (() => Uint8Array | null) | null,
    /** True once the text stream over it is closed. */
    readonly isClosed: () => boolean,
    /** Closes it and the text stream over it (the process's descriptor stays open). */
    readonly close: () => void,
    /** An output stream under -u: a FileIO. */
    raw = false,
  ) {
    super(readLine !== null ? stdBufferedReaderType : raw ? stdFileIOType : stdBufferedWriterType);
    // A FileIO's name is in its __dict__ (CPython's FileIO.__init__ stores it there).
    if (raw) (this.dict = new PyDict()).setStr('name', name);
  }

  /** The next line, newline included, or empty at the end of the input. */
  nextLine(): Uint8Array {
    const p = this.pending;
    if (p.length > 0) {
      const nl = p.indexOf(10);
      if (nl >= 0) {
        this.pending = p.subarray(nl + 1);
        return p.subarray(0, nl + 1);
      }
      this.pending = EMPTY;
      const more = this.readLine!();
      return more === null ? p : concat([p, more]);
    }
    return this.readLine!() ?? EMPTY;
  }
}

/** The parts as one array (node's Buffer.concat: a Uint8Array). */
const concat = (parts: Uint8Array[]): Uint8Array => Buffer.concat(parts);

function open(o: PyObject, reading: boolean): PyStdBinaryStream {
  const s = o as PyStdBinaryStream;
  if (s.isClosed()) throw valueError(reading ? 'read of closed file' : 'write to closed file');
  if (reading ? s.readLine === null : s.write === null) throw newException(UnsupportedOperation, reading ? 'read' : 'write');
  return s;
}

function sizeArg(vm: VM, v: PyObject | undefined, optional = false): number {
  // A size that may be None words its error as _Py_convert_optional_to_ssize_t.
  return v === undefined || v === None ? -1 : indexSize(vm, v, optional ? () => optionalSizeMessage(v) : undefined);
}

function bytesOf(data: PyObject): Uint8Array {
  if (data instanceof PyBytes || data instanceof PyByteArray) return data.data;
  throw typeError(`a bytes-like object is required, not '${typeName(data)}'`);
}

function install(t: PyType): void {
  defMethod(t, 'write', (vm, args) => {
    const data = bytesOf(args[1]);
    // A copy: the host may hold the bytes until it flushes, and a bytearray can change.
    open(args[0], false).write!(data.slice());
    return data.length;
  });
  defMethod(t, 'writelines', (vm, args) => {
    const s = open(args[0], false);
    const it = getIter(vm, args[1]);
    for (let line = iterNext(vm, it); line !== undefined; line = iterNext(vm, it)) s.write!(bytesOf(line).slice());
    return None;
  });
  defMethod(t, 'readline', (vm, args) => {
    const s = open(args[0], true);
    const size = sizeArg(vm, args[1], true);
    const line = s.nextLine();
    if (size < 0 || line.length <= size) return new PyBytes(line);
    s.pending = concat([line.subarray(size), s.pending]);
    return new PyBytes(line.slice(0, size));
  });
  defMethod(t, 'read', (vm, args) => {
    const s = open(args[0], true);
    const size = sizeArg(vm, args[1], true);
    const parts: Uint8Array[] = [];
    let n = 0;
    while (size < 0 || n < size) {
      const line = s.nextLine();
      if (line.length === 0) break;
      parts.push(line);
      n += line.length;
    }
    let all = concat(parts);
    if (size >= 0 && all.length > size) {
      s.pending = concat([all.subarray(size), s.pending]);
      all = all.slice(0, size);
    }
    return new PyBytes(all);
  });
  defMethod(t, 'readlines', (vm, args) => {
    const s = open(args[0], true);
    // IOBase.readlines: stops once the lines read pass the hint (<= 0: all of them).
    const hint = sizeArg(vm, args[1], true);
    const lines: PyObject[] = [];
    let total = 0;
    for (let line = s.nextLine(); line.length > 0; line = s.nextLine()) {
      lines.push(new PyBytes(line));
      total += line.length;
      if (hint > 0 && total > hint) break;
    }
    return new PyList(lines);
  });
  defMethod(t, '__iter__', (vm, args) => open(args[0], true));
  defMethod(t, '__next__', (vm, args) => {
    const line = open(args[0], true).nextLine();
    if (line.length === 0) throw newException(StopIteration);
    return new PyBytes(line);
  });
  defMethod(t, 'flush', (vm, args) => {
    // Only stdout's layers are held back: its binary one goes out, its text layer keeps its text.
    if ((args[0] as PyStdBinaryStream).fd !== 1) return None;
    const io = vm.io;
    if (io.flushBytes !== undefined) io.flushBytes();
    else io.flush?.();
    return None;
  });
  defMethod(t, 'isatty', () => false);
  defMethod(t, 'fileno', (vm, args) => (args[0] as PyStdBinaryStream).fd);
  defMethod(t, 'writable', (vm, args) => (args[0] as PyStdBinaryStream).write !== null);
  defMethod(t, 'readable', (vm, args) => (args[0] as PyStdBinaryStream).readLine !== null);
  defMethod(t, 'seekable', () => false);
  defMethod(t, 'close', (vm, args) => {
    (args[0] as PyStdBinaryStream).close();
    return None;
  });
  // `with sys.stdin.buffer as f:` (argparse.FileType('rb')'s '-'): leaving closes it, as any io object.
  defMethod(t, '__enter__', (vm, args) => {
    if ((args[0] as PyStdBinaryStream).isClosed()) throw valueError('I/O operation on closed file.');
    return args[0];
  });
  defMethod(t, '__exit__', (vm, args) => {
    (args[0] as PyStdBinaryStream).close();
    return None;
  });
  defMethod(t, '__repr__', (vm, args) => `<${t.tpName} name='${(args[0] as PyStdBinaryStream).name}'>`);
  if (t !== stdFileIOType) defGetter(t, 'name', (vm, self) => (self as PyStdBinaryStream).name);
  defGetter(t, 'mode', (vm, self) => ((self as PyStdBinaryStream).readLine !== null ? 'rb' : 'wb'));
  defGetter(t, 'closed', (vm, self) => (self as PyStdBinaryStream).isClosed());
}

install(stdBufferedReaderType);
install(stdBufferedWriterType);
install(stdFileIOType);
defMethod(stdFileIOType, '__repr__', (vm, args) => {
  const s = args[0] as PyStdBinaryStream;
  const name = s.dict?.getStr('name');
  return `<_io.FileIO ${name === undefined ? `fd=${s.fd}` : `name=${repr(vm, name)}`} mode='wb' closefd=False>`;
});
defGetter(stdFileIOType, 'closefd', () => false);
