# A file's mode: a text file's is the mode string open() was given; a binary file's is
# FileIO's name for what it can do ('w+b' and 'r+b' are 'rb+', 'a+b' is 'ab+', 'br' is 'rb').
import os

path = '/tmp/tpy_io_open_mode_names_%d' % os.getpid()
for mode in ['w', 'r', 'a', 'r+', 'w+', 'a+', 'wt', 'rt+', 'wb', 'rb', 'ab', 'br', 'r+b', 'rb+', 'w+b', 'wb+', 'a+b', 'ab+', 'bw', 'x', 'xb', 'x+b']:
    if mode.startswith('x') and os.path.exists(path):
        os.remove(path)
    with open(path, mode) as f:
        print(repr(mode), repr(f.mode), type(f).__name__, f.readable(), f.writable())
import tempfile
with tempfile.NamedTemporaryFile() as t:
    print(repr(t.mode), repr(t.file.mode))
os.remove(path)
