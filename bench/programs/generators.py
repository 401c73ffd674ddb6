# Generator pipelines: chained generators, generator expressions, yield from.
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(src):
    for x in src:
        yield x * x


def only_odd(src):
    for x in src:
        if x & 1:
            yield x


def chunks(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(src):
    for chunk in src:
        yield from chunk


def run(n):
    pipeline = flatten(chunks(only_odd(squares(numbers(n))), 8))
    total = 0
    count = 0
    for v in pipeline:
        total = (total + v) % 1000000007
        count += 1
    total2 = sum(x % 7 for x in range(n) if x % 3)
    return total, count, total2


n = int(sys.argv[1]) if len(sys.argv) > 1 else 4500000
print("checksum", *run(n))
