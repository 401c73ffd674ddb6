// The pwd and grp modules: the password and group databases, read from /etc/passwd and
// /etc/group (the "files" source of the C library's name service; tpy cannot ask NIS, LDAP or
// systemd's sources). Entries are struct sequences, and the lookups' errors are CPython's.

import { fs } from './node_namespaces.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { PyList } from '../vm/objects/list.js';
import { builtin, NativeFn } from '../vm/objects/function.js';
import { PyFloat } from '../vm/objects/float.js';
import { keyError, overflowError, PyBaseException, OverflowError, typeError, valueError } from '../vm/objects/exceptions.js';
import { noArgs, oneArg, parseArgs } from '../vm/methods/args.js';
import { strVal } from '../vm/objects/str.js';
import { index, repr } from '../vm/ops/convert.js';
import { typeName } from '../vm/ops/typeof.js';
import { makeStructSeqType } from '../profiler/struct_seq.js';
import type { PyType } from '../vm/objects/type.js';
import type { ModuleInit, VM } from '../vm/vm.js';

const PASSWD_FIELDS = ['pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell'];
const GROUP_FIELDS = ['gr_name', 'gr_passwd', 'gr_gid', 'gr_mem'];

function structDoc(module: string, name: string, what: string, fields: string[]): string {
  return `${module}.${name}: Results from ${what} routines.\n\nThis object may be accessed either as a tuple of\n`
    + `  (${fields.join(',')})\nor via the object attributes as named in the above tuple.`;
}

let passwdType: PyType | null = null;
let groupType: PyType | null = null;

function structType(module: string, name: string, what: string, fields: string[]): PyType {
  const t = makeStructSeqType(module, name, fields);
  // (CPython's group doc ends in a newline, the passwd one does not)
  t.setAttr('__doc__', structDoc(module, name, what, fields) + (module === 'grp' ? '\n' : ''));
  return t;
}

/** The lines of a database file as the C library's files source reads them: comments and blank lines skipped. */
function databaseLines(path: string): string[][] {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  const rows: string[][] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^[ \t]+/, '');
    if (line === '' || line.startsWith('#')) continue;
    rows.push(line.split(':'));
  }
  return rows;
}

/** An id field: a decimal number that fits uid_t/gid_t, else the line is skipped (undefined). */
function idField(s: string): number | undefined {
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n <= 0xffffffff ? n : undefined;
}

/** A uid_t/gid_t value as Python shows it: (id_t)-1 is -1. */
const idValue = (n: number): number => (n === 0xffffffff ? -1 : n);

function passwdEntries(): PyTuple[] {
  const out: PyTuple[] = [];
  for (const f of databaseLines('/etc/passwd')) {
    if (f.length < 7) continue;
    const uid = idField(f[2]);
    const gid = idField(f[3]);
    if (uid === undefined || gid === undefined) continue;
    out.push(new PyTuple([f[0], f[1], idValue(uid), idValue(gid), f[4], f[5], f.slice(6).join(':')], passwdType!));
  }
  return out;
}

function groupEntries(): PyTuple[] {
  const out: PyTuple[] = [];
  for (const f of databaseLines('/etc/group')) {
    if (f.length < 4) continue;
    const gid = idField(f[2]);
    if (gid === undefined) continue;
    const members = f.slice(3).join(':').split(',').filter((m) => m !== '');
    out.push(new PyTuple([f[0], f[1], idValue(gid), new PyList(members)], groupType!));
  }
  return out;
}

/** The home directory of a user of the password database, by name or uid (posixpath.expanduser's lookup). */
export function passwdHome(who: { name?: string; uid?: number }): string | undefined {
  for (const f of databaseLines('/etc/passwd')) {
    if (f.length < 7) continue;
    if (who.name !== undefined ? f[0] === who.name : idField(f[2]) === who.uid) return f[5];
  }
  return undefined;
}

/**
 * _Py_Uid_Converter / _Py_Gid_Converter (3.11): -1 stands for (id_t)-1; other negative numbers
 * are "less than minimum", as (3.11's quirk) are numbers past 32 bits that fit a C long; larger
 * ones are "greater than maximum".
 */
function idArg(vm: VM, o: PyObject, kind: 'uid' | 'gid'): number {
  if (o instanceof PyFloat || strVal(o) !== undefined) throw typeError(`${kind} should be integer, not ${typeName(o)}`);
  let n: bigint;
  try {
    n = BigInt(index(vm, o) as number | bigint);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === 'TypeError') throw typeError(`${kind} should be integer, not ${typeName(o)}`);
    throw e;
  }
  if (n === -1n) return 0xffffffff;
  if (n >= 1n << 63n) throw overflowError(`${kind} is greater than maximum`);
  if (n < 0n || n > 0xffffffffn) throw overflowError(`${kind} is less than minimum`);
  return Number(n);
}

function nameArg(o: PyObject | undefined, message: string): string {
  const s = o === undefined ? undefined : strVal(o);
  if (s === undefined) throw typeError(`${message}, not ${typeName(o!)}`);
  if (s.includes('\0')) throw valueError('embedded null byte');
  return s;
}

const pwdFunctions: [string, NativeFn][] = [
  ['getpwuid', (vm, args, kwargs) => {
    const arg = oneArg('pwd.getpwuid', args, kwargs, 0);
    let uid: number;
    try {
      uid = idArg(vm, arg, 'uid');
    } catch (e) {
      // an id no uid_t can hold is simply not found
      if (e instanceof PyBaseException && e.cls === OverflowError) throw keyError('getpwuid(): uid not found');
      throw e;
    }
    const found = passwdEntries().find((p) => p.items[2] === idValue(uid));
    if (found === undefined) throw keyError(`getpwuid(): uid not found: ${idValue(uid)}`);
    return found;
  }],
  ['getpwnam', (vm, args, kwargs) => {
    const name = nameArg(oneArg('pwd.getpwnam', args, kwargs, 0), 'getpwnam() argument must be str');
    const found = passwdEntries().find((p) => p.items[0] === name);
    if (found === undefined) throw keyError(`getpwnam(): name not found: ${repr(vm, name)}`);
    return found;
  }],
  ['getpwall', (vm, args, kwargs) => {
    noArgs('pwd.getpwall', args, kwargs, 0);
    return new PyList(passwdEntries());
  }],
];

const grpFunctions: [string, NativeFn][] = [
  ['getgrgid', (vm, args, kwargs) => {
    const [arg] = parseArgs('getgrgid', args, kwargs, { names: ['id'], required: 1 }, 0);
    const gid = idArg(vm, arg!, 'gid');
    const found = groupEntries().find((g) => g.items[2] === idValue(gid));
    if (found === undefined) throw keyError(`getgrgid(): gid not found: ${idValue(gid)}`);
    return found;
  }],
  ['getgrnam', (vm, args, kwargs) => {
    const [arg] = parseArgs('getgrnam', args, kwargs, { names: ['name'], required: 1 }, 0);
    const name = nameArg(arg, "getgrnam() argument 'name' must be str");
    const found = groupEntries().find((g) => g.items[0] === name);
    if (found === undefined) throw keyError(`getgrnam(): name not found: ${repr(vm, name)}`);
    return found;
  }],
  ['getgrall', (vm, args, kwargs) => {
    noArgs('grp.getgrall', args, kwargs, 0);
    return new PyList(groupEntries());
  }],
];

export const init_pwd: ModuleInit = (vm, m) => {
  passwdType ??= structType('pwd', 'struct_passwd', 'getpw*()', PASSWD_FIELDS);
  const d = m.dict;
  d.setStr('__doc__', 'This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\n'
    + 'Password database entries are reported as 7-tuples containing the following\nitems from the password database '
    + '(see `<pwd.h>\'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\n'
    + 'The uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found.');
  for (const [name, fn] of pwdFunctions) d.setStr(name, builtin(name, fn, 'pwd'));
  d.setStr('struct_passwd', passwdType);
};

export const init_grp: ModuleInit = (vm, m) => {
  groupType ??= structType('grp', 'struct_group', 'getgr*()', GROUP_FIELDS);
  const d = m.dict;
  d.setStr('__doc__', 'Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\n'
    + 'from the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n'
    + '  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  '
    + '(Note that most\nusers are not explicitly listed as members of the groups they are in\naccording to the password database.  '
    + 'Check both databases to get\ncomplete membership information.)');
  for (const [name, fn] of grpFunctions) d.setStr(name, builtin(name, fn, 'grp'));
  d.setStr('struct_group', groupType);
};
