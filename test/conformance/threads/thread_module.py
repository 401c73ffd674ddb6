import _thread, threading, time
done = threading.Event()
out = []
def f(a, b=0):
    out.append((a, b, threading.current_thread().name.startswith('Dummy')))
    done.set()
_thread.start_new_thread(f, (1,), {'b': 2})
done.wait()
print(out)
l = _thread.allocate_lock()
print(type(l) is _thread.LockType, l.acquire(), l.locked(), l.acquire(False))
l.release(); print(l.locked())
for args in [(1, ()), (f, [1]), (f, (), 3)]:
    try: _thread.start_new_thread(*args)
    except TypeError as e: print(e)
with l:
    print('in with', l.locked())
print(l.acquire_lock(), l.locked_lock()); l.release_lock()
try: type(l)()
except TypeError as e: print(e)
for a in [(), (f,), (1, 2, 3, 4)]:
    try:
        _thread.start_new_thread(*a)
    except TypeError as e:
        print(e)
try:
    _thread.start_new_thread(print, (), x=1)
except TypeError as e:
    print(e)
