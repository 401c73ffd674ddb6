# atexit handlers, input() and iteration over a replaced sys.stdin, EOFError, then sys.exit with a message
import sys, atexit, io
sys.stdin = io.StringIO('Bob\n1\n2\nx\n\n3')
def bye(name):
    print("bye", name)
atexit.register(bye, "one")
atexit.register(lambda: print("lambda exit"))
print("argv", sys.argv)
line = input("Name? ")
print(f"Hello {line!r}")
nums = []
for raw in sys.stdin:
    raw = raw.strip()
    if not raw:
        continue
    try:
        nums.append(int(raw))
    except ValueError:
        print(f"skip {raw!r}", file=sys.stderr)
print(sum(nums), nums)
try:
    input()
except EOFError as e:
    print("EOFError", repr(e))
sys.stdout.write("partial")
sys.exit("fatal: done with %d" % len(nums))
