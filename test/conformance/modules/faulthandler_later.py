# faulthandler.dump_traceback_later: the watchdog's "Timeout" header and stacks, repeat, cancel.
# The program waits until the dumps it expects have arrived (up to 20 s), not for a fixed time: on a
# loaded machine the watchdog thread can run late, in CPython as in tpy.
import faulthandler
import os
import re
import tempfile
import time


def clean(text):
    text = re.sub(r'0x[0-9a-f]{16}', '0xTHREAD', text)
    return re.sub(r'"[^"]*[/\\]([^/\\"]+)"', r'"\1"', text)


def wait_for_growth(f, size=0):
    # Between the checks (a quick fstat) the program sleeps, so the dumps show the sleep's line.
    deadline = time.monotonic() + 20
    while os.fstat(f.fileno()).st_size <= size and time.monotonic() < deadline:
        time.sleep(0.03)
    time.sleep(0.05)  # let a dump that has begun finish
    return os.fstat(f.fileno()).st_size


def wait_in_sleep(f):
    faulthandler.dump_traceback_later(0.05, file=f)
    wait_for_growth(f)


with tempfile.TemporaryFile('w+') as f:
    wait_in_sleep(f)
    f.seek(0)
    print(clean(f.read()), end='')

with tempfile.TemporaryFile('w+') as f:
    faulthandler.dump_traceback_later(1.25, file=f)
    faulthandler.dump_traceback_later(0.05, repeat=True, file=f.fileno())
    wait_for_growth(f, wait_for_growth(f))
    faulthandler.cancel_dump_traceback_later()
    f.seek(0)
    text = clean(f.read())
    blocks = text.split('Timeout')
    print(len(blocks) - 1 >= 2)
    print('Timeout' + blocks[1], end='')

with tempfile.TemporaryFile('w+') as f:
    faulthandler.dump_traceback_later(3723.5, file=f)
    faulthandler.cancel_dump_traceback_later()
    print(repr(f.read()))
print(faulthandler.cancel_dump_traceback_later())
