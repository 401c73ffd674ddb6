import sys
print(sys.stdout.write_through, sys.stderr.write_through)
print(sys.stdout.line_buffering, sys.stderr.line_buffering)
print("out", flush=False)
print("err", file=sys.stderr)
sys.stdout.write("no newline ")
sys.stderr.write("e2\n")
print("end")
