# faulthandler: dump_traceback's format for one thread and all threads, enable/disable, argument errors
import faulthandler
import os
import re
import sys
import tempfile


def clean(text):
    # the thread id and the script's folder differ from run to run
    text = re.sub(r'0x[0-9a-f]{16}', '0xTHREAD', text)
    return re.sub(r'"[^"]*[/\\]([^/\\"]+)"', r'"\1"', text)


def dumped(**kwargs):
    with tempfile.TemporaryFile('w+') as f:
        faulthandler.dump_traceback(f, **kwargs)
        f.seek(0)
        return clean(f.read())


def inner():
    return dumped(all_threads=False)


def outer():
    return inner()


print(outer(), end='')
print(dumped(), end='')
print(dumped(all_threads=0), end='')
gen = (dumped(all_threads=False) for _ in range(1))
print(next(gen), end='')

sys.stdout.flush()
faulthandler.dump_traceback(all_threads=False)   # to sys.stderr
faulthandler.dump_traceback(sys.stderr.fileno(), False)

print(faulthandler.is_enabled())
print(faulthandler.enable())
print(faulthandler.is_enabled())
faulthandler.enable(file=None, all_threads=0)
print(faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())

class NoFd:
    def fileno(self):
        return 'x'

class Flushing:
    def fileno(self):
        return 2
    def flush(self):
        print('flushed')

for call in [lambda: faulthandler.enable(file=3.5),
             lambda: faulthandler.enable(NoFd()),
             lambda: faulthandler.dump_traceback(-1),
             lambda: faulthandler.enable(foo=1),
             lambda: faulthandler.dump_traceback(1, 2, 3),
             lambda: faulthandler.dump_traceback_later(),
             lambda: faulthandler.dump_traceback_later(0),
             lambda: faulthandler.dump_traceback_later(-1.5),
             lambda: faulthandler.dump_traceback_later('a'),
             lambda: faulthandler.dump_traceback_later(float('nan')),
             lambda: faulthandler.dump_traceback_later(9.3e9),
             lambda: faulthandler.dump_traceback_later(2**63),
             lambda: faulthandler.register(9)]:
    try:
        call()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
faulthandler.dump_traceback(Flushing(), all_threads=False)
print(faulthandler.is_enabled())
print(faulthandler.unregister(10))
