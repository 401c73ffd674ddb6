// Calls of a functools._lru_cache_wrapper (objects/lru_cache.ts), made as CPython's C wrapper
// makes them: the call is one recursion level of its own (a RecursionError there says
// "while calling a Python object"), and neither a profiler nor a tracer sees it, only the
// cached function's frames, called from the wrapper's caller.
//
// A miss called from tpy code stays stackless: the eval loop runs a tpy function as a
// frame of its own loop, marked with the pending call (Frame.lruPending), and files the
// frame's return value when it returns (lruReturned). So memoised recursion goes as deep
// as the recursion limit lets it, and the function may park like any frame. Native
// callers, and functions that are not plain tpy functions, get a nested call.

import type { PyObject } from './objects/object.js';
import { PyFunction, PyMethod, type KwArgs } from './objects/function.js';
import { PyLruCacheWrapper, lruKey, lruKeyHash, lruLookup, lruStore } from './objects/lru_cache.js';
import { CO_GENLIKE } from './code.js';
import { recursionError } from './errors.js';
import { call } from './ops/call.js';
import type { VM } from './vm.js';
import type { KeyHash } from './objects/dict.js';

/** A miss whose function runs as a frame of the eval loop: what its return value is filed under (no key: maxsize 0). */
export class LruPendingCall {
  constructor(readonly wrapper: PyLruCacheWrapper, readonly key: PyObject | undefined, readonly hash: KeyHash | undefined) {}
}

const CALLING = ' while calling a Python object';

/** A callable the eval loop hands to lruCallFromLoop: a wrapper, or a method bound to one. */
export function isLruCallee(o: PyObject): boolean {
  return o instanceof PyLruCacheWrapper || (o instanceof PyMethod && o.func instanceof PyLruCacheWrapper);
}

/** True when a miss can run the cached function as a frame of the eval loop (it returns what gets cached). */
function runsAsFrame(w: PyLruCacheWrapper): boolean {
  const fn = w.func;
  return fn instanceof PyFunction && (fn.code.co_flags & CO_GENLIKE) === 0;
}

function isOwnKey(o: PyObject): boolean {
  return typeof o === 'string' || typeof o === 'number' || typeof o === 'bigint';
}

/** The hash lookupAtWrapperLevel computed for its key (read at once by its caller). */
let keyHash: KeyHash | undefined;

/**
 * Looks a key up, leaving its hash in keyHash. A tuple key's __hash__ and __eq__ run one
 * level deeper than the wrapper's caller, as inside CPython's C call.
 */
function lookupAtWrapperLevel(vm: VM, w: PyLruCacheWrapper, key: PyObject): PyObject | undefined {
  keyHash = undefined;
  if (typeof key !== 'object') return lruLookup(vm, w, key, undefined);
  vm.depth++;
  try {
    keyHash = lruKeyHash(vm, key);
    return lruLookup(vm, w, key, keyHash);
  } finally {
    vm.depth--;
  }
}

/** The function called nested after a miss, its result filed (when cached), at the wrapper's level. */
function missNested(vm: VM, w: PyLruCacheWrapper, key: PyObject | undefined, hash: KeyHash | undefined, args: PyObject[], kwargs: KwArgs | null): PyObject {
  w.misses++;
  vm.depth++;
  try {
    const r = call(vm, w.func, args, kwargs);
    if (key !== undefined) lruStore(vm, w, key, hash, r);
    return r;
  } finally {
    vm.depth--;
  }
}

/** wrapper(*args, **kwargs) from native code (the type's __call__, ops/call.ts's call). */
export function lruCall(vm: VM, w: PyLruCacheWrapper, args: PyObject[], kwargs: KwArgs | null): PyObject {
  if (vm.depth >= vm.recursionLimit) throw recursionError(CALLING);
  if (w.maxsize === 0) return missNested(vm, w, undefined, undefined, args, kwargs);
  const key = lruKey(w, args.slice(), kwargs);
  const hit = lookupAtWrapperLevel(vm, w, key);
  return hit !== undefined ? hit : missNested(vm, w, key, keyHash, args, kwargs);
}

/**
 * The eval loop's CALL of a wrapper (or a method bound to one) with the arguments at
 * vm.stack[fnIdx + 1 .. sp) of frame `f`: returns the call's result, or, for a miss the
 * loop runs as a frame, the pending call, with the cached function in stack[fnIdx] and
 * its arguments above it up to f.sp (a bound method's self first).
 */
export function lruCallFromLoop(vm: VM, f: { sp: number }, fnIdx: number, sp: number, kwargs: KwArgs | null): PyObject | LruPendingCall {
  const stack = vm.stack;
  let w = stack[fnIdx];
  if (w instanceof PyMethod) {
    const self = w.self;
    w = w.func;
    for (let i = sp; i > fnIdx + 1; i--) stack[i] = stack[i - 1];
    stack[fnIdx + 1] = self;
    sp++;
  }
  const wrapper = w as PyLruCacheWrapper;
  if (vm.depth >= vm.recursionLimit) throw recursionError(CALLING);
  let key: PyObject | undefined;
  let hash: KeyHash | undefined;
  const handoff = wrapper.handoff;
  wrapper.handoff = null;
  if (wrapper.maxsize !== 0) {
    if (handoff !== null && kwargs === null && sameArgs(handoff.args, stack, fnIdx + 1, sp)) {
      // lruCallFixed just looked these arguments up for a compiled caller, which left the call to this loop.
      key = handoff.key;
      hash = handoff.hash;
    } else {
      const a = stack[fnIdx + 1];
      key = kwargs === null && !wrapper.typed && sp === fnIdx + 2 && isOwnKey(a) ? a : lruKey(wrapper, stack.slice(fnIdx + 1, sp), kwargs);
      const hit = lookupAtWrapperLevel(vm, wrapper, key);
      if (hit !== undefined) return hit;
      hash = keyHash;
    }
  }
  if (!runsAsFrame(wrapper)) return missNested(vm, wrapper, key, hash, stack.slice(fnIdx + 1, sp), kwargs);
  wrapper.misses++;
  // The function frame's own recursion check, one level above the wrapper's.
  if (vm.depth + 1 >= vm.recursionLimit) throw recursionError();
  stack[fnIdx] = wrapper.func;
  f.sp = sp;
  return new LruPendingCall(wrapper, key, hash);
}

function sameArgs(args: PyObject[], stack: PyObject[], from: number, to: number): boolean {
  if (args.length !== to - from) return false;
  for (let i = 0; i < args.length; i++) if (args[i] !== stack[from + i]) return false;
  return true;
}

/**
 * ops/call.ts callFixed's call of a wrapper (or a method bound to one), from compiled code:
 * a hit's result, a nested miss's result, or undefined for the eval loop to make the call,
 * a miss it runs as a frame (the key and hash handed over: nothing is hashed twice).
 */
export function lruCallFixed(vm: VM, callee: PyObject, stack: PyObject[], at: number, argc: number): PyObject | undefined {
  let w = callee;
  let self: PyObject | undefined;
  if (w instanceof PyMethod) {
    self = w.self;
    w = w.func;
  }
  const wrapper = w as PyLruCacheWrapper;
  if (vm.depth >= vm.recursionLimit || wrapper.maxsize === 0) return undefined;
  let args: PyObject[] | null = null;
  let key: PyObject;
  if (self === undefined && argc === 1 && !wrapper.typed && isOwnKey(stack[at])) key = stack[at];
  else {
    args = self === undefined ? stack.slice(at, at + argc) : [self, ...stack.slice(at, at + argc)];
    key = lruKey(wrapper, args.slice(), null);
  }
  const hit = lookupAtWrapperLevel(vm, wrapper, key);
  if (hit !== undefined) return hit;
  args ??= stack.slice(at, at + argc);
  if (runsAsFrame(wrapper)) {
    wrapper.handoff = { args, key, hash: keyHash };
    return undefined;
  }
  return missNested(vm, wrapper, key, keyHash, args, null);
}

/**
 * The frame of a miss returned `value` (the frame popped, the wrapper's level still
 * counted): files the value, then leaves the wrapper's level. A failing store raises in
 * the caller, at the call.
 */
export function lruReturned(vm: VM, p: LruPendingCall, value: PyObject): void {
  try {
    if (p.key !== undefined) lruStore(vm, p.wrapper, p.key, p.hash, value);
  } finally {
    vm.depth--;
  }
}
