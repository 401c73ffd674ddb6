# A tight integer while loop: dispatch, local loads/stores, small-int arithmetic and compares.
import sys


def run(n):
    i = 0
    total = 0
    odd = 0
    while i < n:
        total += i * 3 - (i >> 2)
        if i & 1:
            odd += 1
        i += 1
    return total ^ odd


n = int(sys.argv[1]) if len(sys.argv) > 1 else 8000000
print("checksum", run(n))
