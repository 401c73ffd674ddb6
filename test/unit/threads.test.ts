// Green threads (vm/threads.ts): preemption, and where tpy deliberately differs from CPython
// (docs/differences.md, "Threads"): a deadlock raises instead of hanging.
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../index.js';

async function run(source: string): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  return runProgram({ source, filename: 'x.py' });
}

describe('threads', () => {
  it('preempts a busy thread, so that two busy threads both progress', async () => {
    // Each thread spins, never blocking, until it has seen the other one count: only a
    // switch at the eval loop's periodic check lets the other run at all.
    const r = await run(`
import threading
counts = {'a': 0, 'b': 0}
seen = {}
def spin(me, other):
    n = 0
    while True:
        counts[me] += 1
        n += 1
        if counts[other] > 0 or n >= 20_000_000:
            break
    seen[me] = counts[other] > 0
ta = threading.Thread(target=spin, args=('a', 'b'))
tb = threading.Thread(target=spin, args=('b', 'a'))
ta.start(); tb.start()
ta.join(); tb.join()
print(seen['a'], seen['b'])
`);
    expect(r).toEqual({ stdout: 'True True\n', stderr: '', exitCode: 0 });
  });

  it('switches threads at sys.getswitchinterval() while the main thread is busy', async () => {
    const r = await run(`
import threading, sys
sys.setswitchinterval(0.001)
ticks = []
def worker():
    for i in range(3):
        ticks.append(i)
t = threading.Thread(target=worker)
t.start()
n = 0
while len(ticks) < 3:
    n += 1
t.join()
print(ticks)
`);
    expect(r.stdout).toBe('[0, 1, 2]\n');
  });

  it('raises RuntimeError in the main thread when every thread is blocked for good', async () => {
    const r = await run(`
import threading
a, b = threading.Lock(), threading.Lock()
def other():
    with b:
        started.set()
        a.acquire()
started = threading.Event()
a.acquire()
t = threading.Thread(target=other, daemon=True)
t.start()
started.wait()
try:
    b.acquire()
except RuntimeError as e:
    print(e)
`);
    expect(r).toEqual({ stdout: 'deadlock: every thread is blocked and none can wake the others (CPython would hang here)\n', stderr: '', exitCode: 0 });
  });

  it('says so and exits with 1 when the threads left at exit are blocked for good', async () => {
    const r = await run(`
import threading
ev = threading.Event()
threading.Thread(target=ev.wait).start()
print('main done')
`);
    expect(r).toEqual({
      stdout: 'main done\n',
      stderr: 'tpy: deadlock at exit: the threads left are all blocked and none can wake the others (CPython would hang here)\n',
      exitCode: 1,
    });
  });

  it('drops daemon threads at exit, and waits for the others', async () => {
    const r = await run(`
import threading, time
def forever():
    time.sleep(3600)
def soon():
    time.sleep(0.01)
    print('non-daemon done')
threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=soon).start()
print('main done')
`);
    expect(r).toEqual({ stdout: 'main done\nnon-daemon done\n', stderr: '', exitCode: 0 });
  });

  it('keeps the exception being handled per thread (sys.exc_info)', async () => {
    const r = await run(`
import threading, sys
ev1, ev2 = threading.Event(), threading.Event()
out = []
def t1():
    try:
        raise KeyError('t1')
    except KeyError:
        ev1.set()
        ev2.wait()
        out.append(repr(sys.exc_info()[1]))
th = threading.Thread(target=t1)
th.start()
ev1.wait()
out.append(repr(sys.exc_info()[1]))
try:
    raise ValueError('main')
except ValueError:
    ev2.set()
    th.join()
    out.append(repr(sys.exc_info()[1]))
print(out)
`);
    expect(r.stdout).toBe("['None', \"KeyError('t1')\", \"ValueError('main')\"]\n");
  });
});
