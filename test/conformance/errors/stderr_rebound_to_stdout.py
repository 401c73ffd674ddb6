# sys.stderr = sys.stdout: what Python writes to stderr (SystemExit's message here) goes to stdout, in order
import sys
print("before")
sys.stderr = sys.stdout
print("error text", file=sys.stderr)
print("after")
sys.exit("fatal: configuration missing")
