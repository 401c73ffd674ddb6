# Text sys.stdout encodes to bytes that are not UTF-8 text (surrogateescape's, latin-1's) stays
# in the text layer with the rest of the printed text: bytes written to sys.stdout.buffer
# after it still come out first, until a flush.
import sys

sys.stdout.reconfigure(errors="surrogateescape")
print("escaped:", "a\udcffb")
sys.stdout.buffer.write(b"bytes 1\n")
print("text after")
sys.stdout.flush()
sys.stdout.reconfigure(encoding="latin-1")
print("latin-1: caf\xe9")
sys.stdout.buffer.write(b"bytes 2\n")
print("end")
