# mixed int/float/bool arithmetic and result types
values = [2, 2.0, True]
for a in values:
    for b in values:
        print(repr(a), repr(b), repr(a + b), repr(a * b), repr(a - b), repr(a / b), repr(a // b), repr(a ** b))
print(1 + 2.0 == 3, 0.5 + True, type(1 + 2.0).__name__)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(sum([1, 2.5, True]), sum([0.1] * 10), max(1, 2.0, True))
print(int(1.0) is not None, float(2), 7 // 2.0, 7 % 2.0)
print(abs(-2.5), abs(-3), abs(True), abs(-0.0))
