// _lsprof's bookkeeping (Modules/_lsprof.c): one entry per profiled callable, one
// context per active call, and the arithmetic that turns timer readings into
// callcount / reccallcount / tt / it, with no tpy objects involved (so it can be
// driven and tested by hand).
//
// Times are kept in the timer's own units (whatever `timer()` returns, always an
// integer count for CPython-compatible timers); getstats scales them by a factor.

/** How a context push/pop is reported to a watcher (tpy -m cProfile --trace-calls). */
export interface CallWatcher {
  /** A context was pushed for `entry`; `depth` contexts were active below it. */
  entering(entry: ProfilerEntry, depth: number): void;
  /** A context was popped; `entry` already holds its updated totals. */
  leaving(entry: ProfilerEntry, depth: number): void;
}

/** Time spent by one callable when called from one particular caller (ProfilerSubEntry). */
export class ProfilerSubEntry {
  tt = 0;
  it = 0;
  callcount = 0;
  recursivecallcount = 0;
  /** How many contexts of this callee, called from this caller, are active now. */
  recursionLevel = 0;
  constructor(readonly callee: ProfilerEntry) {}
}

/** Everything measured for one callable (ProfilerEntry). */
export class ProfilerEntry {
  /** Total time: added only when the outermost active call of this callable returns. */
  tt = 0;
  /** Inline time (not in subcalls): added on every return. */
  it = 0;
  callcount = 0;
  recursivecallcount = 0;
  /** How many contexts of this callable are active now. */
  recursionLevel = 0;
  /** Callees by entry, created on the first call made from this callable (when subcalls is on). */
  calls: Map<ProfilerEntry, ProfilerSubEntry> | null = null;
  constructor(
    /** A code object, or a descriptive string for a built-in. */
    readonly userObj: unknown,
  ) {}
}

/** One active call (ProfilerContext). */
class ProfilerContext {
  t0 = 0;
  /** Time spent in the subcalls made so far by this call. */
  subt = 0;
  previous: ProfilerContext | null = null;
  entry: ProfilerEntry = null as unknown as ProfilerEntry;
}

export class ProfilerCore {
  /** Entries by key: a code object, or the identity of a built-in (its PyMethodDef in CPython). */
  readonly entries = new Map<unknown, ProfilerEntry>();
  /** The innermost active call. */
  current: ProfilerContext | null = null;
  /** Contexts popped earlier, reused so that a call allocates nothing. */
  private freeList: ProfilerContext | null = null;
  /** Record, per caller, the time spent in each callee (POF_SUBCALLS). */
  subcalls = true;
  /** Profile calls of built-ins (POF_BUILTINS). */
  builtins = true;
  watcher: CallWatcher | null = null;

  constructor(
    /** Reads the clock (in the timer's units). */
    public timer: () => number,
    /** Turns what identifies a new entry into its userObj (normalizeUserObj). */
    private normalize: (obj: unknown) => unknown,
  ) {}

  /** A call of the callable identified by `key` starts (ptrace_enter_call). */
  enter(key: unknown, userObj: unknown): void {
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = new ProfilerEntry(this.normalize(userObj));
      this.entries.set(key, entry);
    }
    let ctx = this.freeList;
    if (ctx !== null) this.freeList = ctx.previous;
    else ctx = new ProfilerContext();
    this.initContext(ctx, entry);
  }

  private initContext(ctx: ProfilerContext, entry: ProfilerEntry): void {
    ctx.entry = entry;
    ctx.subt = 0;
    const previous = this.current;
    ctx.previous = previous;
    this.current = ctx;
    ++entry.recursionLevel;
    if (this.subcalls && previous !== null) {
      const caller = previous.entry;
      let calls = caller.calls;
      if (calls === null) calls = caller.calls = new Map();
      let sub = calls.get(entry);
      if (sub === undefined) {
        sub = new ProfilerSubEntry(entry);
        calls.set(entry, sub);
      }
      ++sub.recursionLevel;
    }
    if (this.watcher !== null) this.watcher.entering(entry, this.depth() - 1);
    // Read last, so that the bookkeeping above is not charged to the call.
    ctx.t0 = this.timer();
  }

  /**
   * A call of the callable identified by `key` ends (ptrace_leave_call). As in
   * CPython, the innermost context is popped whatever it was for, and the time is
   * charged to `key`'s entry; a return with no active context is ignored.
   */
  leave(key: unknown): void {
    const ctx = this.current;
    if (ctx === null) return;
    const entry = this.entries.get(key);
    if (entry !== undefined) this.stop(ctx, entry);
    else this.current = ctx.previous;
    ctx.previous = this.freeList;
    this.freeList = ctx;
  }

  /** Pops `ctx` and charges its time to `entry` (Stop). */
  private stop(ctx: ProfilerContext, entry: ProfilerEntry): void {
    const tt = this.timer() - ctx.t0;
    const it = tt - ctx.subt;
    const previous = ctx.previous;
    if (previous !== null) previous.subt += tt;
    this.current = previous;
    if (--entry.recursionLevel === 0) entry.tt += tt;
    else ++entry.recursivecallcount;
    entry.it += it;
    entry.callcount++;
    if (this.subcalls && previous !== null) {
      const calls = previous.entry.calls;
      const sub = calls === null ? undefined : calls.get(entry);
      if (sub !== undefined) {
        if (--sub.recursionLevel === 0) sub.tt += tt;
        else ++sub.recursivecallcount;
        sub.it += it;
        ++sub.callcount;
      }
    }
    if (this.watcher !== null) this.watcher.leaving(entry, this.depth());
  }

  /** Ends every active call now (flush_unmatched, on disable). */
  flushUnmatched(): void {
    while (this.current !== null) this.stop(this.current, this.current.entry);
    this.freeList = null;
  }

  /** Forgets every entry and context (clearEntries). */
  clear(): void {
    this.entries.clear();
    this.current = null;
    this.freeList = null;
  }

  /** Active contexts (only for the watcher: not on the fast path). */
  private depth(): number {
    let n = 0;
    for (let c = this.current; c !== null; c = c.previous) n++;
    return n;
  }
}
