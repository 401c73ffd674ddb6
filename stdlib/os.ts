// A minimal os module (getcwd, chdir, environ, stat, lstat, remove, mkdir, makedirs, rmdir, listdir, strerror, _exit, ...) and posixpath as os.path, for str paths; the fd-level calls are in os_fd.ts, metadata calls in os_files.ts, scandir/walk in lib/_os_dir.py.
//
// Only what library modules such as pstats need; everything else is absent (an
// AttributeError), not faked. Paths are str only: bytes paths raise TypeError saying so.

import { refuseDirFd, installSupportSets } from './os_dir_fd.js';
import { fs, os as osInfo } from './node_namespaces.js';
import { osPath } from './os_path_join.js';
import { statSeconds, statWholeSeconds } from './os_stat_time.js';
import { normInt } from '../vm/objects/int.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyFloat } from '../vm/objects/float.js';
import { PyTuple, tupleType, newTuple } from '../vm/objects/tuple.js';
import { PyList } from '../vm/objects/list.js';
import { PyDict } from '../vm/objects/dict.js';
import { PyBytes } from '../vm/objects/bytes.js';
import { None } from '../vm/objects/singletons.js';
import { strVal } from '../vm/objects/str.js';
import { builtin, defGetter, defMethod, NativeFn, type KwArgs } from '../vm/objects/function.js';
import { NSIG, raisedHere } from './signal_handlers.js';
import { makeNativeType } from '../vm/objects/type.js';
import { typeError, overflowError, valueError, OSError, FileExistsError, PyBaseException, newException, NotImplementedError } from '../vm/objects/exceptions.js';
import { typeName, typeOf } from '../vm/ops/typeof.js';
import { PyIntSub } from '../vm/objects/int.js';
import { repr, index, truthy } from '../vm/ops/convert.js';
import { parseArgs, oneArg, checkArgs } from '../vm/methods/args.js';
import { nodeDescriptor } from './fd_table.js';
import { ProcessExit } from '../vm/errors.js';
import { strerror } from './linux_errno.js';
import { importModule } from '../vm/import.js';
import { call } from '../vm/ops/call.js';
import { getAttr } from '../vm/ops/attribute.js';
import { osErrorFrom, flushAllWrites, builtin_open } from './io_file.js';
import { fspathOrUndefined } from './fspath.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { fdFunctions, openFlags } from './os_fd.js';
import { fileFunctions, installFileTypes } from './os_files.js';
import { systemInfoFunctions, installSystemInfo } from './os_system_info.js';
import { installDirForwards } from './os_dir_forward.js';
import { environFunctions, environValue, installEnviron } from './os_environ.js';
import { morePathFunctions, morePathConstants } from './os_path_more.js';
import { nodeModule } from './node_lazy.js';
import { passwdHome } from './pwd_grp.js';

/**
 * The names in a directory in the order the file system gives them, as CPython's listdir
 * (readdir) does: fs.readdirSync sorts them (libuv's scandir does), so a program printing
 * os.listdir() or walking a tree would list files in another order than CPython.
 */
function namesInDirectoryOrder(path: string): string[] {
  const dir = fs.opendirSync(path);
  const names: string[] = [];
  try {
    for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) names.push(entry.name);
  } finally {
    dir.closeSync();
  }
  return names;
}

function pathArg(vm: VM, o: PyObject | undefined, fname: string): string {
  const s = pathText(vm, o, fname);
  // A C string ends at a NUL: CPython refuses such a path before any system call.
  if (s.includes('\0')) throw valueError('embedded null byte');
  return s;
}

/** pathArg without the NUL check: for the pure path functions and the predicates that answer False. */
function pathText(vm: VM, o: PyObject | undefined, fname: string): string {
  // A path-like object (pathlib) stands for the path its __fspath__ gives.
  if (o !== undefined) o = fspathOrUndefined(vm, o) ?? o;
  const s = o === undefined ? undefined : strVal(o);
  if (s !== undefined) return s;
  if (o instanceof PyBytes) throw typeError(`tpy's ${fname}() supports str paths only, not bytes`);
  throw typeError(`${fname}: path should be string, bytes or os.PathLike, not ${o === undefined ? 'NoneType' : typeName(o)}`);
}

// ---------------------------------------------------------------- posixpath

export function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

export { pathArg };

/**
 * A path argument of posixpath's pure functions (written in Python in CPython), which go
 * through os.fspath: its message, not the os functions' one.
 */
function posixPathArg(vm: VM, o: PyObject | undefined, fname: string, joinPart = false): string {
  const p = o === undefined ? undefined : fspathOrUndefined(vm, o) ?? o;
  if (p !== undefined && (strVal(p) !== undefined || p instanceof PyBytes)) return pathText(vm, p, fname);
  const name = p === undefined ? 'NoneType' : typeName(p);
  if (joinPart) throw typeError(`${fname}() argument must be str, bytes, or os.PathLike object, not '${name}'`);
  throw typeError(`expected str, bytes or os.PathLike object, not ${name}`);
}

export function dirname(p: string): string {
  let head = p.slice(0, p.lastIndexOf('/') + 1);
  if (head !== '' && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '');
  return head;
}

function join(parts: string[]): string {
  let out = parts[0];
  for (const b of parts.slice(1)) {
    if (b.startsWith('/')) out = b;
    else if (out === '' || out.endsWith('/')) out += b;
    else out += '/' + b;
  }
  return out;
}

export function normpath(p: string): string {
  if (p === '') return '.';
  const initial = p.startsWith('/') ? (p.startsWith('//') && !p.startsWith('///') ? 2 : 1) : 0;
  const out: string[] = [];
  for (const comp of p.split('/')) {
    if (comp === '' || comp === '.') continue;
    if (comp !== '..' || (initial === 0 && out.length === 0) || (out.length > 0 && out[out.length - 1] === '..')) out.push(comp);
    else if (out.length > 0) out.pop();
  }
  const s = '/'.repeat(initial) + out.join('/');
  return s === '' ? '.' : s;
}

function splitext(p: string): [string, string] {
  const sep = p.lastIndexOf('/');
  const dot = p.lastIndexOf('.');
  if (dot > sep) {
    // A leading run of dots in the file name is not an extension ('.bashrc').
    let i = sep + 1;
    while (i < dot && p[i] === '.') i++;
    if (i < dot) return [p.slice(0, dot), p.slice(dot)];
  }
  return [p, ''];
}

function statOrNull(vm: VM, p: string): fs.Stats | null {
  try {
    return fs.statSync(osPath(vm.cwd, p));
  } catch {
    return null;
  }
}

function lstatOrNull(vm: VM, p: string): fs.Stats | null {
  try {
    return fs.lstatSync(osPath(vm.cwd, p));
  } catch {
    return null;
  }
}

const pathFunctions: [string, NativeFn][] = [
  ['basename', (vm, args) => basename(posixPathArg(vm, args[0], 'basename'))],
  ['dirname', (vm, args) => dirname(posixPathArg(vm, args[0], 'dirname'))],
  ['split', (vm, args) => {
    const p = posixPathArg(vm, args[0], 'split');
    return new PyTuple([dirname(p), basename(p)]);
  }],
  ['splitext', (vm, args) => new PyTuple(splitext(posixPathArg(vm, args[0], 'splitext')))],
  ['join', (vm, args) => {
    if (args.length === 0) throw typeError('join() missing 1 required positional argument: \'a\'');
    return join(args.map((a, i) => posixPathArg(vm, a, 'join', i > 0)));
  }],
  ['normpath', (vm, args) => normpath(posixPathArg(vm, args[0], 'normpath'))],
  ['isabs', (vm, args) => posixPathArg(vm, args[0], 'isabs').startsWith('/')],
  ['abspath', (vm, args) => {
    const p = posixPathArg(vm, args[0], 'abspath');
    return normpath(p.startsWith('/') ? p : join([currentDirectory(vm), p]));
  }],
  ['exists', (vm, args) => statOrNull(vm, pathText(vm, args[0], 'exists')) !== null],
  ['isfile', (vm, args) => statOrNull(vm, pathText(vm, args[0], 'isfile'))?.isFile() ?? false],
  ['isdir', (vm, args) => statOrNull(vm, pathText(vm, args[0], 'isdir'))?.isDirectory() ?? false],
  ['islink', (vm, args) => {
    try {
      return fs.lstatSync(osPath(vm.cwd, pathArg(vm, args[0], 'islink'))).isSymbolicLink();
    } catch {
      return false;
    }
  }],
  ['relpath', (vm, args, kwargs) => {
    const [path, start] = parseArgs('relpath', args, kwargs, { names: ['path', 'start'], required: 1 }, 0);
    const p = posixPathArg(vm, path, 'relpath');
    if (p === '') throw valueError('no path specified');
    const s = start === undefined || start === None ? '.' : posixPathArg(vm, start, 'relpath');
    return relpath(vm, p, s);
  }],
  ['expanduser', (vm, args) => expanduser(vm, posixPathArg(vm, args[0], 'expanduser'))],
  ['realpath', (vm, args) => realpath(vm, posixPathArg(vm, args[0], 'realpath'))],
  ['lexists', (vm, args) => lstatOrNull(vm, pathText(vm, args[0], 'lexists')) !== null],
  ['normcase', (_vm, args) => {
    const p = args[0];
    if (strVal(p) !== undefined || p instanceof PyBytes) return p;
    throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(p)}`);
  }],
];

/** The path from `start` to `p`, both made absolute against the current directory (no file system access). */
function relpath(vm: VM, p: string, start: string): string {
  const abs = (x: string) => normpath(x.startsWith('/') ? x : join([currentDirectory(vm), x])).split('/').filter((c) => c !== '');
  const from = abs(start);
  const to = abs(p);
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  const parts = [...Array(from.length - common).fill('..'), ...to.slice(common)];
  return parts.length === 0 ? '.' : parts.join('/');
}

/**
 * '~' and '~/...' become $HOME, or the current user's home directory in the password database;
 * '~user' becomes that user's (posixpath.expanduser). A user not found leaves the path as it is.
 */
function expanduser(vm: VM, p: string): string {
  if (!p.startsWith('~')) return p;
  const slash = p.indexOf('/', 1);
  const user = p.slice(1, slash < 0 ? p.length : slash);
  let home: string | undefined;
  if (user === '') home = environValue(vm, 'HOME') ?? passwdHome({ uid: process.getuid?.() ?? 0 });
  else home = passwdHome({ name: user });
  if (home === undefined) return p;
  return home.replace(/\/+$/, '') + (slash < 0 ? '' : p.slice(slash)) || '/';
}

/** Symbolic links resolved as far as they exist; the rest of the path is normalised (strict=False). */
function realpath(vm: VM, p: string): string {
  const abs = normpath(p.startsWith('/') ? p : join([currentDirectory(vm), p]));
  const parts = abs.split('/').filter((c) => c !== '');
  let done = '/';
  for (let i = 0; i < parts.length; i++) {
    const next = join([done, parts[i]]);
    try {
      done = fs.realpathSync(next);
    } catch {
      return normpath(join([next, ...parts.slice(i + 1)]));
    }
  }
  return done;
}

/** An os function that looks at files sees what open file objects have written (io_file.ts's write buffers). */
function seesWrites(fn: NativeFn): NativeFn {
  return (vm, args, kwargs) => {
    flushAllWrites(vm);
    return fn(vm, args, kwargs);
  };
}

export const init_posixpath: ModuleInit = (_vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', 'Common operations on Posix pathnames (the part tpy provides).');
  for (const [name, fn] of [...pathFunctions, ...morePathFunctions]) d.setStr(name, builtin(name, seesWrites(fn), 'posixpath'));
  for (const [name, v] of morePathConstants) d.setStr(name, v);
  d.setStr('sep', '/');
  d.setStr('curdir', '.');
  d.setStr('pardir', '..');
  d.setStr('extsep', '.');
};

// ---------------------------------------------------------------- os

const STAT_FIELDS = ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime'];

/** os.stat_result: a 10-tuple of ints with named fields, whose st_*time attributes are floats (as CPython's). */
export const statResultType = makeNativeType('os.stat_result', tupleType, { allocate: null });

class PyStatResult extends PyTuple {
  constructor(
    items: PyObject[],
    readonly timesNs: [bigint, bigint, bigint],
    readonly rdev: PyObject,
    readonly blksize: PyObject,
    readonly blocks: PyObject,
  ) {
    super(items, statResultType);
  }
}

STAT_FIELDS.forEach((name, i) => {
  defGetter(statResultType, name, (_vm, self) => (i >= 7 ? new PyFloat(statSeconds((self as PyStatResult).timesNs[i - 7])) : (self as PyTuple).items[i]));
});
['st_atime_ns', 'st_mtime_ns', 'st_ctime_ns'].forEach((name, i) => {
  defGetter(statResultType, name, (_vm, self) => normInt((self as PyStatResult).timesNs[i]));
});
defGetter(statResultType, 'st_rdev', (_vm, self) => (self as PyStatResult).rdev);
defGetter(statResultType, 'st_blksize', (_vm, self) => (self as PyStatResult).blksize);
defGetter(statResultType, 'st_blocks', (_vm, self) => (self as PyStatResult).blocks);
defMethod(statResultType, '__repr__', (vm, args) => {
  const self = args[0] as PyTuple;
  return `os.stat_result(${STAT_FIELDS.map((f, i) => `${f}=${repr(vm, self.items[i])}`).join(', ')})`;
});

/**
 * os.makedirs as CPython's os.py does it: make the missing parents, then the leaf, one mkdir
 * each. (node's recursive mkdir accepts a leaf that exists as a directory, as in "new/..".)
 */
function makeDirs(vm: VM, name: string, mode: number, existOk: boolean): void {
  let head = dirname(name);
  let tail = basename(name);
  if (tail === '') {
    tail = basename(head);
    head = dirname(head);
  }
  if (head !== '' && tail !== '' && !fs.existsSync(osPath(vm.cwd, head))) {
    try {
      makeDirs(vm, head, 0o777, existOk); // parents get the default mode (3.7 on)
    } catch (e) {
      if (!(e instanceof PyBaseException && e.cls.isSubtypeOf(FileExistsError))) throw e;
    }
    if (tail === '.') return; // "new/." exists once "new" does
  }
  try {
    fs.mkdirSync(osPath(vm.cwd, name), { mode });
  } catch (e) {
    if (!existOk || !isDirectory(osPath(vm.cwd, name))) throw osErrorFrom(vm, e, name);
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** os.stat/os.lstat (lstat: the link itself, as stat with follow_symlinks=False). */
function os_stat(name: string, vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [path, dirFd, follow] = parseArgs(name, args, kwargs, { names: ['path', 'dir_fd', 'follow_symlinks'], required: 1, kwOnly: 2 }, 0);
  const p = pathArg(vm, path, name);
  refuseDirFd(vm, dirFd);
  const link = name === 'lstat' || (follow !== undefined && !truthy(vm, follow));
  let st: fs.BigIntStats;
  try {
    st = link ? fs.lstatSync(osPath(vm.cwd, p), { bigint: true }) : fs.statSync(osPath(vm.cwd, p), { bigint: true });
  } catch (e) {
    throw osErrorFrom(vm, e, p);
  }
  return statResultOf(st);
}

/** An os.stat_result of node's BigIntStats (exact inode numbers, sizes and nanosecond times). */
function statResultOf(st: fs.BigIntStats): PyStatResult {
  const n = (v: bigint) => normInt(v);
  const times: [bigint, bigint, bigint] = [st.atimeNs, st.mtimeNs, st.ctimeNs];
  return new PyStatResult(
    [n(st.mode), n(st.ino), n(st.dev), n(st.nlink), n(st.uid), n(st.gid), n(st.size), ...times.map(statWholeSeconds)],
    times,
    n(st.rdev),
    n(st.blksize),
    n(st.blocks),
  );
}

/** The node descriptor behind a descriptor-number argument of `fname` (EBADF for one the program has not opened). */
function fdArg(vm: VM, o: PyObject | undefined, fname: string): number {
  if (o === undefined) throw typeError(`${fname}() missing required argument 'fd' (pos 1)`);
  if (typeof o !== 'number' && !(o instanceof PyIntSub)) throw typeError(`'${typeName(o)}' object cannot be interpreted as an integer`);
  return nodeDescriptor(vm, Number(index(vm, o)));
}

/** An int argument where a path may be a descriptor instead (bool too, as CPython takes it). */
function isIntArg(o: PyObject): boolean {
  return typeof o === 'number' || typeof o === 'boolean' || typeof o === 'bigint' || o instanceof PyIntSub;
}

/** Whether `o` is what a str path argument may be: a str, bytes or an os.PathLike. */
function isPathLike(vm: VM, o: PyObject): boolean {
  return strVal(o) !== undefined || o instanceof PyBytes || fspathOrUndefined(vm, o) !== undefined;
}

/**
 * The directory an open descriptor of the program stands for, found through Linux's
 * /proc/self/fd (node has no fdopendir): EBADF for a number the program has not opened,
 * ENOTDIR for one that is not a directory.
 */
function directoryOfFd(vm: VM, o: PyObject): string {
  const real = fdArg(vm, o, 'listdir');
  let st: fs.Stats;
  try {
    st = fs.fstatSync(real);
  } catch (e) {
    throw osErrorFrom(vm, e, undefined);
  }
  if (!st.isDirectory()) throw osErrorFrom(vm, { code: 'ENOTDIR' }, undefined);
  try {
    return fs.readlinkSync(`/proc/self/fd/${real}`);
  } catch {
    throw newException(NotImplementedError, "tpy's os.listdir() and os.scandir() of a descriptor need Linux's /proc/self/fd");
  }
}

/** A C int argument: OverflowError past 32 bits, as CPython's `i` converter. */
function cIntArg(vm: VM, o: PyObject): number {
  const n = index(vm, o);
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) throw overflowError('Python int too large to convert to C int');
  return n;
}

/**
 * os._exit(n): ends the program at once with status n (its low 8 bits, as the OS keeps them):
 * no finally block or handler runs, not even sys.excepthook (see vm/errors.ts's ProcessExit).
 */
const os__exit: NativeFn = (vm, args, kwargs) => {
  const [status] = parseArgs('_exit', args, kwargs, { names: ['status'], required: 1 }, 0);
  vm.exitStatus = cIntArg(vm, status!) & 0xff;
  throw new ProcessExit(vm.exitStatus);
};

/** rename/replace (the same on POSIX: an existing file at dst is replaced). */
function renameTo(name: string, vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [src, dst, srcDirFd, dstDirFd] = parseArgs(name, args, kwargs, { names: ['src', 'dst', 'src_dir_fd', 'dst_dir_fd'], required: 2, kwOnly: 2 }, 0);
  refuseDirFd(vm, srcDirFd, 'src_dir_fd');
  refuseDirFd(vm, dstDirFd, 'dst_dir_fd');
  const a = pathArg(vm, src, name);
  const b = pathArg(vm, dst, name);
  try {
    fs.renameSync(osPath(vm.cwd, a), osPath(vm.cwd, b));
  } catch (e) {
    throw osErrorFrom(vm, e, a, b);
  }
  return None;
}

/**
 * os.kill(pid, sig): to the program's own process, the signal reaches its handler as
 * signal.raise_signal's does (stdlib/signal_handlers.ts); to another, through the kernel.
 */
function os_kill(vm: VM, args: PyObject[], kwargs: KwArgs | null): PyObject {
  const [pidObj, sigObj] = parseArgs('kill', args, kwargs, { names: ['pid', 'signal'], required: 2, posOnly: 2 }, 0);
  const pid = Number(index(vm, pidObj!));
  const signum = Number(index(vm, sigObj!));
  if (pid === process.pid && signum !== 0) {
    if (signum < 0 || signum >= NSIG) throw call(vm, OSError, [22, 'Invalid argument']);
    // SIGINT's default_int_handler is in place from the start, as in CPython, once _signal is loaded.
    importModule(vm, '_signal', null);
    raisedHere(vm, signum);
    return None;
  }
  try {
    process.kill(pid, signum);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw osErrorFrom(vm, { code: code === 'ESRCH' || code === 'EPERM' ? code : 'EINVAL' }, undefined);
  }
  return None;
}

const osFunctions: [string, NativeFn][] = [
  ['_exit', os__exit],
  ['cpu_count', () => osInfo.cpus().length || None],
  ['system', (vm, args, kwargs) => {
    const [given] = parseArgs('system', args, kwargs, { names: ['command'], required: 1 }, 0);
    // A path converter, as CPython's: str, bytes (UTF-8) or a path-like object.
    const asPath = fspathOrUndefined(vm, given!) ?? given!;
    const command = asPath instanceof PyBytes ? Buffer.from(asPath.data).toString('utf8') : asPath;
    if (strVal(command) === undefined) throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(given!)}`);
    // /bin/sh -c COMMAND through subprocess (its output in order with the program's); the
    // result is the wait status, as C's system(): the exit code << 8, or the signal's number.
    const subprocess = importModule(vm, 'subprocess', null);
    const rc = call(vm, getAttr(vm, subprocess, 'call'), [command], new Map([['shell', true]]));
    const n = Number(rc);
    return n >= 0 ? n << 8 : -n;
  }],
  ['getppid', () => process.ppid],
  ['getuid', () => process.getuid?.() ?? 0],
  ['getgid', () => process.getgid?.() ?? 0],
  ['geteuid', () => process.geteuid?.() ?? 0],
  ['getegid', () => process.getegid?.() ?? 0],
  ['strerror', (vm, args, kwargs) => strerror(cIntArg(vm, oneArg('posix.strerror', args, kwargs, 0)))],
  ['getcwd', (vm) => currentDirectory(vm)],
  ['getcwdb', (vm) => new PyBytes(new TextEncoder().encode(currentDirectory(vm)))],
  ['getpid', () => process.pid],
  ['kill', os_kill],
  ['chdir', (vm, args, kwargs) => {
    // The VM keeps its own current directory (vm.cwd), which every path call resolves against.
    const [path] = parseArgs('chdir', args, kwargs, { names: ['path'], required: 1 }, 0);
    const p = pathArg(vm, path, 'chdir');
    const abs = osPath(vm.cwd, p);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      throw osErrorFrom(vm, e, p);
    }
    if (!st.isDirectory()) throw osErrorFrom(vm, { code: 'ENOTDIR' }, p);
    vm.cwd = fs.realpathSync(abs); // the kernel's working directory is physical: no symlinks, no '..'
    return None;
  }],
  ['stat', (vm, args, kwargs) => os_stat('stat', vm, args, kwargs)],
  ['lstat', (vm, args, kwargs) => os_stat('lstat', vm, args, kwargs)],
  ['remove', (vm, args, kwargs) => {
    const [path, dirFd] = parseArgs('remove', args, kwargs, { names: ['path', 'dir_fd'], required: 1, kwOnly: 1 }, 0);
    refuseDirFd(vm, dirFd);
    const p = pathArg(vm, path, 'remove');
    try {
      fs.unlinkSync(osPath(vm.cwd, p));
    } catch (e) {
      throw osErrorFrom(vm, e, p);
    }
    return None;
  }],
  ['makedirs', (vm, args, kwargs) => {
    const [name, mode, existOk] = parseArgs('makedirs', args, kwargs, { names: ['name', 'mode', 'exist_ok'], required: 1 }, 0);
    const given = pathArg(vm, name, 'makedirs');
    makeDirs(vm, given, mode === undefined ? 0o777 : cIntArg(vm, mode), existOk !== undefined && truthy(vm, existOk));
    return None;
  }],
  ['listdir', (vm, args, kwargs) => {
    const [path] = parseArgs('listdir', args, kwargs, { names: ['path'] }, 0);
    // An open directory's descriptor (os.open(d, os.O_RDONLY)): its entries.
    if (path !== undefined && isIntArg(path)) return new PyList(namesInDirectoryOrder(directoryOfFd(vm, path)));
    if (path !== undefined && path !== None && !isPathLike(vm, path)) {
      throw typeError(`listdir: path should be string, bytes, os.PathLike, integer or None, not ${typeName(path)}`);
    }
    const p = path === undefined || path === None ? '.' : pathArg(vm, path, 'listdir');
    try {
      return new PyList(namesInDirectoryOrder(osPath(vm.cwd, p)));
    } catch (e) {
      throw osErrorFrom(vm, e, p);
    }
  }],
  ['mkdir', (vm, args, kwargs) => {
    const [path, mode, dirFd] = parseArgs('mkdir', args, kwargs, { names: ['path', 'mode', 'dir_fd'], required: 1, kwOnly: 1 }, 0);
    refuseDirFd(vm, dirFd);
    const p = pathArg(vm, path, 'mkdir');
    try {
      fs.mkdirSync(osPath(vm.cwd, p), { mode: mode === undefined ? 0o777 : cIntArg(vm, mode) });
    } catch (e) {
      throw osErrorFrom(vm, e, p);
    }
    return None;
  }],
  ['rmdir', (vm, args, kwargs) => {
    const [path, dirFd] = parseArgs('rmdir', args, kwargs, { names: ['path', 'dir_fd'], required: 1, kwOnly: 1 }, 0);
    refuseDirFd(vm, dirFd);
    const p = pathArg(vm, path, 'rmdir');
    try {
      fs.rmdirSync(osPath(vm.cwd, p));
    } catch (e) {
      throw osErrorFrom(vm, e, p);
    }
    return None;
  }],
  ['rename', (vm, args, kwargs) => renameTo('rename', vm, args, kwargs)],
  ['replace', (vm, args, kwargs) => renameTo('replace', vm, args, kwargs)],
  // scandir(fd)'s directory (lib/_os_dir.py): the path the descriptor was opened with.
  ['_directory_of_fd', (vm, args) => directoryOfFd(vm, args[0])],
  ['fstat', (vm, args) => {
    const fd = fdArg(vm, args[0], 'fstat');
    try {
      return statResultOf(fs.fstatSync(fd, { bigint: true }));
    } catch (e) {
      throw osErrorFrom(vm, e, undefined);
    }
  }],
  // A terminal only if node says so of the descriptor (a pipe or a file is not one).
  ['isatty', (vm, args) => {
    try {
      return nodeModule<typeof import('node:tty')>('node:tty').isatty(fdArg(vm, args[0], 'isatty'));
    } catch {
      return false;
    }
  }],
  ['fsync', (vm, args) => {
    const fd = fdArg(vm, typeof args[0] === 'object' && !(args[0] instanceof PyIntSub) ? call(vm, getAttr(vm, args[0], 'fileno'), []) : args[0], 'fsync');
    flushAllWrites(vm);
    try {
      fs.fsyncSync(fd);
    } catch (e) {
      throw osErrorFrom(vm, e, undefined);
    }
    return None;
  }],
  ['ftruncate', (vm, args) => {
    checkArgs('ftruncate', args, 2, 2, 0);
    const fd = fdArg(vm, args[0], 'ftruncate');
    flushAllWrites(vm);
    try {
      fs.ftruncateSync(fd, Number(index(vm, args[1])));
    } catch (e) {
      throw osErrorFrom(vm, e, undefined);
    }
    return None;
  }],
  ['truncate', (vm, args) => {
    checkArgs('truncate', args, 2, 2, 0);
    const p = pathArg(vm, args[0], 'truncate');
    flushAllWrites(vm);
    try {
      fs.truncateSync(osPath(vm.cwd, p), Number(index(vm, args[1])));
    } catch (e) {
      throw osErrorFrom(vm, e, p);
    }
    return None;
  }],
  ['link', (vm, args) => {
    checkArgs('link', args, 2, 2, 0);
    const src = pathArg(vm, args[0], 'link');
    const dst = pathArg(vm, args[1], 'link');
    try {
      fs.linkSync(osPath(vm.cwd, src), osPath(vm.cwd, dst));
    } catch (e) {
      throw osErrorFrom(vm, e, src, dst);
    }
    return None;
  }],
  ['umask', (vm, args) => {
    checkArgs('umask', args, 1, 1, 0);
    return process.umask(Number(index(vm, args[0])));
  }],
  ['getloadavg', (vm, args) => {
    checkArgs('getloadavg', args, 0, 0, 0);
    return newTuple(osInfo.loadavg().map((x) => new PyFloat(x)));
  }],
  // fdopen(fd, mode='r', buffering=-1, encoding=None, ...): open() of a descriptor number
  // (tempfile.mkstemp's, os.open's), which must be an int here.
  ['fdopen', (vm, args, kwargs) => {
    const fd = args.length > 0 ? args[0] : kwargs?.get('fd');
    if (fd === undefined) throw typeError("fdopen() missing 1 required positional argument: 'fd'");
    if (typeof fd !== 'number' && !(fd instanceof PyIntSub)) {
      throw typeError(`invalid fd type (${repr(vm, typeOf(fd))}, expected integer)`);
    }
    let rest = kwargs;
    if (args.length === 0) {
      rest = new Map(kwargs!);
      rest.delete('fd');
    }
    return builtin_open(vm, args.length > 0 ? args : [fd], rest !== null && rest.size > 0 ? rest : null);
  }],
  ['fspath', (vm, args) => {
    const p = fspathOrUndefined(vm, args[0]);
    if (p !== undefined) return p;
    throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(args[0])}`);
  }],
];

export const init_os: ModuleInit = (vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', 'A minimal subset of the os module (tpy).');
  for (const [name, fn] of [...osFunctions, ...fdFunctions, ...fileFunctions, ...systemInfoFunctions, ...environFunctions]) d.setStr(name, builtin(name, seesWrites(fn), 'os'));
  for (const [name, v] of openFlags) d.setStr(name, v);
  installFileTypes(d);
  installSystemInfo(d);
  installDirForwards(d);
  d.setStr('unlink', d.getStr('remove')!);
  d.setStr('name', 'posix');
  d.setStr('sep', '/');
  d.setStr('altsep', None);
  d.setStr('curdir', '.');
  d.setStr('pardir', '..');
  d.setStr('extsep', '.');
  d.setStr('pathsep', ':');
  d.setStr('linesep', '\n');
  d.setStr('devnull', '/dev/null');
  d.setStr('defpath', '/bin:/usr/bin');
  d.setStr('error', OSError);
  d.setStr('stat_result', statResultType);
  installEnviron(vm, d);
  installSupportSets(vm, d);
  const path = importModule(vm, 'posixpath', null);
  vm.modules.setStr('os.path', path);
  d.setStr('path', path);
};

/**
 * The VM's current directory, as getcwd() finds it: a directory removed since chdir() is an
 * error (FileNotFoundError, with no file name), as the kernel's getcwd gives ENOENT; so is
 * making a relative path absolute (abspath, relpath, realpath call getcwd in CPython).
 */
function currentDirectory(vm: VM): string {
  try {
    fs.statSync(vm.cwd);
  } catch (e) {
    throw osErrorFrom(vm, e, undefined);
  }
  return vm.cwd;
}
