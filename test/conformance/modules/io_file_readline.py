# Reading a text file by lines in universal-newlines mode: '\n', '\r\n' and '\r' ends read
# as '\n', a last line without an end, readline(limit) cutting lines, iteration, readlines
# with a hint, and reads mixed with readline.
import os

path = '/tmp/tpy_io_file_readline_%d.txt' % os.getpid()
texts = [
    'one\ntwo\r\nthree\rfour',
    'no newline at all',
    '\n\n\r\r\n\r',
    'ends with cr\r',
    'ends with crlf\r\n',
    'a\rb\nc\r\nd\n' * 3,
    '',
    'héllo wörld\r\nçà\n',
]
try:
    for text in texts:
        with open(path, 'w', newline='') as f:
            f.write(text)
        with open(path) as f:
            print(repr(text), '->', [line for line in f])
        with open(path) as f:
            got = []
            while True:
                line = f.readline(3)
                if not line:
                    break
                got.append(line)
            print('  readline(3):', got)
        with open(path) as f:
            print('  readlines(5):', f.readlines(5), 'then', f.readlines())
        with open(path) as f:
            first = f.readline()
            print('  readline, read(2), readline:', repr(first), repr(f.read(2)), repr(f.readline()))
        with open(path) as f:
            print('  readline(0):', repr(f.readline(0)), repr(f.readline(-1)))
            try:
                f.readline(None)
            except TypeError as e:
                print('  readline(None):', e)
    with open(path, 'wb') as f:
        f.write(b'bytes\r\nlines\n')
    with open(path, 'rb') as f:
        print('binary:', f.readline(None), f.readline(2), f.readlines())
finally:
    os.remove(path)
