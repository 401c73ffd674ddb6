// _sqlite3_capi: a thin binding of SQLite's C API (sqlite3_engine.ts) for stdlib/lib/sqlite3, which
// holds CPython's behaviour (transactions, adapters, Row, the exceptions). Handles are the
// engine's pointers as ints; calls return SQLite's result codes, and the Python side turns
// them into exceptions with sqlite3_errmsg's text.

import type { PyObject } from '../vm/objects/object.js';
import { PyBytes, bufferBytes } from '../vm/objects/bytes.js';
import { PyFloat, newFloat } from '../vm/objects/float.js';
import { newTuple, PyTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { builtin } from '../vm/objects/function.js';
import { PyBaseException, typeError } from '../vm/objects/exceptions.js';
import { call } from '../vm/ops/call.js';
import { typeName } from '../vm/ops/typeof.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { sqliteEngine, type Engine } from './sqlite3_engine.js';

const SQLITE_RANGE = 25;
const SQLITE_INTEGER = 1;
const SQLITE_FLOAT = 2;
const SQLITE_TEXT = 3;
const SQLITE_BLOB = 4;
const SQLITE_UTF8 = 1;
const SQLITE_DETERMINISTIC = 0x800;
const SQLITE_TRANSIENT = -1;

/** A SQLite integer as a tpy int (a JS number when it is safe, else a bigint). */
function fromInt64(v: bigint): PyObject {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

function handle(o: PyObject | undefined): number {
  if (typeof o !== 'number') throw typeError(`_sqlite3: handle must be int, not ${typeName(o as PyObject)}`);
  return o;
}

function str(o: PyObject | undefined): string {
  if (typeof o !== 'string') throw typeError(`_sqlite3: expected str, not ${typeName(o as PyObject)}`);
  return o;
}

/** Calls `fn(e, ...)` with the engine, as a builtin of _sqlite3 with fixed positional arguments. */
function def(name: string, fn: (e: Engine, a: PyObject[], vm: VM) => PyObject) {
  return builtin(name, (vm, args) => fn(sqliteEngine(), args, vm), '_sqlite3_capi');
}

/** Writes a pointer out-parameter's slot, runs `f`, and returns the slot's value. */
function withOut<T>(e: Engine, n: number, f: (slots: number) => T): [T, number[]] {
  const slots = e.api._malloc(4 * n);
  try {
    const r = f(slots);
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(e.i32(slots + 4 * i));
    return [r, out];
  } finally {
    e.api._free(slots);
  }
}

function sqlite_open(e: Engine, a: PyObject[]): PyObject {
  const file = e.cString(str(a[0]));
  try {
    const [rc, [db]] = withOut(e, 1, (p) => e.api._sqlite3_open_v2(file, p, handle(a[1]), 0));
    return newTuple([rc, db!]);
  } finally {
    e.api._free(file);
  }
}

/** (rc, stmt, rest of the SQL after the first statement); stmt is 0 for only whitespace/comments. */
function sqlite_prepare(e: Engine, a: PyObject[]): PyObject {
  const bytes = new TextEncoder().encode(str(a[1]));
  const sql = e.api._malloc(bytes.length + 1);
  e.heap().set(bytes, sql);
  e.heap()[sql + bytes.length] = 0;
  try {
    const [rc, [stmt, tail]] = withOut(e, 2, (p) => e.api._sqlite3_prepare_v2(handle(a[0]), sql, bytes.length + 1, p, p + 4));
    const rest = tail ? new TextDecoder().decode(bytes.subarray(tail - sql)) : '';
    return newTuple([rc, rc === 0 ? stmt! : 0, rest]);
  } finally {
    e.api._free(sql);
  }
}

/** How many parameters a statement has: sqlite3_bind_parameter_count is not exported. */
function sqlite_param_count(e: Engine, a: PyObject[]): PyObject {
  const stmt = handle(a[0]);
  let n = 0;
  while (e.api._sqlite3_bind_null(stmt, n + 1) !== SQLITE_RANGE) n++;
  e.api._sqlite3_clear_bindings(stmt);
  return n;
}

function sqlite_param_index(e: Engine, a: PyObject[]): PyObject {
  const name = e.cString(str(a[1]));
  try {
    return e.api._sqlite3_bind_parameter_index(handle(a[0]), name);
  } finally {
    e.api._free(name);
  }
}

/** Binds an int (the Python side checked its range), float, str, bytes-like or None. */
function sqlite_bind(e: Engine, a: PyObject[]): PyObject {
  const stmt = handle(a[0]);
  const i = handle(a[1]);
  const v = a[2]!;
  if (v === None) return e.api._sqlite3_bind_null(stmt, i);
  if (typeof v === 'boolean') return e.api._sqlite3_bind_int64(stmt, i, v ? 1n : 0n);
  if (typeof v === 'number' || typeof v === 'bigint') return e.api._sqlite3_bind_int64(stmt, i, BigInt(v));
  if (v instanceof PyFloat) return e.api._sqlite3_bind_double(stmt, i, v.value);
  if (typeof v === 'string') {
    const bytes = new TextEncoder().encode(v);
    const p = e.copyIn(bytes);
    try {
      return e.api._sqlite3_bind_text(stmt, i, p, bytes.length, SQLITE_TRANSIENT);
    } finally {
      e.api._free(p);
    }
  }
  const data = bufferBytes(v);
  if (data === undefined) throw typeError(`_sqlite3.bind: unsupported type '${typeName(v)}'`);
  const p = e.copyIn(data);
  try {
    return e.api._sqlite3_bind_blob(stmt, i, p, data.length, SQLITE_TRANSIENT);
  } finally {
    e.api._free(p);
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Column `i` of the current row: int, float, str, bytes or None; text as bytes when asked. */
function sqlite_column(e: Engine, a: PyObject[]): PyObject {
  const stmt = handle(a[0]);
  const i = handle(a[1]);
  const api = e.api;
  switch (api._sqlite3_column_type(stmt, i)) {
    case SQLITE_INTEGER:
      return fromInt64(api._sqlite3_column_int64(stmt, i));
    case SQLITE_FLOAT:
      return newFloat(api._sqlite3_column_double(stmt, i));
    case SQLITE_TEXT: {
      const p = api._sqlite3_column_text(stmt, i);
      const n = api._sqlite3_column_bytes(stmt, i);
      if (a[2] === true) return new PyBytes(e.heap().slice(p, p + n));
      // Text that is not valid UTF-8 comes back as bytes: the caller, which knows the
      // column is TEXT, raises CPython's OperationalError naming the column.
      if (n === 0) return '';
      const raw = e.heap().subarray(p, p + n);
      try {
        return strictUtf8.decode(raw);
      } catch {
        return new PyBytes(raw.slice());
      }
    }
    case SQLITE_BLOB: {
      const p = api._sqlite3_column_blob(stmt, i);
      const n = api._sqlite3_column_bytes(stmt, i);
      return new PyBytes(p === 0 ? new Uint8Array(0) : e.heap().slice(p, p + n));
    }
    default:
      return None;
  }
}

/** The SQL function's arguments, read from sqlite3_value pointers. */
function functionArgs(e: Engine, argc: number, argv: number): PyObject[] {
  const api = e.api;
  const args: PyObject[] = [];
  for (let i = 0; i < argc; i++) {
    const v = e.i32(argv + 4 * i);
    switch (api._sqlite3_value_type(v)) {
      case SQLITE_INTEGER:
        args.push(fromInt64(api._sqlite3_value_int64(v)));
        break;
      case SQLITE_FLOAT:
        args.push(newFloat(api._sqlite3_value_double(v)));
        break;
      case SQLITE_TEXT:
        args.push(e.utf8(api._sqlite3_value_text(v), api._sqlite3_value_bytes(v)));
        break;
      case SQLITE_BLOB: {
        const p = api._sqlite3_value_blob(v);
        args.push(new PyBytes(p === 0 ? new Uint8Array(0) : e.heap().slice(p, p + api._sqlite3_value_bytes(v))));
        break;
      }
      default:
        args.push(None);
    }
  }
  return args;
}

function resultError(e: Engine, ctx: number, msg: string): void {
  const p = e.cString(msg);
  e.api._sqlite3_result_error(ctx, p, -1);
  e.api._free(p);
}

/**
 * Hands a callback's outcome to SQLite. The Python side returns (True, value) with value an
 * int in range, float, str, bytes or None, or (False, message) after recording the error.
 */
function setResult(e: Engine, ctx: number, outcome: PyObject): void {
  const api = e.api;
  if (!(outcome instanceof PyTuple) || outcome.items[0] !== true) {
    const msg = outcome instanceof PyTuple && typeof outcome.items[1] === 'string' ? outcome.items[1] : 'callback failed';
    resultError(e, ctx, msg);
    return;
  }
  const v = outcome.items[1]!;
  if (v === None) api._sqlite3_result_null(ctx);
  else if (typeof v === 'boolean') api._sqlite3_result_int64(ctx, v ? 1n : 0n);
  else if (typeof v === 'number' || typeof v === 'bigint') api._sqlite3_result_int64(ctx, BigInt(v));
  else if (v instanceof PyFloat) api._sqlite3_result_double(ctx, v.value);
  else if (typeof v === 'string') {
    const bytes = new TextEncoder().encode(v);
    const p = e.copyIn(bytes);
    api._sqlite3_result_text(ctx, p, bytes.length, SQLITE_TRANSIENT);
    api._free(p);
  } else {
    const data = bufferBytes(v) ?? new Uint8Array(0);
    const p = e.copyIn(data);
    api._sqlite3_result_blob(ctx, p, data.length, SQLITE_TRANSIENT);
    api._free(p);
  }
}

/** Runs a tpy callback from inside sqlite3_step; nothing it raises may unwind through the wasm. */
function callBack(vm: VM, e: Engine, ctx: number, f: PyObject, args: PyObject[]): void {
  let outcome: PyObject;
  try {
    outcome = call(vm, f, args);
  } catch (err) {
    if (!(err instanceof PyBaseException)) throw err;
    outcome = newTuple([false, 'callback raised']);
  }
  setResult(e, ctx, outcome);
}

/** Function-table slots of each connection's callbacks, freed when it closes. */
const slotsOf = new Map<number, Map<string, number[]>>();

function releaseSlots(e: Engine, db: number, key: string | null): void {
  const table = slotsOf.get(db);
  if (table === undefined) return;
  for (const [k, slots] of table) {
    if (key !== null && k !== key) continue;
    for (const s of slots) e.api.removeFunction(s);
    table.delete(k);
  }
  if (key === null) slotsOf.delete(db);
}

/**
 * create_function(db, name, narg, func, deterministic) for a scalar function, or
 * create_function(db, name, narg, (step, final), deterministic) for an aggregate; func/step
 * get (ctx, *args), final gets (ctx,): ctx tells one aggregate's run from another's. None
 * removes the function.
 */
function sqlite_create_function(e: Engine, a: PyObject[], vm: VM): PyObject {
  const db = handle(a[0]);
  const name = str(a[1]);
  const narg = handle(a[2]);
  const f = a[3]!;
  const key = `${name.toLowerCase()}/${narg}`;
  const slots: number[] = [];
  let xFunc = 0;
  let xStep = 0;
  let xFinal = 0;
  if (f instanceof PyTuple) {
    const [step, final] = f.items;
    xStep = e.api.addFunction((ctx, argc, argv) => callBack(vm, e, ctx, step!, [ctx, ...functionArgs(e, argc, argv)]), 'viii');
    xFinal = e.api.addFunction((ctx) => callBack(vm, e, ctx, final!, [ctx]), 'vi');
    slots.push(xStep, xFinal);
  } else if (f !== None) {
    xFunc = e.api.addFunction((ctx, argc, argv) => callBack(vm, e, ctx, f, [ctx, ...functionArgs(e, argc, argv)]), 'viii');
    slots.push(xFunc);
  }
  const cname = e.cString(name);
  const rep = SQLITE_UTF8 | (a[4] === true ? SQLITE_DETERMINISTIC : 0);
  const rc = e.api._sqlite3_create_function_v2(db, cname, narg, rep, 0, xFunc, xStep, xFinal, 0);
  e.api._free(cname);
  if (rc !== 0) {
    for (const s of slots) e.api.removeFunction(s);
    return rc;
  }
  releaseSlots(e, db, key);
  if (slots.length > 0) {
    let table = slotsOf.get(db);
    if (table === undefined) slotsOf.set(db, (table = new Map()));
    table.set(key, slots);
  }
  return 0;
}

export const init__sqlite3_capi: ModuleInit = (vm, m) => {
  const d = m.dict;
  // A callback's exception, reported as CPython does with callback tracebacks on:
  // through sys.unraisablehook, "Exception ignored in: <the callable>".
  d.setStr('write_unraisable', builtin('write_unraisable', (_vm, a) => {
    const exc = a[0];
    if (!(exc instanceof PyBaseException)) throw typeError('write_unraisable() argument 1 must be an exception');
    vm.writeUnraisable(exc, exc.traceback, null, a[1] ?? None);
    return None;
  }, '_sqlite3_capi'));
  const e = sqliteEngine();
  d.setStr('sqlite_version', engineVersion(e));
  d.setStr('open', def('open', sqlite_open));
  d.setStr('close', def('close', (e, a) => {
    const db = handle(a[0]);
    const rc = e.api._sqlite3_close_v2(db);
    releaseSlots(e, db, null);
    return rc;
  }));
  d.setStr('errmsg', def('errmsg', (e, a) => e.readCString(e.api._sqlite3_errmsg(handle(a[0])))));
  d.setStr('prepare', def('prepare', sqlite_prepare));
  d.setStr('finalize', def('finalize', (e, a) => e.api._sqlite3_finalize(handle(a[0]))));
  d.setStr('reset', def('reset', (e, a) => {
    const stmt = handle(a[0]);
    e.api._sqlite3_clear_bindings(stmt);
    return e.api._sqlite3_reset(stmt);
  }));
  d.setStr('param_count', def('param_count', sqlite_param_count));
  d.setStr('param_index', def('param_index', sqlite_param_index));
  d.setStr('bind', def('bind', sqlite_bind));
  d.setStr('step', def('step', (e, a) => e.api._sqlite3_step(handle(a[0]))));
  d.setStr('column_count', def('column_count', (e, a) => e.api._sqlite3_column_count(handle(a[0]))));
  d.setStr('column_name', def('column_name', (e, a) => e.readCString(e.api._sqlite3_column_name(handle(a[0]), handle(a[1])))));
  d.setStr('column_table', def('column_table', (e, a) => e.readCString(e.api._sqlite3_column_table_name(handle(a[0]), handle(a[1])))));
  d.setStr('column', def('column', sqlite_column));
  d.setStr('column_type', def('column_type', (e, a) => e.api._sqlite3_column_type(handle(a[0]), handle(a[1]))));
  d.setStr('changes', def('changes', (e, a) => e.api._sqlite3_changes(handle(a[0]))));
  d.setStr('last_insert_rowid', def('last_insert_rowid', (e, a) => fromInt64(e.api._sqlite3_last_insert_rowid(handle(a[0])))));
  d.setStr('autocommit', def('autocommit', (e, a) => e.api._sqlite3_get_autocommit(handle(a[0])) !== 0));
  d.setStr('create_function', def('create_function', sqlite_create_function));
};

/** sqlite_version(), read once through a throwaway in-memory connection. */
function engineVersion(e: Engine): string {
  const api = e.api;
  const f = e.cString(':memory:');
  const [, [db]] = withOut(e, 1, (p) => api._sqlite3_open_v2(f, p, 6, 0));
  api._free(f);
  const sql = e.cString('select sqlite_version()');
  const [, [stmt]] = withOut(e, 1, (p) => api._sqlite3_prepare_v2(db!, sql, -1, p, 0));
  api._free(sql);
  api._sqlite3_step(stmt!);
  const v = e.utf8(api._sqlite3_column_text(stmt!, 0), api._sqlite3_column_bytes(stmt!, 0));
  api._sqlite3_finalize(stmt!);
  api._sqlite3_close_v2(db!);
  return v;
}
