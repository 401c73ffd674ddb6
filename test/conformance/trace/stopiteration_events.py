# the 'exception' events for StopIteration that FOR_ITER and yield from report (values, sends, classes' __next__)
import sys


def tracer(frame, event, arg):
    if event == 'exception':
        print(event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__, arg[1].args, arg[2] is None)
    else:
        print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration('countdown done')
        self.n -= 1
        return self.n


def gives(v):
    yield 1
    return v


def delegate():
    a = yield from gives(None)
    b = yield from gives('b')
    c = yield from Countdown(1)
    return (a, b, c)


def receiver():
    x = yield 'ready'
    return x


def sender():
    r = yield from receiver()
    return r


def run():
    for v in Countdown(2):
        pass
    for v in gives(None):
        pass
    for v in gives(5):
        pass
    for v in delegate():
        pass
    s = sender()
    next(s)
    try:
        s.send('sent')
    except StopIteration as e:
        print('send result', e.value)
    return list(gives(7))


sys.settrace(tracer)
run()
sys.settrace(None)
