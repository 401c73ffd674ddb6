# An uncaught struct.error: its traceback names it struct.error
import struct

def encode(values):
    return struct.pack('>' + 'h' * len(values), *values)

print(encode([1, 2, 3]))
print(encode([1, 40000]))
