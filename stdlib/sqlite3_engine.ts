// The SQLite engine behind _sqlite3: node-sqlite3-wasm (SQLite compiled to WebAssembly, with a
// VFS on node:fs, so file databases are real SQLite files). Loaded at the first
// `import sqlite3`, never at start-up; its own Database/Statement classes return rows as
// objects (losing column order and duplicate names), so tpy calls the C API it exports.

import { createRequire } from './node_require.js';
import { join } from 'node:path';
import { libDir } from './lib_dir.js';
import { newException, ImportError } from '../vm/objects/exceptions.js';

/** The sqlite3_* functions the package's wasm exports (pointers are numbers, int64s BigInts). */
export interface SqliteApi {
  _sqlite3_open_v2(file: number, ppDb: number, flags: number, vfs: number): number;
  _sqlite3_close_v2(db: number): number;
  _sqlite3_errmsg(db: number): number;
  _sqlite3_prepare_v2(db: number, sql: number, nByte: number, ppStmt: number, pzTail: number): number;
  _sqlite3_finalize(stmt: number): number;
  _sqlite3_reset(stmt: number): number;
  _sqlite3_clear_bindings(stmt: number): number;
  _sqlite3_step(stmt: number): number;
  _sqlite3_bind_null(stmt: number, i: number): number;
  _sqlite3_bind_int64(stmt: number, i: number, v: bigint): number;
  _sqlite3_bind_double(stmt: number, i: number, v: number): number;
  _sqlite3_bind_text(stmt: number, i: number, p: number, n: number, destructor: number): number;
  _sqlite3_bind_blob(stmt: number, i: number, p: number, n: number, destructor: number): number;
  _sqlite3_bind_parameter_index(stmt: number, name: number): number;
  _sqlite3_column_count(stmt: number): number;
  _sqlite3_column_name(stmt: number, i: number): number;
  _sqlite3_column_table_name(stmt: number, i: number): number;
  _sqlite3_column_type(stmt: number, i: number): number;
  _sqlite3_column_int64(stmt: number, i: number): bigint;
  _sqlite3_column_double(stmt: number, i: number): number;
  _sqlite3_column_text(stmt: number, i: number): number;
  _sqlite3_column_blob(stmt: number, i: number): number;
  _sqlite3_column_bytes(stmt: number, i: number): number;
  _sqlite3_changes(db: number): number;
  _sqlite3_last_insert_rowid(db: number): bigint;
  _sqlite3_get_autocommit(db: number): number;
  _sqlite3_create_function_v2(db: number, name: number, nArg: number, rep: number, app: number, xFunc: number, xStep: number, xFinal: number, xDestroy: number): number;
  _sqlite3_value_type(v: number): number;
  _sqlite3_value_int64(v: number): bigint;
  _sqlite3_value_double(v: number): number;
  _sqlite3_value_text(v: number): number;
  _sqlite3_value_blob(v: number): number;
  _sqlite3_value_bytes(v: number): number;
  _sqlite3_result_null(ctx: number): void;
  _sqlite3_result_int64(ctx: number, v: bigint): void;
  _sqlite3_result_double(ctx: number, v: number): void;
  _sqlite3_result_text(ctx: number, p: number, n: number, destructor: number): void;
  _sqlite3_result_blob(ctx: number, p: number, n: number, destructor: number): void;
  _sqlite3_result_error(ctx: number, p: number, n: number): void;
  _malloc(n: number): number;
  _free(p: number): void;
  addFunction(fn: (...args: number[]) => void, sig: string): number;
  removeFunction(p: number): void;
}

/** The engine: its API and its linear memory (fresh views: the memory may grow). */
export interface Engine {
  api: SqliteApi;
  heap(): Uint8Array;
  i32(p: number): number;
  /** A NUL-terminated UTF-8 copy of `s` in wasm memory (the caller frees it). */
  cString(s: string): number;
  /** A copy of `data` in wasm memory (the caller frees it; never 0, even for no bytes). */
  copyIn(data: Uint8Array): number;
  /** The C string at `p`. */
  readCString(p: number): string;
  utf8(p: number, n: number): string;
}

let engine: Engine | undefined;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The package's module, found from tpy's own package folder (so from any working directory,
 * and from the start-up snapshot, whose built-in require cannot load packages). Its memory
 * is not exported, so the WebAssembly instance it makes is caught as it is made.
 */
function load(): Engine {
  const req = createRequire(join(libDir(), '..', '..', 'package.json'));
  const Original = WebAssembly.Instance;
  let memory: WebAssembly.Memory | undefined;
  const Capturing = function (this: unknown, module: WebAssembly.Module, imports?: WebAssembly.Imports) {
    const instance = new Original(module, imports);
    for (const v of Object.values(instance.exports)) if (v instanceof WebAssembly.Memory) memory ??= v;
    return instance;
  } as unknown as typeof WebAssembly.Instance;
  WebAssembly.Instance = Capturing;
  let api: SqliteApi;
  try {
    api = req('node-sqlite3-wasm') as SqliteApi;
  } finally {
    WebAssembly.Instance = Original;
  }
  if (memory === undefined) throw new Error('node-sqlite3-wasm: no memory export');
  const mem = memory;
  let view = new Uint8Array(mem.buffer);
  const heap = () => (view.buffer === mem.buffer ? view : (view = new Uint8Array(mem.buffer)));
  const e: Engine = {
    api,
    heap,
    i32: (p) => new DataView(mem.buffer).getInt32(p, true),
    cString(s) {
      const bytes = encoder.encode(s);
      const p = api._malloc(bytes.length + 1);
      const h = heap();
      h.set(bytes, p);
      h[p + bytes.length] = 0;
      return p;
    },
    copyIn(data) {
      const p = api._malloc(Math.max(1, data.length));
      heap().set(data, p);
      return p;
    },
    readCString(p) {
      if (p === 0) return '';
      const h = heap();
      let end = p;
      while (h[end] !== 0) end++;
      return decoder.decode(h.subarray(p, end));
    },
    utf8: (p, n) => (p === 0 || n === 0 ? '' : decoder.decode(heap().subarray(p, p + n))),
  };
  return e;
}

/** The engine, loaded on first use; ImportError when the package cannot be loaded (not installed, broken). */
export function sqliteEngine(): Engine {
  if (engine === undefined) {
    try {
      engine = load();
    } catch (e) {
      const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
      throw newException(ImportError, `sqlite3: its engine (the node-sqlite3-wasm package) could not be loaded: ${why}`);
    }
  }
  return engine;
}
