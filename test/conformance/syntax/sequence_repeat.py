# repetition of sequences by ints, including zero, negative and bool counts
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("x" * -1))
print([1, 2] * 2, 2 * [0], [1] * 0, [None] * -5)
print((1,) * 4, () * 10, (1, 2) * 1)
print("z" * True, "z" * False)
print(b"ab" * 2)
rows = [[0] * 2] * 2
rows[0][0] = 9
print(rows)
rows = [[0] * 2 for _ in range(2)]
rows[0][0] = 9
print(rows)
s = "-" * 20
print(s, len(s))
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * "2"
except TypeError as e:
    print("TypeError:", e)
