# Text files decode with open()'s encoding and errors: invalid bytes raise UnicodeDecodeError
# (at CPython's position, after the lines before the bad 8192-byte chunk), error handlers
# repair them, ascii/latin-1/utf-16 files, encoding errors on write, and bad arguments.
import os

path = '/tmp/tpy_io_file_decode_errors_%d.txt' % os.getpid()


def put(data):
    with open(path, 'wb') as f:
        f.write(data)


def attempt(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def read_all(**kw):
    with open(path, **kw) as f:
        return f.read()


def lines(**kw):
    out = []
    try:
        with open(path, **kw) as f:
            for line in f:
                out.append(len(line))
    except UnicodeDecodeError as e:
        return len(out), str(e), e.start, e.end, len(e.object)
    return len(out), 'ok'


def readline_then(**kw):
    with open(path, **kw) as f:
        a = f.readline()
        return len(a), f.tell(), len(f.read())


try:
    put(b'abc\xffdef\n')
    for kw in [{}, {'encoding': 'utf-8'}, {'encoding': 'UTF8'}, {'encoding': 'ascii'}, {'encoding': 'latin-1'},
               {'errors': 'strict'}, {'errors': 'replace'}, {'errors': 'ignore'}, {'errors': 'surrogateescape'},
               {'errors': 'backslashreplace'}, {'encoding': 'ascii', 'errors': 'replace'}, {'errors': 'bogus'},
               {'encoding': 'utf-16'}, {'encoding': 'utf-16-le'}]:
        attempt(kw, lambda: read_all(**kw))
        attempt(kw, lambda: lines(**kw))
    line = b'x' * 99 + b'\n'
    cases = [
        ('early', b'ab\xffcd\n' + line * 3),
        ('second chunk', line * 100 + b'\xff' + line),
        ('third chunk', line * 200 + b'zz\xfe' + line),
        ('char across chunks', b'a' * 8191 + '\u20ac'.encode() + b'\n' + b'b' * 10 + b'\xff\n'),
        ('cut short at end', line * 2 + b'\xe2\x82'),
        ('bad at chunk end', b'a' * 8190 + b'\n\xff' + line),
    ]
    for name, data in cases:
        put(data)
        attempt(name + ' lines', lambda: lines())
        attempt(name + ' read', lambda: len(read_all()))
        attempt(name + ' readline+read', lambda: readline_then())
        for err in ['replace', 'ignore', 'surrogateescape', 'backslashreplace']:
            attempt(name + ' ' + err, lambda: readline_then(errors=err))
    put(b'\xff\xfea\x00b\x00')
    attempt('utf-16 bom', lambda: read_all(encoding='utf-16'))
    put(b'caf\xe9\n')
    attempt('latin-1', lambda: read_all(encoding='latin-1'))
    attempt('iso8859-1', lambda: read_all(encoding='iso8859-1'))

    def write(text, **kw):
        with open(path, 'w', **kw) as f:
            f.write(text)
        with open(path, 'rb') as f:
            return f.read()

    attempt('w ascii', lambda: write('ab\nc\xe9\u20ac\n', encoding='ascii'))
    attempt('w ascii xml', lambda: write('a\xe9\u20ac\n', encoding='ascii', errors='xmlcharrefreplace'))
    attempt('w ascii bs', lambda: write('a\xe9\u20ac\n', encoding='ascii', errors='backslashreplace'))
    attempt('w latin-1', lambda: write('\xe9\n', encoding='latin-1'))
    attempt('w latin-1 euro', lambda: write('\u20ac', encoding='latin-1'))
    attempt('w surrogate', lambda: write('a\udcffb'))
    attempt('w surrogateescape', lambda: write('a\udcffb', errors='surrogateescape'))
    attempt('w utf-16', lambda: write('hi', encoding='utf-16'))
    def write_twice(**kw):
        with open(path, 'w', **kw) as f:
            f.write('a')
            f.write('b')
        with open(path, 'a', **kw) as f:
            f.write('c')
        with open(path, 'rb') as f:
            return f.read()

    attempt('w utf-16 twice', lambda: write_twice(encoding='utf-16'))
    attempt('w utf-32 twice', lambda: write_twice(encoding='utf-32'))
    attempt('w bogus handler ascii', lambda: write('abc', errors='bogus'))
    attempt('w bogus handler', lambda: write('\xe9', encoding='ascii', errors='bogus'))
    with open(path, errors='replace') as f:
        print(f.errors, f.encoding)
    with open(path, encoding='latin1') as f:
        print(f.errors, f.encoding)
    attempt('hex', lambda: open(path, encoding='hex'))
    attempt('unknown', lambda: open(path, encoding='nope'))
    attempt('errors int', lambda: open(path, errors=5))
    attempt('binary errors', lambda: open(path, 'rb', errors='strict'))
finally:
    os.remove(path)
