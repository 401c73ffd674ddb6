# sys.stdin on an empty input: reads give '', iteration stops at once, input() raises EOFError
import sys

print(sys.stdin, sys.stdin.mode, sys.stdin.name, sys.stdin.readable(), sys.stdin.writable())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines(), list(sys.stdin))
for line in sys.stdin:
    print("never", line)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError", e)
try:
    sys.stdin.write("x")
except OSError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
