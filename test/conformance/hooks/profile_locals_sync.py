# A profile function that writes frame.f_locals changes the frame's variables, as a trace
# function does (3.11's call_trampoline syncs locals around both): at 'call', at a c_call of
# the frame, and with a closure cell; one f_locals read per event, as each read re-syncs.
import sys


def set_on(event, name, key, value):
    def prof(frame, ev, arg):
        if ev == event and frame.f_code.co_name == name:
            frame.f_locals[key] = value
    return prof


def h(q):
    return q


sys.setprofile(set_on('call', 'h', 'q', 7))
print(h(1))
sys.setprofile(None)


def k():
    s = 'abc'
    n = len(s)
    return n, s


sys.setprofile(set_on('c_call', 'k', 's', 'changed'))
print(k())
sys.setprofile(None)


def outer():
    a = 1

    def inner():
        return a
    b = len('x')
    return inner(), b


sys.setprofile(set_on('c_call', 'outer', 'a', 'cell'))
print(outer())
sys.setprofile(None)


def seen():
    x = 1
    x = len('ab')
    return x


log = []


def reader(frame, ev, arg):
    if frame.f_code.co_name == 'seen':
        log.append((ev, dict(frame.f_locals)))


sys.setprofile(reader)
seen()
sys.setprofile(None)
print(log)
