// Module _thread: starting green threads (vm/threads.ts) and the primitives they wait on:
// lock, RLock, and the waiting parts of threading's Condition and Semaphore, which are
// native here so that `with cond:` and `with sem:` can wait where the eval loop calls them.
//
// A thread that must wait joins the primitive's queue and blocks (Scheduler.block). A
// release wakes the first waiter, which takes the primitive when it runs, unless another
// thread took it first: then it waits again at the head of the queue. (Handing the lock
// over at the release would make a thread that releases and acquires in a loop switch at
// every turn once others wait, a lock convoy.) A Condition's notified waiter moves on to
// the queue of its lock, and resumes once it holds the lock again, as CPython's wait() returns.

import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { PyType, makeNativeType } from '../vm/objects/type.js';
import { builtin, defMethod, defGetter, KwArgs, PyMethodDescriptor, type Plain1 } from '../vm/objects/function.js';
import { None } from '../vm/objects/singletons.js';
import { newTuple, PyTuple } from '../vm/objects/tuple.js';
import { PyDict } from '../vm/objects/dict.js';
import { PyFloat } from '../vm/objects/float.js';
import { typeError, valueError, runtimeError, overflowError, RuntimeError } from '../vm/objects/exceptions.js';
import { truthy, index } from '../vm/ops/convert.js';
import { isCallable } from './builtins.js';
import { toFloatValue } from '../vm/methods/float.js';
import { richCompare } from '../vm/ops/compare.js';
import { binaryOp, BinOp } from '../vm/ops/arith.js';
import { Cmp } from '../vm/opcodes.js';
import { parseArgs, noArgs } from '../vm/methods/args.js';
import { hexId } from '../vm/methods/object.js';
import { typeOf } from '../vm/ops/typeof.js';
import { makeStructSeqType } from '../profiler/struct_seq.js';
import type { ThreadState, Scheduler } from '../vm/threads.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { contextOwner } from '../vm/greenlets.js';

/** The largest timeout a wait accepts (threading.TIMEOUT_MAX, as CPython's on Linux). */
const TIMEOUT_MAX = 9223372036.0;

/** A thread waiting in a primitive's queue: `count` is the recursion an RLock gets back; `value` what it resumes with. */
interface Waiter {
  t: ThreadState;
  count: number;
  value: PyObject;
}

function removeWaiter(queue: Waiter[], w: Waiter): void {
  const i = queue.indexOf(w);
  if (i >= 0) queue.splice(i, 1);
}

/** lock and RLock: held by one thread (`owner`; a lock may be released by any thread), `count` times. */
class PyLock extends PyObj {
  owner: ThreadState | null = null;
  count = 0;
  readonly waiters: Waiter[] = [];
  constructor(cls: PyType, readonly reentrant: boolean) {
    super(cls);
  }

  /** Frees the lock and wakes its first waiter (which takes it when it runs, see retryTake). */
  free(sched: Scheduler): void {
    this.owner = null;
    this.count = 0;
    const w = this.waiters.shift();
    if (w !== undefined) sched.wake(w.t, w.value);
  }

  /** Takes the free lock for `t`, `count` times; false when it is held. */
  take(t: ThreadState, count: number): boolean {
    if (this.owner !== null) return false;
    this.owner = t;
    this.count = count;
    return true;
  }

  /**
   * The retry of the woken waiter `w` (Scheduler.settle): its value once it holds the lock;
   * else back at the head of the queue, waiting until `deadline` (then it answers False).
   */
  retryTake(sched: Scheduler, w: Waiter, deadline: number): () => PyObject | undefined {
    const retry = (): PyObject | undefined => {
      if (this.take(w.t, w.count)) return w.value;
      if (performance.now() >= deadline) return false;
      this.waiters.unshift(w);
      sched.reblock(w.t, deadline, this.cancelFor(w), false, retry);
      return undefined;
    };
    return retry;
  }

  /**
   * What ends the wait of `w` early (a timeout, a deadlock, Ctrl-C): off the queue. A
   * Condition's waiter takes the lock back if it is free, so that the `with` statement
   * around the wait lets go of it as usual.
   */
  cancelFor(w: Waiter, condition: Waiter[] | null = null): () => void {
    return () => {
      removeWaiter(this.waiters, w);
      if (condition !== null) {
        removeWaiter(condition, w);
        this.take(w.t, w.count);
      }
    };
  }

  /**
   * The blocked thread of `w` (a Condition's waiter coming back) takes the lock, or waits
   * for it without a timeout: it resumes with `w.value` once it holds the lock, `w.count` times.
   */
  reacquireFor(sched: Scheduler, w: Waiter): void {
    if (this.take(w.t, w.count)) {
      sched.wake(w.t, w.value);
      return;
    }
    this.waiters.push(w);
    sched.rewait(w.t, this.cancelFor(w), this.retryTake(sched, w, Infinity));
  }
}

export const lockType = makeNativeType('_thread.lock', undefined, { allocate: null }).nameAsModuleType();
export const rlockType = makeNativeType('_thread.RLock', undefined, { allocate: (cls) => new PyLock(cls, true) }).nameAsModuleType();
const conditionType = makeNativeType('_thread._Condition', undefined, { allocate: (cls) => new PyCondition(cls) });
const semaphoreType = makeNativeType('_thread._Semaphore', undefined, { allocate: (cls) => new PySemaphore(cls) });

/** The `timeout` of a wait in seconds: null for no limit (-1, or None where `noneIsForever`). */
function timeoutArg(vm: VM, o: PyObject | undefined, blocking: boolean, noneIsForever: boolean): number | null {
  if (o === undefined || (noneIsForever && o === None)) return null;
  // As _PyTime_FromSecondsObject: a float, or an int through __index__ (not a str, not None).
  const t = o instanceof PyFloat ? o.value : Number(index(vm, o));
  // An int is made nanoseconds in 64-bit integer arithmetic first, which has its own overflow.
  if (!(o instanceof PyFloat) && Math.abs(t) * 1e9 >= 2 ** 63) throw overflowError('timestamp too large to convert to C _PyTime_t');
  if (Number.isNaN(t)) throw valueError('Invalid value NaN (not a number)');
  if (!blocking) {
    if (t !== -1) throw valueError("can't specify a timeout for a non-blocking call");
    return null;
  }
  if (t === -1) return null;
  if (t < 0) throw valueError('timeout value must be positive');
  // As CPython: first the conversion to nanoseconds (a 64-bit count), then the limit.
  if (t * 1e9 >= 2 ** 63) throw overflowError('timestamp out of range for platform time_t');
  if (t > TIMEOUT_MAX) throw overflowError('timeout value is too large');
  return t;
}

function asLock(o: PyObject, t: PyType = lockType): PyLock {
  if (!(o instanceof PyLock)) throw typeError(`descriptor requires a '${t.tpName}' object but received a '${typeOf(o).tpName}'`);
  return o;
}

/** lock.acquire / RLock.acquire(blocking=True, timeout=-1): True once held; False when not (not blocking, timed out). */
function acquire(vm: VM, lock: PyLock, blocking: boolean, timeout: number | null): PyObject {
  const sched = vm.threads;
  const me = sched.current;
  if (lock.owner === null) {
    lock.owner = me;
    lock.count = 1;
    return true;
  }
  if (lock.reentrant && lock.owner === me) {
    lock.count++;
    return true;
  }
  if (!blocking || timeout === 0) return false;
  const w: Waiter = { t: me, count: 1, value: true };
  lock.waiters.push(w);
  const deadline = timeout === null ? Infinity : performance.now() + timeout * 1000;
  return sched.block(timeout, lock.cancelFor(w), false, null, lock.retryTake(sched, w, deadline));
}

/** `with lock:` from compiled code: acquire() when it would not wait (the lock free, or an RLock the thread holds), else undefined. */
function acquireFree(vm: VM, lock: PyLock): PyObject | undefined {
  const me = vm.threads.current;
  return lock.owner === null || (lock.reentrant && lock.owner === me) ? acquire(vm, lock, true, null) : undefined;
}

const ACQUIRE_PARAMS = { names: ['blocking', 'timeout'] };

function acquireMethod(vm: VM, args: PyObject[], kwargs: KwArgs | null, t: PyType): PyObject {
  const lock = asLock(args[0], t);
  // The common lock.acquire(): no argument list to bind (a hot call in lock-heavy threads).
  if (args.length === 1 && kwargs === null) return acquire(vm, lock, true, null);
  const [b, to] = parseArgs('acquire', args, kwargs, ACQUIRE_PARAMS);
  const blocking = b === undefined ? true : truthy(vm, b);
  return acquire(vm, lock, blocking, timeoutArg(vm, to, blocking, false));
}

/** Releases once; the last release hands the lock on. */
function release(vm: VM, lock: PyLock): void {
  const me = vm.threads.current;
  if (lock.reentrant) {
    if (lock.owner !== me) throw runtimeError('cannot release un-acquired lock');
    if (--lock.count > 0) return;
  } else if (lock.owner === null) throw runtimeError('release unlocked lock');
  lock.free(vm.threads);
}

/**
 * A method that may block: called only by the eval loop, so that it may park (see VM.park).
 * `plain1`, if given, is its call that never waits (jit_with.ts): undefined where it would.
 */
function blockingMethod(t: PyType, name: string, fn: (vm: VM, args: PyObject[], kwargs: KwArgs | null) => PyObject, plain1?: Plain1): void {
  defMethod(t, name, fn, plain1 === undefined ? undefined : { plain1 });
  (t.typeDict.get(name) as PyMethodDescriptor).evalLoopOnly = true;
}

function lockRepr(vm: VM, lock: PyLock): string {
  const state = lock.owner === null ? 'unlocked' : 'locked';
  if (!lock.reentrant) return `<${state} _thread.lock object at ${hexId(lock)}>`;
  const owner = lock.owner === null ? 0 : lock.owner.ident;
  return `<${state} ${typeOf(lock).qualname === 'RLock' ? '_thread.RLock' : typeOf(lock).tpName} object owner=${owner} count=${lock.count} at ${hexId(lock)}>`;
}

for (const t of [lockType, rlockType]) {
  const acq = (vm: VM, args: PyObject[], kwargs: KwArgs | null) => acquireMethod(vm, args, kwargs, t);
  blockingMethod(t, 'acquire', acq);
  blockingMethod(t, '__enter__', (vm, args) => acquire(vm, asLock(args[0], t), true, null), (vm, self) => acquireFree(vm, asLock(self, t)));
  defMethod(t, 'release', (vm, args, kwargs) => {
    noArgs('release', args, kwargs);
    release(vm, asLock(args[0], t));
    return None;
  });
  defMethod(t, '__exit__', (vm, args) => {
    release(vm, asLock(args[0], t));
    return None;
  });
  defMethod(t, '__repr__', (vm, args) => lockRepr(vm, asLock(args[0], t)));
  defMethod(t, '_is_owned', (vm, args) => {
    const lock = asLock(args[0], t);
    return lock.reentrant ? lock.owner === vm.threads.current : lock.owner !== null;
  });
  defMethod(t, '_at_fork_reinit', () => None);
}
for (const [alias, name] of [['acquire_lock', 'acquire'], ['release_lock', 'release']]) lockType.setAttr(alias, lockType.typeDict.get(name)!);
defMethod(lockType, 'locked', (_vm, args) => asLock(args[0]).owner !== null);
lockType.setAttr('locked_lock', lockType.typeDict.get('locked')!);
defMethod(rlockType, '__init__', () => None);

/** threading.Condition's native part: the lock, and the threads waiting to be notified. */
class PyCondition extends PyObj {
  lock: PyLock | null = null;
  readonly waiters: Waiter[] = [];
}

function asCondition(o: PyObject): PyCondition & { lock: PyLock } {
  if (!(o instanceof PyCondition) || o.lock === null) throw typeError('Condition.__init__() was not called');
  return o as PyCondition & { lock: PyLock };
}

/** Whether the running thread holds the condition's lock (an RLock: owns it; a lock: it is held). */
function owned(vm: VM, lock: PyLock): boolean {
  return lock.reentrant ? lock.owner === vm.threads.current : lock.owner !== null;
}

defMethod(conditionType, '__init__', (vm, args, kwargs) => {
  const self = args[0] as PyCondition;
  const [l] = parseArgs('Condition', args, kwargs, { names: ['lock'] });
  if (l === undefined || l === None) self.lock = new PyLock(rlockType, true);
  else if (l instanceof PyLock) self.lock = l;
  else throw typeError('tpy: a Condition needs a threading.Lock or threading.RLock as its lock');
  return None;
});
defGetter(conditionType, '_lock', (_vm, self) => asCondition(self).lock);
blockingMethod(conditionType, 'acquire', (vm, args, kwargs) => acquireMethod(vm, [asCondition(args[0]).lock, ...args.slice(1)], kwargs, typeOf(asCondition(args[0]).lock)));
blockingMethod(conditionType, '__enter__', (vm, args) => acquire(vm, asCondition(args[0]).lock, true, null));
defMethod(conditionType, 'release', (vm, args) => {
  release(vm, asCondition(args[0]).lock);
  return None;
});
defMethod(conditionType, '__exit__', (vm, args) => {
  release(vm, asCondition(args[0]).lock);
  return None;
});
defMethod(conditionType, '_is_owned', (vm, args) => owned(vm, asCondition(args[0]).lock));
blockingMethod(conditionType, 'wait', (vm, args, kwargs) => {
  const cond = asCondition(args[0]);
  const [to] = parseArgs('wait', args, kwargs, { names: ['timeout'] });
  const lock = cond.lock;
  if (!owned(vm, lock)) throw runtimeError('cannot wait on un-acquired lock');
  // As CPython's Condition.wait: a timeout that is not above 0 (-1 and NaN too) only polls.
  // The comparison is CPython's `timeout > 0`, whose TypeError a str or a list gets.
  const polls = to !== undefined && to !== None && !truthy(vm, richCompare(vm, to, 0, Cmp.GT));
  const timeout = polls ? 0 : timeoutArg(vm, to, true, true);
  const sched = vm.threads;
  const me = sched.current;
  // Let go of the lock entirely (an RLock's recursion comes back with it), then wait.
  const count = lock.reentrant ? lock.count : 1;
  lock.free(sched);
  const w: Waiter = { t: me, count, value: true };
  cond.waiters.push(w);
  return sched.block(timeout, lock.cancelFor(w, cond.waiters), false, () => {
    // Timed out: off the condition's queue, and back in the lock's.
    removeWaiter(cond.waiters, w);
    w.value = false;
    lock.reacquireFor(sched, w);
  });
});
defMethod(conditionType, 'notify', (vm, args, kwargs) => {
  const cond = asCondition(args[0]);
  const [nArg] = parseArgs('notify', args, kwargs, { names: ['n'] });
  if (!owned(vm, cond.lock)) throw runtimeError('cannot notify on un-acquired lock');
  const n = nArg === undefined ? 1 : Number(index(vm, nArg));
  notify(vm, cond, n);
  return None;
});
defMethod(conditionType, 'notify_all', (vm, args, kwargs) => {
  noArgs('notify_all', args, kwargs);
  const cond = asCondition(args[0]);
  if (!owned(vm, cond.lock)) throw runtimeError('cannot notify on un-acquired lock');
  notify(vm, cond, cond.waiters.length);
  return None;
});
conditionType.setAttr('notifyAll', conditionType.typeDict.get('notify_all')!);
defGetter(conditionType, '_waiters', (_vm, self) => newTuple(asCondition(self).waiters.map((w) => w.t.ident)));

/** Moves up to `n` waiters of `cond` to the queue of its lock (held by the notifier). */
function notify(vm: VM, cond: PyCondition & { lock: PyLock }, n: number): void {
  const sched = vm.threads;
  for (let i = 0; i < n && cond.waiters.length > 0; i++) {
    const w = cond.waiters.shift()!;
    cond.lock.reacquireFor(sched, w);
  }
}

/** threading.Semaphore's native part: its value (and, for a BoundedSemaphore, the bound) and its waiters. */
class PySemaphore extends PyObj {
  value = 1;
  /** A BoundedSemaphore's initial value; -1 for a Semaphore. */
  bound = -1;
  readonly waiters: Waiter[] = [];
}

function asSemaphore(o: PyObject): PySemaphore {
  if (!(o instanceof PySemaphore)) throw typeError('Semaphore.__init__() was not called');
  return o;
}

function semAcquire(vm: VM, sem: PySemaphore, blocking: boolean, timeout: number | null): PyObject {
  if (sem.value > 0) {
    sem.value--;
    return true;
  }
  if (!blocking || timeout === 0) return false;
  const sched = vm.threads;
  const w: Waiter = { t: sched.current, count: 1, value: true };
  sem.waiters.push(w);
  const deadline = timeout === null ? Infinity : performance.now() + timeout * 1000;
  const cancel = () => removeWaiter(sem.waiters, w);
  // Woken by a release, the waiter takes one unless another thread took it first (see PyLock).
  const retry = (): PyObject | undefined => {
    if (sem.value > 0) {
      sem.value--;
      return true;
    }
    if (performance.now() >= deadline) return false;
    sem.waiters.unshift(w);
    sched.reblock(w.t, deadline, cancel, false, retry);
    return undefined;
  };
  return sched.block(timeout, cancel, false, null, retry);
}

defMethod(semaphoreType, '__init__', (vm, args, kwargs) => {
  const self = asSemaphore(args[0]);
  const [v, bounded] = parseArgs('Semaphore', args, kwargs, { names: ['value', '_bounded'] });
  // CPython's `value < 0` first: its TypeError for a value that does not compare with 0.
  if (v !== undefined && typeof v !== 'number' && truthy(vm, richCompare(vm, v, 0, Cmp.LT))) throw valueError('semaphore initial value must be >= 0');
  const value = v === undefined ? 1 : Number(index(vm, v));
  if (value < 0) throw valueError('semaphore initial value must be >= 0');
  self.value = value;
  self.bound = bounded !== undefined && truthy(vm, bounded) ? value : -1;
  return None;
});
blockingMethod(semaphoreType, 'acquire', (vm, args, kwargs) => {
  const sem = asSemaphore(args[0]);
  const [b, to] = parseArgs('acquire', args, kwargs, { names: ['blocking', 'timeout'] });
  const blocking = b === undefined ? true : truthy(vm, b);
  if (!blocking && to !== undefined && to !== None) throw valueError("can't specify timeout for non-blocking acquire");
  // CPython's Semaphore looks at the timeout only when it has to wait: `_time() + timeout`,
  // whose TypeError a str or a list gets.
  const waits = blocking && sem.value === 0 && to !== undefined && to !== None;
  if (waits && !(to instanceof PyFloat) && typeof to !== 'number' && typeof to !== 'boolean') {
    binaryOp(vm, new PyFloat(performance.now() / 1000), to, BinOp.ADD);
  }
  let timeout = waits ? toFloatValue(vm, to) : null;
  if (timeout !== null && timeout < 0) timeout = 0;
  return semAcquire(vm, sem, blocking, timeout);
});
blockingMethod(semaphoreType, '__enter__', (vm, args) => semAcquire(vm, asSemaphore(args[0]), true, null));
function semRelease(vm: VM, sem: PySemaphore, n: number): void {
  if (n < 1) throw valueError('n must be one or more');
  if (sem.bound >= 0 && sem.value + n > sem.bound) throw valueError('Semaphore released too many times');
  sem.value += n;
  for (let i = 0; i < n && sem.waiters.length > 0; i++) vm.threads.wake(sem.waiters.shift()!.t, true);
}
defMethod(semaphoreType, 'release', (vm, args, kwargs) => {
  const [n] = parseArgs('release', args, kwargs, { names: ['n'] });
  semRelease(vm, asSemaphore(args[0]), n === undefined ? 1 : Number(index(vm, n)));
  return None;
});
defMethod(semaphoreType, '__exit__', (vm, args) => {
  semRelease(vm, asSemaphore(args[0]), 1);
  return None;
});
defGetter(semaphoreType, '_value', (_vm, self) => asSemaphore(self).value);
defGetter(semaphoreType, '_initial_value', (_vm, self) => asSemaphore(self).bound);

function newLock(): PyLock {
  return new PyLock(lockType, false);
}

/** Starts a thread calling func(*args, **kwargs); `daemon` false: the program waits for it at its end. */
function startThread(vm: VM, func: PyObject, args: PyObject, kwargs: PyObject | undefined, daemon: boolean): PyObject {
  if (!isCallable(func)) throw typeError('first arg must be callable');
  if (!(args instanceof PyTuple)) throw typeError('2nd arg must be a tuple');
  let kw: KwArgs | null = null;
  if (kwargs !== undefined && kwargs !== None) {
    if (!(kwargs instanceof PyDict)) throw typeError('optional 3rd arg must be a dictionary');
    kw = new Map();
    for (const [k, v] of kwargs.entries()) kw.set(k as string, v);
  }
  return vm.threads.startThread(func, [...args.items], kw, daemon).ident;
}

/** What threading.excepthook receives (threading.ExceptHookArgs), a struct sequence as CPython's. */
const exceptHookArgsType = makeStructSeqType('_thread', '_ExceptHookArgs', ['exc_type', 'exc_value', 'exc_traceback', 'thread']);

export const init__thread: ModuleInit = (vm, m) => {
  const d = m.dict;
  d.setStr('LockType', lockType);
  d.setStr('RLock', rlockType);
  d.setStr('_Condition', conditionType);
  d.setStr('_Semaphore', semaphoreType);
  d.setStr('_ExceptHookArgs', exceptHookArgsType);
  d.setStr('error', RuntimeError);
  d.setStr('TIMEOUT_MAX', new PyFloat(TIMEOUT_MAX));
  const fns: [string, (vm: VM, args: PyObject[], kwargs: KwArgs | null) => PyObject][] = [
    ['allocate_lock', () => newLock()],
    ['allocate', () => newLock()],
    ['get_ident', (vm) => vm.threads.current.ident],
    ['get_native_id', (vm) => vm.threads.current.nativeId],
    // The key of the current contextvars Context (_contextvars.py): the thread, or its running greenlet.
    ['_context_owner', (vm) => contextOwner(vm)],
    ['_count', (vm) => vm.threads.alive.size - 1],
    ['stack_size', () => 0],
    ['start_new_thread', (vm, args, kwargs) => {
      if (kwargs !== null && kwargs.size > 0) throw typeError('start_new_thread() takes no keyword arguments');
      if (args.length < 2) throw typeError(`start_new_thread expected at least 2 arguments, got ${args.length}`);
      if (args.length > 3) throw typeError(`start_new_thread expected at most 3 arguments, got ${args.length}`);
      return startThread(vm, args[0], args[1], args[2], true);
    }],
    // threading's Thread.start: a thread the program waits for at its end unless daemon.
    ['_start_thread', (vm, args) => startThread(vm, args[0], newTuple([]), undefined, truthy(vm, args[1]))],
  ];
  for (const [name, fn] of fns) d.setStr(name, builtin(name, fn, '_thread'));
  d.setStr('start_new', d.getStr('start_new_thread')!);
};
