# sys.stdout.buffer / sys.stderr.buffer / sys.stdin.buffer and writelines on the standard streams
import sys

out = sys.stdout.buffer
print(type(out).__name__, out.name, out.mode, out.writable(), out.readable(), out.fileno())
print(type(sys.stdin.buffer).__name__, sys.stdin.buffer.mode, sys.stdin.buffer.readable())
print(repr(out), sys.stdout.buffer is out)
sys.stdout.flush()
print(out.write(b"bytes line\n"), out.write(bytearray(b"caf\xc3\xa9\n")))
# CPython holds printed text in the text layer until a flush: bytes written meanwhile go first.
sys.stdout.flush()
out.writelines([b"one\n", bytearray(b"two\n")])
out.flush()
sys.stdout.writelines(["text a\n", "text b\n"])
sys.stdout.writelines(iter(()))
print(sys.stderr.buffer.write(b"to stderr\n"))
sys.stderr.flush()
for bad in ["str", 5, None]:
    try:
        out.write(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sys.stdout.writelines(["ok\n", 3])
except TypeError as e:
    print(type(e).__name__, e)
print(repr(sys.stdin.buffer.read()), repr(sys.stdin.buffer.readline()), sys.stdin.buffer.readlines())
try:
    out.read()
except Exception as e:
    print(type(e).__name__, e)
