# Edge cases: an exception in a with block that others wait on, threads that start and join threads, a generator two threads resume, the recursion limit in a thread.
import threading, time, sys
lock = threading.Lock()
log = []
def bad():
    try:
        with lock:
            time.sleep(0.01)
            raise ValueError('inside')
    except ValueError as e:
        log.append(('bad', str(e)))
def good():
    with lock:
        log.append(('good', lock.locked()))
a = threading.Thread(target=bad); b = threading.Thread(target=good)
a.start(); b.start(); a.join(); b.join()
print(log, lock.locked())

# threads starting threads, joining each other
res = []
def child(i):
    res.append(i)
def parent():
    kids = [threading.Thread(target=child, args=(i,)) for i in range(3)]
    for k in kids: k.start()
    for k in kids: k.join()
    res.append('parent')
p = threading.Thread(target=parent); p.start()
def joiner():
    p.join()
    res.append('joiner')
j = threading.Thread(target=joiner); j.start(); j.join()
print(sorted(map(str, res)))

# a generator shared by threads: the second resumes it while the first waits inside it
in_gen, done = threading.Event(), threading.Event()
def gen():
    yield 1
    in_gen.set()
    done.wait()
    yield 2
g = gen()
next(g)
errs = []
def first():
    errs.append(next(g))
def second():
    in_gen.wait()
    try:
        next(g)
    except ValueError as e:
        errs.append(str(e))
    done.set()
t1 = threading.Thread(target=first); t2 = threading.Thread(target=second)
t1.start(); t2.start(); t1.join(); t2.join()
print(errs)

# recursion limit per thread
def deep(n):
    return deep(n + 1)
out = []
def rec():
    try:
        deep(0)
    except RecursionError as e:
        out.append(str(e))
t = threading.Thread(target=rec); t.start(); t.join()
print(out)
ev = threading.Event()
r = []
t = threading.Thread(target=lambda: r.append(ev.wait(0.01))); t.start(); t.join()
print(r)
