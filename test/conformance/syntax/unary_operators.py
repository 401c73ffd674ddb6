# unary minus, plus and invert on ints, floats and bools
for v in (0, 1, -1, 5, -7, 2**65):
    print(v, -v, +v, ~v)
for f in (0.0, 1.5, -2.25):
    print(f, -f, +f)
print(-True, +True, ~True, -False, ~False)
print(type(-True).__name__, type(+False).__name__)
print(--5, ---5, -+-5, ~~5, -~5, ~-5)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
try:
    -"s"
except TypeError as e:
    print("TypeError:", e)
