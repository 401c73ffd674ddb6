# The standard library's context managers in hot loops: threading locks (a free lock taken
# without leaving compiled code, a held one waited for), contextlib's contextmanager,
# suppress, nullcontext, ExitStack, decimal.localcontext, open() and io objects.
import contextlib
import decimal
import io
import os
import tempfile
import threading

def locks(n):
    lock = threading.Lock()
    rlock = threading.RLock()
    t = 0
    for i in range(n):
        with lock:
            t += 1
        with rlock:
            with rlock:
                t += 1
    return t, lock.locked(), rlock._is_owned() if hasattr(rlock, '_is_owned') else None

def lock_error(n):
    lock = threading.Lock()
    k = 0
    for i in range(n):
        try:
            with lock:
                lock.release()
        except RuntimeError as e:
            k += 1
            msg = str(e)
    return k, msg, lock.locked()

def contended():
    lock = threading.Lock()
    count = [0]
    def work():
        for i in range(600):
            with lock:
                count[0] += 1
    ts = [threading.Thread(target=work) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return count[0]

def condition(n):
    cv = threading.Condition()
    items = []
    def producer():
        for i in range(n):
            with cv:
                items.append(i)
                cv.notify()
    t = threading.Thread(target=producer)
    t.start()
    got = 0
    while got < n:
        with cv:
            while not items:
                cv.wait()
            got += len(items)
            items.clear()
    t.join()
    return got

@contextlib.contextmanager
def tag(log, name):
    log.append('<' + name)
    try:
        yield name.upper()
    except ZeroDivisionError:
        log.append('caught')
    finally:
        log.append(name + '>')

def generated(n):
    log = []
    out = ''
    for i in range(n):
        with tag(log, 'b') as t:
            out = t
            if i == n - 1:
                1 / 0
    return out, len(log), log[-4:]

def suppressing(n):
    k = 0
    for i in range(n):
        with contextlib.suppress(KeyError, IndexError):
            [][i]
        k += 1
        with contextlib.nullcontext(i) as v:
            k += v - i
    return k

def stacks(n):
    log = []
    for i in range(n):
        with contextlib.ExitStack() as st:
            for j in range(3):
                st.callback(log.append, j)
            st.enter_context(tag(log, 's'))
    return len(log), log[-5:]

def decimals(n):
    total = decimal.Decimal(0)
    for i in range(n):
        with decimal.localcontext() as ctx:
            ctx.prec = 5
            total += decimal.Decimal(1) / decimal.Decimal(7)
    return total, decimal.getcontext().prec

def files(n):
    d = tempfile.mkdtemp()
    path = os.path.join(d, 'f.txt')
    with open(path, 'w') as fh:
        fh.write('hello\nworld\n')
    size = 0
    for i in range(n):
        with open(path) as fh:
            size += len(fh.read())
    closed = fh.closed
    for i in range(n):
        with io.StringIO('abc') as s:
            size += len(s.read())
    os.remove(path)
    os.rmdir(d)
    return size, closed

print(locks(500))
print(lock_error(300))
print(contended())
print(condition(200))
print(generated(400))
print(suppressing(400))
print(stacks(150))
print(decimals(60))
print(files(100))
