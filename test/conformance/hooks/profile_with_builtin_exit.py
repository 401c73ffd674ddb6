# A with block on objects whose __exit__ is built-in: c_call/c_return on a normal exit (3.11 CALLs it), none when an exception leaves
import sys, threading
def prof(frame, event, arg):
    if frame.f_code.co_name in ('main', 'leave_early'):
        print(event, frame.f_code.co_name, getattr(arg, '__qualname__', arg))
def leave_early(lk):
    for i in range(2):
        with lk:
            if i == 1:
                return i
            continue
def main():
    lk = threading.Lock()
    with lk:
        pass
    with memoryview(b'ab') as m:
        m.tobytes()
    try:
        with lk:
            raise ValueError('inside')
    except ValueError as e:
        print('caught', e)
    leave_early(lk)
    rl = threading.RLock()
    with rl:
        with lk:
            pass
sys.setprofile(prof)
main()
sys.setprofile(None)
import cProfile
pr = cProfile.Profile()
pr.runcall(main)
for e in sorted(pr.getstats(), key=lambda e: str(e.code)):
    print(e.code if isinstance(e.code, str) else e.code.co_name, e.callcount)
