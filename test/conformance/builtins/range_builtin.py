# range() argument forms and iteration results
print(list(range(4)), list(range(1, 4)), list(range(1, 10, 4)), list(range(4, 1, -1)))
print(list(range(-3)), list(range(0, -3, -1)), list(range(2, 2)))
print(range(3) == range(0, 3, 1), range(0) == range(10, 5))
print(len(range(0, 100, 9)), sum(range(0, 100, 9)), range(0, 100, 9)[-1])
print(list(range(True, 3)), list(range(0, 10, True + True)))
for bad in ((1.5,), ("3",), (1, 2, 0), ()):
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
total = 0
for i in range(10, 0, -2):
    total += i
print(total)
