# Flushing stderr leaves stdout's held text held (dropped by os._exit).
import os, sys
print("out")
print("err", file=sys.stderr, flush=True)
sys.stderr.flush()
sys.stderr.buffer.flush()
os._exit(0)
