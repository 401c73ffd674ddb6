// functools._lru_cache_wrapper: the object functools.lru_cache returns (CPython's C type in _functools).
//
// It holds the cached function, a table of results keyed by the calls' arguments, and the
// hit and miss counts. The table is a PyDict (the VM's hashing and equality) kept in
// recency order: a hit of a bounded cache moves its entry to the end, so the first entry
// is the one a full cache drops. How calls reach it is vm/lru_call.ts; its methods and
// constructor are stdlib/functools_native.ts's.

import { PyObj, PyInstance, type PyObject } from './object.js';
import { objectType, makeNativeType } from './type.js';
import { PyDict } from './dict.js';
import { PyTuple } from './tuple.js';
import { None } from './singletons.js';
import type { KwArgs } from './function.js';
import { typeOf } from '../ops/typeof.js';
import { keyHash, type KeyHash } from './dict.js';
import type { VM } from '../vm.js';

export const lruCacheWrapperType = makeNativeType('functools._lru_cache_wrapper', objectType, { final: true, instanceDict: true, allocate: null });

/** Separates a key's positional arguments from its keyword names and values: no argument is it. */
const KWD_MARK: PyObject = new PyInstance(objectType);

/** A key and hash a compiled caller found missing, for the eval loop's call of the same arguments (vm/lru_call.ts). */
export interface LruHandoff {
  readonly args: PyObject[];
  readonly key: PyObject;
  readonly hash: KeyHash | undefined;
}

export class PyLruCacheWrapper extends PyObj {
  readonly table = new PyDict();
  hits = 0;
  misses = 0;
  handoff: LruHandoff | null = null;
  constructor(
    readonly func: PyObject,
    /** The number of results kept: null for all of them, 0 for none (every call is a miss). */
    readonly maxsize: number | null,
    readonly typed: boolean,
    /** Called with (hits, misses, maxsize, currsize) by cache_info(): functools' CacheInfo. */
    readonly cacheInfoType: PyObject,
  ) {
    super(lruCacheWrapperType);
  }
}

/**
 * The table key of a call, by CPython's rules (they decide which calls share an entry): a
 * lone positional argument of exactly int or str is its own key; any other call's key is
 * the tuple of its positional arguments, then, if it has keywords, KWD_MARK and each name
 * and value in call order (f(a=1, b=2) and f(b=2, a=1) are two entries), then, when typed,
 * the type of each positional and keyword value. The key may keep `args` itself.
 */
export function lruKey(w: PyLruCacheWrapper, args: PyObject[], kwargs: KwArgs | null): PyObject {
  const nkw = kwargs === null ? 0 : kwargs.size;
  if (nkw === 0 && !w.typed) {
    if (args.length === 1) {
      const a = args[0];
      if (typeof a === 'string' || typeof a === 'number' || typeof a === 'bigint') return a;
    }
    return new PyTuple(args);
  }
  const items = args.slice();
  if (nkw > 0) {
    items.push(KWD_MARK);
    for (const [k, v] of kwargs!) items.push(k, v);
  }
  if (w.typed) {
    for (const a of args) items.push(typeOf(a));
    if (nkw > 0) for (const v of kwargs!.values()) items.push(typeOf(v));
  }
  return new PyTuple(items);
}

/**
 * The hash of a tuple key, computed once per call (the table's lookups and store reuse
 * it, as CPython's known-hash dict calls do); undefined for an int or str key, which the
 * table files by value without hashing.
 */
export function lruKeyHash(vm: VM, key: PyObject): KeyHash | undefined {
  return key instanceof PyTuple ? keyHash(vm, key) : undefined;
}

/** The cached result for `key`, counting the hit (a bounded table's entry becomes the most recent), or undefined. */
export function lruLookup(vm: VM, w: PyLruCacheWrapper, key: PyObject, hash: KeyHash | undefined): PyObject | undefined {
  const v = w.maxsize === null ? w.table.get(vm, key, hash) : w.table.getMovingToEnd(vm, key, hash);
  if (v !== undefined) w.hits++;
  return v;
}

/**
 * Files the result of a miss. An unbounded table overwrites; a bounded one keeps an entry
 * that a call of the same key made meanwhile (a recursive one) stored first, and drops
 * its least recently used entry to make room.
 */
export function lruStore(vm: VM, w: PyLruCacheWrapper, key: PyObject, hash: KeyHash | undefined, value: PyObject): void {
  const table = w.table;
  if (w.maxsize === null) {
    table.set(vm, key, value, hash);
    return;
  }
  if (table.get(vm, key, hash) !== undefined) return;
  if (table.size >= w.maxsize) table.popFirst(vm);
  table.set(vm, key, value, hash);
}

/** cache_info()'s arguments: hits, misses, maxsize (None when unbounded), currsize. */
export function lruInfoArgs(w: PyLruCacheWrapper): PyObject[] {
  return [w.hits, w.misses, w.maxsize ?? None, w.table.size];
}

/** cache_clear(): the table emptied and the counts back to zero. */
export function lruClear(w: PyLruCacheWrapper): void {
  w.table.clear();
  w.hits = 0;
  w.misses = 0;
}
