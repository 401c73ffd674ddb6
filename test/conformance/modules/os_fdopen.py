# os.fdopen over tempfile.mkstemp's and os.open's descriptors, and its argument errors.
import os, tempfile
fd, p = tempfile.mkstemp(suffix='.txt')
print(fd)
with os.fdopen(fd, 'w') as f:
    f.write('hi\n')
    print(f.fileno(), f.mode, f.name)
with open(p) as f: print(repr(f.read()))
fd = os.open(p, os.O_RDONLY)
f = os.fdopen(fd, 'rb', buffering=0) if False else os.fdopen(fd, 'rb')
print(f.read(), f.name, f.mode)
f.close()
for bad in ['x', 3.0, None]:
    try: os.fdopen(bad)
    except TypeError as e: print(e)
try: os.fdopen(99)
except OSError as e: print(e)
with os.fdopen(os.open(p, os.O_RDONLY), encoding='utf-8') as f: print(f.read().strip(), f.encoding)
os.unlink(p)
