# Text printed before bytes written to sys.stdout.buffer stays held in the text layer until a
# flush (or 8 KB of text), so the bytes pass it.
import sys
print("a")
sys.stdout.buffer.write(b"b\n")
print("c")
sys.stdout.flush()
sys.stdout.buffer.write(b"d\n")
sys.stdout.write("e\n")
sys.stdout.buffer.flush()
print("f", flush=True)
sys.stdout.buffer.write(b"g\n")
