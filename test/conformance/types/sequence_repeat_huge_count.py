# repeating a sequence by a huge count: empty at once, else MemoryError or OverflowError as CPython reports
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__, len(r))
    except (OverflowError, MemoryError) as e:
        print(label, type(e).__name__, e)
def imul(seq, n):
    seq *= n
    return seq
for big in (2**40, 2**62, 2**63 - 1, 2**63, -2**70, 10**30):
    print("count", big)
    for empty in ([], (), "", b"", bytearray()):
        attempt(type(empty).__name__ + " * n", lambda: empty * big)
        attempt("n * " + type(empty).__name__, lambda: big * empty)
    attempt("[] *= n", lambda: imul([], big))
    if -2**63 <= big < 2**63:  # past that CPython 3.11 leaks a buffer export, as above
        attempt("bytearray() *= n", lambda: imul(bytearray(), big))
    for seq in ([1], (1,), "ab", b"ab", bytearray(b"ab")):
        if isinstance(seq, bytearray) and 0 < big < 2**63:
            continue  # CPython 3.11's MemoryError here leaks a buffer export (a SystemError at exit)
        attempt(type(seq).__name__ + " * n", lambda: seq * big)
    attempt("[1] *= n", lambda: imul([1], big))
print((1,)[-1], [1, 2][-2])
for key in (2**63 - 1, -(2**63), 2**63):
    for seq in ((1,), [1], "a"):
        try:
            seq[key]
        except IndexError as e:
            print(type(seq).__name__, key, "IndexError", e)
