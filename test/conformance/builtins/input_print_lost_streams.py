# input() and print() with sys.stdin/stdout/stderr replaced, set to None or deleted
import sys, io
def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = 'EXC %s: %s' % (type(e).__name__, e)
    print(label, repr(r))
t('eof', lambda: input('prompt> '))
real_in, real_out, real_err = sys.stdin, sys.stdout, sys.stderr
sys.stdin = io.StringIO('from stringio\nsecond')
t('a', lambda: input('p> '))
t('b', lambda: input())
t('c', lambda: input())
buf = io.StringIO()
sys.stdin = io.StringIO('answer\n')
sys.stdout = buf
r = input('captured> ')
sys.stdout = real_out
print(repr(r), repr(buf.getvalue()))
class Reader:
    def __init__(self, value):
        self.value = value
    def readline(self):
        return self.value
for v in ('custom\n', 5, '', 'no newline'):
    sys.stdin = Reader(v)
    t('reader', lambda: input())
sys.stdin = io.StringIO('x\n')
for name in ('stdin', 'stdout', 'stderr'):
    saved = getattr(sys, name)
    setattr(sys, name, None)
    t('none ' + name, lambda: input())
    delattr(sys, name)
    t('deleted ' + name, lambda: input())
    setattr(sys, name, saved)
del sys.stdout
try:
    print('gone')
except RuntimeError as e:
    sys.stdout = real_out
    print('RuntimeError', e)
sys.stdout = None
print('nothing')
sys.stdout = real_out
print('back')
sys.stdin = real_in
