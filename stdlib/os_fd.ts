// os's file-descriptor level calls (open, close, read, write, lseek) and the O_* flags, over node:fs.
//
// tempfile.mkstemp returns a descriptor from os.open, as CPython's; open(fd) wraps one. The
// numbers are the program's (fd_table.ts): node's own descriptors are out of reach.

import { refuseDirFd } from './os_dir_fd.js';
import { fs } from './node_namespaces.js';
import { osPath } from './os_path_join.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyBytes, PyByteArray } from '../vm/objects/bytes.js';
import { None } from '../vm/objects/singletons.js';
import type { NativeFn } from '../vm/objects/function.js';
import { typeError } from '../vm/objects/exceptions.js';
import { typeName } from '../vm/ops/typeof.js';
import { index } from '../vm/ops/convert.js';
import { parseArgs } from '../vm/methods/args.js';
import { osErrorFrom } from './io_file.js';
import { adoptDescriptor, nodeDescriptor, osDescriptor, dupDescriptor, releaseDescriptor } from './fd_table.js';
import type { VM } from '../vm/vm.js';

/** The Linux values (node's fs.constants are the platform's). */
export const openFlags: [string, number][] = [
  ['O_RDONLY', 0], ['O_WRONLY', 1], ['O_RDWR', 2], ['O_CREAT', 0o100], ['O_EXCL', 0o200], ['O_NOCTTY', 0o400],
  ['O_TRUNC', 0o1000], ['O_APPEND', 0o2000], ['O_NONBLOCK', 0o4000], ['O_DSYNC', 0o10000], ['O_DIRECTORY', 0o200000],
  ['O_NOFOLLOW', 0o400000], ['O_CLOEXEC', 0o2000000], ['O_SYNC', 0o4010000],
  ['SEEK_SET', 0], ['SEEK_CUR', 1], ['SEEK_END', 2],
];

function intArg(vm: VM, o: PyObject): number {
  const n = index(vm, o);
  return typeof n === 'bigint' ? Number(n) : n;
}


function fdError(vm: VM, e: unknown): never {
  throw osErrorFrom(vm, e, undefined);
}

/**
 * Writes `bytes` to the program's descriptor `fd`, returning the count written. When the VM's
 * standard streams are collected rather than this process's own (a program run as a library,
 * the tests), descriptors 1 and 2 go to those streams, in order with sys.stdout and sys.stderr.
 * `fail` turns the host's error into the program's.
 */
export function writeProgramFd(vm: VM, fd: number, bytes: Uint8Array, fail: (e: unknown) => never): number {
  if ((fd === 1 || fd === 2) && !vm.io.inheritStdio) {
    const io = vm.io;
    const raw = fd === 1 ? io.stdoutBytes : io.stderrBytes;
    if (raw !== undefined) raw.call(io, bytes);
    else (fd === 1 ? io.stdout : io.stderr).call(io, Buffer.from(bytes).toString('utf8'));
    return bytes.length;
  }
  const d = osDescriptor(vm, fd); // EBADF for a number the program does not hold
  try {
    const written = fs.writeSync(d.real, bytes, 0, bytes.length, d.offset);
    if (d.offset !== null) d.offset += written;
    return written;
  } catch (e) {
    return fail(e);
  }
}

export const fdFunctions: [string, NativeFn][] = [
  ['open', (vm, args, kwargs) => {
    const [path, flags, mode, dirFd] = parseArgs('open', args, kwargs, { names: ['path', 'flags', 'mode', 'dir_fd'], required: 2, kwOnly: 1 }, 0);
    refuseDirFd(vm, dirFd);
    const p = typeof path === 'string' ? path : undefined;
    if (p === undefined) throw typeError(`open: path should be string, bytes or os.PathLike, not ${typeName(path!)}`);
    try {
      const real = fs.openSync(osPath(vm.cwd, p), intArg(vm, flags!), mode === undefined ? 0o777 : intArg(vm, mode));
      const fd = adoptDescriptor(vm, real);
      osDescriptor(vm, fd).offset = 0;
      return fd;
    } catch (e) {
      throw osErrorFrom(vm, e, p);
    }
  }],
  ['close', (vm, args, kwargs) => {
    const [fd] = parseArgs('close', args, kwargs, { names: ['fd'], required: 1 }, 0);
    const n = intArg(vm, fd!);
    const entry = osDescriptor(vm, n);
    // A standard stream's number dup'ed: closing either leaves the stream open for the other.
    if (entry.holders > 1) {
      releaseDescriptor(vm, n);
      return None;
    }
    try {
      fs.closeSync(entry.real);
    } catch (e) {
      fdError(vm, e);
    }
    releaseDescriptor(vm, n);
    return None;
  }],
  ['dup', (vm, args, kwargs) => {
    const [fd] = parseArgs('dup', args, kwargs, { names: ['fd'], required: 1, posOnly: 1 }, 0);
    return dupDescriptor(vm, intArg(vm, fd!));
  }],
  ['write', (vm, args, kwargs) => {
    const [fd, data] = parseArgs('write', args, kwargs, { names: ['fd', 'data'], required: 2, posOnly: 2 }, 0);
    const n = intArg(vm, fd!);
    let bytes: Uint8Array;
    if (data instanceof PyBytes) bytes = data.data;
    else if (data instanceof PyByteArray) bytes = data.data;
    else throw typeError(`a bytes-like object is required, not '${typeName(data!)}'`);
    return writeProgramFd(vm, n, bytes, (e) => fdError(vm, e));
  }],
  ['read', (vm, args, kwargs) => {
    const [fd, length] = parseArgs('read', args, kwargs, { names: ['fd', 'length'], required: 2, posOnly: 2 }, 0);
    const n = intArg(vm, fd!);
    const size = intArg(vm, length!);
    if (size < 0) fdError(vm, { code: 'EINVAL' }); // CPython's message for a negative length
    const d = osDescriptor(vm, n);
    const buf = Buffer.alloc(size);
    try {
      const got = fs.readSync(d.real, buf, 0, size, d.offset);
      if (d.offset !== null) d.offset += got;
      return new PyBytes(new Uint8Array(buf.subarray(0, got)));
    } catch (e) {
      fdError(vm, e);
    }
  }],
  ['lseek', (vm, args, kwargs) => {
    const [fd, pos, how] = parseArgs('lseek', args, kwargs, { names: ['fd', 'position', 'whence'], required: 3, posOnly: 3 }, 0);
    const n = intArg(vm, fd!);
    const d = osDescriptor(vm, n);
    let base = 0;
    try {
      const w = intArg(vm, how!);
      if (w === 1) base = d.offset ?? 0;
      else if (w === 2) base = fs.fstatSync(d.real).size;
      else if (w !== 0) throw { code: 'EINVAL' };
    } catch (e) {
      fdError(vm, e);
    }
    const at = base + intArg(vm, pos!);
    if (at < 0) fdError(vm, { code: 'EINVAL' });
    d.offset = at;
    return at;
  }],
];
