# sys.stdout.write / sys.stderr.write return the number of characters written
import sys
n = sys.stdout.write("hello\n")
print(n)
n = sys.stdout.write("no newline")
sys.stdout.write(" ... done\n")
print(n)
print(sys.stdout.write(""), sys.stdout.write("é😀\n"))
m = sys.stderr.write("error text\n")
print("stderr returned", m)
sys.stdout.write("a" + "b" * 3 + "\n")
sys.stdout.flush()
sys.stderr.flush()
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
