// Green threads: each `threading.Thread` is a chain of frames with its own value stack,
// handled exception, recursion depth and hooks; one runs at a time, and the VM switches
// between them only where the eval loop is at its outermost level (as VM.park requires).
//
// A thread gives way when it blocks (a lock, a condition, a semaphore, time.sleep, a
// socket), when it ends, and when the running thread has had the switch interval
// (sys.getswitchinterval(), 5 ms) and another is waiting to run: VM.checkInterrupt, the
// loop's periodic check, asks for that switch, so the loop's fast path pays nothing. A
// switch is a return from the eval loop to the driver (Scheduler.drive), which saves the
// running thread's state, restores another's and resumes its top frame, as runParkable
// resumes a parked frame.
//
// A native that must wait for another thread (a lock held elsewhere) calls block(): from
// the outermost loop it parks the thread; from a nested loop (native code that called back
// into tpy code is on the JavaScript stack) the thread cannot be set aside, so the other
// threads run on top of it, synchronously, until its wait is over (waitNested).
//
// When every thread is blocked and none waits for a timer or an outside event, nothing can
// ever wake them: CPython would hang. tpy raises RuntimeError in the thread that began the
// run (the main thread) instead, at the call that blocks it (see deadlockError).

import type { PyObject } from './objects/object.js';
import type { Frame } from './frame.js';
import type { KwArgs } from './objects/function.js';
import { PyFunction, PyMethod } from './objects/function.js';
import { PyBaseException, RuntimeError, newException } from './objects/exceptions.js';
import { None } from './objects/singletons.js';
import { CO_GENERATOR } from './code.js';
import { Op } from './opcodes.js';
import { popBlock } from './frame.js';
import { call } from './ops/call.js';
import { toPyException, ProcessExit } from './errors.js';
import { PARK, NO_VALUE, cancelOf } from './park.js';
import { endParkedCall } from './hooks.js';
import type { HookFn } from './hooks.js';
import { execute } from './eval.js';
import { runGreenlets } from './greenlets.js';
import type { VM } from './vm.js';

/** How long the driver may run threads without letting Node's event loop turn (timers, sockets, signals). */
const EVENT_LOOP_TURN_MS = 5;

/** How often a driver with every thread waiting looks for a Ctrl-C. */
const INTERRUPT_POLL_MS = 50;

/** Base of thread identifiers (get_ident): large numbers, as pthread ids are; never printed by careful programs. */
const IDENT_BASE = 139_862_000_000_000;

/** One thread: its saved VM state while another runs, and what it waits for. */
export class ThreadState {
  /** The frame to resume (the innermost); null before it starts and after it ends. */
  frame: Frame | null = null;
  stack: PyObject[];
  depth = 0;
  excInfo: PyBaseException | null = null;
  profileFn: HookFn | null = null;
  traceFn: HookFn | null = null;
  profileObj: PyObject = None;
  traceObj: PyObject = None;
  /** The built-in whose call parked this thread (its c_return is reported on resume). */
  parkedBuiltin: PyObject | null = null;
  /** What the thread runs when it first gets to run (null for the main thread and once started). */
  start: { func: PyObject; args: PyObject[]; kwargs: KwArgs | null } | null = null;
  /** Waiting: for another thread (a lock...), a timer or an outside event. */
  blocked = false;
  /** While blocked: takes the thread off the queue it waits in (a timeout, a deadlock). */
  cancel: (() => void) | null = null;
  /** While blocked with a timeout: when it ends (performance.now() ms), and its Node timer. */
  deadline = Infinity;
  timer: ReturnType<typeof setTimeout> | null = null;
  /** Its last millisecond is waited out by setImmediate (see reblock): that handle, if armed. */
  immediate: ReturnType<typeof setImmediate> | null = null;
  /** What the wait answers when it times out. */
  timeoutValue: PyObject = false;
  /** What happens when the wait times out instead (a Condition's waiter must take its lock back first). */
  onTimeout: (() => void) | null = null;
  /**
   * For a wait that a wake ends only if the thread can then take what it waited for (a lock:
   * another thread may have taken it first): run when the thread resumes, it answers the
   * wait's value, or undefined after waiting again (Scheduler.reblock).
   */
  retry: (() => PyObject | undefined) | null = null;
  /** Counted in Scheduler.outside: waiting for a timer or an outside event, so it may wake on its own. */
  outside = false;
  /** Counts the thread's waits, so that a promise of a wait that ended otherwise wakes nothing. */
  waitSeq = 0;
  /** Set while its JavaScript frames are on the stack below a nested wait: it cannot be resumed then. */
  pinned = false;
  /** What the thread resumes with: a value pushed as the blocking call's result (NO_VALUE: none), or an error. */
  resumeValue: PyObject = NO_VALUE;
  resumeError: PyBaseException | null = null;
  /** False for threading's non-daemon threads, which the program waits for when its main thread is done. */
  daemon = true;
  done = false;
  /** The callable start_new_thread was given (for the report of an exception it lets out). */
  func: PyObject = None;

  constructor(readonly ident: number, readonly nativeId: number, stack: PyObject[]) {
    this.stack = stack;
  }
}

/** Stops a blocked thread's timers (the Node timeout, or the immediate of its last millisecond). */
function clearWaitTimer(t: ThreadState): void {
  if (t.timer !== null) clearTimeout(t.timer);
  if (t.immediate !== null) clearImmediate(t.immediate);
  t.timer = null;
  t.immediate = null;
}

/** The RuntimeError a deadlock raises in the main thread. */
function deadlockError(): PyBaseException {
  return newException(RuntimeError, 'deadlock: every thread is blocked and none can wake the others (CPython would hang here)');
}

export class Scheduler {
  readonly main: ThreadState;
  current: ThreadState;
  /** Threads ready to run, in order. */
  private readonly runnable: ThreadState[] = [];
  /** Threads started and not ended, the main thread included, by ident. */
  readonly alive = new Map<number, ThreadState>();
  /** How many blocked threads wait for a timer or an outside event (a promise). */
  private outside = 0;
  /**
   * How many threads wait in a nested loop (waitNested) now: Node's event loop cannot turn
   * until they are done, so the running thread must not park to let it turn (VM.checkInterrupt).
   */
  nestedWaits = 0;
  /** The thread of the innermost nested wait (waitNested), whose wait the running thread sits on. */
  private nestedWaiter: ThreadState | null = null;
  /** Resolves the driver's wait when a thread becomes runnable. */
  private notify: (() => void) | null = null;
  /** When the running thread was resumed (performance.now()), for the switch interval. */
  sliceStart = -0;
  /** performance.now() at the last turn of Node's event loop; -0: a double field from the start, as VM.lastYield. */
  private lastTurn = -0;
  private count = 0;
  /** The thread running the current drive(), whose end ends it. */
  private owner: ThreadState | null = null;
  /** How the owner ended when it ended inside another thread's nested wait: drive() returns it next. */
  private ownerEnd: { result: PyObject; error: unknown } | null = null;

  constructor(private readonly vm: VM) {
    this.main = new ThreadState(IDENT_BASE, process.pid, vm.stack);
    this.main.daemon = false;
    this.current = this.main;
    this.alive.set(this.main.ident, this.main);
    this.sliceStart = performance.now();
  }

  /**
   * The program is over: the threads left (daemon threads, or blocked for good) are dropped,
   * as CPython drops its daemon threads; their timers must not keep the process alive.
   */
  dropAll(): void {
    for (const t of this.alive.values()) {
      if (t === this.main) continue;
      clearWaitTimer(t);
      t.waitSeq++;
    }
  }

  /** True when the main thread is the running one. */
  mainRunning(): boolean {
    return this.current === this.main;
  }

  /** Wakes the driver's wait for a runnable thread, to look at what changed (a signal arrived). */
  poke(): void {
    this.notify?.();
  }

  /**
   * Runs the pending signals' handlers in the main thread while it waits (not in a nested
   * loop). A handler that returns leaves the wait going on, as CPython retries an interrupted
   * call; one that raises ends the wait with its exception, at the call that waited.
   */
  private signalWhileBlocked(): void {
    const vm = this.vm;
    const main = this.main;
    if (!vm.signalsPending || !main.blocked || main.pinned || vm.runSignalHandlers === null) return;
    const running = this.current;
    this.switchTo(main);
    // The handlers are calls from native code, as from a check interval: never the outermost
    // loop, which alone may park (nestedRuns === 1). Run from here, outside any loop, they
    // would count as it, and a check interval in them would park the waiting thread's run.
    const nested = vm.nestedRuns;
    vm.nestedRuns = nested + 1;
    let error: PyBaseException | null = null;
    try {
      vm.runSignalHandlers();
    } catch (e) {
      if (e instanceof ProcessExit) throw e;
      error = toPyException(e);
    } finally {
      vm.nestedRuns = nested;
    }
    this.switchTo(running);
    if (error !== null) {
      main.cancel?.();
      main.retry = null;
      this.wake(main, NO_VALUE, error);
    }
  }

  /** True when the running thread has had its interval and another could run (VM.checkInterrupt). */
  wantsSwitch(): boolean {
    // The innermost nested waiter, once woken, is not in the runnable queue but runs when the
    // running thread gives way (a thread spinning until it acts must not keep it out).
    const nestedWoken = this.nestedWaiter !== null && !this.nestedWaiter.blocked;
    return (this.runnable.length > 0 || this.outside > 0 || nestedWoken) && performance.now() - this.sliceStart >= this.vm.switchInterval * 1000;
  }

  /** A new thread that will call func(*args, **kwargs); it runs once the running thread gives way. */
  startThread(func: PyObject, args: PyObject[], kwargs: KwArgs | null, daemon: boolean): ThreadState {
    this.count++;
    const t = new ThreadState(IDENT_BASE + this.count * 8_392_704, process.pid + this.count, new Array(1024).fill(undefined));
    t.start = { func, args, kwargs };
    t.func = func;
    t.daemon = daemon;
    this.alive.set(t.ident, t);
    this.runnable.push(t);
    return t;
  }

  /** Makes `t` runnable, resuming with `value` (NO_VALUE: nothing pushed) or raising `error`. */
  wake(t: ThreadState, value: PyObject, error: PyBaseException | null = null): void {
    if (!t.blocked) return;
    t.blocked = false;
    t.waitSeq++;
    t.cancel = null;
    t.onTimeout = null;
    t.deadline = Infinity;
    clearWaitTimer(t);
    if (t.outside) {
      t.outside = false;
      this.outside--;
    }
    t.resumeValue = value;
    t.resumeError = error;
    if (!t.pinned) this.runnable.push(t);
    this.notify?.();
  }

  /**
   * The running thread waits until another thread wakes it (wake), or for `timeout` seconds
   * (null: no limit), after which `cancel` takes it off the queue it waits in and the wait
   * answers `timeoutValue`. Returns what the native returns: PARK from the outermost loop;
   * in a nested loop, the wait's answer once the other threads have woken it.
   */
  block(timeout: number | null, cancel: () => void, timeoutValue: PyObject, onTimeout: (() => void) | null = null,
    retry: (() => PyObject | undefined) | null = null): PyObject {
    const t = this.current;
    this.reblock(t, timeout === null ? Infinity : performance.now() + timeout * 1000, cancel, timeoutValue, retry);
    t.onTimeout = onTimeout;
    if (this.vm.canPark) return PARK;
    return this.waitNested(t);
  }

  /** Blocks `t` until `deadline` (performance.now() ms; Infinity: none): block() without the return to the loop. */
  reblock(t: ThreadState, deadline: number, cancel: () => void, timeoutValue: PyObject, retry: (() => PyObject | undefined) | null): void {
    t.blocked = true;
    t.cancel = cancel;
    t.timeoutValue = timeoutValue;
    t.retry = retry;
    t.deadline = deadline;
    if (deadline !== Infinity) {
      t.outside = true;
      this.outside++;
      // Node's timers may fire a little before the deadline by performance.now(): a sleep
      // must not end early (time.monotonic() after time.sleep(x) is at least x later).
      // The last millisecond is waited out with setImmediate: a second 1 ms timer would end
      // the sleep up to 2 ms late, and programs whose timers are 1 ms apart would see them
      // fire together (CPython's sleeps end within ~0.1 ms of their deadline).
      const fire = (): void => {
        const left = deadline - performance.now();
        if (left > 1) t.timer = setTimeout(fire, Math.floor(left));
        else if (left > 0) t.immediate = setImmediate(fire);
        else this.timeOut(t);
      };
      const left = deadline - performance.now();
      if (left > 1) t.timer = setTimeout(fire, Math.floor(left));
      else t.immediate = setImmediate(fire);
    }
  }

  /**
   * What the woken thread `t` resumes with, once its retry (if any) took what it waited for;
   * undefined when it had to wait again.
   */
  private settle(t: ThreadState): PyObject | undefined {
    const retry = t.retry;
    t.retry = null;
    if (retry === null || t.resumeError !== null) return t.resumeValue;
    return retry();
  }

  /** A blocked thread's timeout ran out: off its queue, and it resumes with the timeout's answer. */
  private timeOut(t: ThreadState): void {
    if (!t.blocked) return;
    clearWaitTimer(t);
    const onTimeout = t.onTimeout;
    if (onTimeout === null) {
      t.cancel?.();
      t.retry = null;
      this.wake(t, t.timeoutValue);
    } else {
      t.onTimeout = null;
      onTimeout();
    }
  }

  /** The blocked thread `t` waits on, now in another queue (`cancel` takes it off) and without a timeout. */
  rewait(t: ThreadState, cancel: () => void, retry: (() => PyObject | undefined) | null = null): void {
    t.cancel = cancel;
    t.retry = retry;
    t.onTimeout = null;
    t.deadline = Infinity;
    clearWaitTimer(t);
    if (t.outside) {
      t.outside = false;
      this.outside--;
    }
  }

  /** Blocked threads whose timeouts have passed (the driver checks, as Node's timers may lag behind). */
  private expireTimeouts(): void {
    if (this.outside === 0) return;
    const now = performance.now();
    for (const t of this.alive.values()) if (t.blocked && t.deadline <= now) this.timeOut(t);
  }

  /** The running thread parked on `until` (VM.park: a sleep, a socket, a yield for signals). */
  private parkOn(t: ThreadState, until: Promise<PyObject>): void {
    t.blocked = true;
    t.outside = true;
    this.outside++;
    // Should something else end this wait first (Ctrl-C, a signal handler's exception), the
    // promise wakes nothing later, and its wait is called off where it can be.
    t.cancel = cancelOf(until);
    const seq = ++t.waitSeq;
    until.then((v) => {
      if (t.waitSeq === seq) this.wake(t, v);
    }, (e) => {
      if (t.waitSeq === seq) this.wake(t, NO_VALUE, toPyException(e));
    });
  }

  /** Saves the running thread's VM state and restores `t`'s. */
  switchTo(t: ThreadState): void {
    const vm = this.vm;
    const cur = this.current;
    if (t !== cur) {
      cur.frame = vm.frame;
      cur.stack = vm.stack;
      cur.depth = vm.depth;
      cur.excInfo = vm.excInfo;
      cur.profileFn = vm.profileFn;
      cur.traceFn = vm.traceFn;
      cur.profileObj = vm.profileObj;
      cur.traceObj = vm.traceObj;
      vm.frame = t.frame;
      vm.stack = t.stack;
      vm.depth = t.depth;
      vm.excInfo = t.excInfo;
      vm.profileFn = t.profileFn;
      vm.traceFn = t.traceFn;
      vm.profileObj = t.profileObj;
      vm.traceObj = t.traceObj;
      vm.updateHooked();
      this.current = t;
    }
    this.sliceStart = performance.now();
  }

  /**
   * Runs `t` (switched in) until it parks, blocks, gives way or ends: PARK, or its result
   * (a thread's bottom frame returned), or throws what it let out.
   */
  private runSlice(t: ThreadState): PyObject {
    const vm = this.vm;
    if (t.start !== null) {
      const { func, args, kwargs } = t.start;
      t.start = null;
      // A tpy function's frame goes at the bottom of the thread's own stack, so that the
      // thread may park in it; anything else is called (and cannot park).
      let fn = func;
      let fnArgs = args;
      if (fn instanceof PyMethod && fn.func instanceof PyFunction) {
        fnArgs = [fn.self, ...args];
        fn = fn.func;
      }
      if (fn instanceof PyFunction && (fn.code.co_flags & CO_GENERATOR) === 0) return vm.runFrame(vm.makeFrame(fn, fnArgs, kwargs, 0));
      return call(vm, func, args, kwargs);
    }
    const top = vm.frame!;
    if (t.retry !== null) {
      const v = this.settle(t);
      if (v === undefined) return PARK; // blocked again
      t.resumeValue = v;
    }
    const value = t.resumeValue;
    const builtin = t.parkedBuiltin;
    t.parkedBuiltin = null;
    const error = endParkedCall(vm, top, builtin, t.resumeError);
    t.resumeError = null;
    t.resumeValue = NO_VALUE;
    // A `with` statement parked in its __enter__ (eval_cold.ts) with its block pushed: an error
    // there leaves the statement before its body, as CPython's does.
    if (error !== null && (top.f_code.words[top.pc - 1] & 0xff) === Op.SETUP_WITH) popBlock(top.blocks);
    if (error === null && value !== NO_VALUE) vm.stack[top.sp++] = value;
    vm.nestedRuns++;
    try {
      return runGreenlets(vm, () => execute(vm, top, error, true));
    } finally {
      vm.nestedRuns--;
    }
  }

  /** After a slice returned PARK: why the thread stopped, recorded (it blocked, parked on a promise, or gave way). */
  private parked(t: ThreadState): void {
    const vm = this.vm;
    t.parkedBuiltin = vm.parkedBuiltin;
    vm.parkedBuiltin = null;
    const until = vm.parked;
    vm.parked = null;
    if (until !== null) this.parkOn(t, until);
    else if (!t.blocked) this.runnable.push(t);
  }

  /** A thread other than the driver's owner ended (its bottom frame returned or raised). */
  private ended(t: ThreadState, error: unknown): void {
    const vm = this.vm;
    t.done = true;
    t.frame = null;
    this.alive.delete(t.ident);
    if (error instanceof ProcessExit) throw error;
    if (error === null) return;
    const exc = toPyException(error);
    // What start_new_thread's function let out (threading's threads report their own, excepthook).
    if (exc.cls.name === 'SystemExit') return;
    vm.threadUncaught(t.func, exc);
  }

  /**
   * Runs the threads until the running one, which calls this (the owner), is done: `first`
   * starts its slice; returns its result or throws its exception. Other threads keep their
   * state when the owner is done and go on at the next drive (the program's end, VM.finishThreads).
   */
  async drive(first: () => PyObject): Promise<PyObject> {
    const owner = this.current;
    const outerOwner = this.owner;
    this.owner = owner;
    try {
      return await this.driveOwner(owner, first);
    } finally {
      this.owner = outerOwner;
    }
  }

  private async driveOwner(owner: ThreadState, first: () => PyObject): Promise<PyObject> {
    let t = owner;
    let result: PyObject = None;
    let error: unknown = null;
    try {
      result = first();
    } catch (e) {
      error = e;
    }
    for (;;) {
      if (error === null && result === PARK) this.parked(t);
      else if (t === owner) {
        if (error !== null) throw error;
        return result;
      } else this.ended(t, error);
      const end = this.ownerEnd;
      if (end !== null) {
        this.ownerEnd = null;
        this.switchTo(owner);
        if (end.error !== null) throw end.error;
        return end.result;
      }
      t = await this.next(owner);
      this.switchTo(t);
      error = null;
      try {
        result = this.runSlice(t);
      } catch (e) {
        error = e;
      }
    }
  }

  /** The next thread to run, waiting for one when all are blocked; a deadlock wakes the owner with an error. */
  private async next(owner: ThreadState): Promise<ThreadState> {
    for (;;) {
      this.expireTimeouts();
      this.signalWhileBlocked();
      if (this.runnable.length > 0) {
        const now = performance.now();
        if ((this.outside > 0 || this.vm.interruptible || this.vm.signalTimerArmed || this.vm.watchdogArmed) && now - this.lastTurn >= EVENT_LOOP_TURN_MS) {
          // Threads that wait for timers, sockets or signals need Node's event loop to turn.
          await new Promise((resolve) => setImmediate(resolve));
          this.lastTurn = performance.now();
          this.expireTimeouts();
        }
        return this.runnable.shift()!;
      }
      const main = this.main;
      if (this.vm.pendingInterrupt && main.blocked && !main.pinned) {
        // Ctrl-C while every thread waits: KeyboardInterrupt in the main thread, at its wait.
        this.vm.pendingInterrupt = false;
        main.cancel?.();
        main.retry = null;
        this.wake(main, NO_VALUE, this.vm.makeKeyboardInterrupt());
        continue;
      }
      // An armed alarm()/setitimer() may yet wake the main thread through its handler.
      if (this.outside === 0 && !this.vm.signalTimerArmed) {
        if (!owner.blocked) throw newException(RuntimeError, 'tpy: no thread can run and the main thread is not blocked');
        owner.cancel?.();
        owner.retry = null;
        this.wake(owner, NO_VALUE, deadlockError());
        continue;
      }
      this.vm.io.flush?.();
      let poll: ReturnType<typeof setTimeout> | null = null;
      await new Promise<void>((resolve) => {
        this.notify = resolve;
        // The tpy command's Ctrl-C only sets vm.pendingInterrupt: look at it now and then.
        if (this.vm.interruptible) poll = setTimeout(resolve, INTERRUPT_POLL_MS);
      });
      if (poll !== null) clearTimeout(poll);
      this.notify = null;
      this.lastTurn = performance.now();
    }
  }

  /**
   * Nothing can run while `t` waits in a nested loop, but a thread buried under it (pinned, so
   * it cannot run before `t`'s wait is over) was woken to take what it waited for (a lock, a
   * semaphore), which is still free. `t` tries to take it instead, as any thread could in
   * CPython, rather than wait for ever: true when `t` is no longer blocked.
   */
  private takeForBuried(t: ThreadState): boolean {
    const retry = t.retry;
    if (retry === null) return false;
    let buried = false;
    for (const u of this.alive.values()) if (u !== t && u.pinned && !u.blocked && u.retry !== null) buried = true;
    if (!buried) return false;
    // Off its queue; the retry takes the lock, or queues it again first in line and blocks it.
    t.cancel?.();
    t.retry = null;
    const v = retry();
    if (v === undefined) return false;
    this.wake(t, v);
    return true;
  }

  /**
   * The running thread `t` blocked inside a nested loop: it stays on the JavaScript stack
   * (pinned) while the other threads run on top of it, each until it parks, blocks or ends,
   * until `t` is woken. Timers are waited for synchronously here (Node's event loop cannot
   * turn); a thread parked on an outside event (a socket) does not get to run. Returns the
   * wait's answer, or throws its error.
   */
  private waitNested(t: ThreadState): PyObject {
    const vm = this.vm;
    t.pinned = true;
    this.nestedWaits++;
    const outerWaiter = this.nestedWaiter;
    this.nestedWaiter = t;
    const nested = vm.nestedRuns;
    const canPark = vm.canPark;
    const parkable = vm.parkableRun;
    let settled: PyObject | undefined;
    try {
      for (;;) {
        if (!t.blocked) {
          settled = this.settle(t);
          if (settled !== undefined) break;
          continue; // blocked again
        }
        this.expireTimeouts();
        const other = this.runnable.shift();
        if (other === undefined) {
          let deadline = Infinity;
          for (const u of this.alive.values()) if (u.blocked && u.deadline < deadline) deadline = u.deadline;
          if (deadline === Infinity) {
            if (this.takeForBuried(t)) continue;
            t.cancel?.();
            t.retry = null;
            this.wake(t, NO_VALUE, this.outside === 0 ? deadlockError()
              : newException(RuntimeError, 'cannot wait here for an outside event in another thread (the waiting thread is inside a call from native code)'));
            continue;
          }
          const ms = deadline - performance.now();
          if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
          continue;
        }
        // The other thread runs as if from the outermost loop: it may park back to here.
        this.switchTo(other);
        vm.nestedRuns = 0;
        vm.parkableRun = true;
        let result: PyObject = None;
        let error: unknown = null;
        try {
          result = this.runSlice(other);
        } catch (e) {
          error = e;
        }
        if (error === null && result === PARK) this.parked(other);
        else if (other === this.owner) this.ownerEnd = { result, error };
        else this.ended(other, error);
      }
    } finally {
      t.pinned = false;
      this.nestedWaits--;
      this.nestedWaiter = outerWaiter;
      this.switchTo(t);
      vm.nestedRuns = nested;
      vm.canPark = canPark;
      vm.parkableRun = parkable;
    }
    const error = t.resumeError;
    t.resumeError = null;
    t.resumeValue = NO_VALUE;
    if (error !== null) throw error;
    return settled === NO_VALUE ? None : settled!;
  }
}
