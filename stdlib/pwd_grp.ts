// The pwd and grp modules: the password and group databases, read from /etc/passwd and
// /etc/group (node has no getpwuid/getgrgid; on the systems tpy runs on, with no NIS or LDAP
// configured, those files are what the C library's calls read too).

import * as fs from 'node:fs';
import type { PyObject } from '../vm/objects/object.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { PyList } from '../vm/objects/list.js';
import { builtin } from '../vm/objects/function.js';
import { strVal } from '../vm/objects/str.js';
import { newException, KeyError, typeError } from '../vm/objects/exceptions.js';
import { parseArgs } from '../vm/methods/args.js';
import { strRepr } from '../vm/format/str_repr.js';
import { index } from '../vm/ops/convert.js';
import { typeName } from '../vm/ops/typeof.js';
import { makeStructSeqType } from '../profiler/struct_seq.js';
import type { ModuleInit, VM } from '../vm/vm.js';

const structPasswd = makeStructSeqType('pwd', 'struct_passwd', [
  'pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell',
]);
const structGroup = makeStructSeqType('grp', 'struct_group', ['gr_name', 'gr_passwd', 'gr_gid', 'gr_mem']);

/** The colon-separated records of a database file (none when it cannot be read). */
function records(path: string, fields: number, numeric: number[]): string[][] {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  const rows: string[][] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#') || line.startsWith('+') || line.startsWith('-')) continue;
    const cells = line.split(':');
    if (cells.length < fields || numeric.some((i) => !/^\d+$/.test(cells[i]))) continue;
    rows.push(cells);
  }
  return rows;
}

function passwdEntries(): PyTuple[] {
  return records('/etc/passwd', 7, [2, 3]).map(
    (c) => new PyTuple([c[0], c[1], Number(c[2]), Number(c[3]), c[4], c[5], c.slice(6).join(':')], structPasswd),
  );
}

function groupEntries(): PyTuple[] {
  return records('/etc/group', 4, [2]).map(
    (c) => new PyTuple([c[0], c[1], Number(c[2]), new PyList(c[3] === '' ? [] : c[3].split(','))], structGroup),
  );
}

/** A uid/gid argument: any integer (one no entry has is simply not found), as CPython's converter. */
function idArg(vm: VM, o: PyObject, what: string): number | bigint {
  if (typeof o !== 'number' && typeof o !== 'bigint' && typeof o !== 'boolean') {
    try {
      return index(vm, o);
    } catch {
      throw typeError(`${what} should be integer, not ${typeName(o)}`);
    }
  }
  return index(vm, o);
}

function nameArg(o: PyObject, fname: string): string {
  const s = strVal(o);
  if (s === undefined) throw typeError(`${fname}() argument must be str, not ${typeName(o)}`);
  return s;
}

/** pwd's functions take one positional argument (METH_O), grp's a keyword too (Argument Clinic). */
function pwdArgs(fname: string, args: PyObject[], kwargs: Map<string, PyObject> | null, count: number): PyObject[] {
  if (kwargs !== null && kwargs.size > 0) throw typeError(`pwd.${fname}() takes no keyword arguments`);
  if (args.length !== count) {
    const wanted = count === 0 ? 'no arguments' : 'exactly one argument';
    throw typeError(`pwd.${fname}() takes ${wanted} (${args.length} given)`);
  }
  return args;
}

function grpArg(fname: string, keyword: string, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  return parseArgs(fname, args, kwargs, { names: [keyword], required: 1 }, 0)[0]!;
}

function lookup(entries: PyTuple[], field: number, key: string | number | bigint): PyTuple | undefined {
  // eslint-disable-next-line eqeqeq -- a bigint id equals the number it would be
  return entries.find((e) => e.items[field] == key);
}

export const init_pwd: ModuleInit = (_vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', 'This module provides access to the Unix password database.');
  d.setStr('struct_passwd', structPasswd);
  d.setStr('getpwuid', builtin('getpwuid', (vm, args, kwargs) => {
    const uid = idArg(vm, pwdArgs('getpwuid', args, kwargs, 1)[0], 'uid');
    const found = lookup(passwdEntries(), 2, uid);
    if (found === undefined) throw newException(KeyError, `getpwuid(): uid not found: ${uid}`);
    return found;
  }, 'pwd'));
  d.setStr('getpwnam', builtin('getpwnam', (vm, args, kwargs) => {
    const name = nameArg(pwdArgs('getpwnam', args, kwargs, 1)[0], 'getpwnam');
    const found = lookup(passwdEntries(), 0, name);
    if (found === undefined) throw newException(KeyError, `getpwnam(): name not found: ${strRepr(name)}`);
    return found;
  }, 'pwd'));
  d.setStr('getpwall', builtin('getpwall', (vm, args, kwargs) => {
    pwdArgs('getpwall', args, kwargs, 0);
    return new PyList(passwdEntries());
  }, 'pwd'));
};

export const init_grp: ModuleInit = (_vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', 'Access to the Unix group database.');
  d.setStr('struct_group', structGroup);
  d.setStr('getgrgid', builtin('getgrgid', (vm, args, kwargs) => {
    const gid = idArg(vm, grpArg('getgrgid', 'id', args, kwargs), 'gid');
    const found = lookup(groupEntries(), 2, gid);
    if (found === undefined) throw newException(KeyError, `getgrgid(): gid not found: ${gid}`);
    return found;
  }, 'grp'));
  d.setStr('getgrnam', builtin('getgrnam', (vm, args, kwargs) => {
    const name = nameArg(grpArg('getgrnam', 'name', args, kwargs), 'getgrnam');
    const found = lookup(groupEntries(), 0, name);
    if (found === undefined) throw newException(KeyError, `getgrnam(): name not found: ${strRepr(name)}`);
    return found;
  }, 'grp'));
  d.setStr('getgrall', builtin('getgrall', (vm, args, kwargs) => {
    parseArgs('getgrall', args, kwargs, { names: [] }, 0);
    return new PyList(groupEntries());
  }, 'grp'));
};
