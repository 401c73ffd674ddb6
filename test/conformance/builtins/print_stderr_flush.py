# print(file=sys.stderr) and flush=True; stdout and stderr are captured separately
import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
print("to stdout 2", flush=True)
print("to stderr 2", "with", "args", sep="-", file=sys.stderr, flush=True)
print("err no newline", end="", file=sys.stderr)
print(" ...continued", file=sys.stderr)
print("stdout", file=sys.stdout)
print("to stdout via None", file=None)
sys.stderr.write("written directly to stderr\n")
sys.stdout.write("written directly to stdout\n")
for i in range(3):
    print(i, file=sys.stderr if i % 2 else sys.stdout)
print("done")
