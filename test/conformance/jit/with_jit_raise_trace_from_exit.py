# A trace function set by __exit__ while it handles an exception in a compiled with block:
# the rest of the cleanup (swallow or re-raise) and the frame's later events are the eval
# loop's, with the 'exception' and 'line' events CPython reports.
import sys

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_name in ('body', 'run'):
        events.append((frame.f_code.co_name, event, frame.f_lineno, arg[0].__name__ if event == 'exception' else None))
    return tracer

class SetsTrace:
    def __init__(self, at, swallow):
        self.at = at
        self.swallow = swallow
        self.n = 0
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.n += 1
        if self.n == self.at:
            sys.settrace(tracer)
        return self.swallow

def body(cm, i):
    with cm:
        raise KeyError(i)
    return 'swallowed'

def run(cm, n):
    out = []
    for i in range(n):
        try:
            out.append(body(cm, i))
        except KeyError as e:
            out.append(e.args[0])
    sys.settrace(None)
    return out[-3:]

print(run(SetsTrace(250, True), 260))
print(events[:12])
events.clear()
print(run(SetsTrace(250, False), 260))
print(events[:12])
