// _lsprof's entry/context arithmetic (profiler/lsprof_core.ts), driven by hand with a clock the test sets.

import { describe, expect, test } from 'vitest';
import { ProfilerCore, ProfilerEntry } from '../../profiler/lsprof_core.js';

/** A core whose clock reads `clock.now`, and whose entries are named by their key. */
function makeCore() {
  const clock = { now: 0, reads: 0 };
  const core = new ProfilerCore(() => {
    clock.reads++;
    return clock.now;
  }, (obj) => obj);
  return { core, clock };
}

function entry(core: ProfilerCore, key: string): ProfilerEntry {
  const e = core.entries.get(key);
  if (e === undefined) throw new Error(`no entry ${key}`);
  return e;
}

function numbers(e: { callcount: number; recursivecallcount: number; tt: number; it: number }) {
  return { cc: e.callcount, rcc: e.recursivecallcount, tt: e.tt, it: e.it };
}

describe('ProfilerCore', () => {
  test('a call inside a call: tt includes the subcall, it does not, the caller records a subentry', () => {
    const { core, clock } = makeCore();
    core.enter('main', 'main'); // t0 = 0
    clock.now = 3;
    core.enter('len', 'len'); // t0 = 3
    clock.now = 7;
    core.leave('len'); // tt = 4
    clock.now = 10;
    core.leave('main'); // tt = 10, it = 10 - 4
    expect(numbers(entry(core, 'main'))).toEqual({ cc: 1, rcc: 0, tt: 10, it: 6 });
    expect(numbers(entry(core, 'len'))).toEqual({ cc: 1, rcc: 0, tt: 4, it: 4 });
    const sub = entry(core, 'main').calls!.get(entry(core, 'len'))!;
    expect(numbers(sub)).toEqual({ cc: 1, rcc: 0, tt: 4, it: 4 });
    expect(entry(core, 'len').calls).toBeNull();
    expect(core.current).toBeNull();
    expect(clock.reads).toBe(4);
  });

  test('recursion: tt is added only when the outermost call returns, it on every return', () => {
    const { core, clock } = makeCore();
    // foo(2) -> foo(1) -> foo(0), each also calling sleep for 100 units.
    const at = (t: number) => (clock.now = t);
    at(0); core.enter('foo', 'foo');
    at(1); core.enter('sleep', 'sleep');
    at(101); core.leave('sleep');
    at(102); core.enter('foo', 'foo');
    at(103); core.enter('sleep', 'sleep');
    at(203); core.leave('sleep');
    at(204); core.enter('foo', 'foo');
    at(205); core.enter('sleep', 'sleep');
    at(305); core.leave('sleep');
    at(306); core.leave('foo'); // innermost: tt 102, it 2
    at(307); core.leave('foo'); // middle: tt 205, it 205 - 100 - 102 = 3
    at(308); core.leave('foo'); // outer: tt 308, it 308 - 100 - 205 = 3
    const foo = entry(core, 'foo');
    expect(numbers(foo)).toEqual({ cc: 3, rcc: 2, tt: 308, it: 8 });
    expect(foo.recursionLevel).toBe(0);
    expect(numbers(entry(core, 'sleep'))).toEqual({ cc: 3, rcc: 0, tt: 300, it: 300 });
    // foo called by foo twice, the outer of the two (the middle call) being the only one at level 0.
    const fooFoo = foo.calls!.get(foo)!;
    expect(numbers(fooFoo)).toEqual({ cc: 2, rcc: 1, tt: 205, it: 5 });
    expect(numbers(foo.calls!.get(entry(core, 'sleep'))!)).toEqual({ cc: 3, rcc: 0, tt: 300, it: 300 });
  });

  test('a return pops the innermost context whatever it was for, and charges the returning entry', () => {
    const { core, clock } = makeCore();
    core.enter('a', 'a');
    clock.now = 5;
    core.enter('b', 'b');
    clock.now = 9;
    core.leave('a'); // pops b's context, but Stop runs with a's entry: a (level 1 -> 0) gets tt 4
    const a = entry(core, 'a');
    expect(numbers(a)).toEqual({ cc: 1, rcc: 0, tt: 4, it: 4 });
    expect(a.recursionLevel).toBe(0);
    expect(entry(core, 'b').callcount).toBe(0);
    expect(entry(core, 'b').recursionLevel).toBe(1);
  });

  test('a return with no active context, or for an unknown key, is ignored (only the context is popped)', () => {
    const { core, clock } = makeCore();
    core.leave('nothing');
    expect(core.entries.size).toBe(0);
    core.enter('a', 'a');
    clock.now = 2;
    core.leave('never-entered');
    expect(core.current).toBeNull();
    expect(entry(core, 'a').callcount).toBe(0);
  });

  test('flushUnmatched stops every active call at the same instant (disable)', () => {
    const { core, clock } = makeCore();
    core.enter('main', 'main');
    clock.now = 1;
    core.enter('f', 'f');
    clock.now = 2;
    core.enter('disable', 'disable');
    clock.now = 4;
    core.flushUnmatched();
    expect(numbers(entry(core, 'disable'))).toEqual({ cc: 1, rcc: 0, tt: 2, it: 2 });
    expect(numbers(entry(core, 'f'))).toEqual({ cc: 1, rcc: 0, tt: 3, it: 1 });
    expect(numbers(entry(core, 'main'))).toEqual({ cc: 1, rcc: 0, tt: 4, it: 1 });
    expect(core.current).toBeNull();
  });

  test('without subcalls no subentries are kept; entries are named once by normalize', () => {
    let named = 0;
    const core = new ProfilerCore(() => 0, (obj) => {
      named++;
      return `<${String(obj)}>`;
    });
    core.subcalls = false;
    for (let i = 0; i < 3; i++) {
      core.enter('k', 'main');
      core.enter('j', 'len');
      core.leave('j');
      core.leave('k');
    }
    expect(named).toBe(2);
    expect(entry(core, 'k').userObj).toBe('<main>');
    expect(entry(core, 'k').calls).toBeNull();
    expect(entry(core, 'j').callcount).toBe(3);
  });

  test('contexts are reused: a million calls allocate a bounded number of them', () => {
    const { core } = makeCore();
    core.enter('main', 'main');
    for (let i = 0; i < 1_000_000; i++) {
      core.enter('f', 'f');
      core.leave('f');
    }
    core.leave('main');
    expect(entry(core, 'f').callcount).toBe(1_000_000);
    expect(entry(core, 'main').calls!.get(entry(core, 'f'))!.callcount).toBe(1_000_000);
  });

  test('clear forgets entries and active calls; later returns are ignored', () => {
    const { core } = makeCore();
    core.enter('a', 'a');
    core.clear();
    core.leave('a');
    expect(core.entries.size).toBe(0);
    expect(core.current).toBeNull();
  });

  test('the watcher sees every push and pop with the depth below it', () => {
    const { core, clock } = makeCore();
    const log: string[] = [];
    core.watcher = {
      entering: (e, depth) => log.push(`+${String(e.userObj)}@${depth}`),
      leaving: (e, depth) => log.push(`-${String(e.userObj)}@${depth} tt=${e.tt} rl=${e.recursionLevel}`),
    };
    core.enter('f', 'f');
    clock.now = 1;
    core.enter('f', 'f');
    clock.now = 3;
    core.leave('f');
    clock.now = 6;
    core.leave('f');
    expect(log).toEqual(['+f@0', '+f@1', '-f@1 tt=0 rl=1', '-f@0 tt=6 rl=0']);
  });
});
