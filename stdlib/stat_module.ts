// Module _stat: the file mode constants of Linux, the S_IS* tests, S_IMODE/S_IFMT and filemode
// (Modules/_stat.c); `stat` (stdlib/lib/stat.py) re-exports it.
//
// A mode is a C mode_t: an int that is not negative and fits 32 bits. CPython reads it with
// PyLong_AsUnsignedLong, so only real ints are taken (no __index__), with its messages.

import type { PyObject } from '../vm/objects/object.js';
import { builtin, KwArgs } from '../vm/objects/function.js';
import { typeError, overflowError } from '../vm/objects/exceptions.js';
import { oneArg } from '../vm/methods/args.js';
import type { ModuleInit } from '../vm/vm.js';

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFCHR = 0o020000;
const S_IFBLK = 0o060000;
const S_IFREG = 0o100000;
const S_IFIFO = 0o010000;
const S_IFLNK = 0o120000;
const S_IFSOCK = 0o140000;

/** The module's int constants. */
const CONSTANTS: [string, number][] = [
  ['S_IFDIR', S_IFDIR], ['S_IFCHR', S_IFCHR], ['S_IFBLK', S_IFBLK], ['S_IFREG', S_IFREG],
  ['S_IFIFO', S_IFIFO], ['S_IFLNK', S_IFLNK], ['S_IFSOCK', S_IFSOCK],
  // Solaris doors, event ports and BSD whiteouts do not exist on Linux: 0, as in CPython there.
  ['S_IFDOOR', 0], ['S_IFPORT', 0], ['S_IFWHT', 0],
  ['S_ISUID', 0o4000], ['S_ISGID', 0o2000], ['S_ENFMT', 0o2000], ['S_ISVTX', 0o1000],
  ['S_IREAD', 0o400], ['S_IWRITE', 0o200], ['S_IEXEC', 0o100],
  ['S_IRWXU', 0o700], ['S_IRUSR', 0o400], ['S_IWUSR', 0o200], ['S_IXUSR', 0o100],
  ['S_IRWXG', 0o070], ['S_IRGRP', 0o040], ['S_IWGRP', 0o020], ['S_IXGRP', 0o010],
  ['S_IRWXO', 0o007], ['S_IROTH', 0o004], ['S_IWOTH', 0o002], ['S_IXOTH', 0o001],
  ['UF_NODUMP', 0x1], ['UF_IMMUTABLE', 0x2], ['UF_APPEND', 0x4], ['UF_OPAQUE', 0x8], ['UF_NOUNLINK', 0x10],
  ['UF_COMPRESSED', 0x20], ['UF_HIDDEN', 0x8000],
  ['SF_ARCHIVED', 0x10000], ['SF_IMMUTABLE', 0x20000], ['SF_APPEND', 0x40000], ['SF_NOUNLINK', 0x100000],
  ['SF_SNAPSHOT', 0x200000],
  ['ST_MODE', 0], ['ST_INO', 1], ['ST_DEV', 2], ['ST_NLINK', 3], ['ST_UID', 4], ['ST_GID', 5], ['ST_SIZE', 6],
  ['ST_ATIME', 7], ['ST_MTIME', 8], ['ST_CTIME', 9],
  // Windows' file attributes, defined everywhere.
  ['FILE_ATTRIBUTE_READONLY', 0x1], ['FILE_ATTRIBUTE_HIDDEN', 0x2], ['FILE_ATTRIBUTE_SYSTEM', 0x4],
  ['FILE_ATTRIBUTE_DIRECTORY', 0x10], ['FILE_ATTRIBUTE_ARCHIVE', 0x20], ['FILE_ATTRIBUTE_DEVICE', 0x40],
  ['FILE_ATTRIBUTE_NORMAL', 0x80], ['FILE_ATTRIBUTE_TEMPORARY', 0x100], ['FILE_ATTRIBUTE_SPARSE_FILE', 0x200],
  ['FILE_ATTRIBUTE_REPARSE_POINT', 0x400], ['FILE_ATTRIBUTE_COMPRESSED', 0x800], ['FILE_ATTRIBUTE_OFFLINE', 0x1000],
  ['FILE_ATTRIBUTE_NOT_CONTENT_INDEXED', 0x2000], ['FILE_ATTRIBUTE_ENCRYPTED', 0x4000],
  ['FILE_ATTRIBUTE_INTEGRITY_STREAM', 0x8000], ['FILE_ATTRIBUTE_VIRTUAL', 0x10000],
  ['FILE_ATTRIBUTE_NO_SCRUB_DATA', 0x20000],
];

/** A mode_t argument, with CPython's errors for other types and out-of-range values. */
function modeArg(fname: string, args: PyObject[], kwargs: KwArgs | null): number {
  const v = oneArg(`_stat.${fname}`, args, kwargs, 0);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') {
    if (v < 0) throw overflowError("can't convert negative value to unsigned int");
    if (v > 0xffffffff) throw overflowError('mode out of range');
    return v;
  }
  if (typeof v === 'bigint') {
    if (v < 0n) throw overflowError("can't convert negative value to unsigned int");
    if (v >= 1n << 64n) throw overflowError('Python int too large to convert to C unsigned long');
    throw overflowError('mode out of range');
  }
  throw typeError('an integer is required');
}

/** The file-type letter filemode() puts first. */
function typeLetter(mode: number): string {
  switch (mode & S_IFMT) {
    case S_IFREG: return '-';
    case S_IFDIR: return 'd';
    case S_IFLNK: return 'l';
    case S_IFCHR: return 'c';
    case S_IFBLK: return 'b';
    case S_IFIFO: return 'p';
    case S_IFSOCK: return 's';
    default: return '?';
  }
}

/** The nine permission letters, with set-id and sticky bits shown as s/S and t/T. */
function permissionLetters(mode: number): string {
  const rwx = (bits: number, special: boolean, on: string, off: string): string =>
    (bits & 4 ? 'r' : '-') + (bits & 2 ? 'w' : '-') + (special ? (bits & 1 ? on : off) : bits & 1 ? 'x' : '-');
  return rwx((mode >> 6) & 7, (mode & 0o4000) !== 0, 's', 'S')
    + rwx((mode >> 3) & 7, (mode & 0o2000) !== 0, 's', 'S')
    + rwx(mode & 7, (mode & 0o1000) !== 0, 't', 'T');
}

const TESTS: [string, (mode: number) => boolean][] = [
  ['S_ISDIR', (m) => (m & S_IFMT) === S_IFDIR],
  ['S_ISCHR', (m) => (m & S_IFMT) === S_IFCHR],
  ['S_ISBLK', (m) => (m & S_IFMT) === S_IFBLK],
  ['S_ISREG', (m) => (m & S_IFMT) === S_IFREG],
  ['S_ISFIFO', (m) => (m & S_IFMT) === S_IFIFO],
  ['S_ISLNK', (m) => (m & S_IFMT) === S_IFLNK],
  ['S_ISSOCK', (m) => (m & S_IFMT) === S_IFSOCK],
  ['S_ISDOOR', () => false],
  ['S_ISPORT', () => false],
  ['S_ISWHT', () => false],
];

export const init__stat: ModuleInit = (_vm, m) => {
  const d = m.dict;
  d.setStr('S_IFMT', builtin('S_IFMT', (_vm, args, kwargs) => modeArg('S_IFMT', args, kwargs) & S_IFMT, '_stat'));
  d.setStr('S_IMODE', builtin('S_IMODE', (_vm, args, kwargs) => modeArg('S_IMODE', args, kwargs) & 0o7777, '_stat'));
  for (const [name, test] of TESTS) {
    d.setStr(name, builtin(name, (_vm, args, kwargs) => test(modeArg(name, args, kwargs)), '_stat'));
  }
  d.setStr('filemode', builtin('filemode', (_vm, args, kwargs) => {
    const mode = modeArg('filemode', args, kwargs);
    return typeLetter(mode) + permissionLetters(mode);
  }, '_stat'));
  for (const [name, value] of CONSTANTS) d.setStr(name, value);
};
