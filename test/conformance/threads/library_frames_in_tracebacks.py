# The frames (function and source line) threading and concurrent.futures show in the tracebacks they report: a failing done-callback, initializer, thread and excepthook
import concurrent.futures as cf
import logging
import sys
import threading
import traceback


def frames(tb):
    return [(f.name, f.line) for f in traceback.extract_tb(tb)]


class Frames(logging.Handler):
    def emit(self, record):
        print("logged:", record.getMessage().split(" at ")[0])
        if record.exc_info:
            t, v, tb = record.exc_info
            print("  ", t.__name__, v)
            for f in frames(tb):
                print("   ", f)


logging.getLogger("concurrent.futures").addHandler(Frames())
logging.getLogger("concurrent.futures").propagate = False


def bad_callback(fut):
    raise RuntimeError("callback failed")


f = cf.Future()
f.add_done_callback(bad_callback)
f.add_done_callback(lambda fut: print("second callback still runs", fut.result()))
f.set_result(1)
f.add_done_callback(bad_callback)


def bad_init():
    raise ValueError("initializer failed")


ex = cf.ThreadPoolExecutor(1, initializer=bad_init)
try:
    ex.submit(int).result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
ex.shutdown()


def sys_hook(t, v, tb):
    print("sys.excepthook:", t.__name__, v)
    for fr in frames(tb):
        print("   ", fr)


def thread_hook(args):
    print("threading.excepthook:", args.exc_type.__name__, args.exc_value, args.thread.name)
    for fr in frames(args.exc_traceback):
        print("   ", fr)
    raise KeyError("the hook failed too")


sys.excepthook = sys_hook
threading.excepthook = thread_hook


def target():
    raise OSError("in the thread")


t = threading.Thread(target=target, name="failing")
t.start()
t.join()
print("done")
