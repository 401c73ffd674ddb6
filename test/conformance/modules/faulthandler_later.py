# faulthandler.dump_traceback_later: the watchdog's "Timeout" header and stacks, repeat, cancel
import faulthandler
import re
import tempfile
import time


def clean(text):
    text = re.sub(r'0x[0-9a-f]{16}', '0xTHREAD', text)
    return re.sub(r'"[^"]*[/\\]([^/\\"]+)"', r'"\1"', text)


def wait_in_sleep(f):
    faulthandler.dump_traceback_later(0.05, file=f)
    time.sleep(0.15)


with tempfile.TemporaryFile('w+') as f:
    wait_in_sleep(f)
    f.seek(0)
    print(clean(f.read()), end='')

with tempfile.TemporaryFile('w+') as f:
    faulthandler.dump_traceback_later(1.25, file=f)
    faulthandler.dump_traceback_later(0.05, repeat=True, file=f.fileno())
    time.sleep(0.2)
    faulthandler.cancel_dump_traceback_later()
    time.sleep(0.1)
    f.seek(0)
    text = clean(f.read())
    blocks = text.split('Timeout')
    print(len(blocks) - 1 >= 2, len(set(blocks[1:])))
    print('Timeout' + blocks[1], end='')

with tempfile.TemporaryFile('w+') as f:
    faulthandler.dump_traceback_later(3723.5, file=f)
    faulthandler.cancel_dump_traceback_later()
    print(repr(f.read()))
print(faulthandler.cancel_dump_traceback_later())
