# sys.setprofile and sys.settrace around functools.lru_cache: the C wrapper makes no events, the cached function's frames do (called from the caller's frame), cache_info is a built-in method
import sys
import functools

@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x

@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1

class C:
    @functools.lru_cache
    def m(self, x):
        return x

def caller_name(frame):
    back = frame.f_back
    return back.f_code.co_name if back is not None else None

def profiler(frame, event, arg):
    if event.startswith('c_'):
        print('  ', event, arg.__name__, 'from', frame.f_code.co_name)
    elif frame.f_code.co_name not in ('profiler', 'tracer'):
        print('  ', event, frame.f_code.co_name, 'from', caller_name(frame), 'arg' if event == 'call' else arg)

def run():
    sq(2)
    sq(2)
    sq(3)
    fact(3)
    fact(4)
    C().m(1)
    C().m(1)
    list(map(sq, [2, 5]))
    sq.cache_info()
    sq.cache_clear()
    try:
        sq('x')
    except TypeError as e:
        print('   TypeError', e)
    try:
        sq([1])
    except TypeError as e:
        print('   TypeError', e)

print('profile')
sys.setprofile(profiler)
run()
sys.setprofile(None)

def tracer(frame, event, arg):
    if frame.f_code.co_name in ('sq', 'fact'):
        print('  ', event, frame.f_code.co_name, frame.f_lineno, 'from', caller_name(frame))
    return tracer

print('trace')
sq.cache_clear()
fact.cache_clear()
sys.settrace(tracer)
run()
sys.settrace(None)
print(sq.cache_info(), fact.cache_info())
