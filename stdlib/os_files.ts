// os's calls on file metadata and the terminal: chmod, utime, access, symlink, readlink, urandom, statvfs, get_terminal_size.

import { refuseDirFd } from './os_dir_fd.js';
import { fs } from './node_namespaces.js';
import { nodeCrypto } from './node_lazy.js';
import { osPath } from './os_path_join.js';
import { statSeconds } from './os_stat_time.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyFloat } from '../vm/objects/float.js';
import { PyTuple, tupleType } from '../vm/objects/tuple.js';
import { PyBytes } from '../vm/objects/bytes.js';
import type { PyDict } from '../vm/objects/dict.js';
import { None } from '../vm/objects/singletons.js';
import { defGetter, defMethod, NativeFn } from '../vm/objects/function.js';
import { makeNativeType, PyType } from '../vm/objects/type.js';
import { typeError, valueError } from '../vm/objects/exceptions.js';
import { index, repr } from '../vm/ops/convert.js';
import { parseArgs } from '../vm/methods/args.js';
import { osErrorFrom } from './io_file.js';
import { pathArg } from './os.js';
import type { VM } from '../vm/vm.js';

/** A tuple type with named fields and CPython's `os.name(field=value, ...)` repr (statvfs_result, terminal_size). */
function structSeqType(name: string, fields: string[]): PyType {
  const t = makeNativeType(`os.${name}`, tupleType);
  fields.forEach((f, i) => defGetter(t, f, (_vm, self) => (self as PyTuple).items[i]));
  defMethod(t, '__repr__', (vm, args) => {
    const self = args[0] as PyTuple;
    return `os.${name}(${fields.map((f, i) => `${f}=${repr(vm, self.items[i])}`).join(', ')})`;
  });
  return t;
}

const statvfsResultType = structSeqType('statvfs_result',
  ['f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree', 'f_favail', 'f_flag', 'f_namemax']);
const terminalSizeType = structSeqType('terminal_size', ['columns', 'lines']);

function intArg(vm: VM, o: PyObject): number {
  const n = index(vm, o);
  return typeof n === 'bigint' ? Number(n) : n;
}

function secondsArg(vm: VM, o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  return intArg(vm, o);
}

function pathCall<T>(vm: VM, p: string, f: (abs: string) => T): T {
  try {
    return f(osPath(vm.cwd, p));
  } catch (e) {
    throw osErrorFrom(vm, e, p);
  }
}

export const fileFunctions: [string, NativeFn][] = [
  ['chmod', (vm, args, kwargs) => {
    const [path, mode, dirFd] = parseArgs('chmod', args, kwargs, { names: ['path', 'mode', 'dir_fd', 'follow_symlinks'], required: 2, kwOnly: 2 }, 0);
    refuseDirFd(vm, dirFd);
    const p = pathArg(vm, path, 'chmod');
    pathCall(vm, p, (abs) => fs.chmodSync(abs, intArg(vm, mode!)));
    return None;
  }],
  ['utime', (vm, args, kwargs) => {
    const [path, times, ns, dirFd] = parseArgs('utime', args, kwargs, { names: ['path', 'times', 'ns', 'dir_fd', 'follow_symlinks'], required: 1, kwOnly: 3 }, 0);
    refuseDirFd(vm, dirFd);
    const p = pathArg(vm, path, 'utime');
    let at: number;
    let mt: number;
    if (times !== undefined && times !== None) {
      if (ns !== undefined) throw valueError('utime: you may specify either \'times\' or \'ns\' but not both');
      if (!(times instanceof PyTuple) || times.items.length !== 2) throw typeError('utime: \'times\' must be either a tuple of two ints or None');
      at = secondsArg(vm, times.items[0]);
      mt = secondsArg(vm, times.items[1]);
    } else if (ns !== undefined) {
      if (!(ns instanceof PyTuple) || ns.items.length !== 2) throw typeError('utime: \'ns\' must be a tuple of two ints');
      at = statSeconds(BigInt(index(vm, ns.items[0])));
      mt = statSeconds(BigInt(index(vm, ns.items[1])));
    } else {
      at = mt = Date.now() / 1000;
    }
    try {
      fs.utimesSync(osPath(vm.cwd, p), at, mt);
    } catch (e) {
      throw osErrorFrom(vm, e, undefined); // CPython's utime error names no file
    }
    return None;
  }],
  ['access', (vm, args, kwargs) => {
    const [path, mode, dirFd] = parseArgs('access', args, kwargs, { names: ['path', 'mode', 'dir_fd', 'effective_ids', 'follow_symlinks'], required: 2, kwOnly: 3 }, 0);
    refuseDirFd(vm, dirFd);
    const p = pathArg(vm, path, 'access');
    try {
      fs.accessSync(osPath(vm.cwd, p), intArg(vm, mode!));
      return true;
    } catch {
      return false;
    }
  }],
  ['symlink', (vm, args, kwargs) => {
    const [src, dst, , dirFd] = parseArgs('symlink', args, kwargs, { names: ['src', 'dst', 'target_is_directory', 'dir_fd'], required: 2, kwOnly: 1 }, 0);
    refuseDirFd(vm, dirFd);
    const a = pathArg(vm, src, 'symlink');
    const b = pathArg(vm, dst, 'symlink');
    try {
      fs.symlinkSync(a, osPath(vm.cwd, b));
    } catch (e) {
      throw osErrorFrom(vm, e, a, b);
    }
    return None;
  }],
  ['readlink', (vm, args, kwargs) => {
    const [path, dirFd] = parseArgs('readlink', args, kwargs, { names: ['path', 'dir_fd'], required: 1, kwOnly: 1 }, 0);
    refuseDirFd(vm, dirFd);
    const p = pathArg(vm, path, 'readlink');
    return pathCall(vm, p, (abs) => fs.readlinkSync(abs));
  }],
  ['urandom', (vm, args, kwargs) => {
    const [size] = parseArgs('urandom', args, kwargs, { names: ['size'], required: 1, posOnly: 1 }, 0);
    const n = intArg(vm, size!);
    if (n < 0) throw valueError('negative argument not allowed');
    return new PyBytes(new Uint8Array(nodeCrypto().randomBytes(n)));
  }],
  ['statvfs', (vm, args, kwargs) => {
    const [path] = parseArgs('statvfs', args, kwargs, { names: ['path'], required: 1 }, 0);
    const p = pathArg(vm, path, 'statvfs');
    const s = pathCall(vm, p, (abs) => fs.statfsSync(abs));
    // node's statfs has no f_frsize, f_favail, f_flag or f_namemax: bsize, ffree, 0 and 255 stand in.
    return new PyTuple([s.bsize, s.bsize, s.blocks, s.bfree, s.bavail, s.files, s.ffree, s.ffree, 0, 255], statvfsResultType);
  }],
  ['get_terminal_size', (vm, args, kwargs) => {
    const [fd] = parseArgs('get_terminal_size', args, kwargs, { names: ['fd'], posOnly: 1 }, 0);
    const n = fd === undefined ? 1 : intArg(vm, fd);
    const stream = n === 0 ? process.stdin : n === 1 ? process.stdout : n === 2 ? process.stderr : undefined;
    const tty = stream as { isTTY?: boolean; columns?: number; rows?: number } | undefined;
    if (tty?.isTTY !== true || tty.columns === undefined) throw osErrorFrom(vm, { code: n > 2 ? 'EBADF' : 'ENOTTY' }, undefined);
    return new PyTuple([tty.columns, tty.rows ?? 24], terminalSizeType);
  }],
];

export function installFileTypes(d: PyDict): void {
  d.setStr('statvfs_result', statvfsResultType);
  d.setStr('terminal_size', terminalSizeType);
  for (const [name, v] of [['F_OK', 0], ['R_OK', 4], ['W_OK', 2], ['X_OK', 1]] as const) d.setStr(name, v);
}
