# greenlet: sys.setprofile events for throw(), an exception leaving a greenlet, and keyword switches
import sys, greenlet
m = greenlet.getcurrent()
def prof(frame, ev, arg):
    print('P', ev, arg.__name__ if ev.startswith('c_') else frame.f_code.co_name)
def child():
    try:
        m.switch(1)
    except KeyError:
        pass
    m.switch(2)
    raise ValueError
def kw(**k): return k
g = greenlet.greenlet(child)
sys.setprofile(prof)
g.switch()
g.throw(KeyError)
try: g.switch()
except ValueError: pass
h = greenlet.greenlet(kw)
h.switch(a=1)
sys.setprofile(None)
