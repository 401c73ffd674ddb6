// More of os.path (posixpath): file sizes and times, common prefixes and paths, $VAR
// expansion, samefile/ismount, splitdrive, and the module's constants.

import { fs } from './node_namespaces.js';
import { osPath } from './os_path_join.js';
import { statSeconds } from './os_stat_time.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyFloat } from '../vm/objects/float.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import type { NativeFn } from '../vm/objects/function.js';
import { valueError } from '../vm/objects/exceptions.js';
import { toArray } from '../vm/ops/sequence.js';
import { osErrorFrom } from './io_file.js';
import { pathArg } from './os.js';
import { environValue } from './os_environ.js';
import type { VM } from '../vm/vm.js';

function statOf(vm: VM, p: string, follow = true): fs.Stats {
  try {
    return follow ? fs.statSync(osPath(vm.cwd, p)) : fs.lstatSync(osPath(vm.cwd, p));
  } catch (e) {
    throw osErrorFrom(vm, e, p);
  }
}

/** One number of a file's stat: getsize, getmtime... (os.stat's errors: FileNotFoundError naming the path). */
const statField = (name: string, field: (st: fs.Stats) => PyObject): NativeFn => (vm, args) => field(statOf(vm, pathArg(vm, args[0], name)));

/** getmtime, getatime, getctime: the float os.stat gives (from nanoseconds, not node's milliseconds). */
const timeField = (name: string, field: (st: fs.BigIntStats) => bigint): NativeFn => (vm, args) => {
  const p = pathArg(vm, args[0], name);
  try {
    return new PyFloat(statSeconds(field(fs.statSync(osPath(vm.cwd, p), { bigint: true }))));
  } catch (e) {
    throw osErrorFrom(vm, e, p);
  }
};

/** The paths of a sequence, each through os.fspath. */
function pathList(vm: VM, o: PyObject, fname: string): string[] {
  return toArray(vm, o).map((p) => pathArg(vm, p, fname));
}

/** Arrays of path components compared as Python compares lists of str. */
function compareParts(a: string[], b: string[]): number {
  for (let i = 0; i < a.length && i < b.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}

export const morePathFunctions: [string, NativeFn][] = [
  ['getsize', statField('getsize', (st) => st.size)],
  ['getmtime', timeField('getmtime', (st) => st.mtimeNs)],
  ['getatime', timeField('getatime', (st) => st.atimeNs)],
  ['getctime', timeField('getctime', (st) => st.ctimeNs)],
  ['splitdrive', (vm, args) => new PyTuple(['', pathArg(vm, args[0], 'splitdrive')])],
  ['commonprefix', (vm, args) => {
    const m = pathList(vm, args[0], 'commonprefix');
    if (m.length === 0) return '';
    // The common prefix of the smallest and the largest is everyone's.
    let s1 = m[0];
    let s2 = m[0];
    for (const s of m) {
      if (s < s1) s1 = s;
      if (s > s2) s2 = s;
    }
    let i = 0;
    while (i < s1.length && s1[i] === s2[i]) i++;
    return s1.slice(0, i);
  }],
  ['commonpath', (vm, args) => {
    const paths = pathList(vm, args[0], 'commonpath');
    if (paths.length === 0) throw valueError('commonpath() arg is an empty sequence');
    const abs = new Set(paths.map((p) => p.startsWith('/')));
    if (abs.size > 1) throw valueError("Can't mix absolute and relative paths");
    const split = paths.map((p) => p.split('/').filter((c) => c !== '' && c !== '.'));
    let s1 = split[0];
    let s2 = split[0];
    for (const s of split) {
      if (compareParts(s, s1) < 0) s1 = s;
      if (compareParts(s, s2) > 0) s2 = s;
    }
    let i = 0;
    while (i < s1.length && s1[i] === s2[i]) i++;
    return (paths[0].startsWith('/') ? '/' : '') + s1.slice(0, i).join('/');
  }],
  ['expandvars', (vm, args) => {
    const path = pathArg(vm, args[0], 'expandvars');
    if (!path.includes('$')) return path;
    // $name and ${name} (ASCII word characters), as CPython's _varprog; unknown ones stay.
    return path.replace(/\$(\w+|\{[^}]*\})/g, (whole, name: string) => {
      const key = name.startsWith('{') && name.endsWith('}') ? name.slice(1, -1) : name;
      return environValue(vm, key) ?? whole;
    });
  }],
  ['samefile', (vm, args) => {
    const a = statOf(vm, pathArg(vm, args[0], 'samefile'));
    const b = statOf(vm, pathArg(vm, args[1], 'samefile'));
    return a.dev === b.dev && a.ino === b.ino;
  }],
  ['ismount', (vm, args) => {
    const p = pathArg(vm, args[0], 'ismount');
    let st: fs.Stats;
    let parent: fs.Stats;
    try {
      st = fs.lstatSync(osPath(vm.cwd, p));
      if (st.isSymbolicLink()) return false;
      parent = fs.lstatSync(osPath(vm.cwd, p + '/..'));
    } catch {
      return false;
    }
    // A mount point's parent is on another device, or is itself (the root).
    return st.dev !== parent.dev || st.ino === parent.ino;
  }],
];

export const morePathConstants: [string, PyObject][] = [
  ['pathsep', ':'],
  ['defpath', '/bin:/usr/bin'],
  ['altsep', None],
  ['devnull', '/dev/null'],
  ['supports_unicode_filenames', false],
];
