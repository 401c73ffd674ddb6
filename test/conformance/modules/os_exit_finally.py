# os._exit ends the program at once: no finally block, except handler, __exit__ or later code runs
import os, sys

class Ctx:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *exc):
        print('__exit__ ran')

def gen():
    try:
        yield 1
        print('gen resumed')
        sys.stdout.flush()
        os._exit(3)
    finally:
        print('generator finally ran')

def deep(n):
    if n == 0:
        for x in gen():
            print('got', x)
        return
    try:
        deep(n - 1)
    except BaseException as e:
        print('caught', type(e).__name__)
    finally:
        print('finally ran', n)

print('start')
print('to stderr', file=sys.stderr)
try:
    with Ctx():
        deep(5)
except SystemExit:
    print('SystemExit caught')
finally:
    print('outer finally ran')
print('after')
