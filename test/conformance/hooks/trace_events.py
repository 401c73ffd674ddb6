import sys

log = []
def tracer(frame, event, arg):
    if event == 'exception':
        arg = arg[0].__name__ + ': ' + str(arg[1])
    if event == "return" and not isinstance(arg, (int, str, type(None))):
        arg = type(arg).__name__
    log.append((event, frame.f_code.co_name, frame.f_lineno, arg if event != "call" else None))
    if frame.f_code.co_name == 'quiet':
        return None
    if frame.f_code.co_name == 'nolines':
        frame.f_trace_lines = False
    return tracer

def quiet():
    a = 1
    return a

def nolines():
    a = 1
    b = 2
    return a + b

def deep(n):
    if n == 0:
        raise ValueError('bottom')
    return deep(n - 1)

class Mgr:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return True

def uses_with():
    with Mgr() as m:
        raise RuntimeError('swallowed')
    return 'after'

def gen():
    try:
        yield 1
    except GeneratorExit:
        pass

def main():
    quiet()
    nolines()
    try:
        deep(2)
    except ValueError:
        pass
    uses_with()
    g = gen()
    next(g)
    g.close()
    x = eval('1 + 2')
    class Inner:
        attr = x
    return Inner.attr

sys.settrace(tracer)
main()
sys.settrace(None)
for entry in log:
    print(*entry)
print(sys.gettrace())
