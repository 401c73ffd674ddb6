# A path with a NUL is a ValueError('embedded null byte') everywhere; the predicates answer False.
import os
for f in [lambda: open('a\x00b'), lambda: open(b'a\x00b'), lambda: os.stat('a\x00b'), lambda: os.listdir('a\x00b'), lambda: os.path.exists('a\x00b'), lambda: os.remove('a\x00'), lambda: os.mkdir('x\x00'), lambda: os.open('a\x00', os.O_RDONLY), lambda: os.chdir('a\x00'), lambda: os.path.isfile('a\x00b'), lambda: os.rename('a\x00', 'b')]:
    try: print(f())
    except (ValueError, OSError) as e: print(type(e).__name__, e)
