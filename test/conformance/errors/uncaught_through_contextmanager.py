# An uncaught exception leaving a @contextmanager's with body: its traceback shows the body only
from contextlib import contextmanager

@contextmanager
def managed(name):
    print('enter', name)
    try:
        yield name
    finally:
        print('exit', name)

def work(n):
    with managed('outer'):
        with managed('inner') as got:
            print('working in', got)
            return 10 // n

print(work(5))
work(0)
