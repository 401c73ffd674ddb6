# The line of a frame an exception leaves through a `with` statement (its 'return' event,
# f_lineno): 3.11's RERAISE 2 goes back to the instruction that raised it, not the with line.
import sys
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False
def a():
    try:
        raise KeyError(1)
    except ValueError:
        pass
def b():
    try:
        raise KeyError(2)
    finally:
        x = 1
def c():
    with CM():
        x = 1
        raise KeyError(3)
def d():
    with CM():
        with CM():
            raise KeyError(4)
def e():
    try:
        with CM():
            raise KeyError(5)
    finally:
        y = 2
def tracer(frame, event, arg):
    if frame.f_code.co_name in 'abcde':
        print(frame.f_code.co_name, event, frame.f_lineno)
    return tracer
sys.settrace(tracer)
for fn in (a, b, c, d, e):
    try: fn()
    except KeyError: pass
sys.settrace(None)
def c2():
    with CM():
        x = 1
        raise KeyError(3)
try:
    c2()
except KeyError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_lineno, tb.tb_frame.f_lineno)
async def ac():
    class A:
        async def __aenter__(self): return self
        async def __aexit__(self, *a): return False
    async with A():
        y = 2
        raise ValueError(1)
def tracer(frame, event, arg):
    if frame.f_code.co_name in ('c', 'ac'):
        print(frame.f_code.co_name, event, frame.f_lineno)
    return tracer
sys.settrace(tracer)
co = ac()
try:
    co.send(None)
except ValueError:
    pass
sys.settrace(None)
