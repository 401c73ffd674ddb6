# Past 8 KB of held text the text layer hands its text on; a long print() line is written
# item by item, so bytes written after it land after the pieces already handed on.
import sys
sys.stdout.write("e\n")
print("x" * 9000)
sys.stdout.buffer.write(b"g\n")
print("h", "y" * 5000, "z" * 5000, sep="-")
sys.stdout.buffer.write(b"i\n")
print(*range(3000))
sys.stdout.buffer.write(b"j\n")
