# range with start, stop, negative and large steps, empty ranges
print(list(range(5)))
print(list(range(2, 7)))
print(list(range(0, 20, 5)))
print(list(range(10, 0, -3)))
print(list(range(-5, 5, 2)))
print(list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)))
print(list(range(-1, -10, -4)))
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(3, -1, -1):
    print(i, end=",")
print()
r = range(0, 100, 7)
print(len(r), r[0], r[-1], r[3])
for i in range(2 ** 64, 2 ** 64 + 3):
    print(i)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
